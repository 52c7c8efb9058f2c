"""The incident log of a case, and "referred to MARAC on" facts. Plain records and their
checks; no SQL (``vault/incidents_repo.py``), no Qt.

An incident is what happened on one day: a short account, whether the police were involved
(yes / no / not sure, the intake's ``Tri``) and their reference, injuries, whether children
were present, and where the account came from. An incident can be corrected; every earlier
version is kept (``IncidentVersion``) and listable, as case history is.

``check_incident`` refuses input that cannot be recorded (``ValidationFailed``, problems per
field, nothing stored): no date, a date in the future, no account, a tri value that is not one,
or text that cannot be stored (control characters, lone surrogates).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime

from intake_app.domain.answers import Tri
from intake_app.domain.case_validation import Problem
from intake_app.domain.errors import ValidationFailed
from intake_app.domain.i18n import QT_TRANSLATE_NOOP
from intake_app.domain.text_rules import unusable_character

#: The longest account kept in the log (a short account; the story belongs in notes).
MAX_SUMMARY_CHARS = 4000
#: The longest of the other text fields (a police reference, a source, injuries).
MAX_FIELD_CHARS = 1000

#: Field names of an incident, as problems and the command line's INCIDENT.json name them.
FIELDS = ("date", "summary", "police_involved", "police_reference", "injuries",
          "children_present", "source")


@dataclass(frozen=True)
class IncidentInput:
    """What a caseworker records (or corrects) about one incident."""

    date: date
    summary: str
    police_involved: Tri
    police_reference: str = ""
    injuries: str = ""
    children_present: Tri | None = None  # None: not recorded
    source: str = ""


@dataclass(frozen=True)
class IncidentVersion:
    """One recorded version of an incident: version 1 is as first recorded."""

    version: int
    details: IncidentInput
    recorded_at: str
    recorded_by: str


@dataclass(frozen=True)
class Incident:
    """An incident as it reads now, with every version (oldest first) when asked for."""

    id: int
    case_reference: str
    version: int
    details: IncidentInput
    created_at: str
    created_by: str
    updated_at: str
    updated_by: str
    history: tuple[IncidentVersion, ...] = ()

    @property
    def date(self) -> date:
        return self.details.date

    @property
    def corrected(self) -> bool:
        return self.version > 1


@dataclass(frozen=True)
class MaracReferral:
    """A recorded "referred to MARAC on" fact."""

    id: int
    case_reference: str
    referred_on: date
    recorded_at: str
    recorded_by: str


_MESSAGES = {
    "date_required": QT_TRANSLATE_NOOP("Incidents", "Give the date of the incident."),
    "date_future": QT_TRANSLATE_NOOP("Incidents", "The date cannot be in the future."),
    "summary_required": QT_TRANSLATE_NOOP("Incidents", "Write a short account of what happened."),
    "too_long": QT_TRANSLATE_NOOP("Incidents", "This is too long to keep here."),
    "tri_invalid": QT_TRANSLATE_NOOP("Incidents", "Choose yes, no or not sure."),
    "text_required": QT_TRANSLATE_NOOP("Incidents", "This must be text."),
    "bad_characters": QT_TRANSLATE_NOOP(
        "Incidents", "This holds a character that cannot be stored (a control character or "
        "half of a character pair); retype it."),
    "referral_date_future": QT_TRANSLATE_NOOP(
        "Incidents", "A MARAC referral cannot be dated in the future."),
}


def _problem(key: str, code: str) -> Problem:
    return Problem(key, code, _MESSAGES[code])


def incident_problems(incident: object, *, today: date) -> dict[str, list[Problem]]:
    """Every problem with ``incident`` (an ``IncidentInput``, or anything passed as one), per
    field; empty when it can be recorded."""
    problems: dict[str, list[Problem]] = {}

    def add(key: str, code: str) -> None:
        problems.setdefault(key, []).append(_problem(key, code))

    when = getattr(incident, "date", None)
    if not isinstance(when, date):
        add("date", "date_required")
    elif when > today:
        add("date", "date_future")
    summary = getattr(incident, "summary", None)
    if not isinstance(summary, str):
        add("summary", "text_required")
    elif not summary.strip():
        add("summary", "summary_required")
    for key in ("police_involved", "children_present"):
        value = getattr(incident, key, None)
        if key == "children_present" and value is None:
            continue
        if not isinstance(value, Tri):
            add(key, "tri_invalid")
    for key in ("summary", "police_reference", "injuries", "source"):
        text = getattr(incident, key, "")
        if key != "summary" and not isinstance(text, str):
            add(key, "text_required")
            continue
        if not isinstance(text, str):
            continue
        limit = MAX_SUMMARY_CHARS if key == "summary" else MAX_FIELD_CHARS
        if len(text) > limit:
            add(key, "too_long")
        if unusable_character(text, multiline=key in ("summary", "injuries")) is not None:
            add(key, "bad_characters")
    return problems


def check_incident(incident: IncidentInput, *, today: date) -> IncidentInput:
    """``incident`` with its text trimmed, or ValidationFailed naming each field's problem."""
    problems = incident_problems(incident, today=today)
    if problems:
        raise ValidationFailed(problems)
    day = incident.date.date() if isinstance(incident.date, datetime) else incident.date
    return IncidentInput(
        date=day, summary=incident.summary.strip(),
        police_involved=Tri(incident.police_involved),
        police_reference=incident.police_reference.strip(),
        injuries=incident.injuries.strip(),
        children_present=None if incident.children_present is None
        else Tri(incident.children_present),
        source=incident.source.strip())


def check_referral_date(referred_on: object, *, today: date) -> date:
    """A "referred to MARAC on" date: a real day, not in the future."""
    if not isinstance(referred_on, date):
        raise ValidationFailed({"referred_on": [_problem("referred_on", "date_required")]})
    if isinstance(referred_on, datetime):
        referred_on = referred_on.date()
    if referred_on > today:
        raise ValidationFailed({"referred_on": [_problem("referred_on",
                                                         "referral_date_future")]})
    return referred_on


def as_mapping(incident: IncidentInput) -> Mapping[str, object]:
    """The JSON-ready form of an incident (the command line's INCIDENT.json shape)."""
    return {
        "date": incident.date.isoformat(), "summary": incident.summary,
        "police_involved": incident.police_involved.value,
        "police_reference": incident.police_reference, "injuries": incident.injuries,
        "children_present": None if incident.children_present is None
        else incident.children_present.value,
        "source": incident.source,
    }
