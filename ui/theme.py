"""Look and feel: the Chinese UI font, a calm light palette, and the colours of the data.

Sizes in the style sheet are logical pixels (Qt scales them on high-DPI screens); widths that
hold text come from font metrics in the widgets, never from fixed pixel numbers.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QFontDatabase, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

import resources

# Palette: a government-office blue on light grey, with quiet borders.
WINDOW = "#F3F5F8"
SURFACE = "#FFFFFF"
SURFACE_ALT = "#F8FAFC"
BORDER = "#D9DFE7"
BORDER_STRONG = "#C3CCD8"
TEXT = "#1F2933"
TEXT_MUTED = "#5F6B7A"
TEXT_FAINT = "#8A96A5"
PRIMARY = "#1D5FA7"
PRIMARY_HOVER = "#2A6FBD"
PRIMARY_PRESSED = "#164C86"
PRIMARY_SOFT = "#E6EEF8"
NAV_BG = "#1B2838"
NAV_TEXT = "#C4CFDB"
NAV_SELECTED = "#27405C"
NAV_ACCENT = "#5AA0F2"
DANGER = "#B83A32"
WARNING = "#C98215"
SUCCESS = "#2E7D4F"

# Local strength of a chain segment (catalog.model.STRENGTHS): border colour and soft fill.
STRENGTH_COLORS = {
    "missing": ("#C2453B", "#FBE7E5"),
    "weak": ("#D38A1E", "#FCF0DC"),
    "present": ("#5E9E62", "#E5F2E4"),
    "strong": ("#2E7550", "#D3EADC"),
}

# Outreach stages (the pipeline table), in order, with their bar colours.
STAGE_COLORS = {
    "lead": "#8FA9C7",
    "contacted": "#6D93C0",
    "visited": "#4C7DB8",
    "negotiating": "#2F66A8",
    "signed": "#2E7D4F",
    "landed": "#1F5E3A",
    "dropped": "#A5ADB8",
}

# Chinese UI families, best first (see PREFERRED below for where the bundled font goes).
CJK_FAMILIES = (
    "Microsoft YaHei UI",
    "Microsoft YaHei",
    "PingFang SC",
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "Source Han Sans CN",
    "HarmonyOS Sans SC",
    "WenQuanYi Micro Hei",
    "WenQuanYi Zen Hei",
    "SimHei",
)

_bundled: list[str] = []


def load_bundled_fonts() -> list[str]:
    """Register the fonts shipped in resources/fonts; returns their family names."""
    if _bundled:
        return _bundled
    folder = resources.path("fonts")
    if folder.is_dir():
        for f in sorted(folder.iterdir()):
            if f.suffix.lower() in {".ttf", ".otf", ".ttc"}:
                font_id = QFontDatabase.addApplicationFont(str(f))
                if font_id >= 0:
                    for fam in QFontDatabase.applicationFontFamilies(font_id):
                        if fam not in _bundled:
                            _bundled.append(fam)
    return _bundled


# The platforms' own Chinese UI fonts read best; the bundled font guarantees the glyphs
# where none of them is installed.
PREFERRED = CJK_FAMILIES[:5]


def ui_family() -> str:
    """The family used for the whole interface."""
    bundled = load_bundled_fonts()
    available = set(QFontDatabase.families())
    for fam in [*PREFERRED, *bundled, *CJK_FAMILIES[5:]]:
        if fam in available:
            return fam
    return QApplication.font().family()


def ui_font(point_size: float | None = None) -> QFont:
    font = QFont(ui_family())
    base = QApplication.font().pointSizeF()
    font.setPointSizeF(point_size or max(10.0, base if base > 0 else 10.0))
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return font


def scaled_font(base: QFont, factor: float, bold: bool = False) -> QFont:
    """A font relative to ``base`` (titles, small print)."""
    f = QFont(base)
    f.setPointSizeF(max(6.0, base.pointSizeF() * factor))
    if bold:
        f.setWeight(QFont.Weight.DemiBold)
    return f


def apply(app: QApplication) -> None:
    """Style, palette, font and style sheet for the whole application."""
    fusion = QStyleFactory.create("Fusion")
    if fusion is not None:
        app.setStyle(fusion)
    app.setFont(ui_font())
    pal = QPalette()
    roles = {
        QPalette.ColorRole.Window: WINDOW,
        QPalette.ColorRole.WindowText: TEXT,
        QPalette.ColorRole.Base: SURFACE,
        QPalette.ColorRole.AlternateBase: SURFACE_ALT,
        QPalette.ColorRole.Text: TEXT,
        QPalette.ColorRole.Button: SURFACE,
        QPalette.ColorRole.ButtonText: TEXT,
        QPalette.ColorRole.Highlight: PRIMARY,
        QPalette.ColorRole.HighlightedText: "#FFFFFF",
        QPalette.ColorRole.ToolTipBase: "#FFFFFF",
        QPalette.ColorRole.ToolTipText: TEXT,
        QPalette.ColorRole.PlaceholderText: TEXT_FAINT,
        QPalette.ColorRole.Link: PRIMARY,
        QPalette.ColorRole.Mid: BORDER_STRONG,
        QPalette.ColorRole.Midlight: BORDER,
    }
    for role, color in roles.items():
        pal.setColor(role, QColor(color))
    for role in (
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
        QPalette.ColorRole.WindowText,
    ):
        pal.setColor(QPalette.ColorGroup.Disabled, role, QColor(TEXT_FAINT))
    app.setPalette(pal)
    app.setStyleSheet(STYLE_SHEET)


# Style-sheet images need a plain path (forward slashes on every platform).
_ICON_DIR = resources.path("icons").as_posix()

STYLE_SHEET = f"""
QMainWindow, QDialog, QWizard {{ background: {WINDOW}; }}
QToolTip {{ background: #FFFFFF; color: {TEXT}; border: 1px solid {BORDER_STRONG}; padding: 4px; }}

/* Left navigation */
QListWidget#nav {{
    background: {NAV_BG}; border: none; outline: 0; color: {NAV_TEXT};
    padding-top: 6px;
}}
QListWidget#nav::item {{
    padding-left: 14px; border-left: 3px solid transparent; color: {NAV_TEXT};
}}
QListWidget#nav::item:hover {{ background: #223449; color: #FFFFFF; }}
QListWidget#nav::item:selected {{
    background: {NAV_SELECTED}; color: #FFFFFF; border-left: 3px solid {NAV_ACCENT};
}}
QWidget#navPanel {{ background: {NAV_BG}; }}
QLabel#navTitle {{ color: #FFFFFF; }}
QLabel#navSubtitle {{ color: {NAV_TEXT}; }}

/* View header */
QWidget#viewHeader {{ background: {SURFACE}; border-bottom: 1px solid {BORDER}; }}
QLabel#viewTitle {{ color: {TEXT}; }}
QLabel#viewSubtitle {{ color: {TEXT_MUTED}; }}

/* Cards */
QFrame#card {{ background: {SURFACE}; border: 1px solid {BORDER}; border-radius: 8px; }}
QLabel#cardTitle {{ color: {TEXT}; }}
QLabel#cardHint, QLabel#muted {{ color: {TEXT_MUTED}; }}
QLabel#kpiValue {{ color: {PRIMARY}; }}
QLabel#kpiLabel {{ color: {TEXT_MUTED}; }}
QLabel#sectionTitle {{ color: {TEXT}; }}
QLabel#warning {{ color: {WARNING}; }}
QLabel#danger {{ color: {DANGER}; }}

/* Inputs */
QLineEdit, QComboBox, QSpinBox, QDoubleSpinBox, QPlainTextEdit, QTextEdit {{
    background: {SURFACE}; border: 1px solid {BORDER_STRONG}; border-radius: 5px;
    padding: 4px 6px; selection-background-color: {PRIMARY};
}}
QLineEdit:focus, QComboBox:focus, QSpinBox:focus, QDoubleSpinBox:focus, QPlainTextEdit:focus {{
    border: 1px solid {PRIMARY};
}}
QLineEdit#search {{ padding: 5px 8px; }}
QComboBox {{ padding-right: 22px; }}
QComboBox::drop-down {{
    subcontrol-origin: padding; subcontrol-position: center right; width: 20px; border: none;
}}
QComboBox::down-arrow {{ image: url({_ICON_DIR}/chevron-down.svg); width: 10px; height: 10px; }}
QComboBox::down-arrow:disabled {{ image: none; }}
QSpinBox, QDoubleSpinBox {{ padding-right: 20px; }}
QSpinBox::up-button, QDoubleSpinBox::up-button {{
    subcontrol-origin: border; subcontrol-position: top right; width: 18px; border: none;
    border-left: 1px solid {BORDER}; border-top-right-radius: 5px;
}}
QSpinBox::down-button, QDoubleSpinBox::down-button {{
    subcontrol-origin: border; subcontrol-position: bottom right; width: 18px; border: none;
    border-left: 1px solid {BORDER}; border-bottom-right-radius: 5px;
}}
QSpinBox::up-button:hover, QSpinBox::down-button:hover,
QDoubleSpinBox::up-button:hover, QDoubleSpinBox::down-button:hover {{ background: {PRIMARY_SOFT}; }}
QSpinBox::up-arrow, QDoubleSpinBox::up-arrow {{
    image: url({_ICON_DIR}/chevron-up.svg); width: 9px; height: 9px;
}}
QSpinBox::down-arrow, QDoubleSpinBox::down-arrow {{
    image: url({_ICON_DIR}/chevron-down.svg); width: 9px; height: 9px;
}}
QComboBox QAbstractItemView {{ border: 1px solid {BORDER_STRONG}; selection-background-color: {PRIMARY_SOFT}; selection-color: {TEXT}; }}

/* Buttons */
QPushButton, QToolButton#flat {{
    background: {SURFACE}; border: 1px solid {BORDER_STRONG}; border-radius: 5px;
    padding: 5px 14px; color: {TEXT};
}}
QPushButton:hover, QToolButton#flat:hover {{ background: {PRIMARY_SOFT}; border-color: {PRIMARY}; }}
QPushButton:pressed {{ background: #D6E3F3; }}
QPushButton:disabled {{ color: {TEXT_FAINT}; background: {SURFACE_ALT}; border-color: {BORDER}; }}
QPushButton[primary="true"] {{ background: {PRIMARY}; border-color: {PRIMARY}; color: #FFFFFF; }}
QPushButton[primary="true"]:hover {{ background: {PRIMARY_HOVER}; }}
QPushButton[primary="true"]:pressed {{ background: {PRIMARY_PRESSED}; }}
QPushButton[primary="true"]:disabled {{ background: #9DB5D3; border-color: #9DB5D3; color: #F3F6FA; }}

/* Tables and trees */
QTableView, QTreeView, QListView, QTableWidget, QTreeWidget {{
    background: {SURFACE}; alternate-background-color: {SURFACE_ALT};
    border: 1px solid {BORDER}; border-radius: 6px; gridline-color: #ECEFF3;
    selection-background-color: {PRIMARY_SOFT}; selection-color: {TEXT};
}}
QTableView::item, QTreeView::item {{ padding: 2px 6px; }}
QTableView::item:selected, QTreeView::item:selected, QListView::item:selected {{
    background: {PRIMARY_SOFT}; color: {TEXT};
}}
QHeaderView::section {{
    background: {SURFACE_ALT}; color: {TEXT_MUTED}; border: none;
    border-bottom: 1px solid {BORDER}; border-right: 1px solid #ECEFF3; padding: 5px 8px;
}}
QTableCornerButton::section {{ background: {SURFACE_ALT}; border: none; }}

/* Tabs */
QTabWidget::pane {{ border: 1px solid {BORDER}; border-radius: 6px; background: {SURFACE}; top: -1px; }}
QTabBar::tab {{
    background: transparent; color: {TEXT_MUTED}; padding: 6px 14px; border: none;
    border-bottom: 2px solid transparent;
}}
QTabBar::tab:selected {{ color: {PRIMARY}; border-bottom: 2px solid {PRIMARY}; }}
QTabBar::tab:hover {{ color: {TEXT}; }}

QGroupBox {{
    background: {SURFACE}; border: 1px solid {BORDER}; border-radius: 8px;
    margin-top: 14px; padding: 12px 10px 10px 10px;
}}
QGroupBox::title {{
    subcontrol-origin: margin; subcontrol-position: top left; left: 12px; padding: 0 4px;
    color: {TEXT}; font-weight: 600;
}}
QSplitter::handle {{ background: {WINDOW}; }}
QStatusBar {{ background: {SURFACE}; border-top: 1px solid {BORDER}; color: {TEXT_MUTED}; }}
QStatusBar QLabel {{ color: {TEXT_MUTED}; padding: 0 6px; }}
QProgressBar {{
    border: 1px solid {BORDER_STRONG}; border-radius: 4px; background: {SURFACE_ALT};
    text-align: center; color: {TEXT};
}}
QProgressBar::chunk {{ background: {PRIMARY}; border-radius: 3px; }}
QMenuBar {{ background: {SURFACE}; border-bottom: 1px solid {BORDER}; }}
QMenuBar::item {{ padding: 4px 10px; background: transparent; }}
QMenuBar::item:selected {{ background: {PRIMARY_SOFT}; }}
QMenu {{ background: {SURFACE}; border: 1px solid {BORDER_STRONG}; padding: 4px; }}
QMenu::item {{ padding: 5px 24px 5px 24px; }}
QMenu::item:selected {{ background: {PRIMARY_SOFT}; color: {TEXT}; }}
QScrollArea {{ background: transparent; border: none; }}
QScrollArea > QWidget > QWidget#scrollBody {{ background: transparent; }}
QSlider::groove:horizontal {{ height: 4px; background: {BORDER}; border-radius: 2px; }}
QSlider::sub-page:horizontal {{ background: {PRIMARY}; border-radius: 2px; }}
QSlider::handle:horizontal {{
    background: #FFFFFF; border: 2px solid {PRIMARY}; width: 12px; height: 12px;
    margin: -6px 0; border-radius: 7px;
}}
"""
