"""Blocks of a scrolling page that stay as tall as their wrapped text needs.

A page column lays a block out at its minimum height, which counts a word-wrapped label as one
line; a block whose wrapped text grows (facts shown, a translation a third longer) is then
squeezed and what follows overlaps. ``fit_height(widget)`` sets the block's minimum height to
what its layout needs at its width, and lays the page out again at once (not at the next turn
of the event loop), so nothing is pressed where it is not drawn. Call it from ``resizeEvent``
and after the block's text changes.
"""

from __future__ import annotations

from PySide6.QtWidgets import QScrollArea, QWidget


def fit_height(widget: QWidget) -> None:
    if (own := widget.layout()) is not None:
        # The layout keeps each item's height from the last time it asked. In the
        # pseudo-translation those kept answers were a pixel or two a line short of what the
        # labels need once shown, and the card cut them off; asking again costs little.
        own.invalidate()
    width = widget.width()
    needed = widget.heightForWidth(width) if width > 0 else -1
    if needed <= 0 or needed == widget.minimumHeight():
        return
    widget.setMinimumHeight(needed)
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QScrollArea):
        if (layout := parent.layout()) is not None:
            layout.activate()
        parent = parent.parentWidget()
    if (layout := widget.layout()) is not None:
        layout.activate()
