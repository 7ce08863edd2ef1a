"""The direction and segment classifier: linear models over hashed character n-grams.

A firm's text -> one of the 21 catalog directions or none (''), and a segment inside the
direction, each with a probability. Two layers of multinomial logistic regression share one
feature space: a direction layer (21 directions + none) and, per direction, a segment layer.
Probabilities are a softmax with a temperature set on held-out training text, and a firm is
called none when its best direction is not likely enough (``none_threshold``).

Saved without pickle, so that a model file can never run code: ``model.npz`` holds the
weights of the features seen in training only (the rest are zero), loaded with
``allow_pickle=False``; ``model.json`` holds classes, settings, metadata and the npz's
SHA-256. Anything wrong with either file raises :class:`ModelError` with a Chinese message.
"""

from __future__ import annotations

import hashlib
import json
import os
import threading
import uuid
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import scipy.sparse as sp

from scoring.calibration import LOGP_FLOOR, RealLayer, mentions, text_logp
from scoring.calibration import decide as decide_real
from scoring.features import FEATURES_VERSION, Hasher
from scoring.text import SCOPE_MARK, without_scope

MODEL_VERSION = 1  # bump when the file format or the features change: old files are refused
MODEL_JSON = "model.json"
MODEL_NPZ = "model.npz"
NONE = ""
_PREPARE_LOCK = threading.Lock()
BATCH = 10000  # texts per work item: a 20k batch from the database keeps both cores busy


class ModelError(Exception):
    """A model file is missing, corrupted or from another version (message in Chinese)."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


@dataclass
class LinearLayer:
    """Softmax-regression weights over a subset of the hashed features."""

    features: np.ndarray  # int32 bucket ids, sorted, the rows of ``weights``
    weights: np.ndarray  # float32 (len(features), len(classes))
    bias: np.ndarray  # float32 (len(classes),)
    classes: list[str]


@dataclass
class Predictions:
    directions: list[str]  # '' for none
    direction_prob: np.ndarray  # probability of the decision (for none: 1 − P(best direction))
    segments: list[str]  # '' when the direction is none
    segment_prob: np.ndarray  # P(segment | direction); 0 for none


@dataclass
class Explanation:
    direction: str
    direction_prob: float
    segment: str
    segment_prob: float
    alternatives: list[tuple[str, float]]  # other directions ('' = none) with their probability
    evidence: list[tuple[str, float]]  # phrases of the text that pushed the decision, weight


@dataclass
class DirectionClassifier:
    """Predicts direction and segment for firm texts (see :func:`scoring.text.firm_text`)."""

    hasher: Hasher
    dir_layer: LinearLayer
    seg_layers: dict[str, LinearLayer]
    segment_names: dict[str, str] = field(default_factory=dict)
    direction_names: dict[str, str] = field(default_factory=dict)
    temperature: float = 1.0
    none_threshold: float = 0.0
    # None must beat the best direction by this factor: a firm with clear catalog business
    # next to ordinary trade is worth a look (fitted with the threshold on held-out text).
    none_ratio: float = 1.0
    # Share of a text's feature mass (squared, of a unit-norm row) the model has seen in
    # training. Below this — an empty, English or unfamiliar text — the answer is none with a
    # confidence equal to that share: "do not know", not "surely none".
    min_coverage: float = 0.3
    meta: dict[str, Any] = field(default_factory=dict)
    # The real-firm layer (scoring.calibration): fitted on analysts' labels of real listed
    # firms, it turns the text scores (and the firm's industry label) into calibrated
    # probabilities and makes the none call. Attached at load time, not saved with the model:
    # the same shipped layer serves the built-in and every retrained model.
    real: RealLayer | None = None
    concordance: Any = None  # industry label -> frozenset of directions | None
    _runtime: dict[str, Any] | None = field(default=None, repr=False)

    # -- prediction -----------------------------------------------------------------------------
    @property
    def version(self) -> str:
        """Same as :attr:`version_id` (what the About box shows)."""
        return self.version_id

    @property
    def version_id(self) -> str:
        """What firms.model_version records: format version, a fingerprint of the weights and
        of the real-firm layer (a new layer reclassifies the firms)."""
        base = f"v{MODEL_VERSION}:{self.meta.get('id') or self._fingerprint()[:12]}"
        return base if self.real is None else f"{base}+r{self.real.fingerprint}"

    def with_real_layer(
        self, layer: RealLayer | None, concordance: Any = None
    ) -> DirectionClassifier:
        """This model with the real-firm layer (aligned to its classes) attached."""
        self.real = None if layer is None else layer.aligned(self.dir_layer.classes)
        self.concordance = concordance
        return self

    def _prepare(self) -> dict[str, Any]:
        """Dense weights over the union of features, and a bucket -> row look-up table."""
        if self._runtime is not None:
            return self._runtime
        with _PREPARE_LOCK:  # worker threads may ask at the same time
            if self._runtime is None:
                self._runtime = self._build_runtime()
        return self._runtime

    def _build_runtime(self) -> dict[str, Any]:
        layers = [self.dir_layer, *self.seg_layers.values()]
        union = np.unique(np.concatenate([ly.features for ly in layers]))
        lookup = np.full(self.hasher.n_features, -1, dtype=np.int32)
        lookup[union] = np.arange(union.shape[0], dtype=np.int32)

        def dense(ly: LinearLayer) -> np.ndarray:
            w = np.zeros((union.shape[0], len(ly.classes)), dtype=np.float32)
            w[lookup[ly.features]] = ly.weights
            return w

        return {
            "lookup": lookup,
            "dir_w": dense(self.dir_layer),
            "seg_w": {d: dense(ly) for d, ly in self.seg_layers.items()},
        }

    def _compact(self, x: sp.csr_matrix) -> sp.csr_matrix:
        """Keep only features the model knows (rows keep their full-text normalisation)."""
        rt = self._prepare()
        idx = rt["lookup"][x.indices]
        keep = idx >= 0
        kept = np.zeros(keep.shape[0] + 1, dtype=np.int64)
        np.cumsum(keep, out=kept[1:])
        indptr = kept[x.indptr]
        return sp.csr_matrix(
            (x.data[keep], idx[keep], indptr), shape=(x.shape[0], rt["dir_w"].shape[0])
        )

    def raw_scores(self, texts: Sequence[str]) -> np.ndarray:
        """Direction-layer scores (before temperature), one row per text."""
        rt = self._prepare()
        xc = self._compact(self.hasher.transform(list(texts)))
        return np.asarray(xc @ rt["dir_w"]) + self.dir_layer.bias

    def _softmax(self, z: np.ndarray) -> np.ndarray:
        z = z - z.max(axis=1, keepdims=True)
        np.exp(z, out=z)
        z /= z.sum(axis=1, keepdims=True)
        return z

    def probabilities(self, scores: np.ndarray) -> np.ndarray:
        """Direction-layer scores -> probabilities (softmax with the fitted temperature)."""
        return self._softmax(scores / self.temperature)

    def decide(self, p: np.ndarray) -> tuple[list[str], np.ndarray]:
        """Probabilities -> (directions, probability of each decision).

        None when P(none) is at least ``none_ratio`` times the best direction's, or when the
        best direction is below ``none_threshold``; a none decision's probability is
        1 − P(best direction).
        """
        classes = self.dir_layer.classes
        none_col = classes.index(NONE) if NONE in classes else -1
        dir_p = p.copy()
        if none_col >= 0:
            dir_p[:, none_col] = -1.0
        best = dir_p.argmax(axis=1)
        p_best = dir_p[np.arange(len(best)), best]
        p_none = p[:, none_col] if none_col >= 0 else np.zeros(len(best))
        is_none = (p_none >= self.none_ratio * p_best) | (p_best < self.none_threshold)
        directions = [NONE if n else classes[b] for n, b in zip(is_none, best, strict=True)]
        return directions, np.where(is_none, 1.0 - p_best, p_best).astype(np.float32)

    @staticmethod
    def coverage(xc: sp.csr_matrix) -> np.ndarray:
        """Per row: the share of the text's (unit-norm) feature mass the model knows."""
        sq = np.zeros(xc.nnz + 1, dtype=np.float64)
        np.cumsum(xc.data.astype(np.float64) ** 2, out=sq[1:])
        return (sq[xc.indptr[1:]] - sq[xc.indptr[:-1]]).astype(np.float32)

    def clause_logp(self, texts: Sequence[str]) -> np.ndarray:
        """Per text and direction: the best log-probability the text model gives the direction
        on any one clause of the text (0 in the none column; the floor for a text without
        clauses). A diversified firm's catalog line shows here even when its other lines
        outweigh it in the whole text."""
        x, owner = self.hasher.transform_clauses(list(texts))
        return self._clause_logp(x, owner, len(texts))

    def _clause_logp(self, x: sp.csr_matrix, owner: np.ndarray, n_texts: int) -> np.ndarray:
        rt = self._prepare()
        out = np.full((n_texts, len(self.dir_layer.classes)), LOGP_FLOOR)
        xc = self._compact(x)
        rows = np.flatnonzero(np.diff(xc.indptr) > 0)  # clauses with known features
        if rows.shape[0]:
            lp = text_logp(
                np.asarray(xc @ rt["dir_w"])[rows] + self.dir_layer.bias, self.temperature
            )
            docs = owner[rows]
            starts = np.flatnonzero(np.r_[True, docs[1:] != docs[:-1]])
            out[docs[starts]] = np.maximum.reduceat(lp, starts, axis=0)
        if NONE in self.dir_layer.classes:
            out[:, self.dir_layer.classes.index(NONE)] = 0.0
        return out

    def ngram_features(self, texts: Sequence[str], x: sp.csr_matrix) -> sp.csr_matrix:
        """The hashed features the real firms' n-gram model scores: ``x`` (the texts' own),
        except that a text with a business-scope line is hashed again without it. That model
        learned from exchange texts (main business, introduction), and registry 经营范围 lists
        read to it as none; the text model still reads the scope."""
        idx = [i for i, t in enumerate(texts) if SCOPE_MARK in t]
        if not idx:
            return x
        alt = self.hasher.transform([without_scope(texts[i]) for i in idx])
        rows = np.arange(x.shape[0])
        rows[idx] = x.shape[0] + np.arange(len(idx))
        return sp.vstack([x, alt], format="csr")[rows]

    def class_probabilities(
        self,
        scores: np.ndarray,
        industries: Sequence[str | None] | None = None,
        clause_logp: np.ndarray | None = None,
        x: sp.csr_matrix | None = None,
    ) -> np.ndarray:
        """Direction-layer scores -> the probabilities the decision is made on: the real-firm
        layer's where one is attached, else the text model's own softmax. ``x``: the hashed
        features for the layer's real-firm n-grams (:meth:`ngram_features`)."""
        if self.real is None:
            return self.probabilities(scores)
        logp = text_logp(scores, self.temperature)
        ng = None
        if x is not None and self.real.ngrams is not None and self.real.zeta:
            ng = self.real.ngrams.logp(x)
        return self.real.probabilities(logp, industries, self.concordance, clause_logp, ng)

    def decide_any(
        self, p: np.ndarray, clause_logp: np.ndarray | None = None
    ) -> tuple[list[str], np.ndarray]:
        """The decision on :meth:`class_probabilities`: the most probable class (none
        included) with the real-firm layer, else the fitted none rule (:meth:`decide`)."""
        if self.real is None:
            return self.decide(p)
        # A none call on a text that names catalog products states at most the observed
        # accuracy of such calls, and never 高 (calibration.cap_none_calls)
        mention = mentions(clause_logp, self.dir_layer.classes)
        return decide_real(p, self.dir_layer.classes, mention, self.real.mention_none_cap)

    def _predict_batch(
        self, texts: Sequence[str], industries: Sequence[str | None] | None = None
    ) -> Predictions:
        rt = self._prepare()
        cl = None
        if self.real is None:
            x = self.hasher.transform(list(texts))
        else:  # the clause evidence from the same pass over the n-grams
            x, xcl, owner = self.hasher.transform_both(list(texts))
            cl = self._clause_logp(xcl, owner, len(texts))
        xc = self._compact(x)
        scores = np.asarray(xc @ rt["dir_w"]) + self.dir_layer.bias
        xn = None
        if self.real is not None and self.real.ngrams is not None and self.real.zeta:
            xn = self.ngram_features(texts, x)
        p = self.class_probabilities(scores, industries, cl, xn)
        directions, direction_prob = self.decide_any(p, cl)
        known = self.coverage(xc)
        for i in np.flatnonzero(known < self.min_coverage):
            directions[i] = NONE
            direction_prob[i] = known[i]
        segments = [""] * len(directions)
        segment_prob = np.zeros(len(directions), dtype=np.float32)
        dir_arr = np.array(directions, dtype=object)
        for d, w in rt["seg_w"].items():
            rows = np.flatnonzero(dir_arr == d)
            if rows.shape[0] == 0:
                continue
            layer = self.seg_layers[d]
            ps = self._softmax(np.asarray(xc[rows] @ w) + layer.bias)
            top = ps.argmax(axis=1)
            for r, t, pr in zip(rows, top, ps[np.arange(len(top)), top], strict=True):
                segments[r] = layer.classes[t]
                segment_prob[r] = pr
        return Predictions(directions, direction_prob, segments, segment_prob)

    def predict(
        self,
        texts: Sequence[str],
        workers: int | None = None,
        industries: Sequence[str | None] | None = None,
    ) -> Predictions:
        """Classify texts (as made by :func:`scoring.text.firm_text`); ``industries`` are the
        firms' industry labels (所属行业), one per text, for the real-firm layer.

        Large inputs go in batches over a thread pool of ``workers`` threads (default: up to
        2; numpy and scipy release the GIL in the heavy parts, so two threads use both
        cores); ``workers=1`` runs the batches in the calling thread."""
        texts = list(texts)
        labels = list(industries) if industries is not None else [None] * len(texts)
        if len(labels) != len(texts):
            raise ValueError("industries must have one label per text")
        if len(texts) <= BATCH:
            return self._predict_batch(texts, labels)
        self._prepare()
        spans = range(0, len(texts), BATCH)
        batches = [(texts[i : i + BATCH], labels[i : i + BATCH]) for i in spans]
        n = workers or min(2, os.cpu_count() or 1)
        if n == 1:
            parts = [self._predict_batch(t, lab) for t, lab in batches]
        else:
            with ThreadPoolExecutor(max_workers=n) as pool:
                parts = list(pool.map(lambda b: self._predict_batch(*b), batches))
        return Predictions(
            directions=[d for p in parts for d in p.directions],
            direction_prob=np.concatenate([p.direction_prob for p in parts]),
            segments=[s for p in parts for s in p.segments],
            segment_prob=np.concatenate([p.segment_prob for p in parts]),
        )

    def predict_stream(
        self, batches: Iterable[Sequence[str]], workers: int | None = None
    ) -> Iterator[Predictions]:
        """Predictions for a stream of batches, in order, two batches in flight per worker:
        memory stays bounded however long the stream."""
        self._prepare()
        n = workers or min(2, os.cpu_count() or 1)
        with ThreadPoolExecutor(max_workers=n) as pool:
            pending: deque[Future[Predictions]] = deque()
            for batch in batches:
                pending.append(pool.submit(self._predict_batch, list(batch)))
                if len(pending) >= 2 * n:
                    yield pending.popleft().result()
            while pending:
                yield pending.popleft().result()

    # -- explanation ----------------------------------------------------------------------------
    def explain(self, text: str, top: int = 5, industry: str | None = None) -> Explanation:
        """The decision for one text, the runner-up directions, and the phrases of the text
        whose n-grams pushed the decision most (overlapping n-grams merged)."""
        rt = self._prepare()
        pred = self._predict_batch([text], [industry])
        direction = pred.directions[0]
        classes = self.dir_layer.classes
        x = self.hasher.transform([text])
        scores = np.asarray(self._compact(x) @ rt["dir_w"]) + self.dir_layer.bias
        cl = self.clause_logp([text]) if self.real is not None else None
        xn = self.ngram_features([text], x)
        p = self.class_probabilities(scores, [industry], cl, xn)[0]
        order = np.argsort(-p)
        alternatives = [(classes[i], float(p[i])) for i in order if classes[i] != direction][:top]
        # evidence: each n-gram's share of the margin between the decision and its runner-up
        chosen = classes.index(direction)
        rival = next(i for i in order if i != chosen)
        delta = rt["dir_w"][:, chosen] - rt["dir_w"][:, rival]
        real_margin: dict[int, float] = {}
        real = self.real
        if real is not None:
            # in the layer's units: the text model's margin at its temperature and the layer's
            # scale for it, plus the real firms' n-grams at their weight (without the scope)
            scale = real.alpha
            if real.alpha_dev.size:
                scale += float(real.alpha_dev[chosen] + real.alpha_dev[rival]) / 2
            delta = delta * (scale / self.temperature)
            if real.ngrams is not None and real.zeta:
                values = dict(zip(xn.indices.tolist(), xn.data.tolist(), strict=True))
                real_margin = {
                    b: real.zeta * d * values[b]
                    for b, d in real.ngrams.margin(xn, chosen, rival).items()
                }
        evidence = _evidence(self.hasher, rt["lookup"], delta, text, x, top, real_margin)
        return Explanation(
            direction=direction,
            direction_prob=float(pred.direction_prob[0]),
            segment=pred.segments[0],
            segment_prob=float(pred.segment_prob[0]),
            alternatives=alternatives,
            evidence=evidence,
        )

    # -- persistence ----------------------------------------------------------------------------
    def _arrays(self) -> dict[str, np.ndarray]:
        arrays = {
            "dir_features": self.dir_layer.features,
            "dir_weights": self.dir_layer.weights,
            "dir_bias": self.dir_layer.bias,
        }
        for i, d in enumerate(sorted(self.seg_layers)):
            ly = self.seg_layers[d]
            arrays[f"seg{i}_features"] = ly.features
            arrays[f"seg{i}_weights"] = ly.weights
            arrays[f"seg{i}_bias"] = ly.bias
        return arrays

    def _fingerprint(self) -> str:
        h = hashlib.sha256()
        for k, a in sorted(self._arrays().items()):
            h.update(k.encode())
            h.update(np.ascontiguousarray(a).tobytes())
        settings = [self.temperature, self.none_threshold, self.min_coverage]
        if self.none_ratio != 1.0:  # models from before the ratio keep their fingerprint
            settings.append(self.none_ratio)
        h.update(json.dumps(settings).encode())
        return h.hexdigest()

    def save(self, folder: str | os.PathLike[str]) -> None:
        """Write model.npz (weights) and model.json (everything else) into ``folder``."""
        folder = Path(folder)
        folder.mkdir(parents=True, exist_ok=True)
        self.meta.setdefault("id", self._fingerprint()[:12])
        npz = folder / MODEL_NPZ
        unique = f"{os.getpid()}-{uuid.uuid4().hex[:8]}"  # two processes may save at once
        tmp = folder / f"{MODEL_NPZ}.{unique}.tmp.npz"
        np.savez_compressed(tmp, allow_pickle=False, **self._arrays())
        digest = hashlib.sha256(tmp.read_bytes()).hexdigest()
        doc = {
            "format": "chainfill-direction-classifier",
            "model_version": MODEL_VERSION,
            "npz_sha256": digest,
            "hasher": self.hasher.config(),
            "classes": self.dir_layer.classes,
            "segment_layers": {
                d: {"index": i, "classes": self.seg_layers[d].classes}
                for i, d in enumerate(sorted(self.seg_layers))
            },
            "temperature": self.temperature,
            "none_threshold": self.none_threshold,
            "none_ratio": self.none_ratio,
            "min_coverage": self.min_coverage,
            "direction_names": self.direction_names,
            "segment_names": self.segment_names,
            "meta": self.meta,
        }
        tmp_json = folder / f"{MODEL_JSON}.{unique}.tmp"
        tmp_json.write_text(json.dumps(doc, ensure_ascii=False, indent=1), encoding="utf-8")
        os.replace(tmp, npz)  # weights first, then the json that vouches for them
        os.replace(tmp_json, folder / MODEL_JSON)

    @classmethod
    def load(cls, folder: str | os.PathLike[str]) -> DirectionClassifier:
        """Load a saved model; raises :class:`ModelError` (Chinese message) on any problem."""
        folder = Path(folder)
        jpath, npath = folder / MODEL_JSON, folder / MODEL_NPZ
        if not jpath.is_file() or not npath.is_file():
            raise ModelError(f"模型文件不完整：{folder} 中缺少 {MODEL_JSON} 或 {MODEL_NPZ}")
        try:
            doc = json.loads(jpath.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise ModelError(f"模型说明文件 {jpath.name} 已损坏，无法读取：{exc}") from exc
        if not isinstance(doc, dict) or doc.get("format") != "chainfill-direction-classifier":
            raise ModelError(f"{jpath.name} 不是 ChainFill 的方向分类模型")
        features_version = (doc.get("hasher") or {}).get("features_version")
        if doc.get("model_version") != MODEL_VERSION or features_version != FEATURES_VERSION:
            raise ModelError(
                f"模型版本 {doc.get('model_version')}.{features_version} 与本程序"
                f"（{MODEL_VERSION}.{FEATURES_VERSION}）不兼容，需要重新训练"
            )
        try:
            raw = npath.read_bytes()
        except OSError as exc:
            raise ModelError(f"无法读取模型权重文件 {npath.name}：{exc}") from exc
        if hashlib.sha256(raw).hexdigest() != doc.get("npz_sha256"):
            raise ModelError(f"模型权重文件 {npath.name} 已损坏（校验和不符），需要重新训练")
        try:
            with np.load(npath, allow_pickle=False) as z:
                arrays = {k: z[k] for k in z.files}
            hasher = Hasher.from_config(doc["hasher"])
            dir_layer = _layer(arrays, "dir", doc["classes"], hasher)
            seg_layers = {
                d: _layer(arrays, f"seg{info['index']}", info["classes"], hasher)
                for d, info in doc["segment_layers"].items()
            }
            model = cls(
                hasher=hasher,
                dir_layer=dir_layer,
                seg_layers=seg_layers,
                segment_names=dict(doc.get("segment_names", {})),
                direction_names=dict(doc.get("direction_names", {})),
                temperature=float(doc["temperature"]),
                none_threshold=float(doc["none_threshold"]),
                none_ratio=float(doc.get("none_ratio", 1.0)),
                min_coverage=float(doc.get("min_coverage", 0.3)),
                meta=dict(doc.get("meta", {})),
            )
        except ModelError:
            raise
        except Exception as exc:  # any malformed content: never a crash, always a message
            raise ModelError(f"模型文件内容无效：{type(exc).__name__}: {exc}") from exc
        if not 0 < model.temperature < 1e3:
            raise ModelError("模型文件内容无效：温度参数超出范围")
        if not 0 < model.none_ratio < 1e3:
            raise ModelError("模型文件内容无效：无方向判定参数超出范围")
        return model


def _layer(
    arrays: dict[str, np.ndarray], key: str, classes: list[str], hasher: Hasher
) -> LinearLayer:
    f = arrays[f"{key}_features"].astype(np.int32)
    w = arrays[f"{key}_weights"].astype(np.float32)
    b = arrays[f"{key}_bias"].astype(np.float32)
    if w.ndim != 2 or w.shape != (f.shape[0], len(classes)) or b.shape != (len(classes),):
        raise ModelError(f"模型文件内容无效：{key} 的权重形状不符")
    if f.shape[0] and (f.min() < 0 or f.max() >= hasher.n_features):
        raise ModelError(f"模型文件内容无效：{key} 的特征编号越界")
    if not np.isfinite(w).all() or not np.isfinite(b).all():
        raise ModelError(f"模型文件内容无效：{key} 含有非数值权重")
    return LinearLayer(features=f, weights=w, bias=b, classes=[str(c) for c in classes])


def _evidence(
    hasher: Hasher,
    lookup: np.ndarray,
    delta: np.ndarray,
    text: str,
    x: sp.csr_matrix,
    top: int,
    real_margin: dict[int, float] | None = None,
) -> list[tuple[str, float]]:
    """Phrases of ``text`` whose n-grams carry the largest share of the decision margin: the
    text model's (``delta`` per feature row) and the real firms' n-grams' (``real_margin``,
    per hashed feature, already times the feature's value; it never read the scope line)."""
    norm, grams = hasher.spans(text)
    if not grams:
        return []
    value = dict(zip(x.indices.tolist(), x.data.tolist(), strict=True))  # feature -> tf-norm
    real_margin = real_margin or {}
    scope = (len(norm), len(norm))  # the business-scope line, which the real n-grams skip
    if SCOPE_MARK in norm:
        start = norm.index(SCOPE_MARK)
        end = norm.find("\n", start)
        scope = (start, len(norm) if end < 0 else end)
    count: dict[int, int] = {}
    real_count: dict[int, int] = {}
    for start, _, b in grams:
        count[b] = count.get(b, 0) + 1
        if not scope[0] <= start < scope[1]:
            real_count[b] = real_count.get(b, 0) + 1
    contrib = []
    for start, n, b in grams:
        row = lookup[b]
        c = 0.0 if row < 0 else float(delta[row]) * value.get(b, 0.0) / count[b]
        if b in real_margin and not scope[0] <= start < scope[1]:
            c += real_margin[b] / real_count[b]
        contrib.append((start, n, c))
    # each character scores the mean contribution of the n-grams covering it; runs of strong
    # characters are the phrases (so a phrase keeps the last character of 减速器 but does not
    # drag in the weak edge of an n-gram that overlaps it)
    total = np.zeros(len(norm), dtype=np.float64)
    covering = np.zeros(len(norm), dtype=np.float64)
    for start, n, c in contrib:
        total[start : start + n] += c
        covering[start : start + n] += 1
    chars = np.divide(total, covering, out=np.zeros_like(total), where=covering > 0)
    best = float(chars.max()) if len(chars) else 0.0
    if best <= 0:
        return []
    strong = chars >= best * 0.2
    phrases: list[tuple[int, int, float]] = []
    i = 0
    while i < len(norm):
        if strong[i]:
            j = i
            while j < len(norm) and strong[j]:
                j += 1
            phrases.append((i, j, float(chars[i:j].sum())))
            i = j
        else:
            i += 1
    from scoring.words import default_lexicon

    lexicon = default_lexicon()
    merged: dict[str, float] = {}
    for s, e, c in phrases:
        snapped = lexicon.snap(norm, s, e)  # whole words only, never a fragment
        if snapped is None:
            continue
        phrase = norm[snapped[0] : snapped[1]]
        merged[phrase] = merged.get(phrase, 0.0) + c
    ranked = sorted(merged.items(), key=lambda kv: -kv[1])[:top]
    return [(phrase, round(score, 4)) for phrase, score in ranked]
