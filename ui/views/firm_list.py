"""The part the firm-list views (企业库, 推荐) share: filtering the list and re-selecting a row."""

from __future__ import annotations

import dataclasses

from app.store.firms import FirmFilter
from ui.views.base import View


class FirmListView(View):
    """A view with a FilterBar over a FirmTableModel list and a FirmDetail panel.

    Subclasses create ``filters``, ``model``, ``table`` and ``detail``, then call
    :meth:`_connect_list`. How the row to re-select is remembered (``_remember_selection``,
    ``_row_changed``) stays with each subclass.
    """

    def fixed_filter(self) -> dict[str, object]:
        """Fields of :class:`FirmFilter` every row of the list meets, whatever the filter bar
        says (none by default)."""
        return {}

    def list_filter(self, flt: FirmFilter) -> FirmFilter:
        """The filter bar's filter with the view's fixed conditions."""
        return dataclasses.replace(flt, **self.fixed_filter())

    scroll_to_selection = False  # also scroll the re-selected row's first column into view

    def _connect_list(self) -> None:
        """Wire the filter bar, the list and the detail panel together."""
        self.filters.changed.connect(self._apply_filter)
        self.model.loaded.connect(self._loaded)
        self.model.load_failed.connect(self._load_failed)
        self.model.modelAboutToBeReset.connect(self._remember_selection)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.detail.changed.connect(lambda _fid: self.model.invalidate_rows())
        self._selected_id: int | None = None

    def _apply_filter(self, flt) -> None:
        self.filters.set_count(None, loading=True)
        self.model.set_filter(self.list_filter(flt))
        if self.model._pending is not None:
            self.track(self.model._pending)

    def _load_failed(self, error) -> None:
        """A filter the store refused (a direction no longer in the catalog …)."""
        from ui.messages import show_error

        self.filters.set_count(self.model.rowCount())
        show_error(self, error)

    def _loaded(self) -> None:
        """After a load: show the count, select the remembered firm (else the first row)."""
        self.filters.set_count(self.model.rowCount())
        row = self.model.row_for_id(self._selected_id) if self._selected_id else None
        if row is not None:
            self.table.selectRow(row)
            if self.scroll_to_selection:
                self.table.scrollTo(self.model.index(row, 0))
        elif self.model.rowCount():
            self.table.selectRow(0)
        else:
            self.detail.clear()
