"""The printed documents' templates (app.templates): one environment, escaping by the engine,
line breaks in the template sources that never reach the page."""

from __future__ import annotations

from datetime import date

import jinja2
import pytest

from app import dossier, outreach, shortlists, templates
from app.projects import evaluation, sheet
from app.projects.model import Commitment, Project, Report, default_method
from tests.outreach_helpers import add_firm

HOSTILE = "<b>粗</b> & <script>x</script> \"引\" '单'"


def test_one_environment_with_autoescape_and_strict_undefined():
    env = templates.environment()
    assert env is templates.environment()
    assert env.autoescape is True
    assert env.undefined is jinja2.StrictUndefined
    with pytest.raises(jinja2.UndefinedError):
        templates.render("dossier_batch_cover.html", shortlist="名单")  # entries missing


def test_template_line_breaks_are_layout_not_text():
    # The notes paragraph is wrapped over two lines in its template: printed, it is one run
    # of Chinese with no space where the source broke the line.
    html = dossier.notes_html(3)
    assert "扩产计划和下一步录入" in html
    assert "\n" not in html
    assert html.count("padding-top:17px") == 3


def test_text_from_the_database_is_escaped_everywhere_in_the_dossier(db):
    fid = add_firm(db, "甲" + HOSTILE, city="广州市", main_business=HOSTILE)
    outreach.add_contact(
        db, fid, name="张" + HOSTILE, title=HOSTILE, phone="13812341234", note=HOSTILE
    )
    outreach.set_stage(db, fid, "contacted", note=HOSTILE)
    outreach.add_visit(db, fid, date="2025-03-05", summary=HOSTILE, next_step=HOSTILE)
    shortlists.create(db, "名单" + HOSTILE)
    shortlists.add(db, "名单" + HOSTILE, [fid], note=HOSTILE)
    d = dossier.build(db, fid, shortlist="名单" + HOSTILE, prepared_by=HOSTILE)
    html = d.html()
    assert "<script>" not in html and "<b>粗</b>" not in html
    escaped = "&lt;b&gt;粗&lt;/b&gt; &amp; &lt;script&gt;x&lt;/script&gt; &#34;引&#34; &#39;单&#39;"
    # name (cover), business text, contact name/title/note, history, visit, next step, list
    # note, preparer: each escaped where it stands.
    assert html.count(escaped) >= 10
    # The dossier goes to the visit: the phone in full (masking is for lists and exports).
    assert "13812341234" in html
    cover = dossier.batch_cover_html(
        HOSTILE, [{"name": HOSTILE, "place": None, "direction": "", "page": 3}], note=HOSTILE
    )
    assert "<script>" not in cover and cover.count(escaped) == 3
    assert ">—</td>" in cover  # no place, no direction: a dash, not "None"


def _evaluated(**fields: object) -> evaluation.ProjectEvaluation:
    p = Project(
        id=1,
        firm_id=1,
        name="项目" + HOSTILE,
        firm="企业" + HOSTILE,
        agreement_date=date(2021, 3, 1),
        land_mu=50.0,
        commitments=[Commitment("tax", 100000.0)],
        penalty_deposit=200.0,
        penalty_text=HOSTILE,
        reward_text=HOSTILE,
    )
    for k, v in fields.items():
        setattr(p, k, v)
    p.reports = {2024: Report(year=2024, tax_paid=10.0, revenue=100.0, output_value=100.0)}
    return evaluation.evaluate(p, 2024, default_method(), date(2026, 1, 1))


def test_project_sheet_and_portfolio_escape_agreement_text():
    e = _evaluated()
    assert e.penalty.exposed
    method = default_method()
    html = sheet.appraisal_sheet_html(e, method, today=date(2026, 1, 1))
    assert "<script>" not in html and "<b>粗</b>" not in html
    assert "违约条款：&lt;b&gt;粗" in html and "奖励条款：&lt;b&gt;粗" in html
    assert "没收履约保证金 200 万元" in html
    portfolio = sheet.portfolio_html([e], method, today=date(2026, 1, 1))
    assert "<script>" not in portfolio and "项目&lt;b&gt;粗" in portfolio
    assert "None" not in html + portfolio
