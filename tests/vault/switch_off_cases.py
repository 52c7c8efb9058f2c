"""Key-derivation floors with the test switch OFF, as in the shipped app.

Not collected by the suite (the name does not start with ``test_``): tests/vault/test_kdf_floors.py
runs this file in its own ``pytest --noconftest`` process, because tests/conftest.py turns the
weak-KDF switch on for the whole session and a switched-on process can never show a floor.
Deliberately imports nothing from tests/conftest.py, which would turn the switch on.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from intake_app.domain.errors import WeakKdfParameters
from intake_app.domain.roles import Role
from intake_app.policy import Policy
from intake_app.services.auth import AuthService
from intake_app.services.users import UserService
from intake_app.vault import crypto, keyops
from intake_app.vault.keyslots import KeySlots
from intake_app.vault.store import Vault

ADMIN, ADMIN_PASS = "admin", "admin passphrase for floor tests 01"
NEW_PASS = "a new passphrase for floor tests 02"
FLOOR = crypto.PRODUCTION_FLOOR
#: A policy that asks one Argon2id pass more than the production floor.
STRICT = Policy(min_kdf_time_cost=FLOOR.time_cost + 1)
AT_STRICT = crypto.KdfParams(FLOOR.memory_kib, FLOOR.time_cost + 1, FLOOR.parallelism)
BELOW_PRODUCTION = [
    crypto.TEST_PARAMS,
    crypto.KdfParams(FLOOR.memory_kib - 1024, FLOOR.time_cost, FLOOR.parallelism),
    crypto.KdfParams(FLOOR.memory_kib, FLOOR.time_cost - 1, FLOOR.parallelism),
    crypto.KdfParams(FLOOR.memory_kib, FLOOR.time_cost, FLOOR.parallelism - 1),
]
#: Above the production floor, below the policy's (STRICT, or one asking more memory).
BELOW_POLICY = [
    (STRICT, FLOOR),
    (Policy(min_kdf_memory_kib=2 * FLOOR.memory_kib),
     crypto.KdfParams(FLOOR.memory_kib, FLOOR.time_cost + 5, FLOOR.parallelism)),
]


def test_the_switch_is_off_in_this_process():
    assert not crypto.weak_kdf_allowed()
    assert crypto.cheapest_params() == FLOOR


def _empty(folder: Path) -> bool:
    return not folder.exists() or list(folder.iterdir()) == []


@pytest.fixture(scope="module")
def made_at_floor(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """A vault whose administrator's slot costs exactly the production floor, and its
    recovery key."""
    root = tmp_path_factory.mktemp("floor") / "vault"
    vault, recovery = Vault.create(root, ADMIN, ADMIN_PASS, kdf=FLOOR)
    vault.lock()
    return root, recovery


@pytest.fixture
def vault_at_floor(made_at_floor: tuple[Path, str]) -> Path:
    return made_at_floor[0]


@pytest.mark.parametrize("params", BELOW_PRODUCTION, ids=["test", "memory", "time", "lanes"])
def test_no_vault_is_created_below_the_production_floor(tmp_path, params):
    with pytest.raises(WeakKdfParameters):
        Vault.create(tmp_path / "v", ADMIN, ADMIN_PASS, kdf=params)
    assert _empty(tmp_path / "v")


@pytest.mark.parametrize(("policy", "params"), BELOW_POLICY, ids=["time", "memory"])
def test_no_vault_is_created_below_the_policy_floor(tmp_path, policy, params):
    params.check_floor()  # fine by the production floor: only the policy refuses it
    with pytest.raises(WeakKdfParameters):
        AuthService(tmp_path / "v", policy, kdf=params).create_vault(ADMIN, ADMIN_PASS)
    assert _empty(tmp_path / "v")


@pytest.mark.parametrize("params", BELOW_PRODUCTION, ids=["test", "memory", "time", "lanes"])
def test_no_key_slot_is_added_below_the_production_floor(vault_at_floor, params):
    with Vault.unlock(vault_at_floor, ADMIN, ADMIN_PASS) as vault, \
            pytest.raises(WeakKdfParameters):
        vault.add_user("cw", Role.CASEWORKER, NEW_PASS, kdf=params)
    assert "cw" not in KeySlots.load(vault_at_floor / "keyslots.json").slots


@pytest.mark.parametrize(("policy", "params"), BELOW_POLICY, ids=["time", "memory"])
def test_no_key_slot_is_added_below_the_policy_floor(vault_at_floor, policy, params):
    auth = AuthService(vault_at_floor, policy, kdf=params)
    with Vault.unlock(vault_at_floor, ADMIN, ADMIN_PASS) as vault, \
            pytest.raises(WeakKdfParameters):
        UserService(vault, auth).add_user("cw", Role.CASEWORKER, NEW_PASS)
    assert "cw" not in KeySlots.load(vault_at_floor / "keyslots.json").slots


def test_a_key_slot_at_the_policy_floor_is_added(vault_at_floor):
    """The control: the refusals above are the floors at work, not adding failing anyway."""
    auth = AuthService(vault_at_floor, STRICT, kdf=AT_STRICT)
    with Vault.unlock(vault_at_floor, ADMIN, ADMIN_PASS) as vault:
        UserService(vault, auth).add_user("cw1", Role.CASEWORKER, NEW_PASS)
    slots = KeySlots.load(vault_at_floor / "keyslots.json")
    assert slots.kdf_params("cw1") == AT_STRICT


def test_no_new_passphrase_below_the_policy_floor(vault_at_floor):
    before = (vault_at_floor / "keyslots.json").read_bytes()
    with pytest.raises(WeakKdfParameters):
        AuthService(vault_at_floor, STRICT, kdf=FLOOR).change_passphrase(
            ADMIN, ADMIN_PASS, NEW_PASS)
    with pytest.raises(WeakKdfParameters):
        AuthService(vault_at_floor, Policy(), kdf=crypto.TEST_PARAMS).change_passphrase(
            ADMIN, ADMIN_PASS, NEW_PASS)
    assert (vault_at_floor / "keyslots.json").read_bytes() == before


def test_no_recovery_below_a_floor(made_at_floor):
    root, recovery = made_at_floor
    before = (root / "keyslots.json").read_bytes()
    with pytest.raises(WeakKdfParameters):
        AuthService(root, STRICT, kdf=FLOOR).recover(ADMIN, recovery, NEW_PASS)
    with pytest.raises(WeakKdfParameters):
        keyops.recover(root, ADMIN, recovery, NEW_PASS, kdf=crypto.TEST_PARAMS)
    assert (root / "keyslots.json").read_bytes() == before


def test_calibration_starts_at_the_policy_floor(vault_at_floor):
    params = AuthService(vault_at_floor, STRICT).new_slot_params()
    assert params.time_cost >= AT_STRICT.time_cost
    assert params.memory_kib >= AT_STRICT.memory_kib
    assert params.parallelism >= AT_STRICT.parallelism
