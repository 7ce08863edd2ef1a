"""Maintenance of the translation catalogues (``make translations``); no Qt needed.

    python -m ui.i18n_tool merge MAIN.ts FRAGMENT.ts...   fill MAIN's unfinished messages
    python -m ui.i18n_tool identity EN.ts                 English: translation = source
    python -m ui.i18n_tool check TS...                    exit 1 on unfinished/empty ones

Other parts of the project may hand over Chinese for their views as fragment catalogues
(``*_zh_CN.ts``); ``merge`` takes a fragment's translation for the same context and source.
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

Key = tuple[str, str]  # (context, source)


def _messages(root: ET.Element):
    for ctx in root.iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            yield name, msg


def _finished(msg: ET.Element) -> bool:
    tr = msg.find("translation")
    if tr is None:
        return False
    if tr.get("type") in ("unfinished", "vanished", "obsolete"):
        return False
    if msg.get("numerus") == "yes":
        forms = tr.findall("numerusform")
        return bool(forms) and all((f.text or "").strip() for f in forms)
    return bool((tr.text or "").strip())


def load(path: str | Path) -> ET.ElementTree:
    return ET.parse(path)


def save(tree: ET.ElementTree, path: str | Path) -> None:
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    Path(path).write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )


def translations(path: str | Path) -> dict[Key, str]:
    """Finished translations of a catalogue."""
    out: dict[Key, str] = {}
    for ctx, msg in _messages(load(path).getroot()):
        if _finished(msg) and msg.get("numerus") != "yes":
            out[(ctx, msg.findtext("source") or "")] = msg.find("translation").text or ""
    return out


def fill(path: str | Path, table: dict[Key, str], *, identity: bool = False) -> int:
    """Fill unfinished messages from ``table`` (or with their source); returns how many."""
    tree = load(path)
    n = 0
    for ctx, msg in _messages(tree.getroot()):
        if _finished(msg):
            continue
        source = msg.findtext("source") or ""
        text = source if identity else table.get((ctx, source))
        if text is None:
            continue
        tr = msg.find("translation")
        if tr is None:
            tr = ET.SubElement(msg, "translation")
        if msg.get("numerus") == "yes":
            for form in list(tr):
                tr.remove(form)
            ET.SubElement(tr, "numerusform").text = text
        else:
            tr.text = text
        tr.attrib.pop("type", None)
        n += 1
    save(tree, path)
    return n


def merge(main_ts: str | Path, fragments: list[str | Path]) -> tuple[int, int]:
    """Fill ``main_ts`` from fragment catalogues; returns (filled, contexts carried over).

    A fragment's context that lupdate did not find in the sources (a context chosen at run
    time, e.g. ``QCoreApplication.translate(CONTEXT, text)``) is copied over whole, so that the
    translations are in the compiled catalogue. Messages lupdate put in the empty context (a
    module-level ``tr()``) are filled by source text when the fragments agree on one.
    """
    table: dict[Key, str] = {}
    for f in fragments:
        table.update(translations(f))
    by_source: dict[str, set[str]] = {}
    for (_ctx, source), text in table.items():
        by_source.setdefault(source, set()).add(text)
    for source, texts in by_source.items():
        if len(texts) == 1:
            table.setdefault(("", source), next(iter(texts)))
    filled = fill(main_ts, table)
    tree = load(main_ts)
    root = tree.getroot()
    present = {c.findtext("name") or "" for c in root.iter("context")}
    carried = 0
    for f in fragments:
        for ctx in load(f).getroot().iter("context"):
            name = ctx.findtext("name") or ""
            if name in present:
                continue
            root.append(ctx)
            present.add(name)
            carried += 1
    save(tree, main_ts)
    return filled, carried


def problems(path: str | Path) -> list[str]:
    """Messages without a finished translation, as ``context: source`` lines."""
    return [
        f"{ctx}: {msg.findtext('source')}"
        for ctx, msg in _messages(load(path).getroot())
        if not _finished(msg)
    ]


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__)
        return 2
    cmd, args = argv[0], argv[1:]
    if cmd == "merge":
        main_ts, fragments = (
            args[0],
            [a for a in args[1:] if Path(a).resolve() != Path(args[0]).resolve()],
        )
        # merge(), not fill() alone: a fragment's run-time context (translate(CONTEXT, text))
        # that lupdate cannot see must be carried into the compiled catalogue
        filled, carried = merge(main_ts, fragments)
        print(
            f"{main_ts}: {filled} translations taken from {len(fragments)} fragments, "
            f"{carried} contexts carried over"
        )
        return 0
    if cmd == "identity":
        for ts in args:
            print(f"{ts}: {fill(ts, {}, identity=True)} filled with the English source")
        return 0
    if cmd == "check":
        bad = 0
        for ts in args:
            for line in problems(ts):
                print(f"{ts}: unfinished: {line}")
                bad += 1
        return 1 if bad else 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
