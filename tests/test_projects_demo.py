"""Demo projects show every commitment status, several grades and every milestone state."""

from __future__ import annotations

from collections import Counter
from datetime import date

from app.projects import evaluation, model
from app.projects.demo import generate_projects

TODAY = date(2026, 11, 27)


def test_demo_projects_show_every_status_and_grade(db):
    summary = generate_projects(db, seed=1, today=TODAY)
    assert summary["projects"] == 24 and summary["reports"] > 60
    projects = model.load_projects(db)
    assert len(projects) == 24
    years = {p.agreement_date.year for p in projects}
    assert min(years) <= 2020 and max(years) >= 2025
    assert max(y for p in projects for y in p.reports) == TODAY.year - 1
    evals = evaluation.evaluate_all(projects, model.load_method(db), TODAY)
    statuses = Counter(c.status for e in evals for c in e.commitments)
    assert set(statuses) == {"met", "at_risk", "missed", "pending"}
    grades = Counter(e.appraisal.grade for e in evals if e.appraisal.grade)
    assert len(grades) >= 3, grades
    assert set(grades) == {"A", "B", "C", "D"}, grades
    assert any(e.appraisal.grade is None and "5 亩" in e.appraisal.note for e in evals) or any(
        e.project.land_mu is not None and e.project.land_mu < 5 for e in evals
    )
    milestones = Counter(m.status for e in evals for m in e.milestones)
    assert {"done", "due_soon", "overdue"} <= set(milestones)
    kinds = {a.kind for a in evaluation.alerts(projects, model.load_method(db), TODAY)}
    assert {"milestone_due", "milestone_overdue", "report_overdue", "new_miss"} <= kinds
    assert any(e.appraisal.missing for e in evals if e.appraisal.gradable)  # a missing figure


def test_demo_is_deterministic_and_uses_landed_firms(db, tmp_path):
    from app.db import Database

    landed = model.add_firm(db, "深圳市落地示范科技有限公司", None, source="测试")
    db.execute(
        "INSERT INTO pipeline (firm_id, stage, updated_at) VALUES (?, 'landed', '2024-01-01')",
        (landed,),
    )
    generate_projects(db, seed=3, n=6, today=TODAY)
    assert {p.firm_id for p in model.load_projects(db)} == {landed}
    other = Database(tmp_path / "b.sqlite")
    landed2 = model.add_firm(other, "深圳市落地示范科技有限公司", None, source="测试")
    other.execute(
        "INSERT INTO pipeline (firm_id, stage, updated_at) VALUES (?, 'landed', '2024-01-01')",
        (landed2,),
    )
    generate_projects(other, seed=3, n=6, today=TODAY)
    a = [
        evaluation.evaluate_all(model.load_projects(d), model.load_method(d), TODAY)
        for d in (db, other)
    ]
    assert [e.to_json() for e in a[0]] == [e.to_json() for e in a[1]]
    other.close()
