"""Passphrase rules: a minimum length, no composition rules, and an offline list of common
passwords. Also a rough strength estimate for live feedback while someone types.
"""

from __future__ import annotations

import math
import secrets
from dataclasses import dataclass
from functools import lru_cache

from intake_app.domain.errors import PassphraseRejected

DEFAULT_MIN_LENGTH = 15


@lru_cache(maxsize=1)
def _common() -> frozenset[str]:
    from intake_app.resources import read_text

    words = read_text("wordlists/common-passwords.txt").splitlines()
    return frozenset(w.strip().lower() for w in words if w.strip() and not w.startswith("#"))


def _squash(text: str) -> str:
    return "".join(ch for ch in text.lower() if ch.isalnum())


def check(passphrase: str, *, min_length: int = DEFAULT_MIN_LENGTH, username: str = "") -> None:
    """Raise PassphraseRejected with a reason a person can act on."""
    try:
        passphrase.encode("utf-8")
    except UnicodeEncodeError:
        raise PassphraseRejected(
            "it holds characters that cannot be stored; type it again") from None
    if len(passphrase) < min_length:
        raise PassphraseRejected(f"use at least {min_length} characters "
                                 f"(this one has {len(passphrase)})")
    squashed = _squash(passphrase)
    if len(set(squashed)) <= 3:
        raise PassphraseRejected("use more different characters; a few words work well")
    common = _common()
    if passphrase.lower() in common or squashed in common:
        raise PassphraseRejected("this passphrase is on a list of commonly used passwords")
    for word in common:
        if len(word) >= 6 and squashed.startswith(word) and len(squashed) - len(word) <= 4:
            raise PassphraseRejected("this is a common password with a little added; "
                                     "try a few unrelated words")
    for size in range(1, len(squashed) // 2 + 1):
        if len(squashed) % size == 0 and squashed[:size] * (len(squashed) // size) == squashed:
            raise PassphraseRejected("repeating the same word adds little; use different words")
    name = _squash(username)
    if len(name) >= 3 and name in squashed and len(squashed.replace(name, "")) < 10:
        raise PassphraseRejected("do not build the passphrase around your user name")


@dataclass(frozen=True)
class Strength:
    score: int  # 0 (very weak) .. 4 (strong)
    bits: float
    hint: str


def estimate(passphrase: str, *, min_length: int = DEFAULT_MIN_LENGTH) -> Strength:
    """A rough estimate for feedback only; ``check`` decides what is accepted."""
    if not passphrase:
        return Strength(0, 0.0, "type a passphrase: three or four unrelated words work well")
    pool = 0
    if any(c.islower() for c in passphrase):
        pool += 26
    if any(c.isupper() for c in passphrase):
        pool += 26
    if any(c.isdigit() for c in passphrase):
        pool += 10
    if any(c == " " for c in passphrase):
        pool += 1
    if any(not c.isalnum() and c != " " for c in passphrase):
        pool += 32
    if any(ord(c) > 127 for c in passphrase):
        pool += 100
    distinct = len(set(passphrase))
    # Repeats add little: count each distinct character fully, repeats at a quarter.
    effective = distinct + (len(passphrase) - distinct) / 4
    bits = effective * math.log2(max(pool, 2))
    try:
        check(passphrase, min_length=min_length)
    except PassphraseRejected as exc:
        return Strength(min(1, int(bits // 40)), bits, exc.reason)
    if bits < 60:
        return Strength(2, bits, "acceptable; a longer passphrase would be stronger")
    if bits < 90:
        return Strength(3, bits, "good")
    return Strength(4, bits, "strong")


#: Letters and digits that cannot be misread for one another when read aloud or copied by
#: hand (no 0/O, 1/l/I, 5/S, 2/Z, 8/B, U/V).
GENERATED_ALPHABET = "ACDEFGHJKLMNPQRTWXY34679"
GENERATED_GROUPS = 6
GENERATED_GROUP_SIZE = 5


def generate() -> str:
    """A passphrase made by the app (for an encrypted export, shown once): six groups of five
    characters from :data:`GENERATED_ALPHABET`, about 137 bits, from the system's CSPRNG."""
    groups = ("".join(secrets.choice(GENERATED_ALPHABET) for _ in range(GENERATED_GROUP_SIZE))
              for _ in range(GENERATED_GROUPS))
    return "-".join(groups)
