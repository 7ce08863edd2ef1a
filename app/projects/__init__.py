"""Brought-in projects (项目履约): agreements, commitments against actuals, 亩均 appraisal.

- :mod:`app.projects.model` — dataclasses and database access (audited edits, the method setting)
- :mod:`app.projects.evaluation` — pure functions: statuses, projections, indicators, grades,
  rewards and penalties, "what would it take", alerts
- :mod:`app.projects.template` / :mod:`app.projects.importer` — the Excel template and its import
- :mod:`app.projects.demo` — demo projects for the demo database

The method and its defaults are documented in docs/projects-method.md.
"""
