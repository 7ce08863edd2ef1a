"""The views of the main window, and how a new one is added.

Adding a view is one registration call at the bottom of this file::

    register(ViewSpec(
        key="shortlists",                       # stable id: settings, self-test, ``show_view()``
        title=QT_TRANSLATE_NOOP("views", "Shortlists & visits"),   # English source, translated
        icon="shortlists",                      # resources/icons/shortlists.svg (currentColor)
        factory="ui.views.shortlists.view:ShortlistsView",  # "module:Class", loaded on first visit
        order=50,                               # place in the navigation (and Ctrl+<n>)
    ))

The class takes ``(ctx: ui.context.AppContext, parent)`` and should derive from
:class:`ui.views.base.View` (activate / refresh / focus_search / can_print / print_view / busy).
Navigation order, the View menu, the Ctrl+1…Ctrl+9 shortcuts and the self-test pick it up from
the registry; nothing else needs editing. Then run ``make translations`` for the new strings.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication


@dataclass(frozen=True)
class ViewSpec:
    key: str
    title: str  # English source text in the "views" translation context
    icon: str
    factory: str | Callable  # "module:Class", or a callable (ctx, parent) -> QWidget
    order: int
    subtitle: str = ""  # one line under the title (same context)

    def translated_title(self) -> str:
        return QCoreApplication.translate("views", self.title)

    def translated_subtitle(self) -> str:
        return QCoreApplication.translate("views", self.subtitle) if self.subtitle else ""

    def create(self, ctx, parent=None):
        """Build the view (imports its module on first use, keeping start-up fast)."""
        factory = self.factory
        if isinstance(factory, str):
            module, _, name = factory.partition(":")
            factory = getattr(importlib.import_module(module), name)
        return factory(ctx, parent)


_registry: dict[str, ViewSpec] = {}


def register(spec: ViewSpec) -> None:
    """Add (or replace) a view in the navigation."""
    _registry[spec.key] = spec


def all_views() -> list[ViewSpec]:
    """The registered views in navigation order."""
    return sorted(_registry.values(), key=lambda s: (s.order, s.key))


def get(key: str) -> ViewSpec | None:
    return _registry.get(key)


register(
    ViewSpec(
        key="dashboard",
        title=QT_TRANSLATE_NOOP("views", "Overview"),
        subtitle=QT_TRANSLATE_NOOP(
            "views", "Plan targets, the outreach pipeline and the biggest chain gaps at a glance"
        ),
        icon="dashboard",
        factory="ui.views.dashboard:DashboardView",
        order=10,
    )
)
register(
    ViewSpec(
        key="catalog",
        title=QT_TRANSLATE_NOOP("views", "Industry catalog"),
        subtitle=QT_TRANSLATE_NOOP(
            "views", "Directions of the 2018–2025 plan and each direction's value chain"
        ),
        icon="catalog",
        factory="ui.views.catalog_view:CatalogView",
        order=20,
    )
)
register(
    ViewSpec(
        key="firms",
        title=QT_TRANSLATE_NOOP("views", "Firms"),
        subtitle=QT_TRANSLATE_NOOP(
            "views", "Search and filter every firm; check and correct its classification"
        ),
        icon="firms",
        factory="ui.views.firms:FirmsView",
        order=30,
    )
)
register(
    ViewSpec(
        key="candidates",
        title=QT_TRANSLATE_NOOP("views", "Recommendations"),
        subtitle=QT_TRANSLATE_NOOP(
            "views", "Candidates ranked by how well they fill Dongguan's chain gaps"
        ),
        icon="candidates",
        factory="ui.views.candidates:CandidatesView",
        order=40,
    )
)
register(
    ViewSpec(
        key="review",
        title=QT_TRANSLATE_NOOP("views", "To confirm"),
        subtitle=QT_TRANSLATE_NOOP(
            "views",
            "The classifier's least sure calls, by how much a correction would change the ranking",
        ),
        icon="check",
        factory="ui.views.review:ReviewView",
        order=45,
    )
)
register(
    ViewSpec(
        key="settings",
        title=QT_TRANSLATE_NOOP("views", "Settings"),
        subtitle=QT_TRANSLATE_NOOP("views", "Database, language, ranking weights and backups"),
        icon="settings",
        factory="ui.views.settings_view:SettingsView",
        order=90,
    )
)
register(
    ViewSpec(
        key="shortlists",
        title=QT_TRANSLATE_NOOP("views", "Shortlists & visits"),
        subtitle=QT_TRANSLATE_NOOP(
            "views", "Shortlists, outreach stages, contacts, visits and printed visit dossiers"
        ),
        icon="shortlists",
        factory="ui.views.shortlists.view:ShortlistsView",
        order=50,
    )
)
register(
    ViewSpec(
        key="projects",
        title=QT_TRANSLATE_NOOP("views", "Brought-in projects"),
        subtitle=QT_TRANSLATE_NOOP(
            "views", "Commitments against actuals, milestones and the per-mu appraisal"
        ),
        icon="projects",
        factory="ui.views.projects.view:ProjectsView",
        order=60,
    )
)
register(
    ViewSpec(
        key="deals",
        title=QT_TRANSLATE_NOOP("views", "Investment pipeline"),
        subtitle=QT_TRANSLATE_NOOP(
            "views", "Deals under negotiation by stage, pre-entry assessment, sites and reports"
        ),
        icon="deals",
        factory="ui.views.deals.view:DealsView",
        order=55,
    )
)
