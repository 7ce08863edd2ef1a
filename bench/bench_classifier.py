"""Benchmark of the direction classifier: quality on real firms first, then on the team's own
sets, corrections gain, throughput.

    .venv/bin/python bench/bench_classifier.py                 # everything, 1,000,000 texts
    .venv/bin/python bench/bench_classifier.py --n 200000 --skip-gain
    .venv/bin/python bench/bench_classifier.py --db-firms 200000   # also the app path (SQLite)

Quality on real text comes first: the 581 Shenzhen/Guangzhou listed firms of ../shared/data with
two analysts' direction labels (bench/real_dev.py). The real-firm layer that makes the call
(scoring/calibration.py) learned from those labels, so its figures are cross-validated (5 folds,
seeds 0-2: every firm judged by a layer fitted without it), with the calibration table (stated
confidence vs observed accuracy, ECE), per-direction F1 and the confusions of neighbouring
directions; then the transfer between the cities (the layer fitted on the Shenzhen firms, judged
on the Guangzhou ones, and the reverse): the product is judged on firms of other cities. The text model alone (which never saw these firms) and the plain keyword rule are
shown beside it. The corrections gain on real text: the dev set is halved; N firms of one half
become staff corrections, the layer is fitted on that half, and both are judged on the other.
Adaptation to unlabelled real text (section 3b): nested as above, the layer's sure calls on the
judged fold's texts (without labels) and the 64 Dongguan firms teach the n-gram model the pool's
new n-grams; the line `adaptation: Δ macro-F1` compares the same folds with and without.

Secondary, the team's own hand-written labelled sets of fictional firms (bench/data):
``eval_firms.csv`` (413, "dev": its errors were studied to find missing concepts, so it is
optimistic), ``eval_firms_holdout.csv`` (134, never studied), ``eval_firms_realstyle.csv``
(214, real registry/exchange style: industry label, exchange-style main business, long
registry scope, introduction; diversified groups and hard nones; written before the
Nov 2026 changes) and ``eval_firms_short.csv`` (66, one-line exchange summaries with an
industry label, written after those changes as fresh held-out data) and
``eval_firms_products.csv`` (185, one- or two-line main businesses naming concrete products,
components, materials and services, with many ordinary trades that share characters with
catalog words; written before the vocabulary widening of Nov 2026 and never studied one firm
at a time). Reported: macro-F1 over the
21 directions, accuracy, in/out-of-catalog F1, per-direction F1, confusions between
neighbouring directions, segment accuracy, calibration, and a plain keyword-rule baseline.
The calibration firms the none rule is fitted on (resources/training/calibration.toml, read
from the package data: the app ships without bench/) are shown apart, never as an eval set.

The corrections gain curve: the dev set is split in two (stratified, per seed); N items of
one half become staff corrections (retrain), and the model is measured on the other half
plus the holdout set, for N = 0, 20, 50, 100, 200, averaged over seeds.

Throughput runs in a child process, so that its peak memory is its own: N synthetic firm
texts of about 300 characters, classified in batches on a 2-thread pool.
"""

from __future__ import annotations

import argparse
import csv
import itertools
import json
import os
import random
import resource
import subprocess
import sys
import time
import warnings
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
warnings.simplefilter("ignore")

from scoring.text import SCOPE_MARK  # noqa: E402

NEIGHBOURS = [
    ("it.terminal", "it.components", "it.iot"),
    ("it.ai", "it.cloud", "it.ict"),
    ("equip.robot", "equip.intelligent", "equip.service_robot"),
    ("equip.laser", "equip.intelligent"),
    ("energy.nev", "energy.battery"),
    ("energy.battery", "energy.renewable", "energy.smart_grid"),
    ("bio.pharma", "bio.health_food", "bio.services"),
    ("bio.device", "bio.health"),
    ("mat.advanced", "mat.frontier"),
]


def load_set(name: str) -> list[dict[str, str]]:
    with (ROOT / "bench" / "data" / name).open(encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def load_calibration() -> list[dict[str, str]]:
    """The calibration firms the none rule is fitted on (resources/training/calibration.toml):
    shown for reference, never an evaluation set."""
    from scoring.training import calibration_firms

    cols = ("id", "name", "text", "direction", "segment", "note", "industry")
    return [
        {k: str(f.get(k, "")) for k in (*cols, "business_scope", "introduction")}
        for f in calibration_firms()
    ]


def text_of(row: dict[str, str]) -> str:
    from scoring.text import firm_text

    return firm_text(
        {
            "name": row["name"],
            "main_business": row["text"],
            "industry": row.get("industry", ""),
            "business_scope": row.get("business_scope", ""),
            "introduction": row.get("introduction", ""),
        }
    )


def f1_table(truth: list[str], pred: list[str], labels: list[str]) -> dict[str, dict[str, float]]:
    out = {}
    for lab in labels:
        tp = sum(1 for t, p in zip(truth, pred, strict=True) if t == lab and p == lab)
        fp = sum(1 for t, p in zip(truth, pred, strict=True) if t != lab and p == lab)
        fn = sum(1 for t, p in zip(truth, pred, strict=True) if t == lab and p != lab)
        prec = tp / (tp + fp) if tp + fp else 0.0
        rec = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
        out[lab] = {"precision": prec, "recall": rec, "f1": f1, "support": tp + fn}
    return out


def metrics(truth: list[str], pred: list[str], directions: list[str]) -> dict[str, float]:
    table = f1_table(truth, pred, directions)
    tin = [bool(t) for t in truth]
    pin = [bool(p) for p in pred]
    tp = sum(a and b for a, b in zip(tin, pin, strict=True))
    fp = sum((not a) and b for a, b in zip(tin, pin, strict=True))
    fn = sum(a and not b for a, b in zip(tin, pin, strict=True))
    return {
        "n": len(truth),
        "macro_f1": sum(v["f1"] for v in table.values()) / len(table),
        "accuracy": sum(t == p for t, p in zip(truth, pred, strict=True)) / len(truth),
        "in_out_f1": 2 * tp / (2 * tp + fp + fn) if tp else 0.0,
        "none_as_direction": fp,
        "direction_as_none": fn,
    }


def keyword_baseline(rows: list[dict[str, str]], cat) -> list[str]:
    """Plain rules: the direction whose catalog keywords occur most often; none if none do."""
    words: dict[str, list[str]] = {}
    for d in cat.directions:
        ws = set(d.keywords)
        for s in d.segments:
            ws.update(s.keywords)
            ws.update(s.products)
        words[d.code] = sorted(ws)
    out = []
    for r in rows:
        text = " ".join(
            r.get(k, "") for k in ("name", "industry", "text", "business_scope", "introduction")
        )
        hits = {d: sum(text.count(w) for w in ws) for d, ws in words.items()}
        best = max(hits, key=lambda d: hits[d])
        out.append(best if hits[best] else "")
    return out


def pct(x: float) -> str:
    return f"{x * 100:5.1f}"


def report_quality(model, cat, sets: dict[str, list[dict[str, str]]]) -> dict:
    directions = list(cat.direction_codes)
    result: dict = {}
    preds = {}
    for name, rows in sets.items():
        p = model.predict(
            [text_of(r) for r in rows], industries=[r.get("industry", "") for r in rows]
        )
        preds[name] = p
        truth = [r["direction"] for r in rows]
        m = metrics(truth, p.directions, directions)
        # before: the real firms' n-gram model read the registry scope too (the mark removed,
        # its line is an ordinary one); the text model reads the same n-grams either way
        whole = model.predict(
            [text_of(r).replace(SCOPE_MARK, "") for r in rows],
            industries=[r.get("industry", "") for r in rows],
        )
        m_whole = metrics(truth, whole.directions, directions)
        m["ngrams_on_whole_text"] = {k: m_whole[k] for k in ("macro_f1", "accuracy", "in_out_f1")}
        base = metrics(truth, keyword_baseline(rows, cat), directions)
        segs = [
            (r["segment"], s)
            for r, s, d in zip(rows, p.segments, p.directions, strict=True)
            if r["segment"] and d == r["direction"]
        ]
        m["segment_accuracy"] = sum(a == b for a, b in segs) / len(segs) if segs else 0.0
        result[name] = {"model": m, "keyword_rules": base}
        print(
            f"  {name:8s} n={m['n']:3d}  macro-F1 {pct(m['macro_f1'])}  accuracy {pct(m['accuracy'])}"
            f"  in/out F1 {pct(m['in_out_f1'])}  segment acc {pct(m['segment_accuracy'])}"
            f"  (none→dir {m['none_as_direction']}, dir→none {m['direction_as_none']})"
        )
        if any(r.get("business_scope") for r in rows):
            print(
                f"  {'':8s} n-grams reading the scope too (before): macro-F1 "
                f"{pct(m_whole['macro_f1'])}  accuracy {pct(m_whole['accuracy'])}  in/out F1 "
                f"{pct(m_whole['in_out_f1'])}"
            )
        print(
            f"  {'':8s} keyword rules: macro-F1 {pct(base['macro_f1'])}  accuracy "
            f"{pct(base['accuracy'])}  in/out F1 {pct(base['in_out_f1'])}"
        )
    rows = [r for rs in sets.values() for r in rs]
    truth = [r["direction"] for r in rows]
    pred = [d for p in preds.values() for d in p.directions]
    prob = [float(x) for p in preds.values() for x in p.direction_prob]
    table = f1_table(truth, pred, ["", *directions])
    print("\n  Per direction (all sets):   P      R      F1   support")
    for lab, v in table.items():
        print(
            f"    {lab or '(none)':22s} {pct(v['precision'])} {pct(v['recall'])} {pct(v['f1'])}"
            f"   {v['support']:4d}"
        )
    result["per_direction"] = table
    print("\n  Confusions between neighbouring directions (all sets, truth → predicted):")
    conf = Counter((t, p) for t, p in zip(truth, pred, strict=True) if t != p)
    result["neighbour_confusions"] = {}
    for group in NEIGHBOURS:
        cells = {f"{a}→{b}": conf[(a, b)] for a in group for b in group if a != b}
        result["neighbour_confusions"][" / ".join(group)] = cells
        support = sum(1 for t in truth if t in group)
        wrong = sum(cells.values())
        detail = ", ".join(f"{k} {v}" for k, v in cells.items() if v) or "none"
        print(f"    {' / '.join(group):50s} {wrong:2d} of {support:3d}: {detail}")
    print("\n  Most frequent confusions overall:")
    for (t, p), n in conf.most_common(8):
        print(f"    {t or '(none)':20s} → {p or '(none)':20s} {n}")
    result["top_confusions"] = [[t, p, n] for (t, p), n in conf.most_common(15)]
    print("\n  Calibration (all sets): confidence of the decision vs. share right")
    bins = [0.0, 0.5, 0.7, 0.9, 0.99, 1.01]
    result["calibration"] = []
    for lo, hi in itertools.pairwise(bins):
        idx = [i for i, x in enumerate(prob) if lo <= x < hi]
        if idx:
            right = sum(truth[i] == pred[i] for i in idx) / len(idx)
            print(f"    [{lo:.2f}, {min(hi, 1.0):.2f})  n={len(idx):3d}  right {pct(right)}")
            result["calibration"].append(
                {"from": lo, "to": min(hi, 1.0), "n": len(idx), "right": right}
            )
    dev_rows = sets.get("dev", [])
    if dev_rows:
        wrong = [
            (r, d, float(pr))
            for r, d, pr in zip(
                dev_rows, preds["dev"].directions, preds["dev"].direction_prob, strict=True
            )
            if d != r["direction"]
        ]
        print(f"\n  Dev-set errors ({len(wrong)}; the holdout set's are not listed on purpose):")
        for r, d, pr in wrong:
            print(
                f"    {r['id']} {r['direction'] or '(none)'} → {d or '(none)'} {pr:.2f}  {r['name']}  {r['note']}"
            )
    return result


# -- the real dev set ------------------------------------------------------------------------------
def report_real(cat, text_model, seeds: list[int]) -> dict:
    """Cross-validated figures of the real-firm layer on the real dev set, and baselines."""
    import numpy as np
    import real_dev

    from scoring import calibration, concordance

    data = real_dev.load()
    texts = data.texts()
    classes = text_model.dir_layer.classes
    logp = calibration.text_logp(text_model.raw_scores(texts), text_model.temperature)
    clause = text_model.clause_logp(texts)
    x = text_model.hasher.transform(texts)  # for the real firms' n-grams, fitted per fold
    mention = calibration.mentions(clause, text_model.dir_layer.classes)
    shipped = calibration.load_shipped()
    cap = shipped.mention_none_cap if shipped is not None else 1.0
    conc = concordance.expected_directions
    out: dict = {"n": len(texts)}
    runs = []
    for seed in seeds:
        pred, conf, _ = calibration.cross_val_predict(
            logp, data.industries, data.truth, classes, conc, seed=seed, clause_logp=clause, x=x
        )
        conf = calibration.cap_none_calls(pred, conf, mention, cap)  # the product's rule
        runs.append((pred, conf, real_dev.score(data, pred, conf.tolist())))
    keys = ("macro_f1", "accuracy", "in_out_f1", "ece")
    mean = {k: float(np.mean([r[2][k] for r in runs])) for k in keys}
    out["cross_validated"] = {"seeds": seeds, **mean}
    print(
        f"  real-firm layer, cross-validated (5-fold, seeds {seeds}): macro-F1 {pct(mean['macro_f1'])}"
        f"  accuracy {pct(mean['accuracy'])}  in/out F1 {pct(mean['in_out_f1'])}  "
        f"ECE {mean['ece']:.3f}   targets: macro-F1 >= 80.0, in/out F1 >= 90.0"
    )
    for seed, (_, _, s) in zip(seeds, runs, strict=True):
        print(
            f"    seed {seed}: macro-F1 {pct(s['macro_f1'])}  accuracy {pct(s['accuracy'])}  "
            f"in/out F1 {pct(s['in_out_f1'])}  ECE {s['ece']:.3f}"
        )
    # the n-gram model the layer reads: logistic regression (shipped) against the naive Bayes
    # it replaced (docs/classifier.md), same folds
    nb = []
    for seed in seeds:
        pred, _, _ = calibration.cross_val_predict(
            logp,
            data.industries,
            data.truth,
            classes,
            conc,
            seed=seed,
            clause_logp=clause,
            x=x,
            ngram_method="nb",
        )
        nb.append(real_dev.score(data, pred)["macro_f1"])
    out["ngrams_naive_bayes"] = {"macro_f1": float(np.mean(nb))}
    print(
        "    the same with the real firms' n-grams by naive Bayes (before): macro-F1 "
        + " / ".join(pct(v) for v in nb)
        + f" (mean {pct(float(np.mean(nb)))})"
    )
    out["city_transfer"] = report_city_transfer(data, logp, clause, x, classes, mention, cap)
    saved, text_model.real = text_model.real, None
    p = text_model.predict(texts)
    text_model.real = saved
    base = real_dev.score(data, p.directions, [float(x) for x in p.direction_prob])
    out["text_model_alone"] = {k: base[k] for k in keys}
    print(
        f"  text model alone (old none rule; never saw these firms): macro-F1 "
        f"{pct(base['macro_f1'])}  accuracy {pct(base['accuracy'])}  in/out F1 "
        f"{pct(base['in_out_f1'])}  ECE {base['ece']:.3f}; calls none "
        f"{sum(1 for d in p.directions if not d) / len(texts):.0%} (analysts: "
        f"{sum(1 for t in data.truth if not t) / len(texts):.0%})"
    )
    kw_rows = [
        {"name": r["name"], "industry": r["所属行业"], "text": r["main_business"]}
        for r in data.rows
    ]
    kw = real_dev.score(data, keyword_baseline(kw_rows, cat))
    out["keyword_rules"] = {k: kw[k] for k in ("macro_f1", "accuracy", "in_out_f1")}
    print(
        f"  keyword rules (catalog words, most hits wins): macro-F1 {pct(kw['macro_f1'])}  "
        f"accuracy {pct(kw['accuracy'])}  in/out F1 {pct(kw['in_out_f1'])}"
    )
    s0 = runs[0][2]
    print("\n  Per class (cross-validated, seed 0; classes with >= 3 firms):   F1   firms")
    for c, (f1, n) in sorted(s0["per_class"].items(), key=lambda kv: -kv[1][1]):
        print(f"    {c or '(none)':22s} {pct(f1)}   {n:4d}")
    out["per_class"] = {c or "none": v for c, v in s0["per_class"].items()}
    wrong = Counter((t, p) for t, p in s0["pairs"] if t != p)
    print("\n  Confusions between neighbouring directions (seed 0, truth → called):")
    for group in NEIGHBOURS:
        cells = {f"{a}→{b}": wrong[(a, b)] for a in group for b in group if a != b}
        detail = ", ".join(f"{k} {v}" for k, v in cells.items() if v) or "none"
        print(f"    {' / '.join(group):50s} {detail}")
    other_domain = sum(
        v for (t, p), v in wrong.items() if t and p and t.split(".")[0] != p.split(".")[0]
    )
    print(
        f"    catalog → none {sum(v for (t, p), v in wrong.items() if t and not p)}, "
        f"none → catalog {sum(v for (t, p), v in wrong.items() if p and not t)}, "
        f"other domain {other_domain}"
    )
    print("\n  Calibration (cross-validated, all seeds): stated confidence vs observed accuracy")
    right = [t == p for _, _, s in runs for t, p in s["pairs"]]
    conf_all = [float(c) for _, conf, _ in runs for c in conf]
    table = real_dev.calibration_table(right, conf_all)
    for lo, hi, n, stated, observed in table["bins"]:
        print(
            f"    [{lo:.1f}, {hi:.1f})  n={n // len(seeds):4d}  stated {pct(stated)}  "
            f"observed {pct(observed)}"
        )
    print(f"    expected calibration error {table['ece']:.3f}")
    from scoring import confidence

    print("  把握 bands (scoring/confidence.py):")
    for name, lo, hi in (
        ("高", confidence.HIGH, 1.01),
        ("中", confidence.LOW, confidence.HIGH),
        ("低", 0.0, confidence.LOW),
    ):
        idx = [i for i, c in enumerate(conf_all) if lo <= c < hi]
        acc = sum(right[i] for i in idx) / len(idx) if idx else 0.0
        print(f"    {name}  {len(idx) / len(conf_all):5.1%} of firms, {pct(acc)} % right")
    out["calibration"] = table
    return out


def report_city_transfer(data, logp, clause, x, classes, mention, cap: float) -> dict:
    """The layer fitted on the firms of one city, judged on the other's: the product is judged
    on firms of other cities, and cross-validation over firms mixed from both cities cannot
    show how much of what the layer learned (the n-grams, the label counts) is local."""
    import numpy as np
    import real_dev

    from scoring import calibration, concordance

    city = np.array([r["city"] for r in data.rows])
    out = {}
    print("  Transfer between the cities (the layer fitted on one city's firms only):")
    for judged in sorted(set(city.tolist())):
        tr, te = np.flatnonzero(city != judged), np.flatnonzero(city == judged)
        pred, conf, _ = calibration.cross_val_predict(
            logp,
            data.industries,
            data.truth,
            classes,
            concordance.expected_directions,
            clause_logp=clause,
            x=x,
            splits=[(tr, te)],
        )
        conf = calibration.cap_none_calls(pred, conf, mention, cap)
        sub = real_dev.RealDev(
            [data.codes[i] for i in te],
            [data.rows[i] for i in te],
            [data.truth[i] for i in te],
            [data.accept[i] for i in te],
        )
        s = real_dev.score(sub, [pred[i] for i in te], [float(conf[i]) for i in te])
        out[judged] = {k: s[k] for k in ("n", "macro_f1", "accuracy", "in_out_f1", "ece")}
        print(
            f"    fitted on {len(tr)} firms of the other city, judged on {len(te)} of {judged}: "
            f"macro-F1 {pct(s['macro_f1'])}  accuracy {pct(s['accuracy'])}  in/out F1 "
            f"{pct(s['in_out_f1'])}  ECE {s['ece']:.3f}  ({len(s['per_class'])} classes)"
        )
    return out


def report_real_gain(cat, ns: list[int], seeds: list[int]) -> dict:
    """N staff corrections from one half of the real dev set → Δ macro-F1 on the other half
    (the layer is fitted on the first half only, so the judged half stays unseen)."""
    import numpy as np
    import real_dev
    from sklearn.model_selection import StratifiedKFold

    from scoring import calibration, concordance
    from scoring.training import train

    data = real_dev.load()
    texts = data.texts()
    conc = concordance.expected_directions
    counts = Counter(data.truth)
    strata = [t if counts[t] >= 2 else "~rare" for t in data.truth]
    curve: dict[int, list[dict]] = defaultdict(list)
    for seed in seeds:
        pool, test = next(
            StratifiedKFold(2, shuffle=True, random_state=seed).split(np.zeros(len(texts)), strata)
        )
        order = list(pool)
        random.Random(seed).shuffle(order)
        for n in ns:
            corr = [(texts[i], data.truth[i], "") for i in order[:n]]
            model = train(cat, corr, seed=0)
            classes = model.dir_layer.classes
            lp_all = calibration.text_logp(model.raw_scores(texts), model.temperature)
            cl_all = model.clause_logp(texts)
            x_all = model.hasher.transform(texts)
            y_pool = [data.truth[i] for i in pool]
            layer = calibration.fit(
                lp_all[pool],
                [data.industries[i] for i in pool],
                y_pool,
                classes,
                conc,
                cl_all[pool],
                ngram_logp=calibration.ngram_oof(x_all[pool], y_pool, classes, seed=100 + seed),
            )
            ngrams = calibration.RealNgrams.fit(x_all[pool], y_pool, classes)
            p = layer.probabilities(
                lp_all[test],
                [data.industries[i] for i in test],
                conc,
                cl_all[test],
                ngrams.logp(x_all[test]),
            )
            pred, _ = calibration.decide(p, classes)
            sub = real_dev.RealDev(
                [data.codes[i] for i in test],
                [data.rows[i] for i in test],
                [data.truth[i] for i in test],
                [data.accept[i] for i in test],
            )
            s = real_dev.score(sub, pred)
            curve[n].append(s)
            print(
                f"    split {seed}  N={n:3d}  macro-F1 {pct(s['macro_f1'])}  in/out F1 "
                f"{pct(s['in_out_f1'])}  (judged on {len(test)} firms)"
            )
    out = {}
    base = None
    print("  Mean over splits:")
    for n in ns:
        m = float(np.mean([s["macro_f1"] for s in curve[n]]))
        io = float(np.mean([s["in_out_f1"] for s in curve[n]]))
        base = m if base is None else base
        out[n] = {"macro_f1": m, "in_out_f1": io, "delta_macro_f1": m - base}
        print(
            f"    N={n:3d} corrections → macro-F1 {pct(m)} (Δ {100 * (m - base):+.1f})  "
            f"in/out F1 {pct(io)}"
        )
    return out


def _pool_texts() -> tuple[list[str], list[str]]:
    """The unlabelled real texts of ../shared/data besides the dev set: the 64 Dongguan listed
    firms (texts and industry labels)."""
    import real_dev

    from scoring.text import firm_text

    dg = real_dev.SHARED_DATA / "dg_companies.csv"
    if not dg.is_file():
        return [], []
    with dg.open(encoding="utf-8") as fh:
        firms = list(csv.DictReader(fh))
    with (real_dev.SHARED_DATA / "dg_companies_extra.csv").open(encoding="utf-8") as fh:
        extra = {r["stock_code"]: r for r in csv.DictReader(fh)}
    texts = [
        firm_text(
            {
                "name": f["name"],
                "short_name": f["short_name"],
                "industry": f["industry_src"],
                "main_business": f["main_business"],
                "introduction": extra.get(f["stock_code"], {}).get("introduction", ""),
            }
        )
        for f in firms
    ]
    return texts, [f["industry_src"] for f in firms]


def adapt_ngrams(ng0, x, target, weight, n_labelled: int, rho: float = 0.5, min_df: int = 2):
    """Self-training of the real firms' n-gram model (RealNgrams, one-vs-rest logistic) on
    pseudo-labelled unlabelled texts ``x`` (one-hot ``target`` rows, ``weight`` per row).

    Only n-grams the labelled firms never had (in at least ``min_df`` pool texts) get weights;
    the known weights and the biases stay. (Letting every weight and bias move towards the
    pseudo-labels under a ridge centred on the fitted model cost 0.04-0.10 macro-F1: the sure
    calls are mostly none, and one-vs-rest turns that mix into penalties on the directions.)
    The pool's total weight is ``rho`` times the labelled set; the ridge on the new weights is
    the fitted model's own L2 strength. Not in the product: no variant gained (docs/classifier.md)."""
    import numpy as np
    from scipy.optimize import minimize

    from scoring.calibration import NGRAM_L2, RealNgrams, _columns

    present = np.flatnonzero(ng0.firms > 0)
    df = np.bincount(x.indices, minlength=x.shape[1])
    known = np.zeros(x.shape[1], dtype=bool)
    known[ng0.features[ng0.features < x.shape[1]]] = True
    new = np.flatnonzero((df >= min_df) & ~known)
    if not new.size or not weight.any():
        return ng0
    xk = ng0.known_columns(x)
    fixed = np.asarray(xk @ ng0.weights[:, present], dtype=np.float64) + ng0.bias[present]
    xs = _columns(x, new)
    t = target[:, present]
    sw = weight * (rho * n_labelled / weight.sum())
    lam = n_labelled * NGRAM_L2
    k = len(present)

    def objective(v: np.ndarray) -> tuple[float, np.ndarray]:
        w = v.reshape(-1, k)
        z = xs @ w + fixed
        loss = (sw[:, None] * (np.logaddexp(0.0, z) - t * z)).sum() + 0.5 * lam * (w * w).sum()
        r = sw[:, None] * (0.5 * (1.0 + np.tanh(0.5 * z)) - t)
        return float(loss), (xs.T @ r + lam * w).ravel()

    res = minimize(objective, np.zeros(new.size * k), jac=True, method="L-BFGS-B")
    features = np.union1d(ng0.features, new)
    weights = np.zeros((features.size, len(ng0.classes)), dtype=np.float32)
    weights[np.searchsorted(features, ng0.features)] = ng0.weights
    sub = weights[np.searchsorted(features, new)]
    sub[:, present] = res.x.reshape(-1, k)
    weights[np.searchsorted(features, new)] = sub
    return RealNgrams(list(ng0.classes), features, weights, ng0.bias, ng0.firms, ng0.link)


def report_adaptation(cat, text_model, seeds: list[int]) -> dict:
    """Adaptation to unlabelled real text, measured on the real dev set, nested as the real
    figures are: in each of 5 folds the n-gram model and the layer are fitted on the other
    folds only; the layer labels the unlabelled pool (the judged fold's texts without their
    labels, and the 64 Dongguan listed firms); its sure calls (P >= 0.9) teach the n-gram model
    the pool's new n-grams (:func:`adapt_ngrams`), and the fold is judged with and without.
    What a bureau's database would do with its own texts; not in the product (no gain)."""
    import numpy as np
    import real_dev
    import scipy.sparse as sp

    from scoring import calibration, concordance

    data = real_dev.load()
    texts = data.texts()
    pool_texts, pool_labels = _pool_texts()
    classes = text_model.dir_layer.classes
    conc = concordance.expected_directions

    def features(tx: list[str]):
        return (
            calibration.text_logp(text_model.raw_scores(tx), text_model.temperature),
            text_model.clause_logp(tx),
            text_model.hasher.transform(tx),
        )

    logp, clause, x = features(texts)
    if pool_texts:
        g_logp, g_clause, g_x = features(pool_texts)
    labels, y = data.industries, data.truth
    rows = []
    cost = []
    for seed in seeds:
        base, adapted = [""] * len(y), [""] * len(y)
        used = []
        for tr, te in calibration._folds(y, 5, seed):
            y_tr = [y[i] for i in tr]
            ng_tr = calibration.ngram_oof(x[tr], y_tr, classes, 5, seed + 100)
            ng0 = calibration.RealNgrams.fit(x[tr], y_tr, classes)
            layer = calibration.fit(
                logp[tr], [labels[i] for i in tr], y_tr, classes, conc, clause[tr], ngram_logp=ng_tr
            )
            lab_te = [labels[i] for i in te]
            p = layer.probabilities(logp[te], lab_te, conc, clause[te], ng0.logp(x[te]))
            for j, d in zip(te, calibration.decide(p, classes)[0], strict=True):
                base[j] = d
            started = time.process_time()
            px = sp.vstack([x[te], g_x], format="csr") if pool_texts else x[te]
            plp = np.vstack([logp[te], g_logp]) if pool_texts else logp[te]
            pcl = np.vstack([clause[te], g_clause]) if pool_texts else clause[te]
            pp = layer.probabilities(plp, lab_te + pool_labels, conc, pcl, ng0.logp(px))
            sure = pp.max(axis=1) >= 0.9
            target = np.zeros_like(pp)
            target[np.arange(len(pp)), pp.argmax(axis=1)] = 1.0
            ng1 = adapt_ngrams(ng0, px[sure], target[sure], np.ones(int(sure.sum())), len(tr))
            cost.append(time.process_time() - started)
            used.append(int(sure.sum()))
            p = layer.probabilities(logp[te], lab_te, conc, clause[te], ng1.logp(x[te]))
            for j, d in zip(te, calibration.decide(p, classes)[0], strict=True):
                adapted[j] = d
        a, b = real_dev.score(data, base), real_dev.score(data, adapted)
        rows.append((a["macro_f1"], b["macro_f1"], a["in_out_f1"], b["in_out_f1"], np.mean(used)))
    m = np.mean(rows, axis=0)
    per_seed = " / ".join(f"{100 * (r[1] - r[0]):+.1f}" for r in rows)
    print(
        f"  pool per fold: the judged fold's {len(texts) // 5} texts + {len(pool_texts)} Dongguan"
        f" firms, {m[4]:.0f} sure calls\n"
        f"  without adaptation: macro-F1 {pct(m[0])}  in/out F1 {pct(m[2])}\n"
        f"  adaptation: Δ macro-F1 {100 * (m[1] - m[0]):+.1f} points (seeds {seeds}: {per_seed}),"
        f" Δ in/out F1 {100 * (m[3] - m[2]):+.1f}; one-off cost {np.mean(cost):.1f} s CPU per fold"
    )
    return {
        "seeds": seeds,
        "without": {"macro_f1": float(m[0]), "in_out_f1": float(m[2])},
        "adapted": {"macro_f1": float(m[1]), "in_out_f1": float(m[3])},
        "delta_macro_f1": float(m[1] - m[0]),
        "sure_calls_per_fold": float(m[4]),
        "cpu_seconds_per_fold": float(np.mean(cost)),
    }


def _split(rows: list[dict[str, str]], seed: int) -> tuple[list, list]:
    by: dict[str, list] = defaultdict(list)
    for r in rows:
        by[r["direction"]].append(r)
    rng = random.Random(seed)
    pool, test = [], []
    for _, group in sorted(by.items()):
        group = group[:]
        rng.shuffle(group)
        half = len(group) // 2
        pool += group[:half]
        test += group[half:]
    rng.shuffle(pool)
    return pool, test


def _stratified_take(pool: list[dict[str, str]], n: int) -> list[dict[str, str]]:
    """n items spread over directions as evenly as the pool allows (round robin)."""
    by: dict[str, list] = defaultdict(list)
    for r in pool:
        by[r["direction"]].append(r)
    keys = sorted(by)
    out: list[dict[str, str]] = []
    i = 0
    while len(out) < min(n, len(pool)):
        group = by[keys[i % len(keys)]]
        if group:
            out.append(group.pop(0))
        i += 1
    return out


def report_gain(cat, dev, holdout, ns, seeds, cfg) -> dict:
    from scoring.training import train

    directions = list(cat.direction_codes)
    curve: dict[int, list[dict[str, float]]] = defaultdict(list)
    for seed in seeds:
        pool, test = _split(dev, seed)
        test = test + holdout
        texts = [text_of(r) for r in test]
        truth = [r["direction"] for r in test]
        for n in ns:
            chosen = _stratified_take(pool, n)
            corr = [(text_of(r), r["direction"], r["segment"]) for r in chosen]
            t0 = time.perf_counter()
            model = train(cat, corr, seed=0, config=cfg)
            took = time.perf_counter() - t0
            m = metrics(truth, model.predict(texts).directions, directions)
            m["train_seconds"] = took
            curve[n].append(m)
            print(
                f"    split {seed}  N={n:3d}  macro-F1 {pct(m['macro_f1'])}  accuracy {pct(m['accuracy'])}"
                f"  in/out F1 {pct(m['in_out_f1'])}  (train {took:.1f} s, test n={len(test)})"
            )
    print("\n  Mean over splits:")
    out = {}
    for n in ns:
        ms = curve[n]
        mean = {k: sum(m[k] for m in ms) / len(ms) for k in ("macro_f1", "accuracy", "in_out_f1")}
        out[n] = mean
        print(
            f"    N={n:3d}  macro-F1 {pct(mean['macro_f1'])}  accuracy {pct(mean['accuracy'])}"
            f"  in/out F1 {pct(mean['in_out_f1'])}"
        )
    return out


# -- throughput (child process) -----------------------------------------------------------------
def synthetic_pool(cat, size: int, seed: int) -> list[str]:
    """Varied ~300-character firm texts from catalog and none vocabularies plus boilerplate."""
    import tomllib

    import resources

    g = tomllib.loads(resources.path("training", "generic.toml").read_text(encoding="utf-8"))
    nv = tomllib.loads(resources.path("training", "none.toml").read_text(encoding="utf-8"))
    words = [w for s in cat.segments() for w in (*s.keywords, *s.products)]
    words += [w for c in nv["category"] for w in c["phrases"]]
    rng = random.Random(seed)
    out = []
    for _ in range(size):
        parts = [
            rng.choice(g["city_prefixes"]) + "".join(rng.sample(g["brand_chars"], 2)) + "有限公司",
            "主营业务：" + "、".join(rng.sample(words, rng.randint(2, 5))),
            SCOPE_MARK  # as firm_text marks the scope line: the n-gram model skips it
            + "经营范围："
            + "；".join(rng.sample(words, rng.randint(2, 6)) + rng.sample(g["boilerplate"], 4)),
            "。".join(rng.sample(g["fillers"], 3))
            .replace("{Y}", "2010")
            .replace("{C}", "深圳")
            .replace("{N}", "500"),
        ]
        text = "\n".join(parts)
        while len(text) < 280:
            text += "；" + rng.choice(words)
        out.append(text[:320])
    return out


def throughput_child(n: int, batch: int, seed: int) -> None:
    import catalog
    from app.classification import builtin_model
    from scoring.text import firm_text

    cat = catalog.load_default()
    model = builtin_model(cat)
    model._prepare()
    pool = synthetic_pool(cat, 20000, seed)
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    def batches():
        for start in range(0, n, batch):
            yield [f"{i}号{pool[i % len(pool)]}" for i in range(start, min(n, start + batch))]

    counts: Counter[str] = Counter()
    t0 = time.perf_counter()
    c0 = time.process_time()
    done = 0
    for p in model.predict_stream(batches()):
        counts.update(p.directions)
        done += len(p.directions)
    wall = time.perf_counter() - t0
    cpu = time.process_time() - c0
    # the reference in the same run: the text model alone (no real-firm layer) on the same
    # batches, alternating with the full model, CPU seconds
    sample = [f"{i}号{pool[i % len(pool)]}" for i in range(3 * batch)]
    ratios, scope_ratios = [], []
    layer = model.real
    for _ in range(3):
        model.real = None
        r0 = time.process_time()
        model.predict(sample, workers=1)
        plain = time.process_time() - r0
        model.real = layer
        r0 = time.process_time()
        model.predict(sample, workers=1)
        full = time.process_time() - r0
        ratios.append(full / plain)
        # and with the n-gram model reading the scope too (no second hashing of the texts)
        r0 = time.process_time()
        model.predict([t.replace(SCOPE_MARK, "") for t in sample], workers=1)
        scope_ratios.append(full / (time.process_time() - r0))
    # the app also builds each firm's text (firm_text) once: measured on a sample
    sample = [
        {"name": "深圳市某某科技有限公司", "main_business": t[:150], "business_scope": t[150:]}
        for t in pool[:20000]
    ]
    t1 = time.perf_counter()
    for f in sample:
        firm_text(f)
    ft = (time.perf_counter() - t1) / len(sample) * 1e6
    print(
        json.dumps(
            {
                "n": done,
                "seconds": wall,
                "cpu_seconds": cpu,
                "per_million_seconds": wall / done * 1e6,
                "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                "rss_before_mb": rss_before,
                "in_catalog_share": 1 - counts[""] / done,
                "cpu_ratio_to_text_model_alone": sorted(ratios)[len(ratios) // 2],
                "cpu_ratio_to_ngrams_on_whole_text": sorted(scope_ratios)[len(scope_ratios) // 2],
                "firm_text_seconds_per_million": ft,
                "load_average": os.getloadavg()[0],
            }
        )
    )


def db_child(n: int, seed: int) -> None:
    """The app path: n synthetic firms in a fresh SQLite file, then classify_pending."""
    import tempfile

    import catalog
    from app.classification import builtin_model, classify_pending
    from app.db import Database, now
    from app.jobs import run_to_end

    cat = catalog.load_default()
    model = builtin_model(cat)
    pool = synthetic_pool(cat, 20000, seed)
    with tempfile.TemporaryDirectory() as tmp:
        db = Database(Path(tmp) / "bench.sqlite")
        stamp = now()
        with db.write():
            db.conn.execute(
                "DROP TRIGGER IF EXISTS firms_fts_ai"
            )  # the search index is not measured here
            db.conn.executemany(
                "INSERT INTO firms (name, name_norm, main_business, business_scope, imported_at, updated_at) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (
                    (
                        f"企业{i}",
                        f"企业{i}",
                        pool[i % len(pool)][:150],
                        pool[i % len(pool)][150:],
                        stamp,
                        stamp,
                    )
                    for i in range(n)
                ),
            )
        rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        t0 = time.perf_counter()
        c0 = time.process_time()
        done = run_to_end(classify_pending(db, model=model))
        wall = time.perf_counter() - t0
        cpu = time.process_time() - c0
        db.close()
    print(
        json.dumps(
            {
                "n": done,
                "seconds": wall,
                "cpu_seconds": cpu,
                "per_million_seconds": wall / max(done, 1) * 1e6,
                "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                "rss_before_mb": rss_before,
                "load_average": os.getloadavg()[0],
            }
        )
    )


def run_child(args: list[str]) -> dict:
    r = subprocess.run(
        [sys.executable, __file__, *args], capture_output=True, text=True, cwd=ROOT, check=False
    )
    if r.returncode != 0:
        print(r.stderr)
        raise SystemExit("child failed")
    return json.loads(r.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=1_000_000, help="texts for the throughput run")
    ap.add_argument("--batch", type=int, default=10_000)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--gain-seeds", type=int, default=3, help="splits averaged in the gain curve")
    ap.add_argument("--skip-gain", action="store_true")
    ap.add_argument("--skip-throughput", action="store_true")
    ap.add_argument("--db-firms", type=int, default=0, help="also time classify_pending on a DB")
    ap.add_argument("--json", metavar="FILE", help="write all figures to FILE")
    ap.add_argument("--child", choices=["throughput", "db"], help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child == "throughput":
        throughput_child(args.n, args.batch, args.seed)
        return
    if args.child == "db":
        db_child(args.n, args.seed)
        return

    import catalog
    from scoring.training import TrainingConfig, train

    cat = catalog.load_default()
    figures: dict = {}
    print(f"Catalog {cat.version}; machine load average {os.getloadavg()[0]:.1f} (2 cores)\n")
    print("1. Training from the catalog (no corrections)")
    t0 = time.perf_counter()
    c0 = time.process_time()
    model = train(cat, seed=args.seed)
    wall, cpu = time.perf_counter() - t0, time.process_time() - c0
    figures["training"] = {"seconds": wall, "cpu_seconds": cpu, **model.meta["training"]}
    figures["model_metrics"] = model.meta["metrics"]
    print(
        f"  {wall:.1f} s wall, {cpu:.1f} s CPU; {model.meta['training']['synthetic_texts']} synthetic "
        f"texts, {model.meta['training']['features']} features; calibration {model.meta['metrics']}\n"
    )
    from scoring import concordance
    from scoring.calibration import load_shipped

    model.with_real_layer(load_shipped(), concordance.expected_directions)
    import real_dev

    if real_dev.available():
        print("2. Quality on real firms: the dev set of 581 labelled listed firms (../shared/data)")
        figures["real_dev"] = report_real(cat, model, [0, 1, 2])
    else:
        print("2. Real dev set: ../shared/data is not present, skipped")
    print("\n2b. Secondary: the team's own sets of fictional firms (real-firm layer deciding)")
    dev, holdout = load_set("eval_firms.csv"), load_set("eval_firms_holdout.csv")
    real, short = load_set("eval_firms_realstyle.csv"), load_set("eval_firms_short.csv")
    products = load_set("eval_firms_products.csv")
    figures["quality"] = report_quality(
        model,
        cat,
        {"dev": dev, "holdout": holdout, "realstyle": real, "short": short, "products": products},
    )
    print(
        "\n  Calibration firms (resources/training/calibration.toml): the none rule is FITTED on"
        "\n  them, so these figures are not an evaluation; shown to see the rule's effect."
    )
    calib_rows = load_calibration()
    p = model.predict([text_of(r) for r in calib_rows])
    m = metrics([r["direction"] for r in calib_rows], p.directions, list(cat.direction_codes))
    figures["calibration_firms"] = m
    print(
        f"  calib    n={m['n']:3d}  macro-F1 {pct(m['macro_f1'])}  accuracy {pct(m['accuracy'])}"
        f"  in/out F1 {pct(m['in_out_f1'])}"
        f"  (none→dir {m['none_as_direction']}, dir→none {m['direction_as_none']})"
    )
    if not args.skip_gain and real_dev.available():
        print(
            "\n3. Corrections gain on real text: N firms of one half of the real dev set as staff"
            "\n   corrections (and the layer fitted on that half), judged on the other half"
        )
        figures["real_gain"] = report_real_gain(cat, [0, 20, 50, 100, 200], [0, 1])
    if not args.skip_gain and real_dev.available():
        print(
            "\n3b. Adaptation to unlabelled real text (self-training of the real firms' n-grams),"
            " nested, 5 folds, seeds 0-2 (not in the product)"
        )
        figures["adaptation"] = report_adaptation(cat, model, [0, 1, 2])
    if not args.skip_gain:
        print(
            "\n3c. Corrections gain on the own sets: N dev items as staff corrections, tested on"
            " the rest + holdout"
        )
        seeds = list(range(args.gain_seeds))
        figures["gain"] = report_gain(
            cat, dev, holdout, [0, 20, 50, 100, 200], seeds, TrainingConfig()
        )
        print(
            "\n   3b. The same with the catalog's words only (without resources/training/"
            "directions.toml):\n       what corrections add where the vocabulary has gaps"
        )
        figures["gain_catalog_only"] = report_gain(
            cat, dev, holdout, [0, 20, 50, 100, 200], seeds, TrainingConfig(extra_vocabulary=False)
        )
    if not args.skip_throughput:
        print(
            f"\n4. Throughput: {args.n:,} synthetic texts (~300 characters), batches of {args.batch}"
        )
        t = run_child(["--child", "throughput", "--n", str(args.n), "--batch", str(args.batch)])
        figures["throughput"] = t
        print(
            f"  {t['seconds']:.1f} s wall ({t['per_million_seconds']:.1f} s per million; "
            f"{t['cpu_seconds']:.1f} s CPU), peak RSS {t['peak_rss_mb']:.0f} MB "
            f"(model loaded: {t['rss_before_mb']:.0f} MB); {t['in_catalog_share']:.1%} in catalog"
        )
        print(
            f"  the same batches cost {t['cpu_ratio_to_text_model_alone']:.2f}x the CPU of the text"
            " model alone (the real-firm layer and its clause evidence), and"
            f" {t['cpu_ratio_to_ngrams_on_whole_text']:.2f}x the CPU of the n-gram model reading"
            " the scope too (the texts hashed again without it)"
        )
        print(
            f"  building firm texts (firm_text) adds {t['firm_text_seconds_per_million']:.1f} s per "
            f"million on one core; load average {t['load_average']:.1f}"
        )
    if args.db_firms:
        print(f"\n5. App path: classify_pending on {args.db_firms:,} firms in SQLite")
        d = run_child(["--child", "db", "--n", str(args.db_firms)])
        figures["db"] = d
        print(
            f"  {d['seconds']:.1f} s wall ({d['per_million_seconds']:.1f} s per million; "
            f"{d['cpu_seconds']:.1f} s CPU), peak RSS {d['peak_rss_mb']:.0f} MB; "
            f"load average {d['load_average']:.1f}"
        )
    if args.json:
        Path(args.json).write_text(
            json.dumps(figures, ensure_ascii=False, indent=1), encoding="utf-8"
        )


if __name__ == "__main__":
    main()
