"""Gap severity: the formula's monotonicity, the review flags, and the database glue."""

from __future__ import annotations

import pytest

from catalog.model import Catalog, Direction, Domain, Segment
from scoring import gaps
from scoring.gaps import Evidence
from tests.test_ranking import add_firm, first_segment

STRENGTHS = ("missing", "weak", "present", "strong")


def small_catalog() -> Catalog:
    """Two directions (one key, one not), one segment per strength in each."""

    def segs(d: str) -> tuple[Segment, ...]:
        return tuple(
            Segment(
                code=f"{d}.{s}", name=f"{s}环节", position="upstream", strength=s, keywords=("x",)
            )
            for s in STRENGTHS
        )

    return Catalog(
        version="t",
        title="t",
        domains=(Domain("equip", "高端装备制造"),),
        directions=(
            Direction("equip.robot", "工业机器人", "equip", True, segments=segs("equip.robot")),
            Direction("equip.laser", "高端激光装备", "equip", False, segments=segs("equip.laser")),
        ),
    )


@pytest.mark.parametrize("key", [True, False])
@pytest.mark.parametrize("evidence", [0.0, 0.3, 0.9])
def test_weaker_local_strength_means_larger_gap(key, evidence):
    values = [gaps.severity(s, key, evidence) for s in STRENGTHS]
    assert values == sorted(values, reverse=True)
    assert len(set(values)) == 4


@pytest.mark.parametrize("strength", STRENGTHS)
def test_key_industry_has_larger_gap(strength):
    assert gaps.severity(strength, True, 0.2) > gaps.severity(strength, False, 0.2)


@pytest.mark.parametrize("strength", STRENGTHS)
def test_more_local_evidence_means_smaller_gap(strength):
    prev = None
    for firms, large in [(0, 0), (1, 0), (3, 0), (3, 2), (10, 5), (40, 20)]:
        g = gaps.severity(strength, True, gaps.evidence_value(firms, large))
        if prev is not None:
            assert g < prev
        prev = g
    # Evidence can never more than halve the gap the catalog states.
    assert prev >= gaps.severity(strength, True) * (1 - gaps.EVIDENCE_WEIGHT) - 1e-12


def test_sizeable_firms_weigh_more_than_small_ones():
    assert gaps.evidence_value(3, 3) > gaps.evidence_value(3, 0)
    assert gaps.evidence_value(0, 0) == 0.0
    assert 0 < gaps.evidence_value(100, 100) < 1


def test_gap_range():
    assert gaps.severity("missing", True) == pytest.approx(1.0)
    assert gaps.severity("strong", False, 1.0) == pytest.approx(0.75 * 0.15 * 0.5)
    with pytest.raises(ValueError):
        gaps.severity("unknown", True)


def test_compute_sorted_and_uses_evidence():
    cat = small_catalog()
    result = gaps.compute(cat, {"equip.robot.missing": Evidence(firms=5, large_firms=1)})
    assert len(result) == 8
    assert [g.gap for g in result] == sorted((g.gap for g in result), reverse=True)
    by = gaps.by_segment(result)
    assert by["equip.robot.missing"].local_firms == 5
    assert by["equip.robot.missing"].gap < 1.0
    assert by["equip.laser.missing"].gap == pytest.approx(0.75)
    assert by["equip.robot.weak"].key and not by["equip.laser.weak"].key
    rec = by["equip.robot.weak"].to_json()
    assert list(rec)[:5] == ["direction", "segment", "strength", "local_firms", "gap"]


def test_missing_segment_with_sizeable_local_firms_is_flagged_for_review():
    cat = small_catalog()
    ev = {
        "equip.robot.missing": Evidence(firms=6, large_firms=4, employees=5000),
        "equip.robot.weak": Evidence(firms=2, large_firms=1),
    }
    by = gaps.by_segment(gaps.compute(cat, ev))
    flagged = by["equip.robot.missing"]
    assert flagged.review and "复核" in flagged.note and "缺失" in flagged.note
    assert flagged.estimated in ("present", "strong", "weak")
    assert not by["equip.robot.weak"].review
    # Still a gap (staff's word stands), but smaller than an unevidenced missing segment.
    assert flagged.gap < by["equip.laser.missing"].gap / 0.75


def test_strong_segment_without_local_firms_is_flagged_only_with_enough_data():
    cat = small_catalog()
    few = gaps.by_segment(gaps.compute(cat, {}, local_total=10))
    assert not few["equip.robot.strong"].review
    many = gaps.by_segment(gaps.compute(cat, {}, local_total=500))
    assert many["equip.robot.strong"].review
    assert "优势" in many["equip.robot.strong"].note


def test_estimated_strength_grows_with_evidence():
    order = [gaps.estimate_strength(gaps.evidence_value(n, n)) for n in (0, 1, 3, 12)]
    assert order == ["missing", "weak", "present", "strong"]


# -- the database glue ----------------------------------------------------------------------
def test_compute_gaps_counts_confident_dongguan_firms(db):
    from app import ranking

    seg = first_segment("equip.robot")
    before = {g.segment: g for g in ranking.compute_gaps(db)}[seg]
    assert before.local_firms == 0
    add_firm(db, city="东莞市", segment=seg, confidence=0.9, employees=800)
    add_firm(db, city="东莞市", segment=seg, confidence=0.8, revenue=100.0)
    add_firm(db, city="东莞市", segment=seg, confidence=0.2)  # too unsure to count
    add_firm(db, city="东莞市", segment=seg, confidence=0.2, confirmed=True)  # staff said so
    add_firm(db, city="深圳市", segment=seg, confidence=0.99)  # not local
    after = {g.segment: g for g in ranking.compute_gaps(db)}[seg]
    assert after.local_firms == 3
    assert after.large_firms == 1
    assert after.local_employees == 800
    assert after.gap < before.gap
    assert after.examples[0].startswith("企业")


def test_staff_strength_override_changes_gap(db):
    from app import catalog_store, ranking

    seg = first_segment("equip.robot")
    g0 = {g.segment: g for g in ranking.compute_gaps(db)}[seg]
    new = "strong" if g0.strength != "strong" else "missing"
    catalog_store.set_strength(db, seg, new)
    g1 = {g.segment: g for g in ranking.compute_gaps(db)}[seg]
    assert g1.strength == new
    assert (g1.gap < g0.gap) == (new == "strong")
