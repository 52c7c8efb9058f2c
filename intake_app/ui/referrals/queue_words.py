"""The words of the supervisor's queue that come from the domain and the referral's record.

The domain marks a referral's words (its states, the gate's checks, a reason's problems) under
the "Referral" context (``domain/referrals/``); they are shown here through that context.
The queue's own words are in ``QueueScreen`` and ``ReviewPanel``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from intake_app.domain.case_validation import Problem
from intake_app.domain.referrals import CheckId, State
from intake_app.services.referrals import Referral
from intake_app.ui.referrals.words import check_title, referral_text, state_text

__all__ = ["approved_at", "failed_check_titles", "problem_text", "queue_title",
           "referral_text", "state_text", "submitted_at"]


def problem_text(problem: Problem) -> str:
    return referral_text(problem.message)


def submitted_at(referral: Referral) -> str:
    """When the referral last moved to submitted (its stored stamp), or its creation."""
    for step in reversed(referral.steps):
        if step.to_state == State.SUBMITTED.value:
            return step.at
    return referral.created_at


def approved_at(referral: Referral) -> str:
    return referral.approved_at or referral.updated_at


def failed_check_titles(names: tuple[str, ...]) -> str:
    """The checks a recheck sent a referral back for, in words."""
    titles = []
    for name in names:
        try:
            titles.append(check_title(CheckId(name)))
        except ValueError:
            titles.append(name)  # a check id this version does not know: shown as stored
    return "; ".join(titles)


def queue_title(count: int) -> str:
    """The navigation entry: "Referrals waiting (2)"."""
    return QCoreApplication.translate("MainWindow", "Referrals waiting ({count})").format(
        count=count)
