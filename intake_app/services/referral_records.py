"""A referral as the referral service gives it (``services/referrals.py``): where it stands,
what it holds and its history, read from the repository's rows; and a preview of unsaved
words."""

from __future__ import annotations

from dataclasses import dataclass

from intake_app.domain.redaction import RedactedView
from intake_app.domain.referrals import GateResult, ReferralDraft, State, Status
from intake_app.vault.referrals_repo import StoredExport, StoredReferral, StoredStep


@dataclass(frozen=True)
class Referral:
    """A referral as the app shows it: where it stands, what it holds, and its history."""

    id: int
    case_reference: str
    status: Status
    author: str
    created_at: str
    updated_at: str
    approved_by: str | None
    approved_at: str | None
    draft: ReferralDraft
    version: int
    steps: tuple[StoredStep, ...]
    exports: tuple[StoredExport, ...]

    @property
    def state(self) -> State:
        return self.status.state


@dataclass(frozen=True)
class Preview:
    """The gate and the redacted view of a draft's words, before they are saved."""

    draft: ReferralDraft
    gate: GateResult
    view: RedactedView


def status_of(stored: StoredReferral, steps: list[StoredStep]) -> Status:
    state = State(stored.state)
    last = steps[-1] if steps else None
    if last is None or last.to_state != stored.state:
        return Status(state)
    if last.from_state == State.APPROVED.value and state is State.SUBMITTED:
        return Status(state, failed_checks=tuple((last.reason or "").split(",")))
    return Status(state, last.reason or "")
