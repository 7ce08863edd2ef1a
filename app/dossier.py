"""The visit dossier (走访档案): its content, assembled as plain data, rendered as HTML (no Qt).

One dossier per firm: a cover; the firm's profile (facts with their sources and dates, its
business text); where it fits (direction, segment, chain position, the Dongguan gap it fills,
the local firms already there); its score and why; what Dongguan offers it (the zone of the
十区, the lead department of 附件2, the plan's policy lines); contacts, visits and open next
steps; a question checklist and a ruled notes page.

The data is gathered here (:class:`Dossier`, :class:`Context`, and :func:`_view` for what the
page derives from it); the markup is in ``resources/templates/dossier*.html``, rendered by
:mod:`app.templates` with autoescaping on, so text from the database prints as text.
:mod:`ui.dossier_print` lays the HTML out on A4 pages with a running header and footer; the
HTML uses only what Qt's rich-text engine supports (tables, ``border-bottom`` on cells,
``page-break-before``, classes from one ``<style>`` block). Lengths are in CSS pixels (1/96
inch); Qt scales them to the printer.

Anything unknown is said to be unknown (暂无数据), never printed as an empty box.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from app import catalog_store, outreach, templates
from app.db import os_user
from app.errors import UserError
from app.fmt import money, percent
from catalog.codes import LOCAL_CITY
from catalog.model import NOTE_LABEL  # noqa: F401 (named by the templates)
from resources.i18n import _, in_source_language

if TYPE_CHECKING:
    from app.db import Database
    from catalog.model import Catalog

UNKNOWN = "暂无数据"
ORG = "东莞市商务局"
COMMERCE = "市商务局"  # the users of this app: every firm's investment contact
DOC_TITLE = "补链招商走访档案"
CONFIDENTIAL = "内部资料　注意保密"
NOTE_LINES = 22  # ruled lines on the notes page (the printer measures how many fit)
COMPACT_UNKNOWN = 8  # more unknown facts than this: listed on one line
KEEP_ANCHOR = "cf-keep"  # marks headings the layout keeps with what follows them

POSITION_ZH = {"upstream": "上游", "midstream": "中游", "downstream": "下游"}
POSITION_HINT = {
    "upstream": "材料 · 零部件 · 核心器件",
    "midstream": "本体 · 系统 · 整机",
    "downstream": "集成 · 应用 · 服务",
}
STRENGTH_ZH = {"missing": "缺失", "weak": "薄弱", "present": "具备", "strong": "优势"}
# (text colour, tint) per local strength: the gaps stand out in red and amber.
STRENGTH_COLOUR = {
    "missing": ("#B03A2E", "#FBEAE8"),
    "weak": ("#B9770E", "#FDF3E3"),
    "present": ("#2E5E8C", "#EAF1F8"),
    "strong": ("#1E7B4A", "#E7F4EC"),
}
NAVY = "#1F3A5F"
RULE = "#C9D0D9"
MUTED = "#6B7480"
BAND = "#EEF2F6"


# -- the data ---------------------------------------------------------------------------------
@dataclass
class Fact:
    label: str
    value: str | None  # None: unknown
    source: str = ""
    date: str = ""


@dataclass
class Dossier:
    """Everything one dossier says, in printable form (strings, lists, dicts)."""

    firm_id: int
    name: str
    short_name: str
    place: str
    today: str
    prepared_by: str
    shortlist: str | None
    stage: str
    lists: list[str] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)
    texts: list[tuple[str, str | None]] = field(default_factory=list)
    fit: dict[str, Any] | None = None
    score: dict[str, Any] | None = None
    offer: dict[str, Any] | None = None
    contacts: list[dict[str, Any]] = field(default_factory=list)
    visits: list[dict[str, Any]] = field(default_factory=list)
    next_steps: list[dict[str, Any]] = field(default_factory=list)
    history: list[dict[str, Any]] = field(default_factory=list)
    questions: list[str] = field(default_factory=list)
    unknown: list[str] = field(default_factory=list)
    note: str | None = None  # the shortlist's note for this firm
    strategy: str | None = None  # the strategy the shortlist was built with (#16)
    # Lists, signals and links (app.targeting): (what, content, source, date) rows.
    targeting: list[tuple[str, str, str, str]] = field(default_factory=list)

    def html(self, *, note_lines: int | None = NOTE_LINES) -> str:
        """The dossier as HTML for Qt's rich-text engine."""
        return render_html(self, note_lines=note_lines)


class Context:
    """What a batch of dossiers shares: the catalog in force and the gaps (computed once)."""

    def __init__(self, db: Database):
        self.db = db
        self._catalog: Catalog | None = None
        self._gaps: dict[str, Any] | None = None
        self._local: dict[str, tuple[int, list[dict[str, Any]]]] = {}

    @property
    def catalog(self) -> Catalog | None:
        if self._catalog is None:
            try:
                self._catalog = catalog_store.current(self.db)
            except Exception:  # a dossier without the catalog still shows the firm
                return None
        return self._catalog

    def gap(self, segment: str) -> dict[str, Any] | None:
        if self._gaps is None:
            self._gaps = {}
            try:
                from app import ranking

                for g in ranking.compute_gaps(self.db, self.catalog):
                    self._gaps[g.segment] = g.to_json()
            except (ImportError, UserError):
                pass
        return self._gaps.get(segment)

    def local_firms(self, segment: str, limit: int = 6) -> tuple[int, list[dict[str, Any]]]:
        """Dongguan firms in the database in ``segment``: how many, and the largest.

        The ranking's gap decides which local firms count (classified with enough confidence
        or confirmed); using its count and examples keeps the dossier and the score's
        explanation in agreement. Without the ranking, every Dongguan firm of the segment counts.
        """
        if segment not in self._local:
            gap = self.gap(segment)
            if gap is not None:
                count = int(gap.get("local_firms") or 0)
                names = list(gap.get("examples") or [])[:limit]
                rows = []
                if names:
                    marks = ",".join("?" * len(names))
                    found = {
                        r["name"]: dict(r)
                        for r in self.db.query(
                            "SELECT id, name, short_name, district, employees, revenue FROM firms "
                            f"WHERE city = ? AND name IN ({marks})",
                            (LOCAL_CITY, *names),
                        )
                    }
                    rows = [found[n] for n in names if n in found]
            else:
                count = int(
                    self.db.scalar(
                        "SELECT COUNT(*) FROM firms WHERE city = ? AND segment = ?",
                        (LOCAL_CITY, segment),
                    )
                    or 0
                )
                rows = [
                    dict(r)
                    for r in self.db.query(
                        "SELECT id, name, short_name, district, employees, revenue FROM firms "
                        "WHERE city = ? AND segment = ? ORDER BY revenue IS NULL, revenue DESC, "
                        "employees IS NULL, employees DESC, name LIMIT ?",
                        (LOCAL_CITY, segment, limit),
                    )
                ]
            self._local[segment] = (count, rows)
        return self._local[segment]


# -- formatting helpers -----------------------------------------------------------------------
def cn_date(iso: str | None) -> str:
    """``2025-03-05`` -> ``2025年3月5日`` (anything else is returned as it is)."""
    if not iso:
        return ""
    try:
        d = date.fromisoformat(str(iso)[:10])
    except ValueError:
        return str(iso)
    return f"{d.year}年{d.month}月{d.day}日"


def _provenance(firm: dict[str, Any]) -> dict[str, Any]:
    raw = firm.get("provenance")
    if not raw:
        return {}
    try:
        data = json.loads(raw)
    except (TypeError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _source_of(firm: dict[str, Any], prov: dict[str, Any], column: str) -> tuple[str, str]:
    """(source, date) of one field: per-field provenance when the importer kept it."""
    entry = prov.get(column) or (prov.get("fields") or {}).get(column)
    source = firm.get("source") or ""
    when = firm.get("updated_at") or firm.get("imported_at") or ""
    if isinstance(entry, str):
        source = entry
    elif isinstance(entry, dict):
        source = str(entry.get("source") or entry.get("file") or source)
        when = str(entry.get("at") or entry.get("date") or entry.get("imported_at") or when)
    elif isinstance(entry, list | tuple) and entry:
        source = str(entry[0])
        when = str(entry[1]) if len(entry) > 1 else when
    return source, str(when)[:10]


# -- building ---------------------------------------------------------------------------------
@in_source_language  # a dossier is printed for Chinese readers
def build(
    db: Database,
    firm_id: int,
    *,
    shortlist: str | None = None,
    prepared_by: str | None = None,
    today: date | None = None,
    context: Context | None = None,
) -> Dossier:
    """Assemble the dossier of one firm from the database and the catalog in force."""
    row = db.execute("SELECT * FROM firms WHERE id = ?", (int(firm_id),)).fetchone()
    if row is None:
        raise UserError(_("企业库中没有编号为 {firm_id} 的企业").format(firm_id=firm_id))
    firm = dict(row)
    ctx = context or Context(db)
    cat = ctx.catalog
    today = today or date.today()
    from app import shortlists

    place = " ".join(p for p in (firm.get("city"), firm.get("district")) if p) or UNKNOWN
    d = Dossier(
        firm_id=firm["id"],
        name=firm["name"],
        short_name=firm.get("short_name") or "",
        place=place,
        today=cn_date(today.isoformat()),
        prepared_by=(prepared_by or os_user()).strip(),
        shortlist=shortlist,
        stage=outreach.stage_label(outreach.stage_of(db, firm["id"])),
        lists=shortlists.lists_of_firm(db, firm["id"]),
    )
    if shortlist:
        sl = db.execute(
            "SELECT i.note FROM shortlist_items i JOIN shortlists s ON s.id = i.shortlist_id "
            "WHERE s.name = ? AND i.firm_id = ?",
            (shortlist, firm["id"]),
        ).fetchone()
        d.note = sl[0] if sl else None
    from app import fx
    from app.targeting import strategies

    if shortlist:
        d.strategy = strategies.of_shortlist(db, shortlist)
    d.targeting = _targeting_rows(db, firm["id"])

    d.facts = _facts(firm, fx.get_rates(db))
    d.unknown = [f.label for f in d.facts if f.value is None]
    d.texts = [
        ("主营业务", firm.get("main_business")),
        ("经营范围", firm.get("business_scope")),
        ("企业简介", firm.get("introduction")),
    ]
    d.fit = _fit(firm, cat, ctx)
    d.score = _score(db, firm)
    d.offer = _offer(firm, cat)
    d.contacts = outreach.contacts(db, firm["id"])
    d.visits = outreach.visits(db, firm["id"])
    d.next_steps = outreach.open_next_steps(db, firm["id"])
    d.history = outreach.history(db, firm["id"])
    d.questions = _questions(d, firm)
    return d


def _facts(firm: dict[str, Any], rates: Any = None) -> list[Fact]:
    from app import fx

    prov = _provenance(firm)
    # Foreign-currency capital in its own currency and in 人民币 at the rate table.
    capital = fx.describe(firm.get("registered_capital"), firm.get("currency"), rates or fx.Rates())

    def fact(label: str, column: str, value: str | None) -> Fact:
        if value is None or (isinstance(value, str) and not value.strip()):
            return Fact(label, None)
        source, when = _source_of(firm, prov, column)
        return Fact(label, value, source, when)

    listing = None
    if firm.get("stock_code") or firm.get("listing"):
        parts = [firm.get("listing") or "", firm.get("stock_code") or ""]
        listing = " ".join(p for p in parts if p).strip()
        if firm.get("listing_date"):
            listing += f"（{cn_date(firm['listing_date'])}上市）"
    high_tech = firm.get("high_tech")
    return [
        fact("统一社会信用代码", "uscc", firm.get("uscc")),
        fact("上市情况", "stock_code", listing),
        fact("成立日期", "founded", cn_date(firm.get("founded")) or None),
        fact(
            "注册资本",
            "registered_capital",
            capital or money(firm.get("registered_capital"), firm.get("currency")),
        ),
        fact(
            "员工人数",
            "employees",
            None if firm.get("employees") is None else f"{int(firm['employees']):,} 人",
        ),
        fact("营业收入", "revenue", money(firm.get("revenue"))),
        fact("营收增长", "revenue_growth", percent(firm.get("revenue_growth"), signed=True)),
        fact("研发投入占营收", "rd_ratio", percent(firm.get("rd_ratio"))),
        fact(
            "专利数量", "patents", None if firm.get("patents") is None else f"{firm['patents']} 件"
        ),
        fact(
            "高新技术企业",
            "high_tech",
            None if high_tech is None else ("是" if high_tech else "否"),
        ),
        fact("法定代表人", "legal_rep", firm.get("legal_rep")),
        fact("企业类型", "firm_type", firm.get("firm_type")),
        fact("所属行业", "industry", firm.get("industry")),
        fact("注册地址", "address", firm.get("address")),
        fact("网站", "website", firm.get("website")),
    ]


def _targeting_rows(db: Database, firm_id: int) -> list[tuple[str, str, str, str]]:
    """The firm's lists, signals and links as rows of the profile's second table."""
    from app.targeting import flags, links, signals

    rows = [
        ("名录", f["name"], f["source"], f"{f['year']}年" if f["year"] else "")
        for f in flags.of_firm(db, firm_id)
    ]
    rows += [
        (f"动向·{x['kind']}", x["note"] or x["kind_written"] or "", x["source"], cn_date(x["date"]))
        for x in signals.of_firm(db, firm_id)
    ]
    rows += [
        (
            f"关联·{x['relation']}",
            f"是 {x['partner']} 的{x['relation']}" + ("" if x["matched"] else "（库外企业）"),
            x["source"],
            cn_date(x["date"]) if x["date"] else "",
        )
        for x in links.of_firm(db, firm_id)
    ]
    return rows


def _fit(firm: dict[str, Any], cat: Catalog | None, ctx: Context) -> dict[str, Any] | None:
    code = firm.get("direction") or ""
    if not code or cat is None or cat.direction(code) is None:
        return None
    direction = cat.direction(code)
    assert direction is not None
    domain = cat.domain(direction.domain)
    seg = cat.segment(firm.get("segment") or "")
    chain: dict[str, list[Any]] = {p: [] for p in POSITION_ZH}
    for s in direction.segments:
        chain[s.position].append(
            {
                "code": s.code,
                "name": s.name,
                "strength": s.strength,
                "mine": seg is not None and s.code == seg.code,
                "local": ctx.local_firms(s.code)[0],
            }
        )
    fit: dict[str, Any] = {
        "direction": code,
        "direction_name": direction.name,
        "domain_name": domain.name if domain else "",
        "key": direction.key,
        "wording": direction.wording,
        "segment": seg.code if seg else "",
        "segment_name": seg.name if seg else "",
        "position": seg.position if seg else "",
        "confidence": firm.get("confidence"),
        "confirmed": bool(firm.get("direction_confirmed")),
        "chain": chain,
    }
    if seg is not None:
        gap = ctx.gap(seg.code) or {}
        count, examples = ctx.local_firms(seg.code)
        fit.update(
            strength=gap.get("strength", seg.strength),
            gap=gap.get("gap"),
            gap_review=gap.get("review"),
            gap_note=gap.get("gap_note") or seg.gap_note,
            gap_estimated=gap.get("estimated"),
            description=seg.description,
            products=list(seg.products),
            local_count=count,
            local_examples=examples,
        )
    return fit


def _score(db: Database, firm: dict[str, Any]) -> dict[str, Any] | None:
    from app import ranking

    try:
        return ranking.explain_firm(db, firm["id"])
    except UserError:
        return None


def _offer(firm: dict[str, Any], cat: Catalog | None) -> dict[str, Any] | None:
    code = firm.get("direction") or ""
    if cat is None:
        return None
    direction = cat.direction(code) if code else None
    # Places by the codes the catalog lists: a direction's zones, or failing those its belts.
    zones = [
        {"code": z.code, "name": z.name, "places": list(z.places), "layout": z.layout,
         "notes": list(z.notes)}
        for z in cat.zones_for(code)
    ]  # fmt: skip
    belts = []
    if direction is not None and not zones:
        belts = [
            {"code": b.code, "name": b.name, "places": list(b.places), "industries": b.industries}
            for b in cat.belts_for(code)
        ]
    lead = cat.lead_department(code) if direction is not None else None
    # The member units the catalog marks as helping any project land (finance, land, talent …).
    support = [
        {"name": dep.name, "role": dep.role}
        for dep in cat.departments
        if dep.supports_projects and dep.name != COMMERCE
    ]
    commerce = next((dep for dep in cat.departments if dep.name == COMMERCE), None)
    rules = []
    wanted = ["targeted_sz_gz", "mu_efficiency", "objective_assessment", "performance_appraisal"]
    if (firm.get("city") or "") not in ("深圳市", "广州市"):
        wanted.remove("targeted_sz_gz")
    by_code = {r.code: r for r in cat.rules}
    policy = [{"text": q.text, "chapter": q.chapter} for q in direction.policy] if direction else []
    plan_words = (
        [{"text": q.text, "chapter": q.chapter} for q in direction.plan_words] if direction else []
    )
    for c in wanted:
        r = by_code.get(c)
        # The direction's policy lines may quote the same sentence: say it once.
        if r is not None and not any(p["text"] in r.text or r.text in p["text"] for p in policy):
            rules.append(
                {"code": r.code, "text": r.text, "chapter": r.chapter, "summary": r.summary}
            )
    return {
        "direction_name": direction.name if direction else "",
        "zones": zones,
        "belts": belts,
        "core": cat.core,
        "lead": {"name": lead.name, "role": lead.role} if lead else None,
        "commerce": {"name": commerce.name, "role": commerce.role} if commerce else None,
        "support": support,
        "plan_words": plan_words,
        "policy": policy,
        "rules": rules,
    }


def _questions(d: Dossier, firm: dict[str, Any]) -> list[str]:
    """The checklist for the visit, tailored to what the dossier knows and does not know."""
    fit = d.fit or {}
    offer = d.offer or {}
    seg = fit.get("segment_name")
    business = seg or (fit.get("direction_name") or "主营产品")
    city = firm.get("city") or "现所在地"
    qs = [
        f"未来三年在{business}方面有哪些扩产或新项目计划？计划投资规模、时间表如何？",
        f"目前在{city}的用地、厂房、人工和能耗成本压力如何？新项目需要多少亩用地或多大面积厂房？",
    ]
    zones = offer.get("zones") or []
    if zones:
        z = zones[0]
        qs.append(f"是否了解东莞{z['name']}（{'、'.join(z['places'])}）？是否愿意安排实地考察？")
    else:
        qs.append("对东莞哪些镇街、园区有兴趣？是否愿意安排实地考察松山湖等重点园区？")
    examples = [e["short_name"] or e["name"] for e in fit.get("local_examples") or []][:3]
    if examples:
        qs.append(
            f"主要供应商和客户分布在哪里？与东莞现有企业（如{'、'.join(examples)}）有无配套合作？"
        )
    else:
        qs.append("主要供应商和客户分布在哪里？落户东莞后需要哪些上下游配套？")
    qs.append("研发团队规模和研发投入情况？是否考虑在东莞设立研发中心、中试基地或区域总部？")
    qs.append("项目决策流程和关键决策人是谁？下一步对接由谁负责？")
    qs.append("对用地、人才、资金、审批等方面有哪些具体诉求？")
    missing = [u for u in d.unknown if u not in ("网站", "法定代表人", "企业类型")]
    if missing:
        qs.append(f"请企业补充或确认（档案中暂无数据）：{'、'.join(missing[:8])}。")
    for step in d.next_steps[:3]:
        qs.append(f"跟进上次约定事项：{step['next_step']}")
    dropped = [h for h in d.history if h["stage"] == "dropped" and h.get("reason")]
    if dropped:
        qs.append(f"此前放弃的原因（{dropped[-1]['reason']}）现在是否有变化？")
    return qs


# -- the page -----------------------------------------------------------------------------------
# The markup is in resources/templates/dossier*.html; here is what the templates are given.
def _words() -> dict[str, Any]:
    """The palette and fixed words the templates use: this module's constants."""
    return templates.constants(globals())


# The style sheet of every printed document (the printer also sets it as the document's default,
# so that HTML inserted later, the notes, is styled too).
STYLE = templates.render("style.css", **_words())


_MARKS = {
    "+": ("▲", "#1E7B4A"),
    "＋": ("▲", "#1E7B4A"),
    "-": ("▼", "#B03A2E"),
    "−": ("▼", "#B03A2E"),
    "－": ("▼", "#B03A2E"),
    "?": ("？", "#98A1AC"),
    "？": ("？", "#98A1AC"),
}


def _explanation(score: dict[str, Any] | None) -> list[tuple[str, str, str]]:
    """The ranking's explanation as (mark, colour, text) lines; its +/−/? factor marks become
    coloured arrows ("" for a line without one). Empty when it says no more than the reasons."""
    text = (score or {}).get("text")
    if not text or text == (score or {}).get("why"):
        return []
    lines = []
    for para in str(text).split("\n"):
        line = para.strip()
        # The first line names the firm again; the dossier's every page already does.
        if not line or para.startswith("企业："):
            continue
        mark = _MARKS.get(line[:1])
        if mark and line[1:2] == " ":
            lines.append((mark[0], mark[1], line[2:]))
        else:
            lines.append(("", "", line))
    return lines


def _view(d: Dossier) -> dict[str, Any]:
    """What the page shows that is derived from the dossier: labels, dates written out, layout."""
    fit = d.fit or {}
    direction = fit.get("direction_name")
    if direction and fit.get("segment_name"):
        direction = f"{direction} · {fit['segment_name']}（{POSITION_ZH.get(fit['position'], '')}）"
    score = (d.score or {}).get("score")
    # Room to breathe on the cover; a very long name or note takes it back, so that the
    # cover always stays one page.
    long = len(d.name) > 40 or len(d.note or "") > 120
    conf = fit.get("confidence")
    today = date.today().isoformat()
    return {
        "cover_rows": [
            ("所在地", d.place if d.place != UNKNOWN else None),
            ("产业方向", direction),
            ("当前阶段", d.stage),
            ("综合评分", None if score is None else f"{score:.1f} / 100"),
            ("所在名单", _lists_text(d)),
            ("编制日期", d.today),
            ("编制人", d.prepared_by),
        ],
        "cover_top": 40 if long else 110,
        "cover_gap": 60 if long else 170,
        # A firm that is mostly unknown gets its known facts and one line naming the rest,
        # rather than a column of 暂无数据.
        "compact": len(d.unknown) > COMPACT_UNKNOWN,
        "fit_key": "十大重点产业之一" if fit.get("key") else (fit.get("wording") or "目录方向"),
        "fit_how": "已由同事确认"
        if fit.get("confirmed")
        else (f"模型判断，置信度 {conf:.0%}" if conf is not None else "模型判断"),
        "explanation": _explanation(d.score),
        "history": [
            {
                "at": h["at"][:16].replace("T", " "),
                "stage": h["stage_zh"],
                "user": h["user"],
                "said": "；".join(x for x in (h.get("reason"), h.get("note")) if x) or "—",
            }
            for h in d.history
        ],
        "next_steps": [
            {
                "date": cn_date(s.get("next_date")),
                "overdue": bool(s.get("next_date")) and s["next_date"] < today,
                "text": s["next_step"],
            }
            for s in d.next_steps
        ],
        "visits": [
            {
                "head": cn_date(v["date"]) + (f"　{v['place']}" if v.get("place") else ""),
                "fields": [
                    (outreach.VISIT_FIELD_ZH[key], v[key])
                    for key in outreach.VISIT_ACCOUNT_FIELDS
                    if v.get(key)
                ],
                "next": (
                    (f"{cn_date(v['next_date'])}：" if v.get("next_date") else "")
                    + v["next_step"]
                    + ("（已完成）" if v.get("next_done") else "")
                )
                if v.get("next_step")
                else None,
            }
            for v in d.visits
        ],
    }


def notes_html(lines: int = NOTE_LINES, *, page_break: bool = True) -> str:
    """The ruled notes area: its heading, date/place/people fields and ``lines`` lines."""
    return templates.render(
        "dossier_notes.html", note_lines=lines, page_break=page_break, **_words()
    )


def notes_page_html(lines: int = NOTE_LINES) -> str:
    """The notes area alone as a document (the printer measures it to fill a page)."""
    return templates.render(
        "dossier_notes_page.html", note_lines=lines, page_break=False, **_words()
    )


@in_source_language
def render_html(d: Dossier, *, note_lines: int | None = NOTE_LINES) -> str:
    """The whole dossier as one HTML document; ``note_lines=None`` leaves the notes out
    (the printer appends them, sized to the space left on the last page)."""
    return templates.render(
        "dossier.html", d=d, v=_view(d), note_lines=note_lines, page_break=True, **_words()
    )


# -- batches ----------------------------------------------------------------------------------
def shortlist_firms(db: Database, name: str) -> list[int]:
    """The firms of a shortlist in order; :class:`UserError` when the list is empty."""
    from app import shortlists

    ids = shortlists.firm_ids(db, name)
    if not ids:
        raise UserError(_("名单“{name}”中还没有企业，没有可打印的走访档案").format(name=name))
    return ids


def _lists_text(d: Dossier) -> str:
    """The cover's 所在名单: the shortlist (and the strategy it was built with), else the lists."""
    if d.shortlist:
        return d.shortlist + (f"（按{d.strategy}策略选取）" if d.strategy else "")
    return "、".join(d.lists) if d.lists else "未加入名单"


@in_source_language  # a dossier is printed for Chinese readers
def batch_cover_html(
    shortlist: str,
    entries: list[dict[str, Any]],
    *,
    prepared_by: str | None = None,
    today: date | None = None,
    note: str | None = None,
    strategy: str | None = None,
) -> str:
    """Cover and table of contents of a batch. ``entries``: name, place, direction, page;
    ``strategy``: the one the shortlist was built with (named on the cover)."""
    today = today or date.today()
    # Each dossier of the batch knows its shortlist's strategy (the entries carry it).
    strategy = strategy or next((e["strategy"] for e in entries if e.get("strategy")), None)
    return templates.render(
        "dossier_batch_cover.html",
        shortlist=shortlist,
        strategy=strategy,
        entries=entries,
        prepared_by=prepared_by or os_user(),
        today=cn_date(today.isoformat()),
        note=note,
        **_words(),
    )
