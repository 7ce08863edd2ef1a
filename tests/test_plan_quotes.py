"""Every string the catalog shows as the plan's words is the plan's text, verbatim (issue #17)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from catalog import codes, plan
from catalog.loader import load_default
from catalog.model import Quote

# catalog-spec.md §1: the plan's opening words for the eleven directions that are not key.
OPENING = {
    "it.components": "发展关键电子元器件",
    "it.iot": "发展物联网技术",
    "it.cloud": "发展云计算与大数据",
    "equip.service_robot": "加快培育发展服务机器人",
    "equip.laser": "积极布局高端激光装备制造",
    "mat.frontier": "加快布局前沿材料",
    "energy.renewable": "大力发展新型能源",
    "energy.smart_grid": "积极布局智慧能源",
    "bio.health_food": "积极布局生物保健",
    "bio.health": "积极发展大健康产业",
    "bio.services": "推动布局生物技术服务产业",
}


def test_plan_text_is_a_resource_with_its_source() -> None:
    import resources

    raw = resources.path("plan", "plan-2018-2025.txt").read_text(encoding="utf-8")
    assert "Source:" in raw.split("\n东莞市重点新兴产业发展规划", 1)[0]
    assert plan.text().lstrip().startswith("东莞市重点新兴产业发展规划")


def test_every_quote_is_verbatim() -> None:
    cat = load_default()
    assert len(plan.quotes(cat)) > 60
    assert plan.misquoted(cat) == []


def test_a_changed_word_is_caught() -> None:
    cat = load_default()
    d = cat.direction("it.iot")
    assert d is not None
    wrong = replace(d, wording="加快培育")  # the verb the catalog used to give
    bad = replace(cat, directions=tuple(wrong if x.code == d.code else x for x in cat.directions))
    assert [w for w, _ in plan.misquoted(bad)] == ["it.iot.wording"]
    para = replace(d, plan_words=(Quote(d.plan_words[0].text.replace("MEMS", "微机电")),))
    bad = replace(cat, directions=tuple(para if x.code == d.code else x for x in cat.directions))
    assert [w for w, _ in plan.misquoted(bad)] == ["it.iot.plan_words[0]"]


def test_an_ellipsis_marks_words_left_out() -> None:
    cat = load_default()
    rule = next(r for r in cat.rules if r.code == "mu_efficiency")
    assert plan.ELLIPSIS in rule.text
    assert "规模以上工业企业" in rule.text
    assert rule.chapter.startswith("七、")


@pytest.mark.parametrize("code", codes.DIRECTIONS)
def test_each_direction_quotes_its_paragraph_with_its_opening_words(code: str) -> None:
    d = load_default().direction(code)
    assert d is not None and d.plan_words
    first = d.plan_words[0]
    assert first.text.startswith(d.wording)
    assert first.chapter.startswith("四、")
    opening = OPENING.get(code, "重点发展" + d.name)
    # the direction's own paragraph, not a domain's introduction that names it in passing
    assert first.text.startswith(opening + "。"), first.text[:40]


def test_zone_instructions_are_kept_word_for_word() -> None:
    cat = load_default()
    notes = {z.code: " ".join(z.notes) for z in cat.zones}
    assert "总部型、平台型、基地型项目" in notes["z3"]
    assert "探索发展氢能源汽车" in notes["z7"] and "先进整车制造企业" in notes["z7"]
    assert "莞台两岸生物技术产业合作基地" in notes["z9"]
    assert "专精特新" in notes["z10"] and "国内外优质医疗器械企业" in notes["z10"]


def test_member_units_are_the_fifteen_of_annex_2() -> None:
    cat = load_default()
    assert len(cat.departments) == 15
    commerce = next(d for d in cat.departments if d.name == "市商务局")
    assert "积极引导境外资本" in commerce.role
    land = next(d for d in cat.departments if d.name == "市国土局")
    assert "亩产效益" not in land.role


def test_policy_lines_do_not_rewrite_the_plan() -> None:
    cat = load_default()
    robot = cat.direction("equip.robot")
    pharma = cat.direction("bio.pharma")
    assert robot is not None and pharma is not None
    assert not any("减速器" in q.text or "伺服" in q.text for q in robot.policy)
    assert "海外授权" in pharma.plan_words[0].text
    carriers = " ".join(q.text for d in cat.directions for q in (*d.plan_words, *d.policy))
    for name in (
        "集成电路设计和封测中心",
        "广东省智能机器人研究院",
        "纳米技术研究院",
        "高性能电池技术标准检测平台",
        "第三方医学检测平台",
        "蓝宝石图形衬底",
        "细胞免疫治疗",
    ):
        assert name in carriers, name


def test_new_display_materials_are_their_own_line() -> None:
    cat = load_default()
    display = cat.segment("mat.advanced.display")
    electronic = cat.segment("mat.advanced.electronic")
    assert display is not None and electronic is not None
    assert display.strength == "weak"  # the catalog's own note: OLED materials are weak
    assert "OLED材料" in display.keywords and "OLED材料" not in electronic.keywords
    assert "OLED" not in electronic.description + electronic.gap_note
