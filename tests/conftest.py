"""Shared fixtures. Tests never pay for production key derivation: cheap Argon2id parameters
are allowed here (and only here) through crypto's explicit test switch."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from intake_app.vault import crypto
from intake_app.vault.store import Vault

crypto.allow_weak_kdf_for_tests()

ADMIN = "admin"
ADMIN_PASS = "admin passphrase for tests 01"
TEST_KDF = crypto.TEST_PARAMS


@pytest.fixture(scope="session")
def golden_vault(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """One vault built per test run (an admin only); copy it with ``vault_dir``."""
    root = tmp_path_factory.mktemp("golden") / "vault"
    vault, recovery = Vault.create(root, ADMIN, ADMIN_PASS, kdf=TEST_KDF)
    vault.lock()
    return root, recovery


@pytest.fixture
def vault_dir(golden_vault: tuple[Path, str], tmp_path: Path) -> Path:
    """A private copy of the golden vault."""
    target = tmp_path / "data"
    shutil.copytree(golden_vault[0], target)
    return target


@pytest.fixture
def recovery_key(golden_vault: tuple[Path, str]) -> str:
    return golden_vault[1]


@pytest.fixture
def make_vault(tmp_path: Path):
    """Create a fresh vault; returns a function (dir name) -> (Vault, recovery key)."""
    opened: list[Vault] = []

    def factory(name: str = "vault") -> tuple[Vault, str]:
        vault, recovery = Vault.create(tmp_path / name, ADMIN, ADMIN_PASS, kdf=TEST_KDF)
        opened.append(vault)
        return vault, recovery

    yield factory
    for v in opened:
        v.lock()


# GUI shell fixtures (shell_app, shell_auth, shell_controller, ...): see tests/ui/shell_support.py
pytest_plugins = ["tests.ui.shell_support"]

# Case-work screen fixtures (staff, signed-in case services, a 100,000-case vault): see
# tests/helpers/case_ui.py
pytest_plugins += ["tests.helpers.case_ui"]


# --- case work (tests/services/test_cases.py, tests/vault/test_cases_repo.py) -----------------

#: Staff of two teams, all with STAFF_PASS. north: cw1, cw2, sup; south: cw3, sup2.
STAFF_PASS = "staff passphrase for tests 7"
STAFF: dict[str, tuple[str, str]] = {
    "cw1": ("caseworker", "north"), "cw2": ("caseworker", "north"),
    "sup": ("supervisor", "north"), "cw3": ("caseworker", "south"),
    "sup2": ("supervisor", "south"),
}


@pytest.fixture(scope="session")
def golden_staff_vault(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One vault per run with an admin and the STAFF of two teams; copy it per test."""
    from intake_app.domain.roles import Role

    root = tmp_path_factory.mktemp("staff") / "vault"
    vault, _recovery = Vault.create(root, ADMIN, ADMIN_PASS, kdf=TEST_KDF)
    try:
        for name, (role, team) in STAFF.items():
            vault.add_user(name, Role(role), STAFF_PASS, kdf=TEST_KDF, team=team)
    finally:
        vault.lock()
    return root


@pytest.fixture
def staff_vault_dir(golden_staff_vault: Path, tmp_path: Path) -> Path:
    target = tmp_path / "staff"
    shutil.copytree(golden_staff_vault, target)
    return target


@pytest.fixture
def open_as(staff_vault_dir: Path):
    """Sign in to the staff vault: ``open_as("cw1")`` -> an unlocked Vault (locked after the
    test). ``clock=`` is passed through to the vault."""
    opened: list[Vault] = []

    def factory(user: str, **kwargs: object) -> Vault:
        passphrase = ADMIN_PASS if user == ADMIN else STAFF_PASS
        vault = Vault.unlock(staff_vault_dir, user, passphrase, **kwargs)  # type: ignore[arg-type]
        opened.append(vault)
        return vault

    yield factory
    for v in opened:
        v.lock()
