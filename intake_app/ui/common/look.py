"""The look of the case-work screens: one stylesheet from ``resources/styles`` and the spacing
every page shares, so the list, the wizard and the case view line up the same way."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QScrollArea, QVBoxLayout, QWidget

from intake_app import resources

#: Margins around a page's content and gaps between blocks, in pixels.
PAGE_MARGIN = 24
BLOCK_GAP = 16
#: Widest a column of questions grows, so lines stay readable on a wide screen.
READING_WIDTH = 820


@cache
def _stylesheet() -> str:
    return resources.read_text("style/case_work.qss")


def apply(widget: QWidget) -> None:
    """Style ``widget`` and everything inside it as a case-work screen."""
    widget.setStyleSheet(_stylesheet())


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
