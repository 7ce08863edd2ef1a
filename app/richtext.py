"""Qt rich text (a subset of HTML) built safely: every piece of text is escaped.

Firm names, notes, reasons and agreement clauses come from spreadsheets and staff; put into
rich text raw, a "<" or "&" in them breaks the display or injects markup. Build rich text
from these helpers (or escape with :func:`text`) instead of f-strings around raw values.
"""

from __future__ import annotations

from html import escape


def text(value: object) -> str:
    """Plain text as rich text: escaped, line breaks kept."""
    return escape(str(value)).replace("\n", "<br/>")


def coloured(value: object, colour: str, *, bold: bool = False) -> str:
    """``value`` (escaped) in a colour (``#rrggbb``)."""
    weight = "; font-weight:bold" if bold else ""
    return f"<span style='color:{escape(colour)}{weight}'>{text(value)}</span>"
