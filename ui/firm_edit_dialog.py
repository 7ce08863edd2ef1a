"""Edit a firm's fields (企业库 → 详情 → 编辑…).

The form is built from :func:`app.firm_edit.editable_fields` (the importer's fields and labels),
prefilled with :func:`app.firm_edit.edit_text`, and saved by :func:`app.firm_edit.update_firm`
on the app's writer. Only the fields whose text the person changed are sent. Bad values come
back as :class:`app.firm_edit.FieldErrors`: each is shown under its field (the tab holding the
first one comes to the front) and everything typed stays as it was.

The dialog remembers the firm's version it opened and saves only against it. When someone
else saved the firm in between (:class:`app.firm_edit.VersionConflict`), :class:`ConflictDialog`
shows their value and the person's side by side for every field either changed; the person
chooses per field, and the choices are saved against the new version.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.firm_edit import (
    EditableField,
    FieldErrors,
    VersionConflict,
    edit_text,
    editable_fields,
    firm_record,
)
from ui import i18n, theme
from ui.field_labels import field_label
from ui.messages import JobError, show_error
from ui.widgets.common import (
    choice_pair,
    head_row,
    modal_column,
    muted,
    save_buttons,
    scroll_area,
    set_input_text,
    spacing,
)

translate = QCoreApplication.translate  # pyside6-lupdate finds translate("ctx", "…")

INVALID_STYLE = f"border: 1px solid {theme.DANGER};"


class FieldEditor(QWidget):
    """One field's input and, under it, the reason its value was refused."""

    def __init__(self, field: EditableField, text: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.field = field
        self.initial = text
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(2)
        em = self.fontMetrics().horizontalAdvance("中")
        if field.kind == "bool":
            box = QComboBox()
            box.addItem(translate("FirmEditDialog", "(not stated)"), "")
            box.addItem(translate("FirmEditDialog", "Yes"), "是")
            box.addItem(translate("FirmEditDialog", "No"), "否")
            box.setCurrentIndex(max(0, box.findData(text)))
            self.input: QWidget = box
        elif field.kind == "longtext":
            edit = QPlainTextEdit(text)
            edit.setTabChangesFocus(True)
            edit.setMinimumHeight(self.fontMetrics().lineSpacing() * 6)
            self.input = edit
        else:
            line = QLineEdit(text)
            if field.hint:
                line.setPlaceholderText(field.hint)
            line.setMinimumWidth(em * 22)
            self.input = line
        self.input.setObjectName(f"edit_{field.name}")
        lay.addWidget(self.input)
        self.error = QLabel()
        self.error.setObjectName("danger")
        self.error.setWordWrap(True)
        self.error.hide()
        lay.addWidget(self.error)

    def text(self) -> str:
        w = self.input
        if isinstance(w, QComboBox):
            return w.currentData() or ""
        if isinstance(w, QPlainTextEdit):
            return w.toPlainText()
        return w.text()

    def set_text(self, text: str) -> None:
        set_input_text(self.input, text)

    def changed(self) -> bool:
        return self.text().strip() != self.initial.strip()

    def show_error(self, reason: str | None) -> None:
        self.error.setText(reason or "")
        self.error.setVisible(bool(reason))
        self.input.setStyleSheet(INVALID_STYLE if reason else "")


class FirmEditDialog(QDialog):
    """The edit form of one firm. Emits ``saved(record)`` after a successful save."""

    saved = Signal(object)  # the firm's record from app.firm_edit.update_firm

    def __init__(self, ctx, firm_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.firm_id = firm_id
        self.job = None
        record = firm_record(ctx.db, firm_id)
        self.version = int(record["version"])  # saved only against this version
        lay = modal_column(self, self.tr("Edit firm"))
        s = spacing(self)
        em = self.fontMetrics().horizontalAdvance("中")
        lay.setSpacing(int(s * 0.6))
        self.heading = QLabel(record["name"])
        self.heading.setFont(theme.scaled_font(self.font(), 1.2, bold=True))
        self.heading.setWordWrap(True)
        lay.addWidget(self.heading)
        note = muted(
            self.tr(
                "Values are read as in an import: amounts in 10,000 yuan unless a unit is "
                "written (1.2亿, 500万美元), ratios in percent. Leave a field empty to clear it."
            )
        )
        note.setWordWrap(True)
        lay.addWidget(note)
        self.banner = QLabel()
        self.banner.setObjectName("danger")
        self.banner.setWordWrap(True)
        self.banner.hide()
        lay.addWidget(self.banner)

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        lay.addWidget(self.tabs, 1)
        self.titles = titles = {
            "basic": self.tr("Basic information"),
            "text": self.tr("Business description"),
            "facts": self.tr("Size and facts"),
        }
        self.editors: dict[str, FieldEditor] = {}
        self.pages: dict[str, QScrollArea] = {}
        forms: dict[str, QFormLayout] = {}
        for key, title in titles.items():
            inner = QWidget()
            form = QFormLayout(inner)
            form.setContentsMargins(s, s, s, s)
            form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
            form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
            form.setVerticalSpacing(int(s * 0.7))
            area = scroll_area(inner, frame=False)
            self.tabs.addTab(area, title)
            self.pages[key] = area
            forms[key] = form
        for f in editable_fields():
            editor = FieldEditor(f, edit_text(f.name, record.get(f.name)), self)
            self.editors[f.name] = editor
            label = QLabel(self._label(f).replace("&", "&&"))  # R&D: not a shortcut
            label.setBuddy(editor.input)
            forms[f.group].addRow(label, editor)

        self.status = muted()
        lay.addWidget(self.status)
        self.buttons = save_buttons(self, self.tr("Save"), self.tr("Cancel"), self.save)
        self.save_btn = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        lay.addWidget(self.buttons)
        self.resize(em * 52, self.fontMetrics().lineSpacing() * 44)

    def _label(self, f: EditableField) -> str:
        if i18n.is_chinese():
            return f.label  # the importer's label, with its unit: 注册资本(万元)
        text = field_label(f.name)
        if f.kind == "amount":
            return self.tr("%1 (10,000 yuan)").replace("%1", text)
        if f.kind == "percent":
            return f"{text} (%)"
        return text

    # -- values -------------------------------------------------------------------------------
    def changes(self) -> dict[str, str]:
        """The fields whose text the person changed: field → text as typed."""
        return {name: e.text() for name, e in self.editors.items() if e.changed()}

    def set_value(self, field: str, text: str) -> None:
        """Type ``text`` into a field (tests and scripted use)."""
        self.editors[field].set_text(text)

    # -- saving -------------------------------------------------------------------------------
    def save(self) -> None:
        changes = self.changes()
        self._clear_errors()
        if not changes:
            self.accept()
            return
        fid = self.firm_id
        version = self.version

        def job(db, cancel):
            from app import firm_edit

            return firm_edit.update_firm(db, fid, changes, if_version=version)

        self.save_btn.setEnabled(False)
        self.status.setText(self.tr("Saving…"))
        self.job = self.ctx.run(
            job,
            write=True,
            title=self.tr("Saving the firm"),
            on_result=self._saved,
            on_error=self._failed,
            receiver=self,
            announce=False,
        )

    def _saved(self, record: dict[str, Any]) -> None:
        self.status.setText("")
        self.save_btn.setEnabled(True)
        self.saved.emit(record)
        self.accept()

    def _failed(self, error: JobError) -> None:
        self.save_btn.setEnabled(True)
        self.status.setText("")
        if not error.is_user_error:
            show_error(self, error)
            return
        exc = error.exc
        if isinstance(exc, VersionConflict):
            self.resolve_conflict(exc)
            return
        shown = []
        if isinstance(exc, FieldErrors):
            for name, reason in exc.errors.items():
                editor = self.editors.get(name)
                if editor is not None:
                    editor.show_error(reason)
                    shown.append(editor)
        if not shown:
            self.banner.setText(error.message)
            self.banner.show()
            return
        # The reasons stand under their fields; the banner says where to look.
        labels = "、".join(self._label(e.field) for e in shown)
        self.banner.setText(self.tr("Nothing was saved. Please correct: %1").replace("%1", labels))
        self.banner.show()
        bad = {e.field.group for e in shown}
        for key, title in self.titles.items():
            marked = self.tr("%1 (to correct)").replace("%1", title) if key in bad else title
            self.tabs.setTabText(self.tabs.indexOf(self.pages[key]), marked)
        first = shown[0]
        self.tabs.setCurrentWidget(self.pages[first.field.group])
        first.input.setFocus(Qt.FocusReason.OtherFocusReason)
        self.pages[first.field.group].ensureWidgetVisible(first)

    def resolve_conflict(self, conflict: VersionConflict) -> None:
        """Someone else saved the firm first: let the person choose per field, then save
        the choices against the version now stored."""
        dialog = ConflictDialog(self, conflict)
        self.conflict_dialog = dialog  # tests answer it
        if dialog.exec() != QDialog.DialogCode.Accepted:
            self.banner.setText(
                self.tr("Not saved: %1 changed this firm meanwhile.").replace("%1", conflict.who)
            )
            self.banner.show()
            return
        self.apply_choices(conflict, dialog.choices())
        self.save()

    def apply_choices(self, conflict: VersionConflict, mine: set[str]) -> None:
        """Take the stored record as the new starting point; keep the person's text in the
        fields of ``mine``, take theirs everywhere else."""
        for name, editor in self.editors.items():
            theirs = edit_text(name, conflict.theirs.get(name))
            typed = editor.text()
            editor.initial = theirs
            editor.set_text(typed if name in mine else theirs)
        self.version = conflict.version
        self.heading.setText(conflict.theirs["name"])

    def conflict_rows(self, conflict: VersionConflict) -> list[tuple[EditableField, str, str]]:
        """(field, theirs, mine) for each field where the stored value and the form differ
        and either side changed it since the form was opened."""
        rows = []
        for name, editor in self.editors.items():
            theirs = edit_text(name, conflict.theirs.get(name))
            mine = editor.text()
            if theirs.strip() == mine.strip():
                continue
            if editor.changed() or theirs.strip() != editor.initial.strip():
                rows.append((editor.field, theirs, mine))
        return rows

    def _clear_errors(self) -> None:
        self.banner.hide()
        self.banner.setText("")
        for e in self.editors.values():
            e.show_error(None)
        for key, title in self.titles.items():
            self.tabs.setTabText(self.tabs.indexOf(self.pages[key]), title)

    def reject(self) -> None:
        if self.job is not None and self.job.running:
            return  # the write is under way: wait for its answer
        super().reject()


class ConflictDialog(QDialog):
    """Their saved value and mine, side by side, one choice per field."""

    def __init__(self, parent: FirmEditDialog, conflict: VersionConflict):
        super().__init__(parent)
        lay = modal_column(self, self.tr("Someone else saved this firm"))
        s = spacing(self)
        em = self.fontMetrics().horizontalAdvance("中")
        when = conflict.at.replace("T", " ")
        intro = QLabel(
            self.tr(
                "%1 saved this firm at %2, after you opened it. Choose for each field which "
                "value to keep; saving then applies your choices to their version."
            )
            .replace("%1", conflict.who)
            .replace("%2", when)
        )
        intro.setWordWrap(True)
        lay.addWidget(intro)
        grid = QGridLayout()
        grid.setHorizontalSpacing(s)
        grid.setVerticalSpacing(int(s * 0.5))
        heads = (
            self.tr("Field"),
            self.tr("Saved by %1").replace("%1", conflict.who),
            self.tr("Yours"),
        )
        head_row(grid, heads, self)
        self.groups: dict[str, tuple[QRadioButton, QRadioButton]] = {}
        empty = self.tr("(empty)")
        for row, (field, theirs, mine) in enumerate(parent.conflict_rows(conflict), start=1):
            grid.addWidget(QLabel(parent._label(field).replace("&", "&&")), row, 0)
            cells = []
            for col, side, text in ((1, "theirs", theirs), (2, "mine", mine)):
                shown = " ".join(text.split()) or empty
                shown = shown if len(shown) <= 40 else shown[:39] + "…"
                cells.append((col, shown, text, f"{side}_{field.name}"))
            pair = choice_pair(self, grid, row, cells)
            # the person's own edit is kept by default; a field only they changed shows theirs
            (pair[1] if parent.editors[field.name].changed() else pair[0]).setChecked(True)
            self.groups[field.name] = pair
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        lay.addLayout(grid)
        lay.addWidget(save_buttons(self, self.tr("Save my choices"), self.tr("Cancel")))
        self.setMinimumWidth(em * 48)

    def choose(self, field: str, mine: bool) -> None:
        """Pick one side for a field (tests and scripted use)."""
        self.groups[field][1 if mine else 0].setChecked(True)

    def choices(self) -> set[str]:
        """The fields where the person keeps their own value."""
        return {name for name, pair in self.groups.items() if pair[1].isChecked()}
