"""The base class of a main-window view."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from ui import workers
from ui.context import AppContext
from ui.widgets.common import ViewHeader, spacing


class View(QWidget):
    """A page of the main window.

    Subclasses build their widgets in ``__init__`` (cheaply) and load data in :meth:`reload`,
    preferably in a worker. :meth:`activate` is called whenever the view is shown; data that
    changed while it was hidden is reloaded then (``stale``).
    """

    key = ""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, spec=None):
        super().__init__(parent)
        self.ctx = ctx
        self.spec = spec
        self.stale = True
        self._jobs: list[workers.JobHandle] = []
        self.root = QVBoxLayout(self)
        self.root.setContentsMargins(0, 0, 0, 0)
        self.root.setSpacing(0)
        self.header: ViewHeader | None = None
        ctx.data_changed.connect(self._on_data_changed)

    def make_header(self, title: str, subtitle: str = "") -> ViewHeader:
        self.header = ViewHeader(title, subtitle, self)
        self.root.addWidget(self.header)
        return self.header

    def make_registered_header(self) -> ViewHeader:
        """The header with the title and subtitle the view is registered under (``key``)."""
        from ui.views import get

        spec = get(self.key)
        assert spec is not None, self.key
        return self.make_header(spec.translated_title(), spec.translated_subtitle())

    def make_body(self) -> QVBoxLayout:
        """The column under the header that fills the rest of the view, its side margins
        those of the header's text, its items a spacing unit apart."""
        s = spacing(self)
        body = QWidget()
        lay = QVBoxLayout(body)
        lay.setContentsMargins(int(s * 1.8), s, int(s * 1.8), s)
        lay.setSpacing(s)
        self.root.addWidget(body, 1)
        return lay

    # -- lifecycle ----------------------------------------------------------------------------
    def activate(self) -> None:
        """The view has been brought to the front."""
        if self.stale:
            self.stale = False
            self.reload()

    def reload(self) -> None:
        """(Re)load everything the view shows."""

    def refresh(self) -> None:
        """F5: reload now."""
        self.stale = False
        self.reload()

    def depends_on(self) -> tuple[str, ...]:
        """Kinds of data change (ui.context) that make this view stale."""
        return ("all",)

    def _on_data_changed(self, kind: str) -> None:
        if kind == "all" or kind in self.depends_on():
            self.stale = True
            if self.isVisible():
                self.activate()

    # -- optional abilities -----------------------------------------------------------------
    def focus_search(self) -> bool:
        """Ctrl+F: put the cursor in the view's search box; False if it has none."""
        return False

    def can_print(self) -> bool:
        return False

    def print_view(self) -> None:
        """Ctrl+P: print what the view shows."""

    # -- background work ----------------------------------------------------------------------
    def track(self, handle: workers.JobHandle) -> workers.JobHandle:
        """Remember a job of this view (the self-test waits for them)."""
        self._jobs = [h for h in self._jobs if h.running]
        self._jobs.append(handle)
        return handle

    def busy(self) -> bool:
        """True while this view is still loading."""
        return any(h.running for h in self._jobs)
