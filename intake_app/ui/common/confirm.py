"""Blocking questions and file choosers, as injectable callables.

Screens take these as constructor arguments so that tests pass a stand-in and never block on a
modal box or a native dialog. File choosers use Qt's own dialog, not the platform's, so a chosen
file is not added to the desktop's "recent files" list.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

#: confirm(parent, text, accept_label) -> True when the person chose the action.
Confirm = Callable[[QWidget, str, str], bool]
#: choose_save_path(parent, suggested_name) -> a path, or None when cancelled.
ChooseSavePath = Callable[[QWidget, str], Path | None]


def ask(parent: QWidget, text: str, accept_label: str) -> bool:
    box = QMessageBox(parent)
    box.setWindowTitle(QCoreApplication.translate("Confirm", "Confidential Intake"))
    box.setIcon(QMessageBox.Icon.Warning)
    box.setText(text)
    accept = box.addButton(accept_label, QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    box.exec()
    return box.clickedButton() is accept


def choose_save_path(parent: QWidget, suggested_name: str) -> Path | None:
    dialog = QFileDialog(parent, QCoreApplication.translate("Confirm", "Confidential Intake"))
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.selectFile(suggested_name)
    if dialog.exec() != QFileDialog.DialogCode.Accepted or not dialog.selectedFiles():
        return None
    return Path(dialog.selectedFiles()[0])
