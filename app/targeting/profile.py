"""A firm's profile in a few words for the lists (推荐, 企业库): its lists in their short
form, its newest recent signal, and 以商引商 when it is linked to a Dongguan firm.

Three SQL expressions on the firm's ``id``, read for the rows a list fetches (by id, a couple
of hundred at a time, so three indexed look-ups a row cost nothing noticeable) and joined here;
the 以商引商 label is added in Python, where it follows the interface's language. Kept here,
not in ui/, because it is SQL.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from typing import TYPE_CHECKING

from app.dialect import PostgresDialect, SqliteDialect
from app.targeting import flags, regions
from resources.i18n import N_, _

Dialect = SqliteDialect | PostgresDialect

if TYPE_CHECKING:
    from app.db import Database

RECENT_DAYS = 365  # a signal older than this no longer makes the profile (it has faded)
MIN_WEIGHT = 0.01  # nor does one whose weight has faded below this (the firm panel)
SEP = "·"
# Said of a firm linked to a firm of the local city: staff can ask that firm to introduce it.
ANCHORED = N_("以商引商")


def _short_flag_sql() -> str:
    # The lists' words (flags.TIERS) stand for the list, e.g. 专精特新“小巨人” → 小巨人.
    cases = " ".join(f"WHEN instr(flag, '{w}') > 0 THEN '{w}'" for w, _ in flags.TIERS)
    return f"CASE {cases} ELSE flag END"


def of_firms(db: Database, ids: Sequence[int]) -> dict[int, str]:
    """The profiles of the firms ``ids`` that have one (a list's visible rows, by id)."""
    if not ids:
        return {}
    marks = ", ".join("?" * len(ids))
    lists, signal, anchored = _parts("firms.id", db.dialect)
    out: dict[int, str] = {}
    for fid, *found in db.execute(
        f"SELECT firms.id, {lists}, {signal}, {anchored} FROM firms WHERE firms.id IN ({marks})",
        tuple(ids),
    ):
        # The labels are put in here, not in the SQL, so that they follow the interface's
        # language; the lists' names are staff's own words (data).
        words = [found[0], found[1] and _(found[1]), _(ANCHORED) if found[2] else None]
        text = SEP.join(w for w in words if w)
        if text:
            out[int(fid)] = text
    return out


def _parts(firm_id: str, dialect: Dialect) -> tuple[str, str, str]:
    """SQL of the firm's lists (short forms), its newest recent signal, and whether it is
    linked to a firm of the local city (1 or NULL), for the firm whose id is ``firm_id``."""
    local = regions.local_city().replace("'", "''")
    # the cutoff computed here: SQLite's date('now', …) does not exist on PostgreSQL
    since = (date.today() - timedelta(days=RECENT_DAYS)).isoformat()
    listed = dialect.group_concat(_short_flag_sql(), distinct=True)
    return (
        f"(SELECT replace({listed}, ',', '、') FROM firm_flags WHERE firm_id = {firm_id})",
        f"(SELECT kind FROM firm_signals WHERE firm_id = {firm_id} "
        f"AND date >= '{since}' ORDER BY date DESC LIMIT 1)",
        # A link is written from either side (app.targeting.links.of_firm).
        "(SELECT 1 WHERE EXISTS (SELECT 1 FROM firm_links AS l JOIN firms AS p "
        f"ON p.id = l.partner_id WHERE l.firm_id = {firm_id} AND p.city = '{local}') "
        "OR EXISTS (SELECT 1 FROM firm_links AS l JOIN firms AS p ON p.id = l.firm_id "
        f"WHERE l.partner_id = {firm_id} AND p.city = '{local}'))",
    )
