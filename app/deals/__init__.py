"""The investment pipeline (招商项目): deals under negotiation, sites, targets and reports.

- :mod:`app.deals.schema` — the SQL of the tables
- :mod:`app.deals.model` — stages, types, amounts, deals with their history, hand-offs, signing
- :mod:`app.deals.sites` — the register of sites (载体) and matching a deal to them
- :mod:`app.deals.report` — targets and the period report (JSON, tables, XLSX)
- :mod:`app.deals.assess` — the pre-entry assessment sheet (data and HTML)
- :mod:`app.deals.demo` — a realistic pipeline for the demo database
"""
