"""Typed errors from the layers below, turned into short, translated messages for people.

Decisions are made on the exception's type, never on its English text. Where the domain's own
message is the useful part (which field is wrong, why a passphrase is refused) it is shown after
a translated lead-in; those messages never carry secrets or case content (see domain.errors).
Unexpected exceptions get a neutral message and only their type name is logged.
"""

from __future__ import annotations

import logging
import math

from PySide6.QtCore import QCoreApplication

from intake_app.domain.errors import (
    AccountChanged,
    CryptoUnavailable,
    DiskFull,
    FolderTooOpen,
    IntakeError,
    InvalidInput,
    InvalidRecoveryKey,
    KeySlotTampered,
    NotFound,
    PassphraseRejected,
    PermissionDenied,
    UnknownUser,
    UnlockThrottled,
    UnsafeLocation,
    UnstorableText,
    UserExists,
    VaultBusy,
    VaultDamaged,
    VaultExists,
    VaultLocked,
    VaultMissing,
    VaultNotWritable,
    VaultTooNew,
    WeakKdfParameters,
    WrongPassphrase,
)
from intake_app.ui.questions.field_text import key_label

log = logging.getLogger(__name__)

#: Qt's translator under a short name; every call below names the context "Messages" literally
#: so that ``lupdate`` finds the text.
translate = QCoreApplication.translate


def _sentence(text: str) -> str:
    text = text.strip()
    if not text:
        return text
    text = text[0].upper() + text[1:]
    return text if text.endswith((".", "?", "!")) else text + "."


def wait_seconds(exc: UnlockThrottled) -> int:
    return max(1, math.ceil(exc.wait_seconds))


def throttled(seconds: int) -> str:
    minutes, rest = divmod(max(0, seconds), 60)
    return translate(
        "Messages",
        "Too many unsuccessful attempts. You can try again in {time}.").format(
        time=f"{minutes}:{rest:02d}")


def describe(exc: BaseException) -> str:
    """A message a caseworker or administrator can act on."""
    if isinstance(exc, UnknownUser | WrongPassphrase):
        return translate(
            "Messages",
            "The user name or passphrase is not correct. Check for Caps Lock and try again.")
    if isinstance(exc, UnlockThrottled):
        return throttled(wait_seconds(exc))
    if isinstance(exc, KeySlotTampered):
        return translate(
            "Messages",
            "Your passphrase is right, but the key it opened is not the one this vault has on "
            "record for you, so you cannot sign in with it. Nothing was changed and this was "
            "recorded. Ask your IT administrator: they can reset your passphrase with the recovery "
            "key.")
    if isinstance(exc, VaultTooNew):
        return translate(
            "Messages",
            "This vault was saved by a newer version of Confidential Intake. Ask your IT "
            "administrator to update the app on this laptop.")
    if isinstance(exc, VaultDamaged):
        return translate(
            "Messages",
            "The vault cannot be read: it may be damaged. Nothing has been changed. Ask your IT "
            "administrator to check it and, if needed, restore a backup.")
    if isinstance(exc, VaultMissing):
        return translate(
            "Messages",
            "There is no vault on this laptop yet, or it is incomplete. Ask your IT administrator.")
    if isinstance(exc, VaultBusy):
        return translate(
            "Messages",
            "The vault is in use by another Confidential Intake window or command. Close it and "
            "try again.")
    if isinstance(exc, VaultLocked):
        return translate("Messages", "The vault is locked. Unlock it and try again.")
    if isinstance(exc, VaultExists):
        return translate("Messages", "A vault already exists here. Sign in instead.")
    if isinstance(exc, FolderTooOpen):
        return translate(
            "Messages",
            "Every user of this computer can change files in the vault folder, so the vault is not "
            "created there. Ask your IT administrator to restrict the folder or choose another "
            "one.")
    if isinstance(exc, UnsafeLocation):
        return translate(
            "Messages",
            "The vault cannot be kept in a network or cloud-synchronised folder. Ask your IT "
            "administrator to choose a local folder.")
    if isinstance(exc, CryptoUnavailable | WeakKdfParameters):
        return translate(
            "Messages",
            "This installation is not set up securely, so the vault stays closed. Ask your IT "
            "administrator to run 'intake-app self-test'.")
    if isinstance(exc, VaultNotWritable):
        return translate(
            "Messages",
            "The vault's folder cannot be written to: the disk may be read-only, or this account "
            "may not have permission. Nothing was changed and the vault is not damaged. Ask your "
            "IT administrator.")
    if isinstance(exc, DiskFull):
        return translate(
            "Messages",
            "The disk is full, so nothing was saved. Free some space and try again.")
    if isinstance(exc, InvalidRecoveryKey):
        return translate(
            "Messages",
            "That recovery key is not valid: it has 36 letters and digits in groups of four. Check "
            "each group and try again.")
    if isinstance(exc, PassphraseRejected):
        return translate(
            "Messages",
            "This passphrase cannot be used: {reason}").format(reason=_sentence(exc.reason))
    if isinstance(exc, UnstorableText):
        return translate(
            "Messages",
            "These answers hold an invisible control character or broken text that cannot be "
            "saved, often from pasting: {fields}. Delete that part and type it again.").format(
                fields=", ".join(key_label(k) for k in sorted(exc.problems)))
    if isinstance(exc, AccountChanged):
        return translate(
            "Messages",
            "An administrator has changed your account since you signed in (it was disabled, or "
            "given another role), so this was not done. Sign in again.")
    if isinstance(exc, PermissionDenied):
        return translate("Messages", "Not allowed: {reason}").format(reason=_sentence(str(exc)))
    if isinstance(exc, UserExists | NotFound | InvalidInput):
        return _sentence(str(exc))
    if isinstance(exc, IntakeError):
        return _sentence(str(exc))
    log.error("unexpected error in the interface: %s", type(exc).__name__)
    return translate(
        "Messages",
        "Something went wrong and nothing was changed. If it happens again, tell your IT "
        "administrator.")


def account_changed(change: str) -> str:
    """Why a session was ended: ``change`` is ``"disabled"`` or ``"role"``."""
    if change == "disabled":
        return translate(
            "Messages",
            "An administrator has disabled your account, so you have been signed out. Your saved "
            "work is kept in the vault.")
    return translate(
        "Messages",
        "An administrator has changed your role, so you have been signed out. Sign in again to "
        "continue with your new role.")


def slot_file_altered() -> str:
    """Shown once after a sign-in that found the key slot file changed by an outsider."""
    return translate(
        "Messages",
        "The vault's key slot file was changed by someone who does not hold the vault's key. Your "
        "sign-in was checked and is safe, and this was recorded. Tell your IT administrator so "
        "they can run 'intake-app admin verify'.")


def sign_in_problem(exc: BaseException) -> str:
    """At sign-in a refusal means a disabled account; say so plainly."""
    if isinstance(exc, PermissionDenied):
        return translate("Messages", "This account is disabled. Ask your administrator.")
    return describe(exc)


def recovery_problem(exc: BaseException) -> str:
    """With a recovery key, "wrong passphrase" means the key does not open this vault."""
    if isinstance(exc, WrongPassphrase):
        return translate(
            "Messages",
            "That recovery key does not open this vault. Check each group and try again.")
    return describe(exc)
