"""A realistic demo pipeline: a few dozen deals across stages, towns and officers, sites on
offer, hand-offs to towns with their feedback, this year's targets, and some deals signed into
brought-in projects — so that a new user sees the board and the reports filled.

Deterministic for a seed and ``today``; one transaction. Fictional throughout.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from app.deals import model as m
from app.deals import report, sites

if TYPE_CHECKING:
    from app.db import Database

OFFICERS = ("陈志明", "李晓燕", "王建国", "张慧敏", "刘伟")
NAME_ENDINGS = {
    "new": "华南制造基地",
    "expansion": "增资扩产项目",
    "hq": "华南总部项目",
    "rnd": "研发中心",
    "regional_hq": "区域总部",
    "other": "产业化项目",
}
DROP_REASONS = ("选址外地（惠州）", "企业投资计划推迟", "用地需求无法满足", "选址外地（中山）")
NEXT_STEPS = (
    "安排企业高层到松山湖实地考察",
    "报送项目用地需求至镇街",
    "组织项目评估会",
    "起草投资协议文本",
    "对接自然资源局确认供地时序",
    "回访企业确认投资意向",
    "协调办理注册登记",
)
FEEDBACK = (
    ("following", "镇招商办已对接，正在比选厂房"),
    ("landed", "已落实平山工业区标准厂房"),
    ("returned", "本镇暂无符合条件的连片用地"),
)
SITES = (
    (
        "松山湖智能装备产业园三期",
        "松山湖",
        "松山湖高新区",
        85.0,
        None,
        "equip.robot,equip",
        "2027-03-01",
    ),
    ("长安智能终端配套园", "长安镇", "长安新区", 60.0, None, "it", "2026-12-31"),
    ("塘厦临深产业园地块", "塘厦镇", "临深片区", 120.0, None, "", "2027-06-30"),
    ("东城新材料标准厂房", "东城街道", "牛山外经工业园", None, 18000.0, "mat", "2026-10-01"),
    ("滨海湾新区先进制造用地", "滨海湾新区", "", 200.0, None, "equip,energy", "2027-09-30"),
    ("南城总部大楼 12–18 层", "南城街道", "国际商务区", None, 9000.0, "", "2026-08-01"),
    ("常平生物医药加速器", "常平镇", "", None, 12000.0, "bio", "2026-11-15"),
    ("大朗新能源产业地块", "大朗镇", "", 45.0, None, "energy", "2027-05-01"),
    ("清溪银瓶创新区地块", "清溪镇", "银瓶合作创新区", 150.0, None, "equip,mat", "2027-12-31"),
    ("寮步电子元器件厂房", "寮步镇", "华南工业城", None, 25000.0, "it.components,it", "2026-09-30"),
)


def _candidates(db: Database) -> list[dict[str, Any]]:
    """Firms to build deals on: the best-scored Shenzhen/Guangzhou firms, then any firm."""
    rows = db.query(
        "SELECT f.id, f.name, f.short_name, f.direction, f.segment FROM firms f "
        "JOIN scores s ON s.firm_id = f.id WHERE (f.city LIKE '深圳%' OR f.city LIKE '广州%') "
        "AND f.direction IS NOT NULL AND f.direction != '' ORDER BY s.score DESC LIMIT 120"
    )
    if not rows:
        rows = db.query("SELECT id, name, short_name, direction, segment FROM firms LIMIT 60")
    return [dict(r) for r in rows]


def _town_for(r: random.Random, cat: Any, direction: str) -> str:
    if r.random() < 0.45:  # towns outside the catalog's zones court projects too
        return r.choice(m.TOWNS[:28])
    zones = cat.zones_for(direction) if direction else []
    places = [p for z in zones for p in z.places]
    r.shuffle(places)
    for p in places:
        try:
            return m.town_name(p)
        except Exception:  # a zone's place may be a park rather than a town
            continue
    return r.choice(m.TOWNS[:28])


def generate_deals(
    db: Database, seed: int = 1, n: int = 42, *, today: date | None = None
) -> dict[str, Any]:
    """Write the demo pipeline (one transaction); returns counts."""
    from app import catalog_store

    today = today or date.today()
    r = random.Random(seed * 104729 + 3)
    firms = _candidates(db)
    if not firms:
        return {"deals": 0, "sites": 0, "signed_projects": 0}
    cat = catalog_store.current(db)
    # how far along each deal gets: most stay early, a fair number sign, a few produce
    reach = (
        ["lead"] * 7
        + ["contact"] * 7
        + ["visit"] * 6
        + ["negotiate"] * 7
        + ["signed"] * 5
        + ["registered"] * 3
        + ["started"] * 3
        + ["producing"] * 2
    )
    summary = {"deals": 0, "sites": 0, "signed_projects": 0, "dropped": 0, "handoffs": 0}
    with db.write():
        site_ids = []
        for name, town, park, land, floor, dirs, avail in SITES:
            site_ids.append(
                sites.add_site(
                    db,
                    name,
                    town,
                    park=park,
                    land=land,
                    floor=floor,
                    price="80万元/亩" if land else "28元/㎡·月",
                    directions=dirs,
                    contact=f"{r.choice('黄何罗梁宋')}先生 0769-2{r.randrange(1000000, 9999999)}",
                    available=avail,
                )
            )
        summary["sites"] = len(site_ids)
        for i in range(n):
            firm = firms[(i * 7) % len(firms)]
            goal = reach[i % len(reach)]
            kind = r.choice(list(m.TYPES)[:5])
            short = firm["short_name"] or firm["name"][:6]
            direction = firm["direction"] or ""
            land = r.choice([None, 15.0, 30.0, 50.0, 80.0, 120.0]) if kind != "hq" else None
            if land:
                amount = land * r.uniform(220, 900)
            else:
                amount = float(r.choice([3000, 5000, 8000, 12000, 20000]))
            amount = round(amount / 100) * 100
            start = today - timedelta(days=r.randrange(30, 600))
            owner = OFFICERS[i % len(OFFICERS)]
            deal = m.Deal(
                id=None,
                name=f"{short}{NAME_ENDINGS[kind]}",
                firm_id=firm["id"],
                type=kind,
                amount=amount,
                land_mu=land,
                floor_m2=None if land else float(r.choice([3000, 6000, 12000])),
                town=_town_for(r, cat, direction),
                direction=direction,
                segment=firm["segment"] or "",
                owner=owner,
                expected_output=round(amount * r.uniform(1.2, 3.0), -1),
                expected_tax=round(amount * r.uniform(0.04, 0.12), -1),
                expected_jobs=r.randrange(50, 800),
                energy_class=r.choice(["low", "low", "medium", "high"]),
            )
            did = m.add_deal(db, deal, at=f"{start.isoformat()}T09:30:00", by=owner)
            day = start
            ladder = m.LADDER[1 : m.LADDER.index(goal) + 1]
            for stage in ladder:
                step = today - day
                if step.days < 2:
                    break
                day += timedelta(days=r.randrange(1, max(2, min(90, step.days))))
                m.set_stage(db, did, stage, at=f"{day.isoformat()}T15:00:00", by=owner)
            if goal in ("lead", "contact", "visit") and r.random() < 0.3:
                gap = (today - day).days
                if gap > 2:
                    day += timedelta(days=r.randrange(1, gap))
                    m.set_stage(
                        db,
                        did,
                        "dropped",
                        note=r.choice(DROP_REASONS),
                        at=f"{day.isoformat()}T16:00:00",
                        by=owner,
                    )
                    summary["dropped"] += 1
            d = m.get_deal(db, did)
            changes: dict[str, Any] = {}
            if d.stage not in ("dropped", "producing"):
                changes["next_step"] = r.choice(NEXT_STEPS)
                changes["next_due"] = (today + timedelta(days=r.randrange(-15, 40))).isoformat()
            if m.LADDER.index(goal) >= m.LADDER.index("negotiate") and d.stage != "dropped":
                changes["recommendation"] = r.choice(["introduce", "introduce", "conditional"])
                changes["recommendation_note"] = (
                    "符合目录方向，建议按计划推进"
                    if changes["recommendation"] == "introduce"
                    else "须补充能评、环评，投资强度达标后引进"
                )
                changes["planned_start"] = (day + timedelta(days=r.randrange(90, 240))).isoformat()
                changes["planned_production"] = (
                    day + timedelta(days=r.randrange(400, 800))
                ).isoformat()
            if changes:
                m.update(db, did, changes)
            # sites: offer the best matches to deals past the first visit
            if m.LADDER.index(goal) >= m.LADDER.index("visit"):
                found = sites.match(db, did, limit=2)
                for k, hit in enumerate(found):
                    m.offer_site(
                        db, did, hit.site.id or 0, chosen=k == 0 and goal not in ("visit",)
                    )
            if i % 6 == 2 and d.stage != "dropped":
                hid = m.handoff(
                    db, did, d.town or "长安镇", "请镇招商办跟进用地需求", at=f"{day}T10:00:00"
                )
                summary["handoffs"] += 1
                if i % 12 == 2:
                    status, text = r.choice(FEEDBACK)
                    m.town_feedback(db, hid, status, text, at=f"{day}T17:00:00")
            if goal in ("signed", "registered", "started", "producing") and i % 2 == 0:
                signed_on = m.get_deal(db, did).signed_on or today.isoformat()
                m.sign(db, did, f"DGZS-{signed_on[:4]}-{did:03d}", signed_on)
                summary["signed_projects"] += 1
            summary["deals"] += 1
        for year, amount, count in ((today.year, 600000.0, 20), (today.year - 1, 500000.0, 16)):
            report.set_targets(
                db,
                year,
                {
                    "signed_amount": amount,
                    "signed_count": count,
                    "landed_count": count // 3,
                    "landed_amount": amount / 4,
                },
            )
    return summary
