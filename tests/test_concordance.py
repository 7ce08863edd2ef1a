"""Industry-label concordance (resources/concordance/*.toml, scoring/concordance.py)."""

from __future__ import annotations

import pytest

from catalog.loader import load_default
from scoring import concordance
from scoring.concordance import ConcordanceError, build, expected_directions, load_files


def test_every_direction_in_the_data_is_a_catalog_direction():
    codes = {d.code for d in load_default().directions}
    used = set()
    for fname, data in load_files():
        for row in data.get("labels", data.get("classes", [])):
            used.update(row.get("directions", []))
            assert not (row.get("undetermined") and row.get("directions")), (fname, row)
            assert "directions" in row or row.get("undetermined"), (fname, row)
    assert used <= codes, sorted(used - codes)
    build(load_files(), codes)  # the loader's own check passes


def test_the_loader_rejects_an_unknown_direction():
    files = [
        ("tushare_industry.toml", {"labels": [{"name": "元器件", "directions": ["it.chips"]}]})
    ]
    with pytest.raises(ConcordanceError, match=r"it\.chips"):
        build(files, [d.code for d in load_default().directions])


def test_the_loader_rejects_a_malformed_code():
    files = [("gbt4754_2017.toml", {"classes": [{"code": "39x", "name": "x", "directions": []}]})]
    with pytest.raises(ConcordanceError, match="code"):
        build(files, None)


def test_each_scheme_is_complete():
    files = dict(load_files())
    labels = files["tushare_industry.toml"]["labels"]
    assert len(labels) == 110 and len({r["name"] for r in labels}) == 110
    csrc = files["csrc_2012.toml"]["classes"]
    assert len([r for r in csrc if len(r["code"]) == 1]) == 19
    assert len([r for r in csrc if len(r["code"]) == 3]) == 90
    gb = files["gbt4754_2017.toml"]["classes"]
    by_len: dict[int, int] = {}
    for r in gb:
        by_len[len(r["code"])] = by_len.get(len(r["code"]), 0) + 1
    assert by_len[1] == 20 and by_len[2] == 97 and by_len[3] == 473 and by_len[4] >= 1380


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        # Tushare stock_basic
        ("银行", frozenset()),
        ("全国地产", frozenset()),
        ("纺织", frozenset()),
        ("化学制药", frozenset({"bio.pharma"})),
        ("汽车整车", frozenset({"energy.nev"})),
        ("综合类", None),
        # CSRC 2012
        ("J66 货币金融服务", frozenset()),
        ("J66", frozenset()),
        ("K 房地产业", frozenset()),
        ("C 制造业", None),
        ("C制造业", None),
        ("A 农、林、牧、渔业", frozenset()),
        ("A", frozenset()),
        ("A股", None),
        ("S90 综合", None),
        ("C27 医药制造业", frozenset({"bio.pharma"})),
        # GB/T 4754-2017
        ("3841", frozenset({"energy.battery"})),
        ("3841 锂离子电池制造", frozenset({"energy.battery"})),
        ("C3841", frozenset({"energy.battery"})),
        ("锂离子电池制造", frozenset({"energy.battery"})),
        ("3982 电子电路制造", frozenset({"it.terminal"})),
        ("C3982", frozenset({"it.terminal"})),
        ("电子电路制造", frozenset({"it.terminal"})),
        ("3973 集成电路制造", frozenset({"it.components"})),
        ("6520 集成电路设计", frozenset({"it.components"})),
        ("3985 电子专用材料制造", frozenset({"mat.advanced"})),
        ("3612 新能源车整车制造", frozenset({"energy.nev"})),
        ("3611 汽柴油车整车制造", frozenset()),
        ("3491 工业机器人制造", frozenset({"equip.robot"})),
        ("2761 生物药品制造", frozenset({"bio.pharma"})),
        ("3581 医疗诊断、监护及治疗设备制造", frozenset({"bio.device"})),
        ("1492 保健食品制造", frozenset({"bio.health_food"})),
        ("4416 太阳能发电", frozenset({"energy.renewable"})),
        ("1711 棉纺纱加工", frozenset()),
        ("6621 商业银行服务", frozenset()),
        ("4190 其他制造业", None),
        # unknown text
        ("", None),
        ("   ", None),
        ("量子纠缠咨询", None),
    ],
)
def test_representative_lookups(label, expected):
    assert expected_directions(label) == expected


def test_tushare_components_label_points_at_components():
    assert "it.components" in expected_directions("元器件")
    assert "it.terminal" in expected_directions("元器件")  # PCB and display makers carry it too


@pytest.mark.parametrize(
    "label",
    [
        "C39 计算机、通信和其他电子设备制造业",
        "C39",
        "c39",
        "Ｃ３９",
        "计算机、通信和其他电子设备制造业",
        "计算机、通信和其它电子设备制造业",
        "  计算机、通信和其他电子设备制造业 ",
        "39",
        "计算机、通信和其他电子设备制造业(C39)",
        "计算机、通信和其他电子设备制造业（C39）",
    ],
)
def test_format_variants_of_one_class(label):
    assert expected_directions(label) == expected_directions("C39 计算机、通信和其他电子设备制造业")
    assert "it.components" in expected_directions(label)


@pytest.mark.parametrize(
    "label",
    [
        "C3982 电子电路制造",
        "3982电子电路制造",
        "３９８２　电子电路制造",
        "C 3982",
        "【3982】电子电路制造",
    ],
)
def test_gb_code_variants(label):
    assert expected_directions(label) == frozenset({"it.terminal"})


def test_the_most_specific_class_wins():
    # a path-like cell as registry exports write it: section / division / group / class
    path = "制造业/电气机械和器材制造业/电池制造/锂离子电池制造"
    assert expected_directions(path) == frozenset({"energy.battery"})
    assert expected_directions("C38 电气机械和器材制造业") is None  # too broad alone
    assert expected_directions("C 制造业 > C39 计算机、通信和其他电子设备制造业") == (
        expected_directions("C39")
    )
    # an unknown 小类 under a known 中类 falls back to the 中类
    assert expected_directions("3848") == expected_directions("384 电池制造")


def test_codes_with_a_letter_from_either_scheme():
    # CSRC S90 综合 and GB/T R90 娱乐业 share the number only
    assert expected_directions("S90") is None
    assert expected_directions("R90") == frozenset()
    assert expected_directions("I65") == expected_directions("65 软件和信息技术服务业")


def test_an_undetermined_class_does_not_inherit_its_parent():
    assert expected_directions("2750 兽用药品制造") is None
    assert expected_directions("27 医药制造业") == frozenset({"bio.pharma"})


def test_repeated_labels_are_looked_up_once():
    # A million firms carry a few hundred distinct labels: each is parsed once, then cached
    # (the speed itself is bench/'s business, not a timed test's).
    labels = ["元器件", "C39 计算机、通信和其他电子设备制造业", "3841 锂离子电池制造", "银行"]
    expected_directions.cache_clear()
    concordance.default()
    for i in range(20_000):
        expected_directions(labels[i % 4])
    info = expected_directions.cache_info()
    assert (info.misses, info.hits) == (4, 20_000 - 4)


def test_a_broad_class_holding_a_catalog_class_is_not_outside_the_catalog():
    """专业技术服务业 holds 检测服务 (third-party testing, bio.services) and 非金属矿物制品业 holds
    special glass (mat.advanced): the division alone says nothing decisive, while its mapped
    classes and plainly ordinary divisions keep their answers."""
    from scoring.concordance import expected_directions

    assert expected_directions("专业技术服务业") is None
    assert expected_directions("非金属矿物制品业") is None
    assert expected_directions("7452") == frozenset({"bio.services"})
    assert expected_directions("纺织业") == frozenset()
    assert expected_directions("货币金融服务") == frozenset()
