"""Regenerate the documentation screenshots: ``python -m tools.screenshots [--out DIR]``.

Runs offscreen on a throw-away vault in a temporary folder (cheap test KDF parameters: this is a
documentation tool, never part of the app) and writes one PNG per registered shot to
``docs/screenshots``. No real names: the accounts and texts below are invented.

Add a shot with the ``@shot("file-name")`` decorator: the function receives the ``Studio`` and
returns the widget to photograph (shown, at the size it should be captured). Every screen
registered for a role in ``intake_app/ui/screens.py`` gets a shot of the main window showing
it (named by the screen's ``shot``) without anything to add here. The case screens register
theirs in the "Case screens" section at the end of this file.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication, QWidget

from intake_app.domain.errors import WrongPassphrase
from intake_app.domain.roles import Role
from intake_app.policy import Policy
from intake_app.services.auth import AuthService
from intake_app.services.session import Session
from intake_app.services.users import UserService
from intake_app.services.wiring import Services
from intake_app.ui.access.lock_screen import LockScreen
from intake_app.ui.access.setup_wizard import SetupWizard, grouped
from intake_app.ui.access.sign_in import SignInDialog
from intake_app.ui.common import messages
from intake_app.ui.common.tasks import TaskRunner
from intake_app.ui.common.theme import apply_theme
from intake_app.ui.common.translation import install
from intake_app.ui.main_window import MainWindow
from intake_app.ui.screens import SCREENS, Screen
from intake_app.vault import crypto

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_OUT = ROOT / "docs" / "screenshots"

ADMIN, ADMIN_PASS = "it.admin", "documentation admin phrase 1"
WORKER, WORKER_PASS = "amina.k", "documentation worker phrase 2"
STAFF = [
    ("amina.k", Role.CASEWORKER, "Amina K", "north", WORKER_PASS),
    ("grace.o", Role.SUPERVISOR, "Grace O", "north", "documentation supervisor 3"),
    ("lucja.w", Role.CASEWORKER, "Lucja W", "south", "documentation worker phrase 4"),
]
#: Who signs in to photograph a role's screens.
LOGINS = {Role.ADMIN: (ADMIN, ADMIN_PASS), Role.CASEWORKER: (WORKER, WORKER_PASS),
          Role.SUPERVISOR: ("grace.o", "documentation supervisor 3")}


@dataclass
class Studio:
    """What a shot needs: a vault with staff, the services, and somewhere to keep widgets."""

    app: QApplication
    folder: Path
    auth: AuthService
    policy: Policy
    runner: TaskRunner
    recovery_key: str
    signed_in: list[Services] = field(default_factory=list)

    def services(self, user: str, passphrase: str) -> Services:
        """The services of ``user``, signed in (signed out again when the run ends)."""
        services = Services(self.auth)
        services.sign_in(user, passphrase)
        self.signed_in.append(services)
        return services

    def settle(self) -> None:
        for _ in range(5):
            self.app.processEvents()


ShotMaker = Callable[[Studio], QWidget]
SHOTS: dict[str, ShotMaker] = {}


def shot(name: str) -> Callable[[ShotMaker], ShotMaker]:
    def register(maker: ShotMaker) -> ShotMaker:
        SHOTS[name] = maker
        return maker
    return register


def _show(widget: QWidget, size: QSize | None = None) -> QWidget:
    """Show at ``size``; a dialog gets that width and the height its content asks for."""
    widget.show()
    if size is not None:
        if size.height() <= 0:
            widget.resize(size.width(), widget.heightForWidth(size.width())
                          if widget.hasHeightForWidth() else widget.sizeHint().height())
        else:
            widget.resize(size)
    return widget


# --- the application shell --------------------------------------------------------------------

@shot("setup-wizard")
def setup_wizard(studio: Studio) -> QWidget:
    auth = AuthService(studio.folder / "not-yet", studio.policy, kdf=crypto.TEST_PARAMS)
    wizard = SetupWizard(Services(auth), studio.runner, studio.policy)
    wizard.user_name.setText("it.admin")
    wizard.display_name.setText("IT administrator")
    wizard.passphrase.first.setText("harbour lantern orchard")
    return _show(wizard, QSize(600, 0))


@shot("recovery-key")
def recovery_key(studio: Studio) -> QWidget:
    auth = AuthService(studio.folder / "not-yet", studio.policy, kdf=crypto.TEST_PARAMS)
    wizard = SetupWizard(Services(auth), studio.runner, studio.policy)
    wizard.key_label.setText(grouped(studio.recovery_key))
    wizard.pages.setCurrentIndex(1)
    return _show(wizard, QSize(600, 0))


@shot("sign-in")
def sign_in(studio: Studio) -> QWidget:
    dialog = SignInDialog(Services(studio.auth), studio.runner)
    dialog.form.user.setText(WORKER)
    dialog.form._show_message(messages.describe(WrongPassphrase("x")), error=True)
    return _show(dialog, QSize(500, 0))


@shot("lock-screen")
def lock_screen(studio: Studio) -> QWidget:
    return _show(LockScreen(Services(studio.auth), studio.runner, WORKER, "Amina K"),
                 QSize(500, 0))


# --- the main window, once per registered screen ----------------------------------------------

#: What a screen's picture shows beyond the screen as it opens, by screen name.
_PREPARE: dict[str, Callable[[QWidget], None]] = {
    "users": lambda screen: screen.select(WORKER),  # type: ignore[attr-defined]
    # The directory is built when first shown; police: the flag and its facts in words.
    "directory": lambda page: page.content.select_kind("police"),  # type: ignore[attr-defined]
}


def _window_shot(role: Role, screen: Screen) -> ShotMaker:
    def make(studio: Studio) -> QWidget:
        window = MainWindow(studio.services(*LOGINS[role]), studio.runner, studio.policy)
        page = window.screens[screen.name]
        window.navigation.setCurrentRow(window.pages.indexOf(page))
        _PREPARE.get(screen.name, lambda _screen: None)(page)
        return _show(window, QSize(1100, 640))
    return make


def _register_screens() -> None:
    for role, screens in SCREENS.items():
        for screen in screens:
            if screen.shot not in SHOTS:  # a screen several roles share is shown once
                shot(screen.shot)(_window_shot(role, screen))


_register_screens()


# --- Case screens -----------------------------------------------------------------------------
# The case list, intake wizard and case view register their shots from ``tools/case_screens.py``
# (``register_case_shots(shot, show, worker, passphrase)``) when that module is present; their
# functions sign in a caseworker with ``studio.services(...)`` and fill the vault through
# CaseService.

def _register_case_screens() -> None:
    if importlib.util.find_spec("tools.case_screens") is None:
        return
    from tools.case_screens import register_case_shots

    register_case_shots(shot, _show, WORKER, WORKER_PASS)


_register_case_screens()


# The referral queue's picture replaces its plain window shot (an empty queue shows little):
# ``tools/referral_queue_screens.py`` stages submitted referrals first.

def _register_referral_screens() -> None:
    from tools.referral_queue_screens import register_queue_shots

    register_queue_shots(shot, _show, {"worker": (WORKER, WORKER_PASS),
                                          "supervisor": LOGINS[Role.SUPERVISOR]})


_register_referral_screens()


# --- running ----------------------------------------------------------------------------------

def _studio(app: QApplication, folder: Path) -> Studio:
    crypto.allow_weak_kdf_for_tests()  # a throw-away documentation vault only
    policy = Policy()
    auth = AuthService(folder / "vault", policy, kdf=crypto.TEST_PARAMS)
    vault, key = auth.create_vault(ADMIN, ADMIN_PASS, display_name="IT administrator")
    with Session(vault) as session:
        users = UserService(session, auth)
        for name, role, display, team, passphrase in STAFF:
            users.add_user(name, role, passphrase, display_name=display, team=team)
    return Studio(app, folder, auth, policy, TaskRunner(), key)


@contextmanager
def studio_for(app: QApplication) -> Iterator[Studio]:
    """A throw-away vault with staff, signed out and removed when the block ends."""
    with tempfile.TemporaryDirectory(prefix="intake-shots-") as tmp:
        studio = _studio(app, Path(tmp))
        try:
            yield studio
        finally:
            for services in studio.signed_in:
                services.end()
            studio.runner.wait()


def take(studio: Studio, name: str) -> QWidget:
    """The widget of one registered shot, shown and settled."""
    widget = SHOTS[name](studio)
    studio.settle()
    return widget


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.screenshots")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--only", nargs="*", choices=sorted(SHOTS), help="shots to take")
    parser.add_argument("--language", help="photograph the screens in this language (a built "
                        "catalogue: make translations), for example pseudo or pseudo_rtl")
    parser.add_argument("--prefix", default="", help="put before every file name")
    args = parser.parse_args(argv)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Confidential Intake")
    apply_theme(app)  # type: ignore[arg-type]
    if args.language:
        installed = install(app, args.language)  # type: ignore[arg-type]
        if installed.problem:
            print(installed.problem, file=sys.stderr)
            return 1
    args.out.mkdir(parents=True, exist_ok=True)
    with studio_for(app) as studio:  # type: ignore[arg-type]
        for name in args.only or sorted(SHOTS):
            widget = take(studio, name)
            target = args.out / f"{args.prefix}{name}.png"
            if not widget.grab().save(str(target)):
                print(f"could not write {target}", file=sys.stderr)
                return 1
            print(target)
            widget.hide()
            widget.deleteLater()
    return 0


if __name__ == "__main__":
    sys.exit(main())
