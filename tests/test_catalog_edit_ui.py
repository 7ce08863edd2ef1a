"""The catalog view's segment actions: add, rename, remove (with confirmed firms moved)."""

from __future__ import annotations

import pytest

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints")]


@pytest.fixture
def window(qtbot, tmp_path, monkeypatch, db_target):
    from app import classification, demo, pipeline
    from app.db import Database
    from app.jobs import run_to_end
    from scoring.training import TrainingConfig
    from tests.ui_data import main_window

    monkeypatch.setattr(
        classification, "TRAINING_CONFIG", TrainingConfig(docs_per_direction=80, docs_none=1600)
    )
    path = db_target  # a file, or with --engine=postgresql the server
    db = Database(path)
    run_to_end(demo.generate(db, 120, 3))
    run_to_end(pipeline.refresh(db))
    db.close()
    with main_window(qtbot, path) as w:
        yield w


def _accepting(fill):
    """An ``exec`` that fills the dialog, presses OK and returns what the dialog decided."""

    def exec_(self):
        fill(self)
        self.accept()
        return self.result()

    return exec_


def test_add_rename_remove_from_the_catalog_view(window, monkeypatch):
    from PySide6.QtWidgets import QDialog

    from app import catalog_store, classification
    from ui import messages, workers
    from ui.views import catalog_view as cv

    view = window.show_view("catalog")
    assert workers.wait_idle(60000)
    view.show_direction("equip.laser")
    assert workers.wait_idle(60000)
    db = window.ctx.db
    before = [b.code for b in view.chain.boxes]

    # A name the direction already has keeps the dialog open and writes nothing.
    dup = cv.AddSegmentDialog(view, window.ctx.catalog(), "equip.laser")
    dup.set_values(name=window.ctx.catalog().segment(before[0]).name, keywords="某词")
    dup.accept()
    assert dup.result() != QDialog.DialogCode.Accepted
    assert db.scalar("SELECT COUNT(*) FROM catalog_edits") == 0

    monkeypatch.setattr(
        cv.AddSegmentDialog,
        "exec",
        _accepting(
            lambda d: d.set_values(
                name="超快激光微加工", position="downstream", keywords="飞秒激光微加工，皮秒打标"
            )
        ),
    )
    view.add_segment()
    assert workers.wait_idle(120000)
    new = "equip.laser.custom1"
    assert [b.code for b in view.chain.boxes] == [*before, new]  # the map redrew
    assert view.segment_code == new and view.seg_name.text() == "超快激光微加工"
    assert catalog_store.current(db).segment(new).position == "downstream"
    # The refresh ran: nothing is left pending.
    assert db.scalar("SELECT COUNT(*) FROM firms WHERE classified_at IS NULL") == 0

    monkeypatch.setattr(
        cv.RenameSegmentDialog, "exec", _accepting(lambda d: d.edit.setText("超快激光加工"))
    )
    view.rename_segment()
    assert workers.wait_idle(60000)
    assert view.seg_name.text() == "超快激光加工"
    assert next(b for b in view.chain.boxes if b.code == new).name == "超快激光加工"

    # Removing a segment without confirmed firms asks first; "no" keeps it.
    monkeypatch.setattr(messages, "ask", lambda *a, **k: False)
    view.remove_segment()
    assert workers.wait_idle(60000)
    assert new in [b.code for b in view.chain.boxes]
    monkeypatch.setattr(messages, "ask", lambda *a, **k: True)
    view.remove_segment()
    assert workers.wait_idle(60000)
    assert [b.code for b in view.chain.boxes] == before
    assert view.segment_code == before[0]

    # A segment with a confirmed firm: the dialog chooses where the firm goes.
    seg, target = before[0], before[1]
    fid = db.scalar("SELECT id FROM firms ORDER BY id LIMIT 1")
    classification.record_correction(db, fid, "equip.laser", seg)
    view.select_segment(seg)
    chosen = {}

    def pick(d):
        d.target.setCurrentIndex(d.target.findData(target))
        chosen["offered"] = [d.target.itemData(i) for i in range(d.target.count())]

    monkeypatch.setattr(cv.RemoveSegmentDialog, "exec", _accepting(pick))
    view.remove_segment()
    assert workers.wait_idle(60000)
    assert chosen["offered"] == before[1:]
    assert seg not in [b.code for b in view.chain.boxes]
    assert db.scalar("SELECT segment FROM firms WHERE id = ?", (fid,)) == target
    assert db.scalar("SELECT segment FROM corrections WHERE firm_id = ?", (fid,)) == target
    assert view.segment_code == target


def test_add_rename_retire_a_direction_from_the_catalog_view(window, monkeypatch):
    from PySide6.QtWidgets import QDialog

    from app import catalog_store, review
    from ui import messages, workers
    from ui.views import catalog_view as cv

    view = window.show_view("catalog")
    assert workers.wait_idle(60000)
    db = window.ctx.db

    def tree_codes() -> list[str]:
        out = []
        for i in range(view.tree.topLevelItemCount()):
            top = view.tree.topLevelItem(i)
            out += [top.child(j).data(0, 0x0100) for j in range(top.childCount())]
        return out

    # A plan's code is refused in the dialog, which stays open; nothing is written.
    dup = cv.AddDirectionDialog(view, db, window.ctx.catalog(), "energy")
    dup.code.setText("nev")
    dup.name.setText("新能源汽车二期")
    dup.accept()
    assert dup.result() != QDialog.DialogCode.Accepted
    assert db.scalar("SELECT COUNT(*) FROM catalog_edits") == 0

    def fill(d):
        d.domain.setCurrentIndex(d.domain.findData("energy"))
        d.code.setText("hydrogen")
        d.name.setText("氢能")
        d.keywords.setText("氢燃料电池，制氢")

    monkeypatch.setattr(cv.AddDirectionDialog, "exec", _accepting(fill))
    view.add_direction()
    assert workers.wait_idle(120000)
    assert "energy.hydrogen" in tree_codes()
    assert view.direction_code == "energy.hydrogen" and view.dir_title.text() == "氢能"
    assert [b.code for b in view.chain.boxes] == ["energy.hydrogen.general"]

    monkeypatch.setattr(
        cv.RenameDirectionDialog, "exec", _accepting(lambda d: d.edit.setText("氢能源"))
    )
    view.rename_direction()
    assert workers.wait_idle(60000)
    assert view.dir_title.text() == "氢能源"
    assert catalog_store.current(db).direction("energy.hydrogen").name == "氢能源"

    # Retiring asks first ("no" keeps it); then its firms all go to 待确认, with the reason.
    view.show_direction("bio.health_food")
    n = catalog_store.direction_firm_counts(db, "bio.health_food")
    asked = []
    monkeypatch.setattr(messages, "ask", lambda _p, text, *a, **k: asked.append(text) or False)
    view.retire_direction()
    assert workers.wait_idle(60000)
    assert "bio.health_food" in tree_codes()
    assert str(n["confirmed"] + n["classified"]) in asked[0] and "待确认" in asked[0]
    monkeypatch.setattr(messages, "ask", lambda *a, **k: True)
    ids = [r[0] for r in db.query("SELECT id FROM firms WHERE direction = 'bio.health_food'")]
    view.retire_direction()
    assert workers.wait_idle(120000)
    assert "bio.health_food" not in tree_codes() and view.direction_code != "bio.health_food"
    queued = {it.firm_id: it for it in review.queue(db, limit=5000)}
    assert ids and all("retired" in queued[i].reasons for i in ids)
    actions = db.query("SELECT entity_id, detail FROM audit WHERE entity = 'direction' ORDER BY id")
    assert [r[0] for r in actions] == ["energy.hydrogen"] * 2 + ["bio.health_food"]
