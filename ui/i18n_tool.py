"""Maintenance of the translation catalogues (``make translations``); no Qt needed.

    python -m ui.i18n_tool build [TS_DIR [QM_DIR]]        the whole of ``make translations``
    python -m ui.i18n_tool merge MAIN.ts FRAGMENT.xml...   fill MAIN's unfinished messages
    python -m ui.i18n_tool identity EN.ts                 English: translation = source
    python -m ui.i18n_tool check TS...                    exit 1 on unfinished/empty ones

The Chinese lives in fragment catalogues, resources/translations/*_zh_CN.xml (each part of the
project hands over its own), one home per message: ``build`` refuses a context and source that
two fragments (or one twice) define. ``build`` runs lupdate over ui/ into fresh
chainfill_zh_CN.ts / chainfill_en.ts under TS_DIR (build products, not committed: every
translation comes from a fragment, so one changed there always reaches the app), fills them
from the fragments (English: source = translation) and compiles the .qm files the app loads
into QM_DIR (committed, so a fresh clone runs without Qt's tools). The fragments are in Qt's
TS format but end in .xml: only this module reads them (never lupdate or Linguist directly), and
code tools take a .ts ending for TypeScript source.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

Key = tuple[str, str]  # (context, source)

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "ui"
FRAGMENTS = ROOT / "resources" / "translations"
TS_DIR = ROOT / "build" / "translations"
LANGUAGES = ("zh_CN", "en")
# The projects view's tx()/txf() are tr() without a class: lupdate files them under the empty
# context, which is where ui/views/projects/texts.py looks them up.
ALIASES = ("-tr-function-alias", "tr+=tx,tr+=txf")


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


def fragments(folder: Path = FRAGMENTS) -> list[Path]:
    """The fragment catalogues, in a fixed order."""
    return sorted(p for p in folder.glob("*_zh_CN.xml"))


def clashes(paths: list[Path]) -> list[str]:
    """Messages defined more than once among ``paths``: ``context: source (a.xml, b.xml)``."""
    homes: dict[Key, list[str]] = {}
    for path in paths:
        for ctx, msg in _messages(load(path).getroot()):
            homes.setdefault((ctx, msg.findtext("source") or ""), []).append(path.name)
    return [
        f"{ctx}: {source} ({', '.join(names)})"
        for (ctx, source), names in homes.items()
        if len(names) > 1
    ]


def _tool(name: str) -> str:
    """A Qt tool of the PySide6 installation beside this interpreter (or on PATH)."""
    found = Path(sys.executable).parent / name
    if found.exists():
        return str(found)
    which = shutil.which(name)
    if which is None:
        raise FileNotFoundError(f"{name} is not installed (it comes with PySide6)")
    return which


def build(ts_dir: Path = TS_DIR, qm_dir: Path = FRAGMENTS) -> dict[str, Path]:
    """lupdate, merge and lrelease: the catalogue of each language as ``{lang: .ts path}``.

    Raises ValueError when two fragments define the same message, a message is left
    without a translation, a fragment holds a message no source string matches, or lupdate
    gave a message a disambiguation (:func:`disambiguated`); the .qm files are then not
    written.
    """
    parts = fragments(FRAGMENTS)  # the module's, at call time (tests point it elsewhere)
    clash = clashes(parts)
    if clash:
        raise ValueError("messages with two homes:\n" + "\n".join(clash))
    ts_dir.mkdir(parents=True, exist_ok=True)
    sources = sorted(str(p) for p in SOURCES.rglob("*.py"))
    out = {}
    for lang in LANGUAGES:
        ts = ts_dir / f"chainfill_{lang}.ts"
        ts.unlink(missing_ok=True)  # fresh: no translation survives but a fragment's
        languages = ["-source-language", "en", "-target-language", lang]
        subprocess.run(
            [
                _tool("pyside6-lupdate"),
                *ALIASES,
                "-no-obsolete",
                *languages,
                *sources,
                "-ts",
                str(ts),
            ],
            check=True,
            capture_output=True,
        )
        if lang == "en":
            fill(ts, {}, identity=True)
        else:
            merge(ts, list(parts))
        out[lang] = ts
    missing = [f"{ts.name}: unfinished: {line}" for ts in out.values() for line in problems(ts)]
    missing += disambiguated(out["zh_CN"])
    # A fragment message no source string matches is a label shown untranslated (a string
    # handed to tr()/tx() through a variable without QT_TRANSLATE_NOOP) or a dead entry.
    missing += stale(parts, out["zh_CN"])
    if missing:
        raise ValueError("\n".join(missing))
    for lang, ts in out.items():
        qm_dir.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            [_tool("pyside6-lrelease"), str(ts), "-qm", str(qm_dir / f"chainfill_{lang}.qm")],
            check=True,
            capture_output=True,
        )
    return out


def stale(paths: list[Path], catalogue: Path) -> list[str]:
    """Fragment messages that lupdate did not find in ui/: ``a.xml: context: source`` lines."""
    found = {
        (ctx, msg.findtext("source") or "") for ctx, msg in _messages(load(catalogue).getroot())
    }
    return [
        f"{path.name}: not in ui/: {ctx}: {source}"
        for path in paths
        for ctx, msg in _messages(load(path).getroot())
        if (ctx, source := msg.findtext("source") or "") not in found
    ]


def disambiguated(path: str | Path) -> list[str]:
    """Messages lupdate gave a disambiguation comment: ChainFill uses none, but lupdate reads a
    literal second argument of tx()/txf() (``txf("… %1", "<br/>".join(x))``) as one, and the
    lookup without it then never finds the translation. Pass such an argument as a variable."""
    return [
        f"{ctx}: {msg.findtext('source')}: a literal second argument of tx()/txf() "
        f"({msg.findtext('comment')!r}) is read as a disambiguation; pass it in a variable"
        for ctx, msg in _messages(load(path).getroot())
        if msg.find("comment") is not None
    ]


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
    if cmd == "build":
        ts_dir = Path(args[0]) if args else TS_DIR
        qm_dir = Path(args[1]) if len(args) > 1 else FRAGMENTS
        try:
            out = build(ts_dir, qm_dir)
        except ValueError as exc:
            print(exc)
            return 1
        for lang, ts in out.items():
            print(f"{ts}: {len(translations(ts))} translations -> {qm_dir}/chainfill_{lang}.qm")
        return 0
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
