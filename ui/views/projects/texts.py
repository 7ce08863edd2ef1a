"""The projects view's texts: tx() and txf() (ui.texts), Qt's tr() for code outside a class."""

from __future__ import annotations

from ui.texts import CONTEXT, tx, txf

__all__ = ["CONTEXT", "PROJECTS", "tx", "txf"]

PROJECTS = "projects"  # the kind of data change announced after an edit or import
