"""Composition root of the GUI: reads the policy, builds the services (``services/wiring.py``,
the same wiring as the command line's), starts the GUI."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def run_gui(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="intake-app")
    parser.add_argument("--data-dir", type=Path)
    parser.add_argument("--language", metavar="TAG",
                        help="show the app in this language (for example pl or cy) instead of "
                             "the computer's")
    args = parser.parse_args(argv)

    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication, QMessageBox

    from intake_app.domain.errors import IntakeError
    from intake_app.policy import load_policy
    from intake_app.services.wiring import build_services

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName("Confidential Intake")
    from intake_app.ui.common.translation import install

    installed = install(app, args.language)
    if installed.problem:
        print(installed.problem, file=sys.stderr)
    try:
        policy = load_policy()
    except IntakeError as exc:
        text = QCoreApplication.translate(
            "App", "The machine policy file cannot be used:\n{problem}\n\n"
            "Ask your IT administrator to correct it.").format(problem=exc)
        QMessageBox.critical(None, QCoreApplication.translate("App", "Confidential Intake"), text)
        return 1
    services = build_services(args.data_dir or policy.data_path(), policy)
    from intake_app.ui.main import start

    return start(app, services, policy)

