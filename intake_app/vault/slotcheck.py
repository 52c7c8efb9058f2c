"""The key slot file measured against what the vault has on record (for ``admin verify``).

Failures mean someone changed the file (or put an older copy back) and somebody may be unable
to sign in; warnings are states the app can finish by itself or that IT should know about.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from intake_app.vault import audit
from intake_app.vault.database import Connection
from intake_app.vault.keyslots import KeySlots
from intake_app.vault.pins import PinRepo, slot_digest
from intake_app.vault.users_repo import UsersRepo


@dataclass
class SlotReport:
    problems: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    unpinned: list[str] = field(default_factory=list)


def check_slots(conn: Connection, slots: KeySlots, data_key: bytes) -> SlotReport:
    report = SlotReport()
    pins = PinRepo(conn)
    state = slots.mac_state(data_key, required=pins.mac_required())
    if state == "invalid":
        report.problems.append("keyslots.json was changed by someone who does not hold the "
                               "vault's key (its integrity code does not match)")
    else:
        report.problems.extend(audit.check_recorded_head(conn, slots.audit_head))
    if state == "missing":
        report.warnings.append("keyslots.json has no integrity code yet (written by an older "
                               "version); it gets one at the next sign-in")
    accounts = {a.username: a for a in UsersRepo(conn).all()}
    for user in sorted(slots.slots):
        label = slots.slots[user]["public_key"]
        account = accounts.get(user)
        if account is None:
            report.problems.append(f"a key slot for '{user}', who has no account")
            continue
        if not account.active:
            report.warnings.append(f"the disabled account '{user}' still has a key slot (an "
                                   "interrupted disable): run 'admin disable-user' again")
            continue
        record = pins.get(user)
        if record is None or (record.confirmed is None and not (
                record.pending and slot_digest(user, slots.slots[user]) ==
                record.pending_digest)):
            report.unpinned.append(user)
            report.warnings.append(f"'{user}' has not signed in since the upgrade that records "
                                   "each person's key; a key rotation waits for them")
            continue
        key = record.key_for_slot(slot_digest(user, slots.slots[user]))
        if key is not None:
            if label != key:
                report.problems.append(f"the public-key label of '{user}' was altered; their "
                                       "next sign-in or a key rotation corrects it")
        elif (label == record.confirmed and record.confirmed_digest is None) or \
                (label == record.pending and record.pending_digest is None):
            continue  # pinned before slot digests were recorded: the next sign-in records it
        elif label in record.retired:
            report.problems.append(f"the key slot of '{user}' is an older one (a copy from "
                                   "before their last passphrase change): reset them with "
                                   "'admin recover'")
        else:
            report.problems.append(f"the key slot of '{user}' is not the one on record "
                                   "(altered): reset them with 'admin recover'")
    for user, account in sorted(accounts.items()):
        if account.active and user not in slots.slots:
            report.warnings.append(f"the active account '{user}' has no key slot (an "
                                   "interrupted add): run 'admin add-user' again")
    recovery = pins.recovery()
    if recovery is None:
        report.warnings.append("the vault has no record of its recovery key yet; the next "
                               "'admin rotate-key' asks for it once")
    elif slots.recovery.get("public_key") != recovery:
        report.problems.append("the recovery key in keyslots.json is not this vault's")
    return report
