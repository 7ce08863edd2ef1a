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


# -- the 名单与走访 view (pytest-qt) ---------------------------------------------------------------
@pytest.fixture
def ui_ctx(qapp, tmp_path, monkeypatch):
    from app.db import Database
    from ui import messages
    from ui.context import AppContext

    monkeypatch.setattr(messages, "headless", True)  # no modal message boxes in tests
    path = tmp_path / "ui.sqlite"
    db = Database(path)
    ids = [
        add_firm(db, "深圳甲科技股份有限公司", city="深圳市", direction="equip.robot"),
        add_firm(db, "广州乙材料有限公司", city="广州市"),
        add_firm(db, "深圳丙电子有限公司", city="深圳市"),
    ]
    shortlists.create(db, "重点")
    shortlists.add(db, "重点", ids)
    db.close()
    ctx = AppContext(path)
    yield ctx, ids
    from ui import workers

    workers.wait_idle(20000)
    ctx.close()


def _view(qtbot, ctx):
    from ui.views.shortlists.view import ShortlistsView

    view = ShortlistsView(ctx)
    qtbot.addWidget(view)
    view.resize(1300, 800)
    view.activate()  # not shown: the offscreen platform warns about top-level size hints
    return view


def _wait_jobs(qtbot):
    from ui import workers

    assert workers.wait_idle(20000)


@pytest.mark.gui
def test_view_builds_and_shows_the_list(qtbot, ui_ctx):
    ctx, ids = ui_ctx
    view = _view(qtbot, ctx)
    assert view.current_list() == "重点"
    assert view.table.firm_ids() == ids
    assert view.panel.firm_id == ids[0]
    assert view.panel.name.text() == "深圳甲科技股份有限公司"


@pytest.mark.gui
def test_view_stage_change_records_history(qtbot, ui_ctx):
    ctx, ids = ui_ctx
    view = _view(qtbot, ctx)
    panel = view.panel
    panel.stage_box.setCurrentIndex(panel.stage_box.findData("contacted"))
    panel.stage_note.setText("电话联系了董秘")
    panel.change_stage()
    _wait_jobs(qtbot)
    assert outreach.stage_of(ctx.db, ids[0]) == "contacted"
    assert panel.history.rowCount() == 1
    assert panel.history.item(0, 2).text() == "电话联系了董秘"
    # Dropping without a reason is refused, and nothing is recorded.
    panel.stage_box.setCurrentIndex(panel.stage_box.findData("dropped"))
    assert panel.reason.isEnabled()
    panel.change_stage()
    _wait_jobs(qtbot)
    assert outreach.stage_of(ctx.db, ids[0]) == "contacted"
    assert len(outreach.history(ctx.db, ids[0])) == 1


@pytest.mark.gui
def test_view_reorders_and_edits_notes(qtbot, ui_ctx):
    ctx, ids = ui_ctx
    view = _view(qtbot, ctx)
    view.table.selectRow(0)
    view._move(1)
    _wait_jobs(qtbot)
    assert shortlists.firm_ids(ctx.db, "重点") == [ids[1], ids[0], ids[2]]
    assert view.table.firm_ids() == [ids[1], ids[0], ids[2]]
    # What a drag of the last row onto the top does.
    view._reorder(move_rows_last_to_top(view.table.firm_ids()))
    _wait_jobs(qtbot)
    assert shortlists.firm_ids(ctx.db, "重点") == [ids[2], ids[1], ids[0]]
    note_item = view.model.item(0, len(view.COLUMNS) - 1)
    note_item.setText("先约董事长")
    _wait_jobs(qtbot)
    assert shortlists.items(ctx.db, "重点")[0]["note"] == "先约董事长"


def move_rows_last_to_top(ids):
    from ui.views.shortlists.order_table import move_rows

    return move_rows(ids, [len(ids) - 1], 0)


def test_move_rows():
    from ui.views.shortlists.order_table import move_rows

    assert move_rows([1, 2, 3, 4], [0], 3) == [2, 3, 1, 4]
    assert move_rows([1, 2, 3, 4], [3], 0) == [4, 1, 2, 3]
    assert move_rows([1, 2, 3, 4], [1, 2], 4) == [1, 4, 2, 3]
    assert move_rows([1, 2, 3, 4], [2], 2) == [1, 2, 3, 4]


@pytest.mark.gui
def test_view_contacts_visits_and_reminders(qtbot, ui_ctx):
    ctx, ids = ui_ctx
    view = _view(qtbot, ctx)
    panel = view.panel
    panel._write(lambda db: outreach.add_contact(db, ids[0], name="张三", phone="13812341234"), "t")
    panel._write(
        lambda db: outreach.add_visit(
            db, ids[0], date="2020-01-02", next_step="寄送资料", next_date="2020-01-09"
        ),
        "t",
    )
    _wait_jobs(qtbot)
    assert panel.contacts.item(0, 2).text() == "13812341234"  # full in the detail view
    assert panel.visits.rowCount() == 1
    assert "寄送资料" in view.reminders.item(0).text()
    assert outreach.stage_of(ctx.db, ids[0]) == "visited"


@pytest.mark.gui
@pytest.mark.parametrize(
    ("kind", "inputs", "field", "named_by"),
    [("contact", "fields", "name", "name"), ("visit", "lines", "place", "date")],
)
def test_view_adds_edits_and_deletes_a_contact_or_visit(
    qtbot, ui_ctx, monkeypatch, kind, inputs, field, named_by
):
    """Through the panel's buttons: the dialog's ``field`` (in its ``inputs``) is stored, edited,
    and the row deleted after a question naming it by ``named_by``."""
    from PySide6.QtWidgets import QDialog

    from ui import messages
    from ui.views.shortlists.dialogs import ContactDialog, VisitDialog

    ctx, ids = ui_ctx
    panel = _view(qtbot, ctx).panel
    dialog = {"contact": ContactDialog, "visit": VisitDialog}[kind]
    table = getattr(panel, f"{kind}s")

    def stored() -> list:
        return list(getattr(outreach, f"{kind}s")(ctx.db, ids[0]))

    def press(action: str, text: str = "") -> None:
        """The panel's ``action`` button, its dialog (if any) filled with ``text`` and accepted."""

        def exec_(dlg):
            getattr(dlg, inputs)[field].setText(text)
            return QDialog.DialogCode.Accepted

        monkeypatch.setattr(dialog, "exec", exec_)
        getattr(panel, f"{action}_{kind}")()
        _wait_jobs(qtbot)

    press("add", "张三")
    assert [r[field] for r in stored()] == ["张三"]
    table.selectRow(0)
    press("edit", "李四")
    assert [r[field] for r in stored()] == ["李四"]

    asked: list[str] = []

    def ask(_parent, text: str, default_yes: bool = True) -> bool:
        asked.append(text)
        return True

    monkeypatch.setattr(messages, "ask", ask)
    name = stored()[0][named_by]
    table.selectRow(0)
    press("delete")
    assert stored() == []
    assert len(asked) == 1 and name in asked[0]


@pytest.mark.gui
def test_view_exports_pdf_in_the_background(qtbot, ui_ctx, tmp_path):
    ctx, _ids = ui_ctx
    view = _view(qtbot, ctx)
    out = tmp_path / "batch.pdf"
    handle = view.export_pdf(str(out))
    _wait_jobs(qtbot)
    assert handle.error is None and handle.result["firms"] == 3
    assert out.exists() and out.stat().st_size > 1000
    # A cancelled export leaves nothing behind.
    out2 = tmp_path / "cancelled.pdf"
    handle = view.export_pdf(str(out2))
    handle.cancel()
    _wait_jobs(qtbot)
    assert handle.was_cancelled and not out2.exists()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".chainfill-")]


@pytest.mark.gui
@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_view_print_preview_opens_and_closes(qtbot, ui_ctx):
    ctx, ids = ui_ctx
    view = _view(qtbot, ctx)
    dialog = view.preview([ids[0]])
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.pages_painted > 0, timeout=20000)
    dialog.close()
