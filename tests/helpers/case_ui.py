"""Fixtures for the case-work screen tests (import them into a test module): real vault
files, a signed-in caseworker and supervisor, and a session-wide vault holding 100,000 cases
(loaded through the cases repository's bulk insert, built once per test run)."""

from __future__ import annotations

import random
import shutil
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from intake_app.domain.answers import Tri
from intake_app.domain.roles import Role
from intake_app.services.case_core import new_case_row, reference_for, timestamp
from intake_app.services.cases import CaseService
from intake_app.services.session import Session
from intake_app.vault.cases_repo import CasesRepo
from intake_app.vault.store import Vault
from tests.conftest import ADMIN, ADMIN_PASS, TEST_KDF

WORKER = "amara"
WORKER_PASS = "amara passphrase for tests 1"
SUPERVISOR = "grace"
SUPERVISOR_PASS = "grace passphrase for tests 1"
TEAM = "north"
BIG_COUNT = 100_000

_GIVEN = ("Amina", "Maria", "Grace", "Fatou", "Niamh", "Zoe", "Ayse", "Lan", "Hodan", "Lucja",
          "Olga", "Priya", "Sunita", "Leila", "Maryam", "Hiwot", "Rumana", "Eleni", "Iryna")
_FAMILY = ("Okafor", "Silva", "Mensah", "Diallo", "OBrien", "Mueller", "Yilmaz", "Nguyen",
           "Warsame", "Wisniewska", "Ivanova", "Patel", "Devi", "Haddad", "Abdullah", "Gebru")


def add_staff(data_dir: Path) -> None:
    admin = Vault.unlock(data_dir, ADMIN, ADMIN_PASS)
    try:
        admin.add_user(WORKER, Role.CASEWORKER, WORKER_PASS, kdf=TEST_KDF, team=TEAM)
        admin.add_user(SUPERVISOR, Role.SUPERVISOR, SUPERVISOR_PASS, kdf=TEST_KDF, team=TEAM)
    finally:
        admin.lock()


def sign_in(data_dir: Path, user: str = WORKER) -> Vault:
    passphrase = WORKER_PASS if user == WORKER else SUPERVISOR_PASS
    return Vault.unlock(data_dir, user, passphrase)


@pytest.fixture
def staff_dir(vault_dir: Path) -> Path:
    """A private vault with a caseworker and a supervisor of one team."""
    add_staff(vault_dir)
    return vault_dir


@pytest.fixture
def worker_vault(staff_dir: Path) -> Iterator[Vault]:
    vault = sign_in(staff_dir)
    yield vault
    vault.lock()


@pytest.fixture
def cases(worker_vault: Vault) -> CaseService:
    return CaseService(Session(worker_vault))


def load_many(vault: Vault, count: int, *, owners: tuple[str, ...], seed: int = 7) -> None:
    """Insert ``count`` small synthetic cases in one transaction through the repo's bulk
    path (names and one phone number each: what the list and search need)."""
    rng = random.Random(seed)
    start = datetime(2024, 1, 1, tzinfo=UTC)
    with vault.transaction() as conn:
        repo = CasesRepo(conn)
        first = repo.reserve_serials(2024, count)
        rows = []
        for i in range(count):
            name = f"{rng.choice(_GIVEN)} {rng.choice(_FAMILY)}"
            values = {"survivor.names": name, "referral.source": "self",
                      "contact.phones": ({"number": f"07700 9{i:05d}",
                                          "safe_to_call": Tri.YES},)}
            rows.append(new_case_row(
                values, reference=reference_for(2024, first + i), owner=owners[i % len(owners)],
                team=TEAM, created_at=timestamp(start + timedelta(minutes=i))))
        repo.bulk_insert(rows)


@pytest.fixture(scope="session")
def big_vault_dir(golden_vault: tuple[Path, str],
                  tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A vault with 100,000 cases owned by the team's workers, built once per run."""
    root = tmp_path_factory.mktemp("big") / "data"
    shutil.copytree(golden_vault[0], root)
    add_staff(root)
    vault = sign_in(root, SUPERVISOR)
    try:
        load_many(vault, BIG_COUNT, owners=(WORKER, SUPERVISOR))
    finally:
        vault.lock()
    return root
