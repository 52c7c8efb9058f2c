"""Typed errors raised below the UI. The UI and CLI turn them into human messages.

Messages carried by these exceptions never contain passphrases, keys or case content.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # only for the annotations: case_validation is not needed to raise these
    from intake_app.domain.case_validation import Problem


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


class VaultNotWritable(IntakeError):
    """The vault's folder (or file system) cannot be written to: read-only, or no permission.

    Nothing was changed; this is not damage, and restoring a backup would not help.
    """


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


class DefinitionFileInvalid(IntakeError):
    """A definition file (a checklist, an agency kind) was refused.

    ``source`` names the file, ``place`` the path inside it (``sections[2].items[5].id``, empty
    for the file as a whole), ``line`` the line when the TOML parser gives one, ``reason`` why.
    The message is one line, with invisible characters escaped.
    """

    def __init__(self, source: str, reason: str, place: str = "",
                 line: int | None = None) -> None:
        self.source, self.reason, self.place, self.line = source, reason, place, line
        super().__init__(f"{source}: {self.detail}")

    @property
    def detail(self) -> str:
        """The message without the file name: "line 4: sections[0].id: reason"."""
        parts = [f"line {self.line}"] if self.line is not None else []
        if self.place:
            parts.append(self.place)
        return ": ".join([*parts, self.reason])


class ChecklistInvalid(DefinitionFileInvalid):
    """A checklist definition file was refused (see DefinitionFileInvalid)."""


class AgencyFileInvalid(DefinitionFileInvalid):
    """A file of the agency directory (one kind of recipient) was refused (see
    DefinitionFileInvalid)."""


class GeneralisationInvalid(IntakeError):
    """A recipient's generalisation cannot be applied as declared: a rule this app does not
    know, a field or sub-field the case model does not declare (or not of the kind the rule
    reads), or a field claimed by two rules. The redaction step refuses to build a view
    rather than send the field in full."""

    def __init__(self, rule: str, reason: str) -> None:
        super().__init__(f"generalisation '{rule}': {reason}")
        self.rule = rule
        self.reason = reason


class ImmigrationFlagLowered(InvalidInput):
    """An edit, a named agency or a shipped update would say that a recipient which may pass
    data to immigration enforcement may not. The flag is only ever raised; nothing was
    changed."""


class AnswersInvalid(InvalidInput):
    """Checklist answers that cannot be scored; nothing was recorded.

    ``problems`` maps each item id (or ``*`` for the answers as a whole) to its reason.
    """

    def __init__(self, problems: Mapping[str, str]) -> None:
        self.problems = dict(problems)
        super().__init__("; ".join(f"{key}: {why}" for key, why in self.problems.items()))


class UnansweredItems(AnswersInvalid):
    """Scored items that were asked and not answered; ``items`` names them."""

    def __init__(self, items: Sequence[str]) -> None:
        self.items = tuple(items)
        super().__init__({item: "not answered (every scored item needs an answer)"
                          for item in self.items})


class JudgementRefused(InvalidInput):
    """A professional judgement that cannot be recorded; nothing was recorded."""


class JudgementNeedsReason(JudgementRefused):
    """A professional judgement was given without a reason."""


class JudgementLowers(JudgementRefused):
    """Professional judgement may raise the scored level, never lower it.

    ``scored`` and ``requested`` are the two levels' values (standard, medium, high)."""

    def __init__(self, scored: str, requested: str) -> None:
        self.scored, self.requested = scored, requested
        super().__init__(f"professional judgement may raise the level, never lower it: the "
                         f"answers give {scored}, and {requested} is lower")


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

    def __init__(self, problems: Mapping[str, Sequence[Problem]]) -> None:
        super().__init__("some answers need correcting: " + ", ".join(sorted(problems)))
        self.problems = problems


class UnstorableText(ValidationFailed):
    """Answers holding characters that cannot be stored: NUL or another control character,
    or a lone surrogate (half a character, often from a broken paste). Nothing was stored.

    ``problems`` as for ValidationFailed, with the code "bad_characters".
    """

    def __init__(self, problems: Mapping[str, Sequence[Problem]]) -> None:
        super().__init__(problems)
        self.args = ("some answers hold characters that cannot be stored: "
                     + ", ".join(sorted(problems)),)


class RecordRefused(ValidationFailed):
    """A consent record, a safety plan or a referral draft that cannot be recorded as given;
    nothing was stored.

    ``problems`` as for ValidationFailed; the message names each field and says why in
    English (the command line prints it; the UI shows each problem's message beside its field,
    translated), for example "nothing was recorded: facts_shown: ...".
    """

    def __init__(self, problems: Mapping[str, Sequence[Problem]]) -> None:
        super().__init__(problems)
        self.args = ("nothing was recorded: " + "; ".join(
            f"{key}: {p.message}" for key in sorted(problems) for p in problems[key]),)


class BatchInvalid(InvalidInput):
    """Cases of an all-or-nothing batch with blocking problems; none of the batch was stored.

    ``problems`` maps each refused case's index in the batch (0-based) to its problems by field
    key, as ``ValidationFailed.problems`` does for one case.
    """

    def __init__(self, problems: Mapping[int, Mapping[str, Sequence[Problem]]]) -> None:
        self.problems = problems
        shown = ", ".join(f"case {i + 1} ({', '.join(sorted(ps))})"
                          for i, ps in sorted(problems.items())[:10])
        more = len(problems) - 10
        super().__init__(f"no case was created; some need correcting: {shown}"
                         + (f" and {more} more" if more > 0 else ""))


class ImportRefused(InvalidInput):
    """A file of cases that cannot be imported; no case was created.

    ``problems`` are one-line texts ("line 3: consent.to_record: ..."), every one found, in
    file order; the message names the first few and how many there are.
    """

    #: How many problems the message itself spells out.
    SHOWN = 20

    def __init__(self, source: str, problems: Sequence[str]) -> None:
        self.source = source
        self.problems = tuple(problems)
        count = len(self.problems)
        listed = "; ".join(self.problems[:self.SHOWN])
        more = f"; and {count - self.SHOWN} more" if count > self.SHOWN else ""
        noun = "problem" if count == 1 else "problems"
        super().__init__(f"{source}: nothing was imported ({count} {noun}): {listed}{more}")


class EditConflict(IntakeError):
    """Someone else changed the same fields since this user loaded the case.

    ``keys`` names the fields (keys only, never values); nothing was stored.
    """

    def __init__(self, keys: Sequence[str]) -> None:
        super().__init__("changed by someone else meanwhile: " + ", ".join(keys))
        self.keys = tuple(keys)


class CaseClosed(IntakeError):
    """The case is closed: reopen it before changing its answers."""


class KeySlotTampered(IntakeError):
    """The key a person's passphrase opened is not one the vault has on record for them.

    The key slot file was changed by someone (or an older copy of it was put back). Nothing was
    pinned or changed; the event is in the audit log. IT can reset the person's passphrase with
    the recovery key (``admin recover``), which gives them a new, recorded key.
    """


class UnpinnedUsers(IntakeError):
    """A key rotation would cut off people whose keys the vault has not yet seen proved.

    ``users`` names them. They sign in once (which proves and records their key), or the
    rotation is run with ``--drop-unpinned`` and each of them is reset with the recovery key.
    """

    def __init__(self, users: Sequence[str]) -> None:
        super().__init__(
            "these accounts have not signed in since the upgrade that records each person's key, "
            "so a rotation would lock them out: " + ", ".join(users) + ". Ask them to sign in "
            "once, or rotate with --drop-unpinned and then reset each of them with "
            "'admin recover'; nothing was changed")
        self.users = tuple(users)


class SlotMismatch(IntakeError):
    """A key rotation found key slots that match no key on record for their owner.

    ``users`` names them; nothing was changed. A person whose slot was only altered signs in
    once (which repairs it); one whose slot is older than the record is reset with the recovery
    key.
    """

    def __init__(self, users: Sequence[str]) -> None:
        super().__init__(
            "the key slots of " + ", ".join(users) + " do not match the keys the vault has on "
            "record (keyslots.json was altered, or an older copy was put back). Each of them "
            "signs in once, which repairs an altered slot, or is reset with 'admin recover'; "
            "nothing was changed")
        self.users = tuple(users)


class RecoveryKeyNeeded(IntakeError):
    """The vault has no record of its recovery key yet (an upgraded vault); a rotation needs the
    recovery key once to prove and record it."""


class AccountChanged(PermissionDenied):
    """The signed-in person's account was disabled, or their role changed, after they signed in.

    Raised by every privileged write (it re-reads the account in its own transaction); the GUI
    ends the session with a plain message.
    """


class IllegalTransition(InvalidInput):
    """A referral step its state does not allow (approving a draft, submitting an approved
    referral, anything after a rejection or a revocation); nothing was changed.

    ``state`` and ``step`` are the values of ``domain.referrals.State`` and ``Step``."""

    def __init__(self, state: str, step: str, allowed: Sequence[str] = ()) -> None:
        self.state, self.step, self.allowed = state, step, tuple(allowed)
        then = (f"; from {state} it can only be: {', '.join(self.allowed)}" if self.allowed
                else f"; nothing more can happen to a {state} referral")
        super().__init__(f"a {state} referral cannot take the step '{step}'{then}")


class SelfApproval(PermissionDenied):
    """The person approving a referral is the one who drafted it: no one approves their own
    referral, whatever their role. Nothing was changed."""

    def __init__(self) -> None:
        super().__init__("no one may approve a referral they drafted themselves; another "
                         "supervisor must approve it")


class GateFailed(InvalidInput):
    """A referral step that needs the gate to pass (submission, approval), taken while some
    of its checks fail; nothing was changed. ``failed`` names the checks (their ids)."""

    def __init__(self, failed: Sequence[str]) -> None:
        self.failed = tuple(failed)
        super().__init__("the referral's checks do not all pass: " + ", ".join(self.failed))


class ExportNotAllowed(PermissionDenied):
    """The machine's policy (``export_allowed``) forbids referral PDFs on this computer;
    nothing was written."""

    def __init__(self) -> None:
        super().__init__("this computer's policy does not allow referral PDFs to be exported; "
                         "nothing was written")


class PasswordRequired(InvalidInput):
    """The machine's policy (``export_password_required``) asks for every referral PDF to be
    protected by a passphrase, and the export was asked for without one; nothing was
    written."""

    def __init__(self) -> None:
        super().__init__("this computer's policy requires a password on every referral PDF; "
                         "export it with a password; nothing was written")
