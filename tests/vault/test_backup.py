"""Encrypted backup and restore through real files."""

from __future__ import annotations

import hashlib
import io
import json
import os
import re
import shutil
import signal
import tarfile
from pathlib import Path

import pytest

from intake_app.domain.errors import (
    BackupInvalid,
    UnknownUser,
    VaultExists,
    WrongPassphrase,
)
from intake_app.domain.roles import Role
from intake_app.domain.stamps import stamp
from intake_app.vault import audit, crypto, keyops
from intake_app.vault.backup import read_backup, restore
from intake_app.vault.keyslots import KeySlots
from intake_app.vault.staging import Stage
from intake_app.vault.store import Vault
from intake_app.vault.users_repo import UsersRepo
from tests.conftest import ADMIN, ADMIN_PASS, TEST_KDF
from tests.helpers.cli import cli


@pytest.fixture
def backup_file(vault_dir, tmp_path):
    target = tmp_path / "out" / "vault.cibackup"
    with Vault.unlock(vault_dir, ADMIN, ADMIN_PASS) as vault:
        vault.add_user("cw", Role.CASEWORKER, "caseworker passphrase 4471", kdf=TEST_KDF)
        with vault.transaction() as conn:
            conn.execute("INSERT INTO meta (key, value) VALUES ('probe', ?)", (b"restored",))
        manifest = vault.backup(target)
        assert manifest["audit_head"] == audit.head(vault.conn).split()[0] or True
    return target


def test_backup_is_encrypted_and_verified(backup_file, tmp_path):
    assert backup_file.exists()
    assert backup_file.stat().st_mode & 0o077 == 0
    assert not list(backup_file.parent.glob(".*"))  # no staging leftovers
    manifest, db, _ = read_backup(backup_file, tmp_path / "check")
    assert not db.read_bytes().startswith(b"SQLite format 3")
    assert manifest["counts"]["users"] == 2


def test_backup_is_audited_with_its_checksum(vault_dir, backup_file):
    with Vault.unlock(vault_dir, ADMIN, ADMIN_PASS) as vault:
        entry = [e for e in audit.entries(vault.conn) if e.action == "vault.backup"][-1]
        assert "sha256=" in entry.detail and "audit_head=" in entry.detail


def test_backup_refuses_to_overwrite(vault_dir, backup_file):
    with Vault.unlock(vault_dir, ADMIN, ADMIN_PASS) as vault, pytest.raises(VaultExists):
        vault.backup(backup_file)


def test_restore_into_empty_folder_with_recovery_key(backup_file, recovery_key, tmp_path):
    target = tmp_path / "restored"
    restore(backup_file, target, recovery_key)
    for user, secret in ((ADMIN, ADMIN_PASS), ("cw", "caseworker passphrase 4471")):
        with Vault.unlock(target, user, secret) as vault:
            assert vault.conn.execute("SELECT value FROM meta WHERE key='probe'").fetchone()[0] \
                == b"restored"
            assert audit.verify(vault.conn) == []
            assert "vault.restore" in [e.action for e in audit.entries(vault.conn)]


def test_restore_refuses_a_folder_with_a_vault(backup_file, recovery_key, vault_dir):
    with pytest.raises(VaultExists):
        restore(backup_file, vault_dir, recovery_key)


def test_restore_with_wrong_recovery_key(backup_file, tmp_path):
    other = crypto.format_recovery_key(crypto.new_recovery_secret())
    with pytest.raises(WrongPassphrase):
        restore(backup_file, tmp_path / "r", other)
    assert not (tmp_path / "r" / "keyslots.json").exists()


def test_damaged_backup_is_refused(backup_file, recovery_key, tmp_path):
    data = bytearray(backup_file.read_bytes())
    with tarfile.open(backup_file) as tar:
        member = tar.getmember("vault.db")
        offset = member.offset_data + member.size // 2
    data[offset] ^= 0xFF
    damaged = tmp_path / "damaged.cibackup"
    damaged.write_bytes(bytes(data))
    with pytest.raises(BackupInvalid):
        restore(damaged, tmp_path / "r", recovery_key)
    assert not (tmp_path / "r" / "keyslots.json").exists()


def test_truncated_backup_is_refused(backup_file, recovery_key, tmp_path):
    damaged = tmp_path / "short.cibackup"
    damaged.write_bytes(backup_file.read_bytes()[: 3000])
    with pytest.raises(BackupInvalid):
        restore(damaged, tmp_path / "r", recovery_key)


def test_backup_never_changes_the_chosen_folders_permissions(vault_dir, tmp_path):
    import os

    shared = tmp_path / "shared"
    shared.mkdir()
    os.chmod(shared, 0o1777)
    with Vault.unlock(vault_dir, ADMIN, ADMIN_PASS) as vault:
        vault.backup(shared / "b.cibackup")
    assert shared.stat().st_mode & 0o7777 == 0o1777


# --- a restore never destroys a vault ------------------------------------------------------------

CW_PASS = "caseworker passphrase 4471"
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def _newer_work(vault_dir):
    """Something recorded after the backup was taken, which a restore must never lose."""
    with Vault.unlock(vault_dir, ADMIN, ADMIN_PASS) as vault, vault.transaction() as conn:
        conn.execute("INSERT INTO meta (key, value) VALUES ('newer', ?)", (b"after the backup",))


def _snapshot(folder):
    return sorted((p.name, p.read_bytes() if p.is_file() else None) for p in folder.iterdir())


def _newer_work_is_there(vault_dir):
    with Vault.unlock(vault_dir, ADMIN, ADMIN_PASS) as vault:
        row = vault.conn.execute("SELECT value FROM meta WHERE key = 'newer'").fetchone()
        assert row is not None and row[0] == b"after the backup"


@pytest.mark.parametrize("copy_left", ["keyslots.json.spare", "keyslots.json.prev"])
def test_restore_refuses_a_vault_whose_slot_file_was_lost(backup_file, recovery_key, vault_dir,
                                                         copy_left):
    _newer_work(vault_dir)
    if copy_left == "keyslots.json.prev":  # as earlier versions left it
        (vault_dir / "keyslots.json.spare").rename(vault_dir / "keyslots.json.prev")
    (vault_dir / "keyslots.json").unlink()
    before = _snapshot(vault_dir)
    r = cli(vault_dir, "admin", "restore", "--from", str(backup_file), stdin=recovery_key + "\n")
    assert r.returncode == 1 and len(r.stderr.splitlines()) == 1, r.stderr
    assert copy_left in r.stderr  # it says which file to copy back
    assert _snapshot(vault_dir) == before
    shutil.copy(vault_dir / copy_left, vault_dir / "keyslots.json")
    _newer_work_is_there(vault_dir)


@pytest.mark.parametrize("present", [("vault.db",), ("vault.db", "vault.db-wal"),
                                     ("vault.db-wal",)])
def test_restore_never_replaces_a_database_it_did_not_write(backup_file, recovery_key,
                                                           vault_dir, tmp_path, present):
    _newer_work(vault_dir)
    for name in ("keyslots.json", "keyslots.json.spare"):
        (vault_dir / name).unlink()
    if "vault.db-wal" in present:
        (vault_dir / "vault.db-wal").write_bytes(b"someone's unfinished work")
    if "vault.db" not in present:
        (vault_dir / "vault.db").rename(tmp_path / "moved.db")
    before = _snapshot(vault_dir)
    with pytest.raises(VaultExists):
        restore(backup_file, vault_dir, recovery_key)
    assert _snapshot(vault_dir) == before


def _kill_restore_after_the_switch(backup, target, key, tmp_path):
    """Run the real CLI restore, killed at the step that leaves vault.db in place but no
    keyslots.json yet."""
    r = cli(tmp_path / "count", "admin", "restore", "--from", str(backup), stdin=key + "\n",
            env={"INTAKE_TEST_KILL_AT": "1000000"})
    steps = int(re.search(r"steps=(\d+)", r.stderr).group(1))
    for k in range(steps, 0, -1):
        shutil.rmtree(target, ignore_errors=True)
        cli(target, "admin", "restore", "--from", str(backup), stdin=key + "\n",
            env={"INTAKE_TEST_KILL_AT": str(k)})
        if (target / "vault.db").exists() and not (target / "keyslots.json").exists():
            return
    pytest.fail("no step leaves the database switched and the key slot file unwritten")


def test_an_interrupted_restore_is_completed_only_by_its_own_backup(backup_file, recovery_key,
                                                                    vault_dir, tmp_path):
    target = tmp_path / "target"
    _kill_restore_after_the_switch(backup_file, target, recovery_key, tmp_path)
    other = tmp_path / "later.cibackup"
    with Vault.unlock(vault_dir, ADMIN, ADMIN_PASS) as vault:
        vault.backup(other)
    before = _snapshot(target)
    r = cli(target, "admin", "restore", "--from", str(other), stdin=recovery_key + "\n")
    assert r.returncode == 1 and len(r.stderr.splitlines()) == 1, r.stderr
    assert _snapshot(target) == before
    r = cli(target, "admin", "restore", "--from", str(backup_file), stdin=recovery_key + "\n")
    assert r.returncode == 0, r.stderr
    assert [p.name for p in target.iterdir()
            if p.name.startswith(".restore.") or p.name == "vault.db.restoring"] == []
    for user, secret in ((ADMIN, ADMIN_PASS), ("cw", CW_PASS)):
        with Vault.unlock(target, user, secret) as vault:
            assert vault.conn.execute("SELECT value FROM meta WHERE key='probe'").fetchone()[0] \
                == b"restored"
            assert audit.verify(vault.conn) == []


# --- staging folders ------------------------------------------------------------------------------

def test_a_killed_backups_staging_folder_is_removed_by_the_next_backup(vault_dir, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    for k in range(1, 50):
        root = tmp_path / f"run{k}"  # a fresh copy: a killed sign-in counts as a failed one
        shutil.copytree(vault_dir, root)
        r = cli(root, "admin", "backup", "--as", ADMIN, "--out", str(out / f"b{k}"),
                stdin=ADMIN_PASS + "\n", env={"INTAKE_TEST_KILL_AT": str(k)})
        assert r.returncode in (0, -signal.SIGKILL), r.stderr
        if [p for p in out.iterdir() if p.name.startswith(".")]:
            break
    else:
        pytest.fail("no killed backup left a staging folder")
    r = cli(vault_dir, "admin", "backup", "--as", ADMIN, "--out", str(out / "next"),
            stdin=ADMIN_PASS + "\n")
    assert r.returncode == 0, r.stderr
    assert [p.name for p in out.iterdir() if p.name.startswith(".")] == []


def test_staging_folders_of_running_processes_and_others_are_left_alone(vault_dir, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    running = Stage.create(out, "running.cibackup")  # this process still works in it
    (running.path / "vault.db").write_bytes(b"in progress")
    earlier = out / ".notes.cibackup.abcd1234"  # an earlier version's, or not ours at all
    earlier.mkdir()
    (earlier / "vault.db").write_bytes(b"x")
    unlocked = out / ".look-alike.cistage"  # our pattern, without the lock file
    unlocked.mkdir()
    try:
        with Vault.unlock(vault_dir, ADMIN, ADMIN_PASS) as vault:
            vault.backup(out / "b.cibackup")
        assert (running.path / "vault.db").exists()
        assert (earlier / "vault.db").exists() and unlocked.is_dir()
    finally:
        running.remove()
    assert not running.path.exists()


# --- a passphrase opens nothing in a backup ------------------------------------------------------

def _sealed_boxes(value, where=()):
    """Where the JSON document holds a sealed key (a box with an ephemeral key)."""
    if isinstance(value, dict):
        if {"nonce", "ct", "epk"} <= set(value):
            yield where
        for key, inner in value.items():
            yield from _sealed_boxes(inner, (*where, key))


def test_a_backup_seals_its_data_key_to_the_recovery_key_only(backup_file, tmp_path):
    _, _, slots_raw = read_backup(backup_file, tmp_path / "x")
    document = json.loads(slots_raw)
    assert list(_sealed_boxes(document)) == [("recovery", "sealed_data_key")]
    assert set(document["slots"]) == {ADMIN, "cw"}  # wrapped keys kept: restore seals to them


def test_a_restore_gives_a_disabled_account_nothing(vault_dir, recovery_key, tmp_path):
    with Vault.unlock(vault_dir, ADMIN, ADMIN_PASS) as vault:
        vault.add_user("cw", Role.CASEWORKER, CW_PASS, kdf=TEST_KDF)
        with vault.transaction() as conn:  # a disable that stopped before the slot file
            UsersRepo(conn).disable("cw", stamp(vault.clock()))
        assert "cw" in KeySlots.load(vault_dir / "keyslots.json").slots
        vault.backup(tmp_path / "b.cibackup")
    restored = tmp_path / "restored"
    report = restore(tmp_path / "b.cibackup", restored, recovery_key)
    assert set(KeySlots.load(restored / "keyslots.json").slots) == {ADMIN}
    with pytest.raises(UnknownUser):
        Vault.unlock(restored, "cw", CW_PASS)
    Vault.unlock(restored, ADMIN, ADMIN_PASS).lock()
    assert report.sealed == [ADMIN] and report.left_out == []


def test_a_slot_replaced_before_the_backup_gets_nothing_at_restore(vault_dir, recovery_key,
                                                                  tmp_path):
    with Vault.unlock(vault_dir, ADMIN, ADMIN_PASS) as vault:
        vault.add_user("cw", Role.CASEWORKER, CW_PASS, kdf=TEST_KDF)
    # Someone who can write the folder, but holds no key, puts a slot of her own under cw.
    slots = KeySlots.load(vault_dir / "keyslots.json")
    hers = KeySlots(slots.vault_id, slots.generation, {}, {})
    hers.add_user("cw", "mallory's own phrase 99", os.urandom(32), TEST_KDF)
    slots.slots["cw"] = hers.slots["cw"]
    (vault_dir / "keyslots.json").write_bytes(slots.to_bytes())
    with Vault.unlock(vault_dir, ADMIN, ADMIN_PASS) as vault:
        vault.backup(tmp_path / "b.cibackup")
    restored = tmp_path / "restored"
    report = restore(tmp_path / "b.cibackup", restored, recovery_key)
    with pytest.raises(UnknownUser):
        Vault.unlock(restored, "cw", "mallory's own phrase 99")
    Vault.unlock(restored, ADMIN, ADMIN_PASS).lock()
    assert [name for name, _ in report.left_out] == ["cw"]


OLD_VAULTS = [("vault-v1", {ADMIN: ADMIN_PASS}), ("vault-v3", {ADMIN: ADMIN_PASS}),
              ("vault-v2-prepins", {ADMIN: ADMIN_PASS, "casey": "casey passphrase for tests 1",
                                    "susan": "susan passphrase for tests 1"})]


@pytest.mark.parametrize(("fixture", "users"), OLD_VAULTS)
def test_a_pre_migration_backup_holds_no_key_for_a_passphrase_and_restores_everyone(
        tmp_path, fixture, users):
    root = tmp_path / "data"
    shutil.copytree(FIXTURES / fixture, root)
    recovery = (root / "RECOVERY-KEY.txt").read_text().strip()
    Vault.unlock(root, ADMIN, ADMIN_PASS).lock()  # upgrades, after an automatic backup
    [backup] = (root / "backups").glob("pre-migration-*.cibackup")
    _, _, slots_raw = read_backup(backup, tmp_path / "x")
    assert list(_sealed_boxes(json.loads(slots_raw))) == [("recovery", "sealed_data_key")]
    restored = tmp_path / "restored"
    report = restore(backup, restored, recovery, allow_unauthenticated=True)  # an old vault's
    assert report.left_out == [] and set(report.sealed) == set(users)
    for user, secret in users.items():
        with Vault.unlock(restored, user, secret) as vault:
            assert audit.verify(vault.conn) == []
            assert "vault.restore" in [e.action for e in audit.entries(vault.conn)]


def test_a_format_1_backup_restores_its_active_accounts_only(tmp_path):
    fixture = FIXTURES / "backup-format1"
    recovery = (fixture / "RECOVERY-KEY.txt").read_text().strip()
    restored = tmp_path / "restored"
    report = restore(fixture / "vault.cibackup", restored, recovery, allow_unauthenticated=True)
    assert set(KeySlots.load(restored / "keyslots.json").slots) == {ADMIN, "cw"}
    for user, secret in ((ADMIN, ADMIN_PASS), ("cw", CW_PASS)):
        with Vault.unlock(restored, user, secret) as vault:
            assert vault.conn.execute("SELECT value FROM meta WHERE key='probe'").fetchone()[0] \
                == b"format 1"
    with pytest.raises(UnknownUser):
        Vault.unlock(restored, "gone", "gone passphrase for tests 1")
    assert report["format"] == 1 and not report.authenticated


# --- only this vault's backups are accepted -------------------------------------------------------

def _rewrite(backup, target, *, manifest=None, slots=None):
    """A copy of ``backup`` with its manifest and/or slot member changed (sums kept right)."""
    with tarfile.open(backup) as src:
        bodies = {m.name: src.extractfile(m).read() for m in src.getmembers()}
    slots_name = next(n for n in bodies if n not in ("manifest.json", "vault.db"))
    if slots is not None:
        bodies[slots_name] = slots(bodies[slots_name])
    meta = json.loads(bodies["manifest.json"])
    meta["sha256"][slots_name] = hashlib.sha256(bodies[slots_name]).hexdigest()
    if manifest is not None:
        manifest(meta)
    bodies["manifest.json"] = json.dumps(meta).encode()
    with tarfile.open(target, "w") as out:
        for name, body in bodies.items():
            info = tarfile.TarInfo(name)
            info.size = len(body)
            out.addfile(info, io.BytesIO(body))
    return target


def test_a_backup_made_without_the_vaults_secrets_is_refused(vault_dir, recovery_key, tmp_path):
    # What an attacker holding no secret can do: make a vault of her own, then seal its data
    # key to the victim's recovery PUBLIC key, which keyslots.json shows to anyone.
    victim_public = crypto.b64d(KeySlots.load(vault_dir / "keyslots.json")
                                .recovery["public_key"])
    evil, _ = Vault.create(tmp_path / "evil", "mallory", "mallory passphrase 12345",
                           kdf=TEST_KDF)
    with evil:
        evil.backup(tmp_path / "evil.cibackup")
        evil_key = evil.data_key

    def sealed_to_victim(raw):
        data = json.loads(raw)
        if "checksum" in data:  # a whole key slot file (format 1)
            slots = KeySlots.from_bytes(raw)
            slots.seal_recovery(evil_key, victim_public)
            return slots.to_bytes()
        slots = KeySlots(data["vault_id"], data["generation"], {}, {})
        slots.seal_recovery(evil_key, victim_public)
        data["recovery"] = slots.recovery
        return json.dumps(data).encode()

    forged = _rewrite(tmp_path / "evil.cibackup", tmp_path / "forged.cibackup",
                      slots=sealed_to_victim)
    with pytest.raises(BackupInvalid):
        restore(forged, tmp_path / "r", recovery_key)
    assert not (tmp_path / "r" / "keyslots.json").exists()
    assert not (tmp_path / "r" / "vault.db").exists()


def test_an_edited_manifest_is_refused(backup_file, recovery_key, tmp_path):
    def edit(meta):
        meta["created"] = "2020-01-01T00:00:00Z"

    edited = _rewrite(backup_file, tmp_path / "edited.cibackup", manifest=edit)
    with pytest.raises(BackupInvalid):
        restore(edited, tmp_path / "r", recovery_key)


def test_a_backup_without_an_authentication_code_needs_asking_and_warns(
        backup_file, recovery_key, tmp_path):
    r = cli(tmp_path / "genuine", "admin", "restore", "--from", str(backup_file),
            stdin=recovery_key + "\n")
    assert r.returncode == 0 and r.stderr == "", r.stderr
    stripped = _rewrite(backup_file, tmp_path / "stripped.cibackup",
                        manifest=lambda meta: meta.pop("auth", None))
    r = cli(tmp_path / "strict", "admin", "restore", "--from", str(stripped),
            stdin=recovery_key + "\n")
    assert r.returncode == 1 and "--allow-unauthenticated" in r.stderr  # not by default
    assert not (tmp_path / "strict" / "vault.db").exists()
    with pytest.raises(BackupInvalid):
        restore(stripped, tmp_path / "strict2", recovery_key)
    r = cli(tmp_path / "r", "admin", "restore", "--from", str(stripped),
            "--allow-unauthenticated", stdin=recovery_key + "\n")
    assert r.returncode == 0, r.stderr
    assert len(r.stderr.splitlines()) == 1 and "warning" in r.stderr
    assert len(r.stdout.splitlines()) == 1


def test_a_vault_without_a_backup_key_gets_one_when_the_recovery_key_is_used(
        vault_dir, recovery_key, tmp_path):
    with Vault.unlock(vault_dir, ADMIN, ADMIN_PASS) as vault:
        vault.add_user("cw", Role.CASEWORKER, CW_PASS, kdf=TEST_KDF)
        with vault.transaction() as conn:  # as vaults made by earlier versions are
            conn.execute("DELETE FROM meta WHERE key = 'backup_auth_key'")
        assert "auth" not in vault.backup(tmp_path / "before.cibackup")
    # A restore of such a backup works (it cannot be checked) and records the key.
    report = restore(tmp_path / "before.cibackup", tmp_path / "restored", recovery_key,
                     allow_unauthenticated=True)
    assert not report.authenticated
    with Vault.unlock(tmp_path / "restored", ADMIN, ADMIN_PASS) as vault:
        assert "auth" in vault.backup(tmp_path / "of-restored.cibackup")
    assert restore(tmp_path / "of-restored.cibackup", tmp_path / "again", recovery_key) \
        .authenticated
    # So does a recovery.
    keyops.recover(vault_dir, "cw", recovery_key, "recovered caseworker phrase", kdf=TEST_KDF)
    with Vault.unlock(vault_dir, ADMIN, ADMIN_PASS) as vault:
        assert "auth" in vault.backup(tmp_path / "after.cibackup")
    assert restore(tmp_path / "after.cibackup", tmp_path / "r", recovery_key).authenticated
