"""The safety plan of a case: what she and her caseworker have worked out to keep her (and
the children) safer. Plain records and rules; no SQL (``vault/safety_plan_repo.py``), no Qt.

One plan per case, in declared sections (``SECTIONS``, each a free-text answer) plus two
dates: when it is next to be reviewed and when it was last discussed with her. Every field
declares its sensitivity class, and every one is ``Sensitivity.SAFETY_PLAN``: a plan is kept
whole inside the vault and never leaves it (no consent can be recorded for that class).

The plan is versioned like the intake: every save that changes something is a new version,
kept with the keys it changed and who saved it when; a save that changes nothing records
nothing. ``check_plan`` refuses what cannot be kept (``RecordRefused``, problems per field).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime

from intake_app.domain.case_model import Sensitivity
from intake_app.domain.case_validation import Problem
from intake_app.domain.errors import RecordRefused
from intake_app.domain.i18n import QT_TRANSLATE_NOOP
from intake_app.domain.text_rules import unusable_character

MAX_SECTION_CHARS = 20_000
REVIEW_KEY = "review_on"
DISCUSSED_KEY = "discussed_on"


@dataclass(frozen=True)
class PlanField:
    """One declared part of the plan: its stable key (stored, never renamed), label, help
    and sensitivity class."""

    key: str
    label: str
    help: str = ""
    sensitivity: Sensitivity = Sensitivity.SAFETY_PLAN


_SP = Sensitivity.SAFETY_PLAN

#: The sections, in the order the plan is read.
SECTIONS: tuple[PlanField, ...] = (
    PlanField("safe_places_people",
              QT_TRANSLATE_NOOP("SafetyPlan", "Safe places and safe people"),
              QT_TRANSLATE_NOOP("SafetyPlan", "Where she can go at short notice, and who she "
                                "can trust to help; who must not be told."), _SP),
    PlanField("calling_for_help",
              QT_TRANSLATE_NOOP("SafetyPlan", "Calling for help, and what to say"),
              QT_TRANSLATE_NOOP("SafetyPlan", "Which numbers to call, the silent-call option, "
                                "and the words to use when she cannot speak freely."), _SP),
    PlanField("bag_ready",
              QT_TRANSLATE_NOOP("SafetyPlan", "A bag ready to leave"),
              QT_TRANSLATE_NOOP("SafetyPlan", "What is in it (documents or copies, medicine, "
                                "money, keys, chargers) and where it is kept."), _SP),
    PlanField("children",
              QT_TRANSLATE_NOOP("SafetyPlan", "The children's plan"),
              QT_TRANSLATE_NOOP("SafetyPlan", "What the children know to do, who collects them "
                                "from school, and who the school may release them to."), _SP),
    PlanField("tech_location",
              QT_TRANSLATE_NOOP("SafetyPlan", "Phone location sharing"),
              QT_TRANSLATE_NOOP("SafetyPlan", "Location sharing and family-finder settings "
                                "checked on her phone and the children's."), _SP),
    PlanField("tech_accounts",
              QT_TRANSLATE_NOOP("SafetyPlan", "Shared accounts"),
              QT_TRANSLATE_NOOP("SafetyPlan", "Email, cloud, banking and shopping accounts he "
                                "knows the password of or can see."), _SP),
    PlanField("tech_trackers",
              QT_TRANSLATE_NOOP("SafetyPlan", "Trackers"),
              QT_TRANSLATE_NOOP("SafetyPlan", "Tracking tags, car trackers, smart-home devices "
                                "and apps that may report where she is."), _SP),
    PlanField("journey",
              QT_TRANSLATE_NOOP("SafetyPlan", "The journey to work or school"),
              QT_TRANSLATE_NOOP("SafetyPlan", "Routes and times to vary, and who knows when "
                                "she should arrive."), _SP),
    PlanField("at_the_door",
              QT_TRANSLATE_NOOP("SafetyPlan", "If he comes to the door"),
              QT_TRANSLATE_NOOP("SafetyPlan", "Whether to open it, which room to go to, who "
                                "to call, and any court order to mention."), _SP),
    PlanField("notes",
              QT_TRANSLATE_NOOP("SafetyPlan", "Other notes"),
              QT_TRANSLATE_NOOP("SafetyPlan", "Anything else agreed with her."), _SP),
)

#: The two dates, declared like the sections.
DATES: tuple[PlanField, ...] = (
    PlanField(REVIEW_KEY, QT_TRANSLATE_NOOP("SafetyPlan", "Review the plan on"), "", _SP),
    PlanField(DISCUSSED_KEY, QT_TRANSLATE_NOOP("SafetyPlan", "Last discussed with her on"), "",
              _SP),
)

SECTION_KEYS: tuple[str, ...] = tuple(f.key for f in SECTIONS)
BY_KEY: dict[str, PlanField] = {f.key: f for f in (*SECTIONS, *DATES)}


@dataclass(frozen=True)
class SafetyPlanInput:
    """A plan as written: section key -> text (sections left out or blank are empty), and
    the two dates (None: not set)."""

    sections: Mapping[str, str] = field(default_factory=dict)
    review_on: date | None = None
    discussed_on: date | None = None

    def text(self, key: str) -> str:
        return self.sections.get(key, "")


@dataclass(frozen=True)
class SafetyPlanVersion:
    """One saved version: version 1 is the plan as first written."""

    version: int
    plan: SafetyPlanInput
    changed: tuple[str, ...]
    saved_at: str
    saved_by: str


@dataclass(frozen=True)
class SafetyPlan:
    """The plan as it reads now."""

    case_reference: str
    version: int
    plan: SafetyPlanInput
    created_at: str
    created_by: str
    updated_at: str
    updated_by: str

    def review_due(self, today: date) -> bool:
        """Whether the review date has come (False while none is set)."""
        return self.plan.review_on is not None and self.plan.review_on <= today


_MESSAGES = {
    "unknown_section": QT_TRANSLATE_NOOP("SafetyPlan", "This is not a part of the plan."),
    "text_required": QT_TRANSLATE_NOOP("SafetyPlan", "This must be text."),
    "too_long": QT_TRANSLATE_NOOP("SafetyPlan", "This is too long to keep here."),
    "bad_characters": QT_TRANSLATE_NOOP(
        "SafetyPlan", "This holds a character that cannot be stored (a control character or "
        "half of a character pair); retype it."),
    "date_invalid": QT_TRANSLATE_NOOP("SafetyPlan", "This must be a date."),
    "discussed_future": QT_TRANSLATE_NOOP(
        "SafetyPlan", "The plan cannot have been discussed with her on a day still to come."),
    "review_before_discussed": QT_TRANSLATE_NOOP(
        "SafetyPlan", "The review cannot come before the plan was last discussed with her."),
}


def _day(value: object) -> date | None:
    return value.date() if isinstance(value, datetime) else value  # type: ignore[return-value]


def plan_problems(plan: object, *, today: date) -> dict[str, list[Problem]]:
    """Every problem with ``plan`` (a ``SafetyPlanInput`` or anything passed as one), per
    field; empty when it can be kept."""
    problems: dict[str, list[Problem]] = {}

    def add(key: str, code: str) -> None:
        problems.setdefault(key, []).append(Problem(key, code, _MESSAGES[code]))

    sections = getattr(plan, "sections", None)
    if not isinstance(sections, Mapping):
        add("sections", "text_required")
    else:
        for key, text in sections.items():
            if key not in SECTION_KEYS:
                add(str(key)[:60], "unknown_section")
            elif not isinstance(text, str):
                add(key, "text_required")
            elif len(text) > MAX_SECTION_CHARS:
                add(key, "too_long")
            elif unusable_character(text, multiline=True) is not None:
                add(key, "bad_characters")
    dates: dict[str, date | None] = {}
    for key in (REVIEW_KEY, DISCUSSED_KEY):
        value = getattr(plan, key, None)
        if value is not None and not isinstance(value, date):
            add(key, "date_invalid")
            value = None
        dates[key] = _day(value)
    discussed, review = dates[DISCUSSED_KEY], dates[REVIEW_KEY]
    if discussed is not None and discussed > today:
        add(DISCUSSED_KEY, "discussed_future")
    if discussed is not None and review is not None and review < discussed:
        add(REVIEW_KEY, "review_before_discussed")
    return problems


def check_plan(plan: SafetyPlanInput, *, today: date) -> SafetyPlanInput:
    """``plan`` as it is kept: sections in declared order, blank ones left out, line ends
    trailing spaces removed; or RecordRefused naming each field's problem."""
    problems = plan_problems(plan, today=today)
    if problems:
        raise RecordRefused(problems)
    kept = {key: plan.sections[key].rstrip() for key in SECTION_KEYS
            if plan.sections.get(key, "").strip()}
    return SafetyPlanInput(kept, _day(plan.review_on), _day(plan.discussed_on))


def changed_keys(before: SafetyPlanInput | None, after: SafetyPlanInput) -> tuple[str, ...]:
    """The keys (sections, then the dates) whose value differs, in declared order."""
    old = before or SafetyPlanInput()
    keys = [k for k in SECTION_KEYS if old.text(k) != after.text(k)]
    if old.review_on != after.review_on:
        keys.append(REVIEW_KEY)
    if old.discussed_on != after.discussed_on:
        keys.append(DISCUSSED_KEY)
    return tuple(keys)


def value_of(plan: SafetyPlanInput, key: str) -> object:
    if key == REVIEW_KEY:
        return plan.review_on
    if key == DISCUSSED_KEY:
        return plan.discussed_on
    return plan.text(key)


def with_changes(base: SafetyPlanInput, source: SafetyPlanInput,
                 keys: tuple[str, ...]) -> SafetyPlanInput:
    """``base`` with the values of ``keys`` taken from ``source`` (a save on top of another
    person's save of other parts)."""
    sections = dict(base.sections)
    for key in keys:
        if key in SECTION_KEYS:
            if source.text(key):
                sections[key] = source.text(key)
            else:
                sections.pop(key, None)
    return SafetyPlanInput(
        {k: sections[k] for k in SECTION_KEYS if k in sections},
        source.review_on if REVIEW_KEY in keys else base.review_on,
        source.discussed_on if DISCUSSED_KEY in keys else base.discussed_on)


def as_mapping(plan: SafetyPlanInput) -> dict[str, object]:
    """The JSON form the vault stores (sections by key; dates as YYYY-MM-DD or null)."""
    return {"sections": dict(plan.sections),
            REVIEW_KEY: plan.review_on.isoformat() if plan.review_on else None,
            DISCUSSED_KEY: plan.discussed_on.isoformat() if plan.discussed_on else None}
