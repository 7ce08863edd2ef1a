"""Deals (招商项目): projects under negotiation, their stages, history, hand-offs and signing.

A deal is stored with English keys for its type and stage; everything shown to a person — the
CLI, JSON, the app — uses the Chinese labels of :data:`TYPES` and :data:`STAGES`, and input is
accepted as either. Amounts are planned investment in 万元, land in 亩, floor space in ㎡.
Every write is one transaction with its audit entry.
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from app.errors import UserError
from app.parsing import label_key, parse_amount, parse_date
from resources.i18n import N_, _

if TYPE_CHECKING:
    from app.db import Database

# -- vocabulary ---------------------------------------------------------------------------------

TYPES: dict[str, str] = {
    "new": "新设",
    "expansion": "增资扩产",
    "hq": "总部",
    "rnd": "研发中心",
    "regional_hq": "区域总部",
    "other": "其他",
}

# The ladder in order; "dropped" (放弃) stands outside it.
# The labels are parsed and kept as Chinese; marked for the catalog, translated with _() where
# a message shows them (the UI has its own English names, ui/views/deals/texts.py).
STAGES: dict[str, str] = {
    "lead": N_("线索"),
    "contact": N_("接洽"),
    "visit": N_("考察"),
    "negotiate": N_("洽谈"),
    "signed": N_("签约"),
    "registered": N_("注册"),
    "started": N_("开工"),
    "producing": N_("投产"),
    "dropped": N_("放弃"),
}
LADDER: tuple[str, ...] = tuple(k for k in STAGES if k != "dropped")
SIGNED_RANK = LADDER.index("signed")
LANDED_RANK = LADDER.index("producing")

RECOMMENDATIONS: dict[str, str] = {
    "introduce": "建议引进",
    "conditional": "有条件引进",
    "defer": "暂缓",
}
ENERGY_CLASSES: dict[str, str] = {"low": N_("低"), "medium": N_("中"), "high": N_("高")}

HANDOFF_STATUSES: dict[str, str] = {
    "pending": "待反馈",
    "following": "跟进中",
    "landed": "已落实",
    "returned": "已退回",
}

# Dongguan's 镇街 and functional areas, as staff name them. "松山湖" is the name the rest of
# ChainFill (projects, demo addresses) uses for the high-tech zone.
TOWNS: tuple[str, ...] = (
    "莞城街道",
    "南城街道",
    "东城街道",
    "万江街道",
    "松山湖",
    "滨海湾新区",
    "石碣镇",
    "石龙镇",
    "茶山镇",
    "石排镇",
    "企石镇",
    "横沥镇",
    "桥头镇",
    "谢岗镇",
    "东坑镇",
    "常平镇",
    "寮步镇",
    "樟木头镇",
    "大朗镇",
    "黄江镇",
    "清溪镇",
    "塘厦镇",
    "凤岗镇",
    "大岭山镇",
    "长安镇",
    "虎门镇",
    "厚街镇",
    "沙田镇",
    "道滘镇",
    "洪梅镇",
    "麻涌镇",
    "望牛墩镇",
    "中堂镇",
    "高埗镇",
)
_TOWN_ALIASES = {
    "松山湖高新区": "松山湖",
    "松山湖高新技术产业开发区": "松山湖",
    "滨海湾": "滨海湾新区",
}


def _lookup(value: str, vocab: dict[str, str], what: str) -> str:
    """The key of ``value`` given as a key or as its Chinese label; UserError otherwise."""
    key = label_key(value, vocab)
    if key is None:
        raise UserError(
            _("未知的{what}“{text}”（可选：{value}）").format(
                what=what, text=(value or "").strip(), value="、".join(vocab.values())
            )
        )
    return key


def stage_key(value: str) -> str:
    return _lookup(value, STAGES, "阶段")


def type_key(value: str) -> str:
    return _lookup(value, TYPES, "项目类型")


def recommendation_key(value: str) -> str:
    return _lookup(value, RECOMMENDATIONS, "评估建议")


def energy_key(value: str) -> str:
    return _lookup(value, ENERGY_CLASSES, "能耗环保等级")


def town_name(value: str) -> str:
    """The canonical name of a 镇街 (``长安`` → ``长安镇``); UserError for an unknown one."""
    text = "".join((value or "").split())
    if not text:
        raise UserError(_("镇街不能为空"))
    if text in TOWNS:
        return text
    if text in _TOWN_ALIASES:
        return _TOWN_ALIASES[text]
    for t in TOWNS:
        if text == t.removesuffix("镇").removesuffix("街道"):
            return t
    raise UserError(
        _("未知的镇街“{text}”（东莞的镇街，如 长安镇、松山湖、南城街道）").format(text=text)
    )


# -- parsing input ------------------------------------------------------------------------------


def parse_wan(value: object, field_name: str, *, required: bool = False) -> float | None:
    """An amount in 万元 from ``3.5亿``, ``5000万元``, ``5000`` (万元) or ``1.2亿元``.

    Nonsense, a foreign currency, a negative or an absurd figure is refused with the field named.
    """
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            raise UserError(_("{field_name}不能为空").format(field_name=field_name))
        return None
    try:
        wan, currency = parse_amount(value, "万元")
    except ValueError as exc:
        raise UserError(
            _("{field_name}：{exc}（例：3.5亿、5000万元、5000）").format(
                field_name=field_name, exc=exc
            )
        ) from exc
    if wan is None:
        if required:
            raise UserError(_("{field_name}不能为空").format(field_name=field_name))
        return None
    if currency not in (None, "CNY"):
        raise UserError(
            _("{field_name}：请以人民币万元填写（收到的是 {currency}）").format(
                field_name=field_name, currency=currency
            )
        )
    if not math.isfinite(wan) or wan < 0:
        raise UserError(
            _("{field_name}不能为负数：{value}").format(field_name=field_name, value=value)
        )
    if wan > 1e8:  # 1 万亿元: no single project in a city is bigger
        raise UserError(
            _("{field_name}过大，不可信：{value}").format(field_name=field_name, value=value)
        )
    return wan


def parse_measure(value: object, field_name: str, unit: str) -> float | None:
    """A non-negative area (亩 or ㎡); the unit may be written after the number."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    text = str(value).strip()
    for suffix in (unit, "平方米", "平米", "m2", "㎡", "亩"):
        text = text.removesuffix(suffix).strip()
    try:
        x = float(text.replace(",", ""))
    except ValueError:
        raise UserError(
            _("{field_name}：不是数字：{value}（单位：{unit}）").format(
                field_name=field_name, value=value, unit=unit
            )
        ) from None
    if not math.isfinite(x) or x < 0:
        raise UserError(
            _("{field_name}不能为负数：{value}").format(field_name=field_name, value=value)
        )
    if x > 1e7:
        raise UserError(
            _("{field_name}过大，不可信：{value}").format(field_name=field_name, value=value)
        )
    return x


def parse_day(value: object, field_name: str) -> str | None:
    """A date as ``YYYY-MM-DD``; UserError naming the field."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    try:
        return parse_date(value, earliest=date(1990, 1, 1), latest=date(2100, 12, 31))
    except ValueError as exc:
        raise UserError(f"{field_name}：{exc}") from exc


# -- the deal -----------------------------------------------------------------------------------


@dataclass
class HistoryEntry:
    stage: str  # key
    at: str
    by: str
    note: str = ""
    from_stage: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "stage": STAGES.get(self.stage, self.stage),
            "at": self.at,
            "by": self.by,
            "note": self.note,
        }


@dataclass
class Handoff:
    id: int
    town: str
    note: str
    at: str
    by: str
    status: str  # key of HANDOFF_STATUSES
    feedback: str = ""
    feedback_at: str | None = None

    def to_json(self) -> dict[str, Any]:
        """The fields, the status by its label."""
        return asdict(self) | {"status": HANDOFF_STATUSES.get(self.status, self.status)}


@dataclass
class Deal:
    id: int | None
    name: str
    firm_id: int
    type: str = "new"
    amount: float | None = None
    land_mu: float | None = None
    floor_m2: float | None = None
    town: str = ""
    direction: str = ""
    segment: str = ""
    owner: str = ""
    stage: str = "lead"
    drop_reason: str = ""
    next_step: str = ""
    next_due: str | None = None
    site_id: int | None = None
    expected_output: float | None = None
    expected_tax: float | None = None
    expected_jobs: int | None = None
    planned_start: str | None = None
    planned_production: str | None = None
    energy_class: str = ""
    recommendation: str = ""
    recommendation_note: str = ""
    signed_on: str | None = None
    landed_on: str | None = None
    agreement_no: str = ""
    project_id: int | None = None
    note: str = ""
    created_on: str = ""
    version: int = 1  # bumped by the database on every update (migration v8)
    firm: str = ""  # joined, read-only
    site: str = ""  # joined, read-only
    history: list[HistoryEntry] = field(default_factory=list)
    handoffs: list[Handoff] = field(default_factory=list)
    sites_offered: list[dict[str, Any]] = field(default_factory=list)

    @property
    def stage_label(self) -> str:
        return STAGES.get(self.stage, self.stage)

    @property
    def type_label(self) -> str:
        return TYPES.get(self.type, self.type)

    @property
    def intensity(self) -> float | None:
        """Planned investment per mu (万元/亩), when both are known."""
        if self.amount is None or not self.land_mu:
            return None
        return self.amount / self.land_mu

    def to_json(self) -> dict[str, Any]:
        """The contract of ``deal show --json`` (design.md §5; fields are only ever added)."""
        return {
            "id": self.id,
            "name": self.name,
            "firm": {"id": self.firm_id, "name": self.firm},
            "type": self.type_label,
            "amount": self.amount,
            "land_mu": self.land_mu,
            "floor_m2": self.floor_m2,
            "town": self.town or None,
            "site": {"id": self.site_id, "name": self.site} if self.site_id else None,
            "sites_offered": self.sites_offered,
            "direction": self.direction,
            "segment": self.segment,
            "stage": self.stage_label,
            "drop_reason": self.drop_reason or None,
            "owner": self.owner or None,
            "next_step": self.next_step or None,
            "next_due": self.next_due,
            "expected_output": self.expected_output,
            "expected_tax": self.expected_tax,
            "expected_jobs": self.expected_jobs,
            "planned_start": self.planned_start,
            "planned_production": self.planned_production,
            "energy_class": ENERGY_CLASSES.get(self.energy_class) if self.energy_class else None,
            "recommendation": RECOMMENDATIONS.get(self.recommendation)
            if self.recommendation
            else None,
            "recommendation_note": self.recommendation_note or None,
            "created_on": self.created_on,
            "signed_on": self.signed_on,
            "landed_on": self.landed_on,
            "agreement_no": self.agreement_no or None,
            "history": [h.to_json() for h in self.history],
            "handoffs": [h.to_json() for h in self.handoffs],
            "project_id": self.project_id,
            "version": self.version,
        }


# Stored columns (besides id and the time stamps), in table order.
COLUMNS = (
    "name",
    "firm_id",
    "type",
    "amount",
    "land_mu",
    "floor_m2",
    "town",
    "direction",
    "segment",
    "owner",
    "stage",
    "drop_reason",
    "next_step",
    "next_due",
    "site_id",
    "expected_output",
    "expected_tax",
    "expected_jobs",
    "planned_start",
    "planned_production",
    "energy_class",
    "recommendation",
    "recommendation_note",
    "signed_on",
    "landed_on",
    "agreement_no",
    "project_id",
    "note",
    "created_on",
)
_TEXT = {
    "town",
    "segment",
    "owner",
    "drop_reason",
    "next_step",
    "energy_class",
    "recommendation",
    "recommendation_note",
    "agreement_no",
    "note",
}

# Set by the deal's course (stage moves, signing, the hand-off to a project), never through
# the form; the site is chosen apart from the other fields (update accepts it besides).
_WORKFLOW = {
    "firm_id",
    "stage",
    "drop_reason",
    "site_id",
    "signed_on",
    "landed_on",
    "agreement_no",
    "project_id",
    "created_on",
}
# Fields a person may set through :func:`update` (the form, ``deal edit``), in table order.
EDITABLE = tuple(c for c in COLUMNS if c not in _WORKFLOW)


def person() -> str:
    """Who is at the keyboard: the name of 本人信息, else the OS login (as the audit log)."""
    from app.settings import person_name

    name = person_name()
    if name:
        return name
    from app.db import os_user

    return os_user()


def _now() -> str:
    return datetime.now().isoformat(timespec="seconds")


def _row_to_deal(r: Any) -> Deal:
    kw = {k: r[k] for k in COLUMNS}
    for k in _TEXT:
        kw[k] = kw[k] or ""
    return Deal(id=r["id"], firm=r["firm"] or "", site=r["site"] or "", version=r["version"], **kw)


_SELECT = (
    "SELECT d.*, f.name AS firm, s.name AS site FROM deals d JOIN firms f ON f.id = d.firm_id "
    "LEFT JOIN sites s ON s.id = d.site_id"
)


def list_deals(
    db: Database,
    *,
    stage: str | None = None,
    town: str | None = None,
    owner: str | None = None,
    direction: str | None = None,
) -> list[Deal]:
    """Deals (without history), filtered; newest first within a stage."""
    where, params = [], []
    if stage:
        where.append("d.stage = ?")
        params.append(stage_key(stage))
    if town:
        where.append("d.town = ?")
        params.append(town_name(town))
    if owner:
        where.append("d.owner = ?")
        params.append(owner.strip())
    if direction:
        # a domain or a direction: "equip" takes every equip.* deal
        where.append("(d.direction = ? OR d.direction LIKE ? ESCAPE '\\')")
        esc = direction.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        params.extend([direction, esc + ".%"])
    sql = _SELECT + (" WHERE " + " AND ".join(where) if where else "") + " ORDER BY d.id"
    return [_row_to_deal(r) for r in db.query(sql, params)]


def get_deal(db: Database, deal_id: int | str) -> Deal:
    """One deal with its history, hand-offs and offered sites; UserError when unknown."""
    text = str(deal_id).strip()
    if not text.isdigit():
        raise UserError(_("招商项目编号应为数字：{text}").format(text=text))
    rows = db.query(_SELECT + " WHERE d.id = ?", (int(text),))
    if not rows:
        raise UserError(_("没有编号为 {text} 的招商项目").format(text=text))
    deal = _row_to_deal(rows[0])
    deal.history = [
        HistoryEntry(r["stage"], r["at"], r["by"], r["note"] or "", r["from_stage"])
        for r in db.query("SELECT * FROM deal_history WHERE deal_id = ? ORDER BY id", (deal.id,))
    ]
    deal.handoffs = [
        Handoff(
            r["id"],
            r["town"],
            r["note"] or "",
            r["at"],
            r["by"],
            r["status"],
            r["feedback"] or "",
            r["feedback_at"],
        )
        for r in db.query("SELECT * FROM deal_handoffs WHERE deal_id = ? ORDER BY id", (deal.id,))
    ]
    deal.sites_offered = [
        {"id": r["id"], "name": r["name"], "town": r["town"], "offered_on": r["offered_on"]}
        for r in db.query(
            "SELECT s.id, s.name, s.town, ds.offered_on FROM deal_sites ds "
            "JOIN sites s ON s.id = ds.site_id WHERE ds.deal_id = ? ORDER BY ds.offered_on, s.id",
            (deal.id,),
        )
    ]
    return deal


def _check(db: Database, deal: Deal) -> None:
    """Refuse a deal that cannot be stored, naming the field."""
    if not deal.name.strip():
        raise UserError(_("项目名称不能为空"))
    if len(deal.name) > 200:
        raise UserError(_("项目名称太长（最多 200 个字）"))
    if deal.type not in TYPES:
        raise UserError(
            _("未知的项目类型“{type}”（可选：{value}）").format(
                type=deal.type, value="、".join(TYPES.values())
            )
        )
    if deal.stage not in STAGES:
        raise UserError(_("未知的阶段“{stage}”").format(stage=deal.stage))
    if deal.land_mu is not None and deal.floor_m2 is not None and deal.land_mu and deal.floor_m2:
        raise UserError(_("用地（亩）和厂房面积（㎡）只填一项：自有用地填亩，租赁厂房填平方米"))
    if deal.town:
        deal.town = town_name(deal.town)
    if deal.direction:
        from app import catalog_store

        cat = catalog_store.current(db)
        if cat.direction(deal.direction) is None:
            raise UserError(
                _("未知的产业方向代码“{direction}”（见 chainfill catalog show）").format(
                    direction=deal.direction
                )
            )
        if deal.segment and not any(s.code == deal.segment for s in cat.segments()):
            raise UserError(_("未知的产业链环节代码“{segment}”").format(segment=deal.segment))
    elif deal.segment:
        raise UserError(_("填写产业链环节时须同时填写产业方向"))
    if deal.energy_class and deal.energy_class not in ENERGY_CLASSES:
        deal.energy_class = energy_key(deal.energy_class)
    if deal.recommendation and deal.recommendation not in RECOMMENDATIONS:
        deal.recommendation = recommendation_key(deal.recommendation)
    if db.scalar("SELECT 1 FROM firms WHERE id = ?", (deal.firm_id,)) is None:
        raise UserError(_("没有编号为 {firm_id} 的企业").format(firm_id=deal.firm_id))
    if (
        deal.site_id is not None
        and db.scalar("SELECT 1 FROM sites WHERE id = ?", (deal.site_id,)) is None
    ):
        raise UserError(_("没有编号为 {site_id} 的载体").format(site_id=deal.site_id))
    for key, what in (("expected_output", "预计年产值"), ("expected_tax", "预计年税收")):
        v = getattr(deal, key)
        if v is not None and (not math.isfinite(v) or v < 0):
            raise UserError(_("{what}不能为负数").format(what=what))
    if deal.expected_jobs is not None and deal.expected_jobs < 0:
        raise UserError(_("预计就业人数不能为负数"))


def _row(deal: Deal) -> dict[str, Any]:
    row = {k: getattr(deal, k) for k in COLUMNS}
    for k in _TEXT:
        row[k] = (row[k] or "").strip() or None
    row["name"] = deal.name.strip()
    return row


def add_deal(
    db: Database, deal: Deal, *, at: str | None = None, note: str = "", by: str | None = None
) -> int:
    """Store a new deal; its first history entry is its starting stage. Returns its id."""
    if deal.stage == "dropped":
        raise UserError(_("新建的招商项目不能处于“放弃”阶段"))
    stamp = at or _now()
    deal.created_on = deal.created_on or stamp[:10]
    if LADDER.index(deal.stage) >= SIGNED_RANK and not deal.signed_on:
        deal.signed_on = stamp[:10]
    if LADDER.index(deal.stage) >= LANDED_RANK and not deal.landed_on:
        deal.landed_on = stamp[:10]
    _check(db, deal)
    row = _row(deal)
    by = by or person()
    with db.write():
        cols = [*row, "created_at", "updated_at"]
        cur = db.execute(
            f"INSERT INTO deals ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
            (*row.values(), stamp, stamp),
        )
        assert cur.lastrowid is not None
        deal.id = cur.lastrowid
        db.execute(
            "INSERT INTO deal_history (deal_id, at, by, stage, from_stage, note) "
            "VALUES (?,?,?,?,?,?)",
            (deal.id, stamp, by, deal.stage, None, note or "新建"),
        )
        db.audit("add", "deal", deal.id, row)
    return deal.id


class DealConflict(UserError):
    """The deal changed since the version an edit was made against (someone else saved it).

    ``theirs`` is the deal as it now is; ``who`` and ``at`` name the last change."""

    def __init__(self, expected: int, theirs: Deal, who: str, at: str):
        self.expected = expected
        self.theirs = theirs
        self.who = who
        self.at = at
        super().__init__(
            f"未作修改：招商项目“{theirs.name}”（编号 {theirs.id}）在您打开后已被{who}于 "
            f"{at.replace('T', ' ')[:19]} 修改（版本 {expected} → {theirs.version}）。"
            f"请重新查看后再修改（chainfill deal show {theirs.id}），"
            f"或用 --if-version {theirs.version} 覆盖。"
        )


def _check_version(db: Database, deal_id: int, expected: int | None) -> None:
    """Inside the write transaction: raise :class:`DealConflict` unless the deal is still at
    version ``expected`` (None: no check)."""
    if expected is None:
        return
    theirs = get_deal(db, deal_id)
    if theirs.version == int(expected):
        return
    from app import people

    last = people.last_change(db, "deal", deal_id)
    who, at = last if last is not None else ("其他操作", _now())
    raise DealConflict(int(expected), theirs, who, at)


def rebase_edit(
    base: Deal, theirs: Deal, values: dict[str, Any]
) -> tuple[dict[str, Any], dict[str, tuple[Any, Any]]]:
    """A form's ``values`` (edited from ``base``) against the deal as someone else saved it.

    Returns (changes, clashes): ``changes`` are the fields the person really changed (the
    others keep ``theirs``); ``clashes`` maps each of those that the other person changed too,
    to a different value, to (their value, mine). A three-way merge per field, as the field
    laptops' check-in does it."""
    changes = {k: v for k, v in values.items() if _same(getattr(base, k, None), v) is False}
    clashes = {
        k: (getattr(theirs, k, None), v)
        for k, v in changes.items()
        if _same(getattr(base, k, None), getattr(theirs, k, None)) is False
        and _same(getattr(theirs, k, None), v) is False
    }
    return changes, clashes


def _same(a: Any, b: Any) -> bool:
    """Equal as stored: '' and None are one empty value; numbers compare as numbers."""
    a = None if a == "" else a
    b = None if b == "" else b
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return math.isclose(a, b, rel_tol=0, abs_tol=1e-9)
    return bool(a == b)


def update(
    db: Database, deal_id: int, changes: dict[str, Any], *, if_version: int | None = None
) -> Deal:
    """Change a deal's editable fields (not its stage: :func:`set_stage`); audited.

    With ``if_version`` the change is made only if the deal is still at that version (the
    one the person saw); otherwise :class:`DealConflict` and nothing is written."""
    deal = get_deal(db, deal_id)
    unknown = set(changes) - set(EDITABLE) - {"site_id"}
    if unknown:
        raise UserError(_("不能直接修改：{value}").format(value="、".join(sorted(unknown))))
    before = _row(deal)
    for k, v in changes.items():
        setattr(deal, k, v)
    if "type" in changes:
        deal.type = type_key(deal.type)
    _check(db, deal)
    after = _row(deal)
    diff = {k: {"old": before[k], "new": v} for k, v in after.items() if before[k] != v}
    if not diff:
        _check_version(db, deal.id or 0, if_version)
        return deal
    with db.write():
        # Read and write in one transaction, so nobody changes the deal in between.
        _check_version(db, deal.id or 0, if_version)
        db.execute(
            f"UPDATE deals SET {', '.join(f'{k} = ?' for k in diff)}, updated_at = ? WHERE id = ?",
            (*(after[k] for k in diff), _now(), deal.id),
        )
        if "site_id" in diff and deal.site_id is not None:
            _offer(db, deal.id or 0, deal.site_id)
        db.audit("edit", "deal", deal.id, diff)
    return get_deal(db, deal_id)


def set_stage(
    db: Database,
    deal_id: int,
    stage: str,
    *,
    note: str = "",
    at: str | None = None,
    by: str | None = None,
    if_version: int | None = None,
) -> Deal:
    """Move a deal to ``stage`` (a key or its Chinese label); with ``if_version`` only if the
    deal is still at that version (:class:`DealConflict` otherwise).

    Forward moves, skipping stages, are fine; a move back down the ladder needs a note saying
    why, and so does 放弃 (the reason) and taking a dropped deal up again. Signed and landed
    dates are set on first reaching 签约 / 投产 and cleared when the deal falls back below them.
    """
    deal = get_deal(db, deal_id)
    new = stage_key(stage)
    note = (note or "").strip()
    old = deal.stage
    if new == old:
        raise UserError(
            _("招商项目 {id} 已处于“{value}”阶段").format(id=deal.id, value=_(STAGES[new]))
        )
    if new == "dropped":
        if not note:
            raise UserError(_("放弃一个招商项目须写明原因（--note）"))
        if deal.project_id is not None:
            raise UserError(
                _("招商项目 {id} 已签约转入项目 {project_id}，不能放弃").format(
                    id=deal.id, project_id=deal.project_id
                )
            )
    elif old == "dropped":
        if not note:
            raise UserError(_("重新启动已放弃的招商项目须写明理由（--note）"))
    elif LADDER.index(new) < LADDER.index(old):
        if not note:
            raise UserError(
                _("从“{value}”退回到“{value2}”须写明原因（--note）").format(
                    value=_(STAGES[old]), value2=_(STAGES[new])
                )
            )
        if deal.project_id is not None and LADDER.index(new) < SIGNED_RANK:
            raise UserError(
                _("招商项目 {id} 已签约转入项目 {project_id}，不能退回到签约之前").format(
                    id=deal.id, project_id=deal.project_id
                )
            )
    stamp = at or _now()
    day = stamp[:10]
    signed_on, landed_on, drop_reason = deal.signed_on, deal.landed_on, deal.drop_reason
    if new == "dropped":
        drop_reason = note
    else:
        drop_reason = ""
        rank = LADDER.index(new)
        if rank >= SIGNED_RANK and not signed_on:
            signed_on = day
        if rank < SIGNED_RANK:
            signed_on = None
        if rank >= LANDED_RANK and not landed_on:
            landed_on = day
        if rank < LANDED_RANK:
            landed_on = None
    by = by or person()
    with db.write():
        _check_version(db, deal.id or 0, if_version)
        db.execute(
            "UPDATE deals SET stage = ?, drop_reason = ?, signed_on = ?, landed_on = ?, "
            "updated_at = ? WHERE id = ?",
            (new, drop_reason or None, signed_on, landed_on, stamp, deal.id),
        )
        db.execute(
            "INSERT INTO deal_history (deal_id, at, by, stage, from_stage, note) "
            "VALUES (?,?,?,?,?,?)",
            (deal.id, stamp, by, new, old, note or None),
        )
        db.audit("stage", "deal", deal.id, {"old": old, "new": new, "note": note})
    return get_deal(db, deal_id)


def set_next_step(db: Database, deal_id: int, step: str, due: object = None) -> Deal:
    """The next step and its due date (the board shows overdue ones)."""
    return update(
        db, deal_id, {"next_step": (step or "").strip(), "next_due": parse_day(due, "下一步期限")}
    )


# -- sites offered and chosen --------------------------------------------------------------------


def _offer(db: Database, deal_id: int, site_id: int) -> None:
    db.execute(
        "INSERT OR IGNORE INTO deal_sites (deal_id, site_id, offered_on, by) VALUES (?,?,?,?)",
        (deal_id, site_id, date.today().isoformat(), person()),
    )


def offer_site(db: Database, deal_id: int, site_id: int, *, chosen: bool = False) -> Deal:
    """Record a site offered to a deal (and, with ``chosen``, the one it takes)."""
    deal = get_deal(db, deal_id)
    if db.scalar("SELECT 1 FROM sites WHERE id = ?", (site_id,)) is None:
        raise UserError(_("没有编号为 {site_id} 的载体").format(site_id=site_id))
    with db.write():
        _offer(db, deal.id or 0, site_id)
        if chosen:
            db.execute(
                "UPDATE deals SET site_id = ?, updated_at = ? WHERE id = ?",
                (site_id, _now(), deal.id),
            )
        db.audit("offer_site", "deal", deal.id, {"site": site_id, "chosen": chosen})
    return get_deal(db, deal_id)


# -- 市镇联动 -------------------------------------------------------------------------------------


def handoff(db: Database, deal_id: int, town: str, note: str = "", *, at: str | None = None) -> int:
    """Hand a deal to a town's investment office; returns the hand-off's id."""
    deal = get_deal(db, deal_id)
    town = town_name(town)
    if any(h.town == town and h.status in ("pending", "following") for h in deal.handoffs):
        raise UserError(_("招商项目 {id} 已移交{town}，尚待反馈").format(id=deal.id, town=town))
    stamp = at or _now()
    with db.write():
        cur = db.execute(
            "INSERT INTO deal_handoffs (deal_id, town, note, at, by, status) "
            "VALUES (?,?,?,?,?, 'pending')",
            (deal.id, town, (note or "").strip() or None, stamp, person()),
        )
        assert cur.lastrowid is not None
        if not deal.town:
            db.execute("UPDATE deals SET town = ? WHERE id = ?", (town, deal.id))
        db.audit("handoff", "deal", deal.id, {"town": town, "note": note})
    return cur.lastrowid


def town_feedback(
    db: Database, handoff_id: int, status: str, feedback: str = "", *, at: str | None = None
) -> None:
    """Record what a town reported back on a hand-off (跟进中 / 已落实 / 已退回)."""
    key = _lookup(status, HANDOFF_STATUSES, "反馈状态")
    rows = db.query("SELECT deal_id FROM deal_handoffs WHERE id = ?", (handoff_id,))
    if not rows:
        raise UserError(_("没有编号为 {handoff_id} 的移交记录").format(handoff_id=handoff_id))
    with db.write():
        db.execute(
            "UPDATE deal_handoffs SET status = ?, feedback = ?, feedback_at = ? WHERE id = ?",
            (key, (feedback or "").strip() or None, at or _now(), handoff_id),
        )
        db.audit(
            "town_feedback", "deal", rows[0]["deal_id"], {"handoff": handoff_id, "status": key}
        )


# -- signing: from deal to brought-in project ------------------------------------------------------


def sign(db: Database, deal_id: int, agreement_no: str, day: object) -> int:
    """Turn a deal into a brought-in project (项目履约) with its commitments prefilled.

    The deal moves to 签约 (if it was before it), records the agreement, and the two are linked
    both ways (``deals.project_id``, ``projects.deal_id``) in one transaction. Returns the
    project's id. Signing twice, a dropped deal or a used agreement number is refused.
    """
    from app.projects import model as pm

    deal = get_deal(db, deal_id)
    if deal.project_id is not None:
        raise UserError(
            _("招商项目 {id} 已签约，已转入项目 {project_id}，不能重复签约").format(
                id=deal.id, project_id=deal.project_id
            )
        )
    if deal.stage == "dropped":
        raise UserError(
            _("招商项目 {id} 已放弃，不能签约；如要重新启动请先改变阶段").format(id=deal.id)
        )
    no = (agreement_no or "").strip()
    if not no:
        raise UserError(_("协议编号不能为空（--agreement-no）"))
    iso = parse_day(day, "签约日期")
    if iso is None:
        raise UserError(_("签约日期不能为空（--date）"))
    when = date.fromisoformat(iso)
    if db.scalar("SELECT id FROM projects WHERE agreement_no = ?", (no,)) is not None:
        raise UserError(_("协议编号“{no}”已被另一个项目使用").format(no=no))
    project = pm.Project(
        id=None,
        firm_id=deal.firm_id,
        name=deal.name,
        agreement_date=when,
        agreement_no=no,
        town=deal.town,
        direction=deal.direction,
        segment=deal.segment,
        land_mu=deal.land_mu,
        floor_m2=deal.floor_m2,
        source=f"招商项目 {deal.id}",
        note=f"由招商项目 {deal.id} 签约转入",
        commitments=commitments_of(deal),
        milestones=milestones_of(deal),
    )
    rank = LADDER.index(deal.stage)
    with db.write():
        project_id = pm.save_project(db, project)
        db.execute("UPDATE projects SET deal_id = ? WHERE id = ?", (deal.id, project_id))
        stamp = f"{iso}T{datetime.now().strftime('%H:%M:%S')}"
        db.execute(
            "UPDATE deals SET project_id = ?, agreement_no = ?, signed_on = ?, stage = ?, "
            "updated_at = ? WHERE id = ?",
            (
                project_id,
                no,
                iso,
                "signed" if rank < SIGNED_RANK else deal.stage,
                _now(),
                deal.id,
            ),
        )
        if rank < SIGNED_RANK:
            db.execute(
                "INSERT INTO deal_history (deal_id, at, by, stage, from_stage, note) "
                "VALUES (?,?,?,?,?,?)",
                (deal.id, stamp, person(), "signed", deal.stage, f"签约，协议编号 {no}"),
            )
        db.audit("sign", "deal", deal.id, {"project": project_id, "agreement_no": no})
    return project_id


def commitments_of(deal: Deal) -> list[Any]:
    """The commitments a signed deal brings to its project: what the deal planned."""
    from app.projects.model import Commitment

    out = []
    if deal.amount:
        out.append(Commitment("investment", deal.amount))
        if deal.land_mu:
            out.append(Commitment("investment_per_mu", round(deal.amount / deal.land_mu, 2)))
    if deal.expected_output:
        out.append(Commitment("output", deal.expected_output))
    if deal.expected_tax:
        out.append(Commitment("tax", deal.expected_tax))
    if deal.expected_jobs:
        out.append(Commitment("jobs", float(deal.expected_jobs)))
    return out


def milestones_of(deal: Deal) -> list[Any]:
    from app.projects.model import Milestone

    out = []
    if deal.planned_start:
        out.append(Milestone("construction_start", date.fromisoformat(deal.planned_start)))
    if deal.planned_production:
        out.append(Milestone("production_start", date.fromisoformat(deal.planned_production)))
    return out


def deal_of_project(db: Database, project_id: int) -> int | None:
    """The deal a brought-in project was signed from, if any."""
    return db.scalar("SELECT deal_id FROM projects WHERE id = ?", (project_id,))


def owners(db: Database) -> list[str]:
    """The officers named on deals, for the filters."""
    return [r[0] for r in db.query("SELECT DISTINCT owner FROM deals WHERE owner IS NOT NULL")]


def overdue(deal: Deal, today: date | None = None) -> bool:
    """Whether the deal's next step is past its due date (a live deal only)."""
    if not deal.next_due or deal.stage in ("dropped", "producing"):
        return False
    return deal.next_due < (today or date.today()).isoformat()
