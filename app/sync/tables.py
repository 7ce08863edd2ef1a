"""Which tables a working copy takes along, how their rows are keyed and attached to the
chosen firms, and which of their columns are merged at check-in.

One list, in the order rows are written (parents before the rows that point at them). A
table either *syncs* (its rows are merged back, field by field) or is taken along only so
that the copy works alone (the scores, the people, the catalog edits, the settings).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from app.firm_record import BOOKKEEPING, CLASSIFICATION

# How a table's rows are chosen for a copy: by the firms (F), the shortlists (S), the
# projects (P) and deals (D) of those firms, the sites those deals use, or all of them.
FIRM, SHORTLIST, PROJECT, DEAL, SITE, ALL = "firm", "shortlist", "project", "deal", "site", "all"


@dataclass(frozen=True)
class Table:
    name: str
    scope: str
    key: tuple[str, ...] = ("id",)
    # column -> the table it points at: remapped from the copy's keys to the team's
    refs: dict[str, str] = field(default_factory=dict)
    sync: bool = True
    # columns never merged (derived, bookkeeping, or meaningful only in one database)
    exclude: tuple[str, ...] = ("version",)
    # a row deleted offline is deleted in the team database (when the team left it as it was)
    deletable: bool = True
    # a new offline row is the same as a team row with these values (after remapping)
    match: tuple[tuple[str, ...], ...] = ()

    @property
    def has_id(self) -> bool:
        return self.key == ("id",)


_FIRM = {"firm_id": "firms"}

TABLES: tuple[Table, ...] = (
    Table(
        "firms",
        FIRM,
        # the classifier's call is the team's to make with its own model; a person's
        # confirmation travels as a ``corrections`` row
        exclude=("version", *BOOKKEEPING[:-1], *CLASSIFICATION, "model_version"),
        deletable=False,
        match=(("uscc",), ("name_norm",)),
    ),
    Table("sites", SITE, deletable=False),
    Table("shortlists", SHORTLIST, deletable=False, match=(("name",),)),
    Table(
        "projects",
        FIRM,
        refs={**_FIRM, "deal_id": "deals"},
        deletable=False,
        match=(("agreement_no",),),
    ),
    Table(
        "deals",
        FIRM,
        refs={**_FIRM, "site_id": "sites", "project_id": "projects"},
        deletable=False,
    ),
    Table("corrections", FIRM, key=("firm_id",), refs=_FIRM, exclude=()),
    Table("pipeline", FIRM, key=("firm_id",), refs=_FIRM, exclude=()),
    Table("stage_history", FIRM, refs=_FIRM, exclude=()),
    Table("contacts", FIRM, refs=_FIRM),
    Table("visits", FIRM, refs=_FIRM),
    Table(
        "shortlist_items",
        SHORTLIST,
        key=("shortlist_id", "firm_id"),
        refs={"shortlist_id": "shortlists", **_FIRM},
    ),
    Table("firm_flags", FIRM, refs=_FIRM, exclude=(), match=(("firm_id", "flag", "year"),)),
    Table(
        "firm_links",
        FIRM,
        refs=_FIRM,
        # the partner may not be in the copy: matched again by name in the team database
        exclude=("partner_id",),
        match=(("firm_id", "partner_norm", "relation"),),
    ),
    Table(
        "firm_signals", FIRM, refs=_FIRM, exclude=(), match=(("firm_id", "kind", "date", "note"),)
    ),
    Table(
        "project_commitments",
        PROJECT,
        key=("project_id", "item"),
        refs={"project_id": "projects"},
        exclude=(),
    ),
    Table(
        "project_milestones",
        PROJECT,
        key=("project_id", "kind"),
        refs={"project_id": "projects"},
        exclude=(),
    ),
    Table(
        "project_reports",
        PROJECT,
        key=("project_id", "year"),
        refs={"project_id": "projects"},
        exclude=(),
    ),
    Table("project_adjustments", PROJECT, refs={"project_id": "projects"}, exclude=()),
    Table("deal_history", DEAL, refs={"deal_id": "deals"}, exclude=()),
    Table("deal_handoffs", DEAL, refs={"deal_id": "deals"}, exclude=()),
    Table(
        "deal_sites",
        DEAL,
        key=("deal_id", "site_id"),
        refs={"deal_id": "deals", "site_id": "sites"},
        exclude=(),
    ),
    # taken along so that the copy works alone; never merged back
    Table("scores", FIRM, key=("firm_id",), refs=_FIRM, sync=False),
    Table("review_flags", FIRM, key=("firm_id",), refs=_FIRM, sync=False),
    Table("users", ALL, sync=False),
    Table("catalog_edits", ALL, key=("direction", "segment", "field"), sync=False),
    Table("settings", ALL, key=("key",), sync=False),
    Table("deal_targets", ALL, key=("year",), sync=False),
)

SYNCED = tuple(t for t in TABLES if t.sync)
BY_NAME = {t.name: t for t in TABLES}

# Columns whose change is bookkeeping, not an edit: when both sides moved them the later
# value wins instead of making a conflict.
STAMP_COLUMNS = frozenset({"updated_at"})

# A new offline row matched to a team row (no base): where the two differ in these, the team's
# value stays — how the firm was written on the road, or when it was first recorded, is no
# reason to ask anyone.
KEEP_THEIRS_ON_MATCH = frozenset({"name", "imported_at", "created_at", "source", "added_at"})
