"""Key-slot trust: someone who can write keyslots.json but holds no passphrase never receives a
data key, and no crash, upgrade or copied-back file locks anyone out.

Each test plays the attacker (or the unlucky IT administrator) on real vault files.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from intake_app.domain.errors import (
    DiskFull,
    KeySlotTampered,
    RecoveryKeyNeeded,
    SlotMismatch,
    UnpinnedUsers,
)
from intake_app.domain.roles import Role
from intake_app.services.admin import AdminService
from intake_app.services.session import Session
from intake_app.vault import audit, crypto
from intake_app.vault.keyops import change_passphrase, recover
from intake_app.vault.keyslots import KeySlots
from intake_app.vault.pins import PinRepo
from intake_app.vault.store import SLOT_FILE_ALTERED, Vault
from tests.conftest import ADMIN, ADMIN_PASS, TEST_KDF

CW, CW_PASS = "cw", "caseworker passphrase 4471"
NEW_PASS = "a brand new passphrase 99"
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


@pytest.fixture
def with_cw(vault_dir: Path) -> Path:
    with Vault.unlock(vault_dir, ADMIN, ADMIN_PASS) as vault:
        vault.add_user(CW, Role.CASEWORKER, CW_PASS, kdf=TEST_KDF)
    return vault_dir


def _slots(root: Path) -> KeySlots:
    return KeySlots.load(root / "keyslots.json")


def _write_as_attacker(root: Path, slots: KeySlots) -> None:
    """What a file writer without the data key can do: edit, recompute the plain checksum."""
    slots.save(root / "keyslots.json", sign_with=None)


def _actions(vault: Vault) -> list[str]:
    return [e.action for e in audit.entries(vault.conn)]


def _seal_context(slots: KeySlots, user: str) -> bytes:
    return f"datakey|{slots.vault_id}|{slots.generation}|{user}".encode()


def _attacker_can_open(private: bytes, slots: KeySlots, user: str) -> bool:
    try:
        crypto.unseal(private, slots.slots[user]["sealed_data_key"], _seal_context(slots, user))
    except crypto.InvalidTag:
        return False
    return True


# --- the hijack (critical) ---------------------------------------------------------------------

def test_a_swapped_public_key_label_is_never_pinned_and_rotation_seals_to_the_real_key(with_cw):
    slots = _slots(with_cw)
    real = slots.slots[CW]["public_key"]
    intruder_private, intruder_public = crypto.new_keypair()
    slots.slots[CW]["public_key"] = crypto.b64e(intruder_public)
    _write_as_attacker(with_cw, slots)

    with Vault.unlock(with_cw, CW, CW_PASS) as vault:  # she signs in as usual
        assert PinRepo(vault.conn).get(CW).confirmed == real
        assert SLOT_FILE_ALTERED in vault.warnings
        assert {"keyslots.altered", "keyslots.repaired"} <= set(_actions(vault))
    assert _slots(with_cw).slots[CW]["public_key"] == real  # the label is repaired

    with Vault.unlock(with_cw, ADMIN, ADMIN_PASS) as vault:
        vault.rotate_data_key()
    rotated = _slots(with_cw)
    assert not _attacker_can_open(intruder_private, rotated, CW)
    Vault.unlock(with_cw, CW, CW_PASS).lock()


def test_rotation_before_she_signs_in_seals_to_her_recorded_key(with_cw):
    slots = _slots(with_cw)
    intruder_private, intruder_public = crypto.new_keypair()
    slots.slots[CW]["public_key"] = crypto.b64e(intruder_public)
    _write_as_attacker(with_cw, slots)
    with Vault.unlock(with_cw, ADMIN, ADMIN_PASS) as vault:
        report = AdminService(Session(vault)).verify()
        assert not report.ok and any(CW in p for p in report.problems)
        result = vault.rotate_data_key()
        assert CW in result.repaired
        assert "keyslots.repaired" in _actions(vault)
    assert not _attacker_can_open(intruder_private, _slots(with_cw), CW)
    Vault.unlock(with_cw, CW, CW_PASS).lock()
    with Vault.unlock(with_cw, ADMIN, ADMIN_PASS) as vault:
        assert AdminService(Session(vault)).verify().ok


def test_a_key_that_matches_no_record_is_refused_with_an_audited_alarm(with_cw):
    """Someone who kept the data key writes a slot under her name with their own key."""
    with Vault.unlock(with_cw, ADMIN, ADMIN_PASS) as vault:
        data_key = vault.data_key
    slots = _slots(with_cw)
    slots.slots.pop(CW)
    slots.add_user(CW, "the intruder's own passphrase", data_key, TEST_KDF)
    _write_as_attacker(with_cw, slots)
    with pytest.raises(KeySlotTampered):
        Vault.unlock(with_cw, CW, "the intruder's own passphrase")
    with Vault.unlock(with_cw, ADMIN, ADMIN_PASS) as vault:
        refused = [e for e in audit.entries(vault.conn) if e.action == "unlock.refused"]
        assert [e.target for e in refused] == [CW]
        assert PinRepo(vault.conn).get(CW).confirmed != _slots(with_cw).slots[CW]["public_key"]


def test_any_change_by_a_file_writer_is_noticed_by_the_next_sign_in(with_cw):
    slots = _slots(with_cw)
    slots.slots[ADMIN]["kdf"]["time_cost"] = 2  # harmless to the admin, but not written by us
    _write_as_attacker(with_cw, slots)
    with Vault.unlock(with_cw, CW, CW_PASS) as vault:
        assert SLOT_FILE_ALTERED in vault.warnings
        assert "keyslots.altered" in _actions(vault)
    with Vault.unlock(with_cw, CW, CW_PASS) as vault:  # still altered: still reported
        assert SLOT_FILE_ALTERED in vault.warnings


# --- crashes and copied-back files (medium) ----------------------------------------------------

def test_passphrase_change_that_stopped_before_the_slot_file_then_rotation(with_cw, monkeypatch):
    def full(*_a, **_k):
        raise DiskFull("the disk is full; nothing was changed")

    with monkeypatch.context() as m:
        m.setattr(KeySlots, "save", full)
        with pytest.raises(DiskFull):
            change_passphrase(with_cw, CW, CW_PASS, NEW_PASS)
    with Vault.unlock(with_cw, ADMIN, ADMIN_PASS) as vault:
        assert PinRepo(vault.conn).get(CW).pending is not None
        vault.rotate_data_key()
    Vault.unlock(with_cw, CW, CW_PASS).lock()  # the slot the file holds still opens


def test_recovery_that_stopped_before_the_slot_file_then_rotation(with_cw, recovery_key,
                                                                  monkeypatch):
    def full(*_a, **_k):
        raise DiskFull("the disk is full; nothing was changed")

    with monkeypatch.context() as m:
        m.setattr(KeySlots, "save", full)
        with pytest.raises(DiskFull):
            recover(with_cw, CW, recovery_key, NEW_PASS, kdf=TEST_KDF)
    with Vault.unlock(with_cw, ADMIN, ADMIN_PASS) as vault:
        vault.rotate_data_key()
    Vault.unlock(with_cw, CW, CW_PASS).lock()


def test_copying_the_spare_back_after_a_passphrase_change_loses_nothing(with_cw):
    change_passphrase(with_cw, CW, CW_PASS, NEW_PASS)
    (with_cw / "keyslots.json").unlink()  # lost; IT follows the app's advice
    shutil.copy(with_cw / "keyslots.json.spare", with_cw / "keyslots.json")
    with Vault.unlock(with_cw, ADMIN, ADMIN_PASS) as vault:
        vault.rotate_data_key()
    Vault.unlock(with_cw, CW, NEW_PASS).lock()
    Vault.unlock(with_cw, ADMIN, ADMIN_PASS).lock()


@pytest.mark.parametrize("then_signs_in", [False, True])
def test_an_older_slot_put_back_after_a_passphrase_change_is_refused(with_cw, recovery_key,
                                                                      then_signs_in):
    """Someone who knew her old passphrase puts back a copy of the slot file from before she
    changed it (or IT puts back an old copy). The old passphrase opens nothing, a rotation
    refuses rather than seal to the old key, and the recovery key sets things right."""
    old = (with_cw / "keyslots.json").read_bytes()
    change_passphrase(with_cw, CW, CW_PASS, NEW_PASS)
    if then_signs_in:
        Vault.unlock(with_cw, CW, NEW_PASS).lock()
    (with_cw / "keyslots.json").write_bytes(old)
    with pytest.raises(KeySlotTampered):
        Vault.unlock(with_cw, CW, CW_PASS)
    with Vault.unlock(with_cw, ADMIN, ADMIN_PASS) as vault:
        assert not AdminService(Session(vault)).verify().ok
        before = (with_cw / "keyslots.json").read_bytes()
        with pytest.raises(SlotMismatch) as info:
            vault.rotate_data_key()
        assert info.value.users == (CW,)
        assert (with_cw / "keyslots.json").read_bytes() == before
    recover(with_cw, CW, recovery_key, "after the reset 12345", kdf=TEST_KDF)
    Vault.unlock(with_cw, CW, "after the reset 12345").lock()
    with Vault.unlock(with_cw, ADMIN, ADMIN_PASS) as vault:
        vault.rotate_data_key()
    Vault.unlock(with_cw, CW, "after the reset 12345").lock()


def test_a_wrapped_key_altered_then_re_signed_by_a_legitimate_writer_is_still_caught(with_cw):
    """An outsider spoils her wrapped key; an administrator's next change re-signs the whole
    file. The slot's digest on record still shows the damage, and a rotation refuses."""
    slots = _slots(with_cw)
    slots.slots[CW]["salt"] = crypto.b64e(b"\x01" * 16)
    _write_as_attacker(with_cw, slots)
    with Vault.unlock(with_cw, ADMIN, ADMIN_PASS) as vault:
        vault.add_user("other", Role.CASEWORKER, CW_PASS, kdf=TEST_KDF)  # re-signs the file
        assert "keyslots.altered" in _actions(vault)
        report = AdminService(Session(vault)).verify()
        assert not report.ok and any(CW in p for p in report.problems)
        with pytest.raises(SlotMismatch):
            vault.rotate_data_key()


def test_a_signed_file_stripped_back_to_format_1_reads_as_altered(with_cw):
    slots = _slots(with_cw)
    slots.format, slots.mac = 1, None
    _write_as_attacker(with_cw, slots)
    with Vault.unlock(with_cw, CW, CW_PASS) as vault:
        assert SLOT_FILE_ALTERED in vault.warnings
    with Vault.unlock(with_cw, ADMIN, ADMIN_PASS) as vault:
        assert not AdminService(Session(vault)).verify().ok


def test_a_planted_pending_slot_file_is_never_installed(with_cw):
    before = (with_cw / "keyslots.json").read_bytes()
    (with_cw / "keyslots.json.pending").write_text("{}")
    from intake_app.domain.errors import VaultDamaged

    with pytest.raises(VaultDamaged):
        Vault.unlock(with_cw, CW, CW_PASS)
    assert (with_cw / "keyslots.json").read_bytes() == before


def test_a_recovery_that_stopped_on_an_upgraded_vault_locks_nobody_out(tmp_path, monkeypatch):
    root = tmp_path / "old"
    shutil.copytree(FIXTURES / "vault-v2-prepins", root)
    recovery = (root / "RECOVERY-KEY.txt").read_text().strip()

    def full(*_a, **_k):
        raise DiskFull("the disk is full; nothing was changed")

    with monkeypatch.context() as m:
        m.setattr(KeySlots, "save", full)
        with pytest.raises(DiskFull):
            recover(root, "casey", recovery, NEW_PASS, kdf=TEST_KDF)
    Vault.unlock(root, "casey", "casey passphrase for tests 1").lock()


# --- the upgrade from a vault made before pins (high) -----------------------------------------

@pytest.fixture
def prepins(tmp_path: Path) -> tuple[Path, str]:
    root = tmp_path / "old"
    shutil.copytree(FIXTURES / "vault-v2-prepins", root)
    return root, (root / "RECOVERY-KEY.txt").read_text().strip()


PREPIN_USERS = {"casey": "casey passphrase for tests 1", "susan": "susan passphrase for tests 1"}


def test_upgrade_pins_what_it_can_prove_and_rotation_waits_for_the_rest(prepins):
    root, recovery = prepins
    with Vault.unlock(root, ADMIN, ADMIN_PASS) as vault:
        pins = PinRepo(vault.conn)
        assert pins.get(ADMIN).confirmed is not None  # proved by her passphrase just now
        assert pins.get("casey").unpinned and pins.get("susan").unpinned
        assert pins.recovery() is None  # never taken from the file
        with pytest.raises(UnpinnedUsers) as info:
            vault.rotate_data_key(recovery_key=recovery)
        assert info.value.users == ("casey", "susan")
    for user, secret in PREPIN_USERS.items():
        Vault.unlock(root, user, secret).lock()
    with Vault.unlock(root, ADMIN, ADMIN_PASS) as vault:
        with pytest.raises(RecoveryKeyNeeded):
            vault.rotate_data_key()
        vault.rotate_data_key(recovery_key=recovery)
        assert vault.recovery_pinned()
    for user, secret in {ADMIN: ADMIN_PASS, **PREPIN_USERS}.items():
        Vault.unlock(root, user, secret).lock()


def test_drop_unpinned_cuts_them_off_and_recovery_brings_them_back(prepins):
    root, recovery = prepins
    with Vault.unlock(root, ADMIN, ADMIN_PASS) as vault:
        result = vault.rotate_data_key(drop_unpinned=True, recovery_key=recovery)
        assert sorted(name for name, _why in result.dropped) == ["casey", "susan"]
    with pytest.raises(Exception):  # noqa: B017 - either wrong passphrase or unknown name
        Vault.unlock(root, "casey", PREPIN_USERS["casey"])
    recover(root, "casey", recovery, "casey is back 123456", kdf=TEST_KDF)
    Vault.unlock(root, "casey", "casey is back 123456").lock()


def test_a_recovery_key_planted_before_the_upgrade_is_not_trusted(prepins):
    root, recovery = prepins
    slots = _slots(root)
    planted_private, planted_public = crypto.new_keypair()
    slots.recovery["public_key"] = crypto.b64e(planted_public)
    _write_as_attacker(root, slots)
    for user, secret in {ADMIN: ADMIN_PASS, **PREPIN_USERS}.items():
        Vault.unlock(root, user, secret).lock()
    with Vault.unlock(root, ADMIN, ADMIN_PASS) as vault:
        assert PinRepo(vault.conn).recovery() is None
        vault.rotate_data_key(recovery_key=recovery)
        assert PinRepo(vault.conn).recovery() != crypto.b64e(planted_public)
    after = _slots(root)
    with pytest.raises(crypto.InvalidTag):
        crypto.unseal(planted_private, after.recovery["sealed_data_key"],
                      _seal_context(after, "\x00recovery"))


def test_a_format_1_slot_file_gets_its_integrity_code_at_the_next_sign_in(prepins):
    root, _recovery = prepins
    assert _slots(root).format == 1
    with Vault.unlock(root, "casey", PREPIN_USERS["casey"]) as vault:
        assert _slots(root).mac_state(vault.data_key) == "ok"
        assert vault.warnings == []


def test_verify_warns_about_unproved_accounts_and_fails_on_an_altered_slot(prepins):
    root, _recovery = prepins
    with Vault.unlock(root, ADMIN, ADMIN_PASS) as vault:
        report = AdminService(Session(vault)).verify()
        assert report.ok
        assert any("casey" in w for w in report.warnings)
        assert any("recovery key" in w for w in report.warnings)
    Vault.unlock(root, "casey", PREPIN_USERS["casey"]).lock()
    slots = _slots(root)
    _, other = crypto.new_keypair()
    slots.slots["casey"]["public_key"] = crypto.b64e(other)
    _write_as_attacker(root, slots)
    with Vault.unlock(root, ADMIN, ADMIN_PASS) as vault:
        report = AdminService(Session(vault)).verify()
        assert not report.ok
        assert any("casey" in p for p in report.problems)
        assert any("integrity code" in p for p in report.problems)


# --- hostile key-derivation settings and undecodable passphrases -------------------------------

def test_a_kdf_bomb_in_the_slot_file_is_damage_not_a_hang(with_cw):
    from intake_app.domain.errors import VaultDamaged

    slots = _slots(with_cw)
    slots.slots[CW]["kdf"].update(memory_kib=4 * 1024 * 1024, time_cost=100, parallelism=64)
    _write_as_attacker(with_cw, slots)
    with pytest.raises(VaultDamaged):
        Vault.unlock(with_cw, CW, CW_PASS)


def test_a_passphrase_that_is_not_text_is_simply_wrong(with_cw):
    from intake_app.domain.errors import WrongPassphrase

    before = (with_cw / "keyslots.json").read_bytes()
    with pytest.raises(WrongPassphrase):
        Vault.unlock(with_cw, CW, "caseworker \udcff passphrase")
    assert (with_cw / "keyslots.json").read_bytes() == before


def test_a_symlink_planted_where_the_slot_file_is_written_is_not_followed(with_cw, tmp_path):
    victim = tmp_path / "outside.txt"
    victim.write_text("untouched")
    for n in range(64):  # the temp name is random: a planted guess is never used
        (with_cw / f".keyslots.json.tmp-{n:016x}").symlink_to(victim)
    change_passphrase(with_cw, CW, CW_PASS, NEW_PASS)
    assert victim.read_text() == "untouched"
    assert not (with_cw / "keyslots.json").is_symlink()
