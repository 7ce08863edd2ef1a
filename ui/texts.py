"""tx() and txf(): Qt's tr() for code outside a class (the projects and deals views).

`make translations` runs pyside6-lupdate with ``-tr-function-alias tr+=tx,tr+=txf``: it
collects their English source strings under the empty context, and the Chinese comes from the
catalogues like every other tr() (fragments resources/translations/*_zh_CN.xml). One
mechanism for the whole interface: no Chinese fallback table beside it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

CONTEXT = ""  # where lupdate files tr() aliases called outside a class


def tx(text: str) -> str:
    """``text`` in the interface language, from the .ts catalogues like every tr()."""
    return QCoreApplication.translate(CONTEXT, text)


def txf(text: str, *args: object) -> str:
    """``tx(text)`` with %1, %2 … replaced by ``args``."""
    s = tx(text)
    for i in range(len(args), 0, -1):  # %10 before %1
        s = s.replace(f"%{i}", str(args[i - 1]))
    return s
