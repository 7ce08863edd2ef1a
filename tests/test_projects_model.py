"""Projects in the database: save/load, reports keyed by year, audit, the method setting."""

from __future__ import annotations

from datetime import date

import pytest

from app.errors import UserError
from app.projects import model
from app.projects.model import Commitment, Milestone, Project, Report


def _firm(db, name="东莞市测试科技有限公司") -> int:
    return model.add_firm(db, name, None, source="测试")


def _project(db) -> Project:
    p = Project(
        id=None,
        firm_id=_firm(db),
        name="测试项目",
        agreement_no="DG-T-001",
        agreement_date=date(2022, 5, 1),
        land_mu=60.0,
        direction="it.terminal",
        commitments=[
            Commitment("tax", 1500.0),
            Commitment("investment", 30000.0, date(2024, 6, 30)),
        ],
        milestones=[
            Milestone("construction_start", date(2022, 10, 1), date(2022, 9, 20)),
            Milestone("full_production", date(2025, 12, 31)),
        ],
        reward_share_pct=50.0,
        penalty_clawback=True,
    )
    model.save_project(db, p)
    return p


def test_save_and_load_round_trip(db):
    p = _project(db)
    loaded = model.get_project(db, p.id)
    assert loaded.firm == "东莞市测试科技有限公司"
    assert loaded.agreement_date == date(2022, 5, 1)
    assert [c.item for c in loaded.commitments] == ["investment", "tax"]  # display order
    assert loaded.commitment("investment").due == date(2024, 6, 30)
    assert loaded.milestone("construction_start").done == date(2022, 9, 20)
    assert loaded.penalty_clawback is True and loaded.penalty_suspend_rewards is False
    assert model.find_project(db, "DG-T-001").id == p.id
    assert model.find_project(db, "测试项目").id == p.id
    assert model.find_project(db, str(p.id)).id == p.id
    with pytest.raises(UserError, match="找不到项目"):
        model.find_project(db, "不存在")
    audit = db.query("SELECT action, entity FROM audit WHERE entity = 'project'")
    assert [tuple(r) for r in audit] == [("add", "project")]


def test_edit_is_audited_with_the_changes(db):
    p = _project(db)
    p.land_mu = 80.0
    model.save_project(db, p)
    row = db.query("SELECT detail FROM audit WHERE entity='project' AND action='edit'")
    assert len(row) == 1 and "80" in row[0]["detail"]
    model.save_project(db, p)  # no change: no audit row
    assert db.scalar("SELECT COUNT(*) FROM audit WHERE entity='project' AND action='edit'") == 1


def test_agreement_number_is_unique(db):
    p = _project(db)
    q = Project(
        id=None,
        firm_id=p.firm_id,
        name="另一个",
        agreement_no="DG-T-001",
        agreement_date=date(2023, 1, 1),
    )
    with pytest.raises(UserError, match="已被项目"):
        model.save_project(db, q)


def test_reports_are_keyed_by_year_never_double_counted(db):
    p = _project(db)
    today = date(2026, 6, 1)
    assert (
        model.save_report(db, p.id, Report(2024, tax_paid=800.0, energy_tce=100.0), today=today)
        == "added"
    )
    assert (
        model.save_report(db, p.id, Report(2024, tax_paid=800.0, energy_tce=100.0), today=today)
        == "unchanged"
    )
    # merge: empty figures keep what is stored
    assert (
        model.save_report(db, p.id, Report(2024, tax_paid=900.0), merge=True, today=today)
        == "updated"
    )
    stored = model.get_project(db, p.id).reports[2024]
    assert (stored.tax_paid, stored.energy_tce) == (900.0, 100.0)
    # no merge: the report replaces the row
    model.save_report(db, p.id, Report(2024, tax_paid=950.0), today=today)
    stored = model.get_project(db, p.id).reports[2024]
    assert (stored.tax_paid, stored.energy_tce) == (950.0, None)
    assert db.scalar("SELECT COUNT(*) FROM project_reports") == 1
    assert db.scalar("SELECT COUNT(*) FROM audit WHERE entity='project_report'") == 3


def test_bad_reports_are_refused_in_chinese(db):
    p = _project(db)
    today = date(2026, 6, 1)
    with pytest.raises(UserError, match="早于项目签约年度 2022"):
        model.save_report(db, p.id, Report(2021, tax_paid=1.0), today=today)
    with pytest.raises(UserError, match="实缴税收不能为负数"):
        model.save_report(db, p.id, Report(2023, tax_paid=-5.0), today=today)
    with pytest.raises(UserError, match="晚于今年"):
        model.save_report(db, p.id, Report(2027), today=today)
    assert db.scalar("SELECT COUNT(*) FROM project_reports") == 0


def test_milestone_done_and_cascade(db):
    p = _project(db)
    model.set_milestone_done(db, p.id, "full_production", date(2025, 11, 1))
    assert model.get_project(db, p.id).milestone("full_production").done == date(2025, 11, 1)
    with pytest.raises(UserError, match="早于签约日期"):
        model.set_milestone_done(db, p.id, "completion", date(2020, 1, 1))
    model.save_report(db, p.id, Report(2023, tax_paid=1.0), today=date(2026, 1, 1))
    with db.write():  # the schema removes a project's rows with it
        db.execute("DELETE FROM projects WHERE id = ?", (p.id,))
    assert db.scalar("SELECT COUNT(*) FROM projects") == 0
    assert db.scalar("SELECT COUNT(*) FROM project_reports") == 0  # cascade
    assert db.scalar("SELECT COUNT(*) FROM project_milestones") == 0


def test_firm_with_projects_cannot_be_deleted(db):
    import sqlite3

    errors: tuple[type[Exception], ...] = (sqlite3.IntegrityError,)
    if db.is_postgres:
        import psycopg

        errors = (psycopg.IntegrityError,)
    p = _project(db)
    with pytest.raises(errors):
        db.execute("DELETE FROM firms WHERE id = ?", (p.firm_id,))


def test_method_defaults_come_from_the_catalog_and_overrides_persist(db):
    import catalog

    m = model.load_method(db)
    cat = {i.key: i for i in catalog.load_default().indicators}
    assert [i.key for i in m.indicators] == list(model.INDICATOR_KEYS)
    for spec in m.indicators:
        assert (spec.weight, spec.benchmark) == (cat[spec.key].weight, cat[spec.key].benchmark)
    assert m.min_mu == catalog.load_default().appraisal_min_mu == 5
    m = model.save_method(db, {"weights": {"tax_per_mu": 40}, "cutoffs": {"A": 95}})
    assert m.spec("tax_per_mu").weight == 40 and m.cutoffs[0] == 95
    m = model.save_method(db, {"benchmarks": {"rd_ratio": 2.0}})  # merged, not replaced
    assert m.spec("tax_per_mu").weight == 40 and m.spec("rd_ratio").benchmark == 2.0
    assert model.load_method(db).spec("rd_ratio").benchmark == 2.0
    assert db.get_setting(model.METHOD_SETTING)["weights"] == {"tax_per_mu": 40}
    with pytest.raises(UserError, match="A > B > C"):
        model.save_method(db, {"cutoffs": {"B": 99}})
    assert model.load_method(db).cutoffs[1] == 70  # the bad change was not stored
    assert model.reset_method(db).spec("tax_per_mu").weight == cat["tax_per_mu"].weight
    assert db.scalar("SELECT COUNT(*) FROM audit WHERE entity='settings'") >= 3
