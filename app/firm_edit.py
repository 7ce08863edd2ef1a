"""Staff edit a firm's fields by hand (企业库 → 编辑, ``chainfill firm edit``).

Every value goes through the importer's own converters (``app.importing.convert.converter``),
so a typed ``1.2亿`` or ``2019年3月5日`` means here what it means in a spreadsheet, and the
same limits apply. An edit is all or nothing: every value is parsed and checked first; one bad
value (or a USCC another firm already has) raises :class:`FieldErrors` naming each bad field
and nothing is written. A good edit is one transaction that writes only the fields whose value
really changed, and with them the bookkeeping the importer keeps:

- ``name_norm`` (the matching key) when the name changes;
- the full-text index, through the ``firms_fts_au`` trigger (the importer drops the triggers
  only for the length of an import and puts them back);
- ``provenance``: each changed field gets the entry ``{"source": "人工修改", "at", "user"}``;
- ``updated_at``, which tells :mod:`app.ranking` the firm must be rescored;
- ``text_hash``, and ``classified_at = NULL`` (pending reclassification, as the importer does)
  when the classified text changed — except for a direction a person confirmed: the
  classifier never overwrites it, so there is nothing to reclassify;
- one ``audit`` row (action ``edit``, entity ``firm``) with the old and new values, which also
  stops an earlier import from being undone over the edit.

Scores are not recomputed here: the caller runs :func:`app.pipeline.refresh` (a job) after.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from app.errors import UserError
from app.firm_record import FIELDS, STAMPS
from app.importing.convert import converter, same_value
from app.importing.headers import field_of
from app.parsing import TEXT_HASH_FIELDS, clean_text, currency_code, normalise_name, text_hash
from resources.i18n import N_, _

if TYPE_CHECKING:
    from app.db import Database

MANUAL_SOURCE = "人工修改"
AUDIT_ACTION = "edit"

# Form groups in the order staff read a firm: who and where, what it does, how big it is.
GROUPS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    (
        "basic",
        "基本信息",
        (
            "name",
            "short_name",
            "uscc",
            "stock_code",
            "legal_rep",
            "firm_type",
            "industry",
            "province",
            "city",
            "district",
            "address",
            "website",
        ),
    ),
    ("text", "业务描述", ("main_business", "business_scope", "introduction")),
    (
        "facts",
        "规模与经营",
        (
            "founded",
            "registered_capital",
            "currency",
            "employees",
            "revenue",
            "revenue_growth",
            "rd_ratio",
            "patents",
            "high_tech",
            "listing",
            "listing_date",
        ),
    ),
)

# How a field is typed in a form; the parsing itself is the importer's converter.
_KINDS = {
    "name": "name",
    "uscc": "uscc",
    "stock_code": "stock_code",
    "main_business": "longtext",
    "business_scope": "longtext",
    "introduction": "longtext",
    "founded": "date",
    "listing_date": "date",
    "registered_capital": "amount",
    "revenue": "amount",
    "currency": "currency",
    "employees": "headcount",
    "patents": "int",
    "revenue_growth": "percent",
    "rd_ratio": "percent",
    "high_tech": "bool",
}
# What staff may type, shown under the form (the importer's accepted forms; translated where
# the form is built).
_HINTS = {
    "name": N_("必填"),
    "uscc": N_("18 位，会校验第 18 位校验位"),
    "stock_code": N_("如 000001 或 000001.SZ"),
    "founded": N_("如 2019-03-05 或 2019年3月5日"),
    "listing_date": N_("如 2019-03-05 或 2019年3月5日"),
    "registered_capital": N_("单位万元；也可写 1.2亿、500万美元"),
    "revenue": N_("单位万元；也可写 3.5亿"),
    "currency": N_("人民币、美元、USD …（随注册资本）"),
    "employees": N_("人数，也可写 100-499人"),
    "patents": N_("件数"),
    "revenue_growth": N_("如 12.5%（负数表示下降）"),
    "rd_ratio": N_("如 5.2%"),
    "high_tech": N_("是 / 否"),
}


@dataclass(frozen=True)
class EditableField:
    """One field of a firm that staff may edit."""

    name: str  # column of ``firms``
    label: str  # the importer's Chinese label, with its unit (注册资本(万元))
    kind: str  # name | text | longtext | uscc | stock_code | date | amount | currency |
    # headcount | int | percent | bool
    group: str  # basic | text | facts
    hint: str = ""

    @property
    def short_label(self) -> str:
        """The label without its unit: 注册资本(万元) → 注册资本."""
        return re.sub(r"[(（][^)）]*[)）]$", "", self.label)


def editable_fields() -> list[EditableField]:
    """The editable fields in form order (every field the importer knows)."""
    out = []
    for group, _title, names in GROUPS:
        for name in names:
            out.append(
                EditableField(
                    name, FIELDS[name], _KINDS.get(name, "text"), group, _(_HINTS.get(name, ""))
                )
            )
    return out


def group_titles() -> dict[str, str]:
    """Group key → Chinese title (基本信息, 业务描述, 规模与经营)."""
    return {key: title for key, title, _ in GROUPS}


def field_key(text: str) -> str:
    """The field named by ``text``: its column name, its label or any header alias the
    importer accepts (``注册资本``, ``参保人数`` …); UserError when there is none."""
    t = (text or "").strip()
    if t in FIELDS:
        return t
    for f in editable_fields():
        if t in (f.label, f.short_label):
            return f.name
    found = field_of(t)
    if found is not None and found in FIELDS:
        return found
    names = "、".join(f.short_label for f in editable_fields())
    raise UserError(_("没有可修改的字段“{t}”。可修改的字段：{names}").format(t=t, names=names))


# -- values: text form <-> stored ---------------------------------------------------------------
def _number_text(x: float) -> str:
    x = round(float(x), 10)
    return str(int(x)) if x.is_integer() else repr(x)


def edit_text(field: str, value: Any) -> str:
    """A stored value as staff type it; :func:`parse_value` gives the same value back."""
    if value is None or value == "":
        return ""
    kind = _KINDS.get(field, "text")
    if kind == "amount":
        return _number_text(value)
    if kind == "percent":
        return _number_text(float(value) * 100) + "%"
    if kind in ("int", "headcount"):
        return str(int(value))
    if kind == "bool":
        return "是" if value else "否"
    return str(value)


def parse_value(field: str, raw: str | None) -> Any:
    """The stored value of a typed text (None: empty); ValueError with the reason in Chinese.

    ``registered_capital`` gives ``(amount in 万, currency or None)`` like the importer's.
    """
    if field not in FIELDS:
        raise ValueError(_("没有字段 {field}").format(field=field))
    if raw is None or clean_text(raw) is None:
        if field == "name":
            raise ValueError(_("不能为空（企业名称必须填写）"))
        return None
    if field == "currency":
        return currency_code(raw)
    # The label carries the unit (万元, %), so a bare number means what the form says.
    return converter(field, FIELDS[field])(raw)


class FieldErrors(UserError):
    """Bad values for some fields: ``errors`` maps each field to its reason (Chinese)."""

    def __init__(self, errors: dict[str, str]):
        self.errors = dict(errors)
        lines = [f"{FIELDS.get(f, f)}：{reason}" for f, reason in self.errors.items()]
        super().__init__("未作修改，以下内容有误：\n" + "\n".join(lines))


# -- reading ------------------------------------------------------------------------------------
RECORD_COLUMNS = ("id", *FIELDS, *STAMPS, "direction", "segment", "direction_confirmed", "version")


def firm_record(db: Database, firm_id: int) -> dict[str, Any]:
    """A firm's editable fields and bookkeeping as a plain dict; UserError when unknown."""
    row = db.execute(
        f"SELECT {', '.join(RECORD_COLUMNS)} FROM firms WHERE id = ?", (firm_id,)
    ).fetchone()
    if row is None:
        raise UserError(_("找不到编号为 {firm_id} 的企业").format(firm_id=firm_id))
    rec = dict(row)
    rec["direction"] = rec["direction"] or ""
    rec["direction_confirmed"] = bool(rec["direction_confirmed"])
    return rec


# -- writing ------------------------------------------------------------------------------------
def plan_changes(db: Database, firm_id: int, changes: Mapping[str, str | None]) -> dict[str, Any]:
    """Parse and check ``changes`` against the stored firm; the new values that differ.

    Writes nothing. Raises :class:`FieldErrors` naming every bad field, UserError for an
    unknown firm or field.
    """
    keys: dict[str, str] = {}
    for key in changes:
        field = field_key(key)
        if field in keys.values():
            raise UserError(_("字段“{value}”给了两次").format(value=FIELDS[field]))
        keys[key] = field
    cols = ", ".join(("id", *FIELDS, "direction_confirmed"))
    row = db.execute(f"SELECT {cols} FROM firms WHERE id = ?", (firm_id,)).fetchone()
    if row is None:
        raise UserError(_("找不到编号为 {firm_id} 的企业").format(firm_id=firm_id))
    old = dict(row)
    errors: dict[str, str] = {}
    new: dict[str, Any] = {}
    for key, raw in changes.items():
        field = keys[key]
        try:
            new[field] = parse_value(field, raw)
        except ValueError as exc:
            errors[field] = str(exc)
    _settle_currency(old, new, errors)
    code = new.get("uscc")
    if code and "uscc" not in errors:
        other = db.execute(
            "SELECT id, name FROM firms WHERE uscc = ? AND id != ?", (code, firm_id)
        ).fetchone()
        if other is not None:
            errors["uscc"] = f"{code} 已属于另一家企业：{other['name']}（编号 {other['id']}）"
    if errors:
        raise FieldErrors(errors)
    # A name differing only in bracket width is still what the person typed: compared as text.
    return {f: v for f, v in new.items() if not (v == old[f] or same_value(old[f], v))}


def _settle_currency(old: dict[str, Any], new: dict[str, Any], errors: dict[str, str]) -> None:
    """The capital's currency, the way the importer keeps it (it describes the capital)."""
    if "registered_capital" in errors:
        new.pop("currency", None)
        return
    if "registered_capital" in new:
        parsed = new["registered_capital"]
        if parsed is None:  # capital cleared: its currency goes with it
            if new.get("currency"):
                errors["currency"] = "没有注册资本时不能填写币种"
            new["currency"] = None
            return
        amount, stated = parsed
        new["registered_capital"] = amount
        chosen = new.get("currency")
        if stated and chosen and stated != chosen and "currency" not in errors:
            errors["currency"] = f"与注册资本中写明的币种（{stated}）不一致"
            return
        if "currency" not in new or chosen is None:
            new["currency"] = stated or old.get("currency") or "CNY"
        elif stated:
            new["currency"] = stated
        return
    if new.get("currency") and old.get("registered_capital") is None:
        errors["currency"] = "没有注册资本时不能填写币种"


class VersionConflict(UserError):
    """The firm changed since the version the edit was made against (someone else saved).

    ``theirs`` is the firm's record as it now is; ``who`` and ``at`` name the last change."""

    def __init__(self, firm_id: int, expected: int, theirs: dict[str, Any], who: str, at: str):
        self.firm_id = firm_id
        self.expected = expected
        self.theirs = theirs
        self.version = int(theirs["version"])
        self.who = who
        self.at = at
        super().__init__(
            f"未作修改：“{theirs['name']}”（编号 {firm_id}）在您打开后已被{who}于 "
            f"{at.replace('T', ' ')} 修改（版本 {expected} → {self.version}）。"
            f"请重新查看后再修改（chainfill firm show {firm_id}），"
            f"或用 --if-version {self.version} 覆盖。"
        )


def check_version(db: Database, firm_id: int, expected: int) -> None:
    """Raise :class:`VersionConflict` unless the firm is still at version ``expected``."""
    from app import people

    current = firm_record(db, firm_id)
    if int(current["version"]) == int(expected):
        return
    last = people.last_change(db, "firm", firm_id)
    who, at = last if last is not None else ("其他操作（如导入）", current["updated_at"])
    raise VersionConflict(firm_id, int(expected), current, who, at)


def update_firm(
    db: Database,
    firm_id: int,
    changes: Mapping[str, str | None],
    *,
    if_version: int | None = None,
) -> dict[str, Any]:
    """Apply staff edits to one firm (field or label → typed text; None or '' clears it).

    With ``if_version`` the edit is made only if the firm is still at that version (the one
    the person saw): otherwise :class:`VersionConflict` names who changed it and when, and
    nothing is written. Every write bumps ``version`` (trigger ``firms_version_au``).

    Returns the firm's record (:func:`firm_record`) plus ``changed`` (the fields written) and
    ``reclassify`` (whether the classifier will look at the firm again). Nothing is written
    when a value is bad (:class:`FieldErrors`) or nothing differs. Run
    :func:`app.pipeline.refresh` afterwards to bring classification and scores up to date.
    """
    from app.db import now, os_user

    with db.write():
        # Read and write in one transaction, so nobody changes the firm in between.
        if if_version is not None:
            check_version(db, firm_id, if_version)
        diff = plan_changes(db, firm_id, changes)
        reclassify = False
        if diff:
            cols = ", ".join(("provenance", "text_hash", "direction_confirmed", *FIELDS))
            row = dict(db.execute(f"SELECT {cols} FROM firms WHERE id = ?", (firm_id,)).fetchone())
            at = now()
            user = os_user()
            sets: dict[str, Any] = dict(diff)
            if "name" in diff:
                sets["name_norm"] = normalise_name(diff["name"])
            if any(f in diff for f in TEXT_HASH_FIELDS):
                merged = {f: diff.get(f, row[f]) for f in TEXT_HASH_FIELDS}
                new_hash = text_hash([merged[f] for f in TEXT_HASH_FIELDS])
                if new_hash != row["text_hash"]:
                    sets["text_hash"] = new_hash
                    # A confirmed direction is never overwritten: nothing to reclassify.
                    if not row["direction_confirmed"]:
                        sets["classified_at"] = None
                        reclassify = True
            sets["provenance"] = _provenance(row["provenance"], diff, at, user)
            sets["updated_at"] = at
            db.execute(
                f"UPDATE firms SET {', '.join(f'{k} = ?' for k in sets)} WHERE id = ?",
                (*sets.values(), firm_id),
            )
            db.audit(
                AUDIT_ACTION,
                "firm",
                firm_id,
                {f: {"old": row[f], "new": v} for f, v in diff.items()},
            )
        record = firm_record(db, firm_id)
    record["changed"] = list(diff)
    record["reclassify"] = reclassify
    return record


def _provenance(raw: str | None, fields: dict[str, Any], at: str, user: str) -> str:
    """The importer's provenance JSON with a manual entry for each changed field."""
    try:
        prov = json.loads(raw or "{}")
        if not isinstance(prov, dict):
            prov = {}
    except ValueError:
        prov = {}
    entry = {"source": MANUAL_SOURCE, "at": at, "user": user}
    for f in fields:
        prov[f] = entry
    return json.dumps(prov, ensure_ascii=False, separators=(",", ":"))
