"""The shipped investment catalog (resources/catalog/catalog.toml) and its loader."""

from __future__ import annotations

import copy
import json
import math
import tomllib
from collections import defaultdict
from typing import Any

import pytest

import catalog
import resources
from catalog import codes
from catalog.loader import CatalogError, load, parse
from catalog.model import POSITIONS, STRENGTHS
from tests.conftest import run_cli

CATALOG_PATH = resources.path("catalog", "catalog.toml")


@pytest.fixture(scope="module")
def cat() -> catalog.Catalog:
    return load(CATALOG_PATH)


@pytest.fixture
def raw() -> dict[str, Any]:
    """The shipped file as plain TOML data, for building broken variants."""
    return tomllib.loads(CATALOG_PATH.read_text(encoding="utf-8"))


def _dir_index(raw: dict[str, Any], code: str) -> int:
    return next(i for i, d in enumerate(raw["directions"]) if d["code"] == code)


# ── the shipped catalog ──────────────────────────────────────────────────────────────


def test_shipped_catalog_loads(cat):
    assert cat.version == "2018-2025.1"
    assert "东莞市重点新兴产业发展规划" in cat.title
    assert cat.core.startswith("依托散裂中子源") and "松山湖" in cat.core
    assert catalog.load_default() == cat


def test_five_domains_with_fixed_codes(cat):
    assert [d.code for d in cat.domains] == list(codes.DOMAINS)
    names = {d.code: d.name for d in cat.domains}
    assert names == {
        "it": "新一代信息技术",
        "equip": "高端装备制造",
        "mat": "新材料",
        "energy": "新能源",
        "bio": "生命科学和生物技术",
    }


def test_twenty_one_directions_ten_key(cat):
    assert cat.direction_codes == codes.DIRECTIONS
    assert len(cat.directions) == 21
    key = [d.code for d in cat.directions if d.key]
    assert key == list(codes.KEY_DIRECTIONS)
    for d in cat.directions:
        assert d.code.startswith(d.domain + ".")
        assert d.description and d.name
        assert 1 <= len(d.policy) <= 5, d.code
        assert len(d.plan_words) == 1 and d.plan_words[0].chapter, d.code
        if d.key:
            assert d.wording == "重点发展", d.code
        else:  # catalog-spec §1: each opens with its own verb (tests/test_plan_quotes.py)
            assert d.wording != "重点发展", d.code
    assert cat.direction("it.ai").name == "新一代人工智能"
    assert cat.direction("energy.battery").name == "高性能电池"
    assert cat.direction("bio.services").name == "生物技术服务"


def test_segments_are_complete(cat):
    for d in cat.directions:
        assert len(d.segments) >= (4 if d.key else 2), d.code
        for s in d.segments:
            short = s.code.removeprefix(d.code + ".")
            assert short.replace("_", "").isalpha() and short.islower(), s.code
            assert s.direction == d.code
            assert s.position in POSITIONS and s.strength in STRENGTHS
            assert s.name and s.description, s.code
            assert 8 <= len(s.keywords) <= 25, s.code
            assert 3 <= len(s.products) <= 10, s.code
            assert len(set(s.keywords)) == len(s.keywords), s.code


def test_every_key_direction_spans_the_chain(cat):
    for d in cat.key_directions:
        assert {s.position for s in d.segments} == set(POSITIONS), d.code


def test_keywords_tell_directions_apart(cat):
    """The classifier learns from these words: none may point at two directions."""
    owners: dict[str, set[str]] = defaultdict(set)
    for d in cat.directions:
        for word in d.keywords:
            owners[word.lower()].add(d.code)
        for s in d.segments:
            for word in s.keywords:
                owners[word.lower()].add(d.code)
    shared = {w: sorted(ds) for w, ds in owners.items() if len(ds) > 1}
    assert shared == {}


def test_short_latin_keywords_are_avoided(cat):
    """Two-letter Latin words match inside unrelated text ("CT" in "product")."""
    allowed = {"5G", "VR"}
    short = [
        w
        for s in cat.segments()
        for w in (*s.keywords, *cat.direction(s.direction).keywords)
        if w.isascii() and len(w) <= 2 and w not in allowed
    ]
    assert short == []


def test_boundary_rules_of_the_spec(cat):
    def owner(word: str) -> str:
        found = {s.direction for s in cat.segments() if word in s.keywords}
        assert len(found) == 1, (word, found)
        return found.pop()

    assert owner("印制电路板") == "it.terminal"
    assert owner("显示面板") == "it.terminal"
    assert owner("芯片设计") == "it.components"
    assert owner("覆铜板") == "mat.advanced"
    assert owner("溅射靶材") == "mat.advanced"
    assert owner("电芯") == "energy.battery"
    assert owner("动力电池") == "energy.battery"
    assert owner("新能源乘用车") == "energy.nev"
    assert owner("谐波减速器") == "equip.robot"
    assert owner("手术机器人") == "equip.service_robot"
    assert owner("光纤激光器") == "equip.laser"


def test_plan_gaps_are_encoded(cat):
    seg = cat.segment
    # robots: key parts to be localised (加速关键零部件国产化); bodies and integration exist
    robot_parts = [s for s in cat.direction("equip.robot").segments if s.position == "upstream"]
    assert {"减速器", "伺服电机", "机器人控制器"} <= {k for s in robot_parts for k in s.keywords}
    assert all(s.strength in {"missing", "weak"} for s in robot_parts)
    assert any(s.strength == "missing" for s in robot_parts)
    assert seg("equip.robot.body").strength == "present"
    assert seg("equip.robot.integration").strength == "present"
    # lasers: core devices and high-power chips not mastered; laser equipment exists
    assert seg("equip.laser.core").strength == "missing"
    assert "合束器" in seg("equip.laser.core").keywords
    assert seg("equip.laser.chip").strength == "missing"
    assert seg("equip.laser.equipment").strength == "present"
    # chips: FPGA design and packaging/test centre to be built
    assert "FPGA" in seg("it.components.ic_design").keywords
    assert seg("it.components.ic_design").strength in {"missing", "weak"}
    assert seg("it.components.packaging").strength in {"missing", "weak"}
    # NEV: passenger-car makers to be brought in
    assert seg("energy.nev.passenger").strength == "missing"
    assert seg("energy.nev.passenger").position == "midstream"
    # batteries: consumer base strong, power and storage to be extended, next-gen missing
    assert seg("energy.battery.consumer").strength == "strong"
    assert seg("energy.battery.power").strength == "weak"
    assert seg("energy.battery.storage").strength == "weak"
    nxt = seg("energy.battery.next")
    assert nxt.strength == "missing"
    assert {"燃料电池", "固态电池"} <= set(nxt.keywords)
    # smart terminals: phones and PCB are Dongguan's base
    assert seg("it.terminal.phone").strength == "strong"
    assert seg("it.terminal.pcb").strength == "strong"
    assert seg("it.terminal.display").strength == "present"
    # every missing segment says why
    for s in cat.segments():
        if s.strength == "missing" and cat.direction(s.direction).key:
            assert s.gap_note, s.code


def test_zones_one_per_key_industry(cat):
    assert len(cat.zones) == 10
    assert sorted(z.direction for z in cat.zones) == sorted(codes.KEY_DIRECTIONS)
    assert [z.code for z in cat.zones] == [f"z{i}" for i in range(1, 11)]
    for z in cat.zones:
        assert z.name.endswith("产业集聚区") and z.places
        assert len(set(z.places)) == len(z.places)
    assert cat.zones_for("it.ict")[0].places == ("东城", "石龙", "石碣", "黄江", "常平")
    nev = cat.zones_for("energy.nev")[0]
    assert nev.places == ("麻涌", "谢岗") and "整车" in nev.layout
    assert "研发" in cat.zones_for("equip.robot")[0].layout
    # the plan puts 大数据、云计算 in zone 2 and the robot industry as a whole in zone 4
    assert [z.code for z in cat.zones_for("it.cloud")] == ["z2"]
    assert [z.code for z in cat.zones_for("equip.service_robot")] == ["z4"]


def test_every_direction_has_a_zone_or_a_belt_by_code(cat):
    for d in cat.directions:
        assert cat.zones_for(d.code) or cat.belts_for(d.code), d.code
    assert [b.code for b in cat.belts_for("equip.laser")] == ["east"]
    assert {b.code for b in cat.belts_for("equip.service_robot")} == {"central", "east"}
    assert cat.zones_for("equip.laser") == []


def test_belts_and_departments(cat):
    assert [b.name for b in cat.belts] == [
        "西部高端高新产业带",
        "中部创新创造产业带",
        "东部智能制造产业带",
    ]
    lead = {d.code: cat.lead_department(d.code).name for d in cat.directions}
    assert lead["it.ai"] == "市科技局"
    assert lead["it.ict"] == lead["it.terminal"] == lead["equip.robot"] == "市经信局"
    assert lead["mat.advanced"] == lead["mat.frontier"] == "市科技局"
    assert lead["energy.nev"] == lead["bio.pharma"] == lead["bio.services"] == "市发改局"
    assert {d.code: d.lead for d in cat.domains} == {
        "it": "市经信局",
        "equip": "市经信局",
        "mat": "市科技局",
        "energy": "市发改局",
        "bio": "市发改局",
    }
    names = {d.name for d in cat.departments}
    assert {"市商务局", "市财政局", "市府金融工作局", "市国土局"} <= names
    assert len(names) == 15  # 附件2's member units
    assert cat.lead_department("no.such") is None


# 表1 of the plan: name, unit, 2017, 2020, 2025, CAGR %
TABLE_1 = [
    ("新一代信息技术产业产值", "亿元", 5800, 11000, 24000, 19.4),
    ("高端装备制造产业产值", "亿元", 3000, 5500, 11000, 17.6),
    ("新材料产业产值", "亿元", 660, 1200, 2000, 14.9),
    ("新能源产业产值", "亿元", 600, 1100, 2000, 16.2),
    ("生命科学和生物技术产业产值", "亿元", 200, 500, 1000, 22.3),
    ("五大产业总产值", "亿元", 10200, 19000, 40000, 18.6),
    ("国家高新技术企业数量", "家", 4058, 6000, 10000, 11.9),
    ("专利授权数量", "万件", 4.5, 6.8, 13.8, 15),
    ("发明专利授权数量", "件", 4969, 7500, 15000, 14.8),
    ("创新创业领军人才", "人", 70, 100, 175, 12.1),
    ("R&D支出占GDP比重", "%", 2.6, 2.9, 3.4, 3.4),
]


def test_targets_match_table_1(cat):
    got = [(t.name, t.unit, t.y2017, t.y2020, t.y2025, t.cagr) for t in cat.targets]
    assert got == TABLE_1
    by_name = {t.name: t for t in cat.targets}
    assert by_name["新材料产业产值"].y2025 == 2000
    assert by_name["国家高新技术企业数量"].y2017 == 4058
    assert by_name["R&D支出占GDP比重"].y2025 == 3.4
    # "约" in 2017 and "超过" in 2020/2025 for the output rows
    for t in cat.targets[:6]:
        assert (t.qualifier2017, t.qualifier2020, t.qualifier2025) == ("≈", ">", ">")
    assert by_name["发明专利授权数量"].qualifier2025 == ">"
    assert by_name["国家高新技术企业数量"].qualifier2017 == ""
    assert [t.domain for t in cat.targets[:5]] == list(codes.DOMAINS)
    assert all(t.domain == "" for t in cat.targets[5:])
    # the five domains' 2025 targets add up to the total
    assert sum(t.y2025 for t in cat.targets[:5]) == by_name["五大产业总产值"].y2025


def test_target_growth_rates_are_consistent(cat):
    """Each CAGR is the 2017→2025 growth the plan's figures imply (catches typos)."""
    for t in cat.targets:
        implied = (math.pow(t.y2025 / t.y2017, 1 / 8) - 1) * 100
        assert abs(implied - t.cagr) < 0.15, (t.name, implied, t.cagr)


def test_rules_of_the_plan(cat):
    rules = {r.code: r for r in cat.rules}
    assert {
        "performance_appraisal",
        "objective_assessment",
        "mu_efficiency",
        "targeted_sz_gz",
    } <= set(rules)
    assert "GDP和财政贡献" in rules["performance_appraisal"].text
    assert "第三方机构" in rules["objective_assessment"].text
    assert "亩均税收" in rules["mu_efficiency"].text
    assert "研发制造环节" in rules["targeted_sz_gz"].text
    assert all(r.summary for r in cat.rules)


def test_appraisal_indicators(cat):
    assert cat.appraisal_min_mu == 5
    ind = {i.key: i for i in cat.indicators}
    assert tuple(ind) == codes.INDICATORS
    assert sum(i.weight for i in cat.indicators) == 100
    assert [i.weight for i in cat.indicators] == [30, 20, 20, 10, 10, 10, 0]
    assert ind["tax_per_mu"].name == "亩均税收" and ind["tax_per_mu"].unit == "万元/亩"
    assert ind["value_added_per_energy"].unit == "万元/吨标准煤"
    assert ind["rd_ratio"].unit == "%"
    assert all(i.benchmark > 0 and i.higher_is_better for i in cat.indicators)


def test_to_json_is_serialisable(cat):
    data = json.loads(json.dumps(cat.to_json(), ensure_ascii=False))
    assert len(data["directions"]) == 21
    assert data["appraisal"]["min_mu"] == 5
    assert data["targets"][0]["qualifier2017"] == "≈"


# ── loader errors name the place ────────────────────────────────────────────────────


def _fails(raw: dict[str, Any], *fragments: str) -> str:
    with pytest.raises(CatalogError) as info:
        parse(raw, source="catalog.toml")
    msg = str(info.value)
    for fragment in fragments:
        assert fragment in msg, msg
    return msg


def test_unchanged_raw_parses(raw):
    assert len(parse(raw).directions) == 21


def test_duplicate_direction_code(raw):
    raw["directions"][1]["code"] = "it.ai"
    _fails(raw, "directions[1]", "it.ai", "重复")


def test_unknown_direction_code(raw):
    raw["directions"][3]["code"] = "it.quantum"
    _fails(raw, "directions[3]", "it.quantum", "未知")


def test_missing_direction(raw):
    del raw["directions"][_dir_index(raw, "bio.health")]
    _fails(raw, "directions", "bio.health")


def test_duplicate_segment_code(raw):
    i = _dir_index(raw, "equip.robot")
    segs = raw["directions"][i]["segments"]
    segs[1]["code"] = segs[0]["code"]
    _fails(raw, f"directions[{i}]", "equip.robot", segs[0]["code"], "重复")


def test_segment_code_outside_its_direction(raw):
    i = _dir_index(raw, "equip.robot")
    raw["directions"][i]["segments"][0]["code"] = "equip.laser.reducer"
    _fails(raw, f"directions[{i}]", "equip.laser.reducer")


def test_missing_name(raw):
    i = _dir_index(raw, "energy.nev")
    del raw["directions"][i]["segments"][2]["name"]
    _fails(raw, f"directions[{i}]", "energy.nev", "segments[2]", "name")


def test_missing_direction_name(raw):
    i = _dir_index(raw, "mat.frontier")
    del raw["directions"][i]["name"]
    _fails(raw, f"directions[{i}]", "mat.frontier", "name")


def test_bad_position(raw):
    i = _dir_index(raw, "it.ict")
    raw["directions"][i]["segments"][0]["position"] = "上游"
    _fails(raw, f"directions[{i}]", "it.ict", "position", "上游")


def test_bad_strength(raw):
    i = _dir_index(raw, "bio.device")
    raw["directions"][i]["segments"][1]["strength"] = "good"
    _fails(raw, f"directions[{i}]", "bio.device", "strength", "good")


def test_key_direction_needs_three_segments(raw):
    i = _dir_index(raw, "energy.battery")
    raw["directions"][i]["segments"] = raw["directions"][i]["segments"][:2]
    _fails(raw, f"directions[{i}]", "energy.battery", "3")


def test_key_flag_must_match_the_plan(raw):
    i = _dir_index(raw, "it.cloud")
    raw["directions"][i]["key"] = True
    _fails(raw, f"directions[{i}]", "it.cloud", "key")


def test_empty_keywords(raw):
    i = _dir_index(raw, "it.iot")
    raw["directions"][i]["segments"][0]["keywords"] = []
    _fails(raw, f"directions[{i}]", "it.iot", "keywords")


def test_non_number_target(raw):
    raw["targets"][3]["y2017"] = "约600"
    _fails(raw, "targets[3]", "新能源产业产值", "y2017", "数字")


def test_unknown_indicator(raw):
    broken = copy.deepcopy(raw)
    broken["appraisal"]["indicators"][0]["key"] = "tax"
    _fails(broken, "appraisal.indicators[0]", "tax")
    raw["appraisal"]["indicators"][1]["key"] = "tax_per_mu"
    _fails(raw, "appraisal.indicators[1]", "重复")


def test_unknown_zone_direction(raw):
    raw["zones"][2]["directions"] = ["it.phone"]
    _fails(raw, "zones[2]", "it.phone")


def test_unknown_belt_direction(raw):
    raw["belts"][1]["directions"] = ["it.ai", "bio.drugs"]
    _fails(raw, "belts[1]", "bio.drugs")


def test_a_direction_without_a_place_is_refused(raw):
    for z in raw["zones"]:
        z["directions"] = [c for c in z["directions"] if c != "equip.laser"]
    for b in raw["belts"]:
        b["directions"] = [c for c in b["directions"] if c != "equip.laser"]
    _fails(raw, "equip.laser")


def test_zone_codes_are_unique(raw):
    raw["zones"][1]["code"] = raw["zones"][0]["code"]
    _fails(raw, "zones[1]", "z1")


def test_department_leads_unknown_direction(raw):
    raw["departments"][0]["directions"] = ["it.robots"]
    _fails(raw, "departments[0]", "it.robots")


def test_domain_lead_must_be_a_department(raw):
    raw["domains"][4]["lead"] = "市卫生局"
    _fails(raw, "domains[4]", "市卫生局")


def test_load_reports_bad_files(tmp_path):
    bad = tmp_path / "bad.toml"
    bad.write_text('version = "1"\n[[directions]\n', encoding="utf-8")
    with pytest.raises(CatalogError, match=r"bad\.toml"):
        load(bad)
    with pytest.raises(CatalogError, match="找不到"):
        load(tmp_path / "absent.toml")
    gbk = tmp_path / "gbk.toml"
    gbk.write_bytes('title = "东莞"\n'.encode("gbk"))
    with pytest.raises(CatalogError, match="UTF-8"):
        load(gbk)


# ── the CLI shape (design.md §5) ──────────────────────────────────────────────────────


def test_cli_catalog_show_json_plain():
    proc = run_cli("catalog", "show", "--json", "--plain")
    assert proc.returncode == 0, proc.stderr.decode("utf-8", "replace")
    data = json.loads(proc.stdout.decode("utf-8"))
    assert data["version"] == "2018-2025.1"
    assert [set(d) >= {"code", "name"} for d in data["domains"]] == [True] * 5
    assert [d["code"] for d in data["directions"]] == list(codes.DIRECTIONS)
    for d in data["directions"]:
        assert {"code", "name", "domain", "key", "segments"} <= set(d)
        assert isinstance(d["key"], bool)
        for s in d["segments"]:
            assert {"code", "name", "position", "strength"} <= set(s)
            assert s["position"] in POSITIONS and s["strength"] in STRENGTHS
    for d in data["directions"]:
        assert {"plan_words", "zones", "belts", "notes"} <= set(d)
        assert d["plan_words"] and {"text", "chapter"} == set(d["plan_words"][0])
        assert d["zones"] or d["belts"], d["code"]
        assert all(n["label"] == "目录说明" for n in d["notes"])
    assert len(data["zones"]) == 10
    for z in data["zones"]:
        assert {"code", "name", "directions", "places", "notes"} <= set(z)
        assert isinstance(z["places"], list) and isinstance(z["directions"], list)
    assert [set(b) >= {"code", "name", "directions"} for b in data["belts"]] == [True] * 3
    assert len(data["member_units"]) == 15
    assert len(data["targets"]) == 11
    for t in data["targets"]:
        assert {"name", "unit", "y2017", "y2020", "y2025"} <= set(t)
    assert data["targets"][2]["y2025"] == 2000
