"""GUI entry: theme, the app controller, and the event loop.

``start(app, services, policy)`` is what ``intake_app.app.run_gui`` calls. With
``QT_QPA_PLATFORM=offscreen`` and ``INTAKE_SMOKE`` set it quits after a moment (the smoke test);
with ``INTAKE_STARTUP_PROBE`` it quits once the first window is up (the start-up benchmark).
"""

from __future__ import annotations

import os

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

from intake_app.policy import Policy
from intake_app.services.wiring import Services
from intake_app.ui.app_controller import AppController
from intake_app.ui.common.theme import apply_theme


def window_settings() -> QSettings:
    """Window geometry only (STYLE rule 12): never case data, user names or paths."""
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                     "ConfidentialIntake", "window")


def start(app: QApplication, services: Services, policy: Policy) -> int:
    app.setQuitOnLastWindowClosed(False)  # hiding on lock/quick exit must not quit
    apply_theme(app)
    controller = AppController(app, services, policy, settings=window_settings())
    controller.start()
    if os.environ.get("QT_QPA_PLATFORM") == "offscreen":
        if os.environ.get("INTAKE_SMOKE"):
            QTimer.singleShot(200, controller.quit)
        elif os.environ.get("INTAKE_STARTUP_PROBE"):
            # bench/startup_bench.py: quit as soon as the first window has been shown.
            QTimer.singleShot(0, controller.quit)
    return app.exec()
