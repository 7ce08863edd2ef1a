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
from typing import Any

from jinja2 import BaseLoader, Environment, StrictUndefined, TemplateNotFound
from markupsafe import Markup, escape

import resources
from app.fmt import figure, money

_BREAK = re.compile(r"\n[ \t]*")


class _Loader(BaseLoader):
    """Templates from ``resources/templates``, their line breaks and indentation removed."""

    def get_source(
        self, environment: Environment, template: str
    ) -> tuple[str, str | None, Callable[[], bool] | None]:
        path = resources.path("templates", *template.split("/"))
        try:
            source = path.read_text(encoding="utf-8")
        except OSError as exc:
            raise TemplateNotFound(template) from exc
        return _BREAK.sub("", source.strip()), str(path), lambda: True


def _br(value: object) -> Markup:
    """Text escaped, its line breaks kept (``|br``)."""
    return escape(str(value)).replace("\n", Markup("<br/>"))


def _blank(value: object) -> object:
    """What ``{{ }}`` prints: nothing for None (never the word "None" on paper)."""
    return "" if value is None else value


_ENV: Environment | None = None


def environment() -> Environment:
    """The one environment (created on first use: a CLI command that prints nothing skips it)."""
    global _ENV
    if _ENV is None:
        _ENV = Environment(
            loader=_Loader(),
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
