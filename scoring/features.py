"""Character n-gram hashing, vectorised with numpy.

Chinese has no spaces, so a firm's text is described by the character n-grams it contains.
scikit-learn's own ``char`` analyzer builds every n-gram as a Python string (≈300 s per
million firms); here a whole batch of texts becomes one array of code points and the n-grams
of every length are hashed at once with a rolling polynomial hash, giving a CSR matrix
directly. n-grams never span a boundary: punctuation, spaces, symbols, emoji, lone surrogates
and the separator between texts all break them, so "。" or "、" carry no signal and two
fields never run together.

Runs of ASCII letters and digits are words, not character soup: "PCB", "5G", "MEMS",
"18650" each become one feature (their first 12 characters hashed), and never part of a
Chinese n-gram. So an English text does not look familiar just because its letters are.

Text is folded (full-width ASCII to ASCII, upper to lower case) on the code-point array.
Features are ``1 + log(count)`` (sublinear tf), each row scaled to unit L2 norm.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import scipy.sparse as sp

FEATURES_VERSION = 2  # bump whenever the hashing changes: saved models then refuse to load
_MASK64 = (1 << 64) - 1
_P = np.uint64(0x100000001B3)  # FNV-64 prime: the rolling multiplier
_LEN_SALT = 0x9E3779B97F4A7C15  # golden-ratio constant: n-grams of different n hash apart
_MIX1 = np.uint64(0xFF51AFD7ED558CCD)  # murmur3 fmix64 constants
_MIX2 = np.uint64(0xC4CEB9FE1A85EC53)

_WORD_SALT = 0xD6E8FEB86659FD93  # ASCII words hash apart from n-grams
WORD_MAX = 12  # characters of an ASCII word that are hashed

_SEPARATOR = "\x00"
# What ends a clause: sentence and field ends, not the commas and 、 of a product list (as
# good on the real dev set, and half the rows of splitting at every comma). After folding,
# full-width ASCII punctuation is already half-width.
CLAUSE_BREAKS = ";!?。；！？\n\r" + _SEPARATOR
_CLAUSE_BREAK_TABLE = np.zeros(0x10000, dtype=bool)  # all breaks are in the BMP
_CLAUSE_BREAK_TABLE[[ord(c) for c in CLAUSE_BREAKS]] = True


def _token_table() -> np.ndarray:
    """``table[cp]`` is True when code point ``cp`` is part of a word (letter or digit).

    Covers the Basic Multilingual Plane; above it only the CJK extension planes count as
    word characters (emoji and other symbols are boundaries). Surrogates are boundaries.
    """
    table = np.zeros(0x10000, dtype=bool)
    for cp in range(0x10000):
        if 0xD800 <= cp <= 0xDFFF:
            continue
        cat = unicodedata.category(chr(cp))
        if cat[0] in "LN":
            table[cp] = True
    return table


_TABLE: np.ndarray | None = None


def token_table() -> np.ndarray:
    """The (cached) word-character table."""
    global _TABLE
    if _TABLE is None:
        _TABLE = _token_table()
    return _TABLE


def is_token_char(ch: str) -> bool:
    """Whether one character takes part in n-grams (the rule the vectoriser applies)."""
    cp = ord(ch)
    if cp < 0x10000:
        return bool(token_table()[cp])
    return 0x20000 <= cp <= 0x3FFFF


def fold(cp: np.ndarray) -> np.ndarray:
    """Fold code points in place: full-width ASCII to ASCII, A–Z to a–z.

    This is the part of NFKC + lower() that matters for firm texts (“ＡＩ”, “５Ｇ”, “Ｐｃｂ”),
    done on the whole batch in numpy rather than per text in Python.
    """
    full = (cp >= 0xFF01) & (cp <= 0xFF5E)
    cp[full] -= np.uint32(0xFEE0)
    upper = (cp >= 0x41) & (cp <= 0x5A)
    cp[upper] += np.uint32(32)
    return cp


def fold_char(ch: str) -> str:
    """:func:`fold` for one character (the slow reference)."""
    cp = ord(ch)
    if 0xFF01 <= cp <= 0xFF5E:
        cp -= 0xFEE0
    if 0x41 <= cp <= 0x5A:
        cp += 32
    return chr(cp)


def _mix(h: np.ndarray) -> np.ndarray:
    """murmur3's 64-bit finaliser, in place: spreads the rolling hash over all bits."""
    h ^= h >> np.uint64(33)
    h *= _MIX1
    h ^= h >> np.uint64(33)
    h *= _MIX2
    h ^= h >> np.uint64(33)
    return h


@dataclass(frozen=True)
class Hasher:
    """Hashes texts into ``2**bits`` character n-gram features (n in ``ngram``)."""

    ngram: tuple[int, int] = (1, 3)
    bits: int = 20
    max_chars: int = 1500

    @property
    def n_features(self) -> int:
        return 1 << self.bits

    def config(self) -> dict[str, object]:
        return {
            "ngram": list(self.ngram),
            "bits": self.bits,
            "max_chars": self.max_chars,
            "features_version": FEATURES_VERSION,
        }

    @classmethod
    def from_config(cls, cfg: dict[str, object]) -> Hasher:
        ngram = cfg["ngram"]
        assert isinstance(ngram, list | tuple)
        bits, max_chars = cfg["bits"], cfg["max_chars"]
        assert isinstance(bits, int) and isinstance(max_chars, int)
        return cls(ngram=(int(ngram[0]), int(ngram[1])), bits=bits, max_chars=max_chars)

    # -- the fast path ------------------------------------------------------------------------
    def code_points(self, texts: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
        """All texts (folded, cut to ``max_chars``) as one uint32 array, a separator after
        each, and their lengths."""
        m = self.max_chars
        cut = [(t or "")[:m] for t in texts]
        joined = _SEPARATOR.join(cut) + _SEPARATOR
        cp = np.frombuffer(joined.encode("utf-32-le", "surrogatepass"), dtype=np.uint32).copy()
        lengths = np.fromiter((len(t) for t in cut), dtype=np.int64, count=len(cut))
        return fold(cp), lengths

    def _grams(self, cp: np.ndarray) -> list[tuple[np.ndarray, int | np.ndarray, np.ndarray]]:
        """(start positions, lengths, feature buckets) of the n-grams of each n, and of the
        ASCII words (whose lengths are an array)."""
        table = token_table()
        ok = np.zeros(cp.shape[0], dtype=bool)
        bmp = cp < 0x10000
        ok[bmp] = table[cp[bmp]]
        if not bmp.all():
            hi = cp[~bmp]
            ok[~bmp] = (hi >= 0x20000) & (hi <= 0x3FFFF)
        ascii_word = ((cp >= 0x30) & (cp <= 0x39)) | ((cp >= 0x61) & (cp <= 0x7A))
        ok &= ~ascii_word
        out: list[tuple[np.ndarray, int | np.ndarray, np.ndarray]] = []
        shift = np.uint64(64 - self.bits)
        valid_mask = ok  # valid_mask[i]: cp[i .. i+n-1] are all (non-ASCII) word characters
        h = cp.astype(np.uint64)
        lo, hi_n = self.ngram
        for n in range(1, hi_n + 1):
            if n > 1:
                # rolling hash: h_n[i] = h_{n-1}[i] * P + cp[i+n-1]  (mod 2**64)
                h = h[:-1] * _P
                h += cp[n - 1 :]
                valid_mask = valid_mask[:-1] & ok[n - 1 :]
            if n < lo:
                continue
            valid = np.flatnonzero(valid_mask)
            g = h[valid] ^ np.uint64((n * _LEN_SALT) & _MASK64)
            out.append((valid, n, (_mix(g) >> shift).astype(np.int32)))
        if ascii_word.any():
            edge = np.diff(ascii_word.astype(np.int8), prepend=np.int8(0), append=np.int8(0))
            starts = np.flatnonzero(edge == 1)
            lengths = np.flatnonzero(edge == -1) - starts
            w = np.zeros(starts.shape[0], dtype=np.uint64)
            for k in range(WORD_MAX):
                m = lengths > k
                if not m.any():
                    break
                w[m] = w[m] * _P + cp[starts[m] + k]
            w ^= np.uint64(_WORD_SALT)
            out.append((starts, lengths, (_mix(w) >> shift).astype(np.int32)))
        return out

    def transform(self, texts: Sequence[str]) -> sp.csr_matrix:
        """Texts -> CSR matrix (len(texts) × 2**bits), sublinear tf, rows of unit L2 norm."""
        step = self.chunk_docs
        if len(texts) <= step:
            return self._transform_chunk(texts)
        parts = [self._transform_chunk(texts[i : i + step]) for i in range(0, len(texts), step)]
        return sp.vstack(parts, format="csr")

    @property
    def chunk_docs(self) -> int:
        """Texts per chunk: the doc index and the bucket share one 32-bit sort key."""
        return 1 << min(32 - self.bits, 13)

    def _transform_chunk(self, texts: Sequence[str]) -> sp.csr_matrix:
        cp, lengths = self.code_points(texts)
        # doc id of every code-point position (the separator belongs to the text before it)
        doc_of = np.repeat(np.arange(len(texts), dtype=np.uint32), lengths + 1)
        return self._doc_matrix(doc_of, self._grams(cp), len(texts))

    def _doc_matrix(
        self,
        doc_of: np.ndarray,
        grams: list[tuple[np.ndarray, int | np.ndarray, np.ndarray]],
        n_docs: int,
    ) -> sp.csr_matrix:
        shifted = doc_of << np.uint32(self.bits)
        keys_l = []
        for valid, _n, buckets in grams:
            k = shifted[valid]
            k |= buckets.astype(np.uint32)
            keys_l.append(k)
        keys = np.concatenate(keys_l) if keys_l else np.zeros(0, np.uint32)
        return _keys_to_csr(keys, n_docs, self.bits)

    def transform_clauses(
        self, texts: Sequence[str], min_chars: int = 2
    ) -> tuple[sp.csr_matrix, np.ndarray]:
        """Every clause of every text as a row of its own (the same features and unit-norm
        rows as :meth:`transform`), and the index of the text each row belongs to.

        Clauses are the runs between sentence and field ends (CLAUSE_BREAKS, after folding);
        n-grams never cross them, so this is the text's own n-grams regrouped, done on the
        whole batch in numpy. Clauses of fewer than ``min_chars`` characters give empty rows."""
        _, clauses, owner = self.transform_both(texts, min_chars)
        return clauses, owner

    def transform_both(
        self, texts: Sequence[str], min_chars: int = 2
    ) -> tuple[sp.csr_matrix, sp.csr_matrix, np.ndarray]:
        """:meth:`transform` and :meth:`transform_clauses` from one pass over the n-grams."""
        docs, mats, owners = [], [], []
        step = self.chunk_docs
        for first in range(0, len(texts), step):
            chunk = texts[first : first + step]
            cp, lengths = self.code_points(chunk)
            grams = self._grams(cp)
            doc_of = np.repeat(np.arange(len(chunk), dtype=np.uint32), lengths + 1)
            docs.append(self._doc_matrix(doc_of, grams, len(chunk)))
            brk = np.zeros(cp.shape[0], dtype=bool)
            bmp = cp < 0x10000
            brk[bmp] = _CLAUSE_BREAK_TABLE[cp[bmp]]
            seg = np.cumsum(brk)  # a break starts a new clause (and belongs to no clause)
            n_seg = int(seg[-1]) + 1 if seg.shape[0] else 0
            owner = np.zeros(n_seg, dtype=np.int64)
            owner[seg] = doc_of  # positions run in order, so each clause gets its text's index
            size = np.bincount(seg[~brk], minlength=n_seg)
            keys_l = []
            for valid, _n, buckets in grams:
                keep = size[seg[valid]] >= min_chars
                k = seg[valid][keep].astype(np.uint64) << np.uint64(self.bits)
                k |= buckets[keep].astype(np.uint64)
                keys_l.append(k)
            keys = np.concatenate(keys_l) if keys_l else np.zeros(0, np.uint64)
            mats.append(_keys_to_csr(keys, n_seg, self.bits))
            owners.append(owner + first)
        if not mats:
            empty = sp.csr_matrix((0, self.n_features), dtype=np.float32)
            return empty, empty, np.zeros(0, np.int64)
        return (
            sp.vstack(docs, format="csr"),
            sp.vstack(mats, format="csr"),
            np.concatenate(owners),
        )

    # -- for explanations -----------------------------------------------------------------------
    def spans(self, text: str) -> tuple[str, list[tuple[int, int, int]]]:
        """The text (cut to ``max_chars``) and every n-gram in it as (start, length, bucket)."""
        norm = (text or "")[: self.max_chars]
        cp, _ = self.code_points([norm])
        found: list[tuple[int, int, int]] = []
        for valid, n, buckets in self._grams(cp):
            sizes = n.tolist() if isinstance(n, np.ndarray) else [n] * len(valid)
            found.extend(zip(valid.tolist(), sizes, buckets.tolist(), strict=True))
        return norm, found


def _keys_to_csr(keys: np.ndarray, n_docs: int, bits: int) -> sp.csr_matrix:
    """Occurrence keys ``doc << bits | bucket`` -> CSR of ``1 + log(count)``, unit-norm rows.

    One sort of 32-bit keys (numpy's SIMD sort) gives rows in order and columns sorted
    within each row: the CSR arrays fall out directly, already canonical.
    """
    keys = np.sort(keys)
    n = keys.shape[0]
    first = np.empty(n, dtype=bool)
    if n:
        first[0] = True
        np.not_equal(keys[1:], keys[:-1], out=first[1:])
    starts = np.flatnonzero(first)
    uniq = keys[starts]
    data = np.diff(starts, append=n).astype(np.float32)
    np.log(data, out=data)
    data += 1.0
    indices = (uniq & np.uint32((1 << bits) - 1)).astype(np.int32)
    row_starts = np.arange(n_docs + 1, dtype=np.uint64) << np.uint64(bits)
    indptr = np.searchsorted(uniq, row_starts).astype(np.int32)
    sq = np.zeros(data.shape[0] + 1, dtype=np.float64)
    np.cumsum(data.astype(np.float64) ** 2, out=sq[1:])
    row_sq = sq[indptr[1:]] - sq[indptr[:-1]]
    scale = np.ones(n_docs, dtype=np.float32)
    nonempty = row_sq > 0
    scale[nonempty] = 1.0 / np.sqrt(row_sq[nonempty])
    data *= np.repeat(scale, np.diff(indptr))
    return sp.csr_matrix((data, indices, indptr), shape=(n_docs, 1 << bits))


# -- a slow, obviously-correct reference for tests ------------------------------------------------
def _ref_hash(chars: str, salt: int, bits: int) -> int:
    h = 0
    for c in chars:
        h = (h * 0x100000001B3 + ord(c)) & _MASK64
    h ^= salt & _MASK64
    h ^= h >> 33
    h = (h * 0xFF51AFD7ED558CCD) & _MASK64
    h ^= h >> 33
    h = (h * 0xC4CEB9FE1A85EC53) & _MASK64
    h ^= h >> 33
    return h >> (64 - bits)


def _is_ascii_word_char(c: str) -> bool:
    return "0" <= c <= "9" or "a" <= c <= "z"


def reference_ngrams(text: str, hasher: Hasher) -> dict[int, int]:
    """Bucket -> count for one text, computed character by character in pure Python."""
    norm = "".join(fold_char(c) for c in (text or "")[: hasher.max_chars])
    out: dict[int, int] = {}
    lo, hi = hasher.ngram
    for n in range(lo, hi + 1):
        for i in range(len(norm) - n + 1):
            gram = norm[i : i + n]
            if all(is_token_char(c) and not _is_ascii_word_char(c) for c in gram):
                b = _ref_hash(gram, n * _LEN_SALT, hasher.bits)
                out[b] = out.get(b, 0) + 1
    i = 0
    while i < len(norm):
        if _is_ascii_word_char(norm[i]):
            j = i
            while j < len(norm) and _is_ascii_word_char(norm[j]):
                j += 1
            b = _ref_hash(norm[i:j][:WORD_MAX], _WORD_SALT, hasher.bits)
            out[b] = out.get(b, 0) + 1
            i = j
        else:
            i += 1
    return out
