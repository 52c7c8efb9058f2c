"""Shared fixtures. Tests never pay for production key derivation: cheap Argon2id parameters
are allowed here (and only here) through crypto's explicit test switch."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from intake_app.vault import crypto  # noqa: E402
from intake_app.vault.store import Vault  # noqa: E402

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
