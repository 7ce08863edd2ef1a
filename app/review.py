"""The review queue (待确认): the firms most worth a person's confirmation, best first.

Membership — firms with a direction classification that staff have not confirmed, where

- the model is unsure: its decision probability is below the high band
  (``scoring.confidence.HIGH``), reason ``"unsure"``; or
- its call disagrees with what the firm's industry label (``firms.industry``, the registry or
  exchange 所属行业) suggests (``scoring.concordance.expected_directions``), reason ``"label"``:
  the label names directions and the call is none or another direction, or the label points
  outside the catalog and the call is a direction; or
- its direction was retired (``app.catalog_store.retire_direction``), reason ``"retired"``:
  every such firm is queued, however sure the model is of its new call, until staff confirm
  or correct it (the ``review_flags`` table says so and keeps the retired code).

Order — by the expected change of the firm's score if a person corrected it::

    impact = P(wrong) × |gap(alternative) − gap_fit| × 100 × w_g / (w_g + w_c + w_p)

``P(wrong)`` is 1 − the decision probability, at least ``LABEL_DOUBT`` when the label
disagrees (the model is overconfident on real text; a label that says otherwise is even odds)
or the firm's direction was retired (its new call was forced on it by the classes left).
The alternative is the label's suggestion when it disagrees (none when the label points
outside the catalog, else the suggested direction the model finds likeliest), otherwise the
model's runner-up class (a direction or none). ``gap(alternative)`` is the mean gap of the
alternative direction's segments (0 for none), the gap fit a confirmed firm without a segment
gets; ``gap_fit`` the stored one. Only candidates (深圳/广州) have a score, so other firms
have impact 0 and follow, most doubtful first. The change of propensity through its gap-fit
feature is left out.

Cost — bounded whatever the database size: one grouped pass over (industry label, direction)
pairs, the ``CANDIDATES`` least sure firms, at most ``CANDIDATES`` label disagreements
(least sure first) and at most ``CANDIDATES`` firms of retired directions, and the model run
on those texts only.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any

import numpy as np

from app import catalog_store
from app.errors import UserError
from app.jobs import CancelToken, Job, Progress
from resources.i18n import _
from scoring import confidence as conf
from scoring import gaps as gapmod
from scoring.concordance import expected_directions

if TYPE_CHECKING:
    from app.db import Database
    from scoring.classifier import DirectionClassifier

__all__ = [
    "CANDIDATES",
    "DEFAULT_LIMIT",
    "LABEL_DOUBT",
    "QueueItem",
    "confirm",
    "confirm_many",
    "parse_code",
    "queue",
    "retrain",
]

DEFAULT_LIMIT = 50
CANDIDATES = 2000  # least-sure firms, and label disagreements, considered per queue
LABEL_DOUBT = 0.5  # P(wrong) is at least this when the industry label disagrees
REASON_ZH = {"unsure": "把握不足", "label": "与所属行业不符", "retired": "方向已停用"}
NONE_CODES = ("none", "无", "不属于", "不属于目录")


@dataclass
class QueueItem:
    """One firm of the queue (``to_json`` is the ``chainfill review --json`` record)."""

    firm_id: int
    name: str
    city: str
    industry: str
    direction: str  # the model's call, '' = none
    segment: str
    confidence: float  # probability of the call
    band: str  # high | medium | low
    label_directions: list[str] | None  # what the industry label suggests (None: nothing)
    reasons: list[str]  # unsure | label | retired
    alternative: str  # the likeliest other direction, '' = none
    p_wrong: float
    score: float | None
    impact: float  # expected change of the score (points of 100) if corrected
    names: dict[str, str] = field(default_factory=dict, repr=False)
    retired_direction: str = ""  # the retired direction the firm was in (reason "retired")

    def to_json(self) -> dict[str, Any]:
        d = asdict(self)
        d.pop("names")
        d["confidence"] = round(self.confidence, 4)
        d["p_wrong"] = round(self.p_wrong, 4)
        d["impact"] = round(self.impact, 3)
        d["score"] = None if self.score is None else round(self.score, 2)
        return d


def _disagrees(expected: frozenset[str] | None, direction: str) -> bool:
    """Does the call contradict the label? A direction call contradicts a label outside the
    catalog or one naming other directions. A none call contradicts only a label that names a
    single direction (锂离子电池制造): broad labels such as 化学原料和化学制品制造业 name the
    directions some of their firms may belong to, and most of their firms belong to none."""
    if expected is None:
        return False
    if not expected:
        return bool(direction)
    if not direction:
        return len(expected) == 1
    return direction not in expected


def _label_pairs(db: Database) -> tuple[list[list[str]], dict[str, frozenset[str] | None]]:
    """(industry label, direction) pairs of unconfirmed firms that disagree; labels' reading."""
    rows = db.query(
        "SELECT industry, COALESCE(direction, '') AS d FROM firms "
        "WHERE direction_confirmed = 0 AND classified_at IS NOT NULL "
        "AND industry IS NOT NULL AND industry != '' GROUP BY industry, d"
    )
    labels: dict[str, frozenset[str] | None] = {}
    pairs = []
    for label, d in rows:
        if label not in labels:
            labels[label] = expected_directions(label)
        if _disagrees(labels[label], d):
            pairs.append([label, d])
    return pairs, labels


_SEP = "\x1f"  # between a pair's label and direction (a control character: in neither)


def _candidate_ids(db: Database, pairs: list[list[str]], candidates: int) -> list[int]:
    base = "f.direction_confirmed = 0 AND f.classified_at IS NOT NULL"
    ids = [
        r[0]
        for r in db.query(
            f"SELECT f.id FROM review_flags g JOIN firms f ON f.id = g.firm_id WHERE {base} "
            "ORDER BY f.confidence, f.id LIMIT ?",
            (candidates,),
        )
    ]
    ids += [
        r[0]
        for r in db.query(
            f"SELECT f.id FROM firms f WHERE {base} AND f.confidence < ? "
            "ORDER BY f.confidence, f.id LIMIT ?",
            (conf.HIGH, candidates),
        )
    ]
    if pairs:
        # a pair as one value (a separator no label holds), bound as one list on both engines
        in_pairs, keys = db.dialect.in_values([f"{i}{_SEP}{d}" for i, d in pairs])
        ids += [
            r[0]
            for r in db.query(
                f"SELECT f.id FROM firms f WHERE {base} "
                f"AND (f.industry || ? || COALESCE(f.direction, '')){in_pairs} "
                "ORDER BY f.confidence, f.id LIMIT ?",
                (_SEP, keys, candidates),
            )
        ]
    return list(dict.fromkeys(ids))


def queue(
    db: Database,
    limit: int = DEFAULT_LIMIT,
    *,
    model: DirectionClassifier | None = None,
    candidates: int = CANDIDATES,
) -> list[QueueItem]:
    """The review queue, highest expected ranking impact first (see the module docstring)."""
    from app import classification, ranking

    if limit < 1:
        raise UserError(_("数量必须是正整数"))
    pairs, labels = _label_pairs(db)
    ids = _candidate_ids(db, pairs, candidates)
    if not ids:
        return []
    cols = ", ".join(f"f.{c}" for c in classification.TEXT_COLUMNS)
    in_ids, bound_ids = db.dialect.in_values(ids)
    rows = db.query(
        f"SELECT f.id, f.city, COALESCE(f.direction, '') AS direction, "
        f"COALESCE(f.segment, '') AS segment, f.confidence, s.score, s.gap_fit, "
        f"g.direction AS retired, {cols} "
        "FROM firms f LEFT JOIN scores s ON s.firm_id = f.id "
        "LEFT JOIN review_flags g ON g.firm_id = f.id AND g.reason = 'retired' "
        f"WHERE f.id{in_ids}",
        (bound_ids,),
    )
    if model is None:
        model, _warning = classification.load_model(db)
    texts = [classification.firm_text({c: r[c] for c in classification.TEXT_COLUMNS}) for r in rows]
    probs = model.probabilities(model.raw_scores(texts))
    classes = list(model.dir_layer.classes)
    cat = catalog_store.current(db)
    gaps = ranking.compute_gaps(db, cat)
    mean_gap = {d.code: gapmod.direction_gap(gaps, d.code) for d in cat.directions}
    w = ranking.get_weights(db)
    points = 100.0 * w.gap_fit / w.total
    names = catalog_store.retired_directions(db)  # the names retired codes had
    names.update({d.code: d.name for d in cat.directions})
    names.update({s.code: s.name for d in cat.directions for s in d.segments})
    items = []
    for r, p in zip(rows, probs, strict=True):
        d = r["direction"]
        p_call = float(r["confidence"]) if r["confidence"] is not None else 0.0
        expected = labels.get(r["industry"]) if r["industry"] else None
        reasons = []
        if p_call < conf.HIGH:
            reasons.append("unsure")
        label_says = _disagrees(expected, d)
        if label_says:
            reasons.append("label")
        retired = r["retired"] or ""
        if retired:
            reasons.append("retired")
        if not reasons:  # classified again since the candidates were read
            continue
        if label_says and expected is not None:
            if not expected:
                alt = ""
            else:
                # sorted: a tie goes to the first code, not to the set's hash order
                alt = max(
                    sorted(expected), key=lambda c: p[classes.index(c)] if c in classes else -1.0
                )
        else:
            order = np.argsort(-p, kind="stable")
            alt = next((classes[i] for i in order if classes[i] != d), "")
        p_wrong = min(1.0, max(0.0, 1.0 - p_call))
        if label_says or retired:
            p_wrong = max(p_wrong, LABEL_DOUBT)
        score = r["score"]
        impact = 0.0
        if score is not None:
            fit = float(r["gap_fit"] or 0.0)
            impact = p_wrong * abs(mean_gap.get(alt, 0.0) - fit) * points
        items.append(
            QueueItem(
                firm_id=int(r["id"]),
                name=r["name"],
                city=r["city"] or "",
                industry=r["industry"] or "",
                direction=d,
                segment=r["segment"],
                confidence=p_call,
                band=conf.band(p_call),
                label_directions=None if expected is None else sorted(expected),
                reasons=reasons,
                alternative=alt,
                p_wrong=p_wrong,
                score=None if score is None else float(score),
                impact=impact,
                names=names,
                retired_direction=retired,
            )
        )
    items.sort(key=lambda it: (-it.impact, -it.p_wrong, it.firm_id))
    return items[:limit]


# -- confirming ---------------------------------------------------------------------------------
def parse_code(db: Database, code: str) -> tuple[str, str | None]:
    """``CODE``, ``CODE.SEGMENT`` (a segment's full code), ``none``, or the exact Chinese name
    of a direction or segment → (direction, segment).

    Direction '' is none. An unknown code raises a Chinese :class:`UserError`.
    """
    text = (code or "").strip()
    if text.lower() in NONE_CODES:
        return "", None
    cat = catalog_store.current(db)
    if cat.direction(text) is not None:
        return text, None
    seg = cat.segment(text)
    if seg is not None:
        return seg.direction, seg.code
    # a person may write the Chinese name instead of the code
    for d in cat.directions:
        if d.name == text:
            return d.code, None
    named = [s for d in cat.directions for s in d.segments if s.name == text]
    if len(named) == 1:
        return named[0].direction, named[0].code
    if named:
        codes = "、".join(s.code for s in named)
        raise UserError(
            _("有多个产业链环节名为“{text}”（{codes}），请写代码").format(text=text, codes=codes)
        )
    raise UserError(
        _(
            "未知的方向或产业链环节代码“{text}”。可用 chainfill catalog show 查看代码，"
            "不属于任何方向请写 none"
        ).format(text=text)
    )


def confirm(db: Database, firm_ref: str | int, code: str | None = None) -> dict[str, Any]:
    """Confirm the model's call for a firm (``code`` None) or record a correction.

    Validates everything before writing; audited by ``classification.record_correction``.
    Returns its record plus the firm's name and the previous call.
    """
    from app import classification, ranking

    firm_id = ranking.resolve_firm(db, firm_ref)
    row = db.execute(
        "SELECT name, direction, segment, classified_at, direction_confirmed FROM firms "
        "WHERE id = ?",
        (firm_id,),
    ).fetchone()
    if code is None:
        if row["classified_at"] is None and not row["direction_confirmed"]:
            raise UserError(_("“{name}”尚未分类，请给出方向代码或 none").format(name=row["name"]))
        direction, segment = row["direction"] or "", row["segment"] or None
    else:
        direction, segment = parse_code(db, code)
    rec = classification.record_correction(db, firm_id, direction, segment)
    rec["name"] = row["name"]
    rec["previous_direction"] = row["direction"] or ""
    rec["previous_segment"] = row["segment"] or ""
    return rec


def confirm_many(
    db: Database, items: list[tuple[int, str | None]], cancel: CancelToken | None = None
) -> Job[list[dict[str, Any]]]:
    """Confirm (code None) or correct several firms, ``[(firm_id, code)]``; a job returning
    their records (as :func:`confirm`).

    Every code is checked before anything is written; each firm is its own audited
    transaction, so a cancel keeps the firms done so far.
    """
    cancel = cancel or CancelToken()
    for _fid, code in items:
        if code is not None:
            parse_code(db, code)
    done = []
    for n, (fid, code) in enumerate(items, 1):
        cancel.check()
        done.append(confirm(db, fid, code))
        yield Progress(
            n, len(items), _("已确认 {n}/{n_items} 家企业").format(n=n, n_items=len(items))
        )
    return done


def retrain(db: Database, cancel: CancelToken | None = None) -> Job[dict[str, Any]]:
    """Retrain the classifier with the staff's corrections, reclassify and rescore (a job).

    Returns ``{"version", "corrections": {"count", "before", "after"}, "moved",
    "moved_to": [[direction, n], …], "refresh"}``: how often the old and the new model give
    the staff's direction for the confirmed and corrected firms (the new one has seen them,
    so its figure is an upper bound), and how many unconfirmed firms the new model put in
    another direction (``moved_to``: the three commonest new directions) — a correction
    teaches every similar text, and this is where a wrong one shows.
    """
    from app import classification, pipeline

    n = db.scalar("SELECT COUNT(*) FROM corrections") or 0
    yield Progress(0, None, _("正在用 {n} 条人工确认和修正重新训练分类模型").format(n=n))
    if db.scalar("PRAGMA temp_store") != 2:
        # as app.ranking.rescore sets it: changing it later would drop this table
        db.execute("PRAGMA temp_store = MEMORY")
    db.execute("DROP TABLE IF EXISTS temp.review_before")
    db.execute(
        "CREATE TEMP TABLE review_before AS SELECT id, COALESCE(direction, '') AS d "
        "FROM firms WHERE direction_confirmed = 0"
    )
    try:
        model = classification.retrain(db)
        gain = (model.meta.get("metrics") or {}).get("corrections")
        summary = yield from pipeline.refresh(db, cancel=cancel)
        moved = db.query(
            "SELECT COALESCE(f.direction, '') AS d, COUNT(*) AS n FROM temp.review_before b "
            "JOIN firms f ON f.id = b.id WHERE f.direction_confirmed = 0 "
            "AND COALESCE(f.direction, '') != b.d GROUP BY 1 ORDER BY 2 DESC, 1"
        )
    finally:
        db.execute("DROP TABLE IF EXISTS temp.review_before")
    return {
        "version": model.version_id,
        "corrections": gain,
        "moved": sum(r["n"] for r in moved),
        "moved_to": [[r["d"], r["n"]] for r in moved[:3]],
        "refresh": summary,
    }
