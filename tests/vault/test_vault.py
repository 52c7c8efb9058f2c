"""The vault on real SQLCipher files: create, unlock, wrong passphrase, throttling, passphrase
change, recovery, rotation, users."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest

from intake_app.domain.errors import (
    PermissionDenied,
    UnknownUser,
    UnlockThrottled,
    UserExists,
    VaultExists,
    VaultMissing,
    WeakKdfParameters,
    WrongPassphrase,
)
from intake_app.domain.roles import Role
from intake_app.services.session import Session
from intake_app.vault import audit, crypto, database
from intake_app.vault.keyops import change_passphrase, recover
from intake_app.vault.keyslots import KeySlots
from intake_app.vault.store import Vault
from tests.conftest import ADMIN, ADMIN_PASS, TEST_KDF

CW_PASS = "caseworker passphrase 4471"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_create_writes_encrypted_files_with_owner_only_permissions(tmp_path):
    vault, recovery = Vault.create(tmp_path / "v", ADMIN, ADMIN_PASS, kdf=TEST_KDF)
    vault.lock()
    db = (tmp_path / "v" / "vault.db").read_bytes()
    assert not db.startswith(b"SQLite format 3")
    for name in ("vault.db", "keyslots.json"):
        assert (tmp_path / "v" / name).stat().st_mode & 0o077 == 0
    assert len(recovery.replace("-", "")) == 36


def test_create_refuses_existing_vault(vault_dir):
    with pytest.raises(VaultExists):
        Vault.create(vault_dir, ADMIN, ADMIN_PASS, kdf=TEST_KDF)


def test_unlock_missing_vault(tmp_path):
    with pytest.raises(VaultMissing):
        Vault.unlock(tmp_path / "nothing", ADMIN, ADMIN_PASS)


def test_unlock_gives_role_and_audits(vault_dir):
    with Vault.unlock(vault_dir, ADMIN, ADMIN_PASS) as vault:
        assert vault.role is Role.ADMIN
        actions = [e.action for e in audit.entries(vault.conn)]
        assert actions[-1] == "unlock"
        assert audit.verify(vault.conn) == []


def test_wrong_passphrase_leaves_vault_and_slots_byte_identical(vault_dir):
    before = {n: digest(vault_dir / n) for n in ("vault.db", "keyslots.json")}
    with pytest.raises(WrongPassphrase):
        Vault.unlock(vault_dir, ADMIN, "not the passphrase at all")
    assert {n: digest(vault_dir / n) for n in before} == before
    assert (vault_dir / "unlock-attempts.json").exists()


def test_unknown_user_looks_like_wrong_passphrase(vault_dir):
    with pytest.raises(WrongPassphrase) as info:
        Vault.unlock(vault_dir, "nobody", ADMIN_PASS)
    assert isinstance(info.value, UnknownUser)


def test_failed_unlocks_grow_delays_that_survive_restart(vault_dir):
    now = [1_000_000.0]

    def clock() -> float:
        return now[0]

    for _ in range(3):
        with pytest.raises(WrongPassphrase):
            Vault.unlock(vault_dir, ADMIN, "wrong guess number", throttle_clock=clock)
    # A "restart": a brand-new call reads the counter from disk.
    with pytest.raises(UnlockThrottled) as first:
        Vault.unlock(vault_dir, ADMIN, ADMIN_PASS, throttle_clock=clock)
    now[0] += first.value.wait_seconds + 0.1
    with pytest.raises(WrongPassphrase):
        Vault.unlock(vault_dir, ADMIN, "wrong guess again", throttle_clock=clock)
    with pytest.raises(UnlockThrottled) as second:
        Vault.unlock(vault_dir, ADMIN, ADMIN_PASS, throttle_clock=clock)
    assert second.value.wait_seconds > first.value.wait_seconds
    now[0] += second.value.wait_seconds + 0.1
    with Vault.unlock(vault_dir, ADMIN, ADMIN_PASS, throttle_clock=clock) as vault:
        failed = [e for e in audit.entries(vault.conn) if e.action == "unlock.failed"]
        assert failed and "count=4" in failed[-1].detail


def test_production_floor_refuses_weak_parameters(monkeypatch, tmp_path):
    monkeypatch.setattr(crypto, "_weak_kdf_allowed", False)
    with pytest.raises(WeakKdfParameters):
        Vault.create(tmp_path / "v", ADMIN, ADMIN_PASS, kdf=crypto.TEST_PARAMS)
    assert not (tmp_path / "v" / "keyslots.json").exists()


def test_calibration_never_below_floor():
    params = crypto.calibrate(target_seconds=0.01)
    assert params.memory_kib >= crypto.FLOOR_MEMORY_KIB
    assert params.time_cost >= crypto.FLOOR_TIME_COST
    assert params.parallelism >= crypto.FLOOR_PARALLELISM


def test_add_user_needs_no_other_passphrase_and_roles_live_in_the_vault(vault_dir):
    with Vault.unlock(vault_dir, ADMIN, ADMIN_PASS) as vault:
        vault.add_user("cw", Role.CASEWORKER, CW_PASS, kdf=TEST_KDF)
        with pytest.raises(UserExists):
            vault.add_user("cw", Role.CASEWORKER, CW_PASS, kdf=TEST_KDF)
    slots = KeySlots.load(vault_dir / "keyslots.json")
    assert "role" not in slots.slots["cw"]
    with Vault.unlock(vault_dir, "cw", CW_PASS) as vault:
        assert vault.role is Role.CASEWORKER


def _users(vault):
    from intake_app.policy import Policy
    from intake_app.services.auth import AuthService
    from intake_app.services.users import UserService

    return UserService(Session(vault), AuthService(vault.paths.root, Policy(), kdf=TEST_KDF))


def test_disable_user_removes_slot(vault_dir):
    with Vault.unlock(vault_dir, ADMIN, ADMIN_PASS) as vault:
        vault.add_user("cw", Role.CASEWORKER, CW_PASS, kdf=TEST_KDF)
        _users(vault).disable_user("cw")
        with pytest.raises(PermissionDenied):
            _users(vault).disable_user(ADMIN)
    assert "cw" not in KeySlots.load(vault_dir / "keyslots.json").slots
    with pytest.raises(WrongPassphrase):
        Vault.unlock(vault_dir, "cw", CW_PASS)


def test_last_admin_cannot_lose_admin_role(vault_dir):
    with Vault.unlock(vault_dir, ADMIN, ADMIN_PASS) as vault, pytest.raises(PermissionDenied):
        _users(vault).set_role(ADMIN, Role.CASEWORKER)


def test_passphrase_change_gives_a_new_key_pair_and_touches_no_other_slot(vault_dir):
    with Vault.unlock(vault_dir, ADMIN, ADMIN_PASS) as vault:
        vault.add_user("cw", Role.CASEWORKER, CW_PASS, kdf=TEST_KDF)
    before = KeySlots.load(vault_dir / "keyslots.json")
    change_passphrase(vault_dir, "cw", CW_PASS, "a brand new passphrase 99")
    after = KeySlots.load(vault_dir / "keyslots.json")
    assert after.slots[ADMIN] == before.slots[ADMIN]
    assert after.slots["cw"]["public_key"] != before.slots["cw"]["public_key"]
    spare = (vault_dir / "keyslots.json.spare").read_bytes()
    assert spare == (vault_dir / "keyslots.json").read_bytes()  # a copy of now, not of before
    with pytest.raises(WrongPassphrase):
        Vault.unlock(vault_dir, "cw", CW_PASS)
    Vault.unlock(vault_dir, "cw", "a brand new passphrase 99").lock()


def test_old_passphrase_with_an_old_slot_file_is_cut_off_by_rotation(vault_dir, tmp_path):
    with Vault.unlock(vault_dir, ADMIN, ADMIN_PASS) as vault:
        vault.add_user("cw", Role.CASEWORKER, CW_PASS, kdf=TEST_KDF)
    old_slots = KeySlots.load(vault_dir / "keyslots.json")  # e.g. a copy someone kept
    change_passphrase(vault_dir, "cw", CW_PASS, "a brand new passphrase 99")
    with Vault.unlock(vault_dir, ADMIN, ADMIN_PASS) as vault:
        vault.rotate_data_key()
        current_key = vault.data_key
    private = old_slots.unwrap_private("cw", CW_PASS)
    current = KeySlots.load(vault_dir / "keyslots.json")
    from intake_app.domain.errors import VaultDamaged

    with pytest.raises(VaultDamaged):  # the old key pair has no sealed copy of the new key
        current.unseal_data_key("cw", private)
    assert old_slots.unseal_data_key("cw", private) != current_key


def test_recovery_key_resets_a_forgotten_passphrase(vault_dir, recovery_key):
    recover(vault_dir, ADMIN, recovery_key, "recovered passphrase 2026", kdf=TEST_KDF)
    with pytest.raises(WrongPassphrase):
        Vault.unlock(vault_dir, ADMIN, ADMIN_PASS)
    with Vault.unlock(vault_dir, ADMIN, "recovered passphrase 2026") as vault:
        assert "user.recover" in [e.action for e in audit.entries(vault.conn)]


def test_wrong_recovery_key_is_refused(vault_dir):
    other = crypto.format_recovery_key(crypto.new_recovery_secret())
    with pytest.raises(WrongPassphrase):
        recover(vault_dir, ADMIN, other, "recovered passphrase 2026", kdf=TEST_KDF)


def test_recovery_key_typo_is_caught_by_check_characters(recovery_key):
    from intake_app.domain.errors import InvalidRecoveryKey

    chars = list(recovery_key)
    i = 0 if chars[0] != "A" else 1
    chars[i] = "A" if chars[i] != "A" else "B"
    with pytest.raises(InvalidRecoveryKey):
        crypto.parse_recovery_key("".join(chars))
    assert crypto.parse_recovery_key(recovery_key.lower().replace("-", " ")) == \
        crypto.parse_recovery_key(recovery_key)


def test_rotation_reencrypts_and_every_user_keeps_access(vault_dir, recovery_key):
    with Vault.unlock(vault_dir, ADMIN, ADMIN_PASS) as vault:
        vault.add_user("cw", Role.CASEWORKER, CW_PASS, kdf=TEST_KDF)
        with vault.transaction() as conn:
            conn.execute("INSERT INTO meta (key, value) VALUES ('probe', ?)", (b"kept",))
        old_key = vault.data_key
        generation = vault.rotate_data_key().generation
        assert generation == 2
        assert vault.data_key != old_key
        assert vault.conn.execute("SELECT value FROM meta WHERE key='probe'").fetchone()[0] == \
            b"kept"
    with pytest.raises(database.DatabaseError):
        conn = database.sqlcipher3.connect(str(vault_dir / "vault.db"))
        conn.execute(f"PRAGMA key = \"x'{old_key.hex()}'\"")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    for user, secret in ((ADMIN, ADMIN_PASS), ("cw", CW_PASS)):
        with Vault.unlock(vault_dir, user, secret) as vault:
            assert database.integrity_problems(vault.conn) == []
            assert audit.verify(vault.conn) == []
    recover(vault_dir, "cw", recovery_key, "after rotation passphrase", kdf=TEST_KDF)
    assert not (vault_dir / "vault.db.rotating").exists()
    assert not (vault_dir / "keyslots.json.pending").exists()


def test_rotation_refused_while_another_session_is_open(vault_dir):
    from intake_app.domain.errors import VaultBusy

    with Vault.unlock(vault_dir, ADMIN, ADMIN_PASS) as first, \
            Vault.unlock(vault_dir, ADMIN, ADMIN_PASS), pytest.raises(VaultBusy):
        first.rotate_data_key()


def test_database_module_refuses_bad_keys(tmp_path):
    with pytest.raises(ValueError):
        database.open_db(tmp_path / "x.db", b"short")


def test_key_is_proved_with_a_read(vault_dir):
    from intake_app.domain.errors import VaultDamaged

    with pytest.raises(VaultDamaged):
        database.open_db(vault_dir / "vault.db", os.urandom(32))


def test_a_slot_added_by_editing_the_file_gets_no_future_key(vault_dir):
    """Someone who can write keyslots.json but holds no passphrase adds their own key."""
    slots = KeySlots.load(vault_dir / "keyslots.json")
    _, intruder_public = crypto.new_keypair()
    fake = dict(slots.slots[ADMIN])
    fake["public_key"] = crypto.b64e(intruder_public)
    slots.slots["zz"] = fake
    slots.save(vault_dir / "keyslots.json", sign_with=None)
    with Vault.unlock(vault_dir, ADMIN, ADMIN_PASS) as vault:
        vault.rotate_data_key()
        dropped = [e for e in audit.entries(vault.conn) if e.action == "vault.rotate_key.dropped"]
    assert [e.target for e in dropped] == ["zz"]
    assert "zz" not in KeySlots.load(vault_dir / "keyslots.json").slots


def test_a_swapped_recovery_key_label_gets_no_future_key(vault_dir, recovery_key):
    """Someone swaps the recovery slot's public key for their own: the rotation seals to the
    recovery key on record, reports the repair, and the real recovery key still works."""
    slots = KeySlots.load(vault_dir / "keyslots.json")
    real = slots.recovery["public_key"]
    intruder_private, other_public = crypto.new_keypair()
    slots.recovery["public_key"] = crypto.b64e(other_public)
    slots.save(vault_dir / "keyslots.json", sign_with=None)
    with Vault.unlock(vault_dir, ADMIN, ADMIN_PASS) as vault:
        result = vault.rotate_data_key()
        assert "the recovery key" in result.repaired
    after = KeySlots.load(vault_dir / "keyslots.json")
    assert after.recovery["public_key"] == real
    with pytest.raises(crypto.InvalidTag):
        crypto.unseal(intruder_private, after.recovery["sealed_data_key"],
                      f"datakey|{after.vault_id}|{after.generation}|\x00recovery".encode())
    recover(vault_dir, ADMIN, recovery_key, "recovered admin passphrase 1")
    Vault.unlock(vault_dir, ADMIN, "recovered admin passphrase 1").lock()


def test_disable_that_stopped_before_the_slot_file_can_be_finished(vault_dir, monkeypatch):
    from intake_app.domain.errors import DiskFull

    with Vault.unlock(vault_dir, ADMIN, ADMIN_PASS) as vault:
        vault.add_user("cw", Role.CASEWORKER, CW_PASS, kdf=TEST_KDF)

        def full(*_a, **_k):
            raise DiskFull("the disk is full; nothing was changed")

        with monkeypatch.context() as m:
            m.setattr(KeySlots, "save", full)
            with pytest.raises(DiskFull):
                vault.disable_user("cw")
        assert "cw" in KeySlots.load(vault_dir / "keyslots.json").slots
        vault.disable_user("cw")  # the retry finishes the job
        assert "cw" not in KeySlots.load(vault_dir / "keyslots.json").slots
        vault.rotate_data_key()


def test_an_unknown_name_is_not_written_to_disk(vault_dir):
    typed = "kettle violet harbour typed as a name"
    with pytest.raises(WrongPassphrase):
        Vault.unlock(vault_dir, typed, "whatever")
    assert typed not in (vault_dir / "unlock-attempts.json").read_text()


def test_a_damaged_attempts_file_locks_nobody_out(vault_dir):
    (vault_dir / "unlock-attempts.json").write_text('{"admin": {"failures": "x"}, "b": 3}')
    Vault.unlock(vault_dir, ADMIN, ADMIN_PASS).lock()


def test_a_vault_with_a_lost_slot_file_is_not_overwritten(vault_dir):
    from intake_app.domain.errors import VaultDamaged

    (vault_dir / "keyslots.json").rename(vault_dir / "keyslots.json.prev")
    with pytest.raises(VaultDamaged):
        Vault.unlock(vault_dir, ADMIN, ADMIN_PASS)
    (vault_dir / "keyslots.json.prev").unlink()
    before = (vault_dir / "vault.db").read_bytes()
    with pytest.raises(VaultExists):
        Vault.create(vault_dir, ADMIN, ADMIN_PASS, kdf=TEST_KDF)
    assert (vault_dir / "vault.db").read_bytes() == before


def test_absurd_kdf_parameters_read_as_damage(vault_dir):
    import json

    from intake_app.domain.errors import VaultDamaged

    slots = KeySlots.load(vault_dir / "keyslots.json")
    slots.slots[ADMIN]["kdf"]["memory_kib"] = 2**40
    raw = json.loads(slots.to_bytes())
    assert raw["slots"][ADMIN]["kdf"]["memory_kib"] == 2**40
    slots.save(vault_dir / "keyslots.json", sign_with=None)
    with pytest.raises(VaultDamaged):
        Vault.unlock(vault_dir, ADMIN, ADMIN_PASS)
