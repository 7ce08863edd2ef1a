"""Ranking weights: three sliders with spin boxes; changes re-rank every firm in a worker.

The weights are stored in the database by :func:`app.ranking.set_weights`; the re-ranking is
:func:`app.ranking.rescore` (a job), so a new weight reaches every view as a ``scores`` change.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QSlider, QSpinBox, QWidget

from ui.widgets.common import make_button, muted

NAMES = ("gap_fit", "capability", "propensity")
APPLY_DELAY_MS = 600  # wait for the slider to settle before re-ranking


def weight_label(name: str) -> str:
    return {
        "gap_fit": QCoreApplication.translate("weights", "Gap fit"),
        "capability": QCoreApplication.translate("weights", "Capability"),
        "propensity": QCoreApplication.translate("weights", "Landing propensity"),
    }[name]


def weight_hint(name: str) -> str:
    return {
        "gap_fit": QCoreApplication.translate(
            "weights", "How much of a Dongguan gap the firm's segment would fill"
        ),
        "capability": QCoreApplication.translate(
            "weights", "Size, growth, R&D, patents, listing, high-tech status"
        ),
        "propensity": QCoreApplication.translate(
            "weights", "How likely such a firm is to land, learnt from the bureau's outcomes"
        ),
    }[name]


class WeightsEditor(QWidget):
    """Emits ``applied`` after the new weights are stored and every firm re-ranked."""

    applied = Signal()

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self._loading = False
        self._job = None
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(int(self.fontMetrics().height() * 0.7))
        self.sliders: dict[str, QSlider] = {}
        self.spins: dict[str, QSpinBox] = {}
        self.shares: dict[str, QLabel] = {}
        for r, name in enumerate(NAMES):
            lab = QLabel(weight_label(name))
            lab.setToolTip(weight_hint(name))
            lab.setWordWrap(True)  # "Landing propensity" on two lines in a narrow panel
            slider = QSlider(Qt.Orientation.Horizontal)
            slider.setRange(0, 100)
            slider.setPageStep(10)
            slider.setToolTip(weight_hint(name))
            # The slider keeps a visible track in a narrow column; the number box stays small.
            em = self.fontMetrics().horizontalAdvance("中")
            slider.setMinimumWidth(em * 3)
            spin = QSpinBox()
            spin.setRange(0, 100)
            spin.setMaximumWidth(em * 4)
            spin.setAccessibleName(weight_label(name))
            share = QLabel()
            share.setObjectName("muted")
            share.setMinimumWidth(self.fontMetrics().horizontalAdvance("100%") + 8)
            share.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            slider.valueChanged.connect(spin.setValue)
            spin.valueChanged.connect(slider.setValue)
            spin.valueChanged.connect(self._changed)
            grid.addWidget(lab, r, 0)
            grid.addWidget(slider, r, 1)
            grid.addWidget(spin, r, 2)
            grid.addWidget(share, r, 3)
            lab.setBuddy(spin)
            self.sliders[name], self.spins[name], self.shares[name] = slider, spin, share
        grid.setColumnStretch(1, 1)
        self.status = muted()
        self.status.setWordWrap(True)  # a long message must not widen the 推荐 side panel
        grid.addWidget(self.status, len(NAMES), 0, 1, 3)
        self.reset_btn = make_button(self.tr("Defaults"))
        self.reset_btn.setToolTip(self.tr("Back to the default weights"))
        self.reset_btn.clicked.connect(self.reset)
        grid.addWidget(self.reset_btn, len(NAMES), 3)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(APPLY_DELAY_MS)
        self._timer.timeout.connect(self.apply)

    def load(self) -> None:
        """Show the weights stored in the database."""
        from app import ranking

        w = ranking.get_weights(self.ctx.db)
        self.set_values({n: getattr(w, n) for n in NAMES})

    def set_values(self, values: dict[str, float]) -> None:
        self._loading = True
        total = sum(values.values()) or 1.0
        for n in NAMES:
            # Stored weights are relative; show them as points out of 100.
            self.spins[n].setValue(round(values[n] / total * 100))
        self._loading = False
        self._update_shares()

    def values(self) -> dict[str, float]:
        return {n: float(self.spins[n].value()) for n in NAMES}

    def _update_shares(self) -> None:
        v = self.values()
        total = sum(v.values())
        for n in NAMES:
            self.shares[n].setText(f"{v[n] / total * 100:.0f}%" if total else "—")

    def _changed(self) -> None:
        self._update_shares()
        if self._loading:
            return
        if sum(self.values().values()) <= 0:
            self.status.setText(self.tr("At least one weight must be above zero."))
            self._timer.stop()
            return
        self.status.setText(self.tr("Re-ranking when you stop moving the sliders…"))
        self._timer.start()

    def reset(self) -> None:
        from scoring.ranking import DEFAULT_WEIGHTS

        self.set_values(dict(DEFAULT_WEIGHTS))
        self._timer.start()

    def apply(self) -> None:
        """Store the weights and re-rank every firm (in the writer thread)."""
        total = sum(self.values().values())
        if total <= 0:
            return
        v = {n: x / total for n, x in self.values().items()}

        def job(db, cancel):
            from app import ranking

            ranking.set_weights(db, **v)
            return (yield from ranking.rescore(db, cancel))

        if self._job is not None and self._job.running:
            self._job.cancel()
        self.status.setText(self.tr("Re-ranking every firm…"))
        self._job = self.ctx.run(
            job,
            write=True,
            title=self.tr("Re-ranking with the new weights"),
            on_result=self._done,
            on_cancelled=lambda: None,
        )

    def _done(self, result) -> None:
        secs = result.get("seconds") if isinstance(result, dict) else None
        n = result.get("firms") if isinstance(result, dict) else None
        self.status.setText(
            self.tr("Re-ranked %1 firms in %2 s.")
            .replace("%1", f"{n:,}" if n is not None else "—")
            .replace("%2", f"{secs:.1f}" if secs is not None else "—")
        )
        self.ctx.notify("scores")
        self.applied.emit()

    def busy(self) -> bool:
        return self._timer.isActive() or (self._job is not None and self._job.running)
