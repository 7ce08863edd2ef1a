"""Word boundaries for the evidence shown to staff (判断依据).

The classifier works on character n-grams, so the characters that carry a decision can start or
end in the middle of a word ("试剂的", "可"). Before such a run is shown it is snapped to whole
words: the text is segmented by forward maximum matching over the project's own vocabularies
(the catalog's keywords, products and names, the training vocabularies of every direction and
of the ordinary trades, customer industries, and the industry-label concordance's class names),
a run is widened to the words it touches, and single characters that belong to no word are
trimmed from its ends. A run that touches no word at all is not shown.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from functools import lru_cache

_ASCII_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9.+\-/]*")
_CJK_RE = re.compile(r"[\u3400-\u9fff]")
MIN_WORD = 2
MAX_WORD = 16


class Lexicon:
    """A word list and forward-maximum-matching segmentation over it."""

    def __init__(self, words: Iterable[str]):
        self.words = {w for w in (x.strip() for x in words) if MIN_WORD <= len(w) <= MAX_WORD}
        self.max_len = max((len(w) for w in self.words), default=1)

    def tokens(self, text: str) -> list[tuple[int, int, bool]]:
        """(start, end, is_word) covering ``text``: dictionary words (longest first), ASCII
        runs (words, unless only digits), and single characters that are in no word."""
        out: list[tuple[int, int, bool]] = []
        i, n = 0, len(text)
        while i < n:
            m = _ASCII_RE.match(text, i)
            if m:  # a model or product word (IGBT, 5G, PD-1); a bare number is no word
                out.append((i, m.end(), not m.group().isdigit()))
                i = m.end()
                continue
            for k in range(min(self.max_len, n - i), MIN_WORD - 1, -1):
                if text[i : i + k] in self.words:
                    out.append((i, i + k, True))
                    i += k
                    break
            else:
                out.append((i, i + 1, False))
                i += 1
        return out

    def snap(self, text: str, start: int, end: int) -> tuple[int, int] | None:
        """[start, end) widened to whole words and trimmed of stray characters at its ends;
        None when it touches no word."""
        toks = [t for t in self.tokens(text) if t[0] < end and t[1] > start]
        while toks and not toks[0][2]:
            toks.pop(0)
        while toks and not toks[-1][2]:
            toks.pop()
        if not toks:
            return None
        return toks[0][0], toks[-1][1]


def _strings(value: object) -> Iterable[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for v in value.values():
            yield from _strings(v)
    elif isinstance(value, list | tuple):
        for v in value:
            yield from _strings(v)


@lru_cache(maxsize=1)
def default_lexicon() -> Lexicon:
    """The vocabularies shipped with the program (see the module docstring)."""
    import catalog
    import resources

    words: set[str] = set()
    cat = catalog.load_default()
    for d in cat.directions:
        words.update((d.name, *d.keywords))
        for s in d.segments:
            words.update((s.name, *s.keywords, *s.products))
    training = resources.path("training")
    for name, keys in (
        ("directions.toml", ("segments",)),
        ("none.toml", ("category",)),
        ("generic.toml", ("customer_industries",)),
    ):
        with (training / name).open("rb") as fh:
            doc = tomllib.load(fh)
        for key in keys:
            for w in _strings(doc.get(key, [])):
                if key == "category" and not _CJK_RE.search(w):
                    continue
                words.add(w)
    folder = resources.path("concordance")
    if folder.is_dir():
        for f in sorted(folder.glob("*.toml")):
            with f.open("rb") as fh:
                doc = tomllib.load(fh)
            for entry in doc.get("classes", doc.get("labels", [])):
                if isinstance(entry, dict) and isinstance(entry.get("name"), str):
                    words.add(entry["name"])
    # phrases of a vocabulary are split at list separators: their parts are words too
    parts = {p for w in words for p in re.split(r"[、，,；;/（）()\s]+", w) if p}
    return Lexicon(words | parts)
