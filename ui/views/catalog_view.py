"""产业目录: the catalog's domains and directions, and each direction's value chain as a map."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.store import scores as store_scores
from app.store.firms import FirmFilter
from catalog.codes import LOCAL_CITY
from ui import fmt, messages, theme
from ui.context import CATALOG, FIRMS, SCORES
from ui.models.firm_table import FirmTableModel
from ui.views.base import View
from ui.views.firms import bind, setup_table
from ui.widgets.chainmap import POSITIONS, ChainMap, SegmentBox, position_name, strength_name
from ui.widgets.common import (
    Card,
    EmptyState,
    dialog_buttons,
    make_button,
    muted,
    scroll_area,
    section_title,
    set_input_text,
    spacing,
)
from ui.widgets.reflow import stack_when_narrow
from ui.widgets.tables import FirmTableView

STRENGTHS = ("missing", "weak", "present", "strong")


def load_counts(direction: str):
    """Per segment of a direction: (Dongguan firms, candidates), and segments to review."""

    def job(db, cancel):
        counts = store_scores.segment_counts(db, direction, LOCAL_CITY)
        from app import ranking

        review = {g.segment for g in ranking.compute_gaps(db) if g.review}
        return counts, review

    return job


class CatalogView(View):
    key = "catalog"

    def __init__(self, ctx, parent: QWidget | None = None, spec=None):
        super().__init__(ctx, parent, spec)
        self.make_registered_header()
        s = spacing(self)
        self.direction_code: str | None = None
        self.segment_code: str | None = None

        split = QSplitter(Qt.Orientation.Horizontal)
        split.setChildrenCollapsible(False)
        holder = QWidget()
        hl = QHBoxLayout(holder)
        hl.setContentsMargins(int(s * 1.8), s, int(s * 1.8), s)
        hl.addWidget(split)
        self.root.addWidget(holder, 1)

        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.setIndentation(int(s * 1.6))
        self.tree.setMinimumWidth(self.fontMetrics().horizontalAdvance("中") * 14)
        self.tree.currentItemChanged.connect(self._tree_changed)
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.setSpacing(int(s * 0.6))
        ll.addWidget(self.tree, 1)
        # Directions are revised for the next plan (the plan's codes stay fixed)
        self.dir_add = make_button(self.tr("Add direction…"), "new")
        self.dir_add.setToolTip(self.tr("Add a direction to a domain, for the next plan"))
        self.dir_add.clicked.connect(self.add_direction)
        ll.addWidget(self.dir_add)
        split.addWidget(left)

        page = QWidget()
        right = scroll_area(page)
        split.addWidget(right)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 4)
        em = self.fontMetrics().horizontalAdvance("中")
        split.setSizes([em * 16, em * 70])
        pl = QVBoxLayout(page)
        pl.setContentsMargins(s, 0, 0, 0)
        pl.setSpacing(int(s * 1.2))

        # Direction header.
        self.dir_card = Card()
        self.dir_title = QLabel()
        self.dir_title.setFont(theme.scaled_font(self.font(), 1.35, bold=True))
        self.dir_tags = muted()
        # The plan's own paragraph (verbatim, with its chapter), then the catalog's summary.
        self.dir_plan = QLabel()
        self.dir_plan.setWordWrap(True)
        self.dir_plan.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.dir_desc = muted()
        self.dir_zones = muted()
        self.dir_zones.setWordWrap(True)
        for w in (self.dir_title, self.dir_tags, self.dir_plan, self.dir_desc, self.dir_zones):
            self.dir_card.body.addWidget(w)
        self.dir_rename = make_button(self.tr("Rename direction…"), "edit")
        self.dir_rename.setToolTip(self.tr("Rename this direction (its code stays)"))
        self.dir_rename.clicked.connect(self.rename_direction)
        self.dir_retire = make_button(self.tr("Retire direction…"), "close")
        self.dir_retire.setToolTip(
            self.tr("Take this direction out of the catalog; its firms go to the review queue")
        )
        self.dir_retire.clicked.connect(self.retire_direction)
        for w in (self.dir_rename, self.dir_retire):
            self.dir_card.head_actions.addWidget(w)
        pl.addWidget(self.dir_card)

        # The chain map.
        self.map_card = Card(self.tr("Value chain"))
        self.chain = ChainMap()
        self.chain.segment_clicked.connect(self.select_segment)
        self.map_card.body.addWidget(self.chain)
        pl.addWidget(self.map_card)

        # The chosen segment: facts and edits on the left, its candidates on the right.
        lower = QHBoxLayout()
        lower.setSpacing(int(s * 1.2))
        self.seg_card = Card(self.tr("Segment"))
        self._build_segment_card()
        lower.addWidget(self.seg_card, 2)
        self.cand_card = Card(
            self.tr("Candidates for this segment"),
            self.tr("Shenzhen and Guangzhou firms classified into the segment, best score first."),
        )
        self.cand_model = FirmTableModel(
            ctx, ("name", "city", "district", "score", "registered_capital"), self
        )
        self.cand_table = FirmTableView()
        setup_table(self.cand_table)
        bind(self.cand_table, self.cand_model, sortable=False)
        self.cand_table.setMinimumHeight(self.fontMetrics().height() * 16)
        self.cand_table.doubleClicked.connect(self._open_candidate)
        self.cand_card.body.addWidget(self.cand_table, 1)
        self.cand_empty = EmptyState(self.tr("None yet: no scored firm in this segment."))
        self.cand_empty.hide()
        self.cand_card.body.addWidget(self.cand_empty)
        self.cand_more = make_button(self.tr("Open in Recommendations"), "candidates")
        self.cand_more.clicked.connect(self._open_in_candidates)
        row = QHBoxLayout()
        self.cand_count = muted()
        row.addWidget(self.cand_count, 1)
        row.addWidget(self.cand_more)
        self.cand_card.body.addLayout(row)
        self.cand_model.loaded.connect(self._candidates_loaded)
        lower.addWidget(self.cand_card, 3)
        pl.addLayout(lower)
        # On a laptop in English the two cards side by side made the page scroll sideways.
        stack_when_narrow(lower, right)
        pl.addStretch(1)
        self._show_segment(None)

    def _candidates_loaded(self) -> None:
        n = self.cand_model.rowCount()
        self.cand_count.setText(fmt.firms(n))
        self.cand_table.setVisible(n > 0)  # an empty table says nothing: 暂无 does
        self.cand_empty.setVisible(n == 0)

    def _build_segment_card(self) -> None:
        # Structural edits in the card's title row. Adding belongs to the direction, so its
        # button sits on the chain map's card (the two buttons here keep this card narrow).
        self.seg_add = make_button(self.tr("Add segment…"), "new")
        self.seg_add.setToolTip(self.tr("Add a value-chain segment to this direction"))
        self.seg_add.clicked.connect(self.add_segment)
        self.map_card.head_actions.addWidget(self.seg_add)
        self.seg_rename = make_button(self.tr("Rename…"), "edit")
        self.seg_rename.setToolTip(self.tr("Rename this segment (its code stays)"))
        self.seg_rename.clicked.connect(self.rename_segment)
        self.seg_remove = make_button(self.tr("Remove…"), "close")
        self.seg_remove.clicked.connect(self.remove_segment)
        for w in (self.seg_rename, self.seg_remove):
            self.seg_card.head_actions.addWidget(w)
        b = self.seg_card.body
        self.seg_empty = EmptyState(self.tr("Click a segment in the chain map."))
        b.addWidget(self.seg_empty)
        self.seg_body = QWidget()
        lay = QVBoxLayout(self.seg_body)
        lay.setContentsMargins(0, 0, 0, 0)
        self.seg_name = QLabel()
        self.seg_name.setFont(theme.scaled_font(self.font(), 1.15, bold=True))
        self.seg_name.setWordWrap(True)
        lay.addWidget(self.seg_name)
        self.seg_desc = QLabel()
        self.seg_desc.setWordWrap(True)
        lay.addWidget(self.seg_desc)
        self.seg_gap = QLabel()
        self.seg_gap.setWordWrap(True)
        self.seg_gap.setObjectName("warning")
        lay.addWidget(self.seg_gap)
        self.seg_products = muted()
        lay.addWidget(self.seg_products)

        form = QFormLayout()
        strength_row = QHBoxLayout()
        self.strength = QComboBox()
        for st in STRENGTHS:
            self.strength.addItem(strength_name(st), st)
        self.strength_save = make_button(self.tr("Save"), "save")
        self.strength_save.clicked.connect(self._save_strength)
        strength_row.addWidget(self.strength, 1)
        strength_row.addWidget(self.strength_save)
        form.addRow(self.tr("Local strength"), strength_row)
        lay.addLayout(form)

        lay.addWidget(section_title(self.tr("Keywords")))
        lay.addWidget(
            muted(self.tr("The classifier learns from these words. Changes are audited."))
        )
        self.keywords = QListWidget()
        self.keywords.setFlow(QListWidget.Flow.LeftToRight)
        self.keywords.setWrapping(True)
        self.keywords.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.keywords.setSpacing(3)
        self.keywords.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        self.keywords.setMinimumHeight(self.fontMetrics().height() * 5)
        lay.addWidget(self.keywords, 1)
        kw_row = QHBoxLayout()
        self.kw_edit = QLineEdit()
        self.kw_edit.setPlaceholderText(self.tr("New keywords, separated by commas"))
        self.kw_add = make_button(self.tr("Add"))
        self.kw_remove = make_button(self.tr("Remove selected"))
        self.kw_edit.returnPressed.connect(self._add_keywords)
        self.kw_add.clicked.connect(self._add_keywords)
        self.kw_remove.clicked.connect(self._remove_keywords)
        kw_row.addWidget(self.kw_edit, 1)
        kw_row.addWidget(self.kw_add)
        kw_row.addWidget(self.kw_remove)
        lay.addLayout(kw_row)
        b.addWidget(self.seg_body, 1)

    def depends_on(self) -> tuple[str, ...]:
        return (CATALOG, FIRMS, SCORES, "classification")

    # -- loading --------------------------------------------------------------------------------
    def reload(self) -> None:
        try:
            cat = self.ctx.catalog()
        except Exception as exc:
            messages.show_error(self, exc)
            return
        current = self.direction_code
        self.tree.blockSignals(True)
        self.tree.clear()
        bold = QFont(self.font())
        bold.setWeight(QFont.Weight.DemiBold)
        first = None
        select = None
        for dom in cat.domains:
            top = QTreeWidgetItem([dom.name])
            top.setFont(0, bold)
            top.setFlags(top.flags() & ~Qt.ItemFlag.ItemIsSelectable)
            self.tree.addTopLevelItem(top)
            for d in cat.directions:
                if d.domain != dom.code:
                    continue
                it = QTreeWidgetItem([("★ " if d.key else "") + d.name])
                it.setData(0, Qt.ItemDataRole.UserRole, d.code)
                if d.key:
                    it.setToolTip(0, self.tr("One of the ten key industries"))
                else:
                    it.setForeground(0, QColor(theme.TEXT_MUTED))
                top.addChild(it)
                first = first or it
                if d.code == current:
                    select = it
            top.setExpanded(True)
        self.tree.blockSignals(False)
        self.tree.setCurrentItem(select or first)

    def _tree_changed(self, item, _prev) -> None:
        if item is None:
            return
        code = item.data(0, Qt.ItemDataRole.UserRole)
        if code:
            self.show_direction(code)

    def show_direction(self, code: str, segment: str | None = None) -> None:
        cat = self.ctx.catalog()
        d = cat.direction(code)
        if d is None:
            return
        changed = code != self.direction_code
        self.direction_code = code
        self._select_in_tree(code)
        self.dir_title.setText(d.name)
        dom = cat.domain(d.domain)
        tags = [dom.name if dom else d.domain]
        if d.key:
            tags.append(self.tr("Key industry"))
        if d.wording:
            tags.append(self.tr("Plan: %1").replace("%1", d.wording))
        lead = cat.lead_department(code)
        if lead is not None:
            tags.append(self.tr("Lead: %1").replace("%1", lead.name))
        self.dir_tags.setText("　·　".join(tags))
        words = d.plan_words[0] if d.plan_words else None
        self.dir_plan.setText(
            self.tr("The plan's words (%2): “%1”")
            .replace("%1", words.text)
            .replace("%2", words.chapter)
            if words
            else ""
        )
        self.dir_plan.setVisible(words is not None)
        self.dir_desc.setText(
            self.tr("Catalog note: %1").replace("%1", d.description) if d.description else ""
        )
        self.dir_desc.setVisible(bool(d.description))
        # Places by the catalog's codes: the direction's zones, or failing those its belts.
        zones = cat.zones_for(code)
        belts = [] if zones else cat.belts_for(code)
        if zones:
            place = self.tr("Cluster zone: %1").replace(
                "%1",
                "；".join(
                    f"{z.name}（{'、'.join(z.places)}）" + "".join(f"“{n}”" for n in z.notes)
                    for z in zones
                ),
            )
        elif belts:
            place = self.tr("Industry belt: %1").replace(
                "%1", "；".join(f"{b.name}（{'、'.join(b.places)}）" for b in belts)
            )
        else:
            place = ""
        self.dir_zones.setText(place)
        self.dir_zones.setVisible(bool(place))
        self.chain.set_segments(
            [SegmentBox(s.code, s.name, s.position, s.strength) for s in d.segments]
        )
        self.track(
            self.ctx.run(
                load_counts(code),
                announce=False,
                on_result=lambda r, c=code: self._counts(c, r),
            )
        )
        kept = self.segment_code if d.segment(self.segment_code or "") else None
        if segment or changed or kept is None:
            # a removed segment leaves nothing selected: show the first one instead
            self.select_segment(segment or d.segments[0].code)
        else:
            self.select_segment(kept)

    def _select_in_tree(self, code: str) -> None:
        """Keep the tree on the direction shown (it may be opened from elsewhere)."""
        current = self.tree.currentItem()
        if current is not None and current.data(0, Qt.ItemDataRole.UserRole) == code:
            return
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            for j in range(top.childCount()):
                item = top.child(j)
                if item.data(0, Qt.ItemDataRole.UserRole) == code:
                    self.tree.blockSignals(True)
                    self.tree.setCurrentItem(item)
                    self.tree.blockSignals(False)
                    return

    def _counts(self, code: str, result) -> None:
        if code != self.direction_code:
            return
        counts, review = result
        self.chain.set_counts(counts, review)

    def select_segment(self, code: str | None) -> None:
        self.segment_code = code
        self.chain.select(code)
        self._show_segment(code)

    def _show_segment(self, code: str | None) -> None:
        seg = self.ctx.catalog().segment(code) if code else None
        self.seg_empty.setVisible(seg is None)
        self.seg_body.setVisible(seg is not None)
        self.cand_card.setEnabled(seg is not None)
        self.seg_add.setEnabled(self.direction_code is not None)
        self.seg_rename.setEnabled(seg is not None)
        d = self.ctx.catalog().direction(seg.direction) if seg is not None else None
        last = d is not None and len(d.segments) <= 1
        self.seg_remove.setEnabled(seg is not None and not last)
        self.seg_remove.setToolTip(
            self.tr("The last segment of a direction cannot be removed")
            if last
            else self.tr("Remove this segment from the catalog")
        )
        if seg is None:
            self.cand_model.set_filter(None)
            return
        self.seg_card.title.setText(
            self.tr("Segment · %1").replace("%1", position_name(seg.position))
        )
        self.seg_name.setText(seg.name)
        self.seg_desc.setText(seg.description)
        self.seg_desc.setVisible(bool(seg.description))
        self.seg_gap.setText(
            self.tr("Catalog note: %1").replace("%1", seg.gap_note) if seg.gap_note else ""
        )
        self.seg_gap.setVisible(bool(seg.gap_note))
        self.seg_products.setText(
            self.tr("Typical products: %1").replace("%1", "、".join(seg.products))
            if seg.products
            else ""
        )
        self.seg_products.setVisible(bool(seg.products))
        self.strength.setCurrentIndex(max(0, self.strength.findData(seg.strength)))
        self.keywords.clear()
        for kw in seg.keywords:
            it = QListWidgetItem(kw)
            self.keywords.addItem(it)
        self.cand_card.title.setText(self.tr("Candidates for “%1”").replace("%1", seg.name))
        self.cand_model.set_filter(
            FirmFilter(direction=seg.direction, segment=seg.code, scored_only=True)
        )
        if self.cand_model._pending is not None:
            self.track(self.cand_model._pending)

    # -- edits --------------------------------------------------------------------------------
    def _edit(self, fn, title: str, select=None) -> None:
        """Run a catalog edit on a worker; then reload the catalog and recompute scores.

        ``select(result)`` names the segment to show afterwards (a new or a surviving one).
        """

        def job(db, cancel):
            return fn(db)

        def done(result) -> None:
            if select is not None:
                self.segment_code = select(result)
            self.ctx.notify(CATALOG)
            win = self.window()
            if hasattr(win, "recompute"):
                win.recompute()  # gaps and scores depend on strengths and keywords

        self.ctx.run(job, write=True, title=title, on_result=done)

    def _save_strength(self) -> None:
        code = self.segment_code
        value = self.strength.currentData()
        if not code:
            return
        from app import catalog_store

        self._edit(
            lambda db: catalog_store.set_strength(db, code, value),
            self.tr("Saving the local strength"),
        )

    def _add_keywords(self) -> None:
        code = self.segment_code
        words = [w.strip() for w in self.kw_edit.text().replace("，", ",").split(",") if w.strip()]
        if not code or not words:
            return
        from app import catalog_store

        self.kw_edit.clear()
        self._edit(
            lambda db: catalog_store.add_keywords(db, code, words), self.tr("Adding keywords")
        )

    def _remove_keywords(self) -> None:
        code = self.segment_code
        words = [it.text() for it in self.keywords.selectedItems()]
        if not code or not words:
            return
        if not messages.ask(
            self,
            self.tr("Remove %1 keywords from this segment?").replace("%1", str(len(words))),
        ):
            return
        from app import catalog_store

        self._edit(
            lambda db: catalog_store.remove_keywords(db, code, words),
            self.tr("Removing keywords"),
        )

    # -- segments: add, rename, remove ------------------------------------------------------------
    def add_segment(self) -> None:
        """Ask for a new segment of the direction shown and add it."""
        code = self.direction_code
        if not code:
            return
        cat = self.ctx.catalog()
        current = cat.segment(self.segment_code or "")
        dlg = AddSegmentDialog(self, cat, code, current.position if current else "upstream")
        if dlg.exec() != QDialog.DialogCode.Accepted:
            return
        v = dlg.result_values
        from app import catalog_store

        self._edit(
            lambda db: catalog_store.add_segment(
                db,
                code,
                v["name"],
                v["position"],
                v["strength"],
                v["keywords"],
                v["products"],
                v["description"],
            ),
            self.tr("Adding a segment"),
            select=lambda new_code: new_code,
        )

    def rename_segment(self) -> None:
        seg = self.ctx.catalog().segment(self.segment_code or "")
        if seg is None:
            return
        dlg = RenameSegmentDialog(self, self.ctx.catalog(), seg)
        if dlg.exec() != QDialog.DialogCode.Accepted:
            return
        name = dlg.name
        from app import catalog_store

        self._edit(
            lambda db: catalog_store.rename_segment(db, seg.code, name),
            self.tr("Renaming the segment"),
        )

    def remove_segment(self) -> None:
        """Remove the segment shown, after confirmation; confirmed firms need a new home."""
        cat = self.ctx.catalog()
        seg = cat.segment(self.segment_code or "")
        if seg is None:
            return
        from app import catalog_store

        counts = catalog_store.segment_firm_counts(self.ctx.db, seg.code)
        others = [s for s in cat.direction(seg.direction).segments if s.code != seg.code]
        if not others:
            return
        move_to = None
        if counts["confirmed"]:
            dlg = RemoveSegmentDialog(self, seg, others, counts)
            if dlg.exec() != QDialog.DialogCode.Accepted:
                return
            move_to = dlg.move_to
        else:
            text = self.tr("Remove the segment “%1” from the catalog?").replace("%1", seg.name)
            if counts["classified"]:
                text += "\n" + self.tr(
                    "%1 firms the classifier put in it will be classified again."
                ).replace("%1", str(counts["classified"]))
            text += "\n" + self.tr("The removal is recorded in the audit log.")
            if not messages.ask(self, text, self.tr("Remove segment"), default_yes=False):
                return
        self._edit(
            lambda db: catalog_store.remove_segment(db, seg.code, move_to=move_to),
            self.tr("Removing the segment"),
            select=lambda r: r["move_to"] or others[0].code,
        )

    # -- directions: add, rename, retire (for the next plan) -----------------------------------
    def _edit_direction(self, fn, title: str, show) -> None:
        """A direction edit on a worker (audited by app.catalog_store); then the catalog is
        reloaded on ``show(result)``, and the firms are classified again and rescored."""

        def job(db, cancel):
            return fn(db)

        def done(result) -> None:
            self.direction_code = show(result)
            self.segment_code = None
            self.ctx.notify(CATALOG)
            win = self.window()
            if hasattr(win, "recompute"):
                win.recompute()  # the classes follow the catalog in force

        self.ctx.run(job, write=True, title=title, on_result=done)

    def add_direction(self) -> None:
        cat = self.ctx.catalog()
        current = cat.direction(self.direction_code or "")
        dlg = AddDirectionDialog(self, self.ctx.db, cat, current.domain if current else "")
        if dlg.exec() != QDialog.DialogCode.Accepted:
            return
        v = dlg.result_values
        from app import catalog_store

        self._edit_direction(
            lambda db: catalog_store.add_direction(
                db, v["code"], v["name"], v["domain"], key=v["key"], keywords=v["keywords"]
            ),
            self.tr("Adding a direction"),
            show=lambda code: code,
        )

    def rename_direction(self) -> None:
        cat = self.ctx.catalog()
        d = cat.direction(self.direction_code or "")
        if d is None:
            return
        dlg = RenameDirectionDialog(self, cat, d)
        if dlg.exec() != QDialog.DialogCode.Accepted:
            return
        name = dlg.name
        from app import catalog_store

        self._edit_direction(
            lambda db: catalog_store.rename_direction(db, d.code, name),
            self.tr("Renaming the direction"),
            show=lambda _r: d.code,
        )

    def retire_direction(self) -> None:
        """Retire the direction shown, after confirmation; its firms go to 待确认."""
        cat = self.ctx.catalog()
        d = cat.direction(self.direction_code or "")
        if d is None or len(cat.directions) <= 1:
            return
        from app import catalog_store

        counts = catalog_store.direction_firm_counts(self.ctx.db, d.code)
        text = self.tr("Retire the direction “%1” from the catalog?").replace("%1", d.name)
        n = counts["confirmed"] + counts["classified"]
        if n:
            text += "\n" + (
                self.tr(
                    "Its %1 firms (%2 confirmed by staff) will be classified into the directions "
                    "left and all of them go to the review queue (待确认) until someone confirms "
                    "or corrects them."
                )
                .replace("%1", str(n))
                .replace("%2", str(counts["confirmed"]))
            )
        text += "\n" + self.tr(
            "Its code is never used again. The retirement is recorded in the audit log."
        )
        if not messages.ask(self, text, self.tr("Retire direction"), default_yes=False):
            return
        others = [x.code for x in cat.directions if x.code != d.code]
        self._edit_direction(
            lambda db: catalog_store.retire_direction(db, d.code),
            self.tr("Retiring the direction"),
            show=lambda _r: others[0],
        )

    # -- navigation ---------------------------------------------------------------------------
    def _open_in_candidates(self) -> None:
        if not self.segment_code:
            return
        view = self.window().show_view("candidates")
        view.show_filter(direction=self.direction_code, segment=self.segment_code)

    def _open_candidate(self, index) -> None:
        fid = self.cand_model.firm_id(index.row())
        if fid is None:
            return
        view = self.window().show_view("candidates")
        view.show_filter(direction=self.direction_code, segment=self.segment_code, firm=fid)

    def describe(self) -> str:
        return (
            self.tr("%1 directions; chain of %2 shown")
            .replace("%1", str(len(self.ctx.catalog().directions)))
            .replace("%2", self.ctx.direction_name(self.direction_code or ""))
        )

    def current_state(self) -> dict[str, Any]:
        return {"direction": self.direction_code, "segment": self.segment_code}


class AddSegmentDialog(QDialog):
    """A new segment of one direction: name, chain position, local strength, keywords."""

    def __init__(self, parent: QWidget, cat, direction: str, position: str = "upstream"):
        super().__init__(parent)
        self.cat = cat
        self.direction = direction
        self.result_values: dict[str, Any] = {}
        d = cat.direction(direction)
        self.setWindowTitle(self.tr("Add segment"))
        form = QFormLayout(self)
        form.addRow(self.tr("Direction"), QLabel(d.name if d else direction))
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. Dexterous hands"))
        form.addRow(self.tr("Name"), self.name)
        self.position = QComboBox()
        for p in POSITIONS:
            self.position.addItem(position_name(p), p)
        self.position.setCurrentIndex(max(0, self.position.findData(position)))
        form.addRow(self.tr("Chain position"), self.position)
        self.strength = QComboBox()
        for st in STRENGTHS:
            self.strength.addItem(strength_name(st), st)
        form.addRow(self.tr("Local strength"), self.strength)
        self.keywords = QLineEdit()
        self.keywords.setPlaceholderText(
            self.tr("Words that name its products, separated by commas")
        )
        form.addRow(self.tr("Keywords"), self.keywords)
        self.products = QLineEdit()
        self.products.setPlaceholderText(self.tr("Optional, separated by commas"))
        form.addRow(self.tr("Typical products"), self.products)
        self.description = QPlainTextEdit()
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(self.fontMetrics().height() * 3 + 12)
        form.addRow(self.tr("Description"), self.description)
        hint = muted(
            self.tr(
                "The classifier learns the new segment from its keywords: after saving, every "
                "firm not confirmed by staff is classified again and the scores are updated "
                "(about a minute per million firms)."
            )
        )
        form.addRow(hint)
        self.buttons = dialog_buttons(self)
        form.addRow(self.buttons)
        self.name.textChanged.connect(self._update)
        self.keywords.textChanged.connect(self._update)
        self._update()
        em = self.fontMetrics().horizontalAdvance("中")
        self.setMinimumWidth(em * 34)

    def _update(self) -> None:
        ok = bool(self.name.text().strip() and self.keywords.text().strip(" ,，、"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def set_values(self, **values: str) -> None:
        """Fill the form (tests and the screenshot script)."""
        for key, value in values.items():
            set_input_text(getattr(self, key), value)

    def accept(self) -> None:
        """Check with the store's own rules first, so a mistake keeps the dialog open."""
        from app import catalog_store
        from app.errors import UserError

        try:
            self.result_values = catalog_store.validate_new_segment(
                self.cat,
                self.direction,
                self.name.text(),
                self.position.currentData(),
                self.strength.currentData(),
                self.keywords.text(),
                self.products.text(),
                self.description.toPlainText(),
            )
        except UserError as exc:
            messages.show_error(self, exc)
            return
        super().accept()


class AddDirectionDialog(QDialog):
    """A new direction of a domain, for the next plan: its code, name, keywords."""

    def __init__(self, parent: QWidget, db, cat, domain: str = ""):
        super().__init__(parent)
        self.db = db
        self.cat = cat
        self.result_values: dict[str, Any] = {}
        self.setWindowTitle(self.tr("Add direction"))
        form = QFormLayout(self)
        self.domain = QComboBox()
        for dom in cat.domains:
            self.domain.addItem(dom.name, dom.code)
        self.domain.setCurrentIndex(max(0, self.domain.findData(domain)))
        form.addRow(self.tr("Domain"), self.domain)
        code_row = QHBoxLayout()
        self.prefix = QLabel()
        self.code = QLineEdit()
        self.code.setPlaceholderText(self.tr("e.g. hydrogen"))
        code_row.addWidget(self.prefix)
        code_row.addWidget(self.code, 1)
        form.addRow(self.tr("Code"), code_row)
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. Hydrogen energy"))
        form.addRow(self.tr("Name"), self.name)
        self.key = QCheckBox(self.tr("A key industry"))
        form.addRow("", self.key)
        self.keywords = QLineEdit()
        self.keywords.setPlaceholderText(
            self.tr("Words that name its products, separated by commas")
        )
        form.addRow(self.tr("Keywords"), self.keywords)
        hint = muted(
            self.tr(
                "The code is lower-case letters, digits and _, and is never reused; the plan's "
                "own codes stay fixed. The direction starts with one segment: add its value "
                "chain afterwards. Every firm not confirmed by staff is classified again."
            )
        )
        hint.setWordWrap(True)
        form.addRow(hint)
        self.buttons = dialog_buttons(self)
        form.addRow(self.buttons)
        self.domain.currentIndexChanged.connect(self._update)
        self.code.textChanged.connect(self._update)
        self.name.textChanged.connect(self._update)
        self._update()
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("中") * 34)

    def full_code(self) -> str:
        return f"{self.domain.currentData()}.{self.code.text().strip()}"

    def _update(self) -> None:
        self.prefix.setText(f"{self.domain.currentData()}.")
        ok = bool(self.code.text().strip() and self.name.text().strip())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def accept(self) -> None:
        """Check with the store's own rules first, so a mistake keeps the dialog open."""
        from app import catalog_store
        from app.errors import UserError

        try:
            value = catalog_store.validate_new_direction(
                self.db,
                self.full_code(),
                self.name.text(),
                self.domain.currentData(),
                key=self.key.isChecked(),
                keywords=self.keywords.text(),
            )
        except UserError as exc:
            messages.show_error(self, exc)
            return
        self.result_values = value | {"code": self.full_code()}
        super().accept()


class _RenameDialog(QDialog):
    """A catalog entry's new name; its code stays, so does every firm's classification.
    Subclasses give the words (in their own translation context) and the validation."""

    def _build(self, words: tuple[str, str, str], code: str, name: str) -> None:
        title, code_label, name_label = words  # tr'd by the subclass: its context, its words
        self.name = name
        self.setWindowTitle(title)
        form = QFormLayout(self)
        form.addRow(code_label, QLabel(code))
        self.edit = QLineEdit(name)
        self.edit.selectAll()
        form.addRow(name_label, self.edit)
        form.addRow(dialog_buttons(self))
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("中") * 26)

    def _validate(self, text: str) -> str:
        raise NotImplementedError

    def accept(self) -> None:
        from app.errors import UserError

        try:
            self.name = self._validate(self.edit.text())
        except UserError as exc:
            messages.show_error(self, exc)
            return
        super().accept()


class RenameDirectionDialog(_RenameDialog):
    """A direction's new name."""

    def __init__(self, parent: QWidget, cat, direction):
        super().__init__(parent)
        self.cat = cat
        self.direction = direction
        words = (self.tr("Rename direction"), self.tr("Code"), self.tr("Name"))
        self._build(words, direction.code, direction.name)

    def _validate(self, text: str) -> str:
        from app import catalog_store

        return catalog_store.validate_direction_name(self.cat, text, ignore=self.direction.code)


class RenameSegmentDialog(_RenameDialog):
    """A segment's new name."""

    def __init__(self, parent: QWidget, cat, seg):
        super().__init__(parent)
        self.cat = cat
        self.seg = seg
        words = (self.tr("Rename segment"), self.tr("Code"), self.tr("Name"))
        self._build(words, seg.code, seg.name)

    def _validate(self, text: str) -> str:
        from app import catalog_store

        return catalog_store.validate_name(self.cat, self.seg.direction, text, ignore=self.seg.code)


class RemoveSegmentDialog(QDialog):
    """Removing a segment that holds firms confirmed by staff: where do they go?"""

    def __init__(self, parent: QWidget, seg, others, counts: dict[str, int]):
        super().__init__(parent)
        self.move_to: str | None = None
        self.setWindowTitle(self.tr("Remove segment"))
        lay = QVBoxLayout(self)
        title = QLabel(self.tr("Remove the segment “%1” from the catalog?").replace("%1", seg.name))
        title.setFont(theme.scaled_font(self.font(), 1.05, bold=True))
        title.setWordWrap(True)
        lay.addWidget(title)
        text = QLabel(
            self.tr(
                "%1 firms in “%2” were confirmed by staff. Choose the segment of the same "
                "direction they and their corrections move to:"
            )
            .replace("%1", str(counts["confirmed"]))
            .replace("%2", seg.name)
        )
        text.setWordWrap(True)
        lay.addWidget(text)
        self.target = QComboBox()
        for s in others:
            self.target.addItem(f"{s.name}（{position_name(s.position)}）", s.code)
        lay.addWidget(self.target)
        if counts["classified"]:
            lay.addWidget(
                muted(
                    self.tr("%1 firms the classifier put in it will be classified again.").replace(
                        "%1", str(counts["classified"])
                    )
                )
            )
        lay.addWidget(muted(self.tr("The removal is recorded in the audit log.")))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok = buttons.addButton(
            self.tr("Move and remove"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("中") * 30)

    def accept(self) -> None:
        self.move_to = self.target.currentData()
        super().accept()
