"""Fixtures and stand-ins for the GUI shell tests (sign-in, set-up, lock, quick exit, users).

tests/conftest.py loads this module as a plugin (``pytest_plugins``), so its fixtures (all
named ``shell_*``) reach every test without a conftest in tests/ui. Real widgets on the
offscreen platform, real vaults on disk (cheap KDF, see tests/conftest.py), an injected clock
for the idle lock and injected stand-ins for blocking dialogs.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from intake_app.domain.roles import Role
from intake_app.policy import Policy
from intake_app.services.auth import AuthService
from intake_app.services.session import Session
from intake_app.services.users import UserService
from intake_app.services.wiring import Services
from intake_app.ui.app_controller import AppController
from intake_app.ui.common.theme import apply_theme
from intake_app.vault import crypto
from tests.conftest import ADMIN, ADMIN_PASS

__all__ = ["ADMIN", "ADMIN_PASS", "LOGINS", "FakeClock", "Recorder", "make_auth",
           "signed_in_services"]

WORKER = "amina.k"
WORKER_PASS = "lantern orchard velvet 42"
SUPERVISOR = "grace.o"
SUPERVISOR_PASS = "copper meadow tidal 97"
IDLE_SECONDS = 60.0
#: One person of every role in ``shell_staffed_dir``: who signs in to open a role's screens.
LOGINS: dict[Role, tuple[str, str]] = {
    Role.ADMIN: (ADMIN, ADMIN_PASS),
    Role.CASEWORKER: (WORKER, WORKER_PASS),
    Role.SUPERVISOR: (SUPERVISOR, SUPERVISOR_PASS),
}


class FakeClock:
    """A monotonic clock that only moves when a test says so."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


class Recorder:
    """Stands in for a blocking confirmation box: records the text, answers as told."""

    def __init__(self, answer: bool = True) -> None:
        self.answer = answer
        self.texts: list[str] = []

    def __call__(self, _parent: object, text: str, _accept_label: str) -> bool:
        self.texts.append(text)
        return self.answer


def make_auth(data_dir: Path, **kwargs: object) -> AuthService:
    return AuthService(data_dir, Policy(), kdf=crypto.TEST_PARAMS, **kwargs)  # type: ignore[arg-type]


def signed_in_services(auth: AuthService, role: Role) -> Services:
    """The services of the ``LOGINS`` person of ``role``, signed in (call ``end()`` after)."""
    services = Services(auth)
    services.sign_in(*LOGINS[role])
    return services


@pytest.fixture
def shell_app(qapp: QApplication) -> Iterator[QApplication]:
    """The themed application; every window left over is hidden and deleted afterwards."""
    apply_theme(qapp)
    yield qapp
    for widget in qapp.topLevelWidgets():
        widget.hide()
        widget.deleteLater()
    qapp.clipboard().clear()
    qapp.processEvents()


@pytest.fixture
def shell_empty_auth(tmp_path: Path) -> AuthService:
    return make_auth(tmp_path / "fresh")


@pytest.fixture
def shell_staffed_dir(vault_dir: Path) -> Path:
    """The golden vault (administrator ``admin``) plus a caseworker and a supervisor."""
    auth = make_auth(vault_dir)
    with auth.sign_in(ADMIN, ADMIN_PASS) as vault:
        users = UserService(Session(vault), auth)
        users.add_user(WORKER, Role.CASEWORKER, WORKER_PASS, display_name="Amina K")
        users.add_user(SUPERVISOR, Role.SUPERVISOR, SUPERVISOR_PASS)
    return vault_dir


@pytest.fixture
def shell_auth(shell_staffed_dir: Path) -> AuthService:
    return make_auth(shell_staffed_dir)


@pytest.fixture
def shell_clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def shell_controller(shell_app: QApplication,
                     shell_clock: FakeClock) -> Iterator[Callable[..., AppController]]:
    """Build an AppController on ``Services(auth)`` with a 60 s idle time-out on a fake
    clock, fast timers, no QSettings, confirmations answered yes, and a recorded (not real)
    application quit."""
    made: list[AppController] = []

    def factory(auth: AuthService, **overrides: object) -> AppController:
        quits: list[int] = []
        options: dict[str, object] = dict(
            idle_seconds=IDLE_SECONDS, clock=shell_clock,
            idle_check_ms=20, tick_ms=20, settings=None, ask=Recorder(True),
            choose_save_path=lambda _parent, _name: None, quit_app=lambda: quits.append(1))
        options.update(overrides)
        controller = AppController(shell_app, Services(auth), Policy(), **options)  # type: ignore[arg-type]
        controller.quit_calls = quits  # type: ignore[attr-defined]
        made.append(controller)
        return controller

    yield factory
    for controller in made:
        controller.shutdown()
