"""The real dev set: the 581 Shenzhen/Guangzhou listed firms of ../shared/data with the two
analysts' direction labels (``sz_gz_labels.csv``), in the form ``chainfill classify`` reads.

Used by bench/bench_classifier.py (figures), tools/fit_real_layer.py (the shipped real-firm
layer) and the quality floor in tests. The firms' texts are read from ../shared at run time
and never copied into the repository.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED_DATA = ROOT.parent / "shared" / "data"
# the columns of the judged evaluation (issue #12): what `chainfill classify` is given
CLASSIFY_COLUMNS = (
    "stock_code",
    "name",
    "short_name",
    "city",
    "所属行业",
    "main_business",
    "introduction",
)


@dataclass
class RealDev:
    codes: list[str]
    rows: list[dict[str, str]]  # CLASSIFY_COLUMNS
    truth: list[str]  # the agreed (or first) direction, '' = none
    accept: list[set[str]]  # answers that count as right

    def fields(self, i: int) -> dict[str, str]:
        """The firm's fields as :func:`scoring.text.firm_text` takes them."""
        r = self.rows[i]
        return {
            "name": r["name"],
            "short_name": r["short_name"],
            "industry": r["所属行业"],
            "main_business": r["main_business"],
            "introduction": r["introduction"],
        }

    @property
    def industries(self) -> list[str]:
        return [r["所属行业"] for r in self.rows]

    def texts(self) -> list[str]:
        from scoring.text import firm_text

        return [firm_text(self.fields(i)) for i in range(len(self.rows))]


def available(folder: Path = SHARED_DATA) -> bool:
    return all(
        (folder / f).is_file()
        for f in ("sz_gz_companies.csv", "sz_gz_companies_extra.csv", "sz_gz_labels.csv")
    )


def _read(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


def load(folder: Path = SHARED_DATA) -> RealDev:
    firms = _read(folder / "sz_gz_companies.csv")
    extra = {r["stock_code"]: r for r in _read(folder / "sz_gz_companies_extra.csv")}
    labels = {r["stock_code"]: r for r in _read(folder / "sz_gz_labels.csv")}
    rows, truth, accept, codes = [], [], [], []
    for f in firms:
        code = f["stock_code"]
        lab = labels[code]
        codes.append(code)
        rows.append(
            {
                "stock_code": code,
                "name": f["name"],
                "short_name": f["short_name"],
                "city": f["city"],
                "所属行业": f["industry_src"],
                "main_business": f["main_business"],
                "introduction": extra.get(code, {}).get("introduction", ""),
            }
        )
        truth.append(lab["direction"])
        accept.append(set(lab["accept"].split(";")))
    return RealDev(codes, rows, truth, accept)


def write_classify_input(dev: RealDev, path: Path) -> None:
    """The dev set as a CSV for `chainfill classify` (the judged columns)."""
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=list(CLASSIFY_COLUMNS))
        w.writeheader()
        w.writerows(dev.rows)


def score(dev: RealDev, pred: list[str], conf: list[float] | None = None) -> dict:
    """Figures as the product is judged (../shared/tools/score_directions.py): a call is right
    when it is one of the firm's accepted answers; macro-F1 over classes with >= 3 firms, none
    counted as a class; in/out F1 with "in the catalog" positive; ECE over 10 bins."""
    from collections import Counter

    pairs = []
    for t, acc, p in zip(dev.truth, dev.accept, pred, strict=True):
        pairs.append((t, t if (p or "") in acc else (p or "")))
    tp, fp, fn = Counter(), Counter(), Counter()
    for t, p in pairs:
        if t == p:
            tp[t] += 1
        else:
            fp[p] += 1
            fn[t] += 1
    support = Counter(t for t, _ in pairs)

    def f1(c: str) -> float:
        return 2 * tp[c] / (2 * tp[c] + fp[c] + fn[c]) if tp[c] else 0.0

    classes = sorted(c for c in {t for t, _ in pairs} | {p for _, p in pairs} if support[c] >= 3)
    tpi = sum(1 for t, p in pairs if t and p)
    fpi = sum(1 for t, p in pairs if not t and p)
    fni = sum(1 for t, p in pairs if t and not p)
    out = {
        "n": len(pairs),
        "macro_f1": sum(f1(c) for c in classes) / len(classes),
        "accuracy": sum(tp.values()) / len(pairs),
        "in_out_f1": 2 * tpi / (2 * tpi + fpi + fni) if tpi else 0.0,
        "per_class": {c: (f1(c), support[c]) for c in classes},
        "pairs": pairs,
    }
    if conf is not None:
        out["calibration"] = calibration_table([t == p for t, p in pairs], conf)
        out["ece"] = out["calibration"]["ece"]
    return out


def calibration_table(right: list[bool], conf: list[float], bins: int = 10) -> dict:
    """Stated confidence vs observed accuracy in equal-width bins, and the expected
    calibration error (the mean gap, weighted by the bins' sizes)."""
    rows = []
    n = len(right)
    ece = 0.0
    for b in range(bins):
        idx = [i for i, c in enumerate(conf) if min(int(c * bins), bins - 1) == b]
        if not idx:
            continue
        stated = sum(conf[i] for i in idx) / len(idx)
        observed = sum(right[i] for i in idx) / len(idx)
        ece += abs(stated - observed) * len(idx) / n
        rows.append((b / bins, (b + 1) / bins, len(idx), stated, observed))
    return {"bins": rows, "ece": ece}
