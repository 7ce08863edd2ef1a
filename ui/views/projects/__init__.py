"""项目履约: brought-in projects — commitments against actuals, milestones, the 亩均 appraisal.

Left: the portfolio (one row per project, a traffic light per commitment) with filters, and
the alerts. Right: the selected project — grade and score with "what would it take", the six
indicators against their benchmarks, committed-vs-actual over the years (QtCharts), the
milestone timeline, the yearly reports (editable) and the reward/penalty position.

Everything is computed by :mod:`app.projects.evaluation` in a worker; this module only shows it.

The package, one file per part: ``texts`` (English sources and the Chinese fallback),
``portfolio`` (loading, the table model and its lights), ``charts`` (indicator bars, the
timeline, the commitments chart), ``dialogs`` (report, milestone), ``page`` (one project)
and ``view`` (the view itself, registered in :mod:`ui.views`).
"""
