"""待确认: the review queue (app.review) — confirm or correct the classifier's least sure calls.

Several rows at once: Space or Enter confirms the model's call for the selected firms, A takes
each row's suggestion, N marks them outside the catalog, and the 改为… menu (also the context
menu) picks any direction. Rows stay in the list marked with what was done, so a batch can be
reviewed; after a batch a bar offers to retrain the classifier and then shows how often the old
and the new model agree with the staff's calls.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui import fmt, i18n, theme
from ui.context import CATALOG, FIRMS, SCORES
from ui.views.base import View
from ui.widgets.common import EmptyState, make_button, muted, spacing
from ui.widgets.firm_detail import FirmDetail

CLASSIFICATION = "classification"
COLUMNS = ("name", "call", "band", "industry", "reason", "suggestion", "impact", "status")
# Column widths in em; the firm name takes what is left (at least NAME_MIN). Below the sum
# (a 1024-pixel window) the other columns shrink in proportion, so nothing scrolls sideways.
WIDTHS = {
    "call": 12,
    "band": 6,
    "industry": 9,
    "reason": 5.5,
    "suggestion": 8,
    "impact": 5.5,
    "status": 7,
}
NAME_MIN = 11
NAME_MAX = 22
DETAIL_MIN_EM = 120  # the view's width from which the firm panel is shown  # beyond it, a wide window widens the other columns (less eliding)
HEADERS = {
    "name": QT_TRANSLATE_NOOP("ReviewModel", "Firm"),
    "call": QT_TRANSLATE_NOOP("ReviewModel", "Model's call"),
    "band": QT_TRANSLATE_NOOP("ReviewModel", "Certainty"),
    "industry": QT_TRANSLATE_NOOP("ReviewModel", "Industry label"),
    "reason": QT_TRANSLATE_NOOP("ReviewModel", "Why queued"),
    "suggestion": QT_TRANSLATE_NOOP("ReviewModel", "Suggestion"),
    "impact": QT_TRANSLATE_NOOP("ReviewModel", "Ranking impact"),
    "status": QT_TRANSLATE_NOOP("ReviewModel", "Done"),
}
BAND_COLOURS = {"high": theme.SUCCESS, "medium": theme.WARNING, "low": theme.DANGER}
REASONS = {
    "unsure": QT_TRANSLATE_NOOP("ReviewModel", "Model unsure"),
    "label": QT_TRANSLATE_NOOP("ReviewModel", "Label disagrees"),
    "retired": QT_TRANSLATE_NOOP("ReviewModel", "Direction retired"),
}


def _t(text: str) -> str:
    return QCoreApplication.translate("ReviewModel", text)


class ReviewModel(QAbstractTableModel):
    """The queue (at most a few hundred rows, in memory) and what was done to each row."""

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.rows: list[Any] = []  # app.review.QueueItem
        self.done: dict[int, str] = {}  # firm id -> what was done (shown in the last column)

    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.done = {}
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _t(HEADERS[COLUMNS[section]])
        return None

    def item(self, row: int) -> Any:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def call_name(self, direction: str, segment: str = "") -> str:
        if not direction:
            return QCoreApplication.translate("ReviewModel", "Outside the catalog")
        name = self.ctx.direction_name(direction)
        seg = self.ctx.segment_name(segment) if segment else ""
        return f"{name}·{seg}" if seg else name

    def mark(self, firm_id: int, text: str) -> None:
        self.done[firm_id] = text
        for r, it in enumerate(self.rows):
            if it.firm_id == firm_id:
                self.dataChanged.emit(self.index(r, 0), self.index(r, len(COLUMNS) - 1))

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        it = self.rows[index.row()]
        col = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if col == "name":
                return it.name
            if col == "call":
                return self.call_name(it.direction, it.segment)
            if col == "band":
                return fmt.certainty(it.confidence)
            if col == "industry":
                return it.industry or fmt.DASH
            if col == "reason":
                # the list separator of the language: 、 in Chinese, a comma in English
                sep = QCoreApplication.translate("ReviewModel", ", ")
                return sep.join(_t(REASONS[r]) for r in it.reasons)
            if col == "suggestion":
                return self.call_name(it.alternative)
            if col == "impact":
                return f"{it.impact:.1f}" if it.score is not None else fmt.DASH
            if col == "status":
                return self.done.get(it.firm_id, "")
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == "industry" and it.label_directions is not None:
                if not it.label_directions:
                    return QCoreApplication.translate(
                        "ReviewModel", "The label points outside the catalog"
                    )
                names = "、".join(self.ctx.direction_name(c) for c in it.label_directions)
                return QCoreApplication.translate("ReviewModel", "The label suggests: %1").replace(
                    "%1", names
                )
            if col == "impact":
                return QCoreApplication.translate(
                    "ReviewModel",
                    "Expected change of the score (points of 100) if the call is wrong and "
                    "is corrected to the suggestion; — for firms that are not candidates",
                )
            if col == "name":
                return "\n".join(
                    x
                    for x in (
                        it.name,
                        it.city,
                        QCoreApplication.translate("ReviewModel", "Firm no. %1").replace(
                            "%1", str(it.firm_id)
                        ),
                    )
                    if x
                )
            if col == "reason":
                tips = []
                if "retired" in it.reasons:
                    code = it.retired_direction
                    tips.append(
                        QCoreApplication.translate(
                            "ReviewModel",
                            "The firm was in %1, a direction retired from the catalog; the "
                            "model's call is its new place until someone confirms or corrects it",
                        ).replace("%1", it.names.get(code, code))
                    )
                if "label" in it.reasons:
                    tips.append(
                        QCoreApplication.translate(
                            "ReviewModel",
                            "The model's call disagrees with the firm's industry label",
                        )
                    )
                return "\n".join(tips) or None
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            if it.firm_id in self.done:
                return QBrush(QColor(theme.TEXT_FAINT))
            if col == "band":
                return QBrush(QColor(BAND_COLOURS[it.band]))
            if col == "status":
                return QBrush(QColor(theme.SUCCESS))
        if role == Qt.ItemDataRole.TextAlignmentRole and col == "impact":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class ReviewTable(QTableView):
    """The queue's table: Space/Enter confirm, A takes the suggestion, N marks none."""

    def __init__(self, view: ReviewView):
        super().__init__()
        self._view = view
        # A Chinese input method would swallow A and N as the start of a word.
        self.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, False)

    def keyPressEvent(self, event) -> None:
        key = event.key()
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if mods == Qt.KeyboardModifier.NoModifier:
            if key in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._view.confirm_selected()
                return
            if key == Qt.Key.Key_A:
                self._view.take_suggestions()
                return
            if key == Qt.Key.Key_N:
                self._view.set_direction("none")
                return
        super().keyPressEvent(event)


class ReviewView(View):
    key = "review"

    def __init__(self, ctx, parent: QWidget | None = None, spec=None):
        super().__init__(ctx, parent, spec)
        header = self.make_registered_header()
        self.refresh_btn = header.add_button(self.tr("Refresh"), "refresh", on_click=self.refresh)
        s = spacing(self)
        lay = self.make_body()

        bar = QHBoxLayout()
        bar.setSpacing(s)
        self.confirm_btn = make_button(self.tr("Confirm call (Space)"), "check", primary=True)
        self.confirm_btn.clicked.connect(self.confirm_selected)
        self.suggest_btn = make_button(self.tr("Take suggestion (A)"))
        self.suggest_btn.clicked.connect(self.take_suggestions)
        self.none_btn = make_button(self.tr("Outside the catalog (N)"))
        self.none_btn.clicked.connect(lambda: self.set_direction("none"))
        self.other_btn = make_button(self.tr("Change to…"))
        self.other_menu = QMenu(self)
        self.other_menu.aboutToShow.connect(lambda: self._fill_directions(self.other_menu))
        self.other_btn.setMenu(self.other_menu)
        for w in (self.confirm_btn, self.suggest_btn, self.none_btn, self.other_btn):
            bar.addWidget(w)
        bar.addStretch(1)
        self.limit = QSpinBox()
        self.limit.setRange(10, 500)
        self.limit.setSingleStep(10)
        self.limit.setValue(50)
        self.limit.setPrefix(self.tr("Show up to "))
        self.limit.setSuffix(self.tr(" firms"))
        self.limit.setMaximumWidth(self.fontMetrics().horizontalAdvance("中") * 10)
        self.limit.editingFinished.connect(self.refresh)
        bar.addWidget(self.limit)
        lay.addLayout(bar)

        self.retrain_bar = QFrame()
        self.retrain_bar.setObjectName("card")
        rb = QHBoxLayout(self.retrain_bar)
        rb.setContentsMargins(s, int(s * 0.6), s, int(s * 0.6))
        self.retrain_text = QLabel()
        self.retrain_text.setWordWrap(True)
        rb.addWidget(self.retrain_text, 1)
        self.retrain_btn = make_button(self.tr("Retrain"), "model", primary=True)
        self.retrain_btn.clicked.connect(self.retrain)
        rb.addWidget(self.retrain_btn)
        self.retrain_bar.hide()
        lay.addWidget(self.retrain_bar)

        self.model = ReviewModel(ctx, self)
        self.table = ReviewTable(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(int(self.fontMetrics().height() * 1.9))
        hh = self.table.horizontalHeader()
        hh.setHighlightSections(False)
        em = self.fontMetrics().horizontalAdvance("中")
        hh.setMinimumSectionSize(int(em * 2.5))
        self._em = em
        self._fit_columns()
        self.table.viewport().installEventFilter(self)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_current())
        # On a wide screen the firm's details (its text, the words behind the call) sit on the
        # right; below DETAIL_MIN_EM the table has the width to itself.
        self.detail = FirmDetail(ctx)
        self.detail.changed.connect(self._edited_in_panel)
        self.detail.hide()
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(self.table, 1)
        self.empty = EmptyState(
            self.tr(
                "Nothing to confirm: every classified firm is either confirmed, or the model "
                "is sure and agrees with its industry label."
            )
        )
        self.empty.hide()
        ll.addWidget(self.empty, 1)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.detail)
        em = self.fontMetrics().horizontalAdvance("中")
        self.splitter.setSizes([em * 90, em * 36])
        lay.addWidget(self.splitter, 1)

        self.hint = muted(
            self.tr(
                "Select one or several rows (Shift/Ctrl). Space or Enter confirms the model's "
                "call, A takes the suggestion, N marks outside the catalog; right-click or "
                "“Change to…” picks another direction."
            )
        )
        self.hint.setWordWrap(True)
        lay.addWidget(self.hint)

        self.confirmed = 0  # this session, since the last retraining
        self.corrected = 0
        self._update_buttons()

    def _fit_columns(self) -> None:
        em = self._em
        avail = self.table.viewport().width()
        fixed = sum(WIDTHS.values()) * em
        if avail <= 0:
            scale = 1.0
        elif avail < fixed + NAME_MIN * em:
            scale = max(0.5, (avail - NAME_MIN * em) / fixed)
        else:
            scale = min(1.8, max(1.0, (avail - NAME_MAX * em) / fixed))
        hh = self.table.horizontalHeader()
        used = 0
        for i, c in enumerate(COLUMNS):
            if c in WIDTHS:
                w = int(WIDTHS[c] * em * scale)
                hh.resizeSection(i, w)
                used += w
        hh.resizeSection(0, max(int(NAME_MIN * em * scale), avail - used))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        wide = self.width() >= DETAIL_MIN_EM * self._em
        if wide != self.detail.isVisible():
            self.detail.setVisible(wide)
            self._show_current()

    def _show_current(self) -> None:
        if not self.detail.isVisible():
            return
        it = self.model.item(self.table.currentIndex().row())
        fid = it.firm_id if it is not None else None
        if fid != self.detail.firm_id:
            self.detail.set_firm(fid)

    def _edited_in_panel(self, firm_id: int) -> None:
        self.model.mark(firm_id, self.tr("Edited"))

    def eventFilter(self, obj, event) -> bool:
        if obj is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_columns()
        return super().eventFilter(obj, event)

    # -- data ---------------------------------------------------------------------------------
    def depends_on(self) -> tuple[str, ...]:
        # Not "classification" or scores: this view's own batches announce those, and its
        # rows stay (marked) until the person refreshes.
        return (FIRMS, CATALOG)

    def reload(self) -> None:
        limit = self.limit.value()

        def job(db, cancel):
            from app import review

            return review.queue(db, limit)

        self.track(self.ctx.run(job, on_result=self._loaded, announce=False, receiver=self))

    def _loaded(self, items: list[Any]) -> None:
        self.model.set_rows(items)
        self.table.setVisible(bool(items))
        self.empty.setVisible(not items)
        if items:
            self.table.selectRow(0)
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        self._update_buttons()

    def busy(self) -> bool:
        return super().busy() or self.detail.busy()

    def describe(self) -> str:
        return self.tr("%1 firms to confirm").replace("%1", str(self.model.rowCount()))

    # -- actions ------------------------------------------------------------------------------
    def selected_rows(self) -> list[int]:
        return sorted({i.row() for i in self.table.selectionModel().selectedRows()})

    def _update_buttons(self) -> None:
        on = bool(self.model.rows) and bool(self.selected_rows())
        for w in (self.confirm_btn, self.suggest_btn, self.none_btn, self.other_btn):
            w.setEnabled(on)

    def confirm_selected(self) -> None:
        self._apply([(self.model.item(r).firm_id, None) for r in self.selected_rows()])

    def take_suggestions(self) -> None:
        self._apply(
            [
                (it.firm_id, it.alternative or "none")
                for it in (self.model.item(r) for r in self.selected_rows())
            ]
        )

    def set_direction(self, code: str) -> None:
        self._apply([(self.model.item(r).firm_id, code) for r in self.selected_rows()])

    def _apply(self, pairs: list[tuple[int, str | None]]) -> None:
        if not pairs:
            return
        last = max(self.selected_rows(), default=-1)

        def job(db, cancel):
            from app import review

            return review.confirm_many(db, pairs, cancel)

        self.track(
            self.ctx.run(
                job,
                write=True,
                title=self.tr("Saving the classification"),
                on_result=lambda records: self._applied(records, last),
                receiver=self,
            )
        )

    def _applied(self, records: list[dict[str, Any]], last_row: int) -> None:
        for rec in records:
            if rec["kind"] == "confirm":
                self.confirmed += 1
                text = self.tr("Confirmed")
            else:
                self.corrected += 1
                name = self.model.call_name(rec["direction"], rec["segment"])
                text = self.tr("→ %1").replace("%1", name)
            self.model.mark(rec["firm_id"], text)
        # on to the next row nobody has looked at
        nxt = next(
            (
                r
                for r in range(last_row + 1, self.model.rowCount())
                if self.model.item(r).firm_id not in self.model.done
            ),
            None,
        )
        if nxt is not None:
            self.table.selectRow(nxt)
        self.retrain_text.setText(
            self.tr(
                "%1 calls confirmed and %2 corrected in this session. Retrain the classifier "
                "so that it learns from them?"
            )
            .replace("%1", str(self.confirmed))
            .replace("%2", str(self.corrected))
        )
        self.retrain_btn.show()
        self.retrain_btn.setEnabled(True)
        self.retrain_bar.show()
        self.ctx.notify(CLASSIFICATION)
        win = self.window()
        if hasattr(win, "recompute"):
            win.recompute()  # the confirmed firms' gap fit and scores

    def _fill_directions(self, menu: QMenu) -> None:
        menu.clear()
        for d in self.ctx.catalog().directions:
            menu.addAction(f"{d.name}（{d.code}）").triggered.connect(
                lambda _=False, c=d.code: self.set_direction(c)
            )
        menu.addSeparator()
        act = menu.addAction(self.tr("Outside the catalog"))
        act.setShortcut(QKeySequence("N"))
        act.triggered.connect(lambda: self.set_direction("none"))

    def _context_menu(self, pos) -> None:
        if not self.selected_rows():
            return
        menu = QMenu(self)
        a = menu.addAction(self.tr("Confirm the model's call"))
        a.setShortcut(QKeySequence("Space"))
        a.triggered.connect(self.confirm_selected)
        b = menu.addAction(self.tr("Take the suggestion"))
        b.setShortcut(QKeySequence("A"))
        b.triggered.connect(self.take_suggestions)
        sub = menu.addMenu(self.tr("Change to"))
        self._fill_directions(sub)
        menu.popup(self.table.viewport().mapToGlobal(pos))

    # -- retraining ---------------------------------------------------------------------------
    def retrain(self) -> None:
        self.retrain_btn.setEnabled(False)
        self.retrain_text.setText(self.tr("Retraining the classifier…"))

        def job(db, cancel):
            from app import review

            return review.retrain(db, cancel)

        self.track(
            self.ctx.run(
                job,
                write=True,
                title=self.tr("Retraining the classifier"),
                on_result=self._retrained,
                on_error=self._retrain_failed,
                receiver=self,
            )
        )

    def _retrained(self, result: dict[str, Any]) -> None:
        self.confirmed = self.corrected = 0
        gain = result.get("corrections")
        if gain:
            text = (
                self.tr(
                    "Retrained. Of the %1 firms staff have confirmed or corrected, the old "
                    "model agreed with %2, the new one with %3 (it has seen them, so this is "
                    "an upper bound)."
                )
                .replace("%1", str(gain["count"]))
                .replace("%2", fmt.percent(gain["before"]))
                .replace("%3", fmt.percent(gain["after"]))
            )
        else:
            text = self.tr("Retrained.")
        moved = result.get("moved") or 0
        if moved:
            where = "、".join(
                self.tr("%1: %2").replace("%1", self.model.call_name(d)).replace("%2", str(n))
                for d, n in result.get("moved_to") or []
            )
            text += ("" if i18n.is_chinese() else " ") + self.tr(
                "%1 unconfirmed firms changed direction (mostly %2): if a correction was "
                "wrong, similar firms followed it."
            ).replace("%1", str(moved)).replace("%2", where)
        self.retrain_text.setText(text)
        self.retrain_btn.hide()
        self.ctx.notify(SCORES)
        self.ctx.notify(CLASSIFICATION)
        self.refresh()

    def _retrain_failed(self, error) -> None:
        from ui import messages

        self.retrain_btn.setEnabled(True)
        self.retrain_text.setText(self.tr("Retraining failed."))
        messages.show_error(self, error)
