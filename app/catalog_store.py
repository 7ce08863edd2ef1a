"""The catalog as the bureau uses it: the shipped file plus staff edits kept in the database.

Edits are keyed by the fixed codes, so they survive an upgrade of the shipped catalog; an
edit whose segment no longer exists is kept (and reported by :func:`orphan_edits`).

Staff may change a segment's local strength, keywords and name, add segments to a direction
and remove segments; and, for the next plan, add, rename and retire directions (the plan's own
codes stay as they are: a retired code is never reused, a new one is never a code the shipped
catalog has). One ``catalog_edits`` row per (direction, segment, field):

- ``strength``, ``keywords_add``, ``keywords_remove``, ``name``: a change of one segment;
- ``added``: a staff-made segment (value: name, position, strength, keywords, products,
  description); its code is ``<direction>.custom<N>``, N never reused, not even after removal,
  because the ``added`` row is kept;
- ``removed``: the segment is no longer in the catalog (value: what the removal did);
- with segment ``''``: ``direction_added`` (value: name, domain, key, keywords; it starts with
  one segment ``<code>.general``), ``direction_name``, ``direction_retired`` (value: what the
  retirement did).

:func:`apply_edits` applies additions first, then the changes, then removals, so the order of
the rows (timestamps are to the second) never matters.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from typing import Any

import catalog
from app.db import Database, now, os_user
from app.errors import UserError
from catalog import codes
from catalog.model import (
    POSITION_ZH,
    POSITIONS,
    STRENGTH_ZH,
    STRENGTHS,
    Catalog,
    Direction,
    Segment,
)
from resources.i18n import N_, _

EDITABLE_FIELDS = (
    "strength",
    "keywords_add",
    "keywords_remove",
    "name",
    "added",
    "removed",
    # direction-level edits (segment ''): a staff-added direction, a new name, retirement
    "direction_added",
    "direction_name",
    "direction_retired",
)
MAX_DIRECTION_NAME = 20
_DIRECTION_CODE_RE = re.compile(r"[a-z][a-z0-9_]*")
CUSTOM_PREFIX = "custom"  # staff-added segment codes: "<direction>.custom<N>"
MAX_NAME = 30  # characters of a segment name (the chain map's boxes hold about that)
MAX_KEYWORD = 20


def edits(db: Database) -> list[dict[str, Any]]:
    rows = db.query(
        "SELECT direction, segment, field, value, user, at FROM catalog_edits ORDER BY at"
    )
    return [dict(r) | {"value": json.loads(r["value"])} for r in rows]


def apply_edits(base: Catalog, rows: list[dict[str, Any]]) -> Catalog:
    """The shipped catalog with staff edits applied (edits of unknown segments are skipped)."""
    cat = base
    for e in rows:
        if e["field"] == "direction_added":
            new = _added_direction(cat, e)
            if new is not None:
                cat = cat.with_new_direction(new)
    for e in rows:
        if e["field"] == "added":
            seg = _added_segment(cat, e)
            if seg is not None:
                cat = cat.with_new_segment(seg)
    for e in rows:
        seg = cat.segment(e["segment"])
        if seg is None:
            continue
        if e["field"] == "strength" and e["value"] in STRENGTHS:
            cat = cat.with_segment(seg.code, strength=e["value"])
        elif e["field"] == "keywords_add":
            extra = tuple(k for k in e["value"] if k not in seg.keywords)
            cat = cat.with_segment(seg.code, keywords=seg.keywords + extra)
        elif e["field"] == "keywords_remove":
            cat = cat.with_segment(
                seg.code, keywords=tuple(k for k in seg.keywords if k not in e["value"])
            )
        elif e["field"] == "name" and isinstance(e["value"], str) and e["value"].strip():
            cat = cat.with_segment(seg.code, name=e["value"].strip())
    for e in rows:
        if e["field"] != "removed":
            continue
        seg = cat.segment(e["segment"])
        d = cat.direction(seg.direction) if seg is not None else None
        # A shipped upgrade may have shrunk the direction: never leave it without segments.
        if seg is not None and d is not None and len(d.segments) > 1:
            cat = cat.without_segment(seg.code)
    for e in rows:
        name = e["value"]
        if (
            e["field"] == "direction_name"
            and cat.direction(e["direction"]) is not None
            and isinstance(name, str)
            and name.strip()
        ):
            cat = cat.with_direction(e["direction"], name=name.strip())
    for e in rows:
        if e["field"] == "direction_retired" and cat.direction(e["direction"]) is not None:
            cat = cat.without_direction(e["direction"])
    return cat


def _added_direction(cat: Catalog, e: dict[str, Any]) -> Direction | None:
    """The direction a ``direction_added`` edit describes, or None when it cannot apply."""
    code, v = e["direction"], e["value"]
    if not isinstance(v, dict) or cat.direction(code) is not None:
        return None
    domain = str(v.get("domain", ""))
    if cat.domain(domain) is None or not code.startswith(domain + "."):
        return None
    name = str(v.get("name", "")).strip()
    words = tuple(str(k) for k in v.get("keywords", ()) if str(k).strip()) or (name,)
    seg = Segment(
        code=f"{code}.general",
        name=name,
        position="midstream",
        strength="missing",
        keywords=words,
        description="新增方向的初始环节，请在目录中补充产业链环节和关键词。",
    )
    return Direction(
        code=code, name=name, domain=domain, key=bool(v.get("key")), keywords=words, segments=(seg,)
    )


def _added_segment(cat: Catalog, e: dict[str, Any]) -> Segment | None:
    """The segment an ``added`` edit describes, or None when it cannot be applied (its code
    is taken by the shipped catalog now, or the stored value is damaged)."""
    code, v = e["segment"], e["value"]
    if (
        not isinstance(v, dict)
        or cat.segment(code) is not None
        or cat.direction(e["direction"]) is None
        or not code.startswith(e["direction"] + ".")
    ):
        return None
    try:
        seg = Segment(
            code=code,
            name=str(v["name"]).strip(),
            position=str(v["position"]),
            strength=str(v["strength"]),
            keywords=tuple(str(k) for k in v.get("keywords", ())),
            products=tuple(str(p) for p in v.get("products", ())),
            description=str(v.get("description", "")),
        )
    except (KeyError, TypeError):
        return None
    if not seg.name or seg.position not in POSITIONS or seg.strength not in STRENGTHS:
        return None
    return seg


def current(db: Database) -> Catalog:
    """The catalog in force for this database."""
    return apply_edits(catalog.load_default(), edits(db))


def orphan_edits(db: Database) -> list[dict[str, Any]]:
    """Edits that no longer apply: their segment is neither in the shipped catalog nor added
    by staff (a catalog upgrade dropped it), or an added segment whose code the shipped
    catalog now uses itself."""
    base = catalog.load_default()
    rows = edits(db)
    added = {e["segment"] for e in rows if e["field"] == "added"}
    out = []
    for e in rows:
        if e["field"] == "added":
            if base.segment(e["segment"]) is not None:
                out.append(e)
        elif base.segment(e["segment"]) is None and e["segment"] not in added:
            out.append(e)
    return out


def _segment(db: Database, code: str) -> Segment:
    """The segment ``code`` of the catalog in force; :class:`UserError` when there is none."""
    seg = current(db).segment(code)
    if seg is None:
        raise UserError(_("目录中没有产业链环节“{code}”").format(code=code))
    return seg


def set_strength(db: Database, segment: str, strength: str) -> None:
    """Staff override of a segment's local strength (audited)."""
    seg = _segment(db, segment)
    if strength not in STRENGTHS:
        raise UserError(
            _("本地基础“{strength}”无效（可选：{STRENGTHS}）").format(
                strength=strength, STRENGTHS=" / ".join(STRENGTHS)
            )
        )
    _put(db, seg.direction, segment, "strength", strength, old=seg.strength)


def add_keywords(db: Database, segment: str, words: list[str]) -> None:
    """Add keywords to a segment (stored as an edit; audited)."""
    seg = _segment(db, segment)
    words = [w.strip() for w in words if w and w.strip()]
    if not words:
        raise UserError(_("关键词不能为空"))
    _move_keywords(db, seg, words, to="keywords_add", away="keywords_remove")


def remove_keywords(db: Database, segment: str, words: list[str]) -> None:
    """Remove keywords from a segment (stored as an edit; audited)."""
    _move_keywords(db, _segment(db, segment), words, to="keywords_remove", away="keywords_add")


def _move_keywords(db: Database, seg: Segment, words: list[str], *, to: str, away: str) -> None:
    """Record ``words`` in the segment's edit ``to`` and take them out of its edit ``away``
    (adding a keyword undoes its removal, and the other way round), in one transaction."""
    existing = {e["field"]: e["value"] for e in edits(db) if e["segment"] == seg.code}
    listed = list(dict.fromkeys([*existing.get(to, []), *words]))
    rest = [w for w in existing.get(away, []) if w not in words]
    with db.write():
        _put(db, seg.direction, seg.code, to, listed, old=existing.get(to))
        _put(db, seg.direction, seg.code, away, rest, old=existing.get(away))


# -- segments: add, rename, remove ---------------------------------------------------------------
def add_segment(
    db: Database,
    direction: str,
    name: str,
    position: str,
    strength: str,
    keywords: Iterable[str],
    products: Iterable[str] = (),
    description: str = "",
) -> str:
    """Add a segment to a direction; returns its new code ``<direction>.custom<N>`` (audited).

    A new segment is a new class for the classifier, so every firm the staff have not
    confirmed is marked for classification again (``app.pipeline.refresh`` does it, with the
    built-in model retrained on the catalog with this segment).
    """
    cat = current(db)
    value = validate_new_segment(
        cat, direction, name, position, strength, keywords, products, description
    )
    with db.write():
        code = _new_code(db, cat, direction)
        _put(db, direction, code, "added", value, old=None)
        mark_unconfirmed_pending(db)
    return code


def mark_unconfirmed_pending(db: Database) -> int:
    """Mark every firm staff have not confirmed for classification again, inside the
    caller's transaction (after a retrain or a new catalog segment); returns how many.

    The classes changed, so their classification is out of date; ``app.pipeline.refresh``
    classifies them again.
    """
    return db.execute(
        "UPDATE firms SET classified_at = NULL "
        "WHERE direction_confirmed = 0 AND classified_at IS NOT NULL"
    ).rowcount


def validate_new_segment(
    cat: Catalog,
    direction: str,
    name: str,
    position: str,
    strength: str,
    keywords: Iterable[str],
    products: Iterable[str] = (),
    description: str = "",
) -> dict[str, Any]:
    """Check a new segment against ``cat`` without writing (the dialog checks before it
    closes); returns the cleaned values. Raises UserError in Chinese."""
    d = cat.direction(direction)
    if d is None:
        raise UserError(
            _("目录中没有方向“{direction}”（方向代码是固定的，见 chainfill catalog show）").format(
                direction=direction
            )
        )
    name = validate_name(cat, direction, name)
    if position not in POSITIONS:
        raise UserError(
            _("链条位置“{position}”无效（可选：{choices}）").format(
                position=position, choices=_choices(POSITIONS, POSITION_ZH)
            )
        )
    if strength not in STRENGTHS:
        raise UserError(
            _("本地基础“{strength}”无效（可选：{choices}）").format(
                strength=strength, choices=_choices(STRENGTHS, STRENGTH_ZH)
            )
        )
    words = _clean_words(keywords, N_("关键词"))
    if not words:
        raise UserError(_("新环节至少需要一个关键词：分类模型靠关键词认出这个环节的企业"))
    return {
        "name": name,
        "position": position,
        "strength": strength,
        "keywords": words,
        "products": _clean_words(products, N_("典型产品")),
        "description": (description or "").strip(),
    }


def rename_segment(db: Database, code: str, name: str) -> None:
    """Give a segment another name (its code, and so every firm's classification, stays)."""
    cat = current(db)
    seg = cat.segment(code)
    if seg is None:
        raise UserError(_("目录中没有产业链环节“{code}”").format(code=code))
    name = validate_name(cat, seg.direction, name, ignore=code)
    if name == seg.name:
        return
    _put(db, seg.direction, code, "name", name, old=seg.name)


def remove_segment(db: Database, code: str, *, move_to: str | None = None) -> dict[str, Any]:
    """Remove a segment from the catalog (audited); returns what was done.

    Firms staff confirmed in the segment are never left pointing at nothing: the removal is
    refused unless ``move_to`` names another segment of the same direction, and then those
    firms and their corrections move there in the same transaction. Firms the classifier put
    in the segment are marked for classification again.
    """
    cat = current(db)
    seg = cat.segment(code)
    if seg is None:
        raise UserError(_("目录中没有产业链环节“{code}”").format(code=code))
    d = cat.direction(seg.direction)
    assert d is not None
    if len(d.segments) <= 1:
        raise UserError(
            _("“{seg_name}”是方向“{d_name}”仅剩的产业链环节，不能删除").format(
                seg_name=seg.name, d_name=d.name
            )
        )
    target = None
    if move_to:
        target = cat.segment(move_to)
        if target is None:
            raise UserError(_("要转入的产业链环节“{move_to}”不在目录中").format(move_to=move_to))
        if target.code == seg.code:
            raise UserError(_("不能把企业转入正在删除的环节本身"))
        if target.direction != seg.direction:
            raise UserError(
                _("只能转入同一方向（{d_name}）的环节，“{target_name}”属于另一方向").format(
                    d_name=d.name, target_name=target.name
                )
            )
    with db.write():
        confirmed = db.scalar(
            "SELECT COUNT(*) FROM firms WHERE direction = ? AND segment = ? "
            "AND direction_confirmed = 1",
            (seg.direction, seg.code),
        )
        if confirmed and target is None:
            others = "、".join(f"{s.code}（{s.name}）" for s in d.segments if s.code != code)
            raise UserError(
                _(
                    "有 {confirmed} 家企业经人工确认属于“{seg_name}”，不能直接删除。请指定把它们转入本方向的哪个环节（命令行："
                    "--move-to 环节代码；界面：删除时选择），可选：{others}；或先在企业库中改正这些企业的环节。"
                ).format(confirmed=confirmed, seg_name=seg.name, others=others)
            )
        moved = corrections_moved = 0
        if target is not None:
            moved = db.execute(
                "UPDATE firms SET segment = ? WHERE direction = ? AND segment = ? "
                "AND direction_confirmed = 1",
                (target.code, seg.direction, seg.code),
            ).rowcount
            corrections_moved = db.execute(
                "UPDATE corrections SET segment = ? WHERE direction = ? AND segment = ?",
                (target.code, seg.direction, seg.code),
            ).rowcount
        pending = db.execute(
            "UPDATE firms SET classified_at = NULL WHERE direction = ? AND segment = ? "
            "AND direction_confirmed = 0",
            (seg.direction, seg.code),
        ).rowcount
        result = {
            "segment": seg.code,
            "name": seg.name,
            "move_to": target.code if target else "",
            "moved": moved,
            "corrections_moved": corrections_moved,
            "reclassify": pending,
        }
        _put(db, seg.direction, seg.code, "removed", result, old=None)
    return result


# -- directions: add, rename, retire (for the next plan) -------------------------------------
def add_direction(
    db: Database,
    code: str,
    name: str,
    domain: str,
    *,
    key: bool = False,
    keywords: Iterable[str] = (),
) -> str:
    """Add a direction to a domain (audited). The plan's codes are fixed, so ``code`` must be
    new: not a code of the shipped catalog and never used in this database (not even by a
    retired direction). It starts with one segment ``<code>.general``; a new direction is a
    new class for the classifier, so unconfirmed firms are marked for classification again."""
    value = validate_new_direction(db, code, name, domain, key=key, keywords=keywords)
    code = code.strip()
    with db.write():
        _put(db, code, "", "direction_added", value, old=None)
        mark_unconfirmed_pending(db)
    return code


def validate_new_direction(
    db: Database,
    code: str,
    name: str,
    domain: str,
    *,
    key: bool = False,
    keywords: Iterable[str] = (),
) -> dict[str, Any]:
    """Check a new direction without writing (the dialog checks before it closes); returns
    the value :func:`add_direction` stores. Raises UserError in Chinese."""
    cat = current(db)
    code = (code or "").strip()
    if cat.domain(domain) is None:
        raise UserError(
            _("没有领域“{domain}”（可选：{domains}）").format(
                domain=domain, domains="、".join(d.code for d in cat.domains)
            )
        )
    short = code.removeprefix(domain + ".")
    if not code.startswith(domain + ".") or not _DIRECTION_CODE_RE.fullmatch(short):
        raise UserError(
            _(
                "方向代码应为“{domain}.<英文小写短名>”，如 {domain}.new_field，实际为“{code}”"
            ).format(domain=domain, code=code)
        )
    used = {r[0] for r in db.query("SELECT DISTINCT direction FROM catalog_edits")}
    if code in codes.DIRECTIONS or cat.direction(code) is not None or code in used:
        raise UserError(
            _("方向代码“{code}”已被使用过（规划的代码固定不变，退出的代码也不再使用）").format(
                code=code
            )
        )
    name = validate_direction_name(cat, name)
    words = _clean_words(keywords, N_("关键词")) or [name]
    return {"name": name, "domain": domain, "key": bool(key), "keywords": words}


def rename_direction(db: Database, code: str, name: str) -> None:
    """Give a direction another name; its code, and so every firm's classification, stays."""
    cat = current(db)
    d = cat.direction(code)
    if d is None:
        raise UserError(_("目录中没有方向“{code}”").format(code=code))
    name = validate_direction_name(cat, name, ignore=code)
    if name != d.name:
        _put(db, code, "", "direction_name", name, old=d.name)


def retire_direction(db: Database, code: str) -> dict[str, Any]:
    """Take a direction out of the catalog in force (audited). Its firms, confirmed or not,
    become unconfirmed and pending: the classifier puts them in the directions left, and each
    is flagged (``review_flags``, reason ``retired``) so that all of them reach the review
    queue (待确认) for a person to check, not only those the model is unsure of."""
    cat = current(db)
    d = cat.direction(code)
    if d is None:
        raise UserError(_("目录中没有方向“{code}”").format(code=code))
    if len(cat.directions) <= 1:
        raise UserError(_("目录至少要保留一个方向"))
    with db.write():
        confirmed = db.scalar(
            "SELECT COUNT(*) FROM firms WHERE direction = ? AND direction_confirmed = 1", (code,)
        )
        # every one of its firms goes to the review queue, however sure the model is of
        # the new call: the flag says why, until staff confirm a direction for the firm
        db.execute(
            "INSERT INTO review_flags (firm_id, reason, direction, at) "
            "SELECT id, 'retired', ?, ? FROM firms WHERE direction = ? "
            "ON CONFLICT(firm_id) DO UPDATE SET reason = excluded.reason, "
            "direction = excluded.direction, at = excluded.at",
            (code, now(), code),
        )
        firms = db.execute(
            "UPDATE firms SET direction_confirmed = 0, classified_at = NULL WHERE direction = ?",
            (code,),
        ).rowcount
        mark_unconfirmed_pending(db)  # the classes changed for every unconfirmed firm
        result = {"direction": code, "name": d.name, "firms": firms, "unconfirmed": confirmed}
        _put(db, code, "", "direction_retired", result, old=None)
    return result


def retired_directions(db: Database) -> dict[str, str]:
    """The directions staff retired: code -> the name it had when retired."""
    return {
        e["direction"]: str(e["value"].get("name") or e["direction"])
        if isinstance(e["value"], dict)
        else e["direction"]
        for e in edits(db)
        if e["field"] == "direction_retired"
    }


def validate_direction_name(cat: Catalog, name: str, ignore: str = "") -> str:
    """A direction name cleaned and checked: not empty, not too long, unique in the catalog."""
    name = " ".join((name or "").split())
    if not name:
        raise UserError(_("方向名称不能为空"))
    if len(name) > MAX_DIRECTION_NAME:
        raise UserError(
            _("方向名称过长（{n_name} 字），最多 {MAX_DIRECTION_NAME} 字").format(
                n_name=len(name), MAX_DIRECTION_NAME=MAX_DIRECTION_NAME
            )
        )
    for d in cat.directions:
        if d.code != ignore and d.name == name:
            raise UserError(
                _("目录已有名为“{name}”的方向（{d_code}）").format(name=name, d_code=d.code)
            )
    return name


def direction_firm_counts(db: Database, code: str) -> dict[str, int]:
    """How many firms a direction holds: ``confirmed`` by staff and ``classified`` by the model
    (what retiring it would send to the review queue)."""
    row = db.execute(
        "SELECT TOTAL(direction_confirmed = 1), TOTAL(direction_confirmed = 0) FROM firms "
        "WHERE direction = ?",
        (code,),
    ).fetchone()
    return {"confirmed": int(row[0]), "classified": int(row[1])}


def segment_firm_counts(db: Database, code: str) -> dict[str, int]:
    """How many firms a segment holds: ``confirmed`` by staff and ``classified`` by the model."""
    seg_dir = code.rsplit(".", 1)[0]
    row = db.execute(
        "SELECT TOTAL(direction_confirmed = 1), TOTAL(direction_confirmed = 0) FROM firms "
        "WHERE direction = ? AND segment = ?",
        (seg_dir, code),
    ).fetchone()
    return {"confirmed": int(row[0]), "classified": int(row[1])}


def validate_name(cat: Catalog, direction: str, name: str, ignore: str = "") -> str:
    """A segment name cleaned and checked: not empty, not too long, unique in the direction."""
    name = " ".join((name or "").split())
    if not name:
        raise UserError(_("环节名称不能为空"))
    if len(name) > MAX_NAME:
        raise UserError(
            _("环节名称过长（{n_name} 字），最多 {MAX_NAME} 字").format(
                n_name=len(name), MAX_NAME=MAX_NAME
            )
        )
    d = cat.direction(direction)
    assert d is not None
    for s in d.segments:
        if s.code != ignore and s.name == name:
            raise UserError(
                _("方向“{d_name}”已有名为“{name}”的环节（{s_code}）").format(
                    d_name=d.name, name=name, s_code=s.code
                )
            )
    return name


def _clean_words(words: Iterable[str], label: str) -> list[str]:
    if isinstance(words, str):  # one string: the CLI's and the dialog's comma lists
        words = re.split(r"[,，、;；\n]", words)
    out = []
    for w in words:
        w = " ".join(str(w).split())
        if not w:
            continue
        if len(w) > MAX_KEYWORD:
            raise UserError(
                _("{label}“{w}”过长，最多 {MAX_KEYWORD} 字；多个请用逗号分开").format(
                    label=_(label), w=w, MAX_KEYWORD=MAX_KEYWORD
                )
            )
        out.append(w)
    return list(dict.fromkeys(out))


def _choices(values: tuple[str, ...], zh: dict[str, str]) -> str:
    return " / ".join(f"{v}（{zh[v]}）" for v in values)


def _new_code(db: Database, cat: Catalog, direction: str) -> str:
    """``<direction>.custom<N>`` with N above every custom code ever used in this database
    (removed ones included: a firm or an export may still name an old code)."""
    pattern = re.compile(re.escape(direction) + r"\." + CUSTOM_PREFIX + r"(\d+)$")
    used = [r[0] for r in db.query("SELECT DISTINCT segment FROM catalog_edits")]
    used += [s.code for s in cat.segments()]
    used += [s.code for s in catalog.load_default().segments()]
    n = max((int(m.group(1)) for c in used if (m := pattern.match(c))), default=0)
    return f"{direction}.{CUSTOM_PREFIX}{n + 1}"


def _put(db: Database, direction: str, segment: str, field: str, value: Any, old: Any) -> None:
    with db.write():
        db.execute(
            "INSERT INTO catalog_edits (direction, segment, field, value, user, at) VALUES (?,?,?,?,?,?) "
            "ON CONFLICT(direction, segment, field) DO UPDATE SET value=excluded.value, "
            "user=excluded.user, at=excluded.at",
            (direction, segment, field, json.dumps(value, ensure_ascii=False), os_user(), now()),
        )
        entity, entity_id = ("segment", segment) if segment else ("direction", direction)
        db.audit("catalog_edit", entity, entity_id, {"field": field, "old": old, "new": value})
