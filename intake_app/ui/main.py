"""Temporary start window until the full GUI lands: says whether the vault is ready."""

from __future__ import annotations

import os

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

from intake_app.policy import Policy
from intake_app.services.auth import AuthService


def start(app: QApplication, auth: AuthService, policy: Policy) -> int:
    window = QWidget()
    window.setWindowTitle(app.tr("Confidential Intake"))
    layout = QVBoxLayout(window)
    text = (app.tr("The vault is ready.") if auth.vault_exists()
            else app.tr("No vault yet: an administrator creates one with 'intake-app admin init'."))
    layout.addWidget(QLabel(text))
    window.show()
    if os.environ.get("QT_QPA_PLATFORM") == "offscreen" and os.environ.get("INTAKE_SMOKE"):
        QTimer.singleShot(200, app.quit)
    return app.exec()
