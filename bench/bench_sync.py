"""Field sync at scale (issue #14): check out a shortlist, make 10,000 changes on the laptop
and some in the office, check in, and compare every field of every synced table with the
expected merge.

    python bench/bench_sync.py                                   # SQLite team database
    python bench/bench_sync.py --db postgresql://USER@HOST/DB    # an empty server database
    python bench/bench_sync.py --firms 4000 --changes 10000

Offline: firm field edits, new visits, contact edits, new contacts, new firms (some of them
the team's firms met again by USCC), contacts deleted; in the office: other fields of the same
firms and, for a few, the same field (conflicts), and a few of the deleted contacts edited
(conflicts about the whole record). Prints the timings and the checks as JSON; exits 1 when a
field differs from the expected merge.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app import people, pg
from app.connection import now
from app.db import Database
from app.parsing import normalise_name


def _uscc(i: int) -> str:
    """A code for sample firm ``i`` (the shape of a USCC; the check digit is not needed)."""
    return f"91440300MA{i:08d}"


def _fill(team: Any, firms: int) -> list[int]:
    at = now()
    rows = [
        (
            f"深圳市样本{i}科技有限公司",
            normalise_name(f"深圳市样本{i}科技有限公司"),
            _uscc(i),
            "深圳市",
            i % 500,
            at,
            at,
        )
        for i in range(firms)
    ]
    with team.write():
        team.conn.executemany(
            "INSERT INTO firms (name, name_norm, uscc, city, employees, imported_at, updated_at) "
            "VALUES (?,?,?,?,?,?,?)",
            rows,
        )
        ids = [int(r[0]) for r in team.query("SELECT id FROM firms ORDER BY id")]
        team.conn.executemany(
            "INSERT INTO contacts (firm_id, name, title, updated_at) VALUES (?,?,?,?)",
            [(f, "联系人", "经理", at) for f in ids],
        )
        cur = team.execute(
            "INSERT INTO shortlists (name, owner, created_at, updated_at) VALUES (?,?,?,?)",
            ("出差名单", "张三", at, at),
        )
        team.conn.executemany(
            "INSERT INTO shortlist_items (shortlist_id, firm_id, position, added_at) "
            "VALUES (?,?,?,?)",
            # the last quarter stays in the office: met again on the road, by USCC
            [(cur.lastrowid, f, i, at) for i, f in enumerate(ids[: len(ids) * 3 // 4])],
        )
    return ids


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--db", help="team database (default: a temporary SQLite file)")
    ap.add_argument("--firms", type=int, default=4000)
    ap.add_argument("--changes", type=int, default=10000)
    args = ap.parse_args()
    people.whoami = lambda: "张三"  # type: ignore[assignment]
    from app.sync.checkin import checkin
    from app.sync.checkout import Scope, checkout
    from app.sync.common import all_rows

    with tempfile.TemporaryDirectory(prefix="chainfill-bench-sync-") as folder:
        target = args.db or str(Path(folder) / "team.sqlite")
        team = Database(target)
        ids = _fill(team, args.firms)
        out: dict[str, Any] = {"engine": "postgresql" if pg.is_url(target) else "sqlite"}
        started = time.perf_counter()
        checkout(team, Path(folder) / "copy.sqlite", Scope(shortlists=["出差名单"]))
        out["checkout_s"] = round(time.perf_counter() - started, 2)
        copy = Database(Path(folder) / "copy.sqlite")
        outside = ids[len(ids) * 3 // 4 :]
        ids = ids[: len(ids) * 3 // 4]
        n = args.changes
        quarter = n // 4
        at = now()
        contacts = {r["firm_id"]: r["id"] for r in all_rows(copy, "contacts", ["id", "firm_id"])}
        edited = ids[: min(quarter, len(ids))]
        with copy.write():  # the laptop: n changes in four kinds
            copy.conn.executemany(
                "UPDATE firms SET employees = employees + 1000, website = ? WHERE id = ?",
                [(f"www.f{f}.cn", f) for f in edited],
            )
            copy.conn.executemany(
                "INSERT INTO visits (firm_id, date, summary, created_at) VALUES (?,?,?,?)",
                [(ids[i % len(ids)], "2026-12-05", f"走访{i}", at) for i in range(quarter)],
            )
            copy.conn.executemany(
                "UPDATE contacts SET title = '总经理' WHERE id = ?",
                [(contacts[f],) for f in ids[: min(quarter, len(ids))]],
            )
            new = n - 3 * quarter
            for i in range(new):
                met_again = i % 10 == 0 and i // 10 < len(outside)
                name = f"东莞新企业{i}有限公司"
                uscc = _uscc(outside[i // 10] - 1) if met_again else None
                copy.execute(
                    "INSERT INTO firms (name, name_norm, uscc, city, imported_at, updated_at) "
                    "VALUES (?,?,?,?,?,?)",
                    (name, normalise_name(name), uscc, "东莞市", at, at),
                )
        # contacts deleted on the road (of firms not edited there); the office edits a few
        gone = [contacts[f] for f in ids[len(edited) : len(edited) + max(1, n // 50)]]
        with copy.write():
            copy.conn.executemany("DELETE FROM contacts WHERE id = ?", [(c,) for c in gone])
        kept = gone[: max(1, len(gone) // 10)]
        with team.write():
            team.conn.executemany(
                "UPDATE contacts SET title = '同事改过' WHERE id = ?", [(c,) for c in kept]
            )
        conflicts_planned = edited[:100]
        with team.write():  # the office: other fields of the same firms, a few the same field
            team.conn.executemany(
                "UPDATE firms SET revenue = 100.0 WHERE id = ?", [(f,) for f in edited]
            )
            team.conn.executemany(
                "UPDATE firms SET website = 'www.team.cn' WHERE id = ?",
                [(f,) for f in conflicts_planned],
            )
        expected_before = {r["id"]: r for r in all_rows(team, "firms")}
        started = time.perf_counter()
        result = checkin(copy, team)
        out["checkin_s"] = round(time.perf_counter() - started, 2)
        out["changes"] = len(edited) + quarter + min(quarter, len(ids)) + new + len(gone)
        out["deleted"] = result.deleted
        out["merged"] = result.merged
        out["conflicts"] = len(result.conflicts)
        # every field of every firm against the expected merge
        wrong = 0
        held = set(conflicts_planned)
        after = {r["id"]: r for r in all_rows(team, "firms")}
        for f, before in expected_before.items():
            row = after[f]
            if f in held:
                exp = dict(before)  # nothing of a record with a conflict is written
            elif f in set(edited):
                exp = dict(before, employees=before["employees"] + 1000, website=f"www.f{f}.cn")
            else:
                exp = dict(before)
            skip = {"version", "updated_at", "name_norm", "text_hash", "classified_at"}
            wrong += sum(1 for k in exp if k not in skip and exp[k] != row[k])
        out["fields_checked"] = len(expected_before) * len(next(iter(after.values())))
        out["fields_wrong"] = wrong
        out["visits_added"] = team.scalar("SELECT count(*) FROM visits WHERE date = '2026-12-05'")
        out["new_firms"] = team.scalar("SELECT count(*) FROM firms WHERE city = '东莞市'")
        out["met_again"] = sum(1 for i in range(new) if i % 10 == 0 and i // 10 < len(outside))
        out["contacts_left"] = team.scalar(
            f"SELECT count(*) FROM contacts WHERE id IN ({', '.join(str(c) for c in gone)})"
        )
        started = time.perf_counter()
        again = checkin(copy, team)
        out["second_checkin_s"] = round(time.perf_counter() - started, 2)
        out["second_merged"] = again.merged
        copy.close()
        team.close()
    print(json.dumps(out, ensure_ascii=False, indent=2))
    ok = (
        wrong == 0
        # the planned ones, and the firms met again whose city differs (东莞市 / 深圳市)
        and out["conflicts"] == len(conflicts_planned) + out["met_again"] + len(kept)
        and out["deleted"] == len(gone) - len(kept)
        and out["contacts_left"] == len(kept)
        and out["visits_added"] == quarter
        and again.merged == 0
        and out["new_firms"] == new - out["met_again"]
    )
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
