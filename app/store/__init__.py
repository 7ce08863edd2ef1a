"""The store: the queries the desktop app needs, by what they store.

``ui/`` speaks no SQL (``tests/test_ui_no_sql.py`` checks): it asks these modules for rows
and gets plain Python values — numbers, tuples, dicts, dataclasses — never a cursor.

- :mod:`app.store.firms` — firm counts and places, one firm's row, the filtered and sorted
  firm lists of the tables (which sort keys have an index, which relation has which columns);
- :mod:`app.store.scores` — classifications and scores: candidate and segment counts, who
  confirmed a firm's direction;
- :mod:`app.store.outreach` — shortlists;
- :mod:`app.store.meta` — facts about the database file itself.
"""
