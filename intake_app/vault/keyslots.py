"""The key slot file (``keyslots.json``): who can unseal the data key, and how.

Layout (JSON, no secrets in clear)::

    {"format": 1, "vault_id": "...", "generation": 3,
     "recovery": {"public_key": "...", "sealed_data_key": {...}},
     "slots": {"alice": {"public_key": "...", "kdf": {...}, "salt": "...",
                         "wrapped_private_key": {...}, "sealed_data_key": {...}}},
     "checksum": "<sha256 of the canonical JSON of everything else>"}

The checksum is not a secret MAC: it tells accidental damage (a flipped bit, a truncated copy)
apart from a wrong passphrase, which otherwise both look like a failed AES-GCM tag.
Roles live inside the encrypted database, not here, so editing this file grants nothing.
"""

from __future__ import annotations

import copy
import hashlib
import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from intake_app.domain.errors import UnknownUser, VaultDamaged, WrongPassphrase
from intake_app.vault import crypto
from intake_app.vault.atomic import write_atomic

FORMAT = 1


def _canonical(data: dict[str, Any]) -> bytes:
    return json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode()


def _slot_aad(vault_id: str, user: str) -> bytes:
    return f"slot|{vault_id}|{user}".encode()


def _seal_context(vault_id: str, generation: int, recipient: str) -> bytes:
    return f"datakey|{vault_id}|{generation}|{recipient}".encode()


RECOVERY = "\x00recovery"  # recipient label for the recovery key; cannot clash with a user name


@dataclass
class KeySlots:
    vault_id: str
    generation: int
    recovery: dict[str, Any]
    slots: dict[str, dict[str, Any]] = field(default_factory=dict)

    # --- persistence -------------------------------------------------------------------------

    def to_bytes(self) -> bytes:
        body = {
            "format": FORMAT,
            "vault_id": self.vault_id,
            "generation": self.generation,
            "recovery": self.recovery,
            "slots": self.slots,
        }
        body["checksum"] = hashlib.sha256(_canonical(body)).hexdigest()
        return json.dumps(body, sort_keys=True, indent=1).encode() + b"\n"

    @classmethod
    def from_bytes(cls, raw: bytes) -> KeySlots:
        try:
            data = json.loads(raw.decode("utf-8"))
            if not isinstance(data, dict):
                raise ValueError("not an object")
            checksum = data.pop("checksum")
            if hashlib.sha256(_canonical(data)).hexdigest() != checksum:
                raise ValueError("checksum mismatch")
            if data["format"] != FORMAT:
                raise ValueError("unknown format")
            slots = data["slots"]
            recovery = data["recovery"]
            if not isinstance(slots, dict) or not isinstance(recovery, dict):
                raise ValueError("bad structure")
            return cls(str(data["vault_id"]), int(data["generation"]), recovery, slots)
        except (ValueError, KeyError, TypeError, UnicodeDecodeError):
            raise VaultDamaged("the key slot file is damaged") from None

    @classmethod
    def load(cls, path: Path) -> KeySlots:
        try:
            raw = Path(path).read_bytes()
        except FileNotFoundError:
            raise
        except OSError:
            raise VaultDamaged("the key slot file cannot be read") from None
        return cls.from_bytes(raw)

    def save(self, path: Path) -> None:
        write_atomic(Path(path), self.to_bytes(), keep_previous=True)

    def copy(self) -> KeySlots:
        return copy.deepcopy(self)

    # --- construction ------------------------------------------------------------------------

    @classmethod
    def new(cls, data_key: bytes, recovery_secret: bytes) -> KeySlots:
        vault_id = os.urandom(16).hex()
        ks = cls(vault_id=vault_id, generation=1, recovery={})
        ks._seal_recovery(data_key, crypto.public_from_private(
            crypto.recovery_private_key(recovery_secret)))
        return ks

    def _seal_recovery(self, data_key: bytes, recovery_public: bytes) -> None:
        self.recovery = {
            "public_key": crypto.b64e(recovery_public),
            "sealed_data_key": crypto.seal(
                recovery_public, data_key, _seal_context(self.vault_id, self.generation, RECOVERY)
            ),
        }

    def add_user(
        self, user: str, passphrase: str, data_key: bytes, params: crypto.KdfParams
    ) -> None:
        """Create a fresh key pair for ``user`` and seal the data key to it."""
        params.check_floor()
        private, public = crypto.new_keypair()
        self.slots[user] = self._wrapped_slot(user, private, passphrase, params)
        self.slots[user]["sealed_data_key"] = crypto.seal(
            public, data_key, _seal_context(self.vault_id, self.generation, user)
        )

    def _wrapped_slot(
        self, user: str, private: bytes, passphrase: str, params: crypto.KdfParams
    ) -> dict[str, Any]:
        salt = os.urandom(16)
        kek = crypto.derive_key(passphrase, salt, params)
        return {
            "public_key": crypto.b64e(crypto.public_from_private(private)),
            "kdf": params.to_json(),
            "salt": crypto.b64e(salt),
            "wrapped_private_key": crypto.aead_encrypt(
                kek, private, _slot_aad(self.vault_id, user)
            ),
        }

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
            return crypto.aead_decrypt(kek, slot["wrapped_private_key"],
                                       _slot_aad(self.vault_id, user))
        except crypto.InvalidTag:
            raise WrongPassphrase("the user name or passphrase is not correct") from None
        except (ValueError, KeyError, TypeError):
            raise VaultDamaged("the key slot file is damaged") from None

    def unseal_data_key(self, user: str, private: bytes) -> bytes:
        try:
            return crypto.unseal(
                private,
                self.slot(user)["sealed_data_key"],
                _seal_context(self.vault_id, self.generation, user),
            )
        except (crypto.InvalidTag, ValueError, KeyError, TypeError):
            raise VaultDamaged("the key slot file is damaged") from None

    def unseal_with_recovery(self, recovery_secret: bytes) -> bytes:
        private = crypto.recovery_private_key(recovery_secret)
        if crypto.b64e(crypto.public_from_private(private)) != self.recovery.get("public_key"):
            raise WrongPassphrase("that recovery key does not belong to this vault")
        try:
            return crypto.unseal(
                private,
                self.recovery["sealed_data_key"],
                _seal_context(self.vault_id, self.generation, RECOVERY),
            )
        except (crypto.InvalidTag, ValueError, KeyError, TypeError):
            raise VaultDamaged("the key slot file is damaged") from None

    # --- changes -----------------------------------------------------------------------------

    def remove_user(self, user: str) -> None:
        self.slot(user)
        del self.slots[user]

    def resealed(self, new_data_key: bytes) -> KeySlots:
        """A copy for the next generation, the new data key sealed to every public key."""
        nxt = self.copy()
        nxt.generation = self.generation + 1
        nxt._seal_recovery(new_data_key, crypto.b64d(self.recovery["public_key"]))
        for user, slot in nxt.slots.items():
            slot["sealed_data_key"] = crypto.seal(
                crypto.b64d(slot["public_key"]),
                new_data_key,
                _seal_context(nxt.vault_id, nxt.generation, user),
            )
        return nxt

    def users(self) -> list[str]:
        return sorted(self.slots)
