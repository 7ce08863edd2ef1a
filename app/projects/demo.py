"""Demo brought-in projects: fictional agreements and yearly reports that show every status.

``generate_projects(db, seed, n=24)`` attaches projects to the firms the demo pipeline landed
(or to Dongguan firms, or to a few firms it enters itself when the database has none) and
writes their agreements, milestones and yearly reports. The projects follow six profiles —
exceeding, solid, lagging (at risk), failing (missed), newly signed (pending) and small
(under 5 亩, not graded) — so the portfolio shows met / at_risk / missed / pending, grades
A to D, and milestones done, due soon and overdue relative to ``today``.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from app.projects import model
from app.projects.model import Commitment, Milestone, Project, Report

if TYPE_CHECKING:
    from app.db import Database

SOURCE = "演示数据"


# benchmark-relative level r (indicators ≈ r × benchmark at full production), performance
# against commitments, and the agreement's age in years before ``today``
@dataclass(frozen=True)
class Profile:
    key: str
    r: tuple[float, float]  # indicator level relative to the benchmarks
    perf: tuple[float, float]  # actual / committed at full production
    age: tuple[int, int]  # years since signing
    land: tuple[float, float]


PROFILES = {
    "star": Profile("star", (1.15, 1.45), (1.08, 1.25), (4, 6), (40, 150)),
    "solid": Profile("solid", (0.72, 0.95), (1.02, 1.12), (4, 6), (25, 100)),
    "lagging": Profile("lagging", (0.55, 0.75), (0.75, 0.9), (2, 3), (30, 120)),
    "failing": Profile("failing", (0.35, 0.6), (0.45, 0.75), (5, 7), (30, 120)),
    "new": Profile("new", (0.8, 1.0), (1.0, 1.0), (0, 1), (20, 100)),
    "small": Profile("small", (0.8, 1.2), (1.0, 1.15), (3, 5), (2.5, 4.8)),
}
# The order projects are dealt in: every profile appears early, so even n=6 shows them all.
ORDER = (
    "star",
    "failing",
    "lagging",
    "new",
    "solid",
    "small",
    "solid",
    "star",
    "lagging",
    "failing",
    "new",
    "solid",
    "star",
    "lagging",
    "solid",
    "failing",
    "new",
    "small",
    "solid",
    "star",
    "lagging",
    "new",
    "failing",
    "solid",
)

PROJECT_WORDS = (
    "智能制造基地",
    "研发及生产基地",
    "华南总部及制造中心",
    "扩产项目",
    "产业园项目",
    "生产基地",
    "智能工厂",
)
DIRECTIONS = (
    "it.terminal",
    "equip.robot",
    "equip.intelligent",
    "mat.advanced",
    "energy.battery",
    "energy.nev",
    "bio.device",
    "it.ict",
)
FALLBACK_FIRMS = (  # fictional, with the direction their names suggest
    ("东莞市鼎新精密科技有限公司", "it.terminal"),
    ("东莞市华澜新材料有限公司", "mat.advanced"),
    ("东莞市锐航智能装备有限公司", "equip.intelligent"),
    ("东莞市启明电池科技有限公司", "energy.battery"),
    ("东莞市康衡医疗器械有限公司", "bio.device"),
    ("东莞市星桥通信技术有限公司", "it.ict"),
)


def _firms(db: Database) -> list[dict[str, Any]]:
    """Landed firms from the pipeline, else Dongguan firms, else a few entered here."""
    rows = db.query(
        "SELECT f.id, f.name, f.city, f.main_business, f.direction, f.segment FROM pipeline p "
        "JOIN firms f "
        "ON f.id = p.firm_id WHERE p.stage = 'landed' ORDER BY f.id"
    )
    if not rows:
        rows = db.query(
            "SELECT id, name, city, main_business, direction, segment FROM firms "
            "WHERE city LIKE '东莞%' "
            "ORDER BY (direction IS NULL OR direction = ''), id LIMIT 40"
        )
    if not rows:
        for name, direction in FALLBACK_FIRMS:
            fid = model.add_firm(db, name, None, source=SOURCE)
            db.execute("UPDATE firms SET direction = ? WHERE id = ?", (direction, fid))
        rows = db.query(
            "SELECT id, name, city, main_business, direction, segment FROM firms "
            "WHERE source = ? ORDER BY id",
            (SOURCE,),
        )
    return [dict(r) for r in rows]


def _guess_direction(cat: Any, firm: dict[str, Any]) -> str | None:
    """The catalog direction whose keywords the firm's name and business mention most
    (demo firms may not be classified yet when their projects are generated)."""
    text = f"{firm.get('name') or ''}{firm.get('main_business') or ''}"
    best, hits = None, 0
    for d in cat.directions:
        words = set(d.keywords) | {k for seg in d.segments for k in seg.keywords}
        n = sum(1 for w in words if len(w) >= 2 and w in text)
        if n > hits:
            best, hits = d.code, n
    return best


def _date_in(r: random.Random, year: int, lo_month: int = 1, hi_month: int = 12) -> date:
    month = r.randint(lo_month, hi_month)
    return date(year, month, r.randint(1, 28))


def _add_months(d: date, months: int) -> date:
    y, m = divmod(d.month - 1 + months, 12)
    return date(d.year + y, m + 1, min(d.day, 28))


def generate_projects(
    db: Database, seed: int = 1, n: int = 24, *, today: date | None = None
) -> dict[str, Any]:
    """Write ``n`` demo projects with milestones and yearly reports (one transaction).

    Deterministic for a given ``seed`` and ``today`` (default: the real date). Returns a
    summary: projects, reports and how many projects follow each profile.
    """
    today = today or date.today()
    r = random.Random(seed * 7919 + 17)
    from app import catalog_store

    cat = catalog_store.current(db)
    summary: dict[str, Any] = {"projects": 0, "reports": 0, "profiles": {}}
    with db.write():
        firms = _firms(db)
        for i in range(n):
            kind = ORDER[i % len(ORDER)]
            firm = firms[i % len(firms)]
            phase = i // len(firms)
            project = _project(r, PROFILES[kind], firm, i, phase, today, cat)
            reports = project.reports
            project.reports = {}
            pid = model.save_project(db, project)
            for rep in reports.values():
                model.save_report(db, pid, rep, today=today)
            summary["projects"] += 1
            summary["reports"] += len(reports)
            summary["profiles"][kind] = summary["profiles"].get(kind, 0) + 1
    return summary


def _project(
    r: random.Random,
    prof: Profile,
    firm: dict[str, Any],
    i: int,
    phase: int,
    today: date,
    cat: Any,
) -> Project:
    age = r.randint(*prof.age)
    if prof.key == "lagging":
        age = 3 if i % 2 == 0 else 2  # in ramp-up behind trend / not yet producing
    elif prof.key == "failing" and i % 3 == 1:
        age = 4  # full production was due last year: a new miss for the alerts
    early = prof.key == "lagging" or (prof.key == "failing" and age == 4)
    last_month = 6 if early else 11 if age else max(1, today.month - 1)
    signed = _date_in(r, today.year - age, 1, last_month)
    if signed > today:
        signed = today - timedelta(days=30)
    direction = (
        firm.get("direction") or _guess_direction(cat, firm) or DIRECTIONS[i % len(DIRECTIONS)]
    )
    zones = cat.zones_for(direction)
    zone = zones[0] if zones else None
    town = r.choice(zone.places) if zone else r.choice(("松山湖", "长安镇", "塘厦镇", "常平镇"))
    base = firm["name"].removesuffix("有限公司").removesuffix("股份")
    for w in ("（集团）", "(集团)", "集团"):
        base = base.replace(w, "")
    local = (firm.get("city") or "").startswith("东莞")
    for city in ("深圳市", "广州市", "东莞市", "深圳", "广州", "东莞"):
        if base.startswith(city) and len(base) > len(city) + 1:
            base = base.removeprefix(city)
            break
    # a Shenzhen or Guangzhou firm's project here is named "<firm>东莞<…>"
    name = f"{base}{'' if local else '东莞'}{PROJECT_WORDS[i % len(PROJECT_WORDS)]}"
    if phase:
        name += f"（{phase + 1}期）"
    land = round(r.uniform(*prof.land), 1)
    floor: float | None = None
    if prof.key == "small" and i % 2:
        # a project in leased premises: no land of its own, appraised on its floor space
        # converted to land (折算用地); no draw from ``r``, so the other projects stay as they were
        land = 0.0
        floor = 6000.0 + 1000.0 * (i * 7 % 5)
    level = r.uniform(*prof.r)
    if prof.key == "failing" and age == 4:
        level = r.uniform(0.58, 0.68)  # weak but not the weakest: a C among the failing
    perf = r.uniform(*prof.perf)

    # Full-production levels the firm actually reaches, built from the benchmarks so that
    # the indicators land near level × benchmark (with some spread per indicator).
    def spread() -> float:
        return r.uniform(0.85, 1.15)

    ref_land = land if land >= 1 else (floor / 1.2 / (2000 / 3) if floor else 4.0)
    va = 150 * level * spread() * ref_land
    output = va / r.uniform(0.22, 0.3)
    tax = 30 * level * spread() * ref_land
    jobs = max(8, round(va / (30 * level * spread())))
    energy = va / (3 * level * spread())
    emissions = va / (1000 * level * spread())
    rd_pct = 3 * level * spread()
    inv_per_mu = r.uniform(350, 650)
    investment = inv_per_mu * ref_land

    def committed(actual: float) -> float:
        return round(
            actual / (perf * r.uniform(1.0, 1.04) if perf >= 1 else perf), -1 if actual > 100 else 0
        )

    inv_perf = 1.02 if prof.key != "failing" else r.uniform(0.6, 0.85)
    commitments = [
        Commitment("investment", round(investment / inv_perf / 1.01, -1)),
        Commitment("output", committed(output)),
        Commitment("tax", committed(tax)),
        Commitment("jobs", float(max(5, round(jobs / max(perf, 1.0) / 1.02)))),
        Commitment("rd_ratio", round(rd_pct / (perf * 1.03 if perf >= 1 else perf), 1)),
    ]
    if land >= 1:
        commitments.insert(
            1, Commitment("investment_per_mu", round(inv_per_mu / inv_perf / 1.02, -1))
        )

    # milestones: due dates from the signing date; done dates by profile
    plan = {
        "land_delivery": _add_months(signed, 3),
        "construction_start": _add_months(signed, 6),
        "completion": _add_months(signed, 18),
        "production_start": _add_months(signed, 24),
        "full_production": date(signed.year + 3, 12, 31),
    }
    if prof.key == "new":
        # one milestone falls due within the alert window, or has just slipped past
        offset = r.choice((r.randint(10, 55), -r.randint(15, 80)))
        plan["construction_start"] = today + timedelta(days=offset)
        plan["land_delivery"] = min(
            plan["land_delivery"], plan["construction_start"] - timedelta(days=45)
        )
        plan["land_delivery"] = max(plan["land_delivery"], signed + timedelta(days=10))
        plan["completion"] = _add_months(plan["construction_start"], 12)
        plan["production_start"] = _add_months(plan["construction_start"], 18)
        plan["full_production"] = date(plan["production_start"].year + 1, 12, 31)
    delay = {
        "star": (-40, 10),
        "solid": (-10, 60),
        "lagging": (60, 240),
        "failing": (120, 400),
        "new": (0, 20),
        "small": (-20, 30),
    }[prof.key]
    if prof.key == "failing" and age == 4:
        delay = (0, 60)  # produced on time, at a level short of the commitments
    milestones = []
    for kind, due in plan.items():
        done: date | None = max(due + timedelta(days=r.randint(*delay)), signed + timedelta(days=5))
        if prof.key == "failing" and kind == "full_production":
            done = None  # never reached full production
        if prof.key == "lagging" and (
            kind == "full_production" or (age == 2 and kind in ("production_start", "completion"))
        ):
            done = None
        if done is not None and done > today - timedelta(days=5):
            done = None
        milestones.append(Milestone(kind, due, done))
    done_by_kind = {m.kind: m.done for m in milestones}
    prod_done = done_by_kind["production_start"]

    p = Project(
        id=None,
        firm_id=int(firm["id"]),
        name=name,
        agreement_date=signed,
        agreement_no=f"DG-ZS-{signed.year}-{i + 1:03d}",
        zone=zone.name if zone else "",
        town=town,
        direction=direction,
        segment=firm.get("segment") or "",
        land_mu=land,
        floor_m2=floor,
        source=SOURCE,
        commitments=commitments,
        milestones=milestones,
    )
    if prof.key in ("star", "solid", "small"):
        p.reward_share_pct = r.choice((30.0, 50.0, 60.0))
        p.reward_years = r.choice((3, 5))
        p.reward_cap = r.choice((None, 300.0, 500.0))
        p.reward_text = (
            f"达产后{p.reward_years}年内，按项目当年地方留成税收的{p.reward_share_pct:g}%给予奖励"
        )
    p.penalty_deposit = round(investment * 0.02, -1) if land >= 1 else 20.0
    p.penalty_suspend_rewards = True
    p.penalty_clawback = prof.key != "small"
    p.penalty_land_price = 10.0 if land >= 1 else None
    p.penalty_land_recovery = prof.key == "failing"
    p.penalty_text = "未按期达到投资强度或税收承诺的，没收履约保证金，暂停奖励并追回已兑现奖励；情节严重的依法收回土地"

    # yearly reports: the signing year up to last year
    last = today.year - 1
    prod_year = prod_done.year if prod_done else None
    inv_ramp = (0.25, 0.65, 1.0)
    flow_ramp = (0.35, 0.7, 1.0)
    full_due_year = plan["full_production"].year
    on_time = prof.key in ("star", "solid", "small")  # these reach full level by the due year
    skip_latest = prof.key == "solid" and i % 3 == 0  # a year never reported: an alert
    for y in range(signed.year, last + 1):
        k = y - signed.year
        rep = Report(year=y, source=SOURCE)
        rep.investment_to_date = round(
            investment * inv_ramp[min(k, 2)] * (inv_perf if k >= 2 else 1), 1
        )
        if prof.key == "failing":
            rep.investment_to_date = round(min(rep.investment_to_date, investment), 1)
        if prod_year is not None and y >= prod_year:
            j = y - prod_year
            f = 1.0 if on_time and y >= full_due_year else flow_ramp[min(j, 2)]
            if prof.key == "failing":
                f = (0.6, 1.0, 1.0)[min(j, 2)]  # at its (short) full level quickly
            if prof.key == "lagging":
                f *= 0.75
            noise = r.uniform(0.97, 1.05)
            rep.output_value = round(output * f * noise, 1)
            rep.revenue = round(rep.output_value * r.uniform(0.93, 0.99), 1)
            rep.value_added = round(va * f * noise, 1)
            rep.tax_paid = round(tax * f * r.uniform(0.97, 1.05), 1)
            rep.jobs = float(round(jobs * (0.6 + 0.4 * f)))
            rep.energy_tce = round(energy * f * r.uniform(0.95, 1.05), 1)
            rep.emissions_t = round(emissions * f * r.uniform(0.9, 1.1), 3)
            rep.rd_spending = round(rep.revenue * rd_pct / 100 * r.uniform(0.97, 1.03), 1)
            if p.reward_share_pct and prof.key == "star" and j >= 1:
                rep.reward_paid = round(rep.tax_paid * 0.5 * p.reward_share_pct / 100, 1)
        else:
            rep.jobs = float(r.randint(10, 40))
        if land == 0:
            rep.land_in_use = 0.0
        if prof.key == "solid" and i % 4 == 2 and y == last:
            rep.energy_tce = None  # a missing energy figure: excluded, weight redistributed
        if skip_latest and y == last - 1:
            continue
        p.reports[y] = rep
    return p
