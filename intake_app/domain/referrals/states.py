"""A referral's life: its states and the one pure function that moves it between them.

======================  ==========  ====================================================
From                    Step        To
======================  ==========  ====================================================
draft, returned         submit      submitted
submitted               approve     approved
submitted               return      returned (with the supervisor's request)
submitted               reject      rejected (with the reason)
approved                revoke      revoked (with the reason)
approved                recheck     submitted when the gate fails now; else unchanged
======================  ==========  ====================================================

* **submit** (from draft or returned) and **approve** need the gate to pass (``GateFailed``
  otherwise); no one approves a referral they drafted, saved words of or submitted
  (``SelfApproval``), whatever their role;
* **return** (with the supervisor's request), **reject** and **revoke** need a reason, kept
  with the state;
* **recheck** is the gate run again on an approved referral (at every export, and whenever
  the caller re-reads it): if it fails now (a consent withdrawn or expired, contact not
  re-checked), the referral goes back to submitted, naming the checks that failed; if it
  passes, nothing changes;
* rejected and revoked are final; every other move is ``IllegalTransition``.

Who may take a step (a supervisor approves, returns, rejects, revokes; a caseworker drafts
and submits) is the permission matrix's to say (``domain/roles.py``), checked by the services
before they call :func:`transition`. Exports are not a state: they are a register of their
own (who, when, the file's SHA-256), and only an approved referral is exported
(:func:`exportable`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from intake_app.domain.case_validation import Problem
from intake_app.domain.errors import GateFailed, IllegalTransition, RecordRefused, SelfApproval
from intake_app.domain.i18n import QT_TRANSLATE_NOOP
from intake_app.domain.referrals.gate import GateResult
from intake_app.domain.text_rules import unusable_character

MAX_STEP_REASON_CHARS = 2000


class State(StrEnum):
    DRAFT = "draft"
    SUBMITTED = "submitted"
    RETURNED = "returned"  # to its author, with the supervisor's request
    APPROVED = "approved"
    REJECTED = "rejected"
    REVOKED = "revoked"


class Step(StrEnum):
    SUBMIT = "submit"
    APPROVE = "approve"
    RETURN = "return"
    REJECT = "reject"
    REVOKE = "revoke"
    RECHECK = "recheck"


#: Every legal move: (from, step) -> to. A recheck that passes leaves the referral approved.
MOVES: dict[tuple[State, Step], State] = {
    (State.DRAFT, Step.SUBMIT): State.SUBMITTED,
    (State.RETURNED, Step.SUBMIT): State.SUBMITTED,
    (State.SUBMITTED, Step.APPROVE): State.APPROVED,
    (State.SUBMITTED, Step.RETURN): State.RETURNED,
    (State.SUBMITTED, Step.REJECT): State.REJECTED,
    (State.APPROVED, Step.REVOKE): State.REVOKED,
    (State.APPROVED, Step.RECHECK): State.SUBMITTED,
}

#: The states whose content its author may still change.
EDITABLE = frozenset({State.DRAFT, State.RETURNED})
#: The states nothing more can happen to.
FINAL = frozenset({State.REJECTED, State.REVOKED})
#: The steps taken with a reason, and those the gate must pass for.
WITH_REASON = frozenset({Step.RETURN, Step.REJECT, Step.REVOKE})
GATED = frozenset({Step.SUBMIT, Step.APPROVE, Step.RECHECK})

#: Each state in words.
STATE_LABELS = {
    State.DRAFT: QT_TRANSLATE_NOOP("Referral", "Draft"),
    State.SUBMITTED: QT_TRANSLATE_NOOP("Referral", "Waiting for approval"),
    State.RETURNED: QT_TRANSLATE_NOOP("Referral", "Returned for changes"),
    State.APPROVED: QT_TRANSLATE_NOOP("Referral", "Approved"),
    State.REJECTED: QT_TRANSLATE_NOOP("Referral", "Rejected"),
    State.REVOKED: QT_TRANSLATE_NOOP("Referral", "Revoked"),
}

_REASON_MESSAGES = {
    "reason_required": QT_TRANSLATE_NOOP("Referral", "Give the reason."),
    "text_required": QT_TRANSLATE_NOOP("Referral", "This must be text."),
    "too_long": QT_TRANSLATE_NOOP("Referral", "This is too long to keep here."),
    "bad_characters": QT_TRANSLATE_NOOP(
        "Referral", "This holds a character that cannot be stored (a control character or "
        "half of a character pair); retype it."),
}


@dataclass(frozen=True)
class Status:
    """Where a referral is. ``reason``: the supervisor's request (returned), why it was
    rejected or revoked. ``failed_checks``: the gate's checks that failed when a recheck sent
    an approved referral back to submitted (empty otherwise)."""

    state: State
    reason: str = ""
    failed_checks: tuple[str, ...] = ()

    @property
    def sent_back(self) -> bool:
        """Whether the gate sent it back from approved."""
        return bool(self.failed_checks)


#: Where every referral starts.
NEW = Status(State.DRAFT)


def allowed_steps(state: State) -> tuple[Step, ...]:
    """The steps a referral in ``state`` may take, in the order of :class:`Step`."""
    return tuple(step for step in Step if (state, step) in MOVES)


def exportable(status: Status) -> bool:
    """Whether the referral may be exported now (approved; the caller rechecks first)."""
    return status.state is State.APPROVED


def _same_person(a: str, b: str) -> bool:
    return a.strip().lower() == b.strip().lower()


def _reason(reason: object) -> str:
    if not isinstance(reason, str):
        code = "text_required"
    elif len(reason) > MAX_STEP_REASON_CHARS:
        code = "too_long"
    elif unusable_character(reason, multiline=True) is not None:
        code = "bad_characters"
    elif not reason.strip():
        code = "reason_required"
    else:
        return reason.strip()
    raise RecordRefused({"reason": [Problem("reason", code, _REASON_MESSAGES[code])]})


def transition(status: Status, step: Step, *, actor: str, author: str,
               gate: GateResult | None = None, reason: str = "",
               also_by: Iterable[str] = ()) -> Status:
    """The status after ``actor`` takes ``step`` on a referral drafted by ``author``.

    ``gate``: the gate's result now, for submit, approve and recheck. ``reason``: for return,
    reject and revoke. ``also_by``: everyone else who saved its words or submitted it (a
    supervisor may edit a team's referral; she does not then approve her own words). Raises
    ``IllegalTransition`` for a move the state does not allow, ``SelfApproval`` when the
    approver drafted it or is one of ``also_by``, ``GateFailed`` for a submission or approval
    the gate does not pass, ``RecordRefused`` for a missing or unstorable reason; and
    ValueError for a call that gives what the step does not take, or not what it needs."""
    if not actor.strip() or not author.strip():
        raise ValueError("a step needs the person taking it and the referral's author")
    if (status.state, step) not in MOVES:
        raise IllegalTransition(status.state.value, step.value,
                                [s.value for s in allowed_steps(status.state)])
    if step in GATED and gate is None:
        raise ValueError(f"{step.value} needs the gate's result")
    if step not in GATED and gate is not None:
        raise ValueError(f"{step.value} does not run the gate")
    if step not in WITH_REASON and reason:
        raise ValueError(f"{step.value} takes no reason")
    if step is Step.APPROVE and any(_same_person(actor, who) for who in (author, *also_by)):
        raise SelfApproval()
    target = MOVES[(status.state, step)]
    if step in WITH_REASON:
        return Status(target, _reason(reason))
    assert gate is not None
    if step is Step.RECHECK:
        if gate.passed:
            return status
        return Status(target, failed_checks=tuple(c.value for c in gate.failed))
    if not gate.passed:
        raise GateFailed([c.value for c in gate.failed])
    return Status(target)
