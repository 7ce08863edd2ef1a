"""The filter bar over a firm table: search-as-you-type, city, district, direction, segment,
score, classification confidence."""

from __future__ import annotations

import itertools

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.store import firms as store_firms
from app.store.firms import FirmFilter
from ui import icons, theme
from ui.widgets.common import spacing

SEARCH_DEBOUNCE_MS = 220
ALL = None  # "no restriction" in a combo's data
NONE = ""  # direction "none" (outside every catalog direction)


class FilterBar(QWidget):
    """Emits ``changed`` (debounced while typing) with the current :class:`FirmFilter`."""

    changed = Signal(object)

    def __init__(
        self,
        ctx,
        parent: QWidget | None = None,
        *,
        cities: tuple[str, ...] | None = None,
        show_confirmed: bool = True,
        show_min_score: bool = True,
        show_min_confidence: bool = True,
        placeholder: str = "",
    ):
        super().__init__(parent)
        self.ctx = ctx
        self._fixed_cities = cities
        self._loading = False
        outer = QVBoxLayout(self)
        s = spacing(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(int(s * 0.6))
        top = QHBoxLayout()
        top.setSpacing(int(s * 0.8))
        lay = QHBoxLayout()
        lay.setSpacing(int(s * 0.8))
        outer.addLayout(top)
        outer.addLayout(lay)
        em = self.fontMetrics().horizontalAdvance("中")

        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(
            placeholder or self.tr("Search name, short name, business… (Ctrl+F)")
        )
        self.search.addAction(icons.icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.search.setMinimumWidth(em * 12)
        self.search.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        top.addWidget(self.search, 1)
        self.count = QLabel()
        self.count.setObjectName("muted")
        self.count.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.count.setMinimumWidth(self.fontMetrics().horizontalAdvance("1,000,000 firms") + s)
        top.addWidget(self.count)
        self.reset_btn = QPushButton(self.tr("Reset"))
        self.reset_btn.setToolTip(self.tr("Clear the search and every filter"))
        top.addWidget(self.reset_btn)

        # Wide enough for 全部城市 / 全部产业方向 and the arrow: a squeezed box read "全部:", and
        # at 7.5 em the arrow still covered 市. The segment box gives the half em each: its
        # 全部环节 has room to spare, so the row's minimum (the 1024-px budget) is unchanged.
        self.city = self._combo(em * 8)
        self.district = self._combo(em * 8)
        self.direction = self._combo(em * 9.5)
        self.segment = self._combo(em * 8)
        lay.addWidget(self.city, 2)
        lay.addWidget(self.district, 2)
        lay.addWidget(self.direction, 3)
        lay.addWidget(self.segment, 4)

        self.min_score = QSpinBox()
        self.min_score.setRange(0, 100)
        self.min_score.setSingleStep(5)
        self.min_score.setPrefix(self.tr("Score ≥ "))
        self.min_score.setSpecialValueText(self.tr("Any score"))
        self.min_score.setVisible(show_min_score)
        self.min_score.setAccelerated(True)
        lay.addWidget(self.min_score, 1)

        # Low-probability calls are the classifier's weak spot on real text: let staff hide them.
        self.min_confidence = QSpinBox()
        self.min_confidence.setRange(0, 100)
        self.min_confidence.setSingleStep(10)
        self.min_confidence.setPrefix(self.tr("Confidence ≥ "))
        self.min_confidence.setSuffix("%")
        self.min_confidence.setSpecialValueText(self.tr("Any confidence"))
        self.min_confidence.setToolTip(
            self.tr("Hide firms whose classification the model is less sure of")
        )
        self.min_confidence.setAccelerated(True)
        self.min_confidence.setVisible(show_min_confidence)
        lay.addWidget(self.min_confidence, 1)

        self.confirmed = QCheckBox(self.tr("Confirmed only"))
        self.confirmed.setVisible(show_confirmed)
        lay.addWidget(self.confirmed)
        # Width budget: when the bar is narrow the score and confidence filters move to a
        # row of their own, so the place and direction boxes keep their text readable.
        self._row, self._wrap = lay, QHBoxLayout()
        self._wrap.setSpacing(int(s * 0.8))
        outer.addLayout(self._wrap)
        self._movable = [self.min_score, self.min_confidence, self.confirmed]
        self._wrapped = False

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DEBOUNCE_MS)
        self._timer.timeout.connect(self._emit)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.search.returnPressed.connect(self._emit)
        self.city.currentIndexChanged.connect(self._city_changed)
        self.district.currentIndexChanged.connect(self._emit)
        self.direction.currentIndexChanged.connect(self._direction_changed)
        self.segment.currentIndexChanged.connect(self._emit)
        self.min_score.valueChanged.connect(lambda _v: self._timer.start())
        self.min_confidence.valueChanged.connect(lambda _v: self._timer.start())
        self.confirmed.toggled.connect(self._emit)
        self.reset_btn.clicked.connect(self.reset)
        self.fill_directions()
        self._fill_cities([])
        self._fill_districts([])
        # Tab goes left to right, top to bottom: search first, the reset button last.
        chain = [
            self.search,
            self.city,
            self.district,
            self.direction,
            self.segment,
            self.min_score,
            self.min_confidence,
            self.confirmed,
            self.reset_btn,
        ]
        for a, b in itertools.pairwise(chain):
            QWidget.setTabOrder(a, b)

    def _combo(self, min_width: float) -> QComboBox:
        c = QComboBox()
        c.setMinimumWidth(int(min_width))
        c.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        c.setMaxVisibleItems(24)
        return c

    # -- filling the combos ---------------------------------------------------------------------
    def load_places(self) -> None:
        """Fill the city list from the database (in a worker: a GROUP BY over every firm)."""

        def job(db, cancel):
            return store_firms.cities(db)

        return self.ctx.run(job, announce=False, on_result=self._fill_cities)

    def _fill_cities(self, rows) -> None:
        current = self.city.currentData()
        self._loading = True
        self.city.clear()
        self.city.addItem(self.tr("All cities"), ALL)
        cities = [c for c, _n in rows] if rows else list(self._fixed_cities or ())
        if self._fixed_cities:
            cities = [c for c in self._fixed_cities if not rows or c in dict(rows)]
        counts = dict(rows or [])
        for c in cities:
            label = c if c not in counts else f"{c}（{counts[c]:,}）"
            self.city.addItem(label, c)
        i = self.city.findData(current)
        self.city.setCurrentIndex(max(0, i))
        self._loading = False

    def _city_changed(self) -> None:
        if self._loading:
            return
        city = self.city.currentData()
        if not city:
            self._fill_districts([])
            self._emit()
            return

        def job(db, cancel):
            return store_firms.districts(db, city)

        self._fill_districts([])
        self.ctx.run(job, announce=False, on_result=self._fill_districts)
        self._emit()

    def _fill_districts(self, districts) -> None:
        self._loading = True
        self.district.clear()
        self.district.addItem(self.tr("All districts"), ALL)
        for d in districts:
            self.district.addItem(d, d)
        self.district.setEnabled(bool(districts))
        self._loading = False

    def fill_directions(self) -> None:
        """Directions of the catalog, grouped under their domain."""
        current = self.direction.currentData()
        self._loading = True
        self.direction.clear()
        self.direction.addItem(self.tr("All directions"), ALL)
        self.direction.addItem(self.tr("Outside the catalog"), NONE)
        try:
            cat = self.ctx.catalog()
        except Exception:
            cat = None
        if cat is not None:
            model = self.direction.model()
            for dom in cat.domains:
                self.direction.addItem(dom.name, "__domain__")
                item = model.item(self.direction.count() - 1)
                item.setEnabled(False)
                item.setForeground(theme_color(theme.TEXT_FAINT))
                for d in cat.directions:
                    if d.domain == dom.code:
                        mark = "★ " if d.key else "    "
                        self.direction.addItem(f"  {mark}{d.name}", d.code)
        i = self.direction.findData(current) if current is not None else 0
        self.direction.setCurrentIndex(max(0, i))
        self._loading = False
        self._fill_segments()

    def _fill_segments(self) -> None:
        self._loading = True
        self.segment.clear()
        self.segment.addItem(self.tr("All segments"), ALL)
        code = self.direction.currentData()
        d = None
        if code:
            try:
                d = self.ctx.catalog().direction(code)
            except Exception:
                d = None
        if d is not None:
            for seg in d.segments:
                self.segment.addItem(seg.name, seg.code)
        self.segment.setEnabled(d is not None)
        self._loading = False

    def _direction_changed(self) -> None:
        if self._loading:
            return
        if self.direction.currentData() == "__domain__":
            return
        self._fill_segments()
        self._emit()

    # -- values -------------------------------------------------------------------------------
    def value(self) -> FirmFilter:
        direction = self.direction.currentData()
        if direction == "__domain__":
            direction = None
        return FirmFilter(
            text=self.search.text().strip(),
            city=self.city.currentData() or None,
            district=self.district.currentData() or None,
            direction=direction,
            segment=self.segment.currentData() or None,
            min_score=float(self.min_score.value()) if self.min_score.value() > 0 else None,
            confirmed=True if self.confirmed.isChecked() else None,
            min_confidence=(
                self.min_confidence.value() / 100 if self.min_confidence.value() > 0 else None
            ),
        )

    def set_value(self, **values) -> None:
        """Set filters programmatically (e.g. a segment chosen in the chain map)."""
        self._loading = True
        if "text" in values:
            self.search.setText(values["text"] or "")
        if "city" in values:
            self.city.setCurrentIndex(max(0, self.city.findData(values["city"])))
        if "direction" in values:
            self.direction.setCurrentIndex(max(0, self.direction.findData(values["direction"])))
            self._loading = False
            self._fill_segments()
            self._loading = True
        if "segment" in values:
            self.segment.setCurrentIndex(max(0, self.segment.findData(values["segment"])))
        self._loading = False
        self._timer.stop()
        self._emit()

    def reset(self) -> None:
        self._loading = True
        self.search.clear()
        self.city.setCurrentIndex(0)
        self._fill_districts([])
        self.direction.setCurrentIndex(0)
        self._fill_segments()
        self.min_score.setValue(0)
        self.min_confidence.setValue(0)
        self.confirmed.setChecked(False)
        self._loading = False
        self._timer.stop()
        self._emit()

    def _min_row(self, widgets) -> int:
        shown = [w for w in widgets if not w.isHidden()]
        spacing = self._row.spacing() * max(0, len(shown) - 1)
        return sum(max(w.minimumSizeHint().width(), w.minimumWidth()) for w in shown) + spacing

    def minimumSizeHint(self):
        """As narrow as the bar gets with the score filters on a row of their own."""
        hint = super().minimumSizeHint()
        combos = [self.city, self.district, self.direction, self.segment]
        top = self.layout().itemAt(0).layout().minimumSize().width()
        hint.setWidth(max(top, self._min_row(combos), self._min_row(self._movable)))
        return hint

    def resizeEvent(self, event) -> None:
        em = self.fontMetrics().horizontalAdvance("中")
        combos = [self.city, self.district, self.direction, self.segment]
        one_row = self._min_row(combos + self._movable)
        wrap = event.size().width() < max(one_row, em * 50)
        if wrap != self._wrapped:
            self._wrapped = wrap
            target = self._wrap if wrap else self._row
            for w in self._movable:
                (self._row if wrap else self._wrap).removeWidget(w)
                target.addWidget(w, 0 if w is self.confirmed else 1)
            if wrap:
                self._wrap.addStretch(1)
            else:
                while self._wrap.count():
                    self._wrap.takeAt(0)
        super().resizeEvent(event)

    def _emit(self) -> None:
        if self._loading:
            return
        self._timer.stop()
        self.changed.emit(self.value())

    def set_count(self, n: int | None, loading: bool = False) -> None:
        if loading:
            self.count.setText(self.tr("Searching…"))
        elif n is None:
            self.count.setText("")
        else:
            self.count.setText(self.tr("%1 firms").replace("%1", f"{n:,}"))


def theme_color(hex_color: str):
    from PySide6.QtGui import QColor

    return QColor(hex_color)
