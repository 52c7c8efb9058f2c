"""The key slot file (``keyslots.json``): who can unseal the data key, and how.

Layout (JSON, no secrets in clear)::

    {"format": 2, "vault_id": "...", "generation": 3,
     "recovery": {"public_key": "...", "sealed_data_key": {...}},
     "slots": {"alice": {"public_key": "...", "kdf": {...}, "salt": "...",
                         "wrapped_private_key": {...}, "sealed_data_key": {...}}},
     "mac": "<HMAC-SHA256 keyed from the data key over everything above>",
     "checksum": "<sha256 of the canonical JSON of everything else>"}

Two integrity values, for two different readers:

* ``checksum`` is not a secret: before anyone has unlocked, it tells accidental damage (a
  flipped bit, a truncated copy) apart from a wrong passphrase, which otherwise both look like a
  failed AES-GCM tag. Anyone can recompute it, so it proves nothing about who wrote the file.
* ``mac`` (format 2) is keyed from the data key, which every legitimate writer holds (creating
  the vault, adding or disabling someone, a passphrase change, recovery, rotation, restore). A
  file changed by someone without the data key fails it, and whoever next unlocks notices and
  audits it. Format-1 files (no ``mac``) are read and get one at the next sign-in.

Nothing here is trusted because the file says so: a ``public_key`` field is only a label. The
keys the vault seals to are the ones pinned inside the encrypted database (``pins.py``), and a
person's pin is only ever set from a key the app has just made or that their passphrase (or the
recovery key) has just proved.
"""

from __future__ import annotations

import base64
import binascii
import copy
import hashlib
import hmac
import json
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from intake_app.domain.errors import UnknownUser, VaultDamaged, WrongPassphrase
from intake_app.files.atomic import write_atomic
from intake_app.vault import crypto

FORMAT = 2
READABLE_FORMATS = (1, 2)
MAX_FILE_BYTES = 4 * 1024 * 1024
_USER_NAME = re.compile(r"^[a-z0-9._-]{2,64}$")
_VAULT_ID = re.compile(r"^[0-9a-f]{32}$")


def canonical(data: dict[str, Any]) -> bytes:
    return json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode()


def _slot_aad(vault_id: str, user: str) -> bytes:
    return f"slot|{vault_id}|{user}".encode()


def _seal_context(vault_id: str, generation: int, recipient: str) -> bytes:
    return f"datakey|{vault_id}|{generation}|{recipient}".encode()


def _mac_key(data_key: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None,
                info=b"intake-keyslots-mac-v1").derive(data_key)


RECOVERY = "\x00recovery"  # recipient label for the recovery key; cannot clash with a user name


def _damaged(reason: str) -> VaultDamaged:
    return VaultDamaged(f"the key slot file is damaged ({reason})")


def _refuse_constant(name: str) -> float:
    raise ValueError(f"{name} is not a number")


def _b64_bytes(value: object, what: str, *, exact: int | None = None,
               at_least: int = 1) -> bytes:
    if not isinstance(value, str) or len(value) > 4096:
        raise _damaged(f"{what} is not text")
    try:
        raw = base64.b64decode(value.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError, ValueError):
        raise _damaged(f"{what} is not base64") from None
    if (exact is not None and len(raw) != exact) or len(raw) < at_least:
        raise _damaged(f"{what} has the wrong length")
    return raw


def _check_box(box: object, what: str, *, sealed: bool) -> None:
    names = {"nonce", "ct", "epk"} if sealed else {"nonce", "ct"}
    if not isinstance(box, dict) or set(box) != names:
        raise _damaged(f"{what} is malformed")
    _b64_bytes(box["nonce"], f"{what} nonce", exact=12)
    _b64_bytes(box["ct"], f"{what} ciphertext", at_least=17)
    if sealed:
        _b64_bytes(box["epk"], f"{what} key", exact=32)


def _check_slot(user: object, slot: object) -> None:
    if not isinstance(user, str) or not _USER_NAME.fullmatch(user):
        raise _damaged("a slot has an invalid name")
    if not isinstance(slot, dict) or set(slot) != {"public_key", "kdf", "salt",
                                                    "wrapped_private_key", "sealed_data_key"}:
        raise _damaged(f"the slot of {user} is malformed")
    _b64_bytes(slot["public_key"], f"the public key of {user}", exact=32)
    _b64_bytes(slot["salt"], f"the salt of {user}", at_least=16)
    if not isinstance(slot["kdf"], dict):
        raise _damaged(f"the key-derivation settings of {user} are malformed")
    try:
        crypto.KdfParams.from_json(slot["kdf"])
    except (ValueError, TypeError, OverflowError):
        raise _damaged(f"the key-derivation settings of {user} are out of range") from None
    _check_box(slot["wrapped_private_key"], f"the wrapped key of {user}", sealed=False)
    _check_box(slot["sealed_data_key"], f"the sealed key of {user}", sealed=True)


def _check_structure(data: dict[str, Any]) -> None:
    generation = data.get("generation")
    if not isinstance(generation, int) or isinstance(generation, bool) or \
            not 1 <= generation < 2**31:
        raise _damaged("the key generation is not a whole number")
    if not isinstance(data.get("vault_id"), str) or not _VAULT_ID.fullmatch(data["vault_id"]):
        raise _damaged("the vault id is malformed")
    recovery = data.get("recovery")
    if not isinstance(recovery, dict) or set(recovery) != {"public_key", "sealed_data_key"}:
        raise _damaged("the recovery slot is malformed")
    _b64_bytes(recovery["public_key"], "the recovery public key", exact=32)
    _check_box(recovery["sealed_data_key"], "the recovery sealed key", sealed=True)
    slots = data.get("slots")
    if not isinstance(slots, dict) or len(slots) > 10_000:
        raise _damaged("the slot list is malformed")
    for user, slot in slots.items():
        _check_slot(user, slot)


@dataclass
class KeySlots:
    vault_id: str
    generation: int
    recovery: dict[str, Any]
    slots: dict[str, dict[str, Any]] = field(default_factory=dict)
    #: The MAC as read from (or last written to) the file; None for a format-1 file.
    mac: str | None = None
    format: int = FORMAT
    #: The audit chain head (``seq:mac``) when this file was last written by the app: a copy
    #: outside the database, so a rolled-back or rewritten log is caught (``admin verify``).
    audit_head: str | None = None

    # --- integrity ---------------------------------------------------------------------------

    def _body(self) -> dict[str, Any]:
        body = {"format": self.format, "vault_id": self.vault_id,
                "generation": self.generation, "recovery": self.recovery, "slots": self.slots}
        if self.audit_head is not None:
            body["audit_head"] = self.audit_head
        return body

    def expected_mac(self, data_key: bytes) -> str:
        body = self._body()
        body["format"] = FORMAT
        return hmac.new(_mac_key(data_key), canonical(body), hashlib.sha256).hexdigest()

    def mac_state(self, data_key: bytes, *, required: bool = False) -> str:
        """``"ok"``, ``"missing"`` (a format-1 file) or ``"invalid"`` (changed by someone
        without the data key, or written under another data key). Once the vault has written
        a signed file (``required``), an unsigned one is a downgrade: ``"invalid"``."""
        if self.mac is None:
            return "invalid" if required else "missing"
        if self.format == FORMAT and hmac.compare_digest(self.mac, self.expected_mac(data_key)):
            return "ok"
        return "invalid"

    def sign(self, data_key: bytes) -> None:
        """Attest the current content (format 2). Only a writer holding the data key can."""
        self.format = FORMAT
        self.mac = self.expected_mac(data_key)

    # --- persistence -------------------------------------------------------------------------

    def to_bytes(self) -> bytes:
        body = self._body()
        if self.mac is not None:
            body["mac"] = self.mac
        body["checksum"] = hashlib.sha256(canonical(body)).hexdigest()
        return json.dumps(body, sort_keys=True, indent=1).encode() + b"\n"

    @classmethod
    def from_bytes(cls, raw: bytes) -> KeySlots:
        if len(raw) > MAX_FILE_BYTES:
            raise _damaged("it is far larger than any key slot file")
        try:
            data = json.loads(raw.decode("utf-8"), parse_constant=_refuse_constant)
        except (ValueError, UnicodeDecodeError, RecursionError):
            raise _damaged("it is not readable JSON") from None
        if not isinstance(data, dict):
            raise _damaged("it is not a JSON object")
        checksum = data.pop("checksum", None)
        try:
            recomputed = hashlib.sha256(canonical(data)).hexdigest()
        except (ValueError, TypeError, RecursionError):
            raise _damaged("it cannot be checked") from None
        if not isinstance(checksum, str) or not hmac.compare_digest(recomputed, checksum):
            raise _damaged("its checksum does not match")
        version = data.get("format")
        if version not in READABLE_FORMATS or isinstance(version, bool):
            raise _damaged("it has an unknown format")
        expected = {"format", "vault_id", "generation", "recovery", "slots"}
        if version == 2:
            expected.add("mac")
        head = data.get("audit_head")
        if head is not None:
            expected.add("audit_head")
            if not isinstance(head, str) or not re.fullmatch(r"\d{1,12}:[0-9a-f]{64}", head):
                raise _damaged("its audit head is malformed")
        if set(data) != expected:
            raise _damaged("it has unexpected or missing entries")
        mac = data.get("mac")
        if version == 2 and (not isinstance(mac, str) or not re.fullmatch(r"[0-9a-f]{64}", mac)):
            raise _damaged("its integrity code is malformed")
        _check_structure(data)
        return cls(data["vault_id"], data["generation"], data["recovery"], data["slots"],
                   mac=mac, format=int(version), audit_head=head)

    @classmethod
    def load(cls, path: Path) -> KeySlots:
        try:
            with open(path, "rb") as fh:
                raw = fh.read(MAX_FILE_BYTES + 1)
        except FileNotFoundError:
            raise
        except OSError:
            raise VaultDamaged("the key slot file cannot be read") from None
        return cls.from_bytes(raw)

    def save(self, path: Path, *, sign_with: bytes | None) -> None:
        """Write atomically, then a spare copy of the same bytes (``keyslots.json.spare``).

        ``sign_with`` is the data key: every legitimate writer attests what it writes. Only a
        repair of one person's public-key label passes None, keeping the MAC as it was read, so
        that a file somebody else altered still reads as altered afterwards.
        """
        if sign_with is not None:
            self.sign(sign_with)
        write_atomic(Path(path), self.to_bytes(), spare=True)

    def copy(self) -> KeySlots:
        return copy.deepcopy(self)

    # --- construction ------------------------------------------------------------------------

    @classmethod
    def new(cls, data_key: bytes, recovery_secret: bytes) -> KeySlots:
        vault_id = os.urandom(16).hex()
        ks = cls(vault_id=vault_id, generation=1, recovery={})
        ks.seal_recovery(data_key, crypto.public_from_private(
            crypto.recovery_private_key(recovery_secret)))
        return ks

    def seal_recovery(self, data_key: bytes, recovery_public: bytes) -> None:
        self.recovery = {
            "public_key": crypto.b64e(recovery_public),
            "sealed_data_key": crypto.seal(
                recovery_public, data_key, _seal_context(self.vault_id, self.generation, RECOVERY)
            ),
        }

    def add_user(
        self, user: str, passphrase: str, data_key: bytes, params: crypto.KdfParams
    ) -> str:
        """Create a fresh key pair for ``user``, seal the data key to it; returns its public key
        (base64), which the caller pins."""
        params.check_floor()
        private, public = crypto.new_keypair()
        salt = os.urandom(16)
        kek = crypto.derive_key(passphrase, salt, params)
        self.slots[user] = {
            "public_key": crypto.b64e(public),
            "kdf": params.to_json(),
            "salt": crypto.b64e(salt),
            "wrapped_private_key": crypto.aead_encrypt(
                kek, private, _slot_aad(self.vault_id, user)),
        }
        self.seal_to(user, public, data_key)
        return crypto.b64e(public)

    def seal_to(self, user: str, public: bytes, data_key: bytes) -> None:
        """(Re)seal the data key of this generation to ``public`` in ``user``'s slot."""
        self.slots[user]["sealed_data_key"] = crypto.seal(
            public, data_key, _seal_context(self.vault_id, self.generation, user))

    # --- opening -----------------------------------------------------------------------------

    def slot(self, user: str) -> dict[str, Any]:
        try:
            return self.slots[user]
        except KeyError:
            raise UnknownUser("no such user") from None

    def kdf_params(self, user: str) -> crypto.KdfParams:
        try:
            return crypto.KdfParams.from_json(self.slot(user)["kdf"])
        except (ValueError, KeyError, TypeError):
            raise VaultDamaged("the key slot file is damaged") from None

    def unwrap_private(self, user: str, passphrase: str) -> bytes:
        """Derive the user's key (the slow part) and unwrap their private key."""
        slot = self.slot(user)
        params = self.kdf_params(user)
        try:
            salt = crypto.b64d(slot["salt"])
            kek = crypto.derive_key(passphrase, salt, params)
            private = crypto.aead_decrypt(kek, slot["wrapped_private_key"],
                                          _slot_aad(self.vault_id, user))
        except crypto.InvalidTag:
            raise WrongPassphrase("the user name or passphrase is not correct") from None
        except (ValueError, KeyError, TypeError):
            raise VaultDamaged("the key slot file is damaged") from None
        if len(private) != 32:
            raise VaultDamaged("the key slot file is damaged")
        return private

    def unseal_data_key(self, user: str, private: bytes) -> bytes:
        try:
            key = crypto.unseal(
                private,
                self.slot(user)["sealed_data_key"],
                _seal_context(self.vault_id, self.generation, user),
            )
        except (crypto.InvalidTag, ValueError, KeyError, TypeError):
            raise VaultDamaged("the key slot file is damaged") from None
        if len(key) != crypto.DATA_KEY_BYTES:
            raise VaultDamaged("the key slot file is damaged")
        return key

    def unseal_with_recovery(self, recovery_secret: bytes) -> bytes:
        """The data key, opened with the recovery key's private key.

        The file's recovery ``public_key`` label is not consulted: the sealed box itself proves
        whether this recovery key can open it.
        """
        private = crypto.recovery_private_key(recovery_secret)
        try:
            key = crypto.unseal(
                private,
                self.recovery["sealed_data_key"],
                _seal_context(self.vault_id, self.generation, RECOVERY),
            )
        except crypto.InvalidTag:
            raise WrongPassphrase("that recovery key does not belong to this vault") from None
        except (ValueError, KeyError, TypeError):
            raise VaultDamaged("the key slot file is damaged") from None
        if len(key) != crypto.DATA_KEY_BYTES:
            raise VaultDamaged("the key slot file is damaged")
        return key

    # --- changes -----------------------------------------------------------------------------

    def remove_user(self, user: str) -> None:
        self.slot(user)
        del self.slots[user]

    def users(self) -> list[str]:
        return sorted(self.slots)


def recovery_public_text(recovery_secret: bytes) -> str:
    """The recovery key's public key (base64), as pinned in the vault."""
    return crypto.b64e(crypto.public_from_private(crypto.recovery_private_key(recovery_secret)))


