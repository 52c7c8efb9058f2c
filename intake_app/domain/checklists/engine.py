"""Scoring a completed checklist: the count, the band, the caseworker's judgement, the rules.

The score is the number of scored items answered "yes" ("don't know" and "declined" never
count); the band that holds it gives the scored level. Professional judgement is recorded
beside the score, never instead of it: it may raise the level (with a reason), never lower it,
and the recommendations are those of the level it ends at.
Escalation (enough police-reported incidents in the months up to today) and repeat (a new
incident within the months after the case's last MARAC referral) come from the case's incident
log; they add a recommendation and are named in ``rules_fired``, but leave the level alone.

"12 months" is counted in calendar months, both ends included: on 2026-03-15 the escalation
window starts on 2025-03-15; a referral on 2025-01-10 makes incidents up to 2026-01-10 a repeat.
A month end that does not exist is the last day of that month (31 January + 1 month is 28 or
29 February).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Protocol

from intake_app.domain.checklists.answers import MAX_ANSWER_TEXT, Answer, parse_answers
from intake_app.domain.checklists.model import (
    ESCALATION,
    REPEAT,
    YES,
    AllOf,
    AnswerIs,
    AnyOf,
    Condition,
    Definition,
    FactIs,
    Item,
    RuleKind,
)
from intake_app.domain.errors import (
    InvalidInput,
    JudgementLowers,
    JudgementNeedsReason,
    JudgementRefused,
    UnansweredItems,
)
from intake_app.domain.i18n import QT_TRANSLATE_NOOP
from intake_app.domain.risk import RiskLevel
from intake_app.domain.text_rules import unusable_character

#: Case facts the caller gives (intake answers by field key, other checklists' answers as
#: "checklist_id.item_id"): text, numbers, true/false, or lists for multi-choice answers.
Facts = Mapping[str, object]

#: The police answers of an incident that count as police-reported.
POLICE_REPORTED = "yes"


class IncidentLike(Protocol):
    """What the engine reads of an incident: its date and whether police were involved
    (yes / no / unsure, as in the intake)."""

    @property
    def date(self) -> dt.date: ...

    @property
    def police_involved(self) -> str: ...


@dataclass(frozen=True)
class IncidentFact:
    """An incident as plain values, for callers (and tests) without an incident record."""

    date: dt.date
    police_involved: str


@dataclass(frozen=True)
class Judgement:
    """The caseworker's professional judgement: the level she sets and why. ``grounds`` are
    ids of the definition's offered reasons; ``reason`` is her own words. One of them is
    needed."""

    level: RiskLevel
    reason: str = ""
    grounds: tuple[str, ...] = ()


@dataclass(frozen=True)
class Outcome:
    score: int
    #: The band's level; None for a checklist that sets no level.
    scored_level: RiskLevel | None
    #: The level after judgement (the scored level when there is none).
    level: RiskLevel | None
    judgement: Judgement | None
    rules_fired: tuple[str, ...]
    #: Ids of the definition's recommendations, in the order they arose, each once.
    recommendations: tuple[str, ...]


#: Refusal messages, marked for translation so a screen can show them in the worker's language.
_NO_LEVEL = QT_TRANSLATE_NOOP("ChecklistEngine", "this checklist sets no level, so there is no "
                              "level to judge")
_NEEDS_REASON = QT_TRANSLATE_NOOP("ChecklistEngine", "professional judgement needs a reason: "
                                  "choose one of the reasons offered or write one")


def assess(defn: Definition, answers: Mapping[str, object], *, facts: Facts | None = None,
           incidents: Iterable[IncidentLike] = (), marac_referred_on: dt.date | None = None,
           judgement: Judgement | None = None, today: dt.date,
           previous_assessed_on: dt.date | None = None) -> Outcome:
    """The outcome of ``answers`` (as ``parse_answers`` takes them) on ``defn``.
    ``previous_assessed_on``: the day of the case's latest earlier assessment with this
    definition's id, whose incidents the repeat rule has already weighed.

    Raises AnswersInvalid (UnansweredItems when a scored item that was asked has no answer)
    and JudgementRefused (JudgementNeedsReason, JudgementLowers)."""
    facts = facts or {}
    given = parse_answers(defn, answers)
    asked = asked_items(defn, given, facts)
    missing = [item.id for item in asked if item.scored and item.id not in given]
    if missing:
        raise UnansweredItems(missing)
    score = sum(1 for item in asked if item.scored and given[item.id].value == YES)

    fired: list[str] = []
    scored_level = next((band.level for band in defn.bands if band.holds(score)), None)
    level = _judged(defn, scored_level, judgement)
    # The recommendations are those of the level she ends at: judgement that raises the level
    # to high recommends what a high score would.
    recommendations = [name for band in defn.bands if band.level == level
                       for name in band.recommend]
    for guidance in defn.guidance:
        if guidance.holds(score):
            recommendations += guidance.recommend

    asked_ids = {item.id for item in asked}
    for rule in defn.rules:
        values = [given[i].value if i in given else None for i in rule.items if i in asked_ids]
        if rule.kind is RuleKind.MUST_BE_YES:
            fires = any(value != YES for value in values)
        else:
            fires = any(value == YES for value in values)
        if fires:
            fired.append(rule.id)
            recommendations += rule.recommend

    log = [(incident.date, incident.police_involved) for incident in incidents]
    if defn.escalation:
        start = add_months(today, -defn.escalation.months)
        reported = sum(1 for day, police in log
                       if police == POLICE_REPORTED and start <= day <= today)
        if reported >= defn.escalation.police_incidents:
            fired.append(ESCALATION)
            recommendations += defn.escalation.recommend
    if defn.repeat and marac_referred_on is not None:
        # A repeat is an incident in the twelve months after the referral that no earlier
        # assessment has weighed: once assessed, it is history, not a repeat again for ever.
        end = min(add_months(marac_referred_on, defn.repeat.months), today)
        since = max(marac_referred_on, previous_assessed_on or marac_referred_on)
        if any(since < day <= end for day, _police in log):
            fired.append(REPEAT)
            recommendations += defn.repeat.recommend

    return Outcome(score=score, scored_level=scored_level, level=level, judgement=judgement,
                   rules_fired=tuple(fired),
                   recommendations=tuple(dict.fromkeys(recommendations)))


def parse_judgement(level: str, reason: str = "", grounds: Iterable[str] = ()) -> Judgement:
    """A judgement from text (the CLI's ``--judgement LEVEL --reason TEXT``); JudgementRefused
    for a level that is not one of standard, medium, high."""
    if level not in RiskLevel._value2member_map_:
        raise JudgementRefused("the judged level must be one of: "
                               + ", ".join(known.value for known in RiskLevel))
    return Judgement(RiskLevel(level), reason, tuple(grounds))


def _judged(defn: Definition, scored: RiskLevel | None,
            judgement: Judgement | None) -> RiskLevel | None:
    if judgement is None:
        return scored
    if scored is None:
        raise JudgementRefused(_NO_LEVEL)
    if not judgement.reason.strip() and not judgement.grounds:
        raise JudgementNeedsReason(_NEEDS_REASON)
    offered = {ground.id for ground in defn.grounds}
    unknown = [g for g in judgement.grounds if g not in offered]
    if unknown:
        raise JudgementRefused(f"'{unknown[0][:40]}' is not a reason this checklist offers "
                               f"(one of: {', '.join(sorted(offered))})")
    if len(judgement.reason) > MAX_ANSWER_TEXT:
        raise JudgementRefused(f"the reason is longer than {MAX_ANSWER_TEXT} characters")
    if unusable_character(judgement.reason, multiline=True) is not None:
        raise JudgementRefused("the reason holds a control character or half a character "
                               "pair, which cannot be stored")
    if judgement.level.rank < scored.rank:
        raise JudgementLowers(scored.value, judgement.level.value)
    if all(band.level != judgement.level for band in defn.bands):
        raise JudgementRefused(f"this checklist has no {judgement.level.value} band")
    return judgement.level


def asked_items(defn: Definition, answers: Mapping[str, Answer], facts: Facts) -> list[Item]:
    """The items that are asked, in order: those without a condition, and those whose
    condition holds on the answers to items asked before them and on the facts."""
    asked: list[Item] = []
    seen: dict[str, Answer] = {}
    for item in defn.items():
        if item.when is None or holds(item.when, seen, facts):
            asked.append(item)
            if item.id in answers:
                seen[item.id] = answers[item.id]
    return asked


def offered(defn: Definition, facts: Facts) -> bool:
    """Whether the checklist is to be offered for a case with these facts."""
    return defn.offer_when is None or holds(defn.offer_when, {}, facts)


def holds(condition: Condition, answers: Mapping[str, Answer], facts: Facts) -> bool:
    if isinstance(condition, AnyOf):
        return any(holds(c, answers, facts) for c in condition.conditions)
    if isinstance(condition, AllOf):
        return all(holds(c, answers, facts) for c in condition.conditions)
    if isinstance(condition, AnswerIs):
        answer = answers.get(condition.item)
        return answer is not None and answer.value in condition.answers
    return _fact_holds(condition, facts)


def _fact_holds(condition: FactIs, facts: Facts) -> bool:
    if condition.fact not in facts:
        return False
    value = facts[condition.fact]
    if condition.includes is not None:
        if isinstance(value, list | tuple | set | frozenset):
            return condition.includes in value
        return value == condition.includes
    # True == 1 in Python; a fact that is true is not the number 1.
    return isinstance(value, bool) is isinstance(condition.equals, bool) and \
        value == condition.equals


def add_months(day: dt.date, months: int) -> dt.date:
    """``day`` moved by whole calendar months, kept inside the month it lands in."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    following = dt.date(year + (month == 12), month % 12 + 1, 1)
    return dt.date(year, month, min(day.day, (following - dt.timedelta(days=1)).day))


# --- JSON ------------------------------------------------------------------------------------

def outcome_to_dict(outcome: Outcome) -> dict[str, Any]:
    judgement = outcome.judgement
    return {
        "score": outcome.score,
        "scored_level": outcome.scored_level.value if outcome.scored_level else None,
        "level": outcome.level.value if outcome.level else None,
        "judgement": None if judgement is None else {
            "level": judgement.level.value, "reason": judgement.reason,
            "grounds": list(judgement.grounds)},
        "rules_fired": list(outcome.rules_fired),
        "recommendations": list(outcome.recommendations),
    }


def outcome_to_json(outcome: Outcome) -> str:
    return json.dumps(outcome_to_dict(outcome), ensure_ascii=False)


def outcome_from_json(text: str) -> Outcome:
    """The outcome ``outcome_to_json`` wrote; InvalidInput for anything else."""
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):
        raise InvalidInput("a stored outcome is not JSON") from None
    return outcome_from_dict(data)


_OUTCOME_KEYS = {"score", "scored_level", "level", "judgement", "rules_fired",
                 "recommendations"}


def outcome_from_dict(data: object) -> Outcome:
    if not isinstance(data, dict) or set(data) != _OUTCOME_KEYS:
        raise InvalidInput("a stored outcome must hold exactly: " + ", ".join(
            sorted(_OUTCOME_KEYS)))
    score = data["score"]
    if isinstance(score, bool) or not isinstance(score, int) or score < 0:
        raise InvalidInput("a stored outcome's score must be a whole number")
    raw_judgement = data["judgement"]
    judgement = None
    if raw_judgement is not None:
        if not isinstance(raw_judgement, dict) or \
                set(raw_judgement) != {"level", "reason", "grounds"}:
            raise InvalidInput("a stored judgement must hold level, reason and grounds")
        reason = raw_judgement["reason"]
        if not isinstance(reason, str):
            raise InvalidInput("a stored judgement's reason must be text")
        level = _level(raw_judgement["level"], "judgement.level")
        assert level is not None
        judgement = Judgement(level, reason, _names(raw_judgement["grounds"], "grounds"))
    return Outcome(score=score, scored_level=_level(data["scored_level"], "scored_level"),
                   level=_level(data["level"], "level"), judgement=judgement,
                   rules_fired=_names(data["rules_fired"], "rules_fired"),
                   recommendations=_names(data["recommendations"], "recommendations"))


def _level(value: object, key: str) -> RiskLevel | None:
    if value is None and key != "judgement.level":
        return None
    if not isinstance(value, str) or value not in RiskLevel._value2member_map_:
        raise InvalidInput(f"a stored outcome's {key} must be one of: "
                           + ", ".join(level.value for level in RiskLevel))
    return RiskLevel(value)


def _names(value: object, key: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise InvalidInput(f"a stored outcome's {key} must be a list of names")
    return tuple(value)
