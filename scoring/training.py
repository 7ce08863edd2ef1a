"""Training the direction classifier from the catalog itself, plus staff corrections.

On day one the bureau has no labelled firms, so the training text is generated: for every
segment of the catalog, fictional firm texts in registry and exchange style that mix a
random subset of the segment's keywords and products (and now and then the plan's own
wording for the direction) with the boilerplate and company-profile filler every firm has.
The "none" class is generated the same way from resources/training/none.toml: banks,
developers, shops, logistics, traditional manufacturing … and the hard cases that name
catalog products without making them (distributors, shops, lessors, park developers).
Everything shared (boilerplate, filler, customer industries) appears in all classes alike,
so it carries no signal.

Staff corrections — real firm texts with the direction a person confirmed — are added with
a higher weight. Their segment codes may have been removed from the catalog since: such a
correction still teaches its direction and is counted in the training summary.

Calibration: the keywords and products of each segment are split in two. A first model is
trained on texts made from one part and scored on texts made only from the other part
(unseen words, like real firms), which sets the softmax temperature. The none rule (threshold
and ratio) is chosen with that first model on two sets of equal weight: those generated
held-out texts, and the hand-written calibration firms of resources/training/calibration.toml
— real-style one-line businesses, 60 % of them ordinary trades whose words overlap catalog
words, which the clean generated text lacks. The final model is then trained on everything.
"""

from __future__ import annotations

import math
import random
import re
import time
import tomllib
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import numpy as np
import scipy.sparse as sp

from catalog.model import Catalog
from scoring.classifier import MODEL_VERSION, DirectionClassifier, LinearLayer
from scoring.features import Hasher
from scoring.text import firm_text

NONE = ""
Correction = tuple[str, str, str]  # (firm text, direction, segment)


@dataclass(frozen=True)
class TrainingConfig:
    """Sizes and regularisation; the defaults are what the shipped model uses."""

    # Three times the texts of before (400 / 8,000): the generated text is a random draw, and a
    # larger draw averages out words that one draw over- or under-samples. Cross-validated on
    # the real dev set (real-firm layer refitted): macro-F1 0.761 -> 0.784 at text-model seed
    # 0, 0.771 -> 0.780 at seed 1 (2x: 0.772, 5x: 0.781); training ~2.5x the CPU.
    docs_per_direction: int = 1200
    docs_none: int = 24000
    context_share: float = 0.25  # share of none docs that are distributors, shops, lessors …
    learner: str = "cnb"  # "cnb" (complement naive Bayes), "svm" (LinearSVC) or "lr"
    c_direction: float = 1.0  # inverse regularisation strength (svm, lr)
    c_segment: float = 1.0
    nb_alpha: float = 0.1  # smoothing (cnb)
    correction_weight: float = 4.0
    # Self-training: the model's sure calls on real, unlabelled texts as extra training text
    # (measured in bench/bench_classifier.py, section 3b; not used by the app yet).
    pseudo_weight: float = 1.0
    holdout_share: float = 0.3  # share of each segment's words kept out for calibration
    # Share of direction texts that also name some ordinary (none-class) business, as
    # diversified real firms do (a car maker with fuel and electric lines, a chemical group
    # with a battery-materials arm): the catalog business decides, the rest must not.
    mix_share: float = 0.35
    industry_share: float = 0.5  # share of texts that carry a registry/exchange industry label
    extra_vocabulary: bool = True  # add resources/training/directions.toml to the catalog's words
    # choose the none rule on resources/training/calibration.toml too (not only generated text)
    use_calibration_firms: bool = True
    max_iter: int = 300
    hasher: Hasher = field(default_factory=Hasher)


# -- vocabularies ---------------------------------------------------------------------------------
def _load_vocab(name: str) -> dict[str, Any]:
    import resources

    with resources.path("training", name).open("rb") as fh:
        return tomllib.load(fh)


_VERB_RE = re.compile(
    r"^(重点发展|加快培育|积极布局|推动布局|发展|突破|推进|推动|加强|开展|培育|布局|以及|和|及)+"
)
_CLAUSE_SPLIT_RE = re.compile(r"[，、；。,;]+")


def _plan_clauses(text: str) -> list[str]:
    """The plan's wording for a direction, cut into short phrases without the leading verb."""
    out = []
    for c in _CLAUSE_SPLIT_RE.split(text or ""):
        c = _VERB_RE.sub("", c.strip())
        if 2 <= len(c) <= 30:
            out.append(c)
    return out


@dataclass
class _Source:
    """What the generator draws from for one class (a segment or a none category)."""

    label: str  # direction code or NONE
    segment: str  # segment code ('' for none)
    words: list[str]  # keywords / business phrases
    products: list[str]
    extra: list[str]  # direction keywords and plan clauses (shared by a direction's segments)
    names: list[str]  # name words
    templates: list[str] = field(default_factory=list)  # context templates ({P}, {D})
    industries: list[str] = field(default_factory=list)  # industry labels such firms carry


def _split(items: list[str], rng: random.Random, share: float) -> tuple[list[str], list[str]]:
    """Split into (train, held-out); keeps at least 2 items for training."""
    items = list(dict.fromkeys(items))
    rng.shuffle(items)
    k = int(len(items) * share) if len(items) >= 4 else 0
    return items[k:], items[:k]


def _sources(
    cat: Catalog,
    none_vocab: dict[str, Any],
    seg_vocab: dict[str, Any],
    rng: random.Random,
    share: float,
) -> tuple[list[_Source], list[_Source], list[_Source]]:
    """(all words, training part, held-out part) sources for every segment and none category."""
    full, train, held = [], [], []
    more = seg_vocab.get("segments", {})
    dir_ind = seg_vocab.get("industries", {})
    none_ind = none_vocab.get("industries", {})
    for d in cat.directions:
        ind = list(dir_ind.get(d.code, []))
        extra = list(d.keywords) + _plan_clauses(d.description)
        dir_names = [k for k in d.keywords if len(k) <= 4]
        for s in d.segments:
            words = list(dict.fromkeys([*s.keywords, *more.get(s.code, [])]))
            names = [k for k in (*words, *dir_names) if 2 <= len(k) <= 4]
            full.append(
                _Source(d.code, s.code, words, list(s.products), extra, names, industries=ind)
            )
            wa, wb = _split(words, rng, share)
            pa, pb = _split(list(s.products), rng, share)
            ea, eb = _split(extra, rng, share)
            train.append(_Source(d.code, s.code, wa, pa or wa, ea, names, industries=ind))
            held.append(
                _Source(
                    d.code, s.code, wb or wa, pb or pa or wb or wa, eb or ea, names, industries=ind
                )
            )
    for c in none_vocab["category"]:
        words, products, names = list(c["phrases"]), list(c.get("products", [])), list(c["names"])
        ind = list(none_ind.get(c["code"], []))
        wa, wb = _split(words, rng, share)
        pa, pb = _split(products, rng, share)
        for _ in range(int(c.get("weight", 1))):  # a heavier category is drawn more often
            full.append(_Source(NONE, "", words, products or words, [], names, industries=ind))
            train.append(_Source(NONE, "", wa, pa or wa, [], names, industries=ind))
            held.append(
                _Source(NONE, "", wb or wa, pb or pa or wb or wa, [], names, industries=ind)
            )
    return full, train, held


class _Generator:
    """Makes fictional firm texts (already passed through :func:`firm_text`)."""

    def __init__(self, cat: Catalog, rng: random.Random, cfg: TrainingConfig | None = None):
        self.g = _load_vocab("generic.toml")
        self.none = _load_vocab("none.toml")
        self.rng = rng
        self.cfg = cfg or TrainingConfig()
        # ordinary business a diversified firm also names, grouped by trade
        self.none_business = [
            list(c["phrases"]) + list(c.get("products", [])) for c in self.none["category"]
        ]
        self.cat = cat
        self.all_products = [p for s in cat.segments() for p in (*s.products, *s.keywords[:4])]
        self.direction_names = [d.name for d in cat.directions]

    def _pick(self, items: Sequence[str], lo: int, hi: int) -> list[str]:
        if not items:
            return []
        k = min(len(items), self.rng.randint(lo, hi))
        if k == 1:
            return [self.rng.choice(items)]
        return self.rng.sample(items, k)

    def _fill(self, template: str, a: list[str], p: list[str]) -> str:
        g, r = self.g, self.rng
        if "{A}" in template:
            template = template.replace("{A}", "、".join(a) or "、".join(p))
        if "{P}" in template:
            template = template.replace("{P}", "、".join(p) or "、".join(a))
        if "{X}" in template:
            template = template.replace(
                "{X}", "、".join(self._pick(g["customer_industries"], 1, 3))
            )
        if "{Y}" in template:
            template = template.replace("{Y}", str(r.randint(1985, 2022)))
        if "{N}" in template:
            template = template.replace("{N}", str(r.randint(3, 3000)))
        if "{C}" in template:
            template = template.replace("{C}", r.choice(g["cities"]))
        return template

    def name(self, words: Sequence[str]) -> str:
        g, r = self.g, self.rng
        brand = r.choice(g["brand_chars"]) + r.choice(g["brand_chars"])
        roll = r.random()
        if words and roll < 0.45:
            mid = r.choice(words)
        elif roll < 0.85:
            mid = r.choice(g["generic_name_words"])
        else:
            mid = ""
        return r.choice(g["city_prefixes"]) + brand + mid + r.choice(g["legal_forms"])

    def doc(self, src: _Source) -> str:
        """One firm's text for ``src``."""
        g, r = self.g, self.rng
        if src.templates:  # a hard case: catalog products in an outside trade
            return self._context_doc(src)
        a = self._pick(src.words, 1, 4)
        p = self._pick(src.products, 1, 3)
        if src.extra and r.random() < 0.35:
            a += self._pick(src.extra, 1, 2)
            r.shuffle(a)
        fields: dict[str, str] = {"name": self.name(src.names)}
        if src.industries and r.random() < self.cfg.industry_share:
            fields["industry"] = r.choice(src.industries)
        # a diversified firm: its catalog business plus some ordinary trade (labelled with
        # the direction: the bureau wants to know about the catalog part)
        other: list[str] = []
        if src.label != NONE and r.random() < self.cfg.mix_share:
            other = self._pick(r.choice(self.none_business), 1, 3)
        style = r.random()
        if style < 0.4:
            fields["main_business"] = self._fill(r.choice(g["main_templates"]), a, p)
            if other and r.random() < 0.5:
                fields["main_business"] += self._fill(r.choice(g["side_templates"]), other, other)
                other = [] if r.random() < 0.5 else other
        if style >= 0.25 or other:
            fields["business_scope"] = self._scope(a, p, other)
        if r.random() < 0.35:
            intro = [self._fill(r.choice(g["intro_templates"]), a, p)]
            intro += [self._fill(f, a, p) for f in self._pick(g["fillers"], 0, 3)]
            fields["introduction"] = "。".join(intro) + "。"
        elif r.random() < 0.3:
            fields["main_business"] = fields.get("main_business", "") + "。".join(
                self._fill(f, a, p) for f in self._pick(g["fillers"], 1, 2)
            )
        return firm_text(fields)

    def _scope(self, a: list[str], p: list[str], other: Sequence[str] = ()) -> str:
        g, r = self.g, self.rng
        own = [self._fill(r.choice(g["scope_templates"]), a, p)]
        if r.random() < 0.3 and len(a) > 1:
            own = [self._fill(r.choice(g["scope_templates"]), [x], p) for x in a]
        own += [self._fill(r.choice(g["scope_templates"]), [x], [x]) for x in other]
        boiler = self._pick(g["boilerplate"], 0, 6)
        clauses = own + boiler
        r.shuffle(clauses)
        text = r.choice(g["scope_heads"]) + "；".join(clauses) + "。" + r.choice(g["scope_tails"])
        if r.random() < 0.2:
            text += r.choice(g["licence_heads"]) + "；".join(self._pick(g["boilerplate"], 1, 2))
        return text

    def _context_doc(self, src: _Source) -> str:
        r = self.rng
        parts = []
        for t in self._pick(src.templates, 1, 2):
            prods = r.sample(self.all_products, r.randint(1, 3))
            parts.append(
                t.replace("{P}", "、".join(prods)).replace(
                    "{D}", "、".join(r.sample(self.direction_names, r.randint(1, 2)))
                )
            )
        main = "，".join(parts)
        fields = {"name": self.name(src.names)}
        if src.industries and r.random() < self.cfg.industry_share:
            fields["industry"] = r.choice(src.industries)
        if r.random() < 0.5:
            fields["main_business"] = self._fill("主营业务：" + main + "。", [], [])
        else:
            fields["business_scope"] = self._scope([main], [])
        return firm_text(fields)

    def context_sources(self) -> list[_Source]:
        ind = self.none.get("industries", {})
        return [
            _Source(
                NONE,
                "",
                [],
                [],
                [],
                list(c["names"]),
                list(c["templates"]),
                list(ind.get(f"context.{c['code']}", [])),
            )
            for c in self.none["context"]
        ]

    def boilerplate_only(self) -> str:
        """A firm whose text is nothing but boilerplate and a generic name: none."""
        fields = {"name": self.name([]), "business_scope": self._scope([], [])}
        return firm_text(fields)


def _generate(
    gen: _Generator, sources: list[_Source], cfg: TrainingConfig, scale: float = 1.0
) -> tuple[list[str], list[str], list[str]]:
    """Texts, direction labels and segment labels for one training or calibration set."""
    r = gen.rng
    texts: list[str] = []
    dirs: list[str] = []
    segs: list[str] = []
    by_dir: dict[str, list[_Source]] = {}
    for s in sources:
        by_dir.setdefault(s.label, []).append(s)
    for label, group in by_dir.items():
        if label == NONE:
            continue
        n = max(len(group), int(cfg.docs_per_direction * scale))
        for i in range(n):
            src = group[i % len(group)]  # segments of a direction share its documents evenly
            texts.append(gen.doc(src))
            dirs.append(label)
            segs.append(src.segment)
    nones = by_dir.get(NONE, [])
    contexts = gen.context_sources()
    n_none = int(cfg.docs_none * scale)
    n_context = int(n_none * cfg.context_share)
    n_empty = max(1, n_none // 50)
    for i in range(n_none - n_context - n_empty):
        texts.append(gen.doc(nones[i % len(nones)]))
    for i in range(n_context):
        texts.append(gen.doc(contexts[i % len(contexts)]))
    for _ in range(n_empty):
        texts.append(gen.boilerplate_only())
    k = n_none
    dirs += [NONE] * k
    segs += [""] * k
    del r
    return texts, dirs, segs


# -- fitting ---------------------------------------------------------------------------------------
def _fit_layer(
    x: sp.csr_matrix,
    y: Sequence[str],
    weights: np.ndarray | None,
    c: float,
    cfg: TrainingConfig,
    seed: int,
) -> LinearLayer:
    """Multinomial logistic regression on the features present; weights kept sparse."""
    from sklearn.linear_model import LogisticRegression

    used = np.unique(x.indices)
    remap = np.full(x.shape[1], -1, dtype=np.int64)
    remap[used] = np.arange(used.shape[0])
    xc = sp.csr_matrix((x.data, remap[x.indices], x.indptr), shape=(x.shape[0], used.shape[0]))
    classes = sorted(set(y))
    if len(classes) == 1:  # one segment only: nothing to learn
        return LinearLayer(
            features=used.astype(np.int32),
            weights=np.zeros((used.shape[0], 1), np.float32),
            bias=np.zeros(1, np.float32),
            classes=classes,
        )
    if cfg.learner == "cnb":
        from sklearn.naive_bayes import ComplementNB

        model = ComplementNB(alpha=cfg.nb_alpha)
    elif cfg.learner == "lr":
        model = LogisticRegression(C=c, max_iter=cfg.max_iter, tol=1e-4, random_state=seed)
    else:
        from sklearn.svm import LinearSVC

        model = LinearSVC(C=c, tol=1e-3, max_iter=cfg.max_iter, random_state=seed)
    model.fit(xc, list(y), sample_weight=weights)
    if cfg.learner == "cnb":
        coef = model.feature_log_prob_.astype(np.float32)
        bias = np.zeros(coef.shape[0], np.float32)
    else:
        coef = model.coef_.astype(np.float32)
        bias = model.intercept_.astype(np.float32)
    if coef.shape[0] == 1:  # binary: sklearn keeps one row; make it a 2-class softmax
        coef = np.vstack([-coef / 2, coef / 2])
        bias = np.array([-bias[0] / 2, bias[0] / 2], np.float32)
    return LinearLayer(
        features=used.astype(np.int32),
        weights=np.ascontiguousarray(coef.T),
        bias=bias,
        classes=[str(c) for c in model.classes_],
    )


_GENERIC_KEYS = (
    "boilerplate",
    "scope_heads",
    "scope_tails",
    "licence_heads",
    "main_templates",
    "side_templates",
    "scope_templates",
    "intro_templates",
    "fillers",
)


def generic_features(hasher: Hasher) -> np.ndarray:
    """Buckets of every n-gram in the shared generic text (templates without their
    placeholders, fillers, boilerplate): these must not favour any class."""
    g = _load_vocab("generic.toml")
    pieces = [p for key in _GENERIC_KEYS for t in g[key] for p in re.split(r"\{[A-Z]\}", t)]
    x = hasher.transform([p for p in pieces if p.strip()])
    return np.unique(x.indices)


def _neutralise(layer: LinearLayer, buckets: np.ndarray) -> int:
    """Make the weights of ``buckets`` equal across classes; returns how many rows."""
    rows = np.flatnonzero(np.isin(layer.features, buckets))
    if rows.shape[0]:
        w = layer.weights[rows]
        layer.weights[rows] = w.mean(axis=1, keepdims=True)
    return int(rows.shape[0])


def _fit(
    texts: list[str],
    dirs: list[str],
    segs: list[str],
    weights: np.ndarray,
    cat: Catalog,
    cfg: TrainingConfig,
    seed: int,
) -> DirectionClassifier:
    hasher = cfg.hasher
    x = hasher.transform(texts)
    dir_layer = _fit_layer(x, dirs, weights, cfg.c_direction, cfg, seed)
    seg_layers: dict[str, LinearLayer] = {}
    dirs_arr = np.array(dirs)
    segs_arr = np.array(segs)
    for d in cat.directions:
        rows = np.flatnonzero((dirs_arr == d.code) & (segs_arr != ""))
        if rows.shape[0] == 0:
            continue
        seg_layers[d.code] = _fit_layer(
            x[rows], segs_arr[rows].tolist(), weights[rows], cfg.c_segment, cfg, seed
        )
    generic = generic_features(hasher)
    for layer in (dir_layer, *seg_layers.values()):
        _neutralise(layer, generic)
    return DirectionClassifier(
        hasher=hasher,
        dir_layer=dir_layer,
        seg_layers=seg_layers,
        segment_names={s.code: s.name for s in cat.segments()},
        direction_names={d.code: d.name for d in cat.directions},
    )


def _fit_temperature(model: DirectionClassifier, scores: np.ndarray, dirs: list[str]) -> float:
    """Softmax temperature of minimum log-loss on held-out scores; set on ``model``."""
    idx = {c: i for i, c in enumerate(model.dir_layer.classes)}
    y = np.array([idx[d] for d in dirs])
    best_t, best_nll = 1.0, math.inf
    for t in np.geomspace(0.05, 5.0, 60):
        z = scores / t
        z -= z.max(axis=1, keepdims=True)
        logp = z - np.log(np.exp(z).sum(axis=1, keepdims=True))
        nll = -logp[np.arange(len(y)), y].mean()
        if nll < best_nll:
            best_t, best_nll = float(t), float(nll)
    model.temperature = best_t
    return best_t


def in_out_f1(truth: Sequence[str], pred: Sequence[str]) -> float:
    """F1 of "in the catalog" (any direction) against none."""
    t = np.asarray([bool(x) for x in truth])
    p = np.asarray([bool(x) for x in pred])
    tp = int(np.sum(t & p))
    wrong = int(np.sum(t != p))
    return 0.0 if tp == 0 else 2 * tp / (2 * tp + wrong)


@dataclass
class _RuleSet:
    """Probabilities of one calibration set, the model that made them, and the truth."""

    name: str
    model: DirectionClassifier
    probs: np.ndarray
    truth: list[str]


def _fit_none_rule(sets: Sequence[_RuleSet]) -> dict[str, float]:
    """Choose the none threshold and none ratio (set on every model of ``sets``).

    The objective is the mean over the sets, each counted once whatever its size, of
    (macro-F1 over its labels, none included, + in/out-of-catalog F1) / 2. The generated
    held-out texts alone favour a low threshold (their unseen-word catalog texts are the cost
    of a high one); the real-style calibration firms show what a low threshold costs (ordinary
    firms given a direction with a low probability). Ties go to the smaller ratio, then the
    smaller threshold.
    """
    best: tuple[float, float, float] = (-1.0, 0.0, 1.0)  # objective, threshold, ratio
    for ratio in (1.0, 1.5, 2.0, 3.0, 5.0):
        for tau in np.linspace(0.0, 0.8, 33):
            total = 0.0
            for s in sets:
                s.model.none_ratio, s.model.none_threshold = ratio, float(tau)
                pred = s.model.decide(s.probs)[0]
                total += (macro_f1(s.truth, pred) + in_out_f1(s.truth, pred)) / 2
            score = total / len(sets)
            if score > best[0] + 1e-9:
                best = (score, float(tau), ratio)
    _, tau, ratio = best
    out: dict[str, float] = {"none_threshold": tau, "none_ratio": ratio, "none_objective": best[0]}
    for s in sets:
        s.model.none_threshold, s.model.none_ratio = tau, ratio
        pred = s.model.decide(s.probs)[0]
        out[f"{s.name}_macro_f1"] = macro_f1(s.truth, pred)
        out[f"{s.name}_in_out_f1"] = in_out_f1(s.truth, pred)
    return out


def calibration_firms(cat: Catalog | None = None) -> list[dict[str, str]]:
    """The hand-written calibration firms (resources/training/calibration.toml).

    With a catalog, only firms that are none or of one of its directions are kept.
    """
    firms = [dict(f) for f in _load_vocab("calibration.toml").get("firms", [])]
    if cat is not None:
        known = set(cat.direction_codes)
        firms = [f for f in firms if not f.get("direction") or f["direction"] in known]
    return firms


def calibration_text(firm: dict[str, str]) -> str:
    """A calibration firm's text, built like a database firm's (:func:`firm_text`)."""
    return firm_text(
        {
            "name": firm.get("name", ""),
            "industry": firm.get("industry", ""),
            "main_business": firm.get("text", ""),
            "business_scope": firm.get("business_scope", ""),
            "introduction": firm.get("introduction", ""),
        }
    )


def macro_f1(
    truth: Sequence[str], pred: Sequence[str], labels: Sequence[str] | None = None
) -> float:
    """Macro-F1 over ``labels`` (default: every label seen in ``truth``, none included)."""
    labels = sorted(set(truth)) if labels is None else list(labels)
    t = np.asarray(truth, dtype=object)
    p = np.asarray(pred, dtype=object)
    f1s = []
    for lab in labels:
        tp = int(np.sum((t == lab) & (p == lab)))
        fp = int(np.sum((t != lab) & (p == lab)))
        fn = int(np.sum((t == lab) & (p != lab)))
        f1s.append(0.0 if tp == 0 else 2 * tp / (2 * tp + fp + fn))
    return float(np.mean(f1s)) if f1s else 0.0


def _clean_corrections(
    cat: Catalog, corrections: Sequence[Correction]
) -> tuple[list[Correction], dict[str, int]]:
    """Keep usable corrections; a segment unknown to this catalog keeps only its direction."""
    known_dirs = set(cat.direction_codes)
    out: list[Correction] = []
    report: Counter[str] = Counter()
    for text, direction, segment in corrections:
        direction = direction or NONE
        segment = segment or ""
        if not (text or "").strip():
            report["empty_text"] += 1
            continue
        if direction != NONE and direction not in known_dirs:
            report["unknown_direction"] += 1
            continue
        if direction == NONE:
            segment = ""
        elif segment:
            seg = cat.segment(segment)
            if seg is None or seg.direction != direction:
                report["unknown_segment"] += 1
                segment = ""
        out.append((text, direction, segment))
    return out, dict(report)


def train(
    catalog: Catalog,
    corrections: Sequence[Correction] = (),
    seed: int = 0,
    config: TrainingConfig | None = None,
    pseudo_labels: Sequence[Correction] = (),
) -> DirectionClassifier:
    """Train a classifier from the catalog (and staff corrections); deterministic for a seed.

    ``pseudo_labels`` are real firms' texts with the model's own sure calls (self-training on
    the bureau's database): added with ``pseudo_weight``, below a staff correction's."""
    cfg = config or TrainingConfig()
    started = time.perf_counter()
    none_vocab = _load_vocab("none.toml")
    seg_vocab = _load_vocab("directions.toml") if cfg.extra_vocabulary else {}
    rng = random.Random(seed)
    full, train_src, held_src = _sources(catalog, none_vocab, seg_vocab, rng, cfg.holdout_share)

    # 1. calibration: train on part of the words, score texts made of the other part (the
    # temperature), then choose the none rule on those texts and on the hand-written
    # calibration firms, both scored by this probe: one probability scale, and its missing
    # 30 % of the words stand for the vocabulary gaps real catalog firms hit (the calibration
    # firms were written from the same knowledge as the vocabulary, so the final model would
    # find their catalog firms too easy and push the threshold up).
    gen = _Generator(catalog, random.Random(seed + 1), cfg)
    t_a, d_a, s_a = _generate(gen, train_src, cfg, scale=0.6)
    t_b, d_b, _ = _generate(gen, held_src, cfg, scale=0.25)
    probe = _fit(t_a, d_a, s_a, np.ones(len(t_a), np.float32), catalog, cfg, seed)
    probe_scores = probe.raw_scores(t_b)
    temperature = _fit_temperature(probe, probe_scores, d_b)
    sets = [_RuleSet("holdout", probe, probe.probabilities(probe_scores), d_b)]
    firms = calibration_firms(catalog) if cfg.use_calibration_firms else []
    if firms:
        scores = probe.raw_scores([calibration_text(f) for f in firms])
        truth = [f.get("direction", "") or NONE for f in firms]
        sets.append(_RuleSet("calibration", probe, probe.probabilities(scores), truth))
    calib = _fit_none_rule(sets)

    # 2. the model: every word, plus staff corrections
    gen = _Generator(catalog, random.Random(seed + 2), cfg)
    texts, dirs, segs = _generate(gen, full, cfg)
    weights = np.ones(len(texts), np.float32)
    usable, report = _clean_corrections(catalog, corrections)
    pseudo, _ = _clean_corrections(catalog, pseudo_labels)
    for extra, weight in ((usable, cfg.correction_weight), (pseudo, cfg.pseudo_weight)):
        texts += [c[0] for c in extra]
        dirs += [c[1] for c in extra]
        segs += [c[2] for c in extra]
        weights = np.concatenate([weights, np.full(len(extra), weight, np.float32)])
    model = _fit(texts, dirs, segs, weights, catalog, cfg, seed)
    model.temperature = temperature
    model.none_threshold = calib["none_threshold"]
    model.none_ratio = calib["none_ratio"]
    n_corr = Counter(d for _, d, _ in usable)
    model.meta = {
        "id": model._fingerprint()[:12],
        "version": MODEL_VERSION,
        "catalog_version": catalog.version,
        "trained_at": datetime.now().isoformat(timespec="seconds"),
        "seed": seed,
        "training": {
            "synthetic_texts": len(texts) - len(usable) - len(pseudo),
            "corrections": len(usable),
            "pseudo_labels": len(pseudo),
            "corrections_by_direction": {k or "none": v for k, v in sorted(n_corr.items())},
            "corrections_skipped": report,
            "features": int(model.dir_layer.features.shape[0]),
            "hasher": cfg.hasher.config(),
            "seconds": round(time.perf_counter() - started, 1),
        },
        "metrics": {
            "holdout_macro_f1": round(calib["holdout_macro_f1"], 4),
            "holdout_in_out_f1": round(calib["holdout_in_out_f1"], 4),
            "calibration_firms": len(firms),
            **{
                k: round(calib[k], 4)
                for k in ("calibration_macro_f1", "calibration_in_out_f1")
                if k in calib
            },
            "temperature": round(temperature, 4),
            "none_threshold": round(calib["none_threshold"], 4),
            "none_ratio": calib["none_ratio"],
        },
    }
    return model
