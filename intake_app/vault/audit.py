"""The append-only audit log, each entry chained to the previous by HMAC-SHA256.

The chain key is derived from the first data key when the vault is created and kept inside the
encrypted database, so a data-key rotation does not break the chain. Entries name the user, the
action and a reference (a user name, a case reference) and never hold case content.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from intake_app.domain.stamps import stamp
from intake_app.vault.database import Connection

GENESIS = b"\x00" * 32

Clock = Callable[[], datetime]


def utc_now() -> datetime:
    return datetime.now(UTC)


def derive_chain_key(data_key: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None,
                info=b"intake-audit-chain-v1").derive(data_key)


@dataclass(frozen=True)
class AuditEntry:
    seq: int
    ts: str
    actor: str
    action: str
    target: str
    detail: str
    mac: bytes

    def to_json(self) -> dict[str, object]:
        return {"seq": self.seq, "ts": self.ts, "actor": self.actor, "action": self.action,
                "target": self.target, "detail": self.detail, "mac": self.mac.hex()}


def _mac(key: bytes, prev: bytes, seq: int, ts: str, actor: str, action: str, target: str,
         detail: str) -> bytes:
    body = json.dumps([seq, ts, actor, action, target, detail], ensure_ascii=True).encode()
    return hmac.new(key, prev + body, hashlib.sha256).digest()


def chain_key(conn: Connection) -> bytes:
    row = conn.execute("SELECT value FROM meta WHERE key = 'audit_chain_key'").fetchone()
    if row is None:
        raise RuntimeError("audit chain key missing")
    return bytes(row[0])


def append(conn: Connection, actor: str, action: str, target: str = "", detail: str = "",
           *, clock: Clock = utc_now) -> AuditEntry:
    """Append one entry. Must run inside the caller's write transaction."""
    key = chain_key(conn)
    last = conn.execute("SELECT seq, mac FROM audit ORDER BY seq DESC LIMIT 1").fetchone()
    seq, prev = (1, GENESIS) if last is None else (last[0] + 1, bytes(last[1]))
    ts = stamp(clock())
    mac = _mac(key, prev, seq, ts, actor, action, target, detail)
    conn.execute(
        "INSERT INTO audit (seq, ts, actor, action, target, detail, prev_mac, mac) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (seq, ts, actor, action, target, detail, prev, mac),
    )
    conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('audit_head', ?)",
                 (f"{seq}:{mac.hex()}".encode(),))
    return AuditEntry(seq, ts, actor, action, target, detail, mac)


def entries(conn: Connection) -> list[AuditEntry]:
    return [
        AuditEntry(r[0], r[1], r[2], r[3], r[4], r[5], bytes(r[6]))
        for r in conn.execute(
            "SELECT seq, ts, actor, action, target, detail, mac FROM audit ORDER BY seq")
    ]


def head(conn: Connection) -> str:
    """The chain head, printed on backups and exports: ``<seq>:<first 16 hex of mac>``."""
    row = conn.execute("SELECT seq, mac FROM audit ORDER BY seq DESC LIMIT 1").fetchone()
    return "0:genesis" if row is None else f"{row[0]}:{bytes(row[1]).hex()[:16]}"


def head_full(conn: Connection) -> str:
    """The chain head with the whole MAC, as recorded outside the database (the key slot file)
    at every key operation and sign-out: ``<seq>:<mac hex>``."""
    row = conn.execute("SELECT seq, mac FROM audit ORDER BY seq DESC LIMIT 1").fetchone()
    return "0:" + GENESIS.hex() if row is None else f"{row[0]}:{bytes(row[1]).hex()}"


def check_recorded_head(conn: Connection, recorded: str | None) -> list[str]:
    """A head recorded outside the database must still be in the chain: if it is not, the log
    (or the whole database) was rolled back or rewritten after it was recorded."""
    if not recorded:
        return []
    try:
        seq_text, mac_hex = recorded.split(":", 1)
        seq = int(seq_text)
    except ValueError:
        return ["the audit head recorded in keyslots.json is unreadable"]
    row = conn.execute("SELECT mac FROM audit WHERE seq = ?", (seq,)).fetchone()
    if row is None or not hmac.compare_digest(bytes(row[0]).hex(), mac_hex):
        return [f"the audit log no longer holds entry {seq} as recorded in keyslots.json: the "
                "log or the whole database was rolled back or rewritten"]
    return []


_TRIGGERS = {"audit_no_update": "BEFORE UPDATE ON audit", "audit_no_delete":
             "BEFORE DELETE ON audit"}


def verify(conn: Connection) -> list[str]:
    """Walk the chain. Returns human descriptions of every break (empty when intact).

    Beyond the links themselves: the log must start with the vault's creation (so deleting
    the oldest entries, or all of them, is caught) and its append-only triggers must exist.
    """
    key = chain_key(conn)
    problems: list[str] = []
    triggers = dict(conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit'"))
    for name, clause in _TRIGGERS.items():
        sql = " ".join(str(triggers.get(name) or "").split())
        if clause not in sql or "RAISE(ABORT" not in sql.replace(" ", ""):
            problems.append("the audit log's append-only protection was removed (trigger "
                            f"{name})")
    first = conn.execute("SELECT seq, action FROM audit ORDER BY seq LIMIT 1").fetchone()
    if first is None:
        problems.append("the audit log is empty: every entry was removed")
    elif first[0] != 1 or first[1] != "vault.create":
        problems.append("the audit log does not start with the vault's creation (its oldest "
                        "entries were removed)")
    prev, expected_seq = GENESIS, 1
    last_seq, last_mac = 0, GENESIS
    for row in conn.execute(
        "SELECT seq, ts, actor, action, target, detail, prev_mac, mac FROM audit ORDER BY seq"
    ):
        seq, ts, actor, action, target, detail = row[:6]
        stored_prev, stored_mac = bytes(row[6]), bytes(row[7])
        if seq != expected_seq:
            problems.append(f"entry {expected_seq} is missing (next entry is {seq})")
        if stored_prev != prev:
            problems.append(f"entry {seq} does not follow the entry before it (removed or "
                            "reordered entries)")
        if not hmac.compare_digest(_mac(key, stored_prev, seq, ts, actor, action, target, detail),
                                   stored_mac):
            problems.append(f"entry {seq} was altered")
        prev, expected_seq = stored_mac, seq + 1
        last_seq, last_mac = seq, stored_mac
    row = conn.execute("SELECT value FROM meta WHERE key = 'audit_head'").fetchone()
    recorded = bytes(row[0]).decode() if row else "0:" + GENESIS.hex()
    if (row is not None or last_seq) and recorded != f"{last_seq}:{last_mac.hex()}":
        problems.append("the newest audit entries were removed (chain head does not match)")
    return problems
