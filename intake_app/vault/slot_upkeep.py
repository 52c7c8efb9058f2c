"""Upkeep of the key slot file around a session, under the slots lock.

Every legitimate writer holds the data key and signs what it writes (``save_signed``, which also
records the audit chain head outside the database). A file that, as read, fails its integrity
code was written by someone without the data key: it is audited and never re-signed as it is
(``altered``, ``note_altered_file``). After a sign-in the person's own public-key label is
corrected from the key their passphrase proved and a format-1 file gets its code
(``tidy_after_sign_in``); at sign-out and lock the chain head is recorded (``stamp_audit_head``).
"""

from __future__ import annotations

from intake_app.domain.errors import IntakeError
from intake_app.vault import audit, database
from intake_app.vault.keyslots import KeySlots
from intake_app.vault.layout import VaultPaths
from intake_app.vault.locks import exclusive
from intake_app.vault.pins import PinRepo
from intake_app.vault.switching import remove_file


def note_altered_file(conn: database.Connection, altered: bool, actor: str,
                      clock: audit.Clock) -> bool:
    """Audit a slot file that, as read, failed its integrity code (written by someone without
    the data key). Returns ``altered``. Runs inside the caller's transaction."""
    if not altered:
        return False
    audit.append(conn, actor, "keyslots.altered", "keyslots.json",
                 "integrity code does not match", clock=clock)
    return True


def altered(conn: database.Connection, slots: KeySlots, data_key: bytes) -> bool:
    """Did someone without the data key change this slot file (as loaded)?"""
    return slots.mac_state(data_key, required=PinRepo(conn).mac_required()) == "invalid"


def save_signed(conn: database.Connection, paths: VaultPaths, slots: KeySlots,
                data_key: bytes) -> None:
    """Sign and write the slot file, recording the audit chain head in it."""
    slots.audit_head = audit.head_full(conn)
    slots.save(paths.slots, sign_with=data_key)


def tidy_after_sign_in(conn: database.Connection, paths: VaultPaths, data_key: bytes,
                       user: str, clock: audit.Clock, seen: KeySlots, derived: str) -> bool:
    """Notice an altered file, correct ``user``'s public-key label to ``derived`` (the key their
    passphrase just proved), give a format-1 file its integrity code. Skipped if their slot
    changed since ``seen`` was read. Returns True when the file was found altered."""
    with exclusive(paths.slots_lock):
        # Temp files of a slot-file write that a crash interrupted (every such write holds
        # this lock, so none is in progress now).
        for leftover in paths.root.glob(".keyslots.json*.tmp-*"):
            remove_file(leftover)
        slots = KeySlots.load(paths.slots)
        mine = slots.slots.get(user)
        if mine is None or mine.get("wrapped_private_key") != \
                seen.slots[user]["wrapped_private_key"]:
            return False
        with database.transaction(conn):
            repo = PinRepo(conn)
            state = slots.mac_state(data_key, required=repo.mac_required())
            relabel = mine["public_key"] != derived
            found = note_altered_file(conn, state == "invalid", user, clock)
            if relabel:
                audit.append(conn, user, "keyslots.repaired", user,
                             "public-key label corrected from the proved key", clock=clock)
            if state != "invalid":
                repo.require_mac()
        if relabel:
            mine["public_key"] = derived
        if state == "missing" or (relabel and state == "ok"):
            save_signed(conn, paths, slots, data_key)
        elif relabel:
            # Keep the MAC as read: if anything else was altered it still reads as altered.
            slots.save(paths.slots, sign_with=None)
        return found


def stamp_audit_head(conn: database.Connection, paths: VaultPaths, data_key: bytes) -> None:
    """At sign-out and lock: record the chain head in the slot file, best effort and without
    waiting (a quick exit must never wait on a lock); never over a file someone else altered
    (that would make it look signed)."""
    try:
        with exclusive(paths.slots_lock, wait=False):
            slots = KeySlots.load(paths.slots)
            head = audit.head_full(conn)
            if slots.audit_head == head or altered(conn, slots, data_key) or slots.mac is None:
                return
            slots.audit_head = head
            slots.save(paths.slots, sign_with=data_key)
    except (IntakeError, OSError, database.DatabaseError):
        return
