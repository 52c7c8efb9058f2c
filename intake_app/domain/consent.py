"""Consent records: what she agreed to share, with whom, for what, and how that was recorded.
Plain records and rules; no SQL (``vault/consent_repo.py``), no Qt.

A record is one decision of hers, for one **recipient**, one or more **sensitivity classes**
(``case_model.Sensitivity``) and one **purpose**: given, refused or withdrawn, on a day, how
(verbal or written), in which language, through which interpreter, who recorded it, and
whether she was shown the recipient's data-flow facts (and which version of them). Records are
never changed or deleted: a withdrawal is a new record.

Recipients are named by reference, as the agency directory names them:

* ``kind:<kind id>`` -- a kind of recipient (``kind:police``); it covers its named agencies;
* ``agency:<agency id>`` -- one named agency (``agency:northtown-refuge``), of one kind.

The rules read the directory through :class:`RecipientLookup` (see there for exactly what the
directory must provide). :func:`consent_state` answers "may this class go to this recipient
for this purpose today?" as given / refused / withdrawn / expired / none:

* the latest applicable record wins (by the day she decided, then the order recorded);
* a consent given with an expiry holds up to and including ``expires_on``; from the next day
  it reads as ``expired``, which is not consent (shown as such, never as given);
* a record for a kind covers its named agencies, unless a record for the named agency says
  otherwise: the more specific wins. One exception, in her favour: a refusal or withdrawal
  for the whole kind that is later than the named agency's record reaches that agency too
  (she said no to all of them after she said yes to one). A consent given for the kind never
  overrides what she decided for the named agency;
* consent to share **immigration** data exists only for a named agency: it is never
  implied by a kind-level record or any broader consent, and recording it for a kind is
  refused (a refusal or withdrawal for a kind may include it, and then covers the kind's
  agencies like any refusal).

What :func:`check_consent` refuses (``RecordRefused``, problems per field, nothing stored):

* a recipient reference that is not one, or that the directory does not know;
* no class, a class that is not one, or the safety plan (it never leaves the vault);
* given immigration consent for a kind reference;
* a consent given to a recipient that **may pass data to immigration enforcement** when the
  facts were not shown to her first, or were shown in a version other than the directory's
  current one (show them again);
* no purpose; a day in the future; an expiry before the day decided; an expiry on a refusal
  or a withdrawal (only a consent given can run out);
* an interpreter named without saying whether they are independent of her family and
  community; and a consent **given** through an interpreter who is not independent. A
  caseworker expects that: consent interpreted by someone from her family or community
  cannot be known to be hers, so it is asked again with an independent interpreter. A refusal
  or a withdrawal made that way is recorded (her "no" stands whoever interpreted), with the
  interpreter's independence kept on the record;
* text that cannot be stored, or too long.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from typing import Protocol

from intake_app.domain.case_model import BESIDE_THE_INTAKE, Sensitivity
from intake_app.domain.case_validation import Problem
from intake_app.domain.errors import IntakeError, RecordRefused
from intake_app.domain.i18n import QT_TRANSLATE_NOOP
from intake_app.domain.text_rules import unusable_character

KIND_PREFIX = "kind:"
AGENCY_PREFIX = "agency:"
_REF = re.compile(r"^(kind|agency):[a-z0-9][a-z0-9_.-]{0,63}$")

MAX_PURPOSE_CHARS = 500
MAX_FIELD_CHARS = 200

#: Every class consent can be recorded for: all but the records that never leave the vault.
SHAREABLE_CLASSES: tuple[Sensitivity, ...] = tuple(
    s for s in Sensitivity if s not in BESIDE_THE_INTAKE)

#: Field names of a consent record, as problems and the command line name them.
FIELDS = ("recipient", "classes", "purpose", "decision", "decided_on", "expires_on", "how",
          "language", "interpreter", "interpreter_independent", "facts_shown")


class RecipientKinds(Protocol):
    """The part of :class:`RecipientLookup` that reading consent needs (``consent_state``)."""

    def kind_of(self, ref: str) -> str: ...

    def is_named(self, ref: str) -> bool: ...


class RecipientLookup(RecipientKinds, Protocol):
    """What the consent rules need from the agency directory (``domain/agencies/``, wired in
    ``services/wiring.py``). For every reference the directory knows:

    * ``kind_of(ref)``: the kind id the reference belongs to (``"police"``); a kind reference
      returns its own id. For a reference it does not know: raise ``NotFound``.
    * ``is_named(ref)``: True for a named agency (an ``agency:`` reference), False for a kind.
    * ``may_pass_to_immigration(ref)``: whether data sent there may reach immigration
      enforcement. For a named agency this is its kind's flag (never lower).
    * ``facts_version(ref)``: an identifier of the data-flow facts the directory shows for
      the recipient now (a hash of their text, or their review date); it changes whenever
      the facts change, so a record says which facts she saw.

    The services call it outside their own transactions, so a lookup that reads the vault
    may open its own read.
    """

    def may_pass_to_immigration(self, ref: str) -> bool: ...

    def facts_version(self, ref: str) -> str: ...


class Decision(StrEnum):
    GIVEN = "given"
    REFUSED = "refused"
    WITHDRAWN = "withdrawn"


class How(StrEnum):
    VERBAL = "verbal"
    WRITTEN = "written"


class ConsentState(StrEnum):
    """What the records say for one recipient, class and purpose, today."""

    GIVEN = "given"
    REFUSED = "refused"
    WITHDRAWN = "withdrawn"
    EXPIRED = "expired"  # given, but past its expiry: not consent
    NONE = "none"  # nothing recorded

    @property
    def allows_sharing(self) -> bool:
        return self is ConsentState.GIVEN


#: The grid's words for each state (the consent tab shows them).
STATE_LABELS = {
    ConsentState.GIVEN: QT_TRANSLATE_NOOP("Consent", "Given"),
    ConsentState.REFUSED: QT_TRANSLATE_NOOP("Consent", "Refused"),
    ConsentState.WITHDRAWN: QT_TRANSLATE_NOOP("Consent", "Withdrawn"),
    ConsentState.EXPIRED: QT_TRANSLATE_NOOP("Consent", "Expired"),
    ConsentState.NONE: QT_TRANSLATE_NOOP("Consent", "Not asked"),
}


#: The grid's column headings: each class consent can be recorded for, in words.
CLASS_LABELS = {
    Sensitivity.IDENTITY: QT_TRANSLATE_NOOP("Consent", "Who she is"),
    Sensitivity.CONTACT: QT_TRANSLATE_NOOP("Consent", "How to contact her"),
    Sensitivity.LOCATION: QT_TRANSLATE_NOOP("Consent", "Where she and the children are"),
    Sensitivity.IMMIGRATION: QT_TRANSLATE_NOOP("Consent", "Immigration"),
    Sensitivity.CHILDREN: QT_TRANSLATE_NOOP("Consent", "The children"),
    Sensitivity.HEALTH: QT_TRANSLATE_NOOP("Consent", "Health"),
    Sensitivity.ABUSER: QT_TRANSLATE_NOOP("Consent", "The abuser"),
    Sensitivity.NARRATIVE: QT_TRANSLATE_NOOP("Consent", "What happened"),
    Sensitivity.REFERRAL: QT_TRANSLATE_NOOP("Consent", "The referral"),
    Sensitivity.CONSENT: QT_TRANSLATE_NOOP("Consent", "Her consent answers"),
}

#: How she gave her decision, in words.
HOW_LABELS = {
    How.VERBAL: QT_TRANSLATE_NOOP("Consent", "Verbal"),
    How.WRITTEN: QT_TRANSLATE_NOOP("Consent", "Written"),
}


@dataclass(frozen=True)
class ConsentInput:
    """One decision of hers, as a caseworker records it."""

    recipient: str
    classes: frozenset[Sensitivity]
    purpose: str
    decision: Decision
    decided_on: date
    how: How
    expires_on: date | None = None
    language: str = ""
    interpreter: str = ""
    #: Whether the interpreter is independent of her family and community; None when no
    #: interpreter is named.
    interpreter_independent: bool | None = None
    facts_shown: bool = False
    #: The facts version she was shown; "" lets the service record the directory's current
    #: one (the facts are shown from the directory as it is now).
    facts_version: str = ""


@dataclass(frozen=True)
class ConsentRecord:
    """A recorded decision (never changed). ``withdraws`` is the id of the consent a
    withdrawal was made from, when it was."""

    id: int
    case_reference: str
    details: ConsentInput
    recorded_at: str
    recorded_by: str
    withdraws: int | None = None

    @property
    def recipient(self) -> str:
        return self.details.recipient

    @property
    def decision(self) -> Decision:
        return self.details.decision


@dataclass(frozen=True)
class ConsentGrid:
    """Recipients (rows) by classes (columns), each cell a ``ConsentState``."""

    recipients: tuple[str, ...]
    classes: tuple[Sensitivity, ...]
    cells: dict[tuple[str, Sensitivity], ConsentState] = field(default_factory=dict)

    def state(self, recipient: str, sensitivity: Sensitivity) -> ConsentState:
        return self.cells.get((recipient, sensitivity), ConsentState.NONE)


_MESSAGES = {
    "recipient_invalid": QT_TRANSLATE_NOOP(
        "Consent", "Choose who would receive it: a kind of recipient or a named agency."),
    "recipient_unknown": QT_TRANSLATE_NOOP(
        "Consent", "This recipient is not in the agency directory."),
    "classes_required": QT_TRANSLATE_NOOP(
        "Consent", "Choose at least one kind of information."),
    "class_invalid": QT_TRANSLATE_NOOP("Consent", "This is not a kind of information."),
    "safety_plan": QT_TRANSLATE_NOOP(
        "Consent", "The safety plan never leaves the vault; no consent can be recorded for it."),
    "immigration_kind": QT_TRANSLATE_NOOP(
        "Consent", "Consent to share immigration information can only be given for one named "
        "agency, never for a whole kind of recipient."),
    "facts_not_shown": QT_TRANSLATE_NOOP(
        "Consent", "This recipient may pass information to immigration enforcement. Show her "
        "the facts about where her information could go before recording her consent."),
    "facts_changed": QT_TRANSLATE_NOOP(
        "Consent", "The facts about this recipient have changed since they were shown to her. "
        "Show her the current facts, then record her consent."),
    "purpose_required": QT_TRANSLATE_NOOP("Consent", "Say what it would be shared for."),
    "decision_invalid": QT_TRANSLATE_NOOP("Consent", "Choose given, refused or withdrawn."),
    "date_required": QT_TRANSLATE_NOOP("Consent", "Give the date of her decision."),
    "date_future": QT_TRANSLATE_NOOP("Consent", "The date cannot be in the future."),
    "expiry_before": QT_TRANSLATE_NOOP(
        "Consent", "The consent cannot end before the day it was given."),
    "expiry_not_given": QT_TRANSLATE_NOOP(
        "Consent", "Only a consent that is given can have an end date."),
    "how_invalid": QT_TRANSLATE_NOOP("Consent", "Choose verbal or written."),
    "independence_required": QT_TRANSLATE_NOOP(
        "Consent", "Say whether the interpreter is independent of her family and community."),
    "interpreter_not_independent": QT_TRANSLATE_NOOP(
        "Consent", "Consent given through an interpreter from her family or community cannot "
        "be recorded. Ask her again with an independent interpreter."),
    "facts_flag_invalid": QT_TRANSLATE_NOOP(
        "Consent", "Say whether the facts were shown to her."),
    "text_required": QT_TRANSLATE_NOOP("Consent", "This must be text."),
    "too_long": QT_TRANSLATE_NOOP("Consent", "This is too long to keep here."),
    "bad_characters": QT_TRANSLATE_NOOP(
        "Consent", "This holds a character that cannot be stored (a control character or "
        "half of a character pair); retype it."),
}


def _problem(key: str, code: str) -> Problem:
    return Problem(key, code, _MESSAGES[code])


# --- references ------------------------------------------------------------------------------

def is_ref(ref: object) -> bool:
    """Whether ``ref`` is written as a recipient reference (``kind:x`` or ``agency:x``)."""
    return isinstance(ref, str) and _REF.match(ref) is not None


def kind_ref(kind_id: str) -> str:
    return KIND_PREFIX + kind_id


def is_kind_ref(ref: str) -> bool:
    return ref.startswith(KIND_PREFIX)


def same_purpose(a: str, b: str) -> bool:
    """Purposes match whatever their spacing and case ("MARAC referral" = "marac  referral")."""
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


# --- recording ---------------------------------------------------------------------------------

def _text_problem(value: object, limit: int) -> str | None:
    if not isinstance(value, str):
        return "text_required"
    if len(value) > limit:
        return "too_long"
    if unusable_character(value) is not None:
        return "bad_characters"
    return None


def consent_problems(consent: object, *, today: date, lookup: RecipientLookup,
                     on_record: bool = False) -> dict[str, list[Problem]]:
    """Every problem with ``consent`` (a ``ConsentInput``, or anything passed as one), per
    field; empty when it can be recorded. See the module docstring for the rules.

    ``on_record``: the recipient comes from a record already kept (a withdrawal made from
    it), so one the directory no longer knows is still taken: she can always withdraw."""
    problems: dict[str, list[Problem]] = {}

    def add(key: str, code: str) -> None:
        problems.setdefault(key, []).append(_problem(key, code))

    raw_decision = getattr(consent, "decision", None)
    decision: Decision | None = None
    if raw_decision not in Decision._value2member_map_:
        add("decision", "decision_invalid")
    else:
        decision = Decision(str(raw_decision))
    given = decision is Decision.GIVEN

    recipient = getattr(consent, "recipient", None)
    known = False
    may_reach_immigration = False
    if not is_ref(recipient):
        add("recipient", "recipient_invalid")
    else:
        assert isinstance(recipient, str)
        try:
            lookup.kind_of(recipient)
            may_reach_immigration = lookup.may_pass_to_immigration(recipient)
            known = True
        except IntakeError:
            if not on_record:
                add("recipient", "recipient_unknown")

    classes = getattr(consent, "classes", None)
    chosen: set[Sensitivity] = set()
    if not isinstance(classes, Iterable) or isinstance(classes, str | bytes):
        add("classes", "classes_required")
    else:
        for item in classes:
            if item not in Sensitivity._value2member_map_:
                add("classes", "class_invalid")
            else:
                chosen.add(Sensitivity(item))
        if not chosen and "classes" not in problems:
            add("classes", "classes_required")
        if chosen & BESIDE_THE_INTAKE:
            add("classes", "safety_plan")
        if (given and Sensitivity.IMMIGRATION in chosen and isinstance(recipient, str)
                and is_kind_ref(recipient)):
            add("classes", "immigration_kind")

    facts_shown = getattr(consent, "facts_shown", None)
    facts_version = getattr(consent, "facts_version", "")
    if not isinstance(facts_shown, bool):
        add("facts_shown", "facts_flag_invalid")
    elif not isinstance(facts_version, str):
        add("facts_shown", "text_required")
    elif given and known and may_reach_immigration:
        assert isinstance(recipient, str)
        if not facts_shown:
            add("facts_shown", "facts_not_shown")
        elif facts_version and facts_version != lookup.facts_version(recipient):
            add("facts_shown", "facts_changed")

    purpose = getattr(consent, "purpose", None)
    why = _text_problem(purpose, MAX_PURPOSE_CHARS)
    if why is not None:
        add("purpose", why)
    elif isinstance(purpose, str) and not purpose.strip():
        add("purpose", "purpose_required")

    decided = getattr(consent, "decided_on", None)
    if not isinstance(decided, date):
        add("decided_on", "date_required")
        decided = None
    else:
        decided = decided.date() if isinstance(decided, datetime) else decided
        if decided > today:
            add("decided_on", "date_future")
    expires = getattr(consent, "expires_on", None)
    if expires is not None:
        if not isinstance(expires, date):
            add("expires_on", "date_required")
        elif decision is not None and not given:
            add("expires_on", "expiry_not_given")
        elif decided is not None and (
                expires.date() if isinstance(expires, datetime) else expires) < decided:
            add("expires_on", "expiry_before")

    if getattr(consent, "how", None) not in How._value2member_map_:
        add("how", "how_invalid")

    for key in ("language", "interpreter"):
        why = _text_problem(getattr(consent, key, ""), MAX_FIELD_CHARS)
        if why is not None:
            add(key, why)
    interpreter = getattr(consent, "interpreter", "")
    independent = getattr(consent, "interpreter_independent", None)
    if isinstance(interpreter, str) and interpreter.strip():
        if not isinstance(independent, bool):
            add("interpreter_independent", "independence_required")
        elif not independent and given:
            add("interpreter_independent", "interpreter_not_independent")
    return problems


def check_consent(consent: ConsentInput, *, today: date, lookup: RecipientLookup,
                  on_record: bool = False) -> ConsentInput:
    """``consent`` as it is recorded (text trimmed, the facts version filled in when she was
    shown the facts, no interpreter independence without an interpreter), or RecordRefused
    naming each field's problem."""
    problems = consent_problems(consent, today=today, lookup=lookup, on_record=on_record)
    if problems:
        raise RecordRefused(problems)
    interpreter = consent.interpreter.strip()
    day = consent.decided_on.date() if isinstance(consent.decided_on, datetime) \
        else consent.decided_on
    expires = consent.expires_on
    if isinstance(expires, datetime):
        expires = expires.date()
    version = ""
    if consent.facts_shown:
        version = consent.facts_version or lookup.facts_version(consent.recipient)
    return ConsentInput(
        recipient=consent.recipient,
        classes=frozenset(Sensitivity(c) for c in consent.classes),
        purpose=" ".join(consent.purpose.split()), decision=Decision(consent.decision),
        decided_on=day, how=How(consent.how), expires_on=expires,
        language=consent.language.strip(), interpreter=interpreter,
        interpreter_independent=consent.interpreter_independent if interpreter else None,
        facts_shown=consent.facts_shown, facts_version=version)


# --- reading -----------------------------------------------------------------------------------

def _order(record: ConsentRecord) -> tuple[date, str, int]:
    return record.details.decided_on, record.recorded_at, record.id


def _state_of(record: ConsentRecord, today: date) -> ConsentState:
    details = record.details
    if details.decision is Decision.GIVEN:
        if details.expires_on is not None and today > details.expires_on:
            return ConsentState.EXPIRED
        return ConsentState.GIVEN
    return ConsentState(details.decision.value)


def consent_state(records: Iterable[ConsentRecord], recipient: str, sensitivity: Sensitivity,
                  purpose: str | None = None, *, today: date,
                  lookup: RecipientKinds) -> ConsentState:
    """What ``records`` (one case's) say about sharing ``sensitivity`` with ``recipient`` for
    ``purpose`` (None: any purpose, the latest decision whatever it was for) on ``today``.
    See the module docstring for the rules. A recipient the directory no longer knows is
    read from the records naming it alone."""
    try:
        own_kind: str | None = kind_ref(lookup.kind_of(recipient))
        named = lookup.is_named(recipient)
    except IntakeError:  # no longer in the directory: its own records still say what she said
        own_kind, named = None, recipient.startswith(AGENCY_PREFIX)
    specific: list[ConsentRecord] = []
    broad: list[ConsentRecord] = []
    for record in records:
        details = record.details
        if sensitivity not in details.classes:
            continue
        if purpose is not None and not same_purpose(details.purpose, purpose):
            continue
        if details.recipient == recipient:
            (specific if named else broad).append(record)
        elif named and details.recipient == own_kind:
            broad.append(record)
    if sensitivity is Sensitivity.IMMIGRATION:
        # Never implied: a consent given for a kind counts for nothing here (recording one is
        # refused; this holds for records from anywhere else too). Refusals still reach.
        broad = [r for r in broad if r.details.decision is not Decision.GIVEN]
    latest_specific = max(specific, key=_order, default=None)
    latest_broad = max(broad, key=_order, default=None)
    if latest_specific is None and latest_broad is None:
        return ConsentState.NONE
    if latest_specific is None:
        assert latest_broad is not None
        return _state_of(latest_broad, today)
    if (latest_broad is not None and latest_broad.details.decision is not Decision.GIVEN
            and _order(latest_broad) > _order(latest_specific)):
        return _state_of(latest_broad, today)  # a later "no" to the whole kind reaches it
    return _state_of(latest_specific, today)


def consent_grid(records: Sequence[ConsentRecord], recipients: Iterable[str] = (), *,
                 today: date, lookup: RecipientKinds,
                 purpose: str | None = None) -> ConsentGrid:
    """The state for every recipient (those asked for, then those the records name, each
    once, in that order) and every class consent can be recorded for."""
    rows = list(dict.fromkeys([*recipients, *(r.recipient for r in records)]))
    cells = {(ref, cls): consent_state(records, ref, cls, purpose, today=today, lookup=lookup)
             for ref in rows for cls in SHAREABLE_CLASSES}
    return ConsentGrid(tuple(rows), SHAREABLE_CLASSES, cells)


def withdrawal_of(record: ConsentRecord, *, on: date, how: How, language: str = "",
                  interpreter: str = "", interpreter_independent: bool | None = None,
                  ) -> ConsentInput:
    """The withdrawal of a given consent: the same recipient, classes and purpose."""
    return ConsentInput(
        recipient=record.details.recipient, classes=record.details.classes,
        purpose=record.details.purpose, decision=Decision.WITHDRAWN, decided_on=on, how=how,
        language=language, interpreter=interpreter,
        interpreter_independent=interpreter_independent)


def as_mapping(record: ConsentRecord) -> dict[str, object]:
    """The JSON-ready form of a record (``case show --json``'s "consent")."""
    d = record.details
    return {
        "id": record.id, "recipient": d.recipient,
        "classes": sorted(c.value for c in d.classes), "purpose": d.purpose,
        "decision": d.decision.value, "decided_on": d.decided_on.isoformat(),
        "expires_on": d.expires_on.isoformat() if d.expires_on else None,
        "how": d.how.value, "language": d.language, "interpreter": d.interpreter,
        "interpreter_independent": d.interpreter_independent,
        "facts_shown": d.facts_shown, "facts_version": d.facts_version,
        "withdraws": record.withdraws,
        "recorded_at": record.recorded_at, "recorded_by": record.recorded_by,
    }
