"""app.targeting: flags, links, signals, strategies, regions and 以商引商 (issue #16)."""

from __future__ import annotations

import csv
import itertools
import json
from datetime import date, timedelta
from pathlib import Path

import pytest

from app.errors import UserError
from app.jobs import run_to_end
from tests.test_ranking import add_firm, first_segment, rescore, stored, uscc_for

_n = itertools.count(5000)


def write_csv(path: Path, header: list[str], rows: list[list[object]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(header)
        w.writerows(rows)
    return path


def twin(db, name: str, **kw) -> int:
    """A Shenzhen candidate in a key segment, with the same facts as its twins."""
    facts = dict(
        segment=first_segment("equip.robot"),
        revenue=20000.0,
        employees=300,
        revenue_growth=0.1,
        rd_ratio=0.05,
        patents=30,
        high_tech=1,
    )
    return add_firm(db, name=name, uscc=uscc_for(next(_n)), **(facts | kw))


# -- the ranking -----------------------------------------------------------------------------
def test_little_giant_with_recent_expansion_ranks_above_its_twin(db, tmp_path):
    from app import ranking
    from app.targeting import flags, signals

    plain = twin(db, "深圳市平常精密有限公司")
    giant = twin(db, "深圳市巨人精密有限公司")
    rescore(db)
    before = stored(db, giant)
    assert before == stored(db, plain)  # identical firms score alike before the lists
    sheet = write_csv(tmp_path / "giants.csv", ["企业名称"], [["深圳市巨人精密有限公司"]])
    report = run_to_end(flags.import_flags(db, sheet, "专精特新小巨人", year=2024))
    assert report["matched"] == 1
    signals.add(db, giant, "扩产", (date.today() - timedelta(days=10)).isoformat(), "新基地")
    assert ranking.is_stale(db)
    rescore(db)
    a, b = stored(db, giant), stored(db, plain)
    assert a["score"] > b["score"]
    assert a["capability"] > b["capability"]
    assert a["propensity"] > b["propensity"]
    assert b == before  # the twin is untouched
    top = ranking.top(db, 2)
    assert [r["id"] for r in top] == [giant, plain]
    # The stored score still checks by hand from its stored parts.
    w = ranking.get_weights(db).normalised()
    assert a["score"] == pytest.approx(
        100
        * (
            w.gap_fit * a["gap_fit"]
            + w.capability * a["capability"]
            + w.propensity * a["propensity"]
        )
    )


def test_explain_carries_flags_signals_and_links(db, tmp_path):
    from app import ranking
    from app.targeting import flags, links, signals

    fid = twin(db, "深圳市说明精密有限公司")
    partner = add_firm(db, name="东莞市整车制造有限公司", city="东莞市")
    run_to_end(
        flags.import_flags(
            db,
            write_csv(tmp_path / "f.csv", ["企业名称"], [["深圳市说明精密有限公司"]]),
            "瞪羚企业",
            year=2025,
        )
    )
    day = date.today() - timedelta(days=30)
    signals.add(db, fid, "土地竞买", f"{day.year}年{day.month}月{day.day}日")
    run_to_end(
        links.import_links(
            db,
            write_csv(
                tmp_path / "l.csv",
                ["firm", "partner", "relation", "source"],
                [["深圳市说明精密有限公司", "东莞市整车制造有限公司", "supplier", "走访"]],
            ),
        )
    )
    rescore(db)
    out = ranking.explain_firm(db, fid)
    assert out["flags"] == [{"name": "瞪羚企业", "year": 2025, "source": "f.csv", "tier": 0.8}]
    assert [s["kind"] for s in out["signals"]] == ["土地竞买"]
    assert 0 < out["signals"][0]["weight"] <= signals.KINDS["土地竞买"].base
    assert out["links"][0]["partner"] == "东莞市整车制造有限公司"
    assert out["links"][0]["relation"] == "供应商"
    assert out["links"][0]["partner_id"] == partner
    # The summary says it in policy language; the detail names weights and sources.
    assert "列入瞪羚企业（2025年）名录，属高成长企业" in out["summary"]
    assert f"{day.isoformat()} 正在找地" in out["summary"]
    assert "以商引商：该企业是在莞企业东莞市整车制造有限公司的供应商" in out["summary"]
    assert "权重" not in out["summary"] and "半衰期" not in out["summary"]
    assert "瞪羚企业（2025年，来源：f.csv）" in out["detail"]
    assert f"土地竞买（{day.isoformat()}，来源：手工录入）" in out["detail"]
    assert "是 东莞市整车制造有限公司 的供应商（来源：走访）" in out["detail"]
    json.dumps(out, ensure_ascii=False)  # the --json record


# -- flags -----------------------------------------------------------------------------------
def test_flag_import_matches_by_code_name_and_short_forms(db, tmp_path):
    from app.targeting import flags

    a = add_firm(db, name="深圳市汇川技术股份有限公司", uscc=uscc_for(1), short_name="汇川技术")
    b = add_firm(db, name="TCL科技集团股份有限公司", city="惠州市")
    c = add_firm(db, name="广州市明珠·光电(集团)有限公司", city="广州市")
    d = add_firm(db, name="广州市同名科技有限公司", city="广州市")
    e = add_firm(db, name="深圳市同名科技有限公司", city="深圳市")
    sheet = write_csv(
        tmp_path / "list.csv",
        ["序号", "企业名称", "统一社会信用代码", "年份"],
        [
            [1, "旧名称", uscc_for(1), 2023],  # code wins over an old name
            [2, "tcl科技集团股份有限公司", "", "2024年"],  # case
            [3, "广州明珠光电（集团）有限公司", "", ""],  # place without 市, brackets, no ·
            [4, "同名科技", "", ""],  # two firms: not guessed
            [5, "深圳同名科技", "", ""],  # the place decides
            [6, "不存在的企业有限公司", "", ""],
            [7, "", "", ""],
            [8, "某某公司", "", "明年"],
        ],
    )
    report = run_to_end(flags.import_flags(db, sheet, "专精特新中小企业", year=2022))
    assert report["rows"] == 7  # the empty row is skipped
    assert report["by"] == {"uscc": 1, "name": 1, "short": 2}
    assert report["unmatched_count"] == 3
    reasons = {u["row"]: u["reason"] for u in report["unmatched"]}
    assert "2 家" in reasons[5] or "多家" in reasons[5]
    assert "没有" in reasons[7]
    assert "年份" in reasons[9]
    years = dict(db.query("SELECT firm_id, year FROM firm_flags"))
    assert years == {a: 2023, b: 2024, c: 2022, e: 2022}
    assert d not in years
    again = run_to_end(flags.import_flags(db, sheet, "专精特新中小企业", year=2022))
    assert again["added"] == 0 and again["already"] == 4
    assert flags.list_flags(db)[0]["firms"] == 4


def test_flag_names_are_kept_as_written_and_valued_by_standing():
    from app.targeting import flags

    assert flags.flag_name(" 专精特新  小巨人 ") == "专精特新 小巨人"
    assert flags.tier("专精特新“小巨人”") == 1.0
    assert flags.tier("专精特新中小企业") < flags.tier("瞪羚企业") < flags.tier("独角兽")
    assert flags.tier("东莞市倍增计划企业") == flags.OTHER_TIER
    with pytest.raises(UserError):
        flags.flag_name("  ")


def test_flag_import_of_50000_rows_reports_progress_and_a_small_report(db, tmp_path):
    # its speed is measured by bench/, not timed here
    from app.targeting import flags

    rows = 50_000
    with db.write():
        db.conn.executemany(
            "INSERT INTO firms (name, name_norm, uscc, city, imported_at, updated_at) "
            "VALUES (?, ?, ?, '深圳市', 'x', 'x')",
            [
                (f"深圳市名录{i}科技有限公司", f"深圳市名录{i}科技有限公司", uscc_for(10**6 + i))
                for i in range(rows // 2)
            ],
        )
    body = [
        [f"深圳市名录{i}科技有限公司", uscc_for(10**6 + i) if i % 2 else ""] for i in range(rows)
    ]
    sheet = write_csv(tmp_path / "big.csv", ["企业名称", "统一社会信用代码"], body)
    job = flags.import_flags(db, sheet, "高新技术企业")
    steps = []
    try:
        while True:
            steps.append(next(job))
    except StopIteration as stop:
        report = stop.value
    assert report["rows"] == rows
    assert report["matched"] == rows // 2
    assert report["unmatched_count"] == rows // 2
    assert len(report["unmatched"]) == flags.UNMATCHED_SHOWN  # the report stays small
    assert len(steps) >= rows // flags.BATCH


# -- links -----------------------------------------------------------------------------------
def test_links_relation_semantics_unmatched_partners_and_groups(db, tmp_path):
    from app.targeting import links

    anchor = add_firm(db, name="东莞市锚点汽车有限公司", city="东莞市")
    sup = add_firm(db, name="深圳市供货电池有限公司")
    cus = add_firm(db, name="广州市采购整车有限公司", city="广州市")
    parent = add_firm(db, name="深圳市集团控股有限公司")
    sub2 = add_firm(db, name="广州市集团二号有限公司", city="广州市")
    sheet = write_csv(
        tmp_path / "links.csv",
        ["企业名称", "关联企业", "关系", "来源", "日期"],
        [
            ["深圳市供货电池有限公司", "东莞市锚点汽车有限公司", "供应商", "年报", "2025/3/1"],
            ["东莞市锚点汽车有限公司", "广州市采购整车有限公司", "供应商", "", ""],
            ["东莞市锚点汽车有限公司", "深圳市集团控股有限公司", "子公司", "", ""],
            ["广州市集团二号有限公司", "深圳市集团控股有限公司", "子公司", "", ""],
            ["东莞市锚点汽车有限公司", "深圳市库外模具有限公司", "客户", "走访", ""],
            ["库外甲有限公司", "东莞市锚点汽车有限公司", "客户", "", ""],  # stored from the anchor
            ["库外乙有限公司", "库外丙有限公司", "客户", "", ""],
            ["深圳市供货电池有限公司", "东莞市锚点汽车有限公司", "朋友", "", ""],
        ],
    )
    report = run_to_end(links.import_links(db, sheet))
    assert report["imported"] == 6
    assert report["partners_not_in_database"] == 2
    assert report["stored_from_partner_side"] == 1
    assert report["rejected_count"] == 2
    assert {links.relation_code(x) for x in ("供应商", "Supplier", "same group")} == {
        "supplier",
        "group",
    }
    mine = {(x["partner"], x["relation"], x["matched"]) for x in links.of_firm(db, anchor)}
    assert ("深圳市供货电池有限公司", "客户", True) in mine  # the battery maker supplies the anchor
    assert ("广州市采购整车有限公司", "供应商", True) in mine
    assert ("深圳市集团控股有限公司", "子公司", True) in mine
    assert ("深圳市库外模具有限公司", "客户", False) in mine
    assert ("库外甲有限公司", "供应商", False) in mine
    assert [x["partner_id"] for x in links.partners(db, anchor, "supplier") if x["matched"]] == [
        sup
    ]
    assert [x["partner_id"] for x in links.partners(db, anchor, "customer") if x["matched"]] == [
        cus
    ]
    assert set(links.group_of(db, anchor)) == {parent, sub2}
    assert set(links.group_of(db, sub2)) == {parent, anchor}
    # A partner imported later is found by its name.
    late = add_firm(db, name="深圳市库外模具有限公司")
    assert any(x["partner_id"] == late for x in links.of_firm(db, anchor))
    assert any(x["partner_id"] == anchor for x in links.of_firm(db, late))


def test_anchor_lists_its_suppliers_first(db, tmp_path):
    from app.targeting import anchor as anchoring
    from app.targeting import links

    a = add_firm(db, name="东莞市锚定整车有限公司", city="东莞市")
    # The customer is the stronger firm: suppliers still come first.
    strong_customer = twin(db, "深圳市强大客户有限公司", revenue=900000.0, patents=900)
    weak_supplier = twin(db, "深圳市普通供应有限公司", revenue=600.0, patents=1, high_tech=0)
    other_supplier = twin(db, "广州市另一供应有限公司", city="广州市", district="黄埔区")
    sister = twin(db, "深圳市集团兄弟有限公司")
    dongguan_supplier = add_firm(db, name="东莞市本地供应有限公司", city="东莞市")
    unrelated = twin(db, "深圳市无关企业有限公司", revenue=900000.0)
    sheet = write_csv(
        tmp_path / "a.csv",
        ["firm", "partner", "relation"],
        [
            ["深圳市强大客户有限公司", "东莞市锚定整车有限公司", "客户"],
            ["深圳市普通供应有限公司", "东莞市锚定整车有限公司", "供应商"],
            ["东莞市锚定整车有限公司", "广州市另一供应有限公司", "客户"],
            ["深圳市集团兄弟有限公司", "东莞市锚定整车有限公司", "同一集团"],
            ["东莞市本地供应有限公司", "东莞市锚定整车有限公司", "供应商"],
        ],
    )
    run_to_end(links.import_links(db, sheet))
    rescore(db)
    found = anchoring.candidates(db, a, top=10)
    rows = found["rows"]
    assert [r["relation_code"] for r in rows] == ["supplier", "supplier", "customer", "group"]
    assert {r["id"] for r in rows[:2]} == {weak_supplier, other_supplier}
    assert rows[0]["score"] >= rows[1]["score"]
    assert rows[2]["id"] == strong_customer and rows[2]["score"] > rows[0]["score"]
    assert rows[3]["id"] == sister
    ids = {r["id"] for r in rows}
    assert dongguan_supplier not in ids and unrelated not in ids  # local base; not linked
    assert all(r["why"] for r in rows)
    assert [r["anchor_rank"] for r in rows] == [1, 2, 3, 4]
    assert len(anchoring.candidates(db, a, top=1)["rows"]) == 1


# -- signals ---------------------------------------------------------------------------------
def test_signal_weights_halve_every_half_life():
    from app.targeting import signals

    today = date(2026, 12, 1)
    k = signals.KINDS["扩产"]
    assert signals.weight("扩产", "2026-12-01", today) == pytest.approx(k.base)
    back = (today - timedelta(days=k.half_life)).isoformat()
    assert signals.weight("扩产", back, today) == pytest.approx(k.base / 2)
    assert signals.apply(0.4, 0.5) == pytest.approx(0.7)
    assert signals.kind_of("拿地") == ("土地竞买", None)
    assert signals.kind_of("参展") == ("其他", "参展")


def test_signal_import_refuses_future_rows_and_reads_usual_dates(db, tmp_path):
    from app.targeting import signals

    fid = add_firm(db, name="深圳市动向科技有限公司")
    future = (date.today() + timedelta(days=3)).isoformat()
    sheet = write_csv(
        tmp_path / "s.csv",
        ["企业", "类型", "日期", "说明"],
        [
            ["深圳市动向科技有限公司", "扩产", "2024年5月6日", "新厂"],
            ["深圳市动向科技有限公司", "融资", "2024/7/8", ""],
            ["深圳市动向科技有限公司", "环评公示", "20240910", ""],
            ["深圳市动向科技有限公司", "参展", "2024.10.1", "高交会"],
            ["深圳市动向科技有限公司", "土地竞买", future, ""],
            ["深圳市动向科技有限公司", "扩产", "2024-02-30", ""],
            ["库外企业有限公司", "扩产", "2024-01-01", ""],
        ],
    )
    report = run_to_end(signals.import_signals(db, sheet))
    assert report["imported"] == 4
    assert report["future"] == 1
    assert report["rejected_count"] == 3
    assert report["kept_as_other"] == 1
    got = {(s["kind"], s["date"]) for s in signals.of_firm(db, fid)}
    assert got == {
        ("扩产", "2024-05-06"),
        ("融资", "2024-07-08"),
        ("环评公示", "2024-09-10"),
        ("其他", "2024-10-01"),
    }
    with pytest.raises(UserError, match="今天之后"):
        signals.add(db, fid, "扩产", future)
    assert len(signals.of_firm(db, fid)) == 4


# -- strategies ------------------------------------------------------------------------------
def test_strategies_value_segments_by_their_rule(db):
    import catalog
    from app import ranking
    from app.targeting import strategies

    cat = catalog.load_default()
    gaps = ranking.compute_gaps(db, cat)
    fill = strategies.segment_values("补链", gaps, cat)
    strong = strategies.segment_values("强链", gaps, cat)
    extend = strategies.segment_values("延链", gaps, cat)
    by = {g.segment: g for g in gaps}
    s_strong = next(s for s, g in by.items() if g.strength == "strong")
    s_missing = next(s for s, g in by.items() if g.strength == "missing")
    assert fill[s_missing] > fill[s_strong]
    assert strong[s_strong] > strong[s_missing]
    # 延链: a segment with nothing strong beside it in the chain has no extension value.
    for d in cat.directions:
        segs = [by[s.code] for s in d.segments]
        for g in segs:
            near = [n for n in segs if n.position in strategies.NEIGHBOURS[g.position]]
            if not any(n.strength in ("strong", "present") for n in near):
                assert extend[g.segment] <= 0.3 * 1.0


def test_strategy_choice_reorders_and_is_saved_by_name(db):
    import catalog
    from app import ranking, shortlists
    from app.targeting import strategies

    cat = catalog.load_default()
    gaps = {g.segment: g for g in ranking.compute_gaps(db, cat)}
    strong_seg = next(s for s, g in gaps.items() if g.strength == "strong" and g.key)
    missing_seg = next(s for s, g in gaps.items() if g.strength == "missing" and g.key)
    in_strong = twin(db, "深圳市优势环节有限公司", segment=strong_seg)
    in_gap = twin(db, "深圳市缺口环节有限公司", segment=missing_seg)
    rescore(db)
    assert stored(db, in_gap)["score"] > stored(db, in_strong)["score"]
    assert strategies.current(db) == "补链"
    w = strategies.use(db, "强链")
    ranking.set_weights(db, **w.to_json())
    assert ranking.get_weights(db).capability == 0.45
    rescore(db)
    assert stored(db, in_strong)["score"] > stored(db, in_gap)["score"]
    shortlists.create(db, "强链名单")
    assert strategies.of_shortlist(db, "强链名单") == "强链"
    assert strategies.shortlist_label(db, "强链名单") == "强链名单（按强链策略选取）"
    # Weights changed under 强链 are saved under it; 补链 keeps its own.
    strategies.remember(db, ranking.set_weights(db, capability=0.6))
    w = strategies.use(db, "补链")
    assert w.to_json() == strategies.STRATEGIES["补链"].weights
    assert strategies.use(db, "强链").capability == 0.6
    with pytest.raises(UserError):
        strategies.check("乱链")


# -- regions ---------------------------------------------------------------------------------
def test_region_is_catalog_data_and_candidates_a_database_setting(db):
    import catalog
    from app import ranking
    from app.targeting import regions
    from catalog import codes

    cat = catalog.load_default()
    assert (cat.local_city, cat.candidate_cities) == (codes.LOCAL_CITY, codes.CANDIDATE_CITIES)
    assert regions.get(db) == ["深圳市", "广州市"]
    hk = twin(db, "香港某某科技有限公司", city="香港特别行政区", district=None)
    jp = twin(db, "日本某某株式会社", city="日本", district=None)
    fs = twin(db, "佛山市某某科技有限公司", city="佛山市", district=None)
    rescore(db)
    assert all(stored(db, f)["score"] is None for f in (hk, jp, fs))
    assert regions.add(db, "港澳") == ["深圳市", "广州市", "港澳"]
    assert regions.add(db, "境外：日本")[-1] == "境外:日本"
    assert regions.add(db, "佛山")[-1] == "佛山市"
    assert ranking.is_stale(db)
    rescore(db)
    assert all(stored(db, f)["score"] is not None for f in (hk, jp, fs))
    with pytest.raises(UserError, match="本地城市"):
        regions.add(db, "东莞")
    regions.remove(db, "佛山市")
    rescore(db)
    assert stored(db, fs)["score"] is None
    assert regions.describe(regions.get(db)) == "深圳市、广州市、港澳、境外（日本）"


# -- the schema ------------------------------------------------------------------------------
def test_targeting_rows_go_with_their_firm_and_survive_backup_and_restore(db, tmp_path):
    from app import backup
    from app.db import Database
    from app.targeting import signals

    fid = add_firm(db, name="深圳市备份测试有限公司")
    other = add_firm(db, name="深圳市伙伴有限公司")
    signals.add(db, fid, "融资", "2024-01-02")
    with db.write():
        db.execute(
            "INSERT INTO firm_flags (firm_id, flag, imported_at) VALUES (?, '独角兽', 'x')", (fid,)
        )
        db.execute(
            "INSERT INTO firm_links (firm_id, partner_id, partner_name, partner_norm, relation, "
            "created_at) VALUES (?, ?, '深圳市伙伴有限公司', '深圳市伙伴有限公司', 'group', 'x')",
            (fid, other),
        )
    out = tmp_path / "copy.sqlite"
    backup.backup_to(db, out)
    copy = Database(out)
    try:
        for t in ("firm_flags", "firm_links", "firm_signals"):
            assert copy.scalar(f"SELECT COUNT(*) FROM {t}") == 1
    finally:
        copy.close()
    with db.write():
        db.execute("DELETE FROM firm_signals")
    backup.restore(db, out)  # checked against the program's schema, rows copied
    for t in ("firm_flags", "firm_links", "firm_signals"):
        assert db.scalar(f"SELECT COUNT(*) FROM {t}") == 1
    with db.write():
        db.execute("DELETE FROM firms WHERE id = ?", (other,))
    assert db.scalar("SELECT partner_id FROM firm_links") is None  # kept, unmatched
    with db.write():
        db.execute("DELETE FROM firms WHERE id = ?", (fid,))
    for t in ("firm_flags", "firm_links", "firm_signals"):
        assert db.scalar(f"SELECT COUNT(*) FROM {t}") == 0


# -- the dossier -----------------------------------------------------------------------------
def test_dossier_shows_lists_signals_links_and_the_shortlists_strategy(db, tmp_path):
    from app import dossier, ranking, shortlists
    from app.targeting import flags, links, signals, strategies

    fid = twin(db, "深圳市档案精密有限公司")
    other = twin(db, "深圳市无名精密有限公司")
    add_firm(db, name="东莞市总装制造有限公司", city="东莞市")  # the partner, matched by name
    run_to_end(
        flags.import_flags(
            db,
            write_csv(tmp_path / "f.csv", ["企业名称"], [["深圳市档案精密有限公司"]]),
            "单项冠军",
        )
    )
    signals.add(db, fid, "融资", "2025-05-06", "完成B轮融资")
    run_to_end(
        links.import_links(
            db,
            write_csv(
                tmp_path / "l.csv",
                ["企业名称", "关联企业", "关系", "来源"],
                [
                    ["深圳市档案精密有限公司", "东莞市总装制造有限公司", "供应商", "走访"],
                    ["深圳市档案精密有限公司", "香港某某贸易有限公司", "客户", "年报"],
                ],
            ),
        )
    )
    ranking.set_weights(db, **strategies.use(db, "延链").to_json())
    rescore(db)
    shortlists.create(db, "延链名单")
    strategies.use(db, "补链")  # the list keeps the strategy it was built with
    shortlists.add(db, "延链名单", [fid, other])

    d = dossier.build(db, fid, shortlist="延链名单", today=date(2026, 1, 5))
    assert d.strategy == "延链"
    assert ("名录", "单项冠军", "f.csv", "") in d.targeting
    assert ("动向·融资", "完成B轮融资", "手工录入", "2025年5月6日") in d.targeting
    assert [r[1] for r in d.targeting if r[0] == "关联·供应商"] == [
        "是 东莞市总装制造有限公司 的供应商"
    ]
    assert [r[1] for r in d.targeting if r[0] == "关联·客户"] == [
        "是 香港某某贸易有限公司 的客户（库外企业）"
    ]
    html = d.html()
    assert "延链名单（按延链策略选取）" in html
    assert "名录、动向与关联企业" in html and "完成B轮融资" in html
    # A firm with none of them gets no empty table.
    plain = dossier.build(db, other, shortlist="延链名单")
    assert plain.targeting == [] and "名录、动向与关联企业" not in plain.html()
    cover = dossier.batch_cover_html(
        "延链名单", [{"name": d.name, "page": 2, "strategy": d.strategy}]
    )
    assert "名单：延链名单（按延链策略选取）" in cover


def test_a_new_shortlist_records_its_strategy_in_its_first_version(db):
    from app import shortlists
    from app.targeting import strategies

    strategies.use(db, "延链")
    sid = shortlists.create(db, "新名单")
    row = db.execute("SELECT strategy, version FROM shortlists WHERE id = ?", (sid,)).fetchone()
    assert tuple(row) == ("延链", 1)
