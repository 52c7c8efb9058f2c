"""Which keys a restore seals the data key to: the pinned keys of the accounts active in the
backup, and nobody else.

A backup (format 2) holds the data key sealed to the recovery key only. The restore, which has
the recovery key, seals it again to each active account's key, chosen from the pins inside the
restored database by the slot's digest, as a rotation chooses (rotation.py):

* the slot's digest is that of the person's confirmed or pending pin: that pin's key;
* the slot's label names a pin whose digest was never recorded (pinned before digests, schema 3
  or a vault not signed into since): that pin;
* the person has no confirmed pin (a vault from before pins, schema 2 or earlier, or nobody
  signed in as them since the upgrade): the slot's label, but only if the slot file was signed
  with the data key when the backup was taken, or unsigned in a vault that had never signed one
  (exactly what the live vault accepts at the next sign-in);
* anything else (a slot matching no record, no slot at all): nothing. The restore names the
  person; ``admin recover`` gives them a new passphrase.

Disabled accounts, and slots without an account, get nothing. A format-1 backup carries the
whole slot file, sealed keys included; it is treated the same way, except that a person with no
confirmed pin keeps the sealed key of their slot as it is (only their own private key opens
it) instead of having one sealed to a label.

Old schemas are read as they are (the restored vault is migrated when it is first opened):
schema 3 has confirmed pins but no digests, schemas 1 and 2 no pins at all.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from intake_app.domain.errors import BackupInvalid, VaultDamaged
from intake_app.vault import crypto
from intake_app.vault.database import Connection
from intake_app.vault.keyslots import KeySlots
from intake_app.vault.pins import PinRepo, Pins, slot_digest

NO_SLOT = "the backup holds no key slot for this account"
NOT_ON_RECORD = "the key slot in the backup is not the one the vault has on record"
UNPROVED = ("not signed in since an upgrade, and the backup's key slot file had been changed "
            "by someone without the vault's key")


@dataclass
class RestorePlan:
    slots: KeySlots                                   # signed with the data key
    sealed: list[str] = field(default_factory=list)   # accounts that keep their passphrase
    left_out: list[tuple[str, str]] = field(default_factory=list)  # (name, why)


def active_pins(conn: Connection) -> dict[str, Pins]:
    """The pins of every active account, at whatever schema the database is."""
    columns = {row[1] for row in conn.execute("PRAGMA table_info(users)")}
    if "slot_digest" in columns:
        return PinRepo(conn).active()
    key = "public_key" if "public_key" in columns else "NULL"
    rows = conn.execute(f"SELECT username, {key} FROM users WHERE disabled_at IS NULL "
                        "ORDER BY username").fetchall()
    return {name: Pins(confirmed, None, frozenset()) for name, confirmed in rows}


def plan_restore(conn: Connection, source: KeySlots, data_key: bytes,
                 recovery_secret: bytes, *, labels_trusted: bool) -> RestorePlan:
    """The slot file of the restored vault (same vault id and generation as the backup's)."""
    nxt = KeySlots(source.vault_id, source.generation, {}, {})
    nxt.seal_recovery(data_key, crypto.public_from_private(
        crypto.recovery_private_key(recovery_secret)))
    plan = RestorePlan(nxt)
    for user, pins in sorted(active_pins(conn).items()):
        slot = source.slots.get(user)
        if slot is None:
            plan.left_out.append((user, NO_SLOT))
            continue
        key = _key_for(user, slot, pins)
        if key is None and pins.confirmed is None:
            if "sealed_data_key" in slot:  # format 1: their own sealed key, as it was
                nxt.slots[user] = dict(slot)
                plan.sealed.append(user)
                continue
            if labels_trusted and slot["public_key"] not in pins.retired:
                key = slot["public_key"]
        if key is None:
            plan.left_out.append((user, UNPROVED if pins.confirmed is None and
                                  not labels_trusted else NOT_ON_RECORD))
            continue
        nxt.slots[user] = {**{k: v for k, v in slot.items() if k != "sealed_data_key"},
                           "public_key": key}
        nxt.seal_to(user, crypto.b64d(key), data_key)
        plan.sealed.append(user)
    nxt.sign(data_key)
    try:
        KeySlots.from_bytes(nxt.to_bytes())  # every rule of a slot file, before it is used
    except VaultDamaged:
        raise BackupInvalid("the key slots in the backup are damaged") from None
    return plan


def _key_for(user: str, slot: dict[str, Any], pins: Pins) -> str | None:
    """The pinned key this slot belongs to, or None."""
    key = pins.key_for_slot(slot_digest(user, slot))
    if key is not None:
        return key
    label = slot.get("public_key")
    if isinstance(label, str) and label == pins.confirmed and pins.confirmed_digest is None:
        return label
    if isinstance(label, str) and label == pins.pending and pins.pending_digest is None:
        return label
    return None
