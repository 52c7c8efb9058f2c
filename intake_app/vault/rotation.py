"""Which keys a data-key rotation seals the new key to: pinned keys only, nobody dropped silently.

``plan_rotation`` reads the vault's pins and the current slot file and decides, per slot:

* the slot's label is its owner's confirmed pin: seal to it (a stale pending pin is dropped);
* the label is the pending pin: the passphrase change or recovery reached the disk; seal to it
  and confirm it;
* the label is a key of theirs that was retired (an older slot put back from a copy), or is
  unknown while a pending pin also exists: refuse (``SlotMismatch``) rather than guess;
* the label is unknown otherwise: it was altered (the label is not trusted); seal to the
  confirmed pin, which is the key the person's passphrase actually opens, and report a repair;
* the owner has no pin yet (a vault upgraded from before pins): refuse (``UnpinnedUsers``)
  unless the administrator asked to drop them;
* no active account: drop the slot (it grants nothing) and report it.

The recovery key is sealed to its pin; a vault without one needs the recovery key itself once.
The plan never writes: the vault applies it (store.py).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from intake_app.domain.errors import RecoveryKeyNeeded, SlotMismatch, UnpinnedUsers
from intake_app.domain.stamps import stamp
from intake_app.vault import audit, crypto
from intake_app.vault.backup_file import record_auth_key
from intake_app.vault.database import Connection
from intake_app.vault.keyslots import KeySlots, recovery_public_text
from intake_app.vault.pins import PinRepo, Pins, slot_digest
from intake_app.vault.slot_upkeep import altered, note_altered_file


@dataclass
class RotationPlan:
    slots: KeySlots                      # the next generation, signed with the new key
    dropped: list[tuple[str, str]] = field(default_factory=list)   # (name, why)
    repaired: list[str] = field(default_factory=list)              # labels corrected
    confirm: dict[str, tuple[str, str]] = field(default_factory=dict)  # user -> (key, digest)
    drop_pending: list[str] = field(default_factory=list)
    pin_recovery: str | None = None      # a recovery key proved for this rotation


def plan_rotation(conn: Connection, current: KeySlots, new_key: bytes, *,
                  drop_unpinned: bool = False,
                  recovery_secret: bytes | None = None) -> RotationPlan:
    repo = PinRepo(conn)
    active = repo.active()
    recovery_pin = repo.recovery()
    proved_recovery = None
    if recovery_pin is None:
        if recovery_secret is None:
            raise RecoveryKeyNeeded(
                "this vault has no record of its recovery key yet (it was upgraded from an "
                "older version); give the recovery key once so it can be proved and recorded")
        current.unseal_with_recovery(recovery_secret)  # WrongPassphrase unless it opens it
        recovery_pin = proved_recovery = recovery_public_text(recovery_secret)

    nxt = KeySlots(current.vault_id, current.generation + 1, {}, {})
    plan = RotationPlan(nxt, pin_recovery=proved_recovery)
    unpinned: list[str] = []
    mismatched: list[str] = []
    chosen: dict[str, str] = {}
    for user in sorted(current.slots):
        slot = current.slots[user]
        pins = active.get(user)
        if pins is None:
            plan.dropped.append((user, "no active account"))
            continue
        key = _key_for(user, slot, pins, plan)
        if key == _UNPINNED:
            unpinned.append(user)
        elif key is None:
            mismatched.append(user)
        else:
            chosen[user] = key
    if mismatched:
        raise SlotMismatch(mismatched)
    if unpinned and not drop_unpinned:
        raise UnpinnedUsers(unpinned)
    plan.dropped.extend((u, "not yet proved since the upgrade (--drop-unpinned)")
                        for u in unpinned)
    for user, key in chosen.items():
        slot = {k: v for k, v in current.slots[user].items() if k != "sealed_data_key"}
        slot["public_key"] = key
        nxt.slots[user] = slot
        nxt.seal_to(user, crypto.b64d(key), new_key)
    if current.recovery.get("public_key") != recovery_pin:
        plan.repaired.append("the recovery key")
    nxt.seal_recovery(new_key, crypto.b64d(recovery_pin))
    nxt.sign(new_key)
    return plan


_UNPINNED = "\x00unpinned"


def _key_for(user: str, slot: dict[str, object], pins: Pins, plan: RotationPlan) -> str | None:
    """The pinned key this slot belongs to (None: it matches no record; _UNPINNED: nothing
    has been proved for this person yet). Records confirmations and repairs in ``plan``."""
    digest = slot_digest(user, slot)
    label = slot["public_key"]
    if pins.confirmed is None and not (pins.pending and digest == pins.pending_digest):
        return _UNPINNED
    key = pins.key_for_slot(digest)
    if key is None:
        # Slots pinned before digests were recorded: the label may choose, but only between
        # this person's own keys, and an unknown label is only repaired when nothing is pending.
        if label == pins.confirmed and pins.confirmed_digest is None:
            key = pins.confirmed
        elif label == pins.pending and pins.pending_digest is None:
            key = pins.pending
        elif pins.confirmed_digest is None and not pins.pending and \
                label not in pins.retired:
            key = pins.confirmed
        else:
            return None
    if label != key:
        plan.repaired.append(user)
    if pins.pending is not None and key == pins.pending:
        plan.confirm[user] = (pins.pending, digest)
    elif pins.pending:
        plan.drop_pending.append(user)
    return key


def record_plan(conn: Connection, plan: RotationPlan, slots: KeySlots, secret: bytes | None,
                data_key: bytes, actor: str, clock: audit.Clock) -> None:
    """Record what the rotation relies on, before the copy is made (true whether or not the
    rotation then completes: it describes the slot file as it is now). Inside the caller's
    transaction on the live database."""
    repo, at = PinRepo(conn), stamp(clock())
    for user, (key, digest) in plan.confirm.items():
        repo.confirm(user, key, at, digest)
    for user in plan.drop_pending:
        repo.drop_pending(user, at)
    if plan.pin_recovery is not None and secret is not None:
        repo.pin_recovery(plan.pin_recovery)
        record_auth_key(conn, secret)  # proved just now: backups can carry auth
        audit.append(conn, actor, "key.recovery_pinned", "", "proved by the recovery key",
                     clock=clock)
    note_altered_file(conn, altered(conn, slots, data_key), actor, clock)
    repo.require_mac()


def audit_outcome(conn: Connection, plan: RotationPlan, actor: str, clock: audit.Clock) -> None:
    """The rotation's audit entries, in the new database: who was cut off, what was repaired."""
    for name, why in plan.dropped:
        audit.append(conn, actor, "vault.rotate_key.dropped", name, why, clock=clock)
    for name in plan.repaired:
        audit.append(conn, actor, "keyslots.repaired", name, "resealed to the key on record",
                     clock=clock)
    audit.append(conn, actor, "vault.rotate_key", f"generation={plan.slots.generation}",
                 clock=clock)
