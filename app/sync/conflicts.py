"""The conflicts a check-in left in a working copy — or a change file in the database it was
applied to: list them, decide them (mine | theirs).

A decision is only recorded here; the next check-in (or the same change file applied again)
writes it — provided the team's value is still the one the person saw (otherwise the conflict
is shown again with the new value). A conflict about a whole record (``field`` ``*``): the
copy deleted it (mine: None) while a colleague changed it (theirs: the fields they changed).
"""

from __future__ import annotations

import json
from typing import Any

from app.connection import now
from app.errors import UserError
from app.sync import messages as msg
from app.sync.checkout import origin
from app.sync.common import WHOLE
from resources.i18n import _

CHOICES = ("mine", "theirs")


def field_label(table: str, name: str) -> str:
    """A column as staff know it (the firm record's labels, else app.sync.messages), in the
    language in force."""
    from app.firm_record import FIELDS

    if name == WHOLE:
        return _(msg.WHOLE_RECORD)
    if table == "firms" and name in FIELDS:
        return _(FIELDS[name])
    return _(msg.FIELD_ZH.get(name, name))


def record_label(table: str, name: str | None, ident: str) -> str:
    """A record as a check-in stores it with a conflict: "<firm> · 联系人 3". The table word
    stays Chinese there (written once, read in either language); :func:`shown_record`
    translates it."""
    what = msg.TABLE_ZH.get(table, table)
    return f"{name} · {what} {ident}" if name else f"{what} {ident}"


def shown_record(table: str, record: str) -> str:
    """A stored record label (:func:`record_label`) with its table word in the language in
    force; the firm's name and the key are data and stay as they are."""
    word = msg.TABLE_ZH.get(table)
    if word is None:
        return record
    shown = _(word)
    if shown == word:
        return record
    if record.startswith(f"{word} "):
        return shown + record[len(word) :]
    # the word follows the firm's name; the key after it is ids or codes (rpartition: a
    # name that happens to hold " · 企业 " stays whole)
    name, sep, ident = record.rpartition(f" · {word} ")
    return f"{name} · {shown} {ident}" if sep else record


def masked(name: str, value: Any) -> Any:
    """A value as a list shows it: phone numbers and e-mail addresses masked."""
    from app.privacy import mask_text

    if isinstance(value, dict):  # a whole record: its fields, each as a list shows it
        return {k: masked(k, v) for k, v in value.items()}
    if name in msg.PERSONAL_FIELDS and isinstance(value, str):
        return mask_text(value)
    return value


def _row(r: Any) -> dict[str, Any]:
    def value(column: str) -> Any:
        raw = r[column]
        return masked(r["field"], json.loads(raw)) if raw is not None else None

    return {
        "id": r["conflict_id"],
        "table": r["tbl"],
        "record": shown_record(r["tbl"], r["record"]),
        "field": r["field"],
        "label": field_label(r["tbl"], r["field"]),
        "base": value("base"),
        "mine": value("mine"),
        "theirs": value("theirs"),
        "found_at": r["found_at"],
        "resolution": r["resolution"],
        "resolved_by": r["resolved_by"],
    }


def _require_copy(db: Any) -> None:
    """A working copy, or a database that change files were merged into (their conflicts
    wait there); anything else has no conflicts to show."""
    if origin(db) is not None:
        return
    if db.has_table("sync_conflicts") and db.scalar("SELECT count(*) FROM sync_conflicts"):
        return
    if db.scalar("SELECT count(*) FROM meta WHERE key LIKE 'sync.%'"):
        return  # checked in or applied before: no conflict waits
    raise UserError(_(msg.NO_CONFLICT_STORE).format(path=db.name))


def list_conflicts(db: Any, *, include_resolved: bool = True) -> list[dict[str, Any]]:
    _require_copy(db)
    where = "" if include_resolved else "WHERE resolution IS NULL "
    return [_row(r) for r in db.query(f"SELECT * FROM sync_conflicts {where}ORDER BY conflict_id")]


def resolve(db: Any, conflict_id: int, choice: str) -> dict[str, Any]:
    """Record a person's decision on one conflict; the next check-in writes it."""
    from app.people import current

    _require_copy(db)
    if choice not in CHOICES:
        raise UserError(_(msg.BAD_CHOICE))
    if db.readonly:
        raise UserError(_(msg.READ_ONLY_COPY).format(path=db.name))
    with db.write():
        found = db.execute(
            "SELECT * FROM sync_conflicts WHERE conflict_id = ?", (conflict_id,)
        ).fetchone()
        if found is None:
            raise UserError(_(msg.NO_CONFLICT).format(id=conflict_id))
        db.execute(
            "UPDATE sync_conflicts SET resolution = ?, resolved_by = ?, resolved_at = ? "
            "WHERE conflict_id = ?",
            (choice, current(db).name, now(), conflict_id),
        )
        row = db.execute(
            "SELECT * FROM sync_conflicts WHERE conflict_id = ?", (conflict_id,)
        ).fetchone()
    return _row(row)
