"""Sites (载体): parks, plots and buildings on offer, and which of them fit a deal.

A site offers land (亩) or floor space (㎡) in a town, for some catalog directions, from a date.
:func:`match` ranks the sites for a deal's need and direction and says why, in Chinese.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from app import fmt
from app.deals.model import Deal, get_deal, parse_day, parse_measure, town_name
from app.errors import UserError
from app.privacy import mask_text
from resources.i18n import _

if TYPE_CHECKING:
    from app.db import Database


@dataclass
class Site:
    id: int | None
    name: str
    town: str
    park: str = ""
    land_mu: float | None = None
    floor_m2: float | None = None
    price: str = ""
    directions: tuple[str, ...] = ()
    contact: str = ""
    available: str | None = None
    note: str = ""

    def to_json(self, *, mask: bool = True) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "town": self.town,
            "park": self.park or None,
            "land_mu": self.land_mu,
            "floor_m2": self.floor_m2,
            "price": self.price or None,
            "directions": list(self.directions),
            "contact": (mask_text(self.contact) if mask else self.contact) or None,
            "available": self.available,
            "note": self.note or None,
        }


def _site(r: Any) -> Site:
    return Site(
        r["id"],
        r["name"],
        r["town"],
        r["park"] or "",
        r["land_mu"],
        r["floor_m2"],
        r["price"] or "",
        tuple(c for c in (r["directions"] or "").split(",") if c),
        r["contact"] or "",
        r["available"],
        r["note"] or "",
    )


def list_sites(db: Database, town: str | None = None) -> list[Site]:
    if town:
        rows = db.query("SELECT * FROM sites WHERE town = ? ORDER BY id", (town_name(town),))
    else:
        rows = db.query("SELECT * FROM sites ORDER BY town, id")
    return [_site(r) for r in rows]


def get_site(db: Database, site_id: int | str) -> Site:
    text = str(site_id).strip()
    rows = db.query("SELECT * FROM sites WHERE id = ?", (int(text),)) if text.isdigit() else []
    if not rows:
        rows = db.query("SELECT * FROM sites WHERE name = ?", (text,))
    if not rows:
        raise UserError(_("找不到载体“{text}”（可用载体编号或名称）").format(text=text))
    if len(rows) > 1:
        raise UserError(_("有多个载体名为“{text}”，请用编号").format(text=text))
    return _site(rows[0])


def add_site(
    db: Database,
    name: str,
    town: str,
    *,
    park: str = "",
    land: object = None,
    floor: object = None,
    price: str = "",
    directions: str | list[str] = "",
    contact: str = "",
    available: object = None,
    note: str = "",
) -> int:
    """Register a site; every field is checked and a bad one named. Returns its id."""
    name = (name or "").strip()
    if not name:
        raise UserError(_("载体名称不能为空"))
    town = town_name(town)
    land_mu = parse_measure(land, "可用土地（--land）", "亩")
    floor_m2 = parse_measure(floor, "可用面积（--floor）", "㎡")
    if land_mu is None and floor_m2 is None:
        raise UserError(_("请填写可用土地（--land 亩）或可用面积（--floor ㎡）"))
    codes = (
        [c.strip() for c in directions.split(",")] if isinstance(directions, str) else directions
    )
    codes = [c for c in codes if c]
    if codes:
        from app import catalog_store

        cat = catalog_store.current(db)
        for c in codes:
            if cat.direction(c) is None and cat.domain(c) is None:
                raise UserError(_("适合方向（--directions）中有未知的代码“{c}”").format(c=c))
    avail = parse_day(available, "可用日期（--available）")
    stamp = datetime.now().isoformat(timespec="seconds")
    row = (
        name,
        town,
        park.strip() or None,
        land_mu,
        floor_m2,
        price.strip() or None,
        ",".join(codes),
        contact.strip() or None,
        avail,
        note.strip() or None,
        stamp,
        stamp,
    )
    with db.write():
        cur = db.execute(
            "INSERT INTO sites (name, town, park, land_mu, floor_m2, price, directions, contact, "
            "available, note, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            row,
        )
        assert cur.lastrowid is not None
        db.audit("add", "site", cur.lastrowid, {"name": name, "town": town})
    return cur.lastrowid


@dataclass
class Match:
    site: Site
    score: float
    reasons: list[str]

    def to_json(self) -> dict[str, Any]:
        return {"site": self.site.to_json(), "score": round(self.score, 1), "why": self.reasons}


def match(db: Database, deal: Deal | int | str, limit: int = 10) -> list[Match]:
    """Sites that fit a deal's need (land or floor) and direction, best first, each with why.

    A site must offer the kind of space the deal needs and at least 80 % of it (a deal with no
    stated need takes any site). Points: enough space 40 (a near miss less), direction or its
    domain 30/15, the deal's town 20, available by the deal's planned start 10.
    """
    from app import catalog_store

    d = deal if isinstance(deal, Deal) else get_deal(db, deal)
    cat = catalog_store.current(db)

    def named(code: str) -> str:
        """A direction or domain as staff read it: its name, the code after it."""
        found = cat.direction(code) or cat.domain(code)
        return f"{found.name}（{code}）" if found is not None else code

    space = None  # the space the deal needs (field, what a site offers, unit): land, else floor
    if d.land_mu:
        space = ("land_mu", "可用土地", "亩")
    elif d.floor_m2:
        space = ("floor_m2", "可用面积", "㎡")
    out: list[Match] = []
    for s in list_sites(db):
        score, why = 0.0, []
        if space is None:
            why.append("项目未填用地或面积需求")
        else:
            field, offers, unit = space
            need, offer = getattr(d, field), getattr(s, field) or 0
            ratio = offer / need
            if ratio < 0.8:
                continue
            score += 40 if ratio >= 1 else 40 * ratio
            why.append(
                f"{offers} {fmt.figure(offer)} {unit}，需求 {fmt.figure(need)} {unit}"
                + ("" if ratio >= 1 else "（略少）")
            )
        if d.direction and s.directions:
            domain = d.direction.split(".", 1)[0]
            if d.direction in s.directions:
                score += 30
                why.append(f"适合方向含{named(d.direction)}")
            elif domain in s.directions or any(c.startswith(domain + ".") for c in s.directions):
                score += 15
                why.append(f"适合同一领域：{named(domain)}")
        elif not s.directions:
            score += 10
            why.append("载体不限方向")
        if d.town and s.town == d.town:
            score += 20
            why.append(f"位于意向镇街{d.town}")
        if s.available and d.planned_start and s.available <= d.planned_start:
            score += 10
            why.append(f"{s.available} 起可用，早于计划开工")
        elif s.available:
            why.append(f"{s.available} 起可用")
        out.append(Match(s, score, why))
    out.sort(key=lambda m: (-m.score, m.site.id or 0))
    return out[:limit]
