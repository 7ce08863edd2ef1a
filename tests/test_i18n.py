"""The core's message catalog (#18 item 12): Chinese source, an English gettext catalog that
covers every marked message, and printed documents that stay Chinese whatever the UI speaks."""

from __future__ import annotations

import re
from datetime import date

import pytest

from resources import i18n, i18n_tool

HAN = re.compile(r"[\u4e00-\u9fff]")
TODAY = date(2026, 11, 27)


@pytest.fixture
def english():
    i18n.set_language("en")
    try:
        yield
    finally:
        i18n.set_language(i18n.SOURCE)


def test_the_english_catalog_covers_every_marked_message():
    found, bad = i18n_tool.extract()
    assert bad == []
    assert len(found) > 80  # the labels, explanations and messages are marked
    assert i18n_tool.problems() == []


def test_the_committed_mo_is_compiled_from_the_po(tmp_path):
    mo = tmp_path / "chainfill.mo"
    i18n_tool.compile_mo(i18n_tool.PO, mo)
    assert mo.read_bytes() == i18n_tool.MO.read_bytes(), "run `make translations`"


def test_the_check_finds_an_untranslated_message(tmp_path):
    (tmp_path / "app").mkdir()
    (tmp_path / "app" / "x.py").write_text(
        'from resources.i18n import N_, _\nA = N_("已达标")\nB = _("一条新消息")\n'
        "C = _(A)  # translating a marked label: not a problem\n",
        encoding="utf-8",
    )
    found, bad = i18n_tool.extract(tmp_path)
    assert set(found) == {"已达标", "一条新消息"} and bad == []
    assert i18n_tool.problems(tmp_path) == ["untranslated: 一条新消息"]


def test_po_round_trip(tmp_path):
    po = tmp_path / "x.po"
    entries = {
        '带"引号"和\n换行': i18n_tool.Entry('带"引号"和\n换行', None, ['with "quotes" and\nlines']),
        "{n} 家企业": i18n_tool.Entry("{n} 家企业", "{n} 家企业", ["{n} firm", "{n} firms"]),
    }
    i18n_tool.write_po(entries, po)
    back = i18n_tool.read_po(po)
    assert {k: (e.plural, e.msgstr) for k, e in back.items()} == {
        k: (e.plural, e.msgstr) for k, e in entries.items()
    }
    mo = tmp_path / "x.mo"
    i18n_tool.compile_mo(po, mo)
    import gettext

    with mo.open("rb") as f:
        t = gettext.GNUTranslations(f)
    assert t.gettext('带"引号"和\n换行') == 'with "quotes" and\nlines'
    assert t.ngettext("{n} 家企业", "{n} 家企业", 2) == "{n} firms"


def test_chinese_by_default_english_when_set_and_chinese_for_print(english):
    from app.projects.model import status_label

    assert status_label("met") == "Met"
    with i18n.source_language():
        assert status_label("met") == "已达标"
    assert status_label("met") == "Met"
    i18n.set_language("zh_CN")
    assert status_label("met") == "已达标"
    assert i18n.set_language("fr") == "zh_CN"


def test_every_english_message_is_english():
    """English quotes Chinese only where the source shows what staff type (a header, a town)."""
    po = i18n_tool.read_po()
    assert [k for k, e in po.items() if i18n_tool.chinese_of_its_own(k, e.msgstr)] == []
    assert i18n_tool.chinese_of_its_own("请写“企业名称”", ["write “企业名称”"]) == []
    assert i18n_tool.chinese_of_its_own("未达标", ["未达标"]) == ["未达标"]  # a mere copy
    assert i18n_tool.chinese_of_its_own("未达标", ["missed 项目"]) == ["项目"]


def test_placeholders_survive_translation():
    """The English of a message names the same {placeholders}: .format() must not fail."""
    po = i18n_tool.read_po()
    fields = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)(?:![rsa])?(?::[^{}]*)?\}")
    wrong = [
        k
        for k, e in po.items()
        for s in e.msgstr
        if set(fields.findall(k)) != set(fields.findall(s))
    ]
    assert wrong == []


def _projects_db(new_db_target):
    from app.db import Database
    from app.projects.demo import generate_projects

    db = Database(new_db_target())
    generate_projects(db, seed=1, today=TODAY)
    return db


def test_projects_speak_english_and_their_printed_sheets_stay_chinese(
    tmp_path, english, new_db_target
):
    from app.projects import evaluation, model, sheet

    db = _projects_db(new_db_target)
    try:
        i18n.set_language("zh_CN")
        docs_zh = sheet.documents(db, today=TODAY)
        method = model.load_method(db)
        evals_zh = evaluation.evaluate_all(model.load_projects(db), method, TODAY)
        i18n.set_language("en")
        assert sheet.documents(db, today=TODAY) == docs_zh  # the printed sheets: unchanged
        evals = evaluation.evaluate_all(model.load_projects(db), method, TODAY)
        texts = [c.note for e in evals for c in e.commitments] + [
            a.text for a in evaluation.alerts(model.load_projects(db), method, TODAY)
        ]
        takes = [t.text for e in evals for t in evaluation.what_it_takes(e.project, e.year, method)]
        assert takes and texts
        shown = [t for t in texts + takes if t]
        # English except what is data (project and firm names are not in these texts)
        assert [t for t in shown if HAN.search(t)] == []
        assert any("would lift the score" in t for t in takes)
        assert next(c.note for e in evals_zh for c in e.commitments if c.note) != next(
            c.note for e in evals for c in e.commitments if c.note
        )
    finally:
        db.close()


def test_user_errors_follow_the_language(tmp_path, english, new_db_target):
    from app import shortlists
    from app.db import Database
    from app.errors import UserError

    db = Database(new_db_target())
    try:
        with pytest.raises(UserError) as caught:
            shortlists.create(db, "  ")
        assert caught.value.message == "The shortlist needs a name"
        i18n.set_language("zh_CN")
        with pytest.raises(UserError) as caught:
            shortlists.create(db, "  ")
        assert caught.value.message == "名单名称不能为空"
    finally:
        db.close()


def test_a_stage_named_in_a_message_follows_the_language(tmp_path, english, new_db_target):
    """#18: the stage inside "… is already at stage …" was the stored Chinese label."""
    from app import outreach
    from app.db import Database
    from app.errors import UserError
    from app.importing import import_firms
    from app.jobs import run_to_end

    sheet = tmp_path / "f.csv"
    sheet.write_text("企业名称,所属城市\n东莞市阶段测试有限公司,东莞市\n", encoding="utf-8")
    db = Database(new_db_target())
    try:
        run_to_end(import_firms(db, sheet))
        fid = int(db.scalar("SELECT id FROM firms"))
        outreach.set_stage(db, fid, "线索")  # the Chinese name is still parsed
        with pytest.raises(UserError) as caught:
            outreach.set_stage(db, fid, "lead")
        assert caught.value.message == "东莞市阶段测试有限公司 is already at stage “lead”"
        i18n.set_language("zh_CN")
        with pytest.raises(UserError) as caught:
            outreach.set_stage(db, fid, "lead")
        assert caught.value.message == "东莞市阶段测试有限公司 已处于“线索”阶段"
    finally:
        db.close()


def test_the_score_explanation_speaks_english(tmp_path, english, new_db_target):
    """Summary and arithmetic in English: Chinese only as data (names, the catalog, the words
    of the firm's own text the classifier quotes)."""
    from app import demo, ranking
    from app.db import Database
    from app.jobs import run_to_end
    from tests.test_ui_english import chinese_left, data_values

    i18n.set_language("zh_CN")
    db = Database(new_db_target())
    try:
        run_to_end(demo.build(db, 150, 3))
        best = ranking.top(db, 3)
        assert best
        masks = data_values(db)
        for row in best:
            zh = ranking.explain_firm(db, row["id"])
            i18n.set_language("en")
            en = ranking.explain_firm(db, row["id"])
            i18n.set_language("zh_CN")
            assert en["summary"] != zh["summary"] and en["detail"] != zh["detail"]
            words = [e["text"] for e in en["evidence"]]
            lines = (en["summary"] + "\n" + en["detail"]).split("\n")
            assert chinese_left(lines, sorted([*masks, *words], key=len, reverse=True)) == []
            assert "Overall score" in en["summary"] and "Gap fit" in en["detail"]
            # the one-line why of the lists (以商引商's linked candidates) as well
            assert en["why"] != zh["why"] and len(en["why"]) <= 80
            assert chinese_left([en["why"]], sorted(masks, key=len, reverse=True)) == []
    finally:
        db.close()


def test_the_profile_line_follows_the_language(tmp_path, english, new_db_target):
    """#18: 以商引商 and the signal kinds were Chinese literals inside the profile's SQL."""
    from app import demo
    from app.db import Database
    from app.jobs import run_to_end
    from app.targeting import profile, signals

    i18n.set_language("zh_CN")
    db = Database(new_db_target())
    try:
        run_to_end(demo.build(db, 150, 7))  # with its flags, links and signals
        ids = [r[0] for r in db.query("SELECT id FROM firms")]
        zh = profile.of_firms(db, ids)
        i18n.set_language("en")
        en = profile.of_firms(db, ids)
        assert set(zh) == set(en) and zh
        linked = [f for f, t in zh.items() if t.endswith(profile.ANCHORED)]
        assert linked and all(en[f].endswith("Local link") for f in linked)
        kinds = set(signals.KINDS)
        assert any(k in t for t in zh.values() for k in kinds)  # a signal is in the profile
        assert not any(k in t for t in en.values() for k in kinds)
    finally:
        db.close()


def test_the_projects_method_reads_in_english(english):
    """#18: ``chainfill projects method``'s text and the method's sources follow the language;
    Chinese only where it names the plan by its own title."""
    from app.projects import model

    method = model.default_method()
    en = model.method_text(method)
    with i18n.source_language():
        zh = model.method_text(method)
    assert len(en) == len(zh) and en != zh
    assert en[0] == "Per-mu appraisal method (projects)"
    left = [line.replace(model.PLAN, "") for line in en]
    assert [line for line in left if HAN.search(line)] == []
    assert model.METHOD_SOURCES["cap"] == "出厂默认值，无公开出处，须由本局设定"  # stored as it was


def test_currency_names_follow_the_language(english):
    """The settings' exchange-rate table showed 美元（USD）… to an English user."""
    from app import fx

    assert fx.name("usd") == "US dollar" and fx.name("XYZ") == "XYZ"
    with i18n.source_language():
        assert fx.name("USD") == "美元" and fx.name(None) == "人民币"
    assert all(not HAN.search(fx.name(c)) for c in fx.NAMES)


def test_a_check_in_and_its_conflicts_speak_english(tmp_path, english, as_person, new_db_target):
    """#18: field sync's notes, conflict records and labels, and its refusals in English; the
    firm's name is data. The record label stored with a conflict keeps its Chinese table word
    (read in either language) and is translated when listed."""
    from app import firm_edit, outreach
    from app.db import Database
    from app.errors import UserError
    from app.sync.checkin import checkin
    from app.sync.checkout import Scope, checkout
    from app.sync.conflicts import field_label, list_conflicts, resolve
    from tests.sync_helpers import team_and_copy
    from tests.test_ui_english import chinese_left, data_values

    team, ids, copy_path = team_and_copy(new_db_target(), tmp_path)
    copy = Database(copy_path)
    try:
        masks = data_values(team)  # before the check-in: names, no stored conflict records
        outreach.update_visit(copy, ids["visit_a"], summary="补记")
        outreach.delete_visit(team, ids["visit_a"])  # kept: edited offline
        outreach.delete_contact(copy, ids["contact_a"])
        outreach.update_contact(team, ids["contact_a"], title="副总经理")  # a whole record
        outreach.update_contact(copy, ids["contact_b"], phone="13912345678")
        outreach.update_contact(team, ids["contact_b"], phone="13787654321")  # a contact field
        firm_edit.update_firm(copy, ids["a"], {"官网": "www.mine.cn"})
        firm_edit.update_firm(team, ids["a"], {"官网": "www.theirs.cn"})  # a firm field
        with copy.write():  # a project is not deleted by a working copy: a note
            copy.execute("DELETE FROM project_reports WHERE project_id = ?", (ids["project"],))
            copy.execute("DELETE FROM projects WHERE id = ?", (ids["project"],))
        result = checkin(copy, team)
        listed = list_conflicts(copy)
        assert len(result.conflicts) == len(listed) == 3 and len(result.notes) == 2
        texts = [
            *result.notes,
            *(c.to_json()["record"] for c in result.conflicts),
            *(field_label(c.table, c.field) for c in result.conflicts),
            *(c[k] for c in listed for k in ("record", "label")),
        ]
        assert chinese_left(texts, masks) == []
        assert {c["label"] for c in listed} == {"Website", "Phone", "Whole record"}
        assert any(c["record"].startswith("深圳市甲科技有限公司 · Contact ") for c in listed)
        assert any("deleted by the team" in n for n in result.notes)
        assert any("Project" in n and "not deleted by a working copy" in n for n in result.notes)
        refusals = []
        for attempt in (
            lambda: checkin(team, copy),
            lambda: resolve(copy, listed[0]["id"], "both"),
            lambda: resolve(copy, 9999, "mine"),
            lambda: checkout(team, tmp_path / "none.sqlite", Scope()),
            lambda: checkout(team, tmp_path / "copy.sqlite", Scope(all=True)),
        ):
            with pytest.raises(UserError) as caught:
                attempt()
            refusals.append(caught.value.message)
        assert [m for m in refusals if HAN.search(m)] == [], refusals
        # stored as written (Chinese), shown in the language in force
        assert "· 联系人 " in copy.scalar(
            "SELECT record FROM sync_conflicts WHERE tbl = 'contacts' LIMIT 1"
        )
        i18n.set_language("zh_CN")
        assert {c["label"] for c in list_conflicts(copy)} == {"官网", "电话", "整条记录"}
        assert any(" · 联系人 " in c["record"] for c in list_conflicts(copy))
    finally:
        copy.close()
        team.close()
