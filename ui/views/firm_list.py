"""The part the firm-list views (企业库, 推荐) share: filtering the list and re-selecting a row."""

from __future__ import annotations

from ui.views.base import View


class FirmListView(View):
    """A view with a FilterBar over a FirmTableModel list and a FirmDetail panel.

    Subclasses create ``filters``, ``model``, ``table``, ``detail`` and ``_selected_id`` and
    connect ``filters.changed`` to :meth:`_apply_filter` and ``model.loaded`` to :meth:`_loaded`.
    How the row to re-select is remembered stays with each subclass.
    """

    extra_where = ""  # a fixed SQL condition every row of the list meets ("" = none)
    scroll_to_selection = False  # also scroll the re-selected row's first column into view

    def _apply_filter(self, flt) -> None:
        try:
            where, params = flt.sql(self.extra_where)
        except Exception as exc:
            from ui.messages import show_error

            show_error(self, exc)
            return
        self.filters.set_count(None, loading=True)
        self.model.set_filter(where, params)
        if self.model._pending is not None:
            self.track(self.model._pending)

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
