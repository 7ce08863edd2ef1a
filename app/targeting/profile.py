"""A firm's profile in a few words for the lists (推荐, 企业库): its lists in their short
form, its newest recent signal, and 以商引商 when it is linked to a Dongguan firm.

One SQL expression on the firm's ``id``, read for the rows a list fetches (by id, a couple of
hundred at a time, so three indexed look-ups a row cost nothing noticeable). Kept here, not
in ui/, because it is SQL.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from typing import TYPE_CHECKING

from app.dialect import SQLITE, PostgresDialect, SqliteDialect
from app.targeting import flags, regions

Dialect = SqliteDialect | PostgresDialect

if TYPE_CHECKING:
    from app.db import Database

RECENT_DAYS = 365  # a signal older than this no longer makes the profile (it has faded)
MIN_WEIGHT = 0.01  # nor does one whose weight has faded below this (the firm panel)
SEP = "·"


def _short_flag_sql() -> str:
    # The lists' words (flags.TIERS) stand for the list, e.g. 专精特新“小巨人” → 小巨人.
    cases = " ".join(f"WHEN instr(flag, '{w}') > 0 THEN '{w}'" for w, _ in flags.TIERS)
    return f"CASE {cases} ELSE flag END"


def of_firms(db: Database, ids: Sequence[int]) -> dict[int, str]:
    """The profiles of the firms ``ids`` that have one (a list's visible rows, by id)."""
    if not ids:
        return {}
    marks = ", ".join("?" * len(ids))
    return {
        int(fid): text
        for fid, text in db.execute(
            f"SELECT firms.id, {sql('firms.id', db.dialect)} FROM firms "
            f"WHERE firms.id IN ({marks})",
            tuple(ids),
        )
        if text
    }


def sql(firm_id: str = "ranked.id", dialect: Dialect = SQLITE) -> str:
    """The profile of the firm whose id is the column ``firm_id`` (NULL or "" for none).

    ``ranked.id`` by default: qualified, because the tables looked in have an ``id`` of their
    own."""
    local = regions.local_city().replace("'", "''")
    # the cutoff computed here: SQLite's date('now', …) does not exist on PostgreSQL
    since = (date.today() - timedelta(days=RECENT_DAYS)).isoformat()
    listed = dialect.group_concat(_short_flag_sql(), distinct=True)
    parts = (
        f"(SELECT replace({listed}, ',', '、') FROM firm_flags WHERE firm_id = {firm_id})",
        f"(SELECT kind FROM firm_signals WHERE firm_id = {firm_id} "
        f"AND date >= '{since}' ORDER BY date DESC LIMIT 1)",
        # A link is written from either side (app.targeting.links.of_firm).
        "(SELECT '以商引商' WHERE EXISTS (SELECT 1 FROM firm_links AS l JOIN firms AS p "
        f"ON p.id = l.partner_id WHERE l.firm_id = {firm_id} AND p.city = '{local}') "
        "OR EXISTS (SELECT 1 FROM firm_links AS l JOIN firms AS p ON p.id = l.firm_id "
        f"WHERE l.partner_id = {firm_id} AND p.city = '{local}'))",
    )
    # NULLs drop out: the parts that exist, joined by SEP.
    joined = " || ".join(f"COALESCE('{SEP}' || {p}, '')" for p in parts)
    return f"substr({joined}, {len(SEP) + 1})"
