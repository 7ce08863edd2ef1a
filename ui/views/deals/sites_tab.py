"""The register of sites on offer (载体) inside the 招商项目 view: the list, and a form to add one.
Contacts are masked in the list, as everywhere a list shows them."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app import fmt as app_fmt
from app.deals import model as m
from app.deals import sites
from app.errors import UserError
from ui.views.deals.texts import tx, txf
from ui.widgets.common import dialog_buttons, error_label, muted

# QT_TRANSLATE_NOOP: lupdate sees the labels, tx() translates them where they are shown
COLUMNS = (
    QT_TRANSLATE_NOOP("", "Site"),
    QT_TRANSLATE_NOOP("", "Located in"),
    QT_TRANSLATE_NOOP("", "Space"),
    QT_TRANSLATE_NOOP("", "Price or rent"),
    QT_TRANSLATE_NOOP("", "Suits"),
    QT_TRANSLATE_NOOP("", "Available from"),
    QT_TRANSLATE_NOOP("", "Contact person"),
)


class SiteDialog(QDialog):
    """Register a site; a bad field is named under the form and nothing is saved."""

    def __init__(self, ctx: Any, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.saved_id: int | None = None
        self.setWindowTitle(tx("Register a site"))
        outer = QVBoxLayout(self)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.name = QLineEdit()
        self.town = QComboBox()
        for t in m.TOWNS:
            self.town.addItem(t, t)
        self.park = QLineEdit()
        self.land = QLineEdit()
        self.floor = QLineEdit()
        self.price = QLineEdit()
        self.price.setPlaceholderText(tx("e.g. 80万元/亩 or 28元/㎡·月"))
        self.directions = QLineEdit()
        self.directions.setPlaceholderText(
            tx("catalog codes, comma-separated, e.g. equip.robot,it")
        )
        self.contact = QLineEdit()
        self.available = QDateEdit(QDate.currentDate())
        self.available.setCalendarPopup(True)
        self.available.setDisplayFormat("yyyy-MM-dd")
        for label, w in (
            (QT_TRANSLATE_NOOP("", "Site name"), self.name),
            (QT_TRANSLATE_NOOP("", "Located in"), self.town),
            (QT_TRANSLATE_NOOP("", "Park"), self.park),
            (QT_TRANSLATE_NOOP("", "Available land (mu)"), self.land),
            (QT_TRANSLATE_NOOP("", "Available floor (㎡)"), self.floor),
            (QT_TRANSLATE_NOOP("", "Price or rent"), self.price),
            (QT_TRANSLATE_NOOP("", "Suits (directions)"), self.directions),
            (QT_TRANSLATE_NOOP("", "Contact person"), self.contact),
            (QT_TRANSLATE_NOOP("", "Available from"), self.available),
        ):
            form.addRow(tx(label), w)
        outer.addLayout(form)
        self.error = error_label()
        outer.addWidget(self.error)
        outer.addWidget(dialog_buttons(self, self.save, save=True))
        self.resize(self.fontMetrics().horizontalAdvance("中") * 36, 0)

    def save(self) -> None:
        try:
            self.saved_id = sites.add_site(
                self.ctx.db,
                self.name.text(),
                self.town.currentData(),
                park=self.park.text(),
                land=self.land.text(),
                floor=self.floor.text(),
                price=self.price.text(),
                directions=self.directions.text().replace("，", ","),
                contact=self.contact.text(),
                available=self.available.date().toString("yyyy-MM-dd"),
            )
        except UserError as exc:
            self.error.setText(exc.message)
            return
        self.accept()


class SitesTab(QWidget):
    """The sites on offer; ``changed`` after one is added."""

    changed = Signal()

    def __init__(self, ctx: Any, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        lay = QVBoxLayout(self)
        row = QHBoxLayout()
        self.count = muted()
        row.addWidget(self.count, 1)
        self.add_btn = QPushButton(tx("Register a site…"))
        self.add_btn.clicked.connect(self.add_site)
        row.addWidget(self.add_btn)
        lay.addLayout(row)
        self.list = QTreeWidget()
        self.list.setRootIsDecorated(False)
        self.list.setAlternatingRowColors(True)
        self.list.setHeaderLabels([tx(c) for c in COLUMNS])
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        head = self.list.header()
        head.setStretchLastSection(False)
        head.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # the name and the directions share what the short columns leave: no sideways scrolling
        head.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        head.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        lay.addWidget(self.list, 1)

    def reload(self) -> None:
        rows = sites.list_sites(self.ctx.db)
        self.list.clear()
        cat = self.ctx.catalog()

        def named(code: str) -> str:
            found = cat.direction(code) or cat.domain(code)
            return found.name if found is not None else code

        for s in rows:
            j = s.to_json(mask=True)
            suits = "、".join(named(c) for c in s.directions)
            land = txf("%1 mu", app_fmt.figure(s.land_mu)) if s.land_mu else ""
            floor = f"{app_fmt.figure(s.floor_m2)} ㎡" if s.floor_m2 else ""
            space = txf("%1, %2", land, floor) if land and floor else land or floor
            item = QTreeWidgetItem(
                [
                    s.name,
                    s.town,
                    space,
                    s.price,
                    suits or tx("any"),
                    s.available or "",
                    j["contact"] or "",
                ]
            )
            item.setToolTip(0, "\n".join(x for x in (s.name, s.park, s.note) if x))
            item.setToolTip(4, suits)
            self.list.addTopLevelItem(item)
        self.count.setText(
            txf("%1 sites on offer; Sites… in a deal's detail matches them", len(rows))
        )

    def add_site(self) -> None:
        if SiteDialog(self.ctx, self).exec() == QDialog.DialogCode.Accepted:
            self.changed.emit()
