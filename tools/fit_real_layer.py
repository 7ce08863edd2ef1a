"""Fit the real-firm layer (scoring.calibration) on the analysts' labels of ../shared/data and
write it to resources/training/real_layer.json::

    .venv/bin/python tools/fit_real_layer.py            # fit, report cross-validated figures, write
    .venv/bin/python tools/fit_real_layer.py --check    # figures only, write nothing

What is written is the layer's parameters (a scale for the text model, weights for the
industry label, the concordance and the real firms' n-grams, one bias per class), per industry
label how many labelled firms of each class carry it, and in ``real_ngrams.npz`` the weights of
a logistic regression over the hashed n-grams of the labelled firms' texts (numbers over hash
buckets): no firm's text. The figures printed (and kept in the
file's ``meta``) are 5-fold cross-validated, averaged over seeds: every firm is judged by a
layer fitted without it. The text model itself never sees these firms.

Run it again after a change to the text model (training vocabularies, features) or to the
concordance: the layer is fitted to the scores of the model it sits on.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from datetime import date
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

SEEDS = (0, 1, 2)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="report figures, write nothing")
    args = ap.parse_args(argv)

    import real_dev

    from catalog import load_default
    from scoring import calibration, concordance
    from scoring.training import train

    if not real_dev.available():
        print("../shared/data with sz_gz_labels.csv is needed", file=sys.stderr)
        return 2
    dev = real_dev.load()
    started = time.perf_counter()
    text_model = train(load_default(), seed=0)  # the built-in model (seed 0), without a layer
    classes = text_model.dir_layer.classes
    texts = dev.texts()
    logp = calibration.text_logp(text_model.raw_scores(texts), text_model.temperature)
    clause = text_model.clause_logp(texts)
    x = text_model.hasher.transform(texts)  # the real firms' n-grams (RealNgrams)
    mention = calibration.mentions(clause, text_model.dir_layer.classes)
    conc = concordance.expected_directions
    # the none cap from out-of-fold calls of every seed, then the figures with it
    runs = [
        calibration.cross_val_predict(
            logp, dev.industries, dev.truth, classes, conc, seed=seed, clause_logp=clause, x=x
        )
        for seed in SEEDS
    ]
    pooled_pred = [d for pred, _, _ in runs for d in pred]
    pooled_right = [
        d in acc for pred, _, _ in runs for d, acc in zip(pred, dev.accept, strict=True)
    ]
    cap = calibration.fit_none_cap(pooled_pred, pooled_right, np.tile(mention, len(SEEDS)))
    figures = []
    for pred, conf, _ in runs:
        conf = calibration.cap_none_calls(pred, conf, mention, cap)  # the product's rule
        s = real_dev.score(dev, pred, conf.tolist())
        figures.append((s["macro_f1"], s["accuracy"], s["in_out_f1"], s["ece"]))
    mf1, acc, io, ece = (float(v) for v in np.mean(figures, axis=0))
    print(
        f"cross-validated (5-fold, seeds {SEEDS}): macro-F1 {mf1:.3f}  accuracy {acc:.3f}  "
        f"in/out F1 {io:.3f}  ECE {ece:.3f}"
    )
    # the n-gram feature the layer learns its weight on is out-of-fold, as in the figures
    ngram_train = calibration.ngram_oof(x, dev.truth, classes, seed=100)
    layer = calibration.fit(
        logp, dev.industries, dev.truth, classes, conc, clause, ngram_logp=ngram_train
    )
    ngrams = calibration.RealNgrams.fit(x, dev.truth, classes)
    layer.mention_none_cap = round(cap, 4)
    layer.meta.update(
        {
            "fitted": date.today().isoformat(),
            "source": "shared/data sz_gz_companies.csv + sz_gz_labels.csv (581 SZ/GZ listed firms)",
            "text_model": text_model.meta.get("id"),
            "cross_validated": {
                "folds": 5,
                "seeds": list(SEEDS),
                "macro_f1": round(mf1, 4),
                "accuracy": round(acc, 4),
                "in_out_f1": round(io, 4),
                "ece": round(ece, 4),
            },
        }
    )
    print(
        f"alpha {layer.alpha:.3f}  gamma {layer.gamma:.3f}  delta {layer.delta:.3f}  "
        f"eta {layer.eta:.3f}  zeta {layer.zeta:.3f}  none cap {layer.mention_none_cap:.3f}  "
        f"labels {len(layer.label_counts)}  ({time.perf_counter() - started:.0f} s)"
    )
    if not args.check:
        import hashlib
        import io

        import resources

        buf = io.BytesIO()
        ngrams.save(buf)
        blob = buf.getvalue()
        resources.path("training", calibration.SHIPPED_NGRAMS).write_bytes(blob)
        layer.ngrams_sha256 = hashlib.sha256(blob).hexdigest()
        out = resources.path("training", calibration.SHIPPED)
        out.write_text(
            json.dumps(layer.to_dict(), ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )
        print(
            f"written: {out.relative_to(ROOT)} and {calibration.SHIPPED_NGRAMS} ({len(blob):,} bytes)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
