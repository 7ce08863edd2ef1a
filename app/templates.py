"""The printable documents' markup: Jinja2 templates in ``resources/templates/``, one environment.

The visit dossier and the project appraisal sheets are HTML for Qt's rich-text engine. Their data
is prepared in Python (:mod:`app.dossier`, :mod:`app.projects.sheet`); their markup lives in the
templates, where it reads as HTML. Autoescaping is on: a firm name, a note or an agreement clause
with ``<`` or ``&`` in it prints as text and can never inject markup. ``StrictUndefined`` turns a
misspelt variable into an error in the tests instead of an empty cell on paper.

Line breaks in a template are layout for the reader, not text: the loader drops each line break
with the indentation that follows it. Chinese prose may so wrap anywhere without a stray space
appearing in print (Qt renders a line break inside a paragraph as a space). A space that matters
is written on the line it belongs to; a tag is never split across lines.

The templates are read once, when first used, from the installed (or frozen) resources; nothing
is fetched or written.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from markupsafe import Markup, escape

import resources
from app.fmt import figure, money

if TYPE_CHECKING:
    from jinja2 import Environment

_BREAK = re.compile(r"\n[ \t]*")


def _source(name: str) -> tuple[str, str, Callable[[], bool]] | None:
    """A template's text from ``resources/templates``, its line breaks and indentation removed
    (None: no such template)."""
    path = resources.path("templates", *name.split("/"))
    try:
        source = path.read_text(encoding="utf-8")
    except OSError:
        return None
    return _BREAK.sub("", source.strip()), str(path), lambda: True


def _br(value: object) -> Markup:
    """Text escaped, its line breaks kept (``|br``)."""
    return escape(str(value)).replace("\n", Markup("<br/>"))


def _blank(value: object) -> object:
    """What ``{{ }}`` prints: nothing for None (never the word "None" on paper)."""
    return "" if value is None else value


_ENV: Environment | None = None


def environment() -> Environment:
    """The one environment, created on first use (jinja2 is imported then too: a command or a
    window that prints nothing does not pay for it)."""
    global _ENV
    if _ENV is None:
        from jinja2 import Environment, FunctionLoader, StrictUndefined

        _ENV = Environment(
            loader=FunctionLoader(_source),
            autoescape=True,
            undefined=StrictUndefined,
            auto_reload=False,
            keep_trailing_newline=False,
            finalize=_blank,
        )
        _ENV.filters["br"] = _br
        _ENV.filters["money"] = money
        _ENV.filters["figure"] = figure
    return _ENV


def render(name: str, **context: Any) -> str:
    """The template ``name`` (a path under resources/templates) filled with ``context``."""
    return environment().get_template(name).render(**context)


def constants(namespace: Mapping[str, Any]) -> dict[str, Any]:
    """A module's public constants (its UPPER_CASE names): what its templates may name, e.g.
    ``render("dossier.html", d=d, **constants(globals()))``."""
    return {k: v for k, v in namespace.items() if k.isupper() and not k.startswith("_")}
