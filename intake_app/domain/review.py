"""When a case's risk must be assessed again: the one rule, for the case list and the overview.

Only an **open** case is ever due (a draft is not yet a case being worked; a closed one needs no
review). An open case is due:

* when it has **never been assessed** with a checklist that produces a level (due since the
  day it was opened): a caseworker expects a new case to be assessed, and the list should say
  so rather than look reassuring;
* after a **new incident**: one dated after the day of the latest level-producing assessment,
  or recorded or corrected after that assessment was completed, whatever its date (an
  incident disclosed late was not weighed by the assessment either, and could change its
  escalation rule). Due since the incident's date;
* when the latest level-producing assessment is **review_interval_days** old or older (due on
  the day the interval runs out: with 90 days, an assessment of 1 March is due on 30 May).

Screens (checklists that produce no level) neither set the risk level nor restart the clock.

The vault keeps, per case, one text column that makes the list filter a single index range
(``review_since``): '' when due whatever the interval, otherwise the latest level-producing
assessment's day; a case is due when it is open and ``review_since <= cutoff(today,
interval)``. ``review_since`` and ``review_due`` below are the two halves of the same rule, and
tests hold them together.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from intake_app.domain.i18n import QT_TRANSLATE_NOOP

#: The policy's ``review_interval_days`` when the policy does not set it.
DEFAULT_INTERVAL_DAYS = 90

#: ``review_since`` of a case that is due whatever the interval.
DUE_NOW = ""


class ReviewReason(StrEnum):
    NEVER_ASSESSED = "never_assessed"
    NEW_INCIDENT = "new_incident"
    INTERVAL = "interval"


#: What the overview says, with ``{date}`` (the day it became due) filled in by the UI.
REASON_TEXT: dict[ReviewReason, str] = {
    ReviewReason.NEVER_ASSESSED: QT_TRANSLATE_NOOP(
        "Review", "Risk assessment due: not assessed yet (open since {date})."),
    ReviewReason.NEW_INCIDENT: QT_TRANSLATE_NOOP(
        "Review", "Reassessment due: new incident on {date}."),
    ReviewReason.INTERVAL: QT_TRANSLATE_NOOP(
        "Review", "Reassessment due since {date}: the review interval has passed."),
}
#: What the overview says when no review is due yet (``{date}``: the next review).
NEXT_TEXT = QT_TRANSLATE_NOOP("Review", "Next risk review by {date}.")


@dataclass(frozen=True)
class ReviewDue:
    """Whether a case's risk review is due, why, and since (or from) when."""

    due: bool
    reason: ReviewReason | None
    #: Due: the day it became due. Not due: the day the interval runs out. None: not open.
    due_on: date | None
    last_assessed_on: date | None
    interval_days: int


def cutoff(today: date, interval_days: int) -> date:
    """Assessments on this day or earlier are due for review."""
    return today - timedelta(days=interval_days)


def review_since(assessed_on: date | None, new_incident_on: date | None) -> str:
    """The stored review clock of a case (see the module docstring)."""
    if assessed_on is None or new_incident_on is not None:
        return DUE_NOW
    return assessed_on.isoformat()


def due_in_list(status_open: bool, since: str, today: date, interval_days: int) -> bool:
    """The list's test, on the stored column: what the SQL filter computes."""
    return status_open and since <= cutoff(today, interval_days).isoformat()


def review_due(*, is_open: bool, opened_on: date, assessed_on: date | None,
               new_incident_on: date | None, today: date, interval_days: int) -> ReviewDue:
    """The review state of one case."""
    if not is_open:
        return ReviewDue(False, None, None, assessed_on, interval_days)
    if assessed_on is None:
        return ReviewDue(True, ReviewReason.NEVER_ASSESSED, opened_on, None, interval_days)
    if new_incident_on is not None:
        return ReviewDue(True, ReviewReason.NEW_INCIDENT, new_incident_on, assessed_on,
                         interval_days)
    next_on = assessed_on + timedelta(days=interval_days)
    if next_on <= today:
        return ReviewDue(True, ReviewReason.INTERVAL, next_on, assessed_on, interval_days)
    return ReviewDue(False, None, next_on, assessed_on, interval_days)
