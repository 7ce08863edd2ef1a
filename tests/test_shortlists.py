"""Shortlists: CRUD, order, notes, several lists per firm, the .xlsx export (app.shortlists)."""

from __future__ import annotations

import pytest
from openpyxl import load_workbook

from app import outreach, shortlists
from app.errors import UserError
from tests.outreach_helpers import add_firm


@pytest.fixture
def firms(db):
    return [
        add_firm(db, "甲科技股份有限公司", city="深圳市", district="南山区"),
        add_firm(db, '=HYPERLINK("http://x","点我")', city="广州市"),
        add_firm(db, "丙材料有限公司", city="深圳市"),
    ]


def test_create_list_and_duplicates(db):
    sid = shortlists.create(db, "  深圳机器人  ", note="一季度")
    assert sid > 0
    [row] = shortlists.list_all(db)
    assert row["name"] == "深圳机器人" and row["count"] == 0 and row["note"] == "一季度"
    assert row["owner"]  # the OS user
    with pytest.raises(UserError, match="已存在"):
        shortlists.create(db, "深圳机器人")
    with pytest.raises(UserError, match="不能为空"):
        shortlists.create(db, "   ")
    with pytest.raises(UserError, match="没有名为"):
        shortlists.get(db, "不存在的名单")


def test_add_remove_and_order(db, firms):
    shortlists.create(db, "A")
    result = shortlists.add(db, "A", [firms[2], firms[0]])
    assert result == {"added": [firms[2], firms[0]], "already": []}
    # Adding again keeps the firm's place and reports it.
    result = shortlists.add(db, "A", [firms[0], firms[1]])
    assert result == {"added": [firms[1]], "already": [firms[0]]}
    assert shortlists.firm_ids(db, "A") == [firms[2], firms[0], firms[1]]

    shortlists.move(db, "A", firms[1], 0)
    assert shortlists.firm_ids(db, "A") == [firms[1], firms[2], firms[0]]
    shortlists.reorder(db, "A", [firms[0], firms[1], firms[2]])
    assert [it["position"] for it in shortlists.items(db, "A")] == [1, 2, 3]
    with pytest.raises(UserError, match="全部企业"):
        shortlists.reorder(db, "A", [firms[0]])

    shortlists.remove(db, "A", [firms[1]])
    items = shortlists.items(db, "A")
    assert [it["firm_id"] for it in items] == [firms[0], firms[2]]
    assert [it["position"] for it in items] == [1, 2]  # dense after removal
    with pytest.raises(UserError, match="不在名单"):
        shortlists.remove(db, "A", [firms[1]])
    with pytest.raises(UserError, match="没有编号"):
        shortlists.add(db, "A", [99999])


def test_notes_and_several_lists(db, firms):
    shortlists.create(db, "A")
    shortlists.create(db, "B")
    shortlists.add(db, "A", [firms[0]])
    shortlists.add(db, "B", [firms[0], firms[1]], note="展会上认识")
    shortlists.set_note(db, "A", firms[0], "关注其扩产计划")
    assert shortlists.items(db, "A")[0]["note"] == "关注其扩产计划"
    assert shortlists.items(db, "B")[0]["note"] == "展会上认识"
    assert shortlists.lists_of_firm(db, firms[0]) == ["A", "B"]
    with pytest.raises(UserError, match="不在名单"):
        shortlists.set_note(db, "A", firms[1], "x")
    shortlists.delete(db, "A")
    assert shortlists.lists_of_firm(db, firms[0]) == ["B"]
    # Every edit is audited.
    actions = {r[0] for r in db.query("SELECT action FROM audit")}
    assert {"shortlist_create", "shortlist_add", "shortlist_note", "shortlist_delete"} <= actions


def test_rename_and_update(db):
    shortlists.create(db, "旧名")
    shortlists.rename(db, "旧名", "新名")
    shortlists.update(db, "新名", owner="李四", note="说明")
    sl = shortlists.get(db, "新名")
    assert (sl["owner"], sl["note"]) == ("李四", "说明")


def test_show_masks_contacts_unless_asked(db, firms):
    shortlists.create(db, "A")
    shortlists.add(db, "A", [firms[0]])
    outreach.add_contact(
        db, firms[0], name="张三", title="总经理", phone="13812341234", email="zhang@example.com"
    )
    shown = shortlists.show(db, "A")
    assert shown["count"] == 1 and shown["firms"][0]["stage_zh"] == "未跟进"
    [c] = shown["firms"][0]["contacts"]
    assert c == {
        "name": "张*",
        "title": "总经理",
        "phone": "138****1234",
        "email": "z***@example.com",
    }
    [c] = shortlists.show(db, "A", unmask=True)["firms"][0]["contacts"]
    assert c["phone"] == "13812341234" and c["email"] == "zhang@example.com"


def _cells(path):
    ws = load_workbook(path).active
    return [c for row in ws.iter_rows() for c in row if c.value is not None]


def test_export_escapes_formulas_and_masks(db, firms, tmp_path):
    shortlists.create(db, "A")
    shortlists.add(db, "A", firms)
    shortlists.set_note(db, "A", firms[2], "+1 先电话联系")
    outreach.add_contact(
        db, firms[1], name="李四", phone="13912345678", email="=cmd@evil.com", title="@经理"
    )
    out = shortlists.export_xlsx(db, "A", tmp_path / "a.xlsx")
    cells = _cells(out)
    values = [c.value for c in cells]
    assert all(c.data_type != "f" for c in cells)
    assert not any(isinstance(v, str) and v[:1] in "=+-@" for v in values)
    assert '\'=HYPERLINK("http://x","点我")' in values
    assert "'+1 先电话联系" in values
    assert "139****5678" in values and "13912345678" not in values
    assert "李*" in values and "李四" not in values
    assert "'@经理" in values

    out2 = shortlists.export_xlsx(db, "A", tmp_path / "b.xlsx", unmask=True)
    values = [c.value for c in _cells(out2)]
    assert "13912345678" in values and "李四" in values
    assert "'=cmd@evil.com" in values  # unmasked is still escaped


def test_export_bad_path_writes_nothing(db, firms, tmp_path):
    shortlists.create(db, "A")
    with pytest.raises(UserError, match="不存在"):
        shortlists.export_xlsx(db, "A", tmp_path / "missing" / "a.xlsx")
    with pytest.raises(UserError, match="xlsx"):
        shortlists.export_xlsx(db, "A", tmp_path / "a.csv")
    left = [p.name for p in tmp_path.rglob("*") if p.suffix == ".xlsx" or ".chainfill-" in p.name]
    assert left == []
