"""The look of the case-work screens: one stylesheet from ``resources/styles`` and the spacing
every page shares, so the list, the wizard and the case view line up the same way."""

from __future__ import annotations

from functools import cache

from PySide6.QtWidgets import QWidget

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
