"""The core's message catalog (``make translations``): extract, merge, compile, check. Stdlib only.

    python -m resources.i18n_tool update    extract _()/N_()/ngettext() from catalog/, scoring/,
                                            app/ into the English .po (translations kept,
                                            new messages empty, vanished ones dropped)
    python -m resources.i18n_tool compile   .po -> .mo (what resources.i18n reads)
    python -m resources.i18n_tool check     exit 1 if a message has no English or its English
                                            still holds Chinese

A development tool, never imported at run time. Stdlib rather than Babel or polib: the format
is small, and a dependency would only serve the build.
"""

from __future__ import annotations

import ast
import re
import struct
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("catalog", "scoring", "app")
PO = ROOT / "resources" / "locale" / "en" / "LC_MESSAGES" / "chainfill.po"
MO = PO.with_suffix(".mo")
HAN = re.compile(r"[\u4e00-\u9fff]")
HEADER = (
    "Project-Id-Version: ChainFill\n"
    "Language: en\n"
    "MIME-Version: 1.0\n"
    "Content-Type: text/plain; charset=UTF-8\n"
    "Content-Transfer-Encoding: 8bit\n"
    "Plural-Forms: nplurals=2; plural=(n != 1);\n"
)


@dataclass
class Entry:
    msgid: str
    plural: str | None = None
    msgstr: list[str] = field(default_factory=lambda: [""])
    refs: list[str] = field(default_factory=list)

    @property
    def translated(self) -> bool:
        return all(s.strip() for s in self.msgstr)


def extract(root: Path = ROOT) -> tuple[dict[str, Entry], list[str]]:
    """The marked messages of the core (msgid -> entry) and the calls that mark no literal."""
    found: dict[str, Entry] = {}
    problems: list[str] = []
    for pkg in PACKAGES:
        for path in sorted((root / pkg).rglob("*.py")):
            rel = path.relative_to(root).as_posix()
            tree = ast.parse(path.read_text(encoding="utf-8"))
            for node in ast.walk(tree):
                if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Name):
                    continue
                name = node.func.id
                if name not in ("_", "N_", "ngettext"):
                    continue
                want = 2 if name == "ngettext" else 1
                args = node.args[:want]
                if len(args) < want or not all(
                    isinstance(a, ast.Constant) and isinstance(a.value, str) for a in args
                ):
                    # _(label) translates what N_() marked in a table; only N_() and
                    # ngettext() must name their text where they stand.
                    if name != "_":
                        problems.append(f"{rel}:{node.lineno}: {name}() of a non-literal")
                    continue
                msgid = args[0].value  # type: ignore[attr-defined]
                plural = args[1].value if want == 2 else None  # type: ignore[attr-defined]
                entry = found.setdefault(msgid, Entry(msgid, plural))
                if plural is not None:
                    entry.plural = plural
                    entry.msgstr = ["", ""]
                if rel not in entry.refs:
                    entry.refs.append(rel)
    return found, problems


def _quote(s: str) -> str:
    s = s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t")
    return f'"{s}"'


def _unquote(s: str) -> str:
    s = s.strip()
    assert s.startswith('"') and s.endswith('"'), s
    out, i, body = [], 0, s[1:-1]
    while i < len(body):
        c = body[i]
        if c == "\\" and i + 1 < len(body):
            n = body[i + 1]
            out.append({"n": "\n", "t": "\t", '"': '"', "\\": "\\"}.get(n, n))
            i += 2
        else:
            out.append(c)
            i += 1
    return "".join(out)


def read_po(path: Path = PO) -> dict[str, Entry]:
    """msgid -> entry (the header left out)."""
    entries: dict[str, Entry] = {}
    if not path.exists():
        return entries
    cur: dict[str, str] = {}
    key = ""

    def flush() -> None:
        if cur.get("msgid"):
            plural = cur.get("msgid_plural")
            strs = (
                [cur.get("msgstr[0]", ""), cur.get("msgstr[1]", "")]
                if plural is not None
                else [cur.get("msgstr", "")]
            )
            entries[cur["msgid"]] = Entry(cur["msgid"], plural, strs)
        cur.clear()

    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            flush()
            continue
        if line.startswith("#"):
            continue
        if line.startswith('"'):
            cur[key] += _unquote(line)
            continue
        key, _, rest = line.partition(" ")
        if key == "msgid" and "msgid" in cur:
            flush()
        cur[key] = _unquote(rest)
    flush()
    return entries


def write_po(entries: dict[str, Entry], path: Path = PO) -> None:
    lines = ['msgid ""', 'msgstr ""']
    lines += [_quote(h + "\n") for h in HEADER.rstrip("\n").split("\n")]
    for e in sorted(entries.values(), key=lambda e: (e.refs[:1], e.msgid)):
        lines.append("")
        lines += [f"#: {r}" for r in e.refs]
        lines.append(f"msgid {_quote(e.msgid)}")
        if e.plural is not None:
            lines.append(f"msgid_plural {_quote(e.plural)}")
            lines += [f"msgstr[{i}] {_quote(s)}" for i, s in enumerate(e.msgstr)]
        else:
            lines.append(f"msgstr {_quote(e.msgstr[0])}")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def update(root: Path = ROOT, path: Path = PO) -> dict[str, Entry]:
    found, problems = extract(root)
    for p in problems:
        print(p, file=sys.stderr)
    old = read_po(path)
    for msgid, e in found.items():
        if msgid in old and len(old[msgid].msgstr) == len(e.msgstr):
            e.msgstr = old[msgid].msgstr
    write_po(found, path)
    return found


def compile_mo(po: Path = PO, mo: Path = MO) -> int:
    """Write the GNU .mo of ``po`` (translated messages only); returns how many."""
    pairs = {"": HEADER}
    for e in read_po(po).values():
        if not e.translated:
            continue
        key = e.msgid if e.plural is None else f"{e.msgid}\0{e.plural}"
        pairs[key] = "\0".join(e.msgstr)
    keys = sorted(pairs)
    ids = [k.encode("utf-8") for k in keys]
    strs = [pairs[k].encode("utf-8") for k in keys]
    n = len(keys)
    start = 7 * 4 + 16 * n
    id_table, str_table, blob = [], [], b""
    for b in ids:
        id_table.append((len(b), start + len(blob)))
        blob += b + b"\0"
    for b in strs:
        str_table.append((len(b), start + len(blob)))
        blob += b + b"\0"
    out = struct.pack("<7I", 0x950412DE, 0, n, 28, 28 + 8 * n, 0, 0)
    out += b"".join(struct.pack("<2I", *t) for t in id_table)
    out += b"".join(struct.pack("<2I", *t) for t in str_table)
    mo.write_bytes(out + blob)
    return n - 1


def chinese_of_its_own(msgid: str, msgstr: list[str]) -> list[str]:
    """Chinese in the English that the Chinese source does not hold verbatim. English may quote
    what staff type (a header such as 企业名称, an amount such as 3.5亿, a town) as the source
    does; it never says anything in Chinese of its own."""
    return [
        run
        for s in msgstr
        for run in re.findall(r"[\u4e00-\u9fff]+", s)
        if run not in msgid or s == msgid  # a copy of the source is no translation
    ]


def problems(root: Path = ROOT, path: Path = PO) -> list[str]:
    """Marked messages with no English in the .po, or English that still holds Chinese."""
    found, bad = extract(root)
    po = read_po(path)
    out = list(bad)
    for msgid in sorted(found):
        e = po.get(msgid)
        if e is None or not e.translated:
            out.append(f"untranslated: {msgid}")
        elif chinese_of_its_own(msgid, e.msgstr):
            out.append(f"Chinese in English: {msgid} -> {e.msgstr}")
    return out


def main(argv: list[str]) -> int:
    cmd = argv[0] if argv else ""
    if cmd == "update":
        print(f"{len(update())} messages in {PO.relative_to(ROOT)}")
        return 0
    if cmd == "compile":
        print(f"{compile_mo()} translated messages in {MO.relative_to(ROOT)}")
        return 0
    if cmd == "check":
        found = problems()
        for p in found[:50]:
            print(p, file=sys.stderr)
        return 1 if found else 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
