"""The visit dossier (走访档案): its content, assembled as plain data and HTML (no Qt).

One dossier per firm: a cover; the firm's profile (facts with their sources and dates, its
business text); where it fits (direction, segment, chain position, the Dongguan gap it fills,
the local firms already there); its score and why; what Dongguan offers it (the zone of the
十区, the lead department of 附件2, the plan's policy lines); contacts, visits and open next
steps; a question checklist and a ruled notes page.

:mod:`ui.dossier_print` lays the HTML out on A4 pages with a running header and footer; the
HTML here uses only what Qt's rich-text engine supports (tables, ``border-bottom`` on cells,
``page-break-before``, classes from one ``<style>`` block). Lengths are in CSS pixels (1/96
inch); Qt scales them to the printer.

Anything unknown is said to be unknown (暂无数据), never printed as an empty box.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from html import escape
from typing import TYPE_CHECKING, Any

from app import catalog_store, outreach
from app.db import os_user
from app.errors import UserError
from app.fmt import money, percent
from catalog.codes import LOCAL_CITY
from catalog.model import NOTE_LABEL

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

STYLE = f"""
body {{ color: #1E2328; }}
p {{ margin-top: 0px; margin-bottom: 5px; line-height: 140%; }}
.muted {{ color: {MUTED}; }}
.unknown {{ color: #98A1AC; font-style: italic; }}
.small {{ font-size: 8.5pt; }}
.label {{ color: {MUTED}; }}
.h1 {{ font-size: 13pt; font-weight: bold; color: {NAVY}; }}
.h2 {{ font-size: 10.5pt; font-weight: bold; color: {NAVY}; }}
.quote {{ color: #3A4350; }}
th {{ background-color: {BAND}; color: {NAVY}; font-weight: bold; text-align: left;
      border-top: 1px solid {NAVY}; border-bottom: 1px solid {NAVY}; }}
td.r {{ border-bottom: 0.5px solid {RULE}; }}
"""


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
        raise UserError(f"企业库中没有编号为 {firm_id} 的企业")
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


# -- HTML ---------------------------------------------------------------------------------------
def _e(text: Any) -> str:
    """Escaped text with line breaks kept."""
    return escape(str(text)).replace("\n", "<br/>")


def _or_unknown(value: Any, what: str = UNKNOWN) -> str:
    if value is None or (isinstance(value, str) and not value.strip()):
        return f'<span class="unknown">{what}</span>'
    return _e(value)


def _heading(number: str, title: str, *, page_break: bool = False) -> str:
    top = 2 if page_break else 16
    brk = " page-break-before:always;" if page_break else ""
    return (
        f'<table width="100%" cellspacing="0" cellpadding="0" style="margin-top:{top}px; '
        f'margin-bottom:8px; border-collapse:collapse;{brk}"><tr><td style="border-bottom:1.5px '
        f'solid {NAVY}; padding-bottom:3px"><a name="{KEEP_ANCHOR}"></a><span class="h1">'
        f"{number}、{escape(title)}</span></td></tr></table>"
    )


def _sub(title: str) -> str:
    return (
        f'<p style="margin-top:10px; margin-bottom:4px"><a name="{KEEP_ANCHOR}"></a>'
        f'<span class="h2">{escape(title)}</span></p>'
    )


def _table(headers: list[tuple[str, str]], rows: list[list[str]]) -> str:
    """A table with light rules: a navy header band, hairlines between rows.

    ``headers`` are (title, width) pairs; cells are already-escaped HTML.
    """
    head = "".join(f'<th width="{w}">{escape(h)}</th>' for h, w in headers)
    body = "".join(
        "<tr>" + "".join(f'<td class="r" valign="top">{c}</td>' for c in row) + "</tr>"
        for row in rows
    )
    return (
        '<table width="100%" cellspacing="0" cellpadding="4" style="border-collapse:collapse">'
        f"<thead><tr>{head}</tr></thead>{body}</table>"
    )


def _cover(d: Dossier) -> str:
    fit = d.fit or {}
    direction = fit.get("direction_name")
    if direction and fit.get("segment_name"):
        direction = f"{direction} · {fit['segment_name']}（{POSITION_ZH.get(fit['position'], '')}）"
    score = (d.score or {}).get("score")
    lists = d.shortlist or ("、".join(d.lists) if d.lists else "未加入名单")
    rows = [
        ("所在地", d.place if d.place != UNKNOWN else None),
        ("产业方向", direction),
        ("当前阶段", d.stage),
        ("综合评分", None if score is None else f"{score:.1f} / 100"),
        ("所在名单", lists),
        ("编制日期", d.today),
        ("编制人", d.prepared_by),
    ]
    table = "".join(
        f'<tr><td width="22%" class="r label" style="padding-top:7px; padding-bottom:7px">'
        f'{escape(k)}</td><td class="r" style="padding-top:7px; padding-bottom:7px">'
        f"{_or_unknown(v)}</td></tr>"
        for k, v in rows
    )
    short = (
        f'<p style="font-size:12pt; color:{MUTED}; margin-top:6px">{_e(d.short_name)}</p>'
        if d.short_name and d.short_name != d.name
        else ""
    )
    # Room to breathe on the cover; a very long name or note takes it back, so that the
    # cover always stays one page.
    long = len(d.name) > 40 or len(d.note or "") > 120
    top, gap = (40, 60) if long else (110, 170)
    note = (
        f'<p style="margin-top:14px"><span class="label">名单备注：</span>{_e(d.note)}</p>'
        if d.note
        else ""
    )
    return (
        # Qt drops the top margin of a page's first block: an empty 1pt line carries it.
        f'<p style="margin:0px; margin-bottom:{top}px; font-size:1pt">&nbsp;</p>'
        f'<p style="font-size:10pt; color:{MUTED}">{ORG} · 产业链补链招商</p>'
        f'<p style="margin-top:40px; font-size:15pt; color:{NAVY}; font-weight:bold">'
        f"走访档案</p>"
        f'<p style="margin-top:10px; font-size:24pt; font-weight:bold; line-height:125%; '
        f'color:#111820">{_e(d.name)}</p>{short}'
        f'<table width="100%" cellspacing="0" cellpadding="0" style="margin-top:18px; '
        f'margin-bottom:26px"><tr><td style="border-bottom:3px solid {NAVY}">&nbsp;</td></tr>'
        "</table>"
        '<table width="100%" cellspacing="0" cellpadding="4" style="border-collapse:collapse">'
        f"{table}</table>{note}"
        f'<p style="margin-top:{gap}px; color:{MUTED}" class="small">{CONFIDENTIAL}。本档案含企业联系人'
        "的个人信息，仅供本次走访使用，请勿转发或对外提供。档案中的评分与分析由“补链招商助手”根据"
        "库内数据和产业招商目录生成，供走访参考。</p>"
    )


def _profile(d: Dossier) -> str:
    # A firm that is mostly unknown gets its known facts and one line naming the rest,
    # rather than a column of 暂无数据.
    compact = len(d.unknown) > COMPACT_UNKNOWN
    rows = []
    for f in d.facts:
        if f.value is None:
            if not compact:
                rows.append([escape(f.label), f'<span class="unknown">{UNKNOWN}</span>', "", ""])
        else:
            rows.append(
                [
                    escape(f.label),
                    _e(f.value),
                    f'<span class="muted">{_e(f.source) or "—"}</span>',
                    f'<span class="muted">{_e(f.date) or "—"}</span>',
                ]
            )
    if compact:
        rows.append(
            [
                f'<span class="unknown">{UNKNOWN}</span>',
                f'<span class="muted">{escape("、".join(d.unknown))}</span>',
                "",
                "",
            ]
        )
    out = [_table([("项目", "20%"), ("内容", "46%"), ("来源", "20%"), ("日期", "14%")], rows)]
    for label, text in d.texts:
        out.append(_sub(label))
        out.append(f"<p>{_or_unknown(text)}</p>")
    return "".join(out)


def _chain(fit: dict[str, Any]) -> str:
    cells = []
    for pos, zh in POSITION_ZH.items():
        segs = fit["chain"][pos]
        inner = []
        for s in segs:
            colour, tint = STRENGTH_COLOUR.get(s["strength"], (MUTED, "#FFFFFF"))
            label = STRENGTH_ZH.get(s["strength"], s["strength"])
            if s["mine"]:
                inner.append(
                    f'<tr><td style="background-color:{NAVY}; color:#FFFFFF; padding:5px">'
                    f'<b>▶ {escape(s["name"])}</b><br/><span style="font-size:8pt">本企业所在环节 · '
                    f"东莞{label} · 库内东莞企业 {s['local']} 家</span></td></tr>"
                )
            else:
                inner.append(
                    f'<tr><td style="background-color:{tint}; border-left:3px solid {colour}; '
                    f'padding:5px">{escape(s["name"])}<br/><span style="font-size:8pt; '
                    f'color:{colour}">东莞{label}</span><span style="font-size:8pt; color:{MUTED}">'
                    f" · 东莞企业 {s['local']} 家</span></td></tr>"
                )
                inner.append('<tr><td style="font-size:3pt">&nbsp;</td></tr>')
            if s["mine"]:
                inner.append('<tr><td style="font-size:3pt">&nbsp;</td></tr>')
        if not segs:
            inner.append(
                '<tr><td class="muted small" style="padding:5px">目录中本方向无此位置的环节</td></tr>'
            )
        cells.append(
            f'<td width="32%" valign="top" style="background-color:{BAND}; padding:6px">'
            f'<p align="center" style="margin-bottom:1px"><span class="h2">{zh}</span></p>'
            f'<p align="center" class="small muted" style="margin-bottom:6px">{POSITION_HINT[pos]}'
            "</p>"
            '<table width="100%" cellspacing="0" cellpadding="0" style="border-collapse:collapse">'
            f"{''.join(inner)}</table></td>"
        )
    arrow = f'<td width="2%" valign="middle" align="center" style="color:{NAVY}">→</td>'
    legend = "　".join(
        f'<span style="color:{STRENGTH_COLOUR[k][0]}">■</span> {v}' for k, v in STRENGTH_ZH.items()
    )
    # The legend is the table's last row: a page break can never part it from the map.
    return (
        '<table width="100%" cellspacing="0" cellpadding="0" style="margin-top:4px">'
        f"<tr>{arrow.join(cells)}</tr>"
        f'<tr><td colspan="5" class="small muted" style="padding-top:4px">'
        f"图例（东莞本地基础）：{legend}</td></tr></table>"
    )


def _fit_html(d: Dossier) -> str:
    fit = d.fit
    if fit is None:
        return (
            f'<p><span class="unknown">{UNKNOWN}</span>：该企业尚未归入产业招商目录的产业方向'
            "（或其主营业务不属于目录方向），无法给出产业链定位。走访时请了解其主营产品，回来后"
            "在企业库中确认方向。</p>"
        )
    key = "十大重点产业之一" if fit["key"] else (fit.get("wording") or "目录方向")
    conf = fit.get("confidence")
    how = (
        "已由同事确认"
        if fit["confirmed"]
        else (f"模型判断，置信度 {conf:.0%}" if conf is not None else "模型判断")
    )
    rows = [
        [
            "领域",
            _e(fit["domain_name"])
            if fit["domain_name"]
            else f'<span class="unknown">{UNKNOWN}</span>',
        ],
        ["产业方向", f"{_e(fit['direction_name'])}（{_e(key)}）"],
        [
            "产业链环节",
            f"{_e(fit['segment_name'])}（{POSITION_ZH.get(fit['position'], '')}）"
            if fit["segment_name"]
            else f'<span class="unknown">{UNKNOWN}</span>（未能判断具体环节）',
        ],
        ["分类依据", _e(how)],
    ]
    out = [
        '<table width="100%" cellspacing="0" cellpadding="4" style="border-collapse:collapse">'
        + "".join(
            f'<tr><td width="20%" class="r label">{k}</td><td class="r">{v}</td></tr>'
            for k, v in rows
        )
        + "</table>"
    ]
    out.append(_sub("产业链位置"))
    out.append(_chain(fit))
    if fit.get("segment"):
        out.append(_sub("它补的是东莞哪块短板"))
        strength = fit.get("strength") or ""
        colour = STRENGTH_COLOUR.get(strength, (MUTED, ""))[0]
        gap = fit.get("gap")
        line = (
            f"东莞在“{_e(fit['segment_name'])}”环节的本地基础："
            f'<b style="color:{colour}">{STRENGTH_ZH.get(strength, UNKNOWN)}</b>'
        )
        if gap is not None:
            line += f"；缺口程度 <b>{gap:.2f}</b>（0–1，越大越缺）"
        out.append(f"<p>{line}。</p>")
        if fit.get("gap_note"):
            out.append(f'<p class="muted">{NOTE_LABEL}：{_e(fit["gap_note"])}</p>')
        if fit.get("description"):
            out.append(f'<p class="muted">{NOTE_LABEL}（环节）：{_e(fit["description"])}</p>')
        if fit.get("gap_review") and fit.get("gap_estimated"):
            out.append(
                '<p class="muted">注：按库内东莞企业情况估算，该环节本地基础可能为“'
                f"{STRENGTH_ZH.get(fit['gap_estimated'], fit['gap_estimated'])}”，建议复核目录设定。</p>"
            )
        count, examples = fit["local_count"], fit["local_examples"]
        if examples:
            out.append(
                f'<p style="margin-top:6px">库内已在此环节的东莞企业共 {count} 家'
                f"{'，按规模列出前 ' + str(len(examples)) + ' 家' if count > len(examples) else ''}：</p>"
            )
            out.append(
                _table(
                    [("企业", "52%"), ("镇街", "16%"), ("员工", "14%"), ("营业收入", "18%")],
                    [
                        [
                            _e(e["name"]),
                            _or_unknown(e["district"], "—"),
                            "—" if e["employees"] is None else f"{int(e['employees']):,}",
                            money(e["revenue"]) or "—",
                        ]
                        for e in examples
                    ],
                )
            )
        else:
            tail = (
                "——引进该企业可填补空白"
                if strength in ("missing", "weak")
                else "（库内东莞企业尚未全部分类时，这一数字可能偏低）"
            )
            out.append(f"<p>库内还没有已归入此环节的东莞企业{tail}。</p>")
    return "".join(out)


def _score_html(d: Dossier) -> str:
    s = d.score
    if s is None or (s.get("score") is None and s.get("capability") is None):
        reason = ""
        if s is not None and not s.get("candidate", True):
            reason = "（该企业不在深圳、广州，不参与候选排序）"
        return f'<p><span class="unknown">暂无评分</span>{reason}。请先在“推荐”中计算评分。</p>'
    out = []
    score = s.get("score")
    if score is not None:
        out.append(
            f'<p style="margin-bottom:2px"><a name="{KEEP_ANCHOR}"></a><span style="font-size:28pt; font-weight:bold; '
            f'color:{NAVY}">{score:.1f}</span><span class="muted" style="font-size:11pt">'
            " / 100　综合评分</span></p>"
        )
    else:
        out.append('<p><span class="unknown">暂无综合评分</span>（该企业不在候选范围）</p>')
    weights = s.get("weights") or {}

    def part(key: str, label: str, meaning: str) -> list[str]:
        v = s.get(key)
        w = weights.get(key)
        return [
            escape(label),
            "—" if v is None else f"{v * 100:.0f} / 100",
            "—" if w is None else f"{w:.0%}",
            f'<span class="muted">{escape(meaning)}</span>',
        ]

    out.append(
        _table(
            [("分项", "18%"), ("得分", "16%"), ("权重", "12%"), ("含义", "54%")],
            [
                part("gap_fit", "补链匹配", "企业所在环节对东莞产业链缺口的填补程度"),
                part("capability", "企业实力", "规模、成长、研发、专利、上市与高新资质"),
                part("propensity", "落地可能", "按本局历年落地与放弃的企业估计的来莞可能性"),
            ],
        )
    )
    if s.get("why"):
        out.append(_sub("评分理由"))
        out.append(f"<p>{_e(s['why'])}</p>")
    text = s.get("text")
    if text and text != s.get("why"):
        out.append(_sub("详细说明"))
        for para in str(text).split("\n"):
            # The first line names the firm again; the dossier's every page already does.
            if para.strip() and not para.startswith("企业："):
                out.append(_explain_line(para.strip()))
    return "".join(out)


_MARKS = {
    "+": ("▲", "#1E7B4A"),
    "＋": ("▲", "#1E7B4A"),
    "-": ("▼", "#B03A2E"),
    "−": ("▼", "#B03A2E"),
    "－": ("▼", "#B03A2E"),
    "?": ("？", "#98A1AC"),
    "？": ("？", "#98A1AC"),
}


def _explain_line(line: str) -> str:
    """One line of the ranking's explanation; its +/−/? factor marks become coloured arrows."""
    mark = _MARKS.get(line[:1])
    if mark and line[1:2] == " ":
        glyph, colour = mark
        return (
            f'<p class="quote" style="margin-left:12px"><span style="color:{colour}">{glyph}</span>'
            f" {_e(line[2:])}</p>"
        )
    return f'<p class="quote">{_e(line)}</p>'


def _offer_html(d: Dossier) -> str:
    o = d.offer
    if o is None:
        return f'<p><span class="unknown">{UNKNOWN}</span>（产业招商目录不可用）。</p>'
    out = [_sub("承载园区（一核三带十区）")]
    if o["zones"]:
        for z in o["zones"]:
            out.append(
                f"<p><b>{_e(z['name'])}</b>：{_e('、'.join(z['places']))}</p>"
                + "".join(f'<p class="quote">规划原文：“{_e(n)}”</p>' for n in z.get("notes", []))
                + (
                    f'<p class="muted">{NOTE_LABEL}：{_e(z["layout"])}</p>'
                    if z.get("layout")
                    else ""
                )
            )
    elif o["belts"]:
        out.append(
            f"<p>{_e(o['direction_name'])}不属于“十区”的十大重点产业集聚区，可结合以下产业带布局：</p>"
        )
        for b in o["belts"]:
            out.append(
                f"<p><b>{_e(b['name'])}</b>：{_e('、'.join(b['places']))}（{_e(b['industries'])}）</p>"
            )
    elif o["direction_name"]:
        out.append(
            f"<p>{_e(o['direction_name'])}不属于“十区”的十大重点产业集聚区；可根据项目需要在"
            "全市统筹选址。</p>"
        )
    else:
        out.append(f'<p><span class="unknown">{UNKNOWN}</span>：企业方向未定，暂无对应园区。</p>')
    if o.get("core"):
        out.append(f'<p class="muted">一核（规划原文）：“{_e(o["core"])}”</p>')
    out.append(_sub("对接部门（规划附件2）"))
    rows = []
    if o["lead"]:
        rows.append(["牵头部门", f"<b>{_e(o['lead']['name'])}</b>", _e(o["lead"]["role"])])
    else:
        rows.append(["牵头部门", f'<span class="unknown">{UNKNOWN}</span>', ""])
    if o["commerce"]:
        rows.append(["招商对接", _e(o["commerce"]["name"]), _e(o["commerce"]["role"])])
    for s in o["support"]:
        rows.append(["配合部门", _e(s["name"]), f'<span class="muted">{_e(s["role"])}</span>'])
    out.append(
        '<table width="100%" cellspacing="0" cellpadding="4" style="border-collapse:collapse">'
        + "".join(
            f'<tr><td width="14%" class="r label" valign="top">{a}</td>'
            f'<td width="18%" class="r" valign="top">{b}</td><td class="r" valign="top">{c}</td></tr>'
            for a, b, c in rows
        )
        + "</table>"
    )
    out.append(_sub("规划原文（本方向）"))
    quoted = [*o.get("plan_words", []), *o["policy"]]
    if quoted:
        out.append("".join(_quote_html(q) for q in quoted))
    else:
        out.append(f'<p><span class="unknown">{UNKNOWN}</span></p>')
    if o["rules"]:
        out.append(_sub("规划原文（招商与项目评价）"))
    for r in o["rules"]:
        out.append(_quote_html(r))
    return "".join(out)


def _quote_html(q: dict[str, Any]) -> str:
    """The plan's words in quotation marks, with the chapter they come from."""
    where = f'<span class="small muted">（{_e(q["chapter"])}）</span>' if q.get("chapter") else ""
    return f'<p class="quote">“{_e(q["text"])}”{where}</p>'


def _contacts_html(d: Dossier) -> str:
    out = [_sub("联系人")]
    if d.contacts:
        out.append(
            _table(
                [
                    ("姓名", "12%"),
                    ("职务", "16%"),
                    ("电话", "18%"),
                    ("邮箱", "34%"),
                    ("备注", "20%"),
                ],
                [
                    [
                        _e(c["name"]),
                        _or_unknown(c["title"], "—"),
                        _or_unknown(c["phone"], "—"),
                        _or_unknown(c["email"], "—"),
                        _or_unknown(c["note"], "—"),
                    ]
                    for c in d.contacts
                ],
            )
        )
    else:
        out.append(f'<p><span class="unknown">{UNKNOWN}</span>：尚未登记联系人。</p>')
    out.append(_sub("跟进阶段"))
    if d.history:
        out.append(
            _table(
                [("时间", "19%"), ("阶段", "11%"), ("经办人", "20%"), ("说明", "50%")],
                [
                    [
                        _e(h["at"][:16].replace("T", " ")),
                        _e(h["stage_zh"]),
                        _or_unknown(h["user"], "—"),
                        _e("；".join(x for x in (h.get("reason"), h.get("note")) if x) or "—"),
                    ]
                    for h in d.history
                ],
            )
        )
    else:
        out.append(f'<p>当前阶段：{_e(d.stage)}（<span class="unknown">暂无跟进记录</span>）。</p>')
    out.append(_sub("待办事项"))
    if d.next_steps:
        today = date.today().isoformat()
        items = []
        for s in d.next_steps:
            when = s.get("next_date")
            due = ""
            if when:
                flag = (
                    f'<span style="color:{STRENGTH_COLOUR["missing"][0]}">（已逾期）</span>'
                    if when < today
                    else ""
                )
                due = f"{cn_date(when)}{flag}　"
            items.append(f"<p>□ {due}{_e(s['next_step'])}</p>")
        out.append("".join(items))
    else:
        out.append('<p class="muted">暂无未完成的待办事项。</p>')
    out.append(_sub("走访记录"))
    if not d.visits:
        out.append(f'<p><span class="unknown">{UNKNOWN}</span>：这是第一次走访。</p>')
    for v in d.visits:
        head = cn_date(v["date"]) + (f"　{v['place']}" if v.get("place") else "")
        out.append(
            f'<p style="margin-top:6px; margin-bottom:3px"><b>{_e(head)}</b></p>'
            '<table width="100%" cellspacing="0" cellpadding="3" style="border-collapse:collapse">'
        )
        for key in outreach.VISIT_ACCOUNT_FIELDS:
            if v.get(key):
                out.append(
                    f'<tr><td width="18%" class="r label" valign="top">'
                    f'{outreach.VISIT_FIELD_ZH[key]}</td><td class="r">{_e(v[key])}</td></tr>'
                )
        if v.get("next_step"):
            done = "（已完成）" if v.get("next_done") else ""
            when = f"{cn_date(v['next_date'])}：" if v.get("next_date") else ""
            out.append(
                f'<tr><td width="18%" class="r label">下一步</td>'
                f'<td class="r">{_e(when)}{_e(v["next_step"])}{done}</td></tr>'
            )
        out.append("</table>")
    return "".join(out)


def _questions_html(d: Dossier) -> str:
    return "".join(
        f'<table width="100%" cellspacing="0" cellpadding="3" style="border-collapse:collapse">'
        f'<tr><td width="5%" valign="top" style="color:{NAVY}">□</td>'
        f'<td width="5%" valign="top" class="muted">{i}.</td>'
        f'<td class="r">{_e(q)}</td></tr></table>'
        for i, q in enumerate(d.questions, start=1)
    )


def notes_html(lines: int = NOTE_LINES, *, page_break: bool = True) -> str:
    """The ruled notes area: its heading, date/place/people fields and ``lines`` lines."""
    fields = "".join(
        f'<td width="{w}" class="label" style="border-bottom:0.5px solid {RULE}; '
        f'padding-bottom:4px">{k}</td>'
        for k, w in (("日期：", "33%"), ("地点：", "33%"), ("参加人员：", "34%"))
    )
    rules = "".join(
        f'<tr><td style="border-bottom:0.5px solid {RULE}; padding-top:17px">&nbsp;</td></tr>'
        for _ in range(lines)
    )
    return (
        _heading("七", "本次走访记录", page_break=page_break)
        + '<table width="100%" cellspacing="0" cellpadding="0" style="border-collapse:collapse; '
        f'margin-bottom:6px"><tr>{fields}</tr></table>'
        '<table width="100%" cellspacing="0" cellpadding="0" style="border-collapse:collapse">'
        f"{rules}</table>"
        '<p class="small muted" style="margin-top:6px">走访结束后请把纪要、企业诉求、扩产计划和'
        "下一步录入“名单与走访”，以便跟进提醒和下次编制档案。</p>"
    )


def notes_page_html(lines: int = NOTE_LINES) -> str:
    """The notes area alone as a document (the printer measures it to fill a page)."""
    body = notes_html(lines, page_break=False)
    return f"<html><head><style>{STYLE}</style></head><body>{body}</body></html>"


def render_html(d: Dossier, *, note_lines: int | None = NOTE_LINES) -> str:
    """The whole dossier as one HTML document; ``note_lines=None`` leaves the notes out
    (the printer appends them, sized to the space left on the last page)."""
    parts = [
        f"<html><head><style>{STYLE}</style></head><body>",
        _cover(d),
        _heading("一", "企业概况", page_break=True),
        _profile(d),
        _heading("二", "产业链定位"),
        _fit_html(d),
        _heading("三", "评分与理由"),
        _score_html(d),
        _heading("四", "东莞能提供什么"),
        _offer_html(d),
        _heading("五", "联系人、跟进与走访记录"),
        _contacts_html(d),
        _heading("六", "走访问题清单"),
        _questions_html(d),
        "" if note_lines is None else notes_html(note_lines),
        "</body></html>",
    ]
    return "".join(parts)


# -- batches ----------------------------------------------------------------------------------
def shortlist_firms(db: Database, name: str) -> list[int]:
    """The firms of a shortlist in order; :class:`UserError` when the list is empty."""
    from app import shortlists

    ids = shortlists.firm_ids(db, name)
    if not ids:
        raise UserError(f"名单“{name}”中还没有企业，没有可打印的走访档案")
    return ids


def batch_cover_html(
    shortlist: str,
    entries: list[dict[str, Any]],
    *,
    prepared_by: str | None = None,
    today: date | None = None,
    note: str | None = None,
) -> str:
    """Cover and table of contents of a batch. ``entries``: name, place, direction, page."""
    today = today or date.today()
    rows = "".join(
        f'<tr><td width="7%" class="r muted" valign="top">{i}</td>'
        f'<td width="49%" class="r" valign="top">{_e(e["name"])}</td>'
        f'<td width="16%" class="r muted" valign="top">{_e(e.get("place") or "—")}</td>'
        f'<td width="18%" class="r muted" valign="top">{_e(e.get("direction") or "—")}</td>'
        f'<td width="10%" class="r" align="right" valign="top">{e["page"]}</td></tr>'
        for i, e in enumerate(entries, start=1)
    )
    note_html = f"<p>{_e(note)}</p>" if note else ""
    return (
        f"<html><head><style>{STYLE}</style></head><body>"
        f'<p style="margin-top:10px; font-size:10pt; color:{MUTED}">{ORG} · 产业链补链招商</p>'
        f'<p style="margin-top:14px; font-size:20pt; font-weight:bold; color:{NAVY}">走访档案汇编</p>'
        f'<p style="font-size:13pt; margin-top:4px">名单：{_e(shortlist)}</p>'
        f'<p class="muted">共 {len(entries)} 家企业　编制：{_e(prepared_by or os_user())}　'
        f"{cn_date(today.isoformat())}</p>{note_html}"
        f'<table width="100%" cellspacing="0" cellpadding="0" style="margin-top:8px; '
        f'margin-bottom:10px"><tr><td style="border-bottom:2px solid {NAVY}">&nbsp;</td></tr>'
        "</table>"
        '<p style="margin-bottom:6px"><span class="h1">目　录</span></p>'
        '<table width="100%" cellspacing="0" cellpadding="4" style="border-collapse:collapse">'
        '<thead><tr><th width="7%">序号</th><th width="49%">企业</th><th width="16%">所在地</th>'
        '<th width="18%">产业方向</th><th width="10%" align="right">页码</th></tr></thead>'
        f"{rows}</table></body></html>"
    )
