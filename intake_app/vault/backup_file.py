"""The backup file (``.cibackup``): its format, its authentication code, packing and unpacking.

An uncompressed tar of three members:

* ``manifest.json``, nothing secret: format, creation time, vault id, key generation, schema
  version, audit chain head, row counts, the SHA-256 of the other two members, whether the key
  slot file was signed with the data key when the backup was taken (``slots_mac``), and
  ``auth``;
* ``vault.db``: the database, still encrypted under the vault's data key;
* ``slots.json`` (format 2): the data key sealed to the recovery key, and each person's wrapped
  private key (key-derivation settings, salt, wrapped key, public-key label) but no data key
  sealed to anyone. A passphrase, even one that was active when the backup was taken, opens
  nothing in a backup; only the recovery key does, and a restore then seals the data key to the
  accounts active in it (restore_slots.py). Format 1, written by earlier versions, carried
  ``keyslots.json`` instead: the live slot file, every sealed key included. It is still read.

``auth`` is HMAC-SHA256, over the canonical manifest without it, keyed by ``backup_auth_key`` =
HKDF-SHA256(recovery secret, info "intake-backup-auth-v1"). The vault keeps that key in its
meta table from its creation (a vault made before this gets it the next time the recovery key
is used: a restore or a recovery) and signs every backup with it. The manifest names the SHA-256
of both other members, so the code covers the whole file: without the recovery key or the
vault's data key nobody can make a backup that a restore accepts as this vault's, although the
recovery PUBLIC key is in the clear in keyslots.json. A backup without ``auth`` (format 1, or a
vault that has no backup key yet) can still be restored; its origin cannot be checked.
"""

from __future__ import annotations

import errno
import hashlib
import hmac
import io
import json
import os
import shutil
import tarfile
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from intake_app.domain.errors import BackupInvalid, DiskFull, VaultDamaged
from intake_app.files.atomic import ensure_private_dir
from intake_app.vault import crypto
from intake_app.vault.database import Connection
from intake_app.vault.keyslots import KeySlots, canonical

FORMAT = 2
READABLE_FORMATS = (1, 2)
#: The member holding the key slots, by format.
SLOTS_MEMBER = {1: "keyslots.json", 2: "slots.json"}
MAX_MEMBER_BYTES = 4 * 1024 * 1024
AUTH_INFO = b"intake-backup-auth-v1"
_SLOT_FIELDS = {"public_key", "kdf", "salt", "wrapped_private_key"}
# Stands in for a sealed key while a format-2 slot document is checked with the key slot
# file's own rules (it is never used for anything else).
_PLACEHOLDER_BOX = {"nonce": crypto.b64e(bytes(12)), "ct": crypto.b64e(bytes(17)),
                    "epk": crypto.b64e(bytes(32))}


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def damaged(why: str = "damaged or incomplete") -> BackupInvalid:
    return BackupInvalid(f"the backup file is {why}")


# --- authentication ---------------------------------------------------------------------------

def backup_auth_key(recovery_secret: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None,
                info=AUTH_INFO).derive(recovery_secret)


def stored_auth_key(conn: Connection) -> bytes | None:
    row = conn.execute("SELECT value FROM meta WHERE key = 'backup_auth_key'").fetchone()
    return None if row is None else bytes(row[0])


def record_auth_key(conn: Connection, recovery_secret: bytes) -> None:
    """The recovery key has just been used: from now on this vault's backups carry ``auth``.
    Runs inside the caller's transaction."""
    conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('backup_auth_key', ?)",
                 (backup_auth_key(recovery_secret),))


def auth_code(key: bytes, document: dict[str, Any]) -> str:
    body = {k: v for k, v in document.items() if k != "auth"}
    return hmac.new(key, canonical(body), hashlib.sha256).hexdigest()


def check_auth(manifest: dict[str, Any], key: bytes) -> bool:
    """True: the backup is authentic. False: it has no code (its origin cannot be checked).
    BackupInvalid: it has one, and it is not this recovery key's."""
    code = manifest.get("auth")
    if code is None:
        return False
    if not isinstance(code, str) or not hmac.compare_digest(code, auth_code(key, manifest)):
        raise BackupInvalid(
            "this backup was not written by the vault this recovery key belongs to (its "
            "authentication code does not match): it may have been made by someone else. "
            "Nothing was restored")
    return True


# --- the key slots in a backup ----------------------------------------------------------------

def slots_document(slots: KeySlots) -> bytes:
    """What a format-2 backup keeps of the key slot file: no data key sealed to a person."""
    doc = {"vault_id": slots.vault_id, "generation": slots.generation,
           "recovery": slots.recovery,
           "slots": {user: {k: v for k, v in slot.items() if k != "sealed_data_key"}
                     for user, slot in slots.slots.items()}}
    return json.dumps(doc, sort_keys=True, indent=1).encode() + b"\n"


def parse_slots_document(raw: bytes) -> KeySlots:
    """A format-2 slot document as KeySlots whose slots have no ``sealed_data_key``."""
    try:
        doc = json.loads(raw.decode("utf-8"))
    except (ValueError, UnicodeDecodeError, RecursionError):
        raise damaged() from None
    if not isinstance(doc, dict) or set(doc) != {"vault_id", "generation", "recovery",
                                                 "slots"} or \
            not isinstance(doc["slots"], dict) or \
            not all(isinstance(s, dict) and set(s) == _SLOT_FIELDS
                    for s in doc["slots"].values()):
        raise damaged()
    # Checked with the key slot file's own rules: names, base64, lengths, KDF ranges.
    probe = KeySlots(doc["vault_id"], doc["generation"], doc["recovery"],
                     {u: {**s, "sealed_data_key": _PLACEHOLDER_BOX}
                      for u, s in doc["slots"].items()}, format=1)
    try:
        KeySlots.from_bytes(probe.to_bytes())
    except (VaultDamaged, TypeError, ValueError):
        raise damaged() from None
    return KeySlots(doc["vault_id"], doc["generation"], doc["recovery"], doc["slots"])


def source_slots(manifest: dict[str, Any], raw: bytes) -> KeySlots:
    """The key slots a backup carries (format 1: a whole slot file)."""
    if manifest["format"] == 2:
        return parse_slots_document(raw)
    try:
        return KeySlots.from_bytes(raw)
    except VaultDamaged:
        raise damaged() from None


# --- packing ----------------------------------------------------------------------------------

def pack(packed: Path, manifest: dict[str, Any], db_path: Path, slots_raw: bytes) -> None:
    """Write the tar to ``packed`` (a new file, owner-only) and fsync it."""
    fd = os.open(packed, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as raw, tarfile.open(fileobj=raw, mode="w",
                                                  format=tarfile.PAX_FORMAT) as tar:
        _add_bytes(tar, "manifest.json", json.dumps(manifest, indent=1).encode())
        tar.add(db_path, arcname="vault.db")
        _add_bytes(tar, SLOTS_MEMBER[int(manifest["format"])], slots_raw)
        raw.flush()
        os.fsync(raw.fileno())


def _add_bytes(tar: tarfile.TarFile, name: str, data: bytes) -> None:
    info = tarfile.TarInfo(name)
    info.size = len(data)
    info.mode = 0o600
    tar.addfile(info, io.BytesIO(data))


def read_backup(path: Path, into: Path) -> tuple[dict[str, Any], Path, bytes]:
    """Unpack a backup into the folder ``into`` and check its sums. Returns (manifest,
    vault.db path, key slot bytes). Authentication is the restore's job (it needs the
    recovery key)."""
    ensure_private_dir(into)
    db_path = into / "vault.db"
    try:
        with tarfile.open(path, mode="r:") as tar:
            members: dict[str, tarfile.TarInfo] = {}
            for member in tar.getmembers():
                if member.name in members or not member.isfile():
                    raise BackupInvalid("this is not a Confidential Intake backup")
                members[member.name] = member
            if not any(set(members) == {"manifest.json", "vault.db", name}
                       for name in SLOTS_MEMBER.values()):
                raise BackupInvalid("this is not a Confidential Intake backup")
            manifest = json.loads(_read_member(tar, members["manifest.json"]))
            if not isinstance(manifest, dict) or manifest.get("format") not in \
                    READABLE_FORMATS or isinstance(manifest.get("format"), bool):
                raise BackupInvalid("this backup was written by a newer version of "
                                    "Confidential Intake, or is damaged")
            slots_name = SLOTS_MEMBER[manifest["format"]]
            if slots_name not in members:
                raise damaged()
            slots_raw = _read_member(tar, members[slots_name])
            src = tar.extractfile(members["vault.db"])
            if src is None:
                raise damaged()
            fd = os.open(db_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(fd, "wb") as out:
                shutil.copyfileobj(src, out)
    except OSError as exc:
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            raise DiskFull("the disk is full; nothing was restored") from None
        raise damaged() from None
    except (tarfile.TarError, ValueError, KeyError, RecursionError):
        raise damaged() from None
    sums = manifest.get("sha256")
    if not isinstance(sums, dict) or not isinstance(manifest.get("counts"), dict):
        raise damaged()
    if file_sha256(db_path) != sums.get("vault.db") or \
            hashlib.sha256(slots_raw).hexdigest() != sums.get(slots_name):
        raise damaged("damaged (checksums differ)")
    return manifest, db_path, slots_raw


def _read_member(tar: tarfile.TarFile, member: tarfile.TarInfo) -> bytes:
    fh = tar.extractfile(member)
    if fh is None or member.size > MAX_MEMBER_BYTES:
        raise damaged()
    return fh.read()
