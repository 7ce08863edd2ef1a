"""设置 → 汇率: staff see each currency's rate and the table's date, edit and save them;
a rate that is not a number above 0 is marked and nothing is written."""

from __future__ import annotations

import pytest

from app import fx
from app.errors import UserError
from tests.outreach_helpers import add_firm


def test_set_table_checks_every_rate_before_writing(db):
    with pytest.raises(UserError, match="不合理"):
        fx.set_table(db, {"USD": "7.3", "HKD": "0"}, "2026-12-01")
    assert db.get_setting(fx.SETTING) is None  # nothing written, not even the good USD
    with pytest.raises(UserError, match="日期"):
        fx.set_table(db, {"USD": "7.3"}, "2026-13-01")
    rates = fx.set_table(db, {"USD": "7.3", "港元": "0.93"}, "2026-12-01")
    assert (rates.rates["USD"], rates.rates["HKD"], rates.date) == (7.3, 0.93, "2026-12-01")
    stored = fx.get_rates(db)
    assert stored.rates["USD"] == 7.3 and stored.date == "2026-12-01"
    assert stored.rates["EUR"] == fx.DEFAULT_RATES["EUR"]  # the others kept


@pytest.mark.gui
def test_editor_shows_validates_and_saves(qtbot, tmp_path, qapp, db_target):
    from app.db import Database
    from ui import messages, workers
    from ui.context import AppContext
    from ui.widgets.fx_rates import RATE_COLUMN, RatesEditor

    path = db_target
    db = Database(path)
    add_firm(
        db, "美商精密电子（东莞）有限公司", city="深圳市", registered_capital=746.0, currency="USD"
    )
    db.close()
    messages.headless = True
    ctx = AppContext(path)
    try:
        editor = RatesEditor(ctx)
        qtbot.addWidget(editor)
        editor.load()
        rows = {editor.table.item(r, 0).data(0x0100): r for r in range(editor.table.rowCount())}
        assert set(fx.DEFAULT_RATES) <= set(rows)
        usd = editor.table.item(rows["USD"], RATE_COLUMN)
        assert float(usd.text()) == fx.DEFAULT_RATES["USD"]
        assert editor.date.date().toString("yyyy-MM-dd") == fx.DEFAULT_DATE
        assert not editor.save_btn.isEnabled()  # nothing changed yet

        for bad in ("-2", "abc", "0"):
            usd.setText(bad)
            assert editor.validate()
            assert not editor.save_btn.isEnabled()
            assert "汇率" in editor.status.text()
            editor.save()
            assert ctx.db.get_setting(fx.SETTING) is None

        usd.setText("7.25")
        assert editor.validate() == []
        assert editor.save_btn.isEnabled()
        editor.date.setDate(editor.date.date().fromString("2026-12-01", "yyyy-MM-dd"))
        editor.save()
        assert workers.wait_idle(60000)
        qtbot.waitUntil(lambda: not editor.busy(), timeout=30000)
        stored = fx.get_rates(ctx.db)
        assert stored.rates["USD"] == 7.25 and stored.date == "2026-12-01"
        assert float(editor.table.item(rows["USD"], RATE_COLUMN).text()) == 7.25
        assert not editor.save_btn.isEnabled()
        from app import ranking

        assert not ranking.is_stale(ctx.db)
    finally:
        workers.wait_idle(20000)
        ctx.close()
        messages.headless = False
