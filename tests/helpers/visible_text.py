"""What a person sees on a widget tree: every text a visible widget shows or speaks (labels,
buttons, titles, placeholders, tooltips, accessible names, list items, table headers and cells),
and which of those are cut off."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)


@dataclass(frozen=True)
class Seen:
    widget: str  # class and object name, for the failure message
    kind: str  # "label", "button", "placeholder", ...
    text: str


def _name(widget: QWidget) -> str:
    return f"{type(widget).__name__}#{widget.objectName() or '?'}"


def _plain(text: str) -> str:
    """Rich text without its tags (the words a person reads)."""
    if "<" not in text:
        return text
    from PySide6.QtGui import QTextDocument

    doc = QTextDocument()
    doc.setHtml(text)
    return doc.toPlainText()


def _visible(widget: QWidget, top: QWidget) -> bool:
    return widget is top or widget.isVisibleTo(top)


def visible_texts(top: QWidget, *, rows: int = 30) -> list[Seen]:
    """Every text shown or spoken on ``top`` and its visible children (the first ``rows`` rows
    of each item view)."""
    seen: list[Seen] = []

    def add(widget: QWidget, kind: str, text: object) -> None:
        if isinstance(text, str) and text.strip():
            seen.append(Seen(_name(widget), kind, _plain(text)))

    for widget in [top, *top.findChildren(QWidget)]:
        if not _visible(widget, top):
            continue
        if widget.isWindow():
            add(widget, "window title", widget.windowTitle())
        add(widget, "tooltip", widget.toolTip())
        add(widget, "accessible name", widget.accessibleName())
        add(widget, "accessible description", widget.accessibleDescription())
        if isinstance(widget, QLabel):
            add(widget, "label", widget.text())
        elif isinstance(widget, QAbstractButton):
            add(widget, "button", widget.text())
        elif isinstance(widget, QGroupBox):
            add(widget, "group title", widget.title())
        if isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):
            add(widget, "placeholder", widget.placeholderText())
        if isinstance(widget, QComboBox):
            for i in range(widget.count()):
                add(widget, "choice", widget.itemText(i))
        if isinstance(widget, QTabBar):
            for i in range(widget.count()):
                add(widget, "tab", widget.tabText(i))
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            root = QModelIndex()
            columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(root)
            for column in range(columns):
                add(widget, "column title", model.headerData(
                    column, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole))
            for row in range(min(rows, model.rowCount(root))):
                for column in range(columns):
                    value = model.data(model.index(row, column, root))
                    if isinstance(value, str):
                        add(widget, "cell", value)
    return seen


def cut_off(top: QWidget) -> list[str]:
    """Texts a visible widget is too small to show whole (one line that does not fit its
    width, wrapped text that does not fit its height, a column narrower than its title)."""
    problems: list[str] = []
    for widget in [top, *top.findChildren(QWidget)]:
        if not _visible(widget, top) or widget.width() <= 0:
            continue
        if isinstance(widget, QLabel) and widget.text().strip() and widget.pixmap().isNull():
            if widget.wordWrap():
                needed = widget.heightForWidth(widget.width())
                if needed > widget.height() + 1:
                    problems.append(f"{_name(widget)} {widget.text()!r}: needs {needed}px of "
                                    f"height, has {widget.height()}")
            elif widget.minimumSizeHint().width() > widget.width() + 1:
                problems.append(f"{_name(widget)} {widget.text()!r}: needs "
                                f"{widget.minimumSizeHint().width()}px, has {widget.width()}")
        elif isinstance(widget, QAbstractButton) and widget.text().strip():
            if widget.sizeHint().width() > widget.width() + 1:
                problems.append(f"{_name(widget)} {widget.text()!r}: needs "
                                f"{widget.sizeHint().width()}px, has {widget.width()}")
        elif isinstance(widget, QHeaderView) and widget.orientation() == Qt.Orientation.Horizontal:
            for column in range(widget.count()):
                if widget.isSectionHidden(column) or widget.sectionResizeMode(column) == \
                        QHeaderView.ResizeMode.Stretch:
                    continue
                if widget.sectionSize(column) + 1 < widget.sectionSizeHint(column):
                    title = widget.model().headerData(column, Qt.Orientation.Horizontal)
                    problems.append(f"{_name(widget)} column {title!r}: "
                                    f"{widget.sectionSize(column)}px of "
                                    f"{widget.sectionSizeHint(column)}")
    return problems
