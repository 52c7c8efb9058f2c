"""Shared form parts driven as a person uses them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from intake_app.ui.common import form_parts


def test_a_wrapped_tick_box_is_ticked_by_pressing_its_words(qtbot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    box, row = form_parts.wrapped_check(parent, "I have &written it down " * 6, "Written down")
    row.resize(300, 200)
    parent.show()
    words = row.findChild(QLabel)
    assert words.wordWrap() and words.buddy() is box
    assert box.accessibleName() == "Written down"
    qtbot.mouseClick(words, Qt.MouseButton.LeftButton)
    assert box.isChecked()
    qtbot.mouseClick(words, Qt.MouseButton.LeftButton)
    assert not box.isChecked()
    box.setEnabled(False)
    qtbot.mouseClick(words, Qt.MouseButton.LeftButton)
    assert not box.isChecked()
