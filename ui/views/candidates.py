"""推荐: candidates ranked by score, with the explanation and adjustable weights."""

from __future__ import annotations

import dataclasses
import html
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QSplitter, QVBoxLayout, QWidget

from ui import fmt
from ui.context import CATALOG, FIRMS, SCORES
from ui.models.firm_table import FirmTableModel
from ui.views.firm_list import FirmListView
from ui.views.firms import bind, setup_table
from ui.widgets.common import Card, spacing
from ui.widgets.filters import FilterBar
from ui.widgets.firm_detail import FirmDetail
from ui.widgets.tables import FirmTableView
from ui.widgets.targeting import FlagFilter, StrategyChooser
from ui.widgets.weights import WeightsEditor

CANDIDATE_COLUMNS = (
    "rank",
    "name",
    "profile",
    "city",
    "direction",
    "segment",
    "score",
    "gap_fit",
    "capability",
    "propensity",
)


class CandidatesView(FirmListView):
    key = "candidates"
    scroll_to_selection = True

    def fixed_filter(self) -> dict[str, object]:
        """The whole list: scored firms, by default only those in a catalog direction (banks
        and developers have none)."""
        only = getattr(self, "catalog_only", None)
        flag = getattr(self, "flag_filter", None)
        return {
            "scored_only": True,
            "catalog_only": only is None or only.isChecked(),
            "on_list": flag.value() if flag is not None else None,
        }

    def __init__(self, ctx, parent: QWidget | None = None, spec=None):
        super().__init__(ctx, parent, spec)
        header = self.make_registered_header()
        self.print_btn = header.add_button(
            self.tr("Print list…"), "print", on_click=self.print_view
        )
        s = spacing(self)
        lay = self.make_body()

        from app.targeting import regions

        self.filters = FilterBar(
            ctx,
            cities=tuple(regions.get(ctx.db)),
            show_confirmed=False,
            # The score already weighs each gap by the classifier's probability.
            show_min_confidence=False,
            placeholder=self.tr("Search candidates… (Ctrl+F)"),
        )
        self.model = FirmTableModel(ctx, CANDIDATE_COLUMNS, self)
        self.table = FirmTableView()
        setup_table(self.table)
        bind(self.table, self.model)
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.setSpacing(s)
        ll.addWidget(self.filters)
        # Firms outside the catalog (banks, developers …) fill no gap: hidden by default,
        # one click away.
        self.catalog_only = QCheckBox(self.tr("Only firms in the catalog's directions"))
        self.catalog_only.setChecked(True)
        self.catalog_only.toggled.connect(lambda _on: self._apply_filter(self.filters.value()))
        # Firms on a public list (专精特新, 小巨人 …), or on any.
        self.flag_filter = FlagFilter(ctx)
        self.flag_filter.currentIndexChanged.connect(
            lambda _i: self._apply_filter(self.filters.value())
        )
        only_row = QHBoxLayout()
        only_row.addWidget(self.catalog_only, 1)
        only_row.addWidget(self.flag_filter)
        ll.addLayout(only_row)
        ll.addWidget(self.table, 1)

        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.setSpacing(s)
        self.weights_card = Card(self.tr("Ranking weights"))
        self.weights = WeightsEditor(ctx)
        self.strategy = StrategyChooser(ctx)
        self.strategy.applied.connect(self.weights.load)
        self.weights_card.head_actions.addWidget(self.strategy)  # beside the title
        self.weights_card.body.addWidget(self.weights)
        rl.addWidget(self.weights_card)
        self.detail = FirmDetail(ctx, show_score_first=True)
        rl.addWidget(self.detail, 1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setChildrenCollapsible(False)
        em = self.fontMetrics().horizontalAdvance("中")
        self.splitter.setSizes([em * 60, em * 34])
        lay.addWidget(self.splitter, 1)

        self._connect_list()
        # Left column first (filters, then the list), then the weights and the details.
        self.setTabOrder(self.filters.reset_btn, self.table)
        self.setTabOrder(self.table, self.weights.sliders["gap_fit"])
        self.setTabOrder(self.weights.reset_btn, self.detail.tabs)
        state = ctx.settings.splitters.get("candidates")
        if state:
            from PySide6.QtCore import QByteArray

            self.splitter.restoreState(QByteArray.fromBase64(state.encode()))

    def depends_on(self) -> tuple[str, ...]:
        return (FIRMS, SCORES, CATALOG, "classification")

    def _apply_filter(self, flt) -> None:
        from ui.widgets.filters import FirmFilter

        # 排名 is the firm's rank in the whole list, also within a search or a list filter.
        self.model.rank_base = dataclasses.replace(self.list_filter(FirmFilter()), on_list=None)
        super()._apply_filter(flt)

    def reload(self) -> None:
        from app.targeting import regions

        # The candidate regions may have changed in 设置 since the bar was built.
        self.filters._fixed_cities = tuple(regions.get(self.ctx.db))
        self.filters.fill_directions()
        self.track(self.filters.load_places())
        self.weights.load()
        self.strategy.load()
        self.flag_filter.load()
        self._apply_filter(self.filters.value())

    def _remember_selection(self) -> None:
        if self._selected_id is None:
            self._selected_id = self.detail.firm_id

    def _row_changed(self, current, _previous) -> None:
        fid = self.model.firm_id(current.row()) if current.isValid() else None
        self._selected_id = fid
        if fid != self.detail.firm_id:
            self.detail.set_firm(fid)

    def show_filter(self, direction=None, segment=None, firm=None) -> None:
        """Show the candidates of a direction/segment (from the catalog or the dashboard)."""
        self.stale = False
        if firm is not None:
            self._selected_id = firm
        values = {"direction": direction, "segment": segment}
        self.filters.set_value(**values)

    def focus_search(self) -> bool:
        self.filters.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filters.search.selectAll()
        return True

    def busy(self) -> bool:
        return super().busy() or self.weights.busy() or self.strategy.busy() or self.detail.busy()

    def describe(self) -> str:
        return self.tr("%1 candidates ranked").replace("%1", f"{self.model.rowCount():,}")

    def save_state(self, settings) -> None:
        settings.splitters["candidates"] = bytes(self.splitter.saveState().toBase64()).decode()

    # -- printing -----------------------------------------------------------------------------
    def can_print(self) -> bool:
        return True

    def print_view(self) -> None:
        from ui.print_support import print_html

        print_html(self, self.list_html(100), self.tr("Recommended candidates"), landscape=True)

    def list_html(self, limit: int) -> str:
        """The first ``limit`` rows of the current list as a printable HTML table."""
        cols = list(self.model.columns)
        head = "".join(f"<th>{html.escape(self.model.tr_column(c))}</th>" for c in cols)
        rows = []
        for r in range(min(limit, self.model.rowCount())):
            cells = []
            for j, _c in enumerate(cols):
                v = self.model.data(self.model.index(r, j)) or ""
                cells.append(f"<td>{html.escape(str(v))}</td>")
            rows.append("<tr>" + "".join(cells) + "</tr>")
        w = self.weights.values()
        total = sum(w.values()) or 1
        weights = "，".join(
            f"{self.weights.spins[n].accessibleName()} {v / total * 100:.0f}%" for n, v in w.items()
        )
        flt = self.filters.count.text()
        return (
            "<html><body style='font-size:9pt'>"
            f"<h2>{html.escape(self.tr('Recommended candidates'))}</h2>"
            f"<p>{html.escape(fmt.day(date.today()))}　{html.escape(flt)}　"
            f"{html.escape(self.tr('Weights: %1').replace('%1', weights))}</p>"
            "<table border='1' cellspacing='0' cellpadding='3' width='100%'>"
            f"<tr>{head}</tr>{''.join(rows)}</table></body></html>"
        )
