"""Demo flags, links and signals (fictional), so a new user sees them: called once by the
demo build after the firms are written (app.demo.build), inside no transaction of its own
but one write, deterministic for a seed."""

from __future__ import annotations

import random
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from app.db import now
from app.parsing import normalise_name
from app.targeting import regions, signals

if TYPE_CHECKING:
    from app.db import Database

SOURCE = "演示名录（虚构）"
# (list, share of candidates, years): the strongest firms are the likeliest to be on one.
FLAG_SHARES = (
    ("专精特新中小企业", 0.06, (2022, 2023, 2024, 2025)),
    ("专精特新“小巨人”", 0.015, (2021, 2022, 2023, 2024)),
    ("制造业单项冠军", 0.004, (2020, 2022, 2024)),
    ("瞪羚企业", 0.01, (2024, 2025)),
    ("独角兽", 0.002, (2025,)),
)
NOTES = {
    "扩产": "公告拟新建生产基地，产能翻番",
    "募投项目": "招股书募投项目：智能制造基地建设，选址未定",
    "融资": "完成新一轮融资，用于扩大产能",
    "新设子公司": "新设全资子公司，经营范围含生产制造",
    "环评公示": "新建项目环评公示",
    "土地竞买": "参与工业用地竞买",
    "大额招聘": "一次性招聘生产一线员工 300 人以上",
    "外迁传闻": "同行反映其厂房租约到期，考虑整体迁出",
}
KIND_WEIGHTS = (5, 2, 3, 2, 2, 1, 2, 2)
OUTSIDE = ("华南精工模具", "远鸿电子材料", "恒锐检测技术", "粤盛包装")


def _strength(r: Any) -> float:
    return (r["revenue"] or 0) ** 0.3 + 3 * (r["patents"] or 0) ** 0.3 + 2 * (r["high_tech"] or 0)


def generate(db: Database, seed: int = 1, today: date | None = None) -> dict[str, int]:
    """Write demo flags, links and signals; returns how many of each."""
    rnd = random.Random(seed * 7919 + 16)
    today = today or date.today()
    cities = regions.default_regions()
    cand = db.query(
        "SELECT id, name, revenue, patents, high_tech FROM firms "
        f"WHERE city IN ({', '.join('?' * len(cities))}) ORDER BY id",
        cities,
    )
    local = db.query(
        "SELECT id, name FROM firms WHERE city = ? ORDER BY COALESCE(revenue, 0) DESC, id LIMIT 12",
        (regions.local_city(),),
    )
    if not cand:
        return {"flags": 0, "links": 0, "signals": 0}
    stamp = now()
    ranked = sorted(cand, key=lambda r: -_strength(r) * rnd.uniform(0.5, 1.5))
    flags: list[tuple[Any, ...]] = []
    for flag, share, years in FLAG_SHARES:
        n = max(1, round(len(cand) * share))
        pool = ranked[: max(n * 4, 1)]
        for r in rnd.sample(pool, min(n, len(pool))):
            flags.append((r["id"], flag, rnd.choice(years), r["name"], SOURCE, stamp))
    links: list[tuple[Any, ...]] = []
    used: set[int] = set()
    for k, a in enumerate(local):
        partners = rnd.sample(cand, min(len(cand), rnd.randint(4, 8)))
        for j, p in enumerate(partners):
            rel = "supplier" if j < len(partners) * 2 // 3 else "customer"
            links.append((p["id"], a["id"], a["name"], normalise_name(a["name"]), rel))
            used.add(p["id"])
        if k < len(OUTSIDE):  # a supplier staff know of that is not in the database yet
            name = f"深圳市{OUTSIDE[k]}有限公司"
            links.append((a["id"], None, name, normalise_name(name), "customer"))
    free = [r for r in cand if r["id"] not in used]
    for _g in range(min(5, len(free) // 4)):
        parent, *subs = rnd.sample(free, 3)
        free = [r for r in free if r["id"] not in {parent["id"], *(s["id"] for s in subs)}]
        for s in subs:
            links.append(
                (
                    s["id"],
                    parent["id"],
                    parent["name"],
                    normalise_name(parent["name"]),
                    "subsidiary",
                )
            )
    sigs: list[tuple[Any, ...]] = []
    kinds = [k for k in signals.KINDS if k != signals.OTHER]
    for r in rnd.sample(cand, max(1, len(cand) // 25)):
        for _ in range(rnd.choice((1, 1, 2))):
            kind = rnd.choices(kinds, weights=KIND_WEIGHTS)[0]
            day = today - timedelta(days=rnd.randint(3, 540))
            sigs.append((r["id"], kind, None, day.isoformat(), NOTES[kind], SOURCE, "demo", stamp))
    with db.write():
        db.conn.executemany(
            "INSERT OR IGNORE INTO firm_flags (firm_id, flag, year, listed_name, source, "
            "imported_at) VALUES (?, ?, ?, ?, ?, ?)",
            flags,
        )
        db.conn.executemany(
            "INSERT OR IGNORE INTO firm_links (firm_id, partner_id, partner_name, partner_norm, "
            "relation, source, date, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (*t, SOURCE, (today - timedelta(days=rnd.randint(30, 700))).isoformat(), stamp)
                for t in links
            ],
        )
        db.conn.executemany(
            "INSERT OR IGNORE INTO firm_signals (firm_id, kind, kind_written, date, note, source, "
            "user, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            sigs,
        )
    return {"flags": len(flags), "links": len(links), "signals": len(sigs)}
