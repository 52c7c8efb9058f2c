"""The list of sections beside a long form (the intake wizard, the case's intake tab).

Its width follows its longest title (a translation can run a third longer than English) up to
a limit; past it, a title wraps onto a second line rather than being cut off or hidden behind
a sideways scroll bar, in either reading direction.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QWidget

NARROWEST = 200
WIDEST = 320
#: Room for the item's padding, the selection marker and a vertical scroll bar.
_CHROME = 56


def section_list(parent: QWidget, accessible_name: str) -> QListWidget:
    widget = QListWidget(parent)
    widget.setObjectName("sectionList")
    widget.setAccessibleName(accessible_name)
    widget.setWordWrap(True)
    widget.setTextElideMode(Qt.TextElideMode.ElideNone)
    widget.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    widget.setResizeMode(QListWidget.ResizeMode.Adjust)
    return widget


def fit_width(widget: QListWidget, extra: str = "") -> None:
    """Size the list to its longest item (and ``extra``, a longer text an item may take
    later), within ``NARROWEST`` .. ``WIDEST``."""
    metrics = widget.fontMetrics()
    texts = [widget.item(i).text() for i in range(widget.count())]
    if extra:
        texts.append(extra)
    widest = max((metrics.horizontalAdvance(text) for text in texts), default=0)
    widget.setFixedWidth(max(NARROWEST, min(WIDEST, widest + _CHROME)))
