"""The look of every screen, in one place: the stylesheets from ``resources/style``, a legible
base font size, and the spacing the case-work pages share.

Two sheets, one loader. ``app.qss`` is the whole application's (set once on the QApplication
by ``apply_theme``); ``case_work.qss`` adds the case-work screens (case list, intake wizard,
case view) on top of it, in its palette, and is set on those screens only (``apply_case_work``)
so that its object names cannot restyle the sign-in or user screens.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from intake_app import resources

STYLESHEET = "style/app.qss"
CASE_WORK_STYLESHEET = "style/case_work.qss"
BASE_POINT_SIZE = 11
#: Margins around a page's content and gaps between blocks, in pixels.
PAGE_MARGIN = 24
BLOCK_GAP = 16
#: Widest a column of questions grows, so lines stay readable on a wide screen.
READING_WIDTH = 820


def _sheet(name: str) -> str:
    """A sheet, with ``@STYLE@`` pointing at its folder (for the images it uses)."""
    folder = resources.path(name).parent.as_posix()
    return resources.read_text(name).replace("@STYLE@", folder)


def stylesheet() -> str:
    """The application's sheet."""
    return _sheet(STYLESHEET)


@cache
def case_work_stylesheet() -> str:
    """The case-work sheet, read once: every case view and wizard sets it again."""
    return _sheet(CASE_WORK_STYLESHEET)


def apply_theme(app: QApplication) -> None:
    font = app.font()
    if font.pointSize() < BASE_POINT_SIZE:
        font.setPointSize(BASE_POINT_SIZE)
        app.setFont(font)
    app.setStyle("Fusion")  # the same look on every platform, so the stylesheet fits them all
    app.setStyleSheet(stylesheet())


def apply_case_work(widget: QWidget) -> None:
    """Style ``widget`` and everything inside it as a case-work screen."""
    widget.setStyleSheet(case_work_stylesheet())


def scroll_page(scroll: QScrollArea) -> QWidget:
    """Make ``scroll`` a frameless page whose content follows its width, and return the page's
    surface to build on; the caller hands it to ``scroll.setWidget`` once it is filled."""
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    surface = QWidget(scroll)
    surface.setObjectName("pageSurface")
    surface.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
    return surface


def page_column(widget: QWidget) -> QVBoxLayout:
    """Lay ``widget`` out as a column of blocks with the page margins and gaps."""
    layout = QVBoxLayout(widget)
    layout.setContentsMargins(PAGE_MARGIN, PAGE_MARGIN, PAGE_MARGIN, PAGE_MARGIN)
    layout.setSpacing(BLOCK_GAP)
    return layout


def reading_column(surface: QWidget) -> tuple[QWidget, QVBoxLayout]:
    """A page column no wider than ``READING_WIDTH`` at the left of ``surface``: the widget
    to put the content in, and its layout."""
    row = QHBoxLayout(surface)
    row.setContentsMargins(0, 0, 0, 0)
    inner = QWidget(surface)
    inner.setMaximumWidth(READING_WIDTH + 2 * PAGE_MARGIN)
    row.addWidget(inner, 1)
    row.addStretch(0)
    return inner, page_column(inner)
