"""Typed errors raised below the UI. The UI and CLI turn them into human messages.

Messages carried by these exceptions never contain passphrases, keys or case content.
"""

from collections.abc import Mapping, Sequence


class IntakeError(Exception):
    """Base class for every expected, explainable failure."""


class WrongPassphrase(IntakeError):
    """The passphrase (or recovery key) did not open the user's key slot."""


class UnknownUser(WrongPassphrase):
    """No active key slot for that user name (shown to people as a wrong name or passphrase)."""


class UnlockThrottled(IntakeError):
    """Too many failed attempts: the user must wait before trying again."""

    def __init__(self, wait_seconds: float) -> None:
        super().__init__(f"wait {int(wait_seconds + 0.999)} seconds before trying again")
        self.wait_seconds = wait_seconds


class VaultDamaged(IntakeError):
    """A vault file exists but cannot be read: corrupted, truncated or tampered with."""


class VaultMissing(IntakeError):
    """There is no vault in the data directory."""


class VaultExists(IntakeError):
    """A vault (or part of one) already exists where a new one was to be created."""


class VaultTooNew(IntakeError):
    """The vault was written by a newer version of the app."""


class VaultLocked(IntakeError):
    """An operation needed an unlocked vault."""


class VaultBusy(IntakeError):
    """Another process holds the key-operation lock."""


class UnsafeLocation(IntakeError):
    """The data directory is on a network share or a cloud-sync folder."""


class FolderTooOpen(UnsafeLocation):
    """The data folder already exists and every user of the computer may write in it."""


class CryptoUnavailable(IntakeError):
    """The SQLite library in use does not encrypt (no cipher_version)."""


class WeakKdfParameters(IntakeError):
    """Key-derivation parameters below the production floor."""


class PassphraseRejected(IntakeError):
    """A new passphrase does not meet the policy."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class InvalidRecoveryKey(IntakeError):
    """The recovery key is malformed (wrong length or check characters)."""


class PermissionDenied(IntakeError):
    """The signed-in role may not perform this action."""


class NotFound(IntakeError):
    """The requested record does not exist (or is not visible to this user)."""


class UserExists(IntakeError):
    """A user with that name already exists."""


class InvalidInput(IntakeError):
    """Input failed validation; the message says which field and why."""


class PolicyInvalid(IntakeError):
    """The machine policy file is malformed."""


class BackupInvalid(IntakeError):
    """A backup file is damaged, incomplete or not a backup."""


class DiskFull(IntakeError):
    """A write failed because the disk is full; nothing was changed."""


class AuditChainBroken(IntakeError):
    """The audit log was edited, reordered or truncated."""


class ValidationFailed(InvalidInput):
    """Answers with blocking problems; nothing was stored.

    ``problems`` maps each field key to its problems (``domain.case_validation.Problem``),
    so a form can show every message beside its field.
    """

    def __init__(self, problems: Mapping[str, Sequence[object]]) -> None:
        super().__init__("some answers need correcting: " + ", ".join(sorted(problems)))
        self.problems = problems


class UnstorableText(ValidationFailed):
    """Answers holding characters that cannot be stored: NUL or another control character,
    or a lone surrogate (half a character, often from a broken paste). Nothing was stored.

    ``problems`` as for ValidationFailed, with the code "bad_characters".
    """

    def __init__(self, problems: Mapping[str, Sequence[object]]) -> None:
        super().__init__(problems)
        self.args = ("some answers hold characters that cannot be stored: "
                     + ", ".join(sorted(problems)),)


class EditConflict(IntakeError):
    """Someone else changed the same fields since this user loaded the case.

    ``keys`` names the fields (keys only, never values); nothing was stored.
    """

    def __init__(self, keys: Sequence[str]) -> None:
        super().__init__("changed by someone else meanwhile: " + ", ".join(keys))
        self.keys = tuple(keys)


class CaseClosed(IntakeError):
    """The case is closed: reopen it before changing its answers."""
