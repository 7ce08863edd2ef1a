"""Field laptops: a working copy of part of the team database, taken on a visit and merged
back (issue #14, docs/field-sync.md).

- :mod:`app.sync.checkout` writes the copy (a normal ChainFill SQLite database plus its
  origin and the base of every row);
- :mod:`app.sync.checkin` merges it back, field by field against the base, in one
  transaction on the team database; conflicts wait in the copy;
- :mod:`app.sync.conflicts` lists and decides them;
- :mod:`app.sync.tables` says which tables travel and how; :mod:`app.sync.messages` holds
  every message, marked ``N_()`` and translated with ``_()`` where raised or shown.

Engine-agnostic: the team database may be PostgreSQL or SQLite; the copy is always SQLite.
"""
