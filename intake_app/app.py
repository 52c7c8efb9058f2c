"""Composition root: reads the policy, builds the services, starts the GUI."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def run_gui(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="intake-app")
    parser.add_argument("--data-dir", type=Path)
    args = parser.parse_args(argv)

    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication, QMessageBox

    from intake_app.domain.errors import IntakeError
    from intake_app.policy import load_policy
    from intake_app.services.auth import AuthService

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Confidential Intake")
    try:
        policy = load_policy()
    except IntakeError as exc:
        text = QCoreApplication.translate(
            "App", "The machine policy file cannot be used:\n{problem}\n\n"
            "Ask your IT administrator to correct it.").format(problem=exc)
        QMessageBox.critical(None, QCoreApplication.translate("App", "Confidential Intake"), text)
        return 1
    auth = AuthService(args.data_dir or policy.data_path(), policy)
    from intake_app.ui.main import start

    return start(app, auth, policy)
