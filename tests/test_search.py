"""Firm search: ranking, short queries (both paths), codes, filters, hostile input, the CLI."""

from __future__ import annotations

import json
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app import demo, search
from app.db import Database, now
from app.errors import UserError
from app.jobs import run_to_end
from app.parsing import normalise_name
from app.uscc import check_char
from tests.conftest import run_cli


def _code(body17: str) -> str:
    return body17 + check_char(body17)


ZTE_USCC = _code("91440300279398731")
# Hand-made firms whose ranking is known; the demo firms around them are noise.
FIRMS = [
    # name, short_name, city, district, uscc, stock_code, direction, main_business, scope
    (
        "中兴通讯股份有限公司",
        "中兴通讯",
        "深圳市",
        "南山区",
        ZTE_USCC,
        "000063.SZ",
        "it.ict",
        "无线通信系统、光通信系统和移动通信终端",
        None,
    ),
    (
        "深圳市中兴康讯电子有限公司",
        "康讯电子",
        "深圳市",
        "南山区",
        _code("91440300MA5TEXT01"),
        None,
        "it.components",
        "通信电子元器件",
        None,
    ),
    (
        "广州中兴物流有限公司",
        "中兴物流",
        "广州市",
        "白云区",
        _code("91440101MA9TEXT02"),
        None,
        None,
        "为中兴通讯等电子企业提供第三方物流服务",
        "一般项目：普通货物仓储服务；国内货物运输代理。",
    ),
    (
        "东莞市兴中精密机械有限公司",
        "兴中精密",
        "东莞市",
        "",
        _code("91441900MA4TEXT03"),
        None,
        "equip.robot",
        "精密零件加工",
        "一般项目：齿轮及齿轮减、变速箱制造；谐波减速器销售。",
    ),
    (
        "中兴",
        "中兴",
        "深圳市",
        "福田区",
        _code("91440300MA5TEXT04"),
        None,
        None,
        "测试用：名称恰为两个字",
        None,
    ),
]


def _insert(db: Database, firms) -> list[int]:
    ids = []
    with db.write():
        for name, short, city, district, code, stock, direction, main, scope in firms:
            cur = db.execute(
                "INSERT INTO firms (name, name_norm, short_name, uscc, stock_code, city, district, "
                "direction, main_business, business_scope, source, imported_at, updated_at) "
                "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (
                    name,
                    normalise_name(name),
                    short,
                    code,
                    stock,
                    city,
                    district,
                    direction,
                    main,
                    scope,
                    "测试",
                    now(),
                    now(),
                ),
            )
            ids.append(cur.lastrowid)
    return ids


@pytest.fixture(scope="module")
def sdb(tmp_path_factory):
    """600 demo firms plus the hand-made ones."""
    database = Database(tmp_path_factory.mktemp("search") / "s.sqlite")
    run_to_end(demo.generate(database, 600, seed=9, today=date(2026, 1, 1)))
    _insert(database, FIRMS)
    yield database
    database.close()


@pytest.fixture(params=["sql", "memory"])
def short_path(request, sdb):
    """1–2 character queries run once over SQL and once over the warmed name index."""
    if request.param == "memory":
        index = search.warm(sdb)
        assert search.current_name_index(sdb) is index
    else:
        search.forget(sdb)
        assert search.current_name_index(sdb) is None
    yield request.param
    search.forget(sdb)


def names(results):
    return [r["name"] for r in results]


def test_result_shape(sdb):
    results = search.search(sdb, "中兴通讯")
    assert results
    for r in results:
        assert {"id", "name", "short_name", "city", "district", "uscc", "direction"} <= set(r)
        assert isinstance(r["direction"], str)
        assert r["match"] in search.MATCH_ORDER


def test_exact_short_name_first_then_names_then_text(sdb):
    results = search.search(sdb, "中兴通讯")
    assert results[0]["name"] == "中兴通讯股份有限公司"
    assert results[0]["match"] == "exact"
    logistics = names(results).index("广州中兴物流有限公司")  # only its text mentions 中兴通讯
    assert results[logistics]["match"] == "text"


def test_exact_full_name_first(sdb):
    results = search.search(sdb, "深圳市中兴康讯电子有限公司")
    assert results[0]["name"] == "深圳市中兴康讯电子有限公司"
    assert results[0]["match"] == "exact"


def test_prefix_before_contains(sdb, short_path):
    results = search.search(sdb, "中兴")
    got = names(results)
    assert got[0] == "中兴"  # exact name
    assert got.index("中兴通讯股份有限公司") < got.index("深圳市中兴康讯电子有限公司")
    assert results[got.index("中兴通讯股份有限公司")]["match"] == "prefix"
    assert results[got.index("深圳市中兴康讯电子有限公司")]["match"] == "name"
    assert "东莞市兴中精密机械有限公司" not in got


def test_three_char_prefix(sdb):
    got = names(search.search(sdb, "中兴康"))
    assert got[0] == "深圳市中兴康讯电子有限公司"


def test_one_character(sdb, short_path):
    results = search.search(sdb, "讯", limit=200)
    assert "深圳市中兴康讯电子有限公司" in names(results)
    assert all("讯" in r["name"] or "讯" in (r["short_name"] or "") for r in results)


def test_two_characters_search_names_only(sdb, short_path):
    got = names(search.search(sdb, "康讯"))
    assert got == ["深圳市中兴康讯电子有限公司"]
    # 物流 is in many names, but 中兴通讯's name is not found through 广州中兴物流's text.
    assert "中兴通讯股份有限公司" not in names(search.search(sdb, "物流", limit=500))


def test_business_text(sdb):
    results = search.search(sdb, "谐波减速器")
    assert "东莞市兴中精密机械有限公司" in names(results)
    assert results[names(results).index("东莞市兴中精密机械有限公司")]["match"] == "text"
    # Demo firms carry realistic text too: a catalog product finds firms by their scope.
    assert len(search.search(sdb, "减速器", limit=500)) >= 2


def test_multiple_words_are_anded(sdb):
    got = names(search.search(sdb, "中兴 物流"))
    assert got == ["广州中兴物流有限公司"]
    got = names(search.search(sdb, "第三方物流 中兴"))
    assert got == ["广州中兴物流有限公司"]
    assert search.search(sdb, "中兴 减速器") == []


def test_uscc_and_stock_code(sdb):
    for q in (ZTE_USCC, ZTE_USCC.lower(), f" {ZTE_USCC} "):
        results = search.search(sdb, q)
        assert results[0]["name"] == "中兴通讯股份有限公司"
        assert results[0]["match"] == "uscc"
    for q in ("000063", "000063.SZ", "sz000063"):
        assert search.search(sdb, q)[0]["match"] == "stock_code"


def test_city_district_direction_filters(sdb):
    both = names(search.search(sdb, "中兴", city="深圳"))
    assert both == names(search.search(sdb, "中兴", city="深圳市"))
    assert "广州中兴物流有限公司" not in both and "中兴通讯股份有限公司" in both
    assert names(search.search(sdb, "中兴", city="广州")) == ["广州中兴物流有限公司"]
    assert names(search.search(sdb, "中兴", district="南山")) == names(
        search.search(sdb, "中兴", district="南山区")
    )
    got = names(search.search(sdb, "中兴", direction="it.ict"))
    assert got == ["中兴通讯股份有限公司"]
    none = names(search.search(sdb, "中兴", direction="none"))
    assert "广州中兴物流有限公司" in none and "中兴通讯股份有限公司" not in none
    assert names(search.search(sdb, "中兴", direction="")) == none
    assert names(search.search(sdb, "中兴", direction="新一代信息通信")) == got
    with pytest.raises(UserError):
        search.search(sdb, "中兴", direction="no.such")


def test_limit_and_empty(sdb):
    assert search.search(sdb, "") == []
    assert search.search(sdb, "   ") == []
    assert len(search.search(sdb, "公司", limit=7)) == 7
    assert len(search.search(sdb, "有限公司", limit=3)) == 3


@pytest.mark.parametrize(
    "text",
    [
        '"',
        '"中兴',
        "中兴\"'",
        "AND",
        "OR OR",
        "NOT 中兴",
        "NEAR(中兴 通讯)",
        "中兴*",
        "*",
        "name:中兴",
        "{name}: 中兴通讯",
        "^中兴",
        "(中兴",
        "中兴)",
        "-中兴",
        "+",
        "\\",
        "%",
        "_",
        "中\x00兴",
        "\U0001f600",
        "a" * 500,
    ],
)
def test_hostile_queries_never_raise(sdb, text):
    assert isinstance(search.search(sdb, text), list)
    where, params = search.firm_filter(text)
    assert search.count(sdb, where, params) >= 0


def test_fts_syntax_is_literal(sdb):
    # An operator typed in is searched as text, not obeyed.
    assert search.search(sdb, "中兴通讯 OR 物流") == []
    assert search.search(sdb, "NEAR(中兴通讯 物流)") == []


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.text(max_size=30))
def test_any_text_gives_a_list(sdb, text):
    result = search.search(sdb, text)
    assert isinstance(result, list)
    where, params = search.firm_filter(text, city="深圳", direction="none")
    assert search.count(sdb, where, params) >= 0


def test_name_index_is_never_stale(tmp_path):
    database = Database(tmp_path / "fresh.sqlite")
    run_to_end(demo.generate(database, 50, seed=1))
    search.warm(database)
    assert search.current_name_index(database) is not None
    _insert(database, [FIRMS[1]])
    assert search.current_name_index(database) is None  # changed since warm
    assert "深圳市中兴康讯电子有限公司" in names(search.search(database, "康讯"))
    # A change through another connection is noticed too.
    search.warm(database)
    other = Database(tmp_path / "fresh.sqlite")
    with other.write():
        other.execute("UPDATE firms SET short_name = '新简称' WHERE name LIKE '深圳市中兴康讯%'")
    other.close()
    assert search.current_name_index(database) is None
    assert names(search.search(database, "新简")) == ["深圳市中兴康讯电子有限公司"]
    database.close()


def test_firm_filter_count_and_ids(sdb):
    where, params = search.firm_filter("中兴")
    assert search.count(sdb, where, params) == 4
    for word in ("中兴", "讯", "科技", "龘"):
        where, params = search.firm_filter(word)
        expected = sdb.scalar(f"SELECT count(*) FROM firms WHERE {where}", params)
        search.forget(sdb)
        assert search.count(sdb, where, params) == expected
        search.warm(sdb)
        assert search.count(sdb, where, params) == expected  # through the name index
        search.forget(sdb)
    where, params = search.firm_filter("中兴通讯")
    fts_count = search.count(sdb, where, params)  # the FTS-only fast path
    assert fts_count == sdb.scalar(f"SELECT count(*) FROM firms WHERE {where}", params) == 2
    where, params = search.firm_filter("中兴", city="深圳", direction="it.ict")
    assert search.ids(sdb, where, params) == [
        r["id"] for r in search.search(sdb, "中兴", city="深圳", direction="it.ict")
    ]
    where, params = search.firm_filter(city="东莞")
    page1 = search.ids(sdb, where, params, order_by="employees", descending=True, limit=5)
    page2 = search.ids(sdb, where, params, order_by="employees", descending=True, limit=5, offset=5)
    assert len(page1) == 5 and not set(page1) & set(page2)
    emp = [sdb.scalar("SELECT employees FROM firms WHERE id = ?", (i,)) for i in page1]
    assert emp == sorted(emp, reverse=True)
    assert search.firm_filter() == ("1 = 1", [])  # PostgreSQL has no integer truth
    with pytest.raises(ValueError):
        search.ids(sdb, "1", [], order_by="name; DROP TABLE firms")


def test_cli_search_json(tmp_path):
    path = tmp_path / "cli.sqlite"
    database = Database(path)
    run_to_end(demo.generate(database, 80, seed=3))
    _insert(database, FIRMS[:3])
    database.close()
    out = run_cli("--db", str(path), "search", "中兴", "--json")
    assert out.returncode == 0, out.stderr.decode()
    data = json.loads(out.stdout)
    assert data[0]["name"] == "中兴通讯股份有限公司"
    for item in data:
        assert {"id", "name", "short_name", "city", "district", "uscc", "direction"} <= set(item)
    assert run_cli("--db", str(path), "search", "中兴", "--city", "广州", "--json").returncode == 0
    bad = run_cli("--db", str(path), "search", "中兴", "--direction", "nope")
    assert bad.returncode == 2 and "产业方向" in bad.stderr.decode()
    text = run_cli("--db", str(path), "search", "龘")
    assert text.returncode == 0 and "没有找到" in text.stderr.decode()


@pytest.mark.shared
def test_shared_data_search(shared_data, tmp_path):
    """Real listed firms: 中兴 finds 中兴通讯 first; 通信设备 finds telecom-equipment firms."""
    src = shared_data / "sz_gz_companies.csv"
    if not src.exists():
        pytest.skip("sz_gz_companies.csv is not present")
    database = Database(tmp_path / "real.sqlite")
    from app.importing import import_firms

    run_to_end(import_firms(database, src, source="shared"))
    first = search.search(database, "中兴")[0]
    assert first["name"] == "中兴通讯股份有限公司"
    assert search.search(database, "000063")[0]["name"] == "中兴通讯股份有限公司"
    results = search.search(database, "通信设备")
    telecom = [
        r
        for r in results
        if database.scalar("SELECT industry FROM firms WHERE id = ?", (r["id"],)) == "通信设备"
    ]
    assert len(telecom) >= 3
    assert names(search.search(database, "中兴", city="广州")) == []
    # Names as staff say them: place without 市, short name, no legal form.
    assert search.search(database, "深圳汇川")[0]["name"] == "深圳市汇川技术股份有限公司"
    assert search.search(database, "汇川技术有限公司")[0]["name"] == "深圳市汇川技术股份有限公司"
    database.close()


def test_name_index_survives_separator_characters(tmp_path):
    database = Database(tmp_path / "sep.sqlite")
    _insert(
        database,
        [
            (
                "深圳市分\n行科技有限公司",
                "分\x1f行",
                "深圳市",
                "南山区",
                None,
                None,
                None,
                "",
                None,
            ),
            ("深圳市行者科技有限公司", None, "深圳市", "南山区", None, None, None, "", None),
        ],
    )
    index = search.warm(database)
    assert len(index) == 2
    assert names(search.search(database, "行者")) == ["深圳市行者科技有限公司"]
    assert len(search.search(database, "行")) == 2
    database.close()


def test_empty_database(tmp_path):
    database = Database(tmp_path / "empty.sqlite")
    for warmed in (False, True):
        if warmed:
            assert len(search.warm(database)) == 0
        assert search.search(database, "中") == []
        assert search.search(database, "中兴通讯") == []
        where, params = search.firm_filter("中")
        assert search.count(database, where, params) == 0
    database.close()


SPOKEN = [
    ("深圳市汇川技术股份有限公司", "汇川技术", "深圳市", "龙华区", _code("91440300MA5TALK01")),
    ("东莞市汇川五金贸易有限公司", "汇川五金", "东莞市", "", _code("91441900MA4TALK02")),
    ("广州汽车集团股份有限公司", "广汽集团", "广州市", "越秀区", _code("91440101MA9TALK03")),
]


@pytest.fixture(scope="module")
def spoken_db(tmp_path_factory):
    database = Database(tmp_path_factory.mktemp("spoken") / "s.sqlite")
    run_to_end(demo.generate(database, 200, seed=5, today=date(2026, 1, 1)))
    _insert(
        database,
        [(n, sn, c, d, u, None, None, "测试", None) for n, sn, c, d, u in SPOKEN],
    )
    yield database
    database.close()


@pytest.mark.parametrize(
    ("query", "first"),
    [
        ("深圳汇川", "深圳市汇川技术股份有限公司"),
        ("深圳市汇川技术", "深圳市汇川技术股份有限公司"),
        ("汇川技术有限公司", "深圳市汇川技术股份有限公司"),
        ("广东深圳汇川", "深圳市汇川技术股份有限公司"),
        ("东莞汇川", "东莞市汇川五金贸易有限公司"),
        ("广州广汽", "广州汽车集团股份有限公司"),
    ],
)
def test_names_as_staff_say_them(spoken_db, query, first):
    results = search.search(spoken_db, query)
    assert results and results[0]["name"] == first
    # The firm table's filter finds the same firm.
    where, params = search.firm_filter(query)
    rows = spoken_db.execute(f"SELECT name FROM ranked WHERE {where}", params).fetchall()
    assert first in [r[0] for r in rows]


def test_spoken_query_parts():
    assert search.spoken_query("深圳汇川") == (["深圳"], "汇川")
    assert search.spoken_query("深圳市汇川技术股份有限公司") == (["深圳"], "汇川技术")
    assert search.spoken_query("汇川技术") is None  # the plain search says all
    assert search.spoken_query("深圳") is None
    assert search.spoken_query("深圳 汇川") is None
    # a district alone is a place, not a name with the core 有限 (which every firm holds:
    # 番禺区 read a page of all 番禺 firms and ranked them, 0.8 s at 200,000 firms)
    assert search.spoken_query("番禺区") is None
    assert search.spoken_query("广州市番禺区") is None
    assert search.spoken_query("番禺区汇川") == (["番禺"], "汇川")


def test_name_parts():
    from app.parsing import name_parts

    assert name_parts("深圳市汇川技术股份有限公司") == (["深圳"], "汇川技术")
    assert name_parts("广东省东莞市某某精密（集团）有限公司") == (["广东", "东莞"], "某某精密")
    assert name_parts("美的集团股份有限公司") == ([], "美的")
