"""Key derivation, key wrapping and sealing for the key slots.

* A user's passphrase -> Argon2id -> a 256-bit key that wraps (AES-256-GCM) the user's X25519
  private key.
* The vault's data key is sealed to each public key: ephemeral X25519 agreement, HKDF-SHA256,
  AES-256-GCM. Sealing needs only the recipient's public key, so adding a user or rotating the
  data key never needs anyone else's passphrase.
* The recovery key is a random secret shown once; it deterministically yields an X25519 key pair.
"""

from __future__ import annotations

import base64
import hashlib
import os
import secrets
import sys
import time
from dataclasses import dataclass

from argon2.exceptions import HashingError
from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from intake_app.domain.errors import (
    InvalidRecoveryKey,
    VaultDamaged,
    WeakKdfParameters,
    WrongPassphrase,
)

DATA_KEY_BYTES = 32
RECOVERY_SECRET_BYTES = 20  # 160 bits
_RECOVERY_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I

#: RFC 9106's second recommended option; the production floor.
FLOOR_MEMORY_KIB = 64 * 1024
FLOOR_TIME_COST = 3
FLOOR_PARALLELISM = 4

#: The most a key slot may ask for. A slot file is writable by others, so its settings must not
#: be able to make a sign-in take minutes or gigabytes (a "KDF bomb"); the policy's floors stay
#: below these, and calibration tops out at 512 MiB / 16 passes.
MAX_MEMORY_KIB = 1024 * 1024
MAX_TIME_COST = 32
MAX_PARALLELISM = 16

#: The test-only switch. Only tests, benchmarks and the screenshot tool turn it on; the layer
#: test fails on any mention of it elsewhere under intake_app/.
_weak_kdf_allowed = False


def _frozen() -> bool:
    """True inside a PyInstaller (or similar) bundle: the app as shipped to a service."""
    return bool(getattr(sys, "frozen", False))


def allow_weak_kdf_for_tests() -> None:
    """Let tests use cheap Argon2id parameters. Never called by the application itself.

    RuntimeError in a frozen bundle: whatever calls this there (a stray test module packed by
    mistake, a plug-in) must not make every new passphrase cheap to guess, so it stops loudly.
    """
    global _weak_kdf_allowed
    if _frozen():
        raise RuntimeError("the test-only weak key-derivation switch cannot be used in the "
                           "packaged app")
    _weak_kdf_allowed = True


def weak_kdf_allowed() -> bool:
    # Checked again here, not only when the switch is turned on: a bundle must never take the
    # cheap path, whatever set the flag.
    return _weak_kdf_allowed and not _frozen()


def b64e(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def b64d(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


@dataclass(frozen=True)
class KdfParams:
    memory_kib: int
    time_cost: int
    parallelism: int

    def check_floor(self, floor: KdfParams | None = None) -> None:
        floor = floor or PRODUCTION_FLOOR
        if weak_kdf_allowed():
            return
        if (
            self.memory_kib < floor.memory_kib
            or self.time_cost < floor.time_cost
            or self.parallelism < floor.parallelism
        ):
            raise WeakKdfParameters(
                "key-derivation cost is below the minimum this installation allows"
            )

    def to_json(self) -> dict[str, int | str]:
        return {
            "alg": "argon2id",
            "memory_kib": self.memory_kib,
            "time_cost": self.time_cost,
            "parallelism": self.parallelism,
        }

    @classmethod
    def from_json(cls, data: dict[str, object]) -> KdfParams:
        if data.get("alg") != "argon2id":
            raise ValueError("unknown key-derivation algorithm")
        vals = [data.get(k) for k in ("memory_kib", "time_cost", "parallelism")]
        ints = [v for v in vals if isinstance(v, int) and not isinstance(v, bool) and v > 0]
        if len(ints) != len(vals):
            raise ValueError("bad key-derivation parameters")
        memory, time_cost, lanes = ints
        if memory > MAX_MEMORY_KIB or time_cost > MAX_TIME_COST or lanes > MAX_PARALLELISM \
                or memory < 8 * lanes:
            raise ValueError("key-derivation parameters out of range")
        return cls(memory, time_cost, lanes)


PRODUCTION_FLOOR = KdfParams(FLOOR_MEMORY_KIB, FLOOR_TIME_COST, FLOOR_PARALLELISM)
TEST_PARAMS = KdfParams(memory_kib=1024, time_cost=1, parallelism=1)


def cheapest_params() -> KdfParams:
    """The least a key slot may cost here: the production floor, or the test parameters while
    tests allow them (so the switch is known to this module alone)."""
    return TEST_PARAMS if weak_kdf_allowed() else PRODUCTION_FLOOR


def derive_key(passphrase: str, salt: bytes, params: KdfParams) -> bytes:
    """Argon2id. WrongPassphrase for text that cannot be a passphrase (a lone surrogate from
    undecodable input); VaultDamaged when this computer cannot run the settings."""
    try:
        secret = passphrase.encode("utf-8")
    except UnicodeEncodeError:
        raise WrongPassphrase("the user name or passphrase is not correct") from None
    try:
        return _argon2(secret, salt, params)
    except (HashingError, MemoryError):
        raise VaultDamaged("the key-derivation settings of this key slot cannot be run on "
                           "this computer") from None


def _argon2(secret: bytes, salt: bytes, params: KdfParams) -> bytes:
    return hash_secret_raw(
        secret=secret,
        salt=salt,
        time_cost=params.time_cost,
        memory_cost=params.memory_kib,
        parallelism=params.parallelism,
        hash_len=32,
        type=Type.ID,
    )


def calibrate(
    floor: KdfParams = PRODUCTION_FLOOR,
    target_seconds: float = 0.5,
    max_memory_kib: int = 512 * 1024,
    max_time_cost: int = 16,
) -> KdfParams:
    """Raise the cost from the floor until one derivation takes about ``target_seconds``.

    Memory is doubled first (it is what makes guessing on GPUs expensive), then the time cost
    is raised one step at a time. Never returns less than ``floor``.
    """
    if weak_kdf_allowed() and floor == TEST_PARAMS:
        return TEST_PARAMS
    params = floor
    salt = os.urandom(16)
    while True:
        start = time.perf_counter()
        derive_key("calibration", salt, params)
        elapsed = time.perf_counter() - start
        if elapsed >= target_seconds * 0.8:
            return params
        if params.memory_kib * 2 <= max_memory_kib and elapsed * 2 <= target_seconds * 1.3:
            params = KdfParams(params.memory_kib * 2, params.time_cost, params.parallelism)
            continue
        step = elapsed / params.time_cost
        if params.time_cost >= max_time_cost or elapsed + step > target_seconds * 1.3:
            return params
        params = KdfParams(params.memory_kib, params.time_cost + 1, params.parallelism)


# --- AES-GCM helpers -------------------------------------------------------------------------


def aead_encrypt(key: bytes, plaintext: bytes, aad: bytes) -> dict[str, str]:
    nonce = os.urandom(12)
    ct = AESGCM(key).encrypt(nonce, plaintext, aad)
    return {"nonce": b64e(nonce), "ct": b64e(ct)}


def aead_decrypt(key: bytes, box: dict[str, str], aad: bytes) -> bytes:
    """Raises cryptography's InvalidTag when the key or the box is wrong."""
    return AESGCM(key).decrypt(b64d(box["nonce"]), b64d(box["ct"]), aad)


# --- X25519 key pairs ------------------------------------------------------------------------


def new_keypair() -> tuple[bytes, bytes]:
    """Return (private_raw, public_raw)."""
    priv = X25519PrivateKey.generate()
    return _raw_private(priv), _raw_public(priv.public_key())


def _raw_private(priv: X25519PrivateKey) -> bytes:
    return priv.private_bytes(
        serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption()
    )


def _raw_public(pub: X25519PublicKey) -> bytes:
    return pub.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def public_from_private(private_raw: bytes) -> bytes:
    return _raw_public(X25519PrivateKey.from_private_bytes(private_raw).public_key())


def _hkdf(secret: bytes, info: bytes, salt: bytes | None = None) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=info).derive(secret)


def seal(recipient_public: bytes, plaintext: bytes, context: bytes) -> dict[str, str]:
    """Encrypt ``plaintext`` so only the holder of the matching private key can open it."""
    eph = X25519PrivateKey.generate()
    eph_pub = _raw_public(eph.public_key())
    shared = eph.exchange(X25519PublicKey.from_public_bytes(recipient_public))
    key = _hkdf(shared, b"intake-seal-v1|" + context, salt=eph_pub + recipient_public)
    box = aead_encrypt(key, plaintext, context)
    box["epk"] = b64e(eph_pub)
    return box


def unseal(recipient_private: bytes, box: dict[str, str], context: bytes) -> bytes:
    priv = X25519PrivateKey.from_private_bytes(recipient_private)
    eph_pub = b64d(box["epk"])
    shared = priv.exchange(X25519PublicKey.from_public_bytes(eph_pub))
    key = _hkdf(shared, b"intake-seal-v1|" + context, salt=eph_pub + _raw_public(priv.public_key()))
    return aead_decrypt(key, box, context)


# --- Recovery key ----------------------------------------------------------------------------


def new_recovery_secret() -> bytes:
    return secrets.token_bytes(RECOVERY_SECRET_BYTES)


def _b32(data: bytes) -> str:
    bits = int.from_bytes(data, "big")
    n = len(data) * 8
    out = []
    for shift in range(n - 5, -1, -5):
        out.append(_RECOVERY_ALPHABET[(bits >> shift) & 31])
    return "".join(out)


def format_recovery_key(secret: bytes) -> str:
    """160 bits as 32 characters plus 4 check characters, in groups of four."""
    check = hashlib.sha256(b"intake-recovery-check|" + secret).digest()[:3]
    body = _b32(secret) + _b32(check + b"\x00\x00")[:4]
    return "-".join(body[i : i + 4] for i in range(0, len(body), 4))


def parse_recovery_key(text: str) -> bytes:
    cleaned = "".join(ch for ch in text.upper() if ch.isalnum())
    cleaned = cleaned.replace("0", "O").replace("1", "I")
    if len(cleaned) != 36 or any(ch not in _RECOVERY_ALPHABET for ch in cleaned):
        raise InvalidRecoveryKey("a recovery key has 36 letters and digits in groups of four")
    bits = 0
    for ch in cleaned[:32]:
        bits = (bits << 5) | _RECOVERY_ALPHABET.index(ch)
    secret = bits.to_bytes(RECOVERY_SECRET_BYTES, "big")
    if format_recovery_key(secret).replace("-", "") != cleaned:
        raise InvalidRecoveryKey("the recovery key has a typing mistake (check characters differ)")
    return secret


def recovery_private_key(secret: bytes) -> bytes:
    """The recovery X25519 private key, derived deterministically from the recovery secret."""
    return _hkdf(secret, b"intake-recovery-x25519-v1")


__all__ = [
    "InvalidTag",
    "KdfParams",
    "aead_decrypt",
    "aead_encrypt",
    "allow_weak_kdf_for_tests",
    "calibrate",
    "cheapest_params",
    "derive_key",
    "format_recovery_key",
    "new_keypair",
    "parse_recovery_key",
    "recovery_private_key",
    "seal",
    "unseal",
]
