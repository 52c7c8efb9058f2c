"""Composition root of the GUI: reads the policy, builds the services (``services/wiring.py``,
the same wiring as the command line's), starts the GUI."""

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
    from intake_app.services.wiring import build_services

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName("Confidential Intake")
    _install_translation(app)
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


def _install_translation(app: object) -> None:
    """Load ``resources/i18n/confidential_intake_<locale>.qm`` for the system language, if
    one has been built (``make translations``); English text is the source otherwise."""
    from PySide6.QtCore import QLocale, QTranslator

    from intake_app.resources import path

    translator = QTranslator(app)  # type: ignore[arg-type]
    if translator.load(QLocale.system(), "confidential_intake", "_", str(path("i18n"))):
        app.installTranslator(translator)  # type: ignore[attr-defined]
