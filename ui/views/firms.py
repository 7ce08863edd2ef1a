"""企业库: every firm, searched as you type and filtered in SQL, with a detail panel."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QSplitter,
    QTableView,
    QWidget,
)

from ui.context import CATALOG, FIRMS, SCORES
from ui.models.firm_table import FirmTableModel
from ui.views.firm_list import FirmListView
from ui.widgets.filters import FilterBar
from ui.widgets.firm_detail import FirmDetail
from ui.widgets.tables import FirmTableView, row_list


def setup_table(view: QTableView) -> None:
    """Settings every big firm table shares: a row list with fixed row height, sortable and
    movable columns, scrolled by pixel."""
    row_list(view)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    vh = view.verticalHeader()
    vh.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # uniform rows: cheap at 1,000,000
    vh.setDefaultSectionSize(int(view.fontMetrics().height() * 1.9))
    hh = view.horizontalHeader()
    hh.setHighlightSections(False)
    hh.setSortIndicatorShown(True)
    hh.setSectionsMovable(True)
    hh.setStretchLastSection(False)
    view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    view.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)


def bind(view: QTableView, model: FirmTableModel, sortable: bool = True) -> None:
    """Attach a firm model to a table: sort indicator from the model, widths from the font."""
    view.setModel(model)
    size_columns(view, model)
    hh = view.horizontalHeader()
    # The indicator first: enabling sorting sorts by whatever it shows.
    hh.setSortIndicator(model.sort_column(), model.sort_order())
    view.setSortingEnabled(sortable)
    hh.setSortIndicatorShown(sortable)


def size_columns(view: QTableView, model: FirmTableModel) -> None:
    """Column widths from the font (no sampling of a million rows)."""
    em = view.fontMetrics().horizontalAdvance("中")
    widths = {
        "rank": 3,
        "name": 15,
        "short_name": 7,
        "city": 5,
        "district": 5,
        "direction": 8,
        "segment": 10,
        "confidence": 5,
        "score": 4.5,
        "gap_fit": 5,
        "capability": 5,
        "propensity": 5,
        "profile": 8.5,  # 小巨人·以商引商 (#16)
        "registered_capital": 7,
        "employees": 5,
        "revenue": 7,
        "founded": 8,
    }
    fm = view.horizontalHeader().fontMetrics()
    for i, col in enumerate(model.columns):
        # Never narrower than the header and its sort arrow (补链契合度 was cut to 卜链契合度).
        title = str(model.headerData(i, Qt.Orientation.Horizontal) or "")
        head = fm.horizontalAdvance(title) + int(em * 2.2)
        view.setColumnWidth(i, max(int(em * widths.get(col.key, 7)) + em, head))
    if hasattr(view, "fill_column"):
        keys = [c.key for c in model.columns]
        if "name" in keys:
            view.fill_column = keys.index("name")
            view.fill_min = view.columnWidth(view.fill_column)
            view.fill_width()


class FirmsView(FirmListView):
    key = "firms"

    def __init__(self, ctx, parent: QWidget | None = None, spec=None):
        super().__init__(ctx, parent, spec)
        header = self.make_registered_header()
        self.import_btn = header.add_button(
            self.tr("Import firms…"),
            "import",
            primary=True,
            on_click=lambda: self.window().open_import(),
        )

        lay = self.make_body()
        self.filters = FilterBar(ctx)
        lay.addWidget(self.filters)
        # Firms on a public list (专精特新, 小巨人 …; #16), or on any: right-aligned under the bar.
        from PySide6.QtWidgets import QHBoxLayout

        from ui.widgets.targeting import FlagFilter

        self.flag_filter = FlagFilter(ctx)
        self.flag_filter.currentIndexChanged.connect(
            lambda _i: self._apply_filter(self.filters.value())
        )
        flag_row = QHBoxLayout()
        flag_row.addStretch(1)
        flag_row.addWidget(self.flag_filter)
        lay.addLayout(flag_row)

        self.model = FirmTableModel(ctx, parent=self)
        self.table = FirmTableView()
        setup_table(self.table)
        bind(self.table, self.model)
        self.detail = FirmDetail(ctx)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        lay.addWidget(self.splitter, 1)

        self._connect_list()
        self.setTabOrder(self.filters.reset_btn, self.table)
        self.setTabOrder(self.table, self.detail.tabs)
        self._restore_splitter()

    def depends_on(self) -> tuple[str, ...]:
        return (FIRMS, SCORES, CATALOG)

    # -- loading --------------------------------------------------------------------------------
    def fixed_filter(self) -> dict[str, object]:
        flag = getattr(self, "flag_filter", None)
        return {"on_list": flag.value() if flag is not None else None}

    def reload(self) -> None:
        self.filters.fill_directions()
        self.track(self.filters.load_places())
        self.flag_filter.load()
        self._apply_filter(self.filters.value())

    def _remember_selection(self) -> None:
        self._selected_id = self.detail.firm_id

    def _row_changed(self, current, _previous) -> None:
        fid = self.model.firm_id(current.row()) if current.isValid() else None
        if fid != self.detail.firm_id:
            self.detail.set_firm(fid)

    def busy(self) -> bool:
        return super().busy() or self.detail.busy()

    # -- abilities ------------------------------------------------------------------------------
    def focus_search(self) -> bool:
        self.filters.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filters.search.selectAll()
        return True

    def show_filter(self, **values) -> None:
        """Open with a given filter (from the catalog or dashboard)."""
        self.stale = False
        self.filters.set_value(**values)

    def describe(self) -> str:
        return self.tr("%1 firms listed").replace("%1", f"{self.model.rowCount():,}")

    def _restore_splitter(self) -> None:
        from PySide6.QtCore import QByteArray

        state = self.ctx.settings.splitters.get("firms")
        if state:
            self.splitter.restoreState(QByteArray.fromBase64(state.encode()))
        else:
            em = self.fontMetrics().horizontalAdvance("中")
            self.splitter.setSizes([em * 60, em * 34])

    def save_state(self, settings) -> None:
        settings.splitters["firms"] = bytes(self.splitter.saveState().toBase64()).decode()
