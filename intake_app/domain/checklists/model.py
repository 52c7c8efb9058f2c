"""A checklist definition as plain values: what the loader builds and the engine reads.

A definition is one TOML file (see ``resources/checklists/`` and the README's "Checklist
definitions"); once loaded it never changes, and it carries its own source text and that
text's SHA-256, so an assessment can keep the exact definition it was made with.

Every text a person reads is a :class:`~intake_app.domain.i18n.Wording`: the file's source text
plus the translations the file itself carries. :func:`wordings` walks them all, for the
translation extractor (shipped files) and for checks.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from enum import StrEnum

from intake_app.domain.i18n import Wording
from intake_app.domain.risk import RiskLevel


class ItemKind(StrEnum):
    """What an item asks for."""

    YES_NO = "yes_no"      # yes / no / don't know / declined
    CHOICE = "choice"      # one of the item's declared choices
    DATE = "date"          # YYYY-MM-DD
    LANGUAGE = "language"  # a language code such as pl, pt_BR
    TEXT = "text"          # free text


#: The answers of a yes/no item. "dont_know" and "declined" are also accepted for every other
#: kind of item (she may not know a date, or not want to give it).
YES, NO, DONT_KNOW, DECLINED = "yes", "no", "dont_know", "declined"
YES_NO_ANSWERS = (YES, NO, DONT_KNOW, DECLINED)
NOT_GIVEN = (DONT_KNOW, DECLINED)


class RuleKind(StrEnum):
    MUST_BE_YES = "must_be_yes"  # fires when a listed item that was asked is not "yes"
    ANY_YES = "any_yes"          # fires when a listed item was answered "yes"


#: Names of the engine's own rules in ``Outcome.rules_fired``; no declared rule may take them.
ESCALATION = "escalation"
REPEAT = "repeat"
RESERVED_RULE_IDS = frozenset({ESCALATION, REPEAT})


# --- conditions ------------------------------------------------------------------------------

@dataclass(frozen=True)
class AnswerIs:
    """True when an earlier item of the same checklist was answered with one of ``answers``."""

    item: str
    answers: frozenset[str]


@dataclass(frozen=True)
class FactIs:
    """True when the case fact ``fact`` (given by the caller) equals ``equals``, or, for a
    fact that is a list (a multi-choice answer), when it includes ``includes``."""

    fact: str
    equals: str | int | bool | None = None
    includes: str | None = None


Simple = AnswerIs | FactIs


@dataclass(frozen=True)
class AnyOf:
    conditions: tuple[Simple, ...]


@dataclass(frozen=True)
class AllOf:
    conditions: tuple[Simple, ...]


Condition = Simple | AnyOf | AllOf


# --- the parts of a definition ---------------------------------------------------------------

@dataclass(frozen=True)
class Choice:
    id: str
    text: Wording


@dataclass(frozen=True)
class Item:
    id: str
    kind: ItemKind
    text: Wording
    help: Wording | None = None
    scored: bool = False
    choices: tuple[Choice, ...] = ()
    when: Condition | None = None


@dataclass(frozen=True)
class Section:
    id: str
    title: Wording
    items: tuple[Item, ...]


@dataclass(frozen=True)
class Recommendation:
    id: str
    text: Wording


def _holds(low: int, high: int | None, count: int) -> bool:
    return count >= low and (high is None or count <= high)


@dataclass(frozen=True)
class Band:
    """``low`` to ``high`` "yes" answers (inclusive; ``high`` None: no upper end) set ``level``."""

    level: RiskLevel
    low: int
    high: int | None
    recommend: tuple[str, ...] = ()

    def holds(self, count: int) -> bool:
        return _holds(self.low, self.high, count)


@dataclass(frozen=True)
class Guidance:
    """Guidance by count for a checklist that sets no level: ``low`` to ``high`` "yes" answers
    bring these recommendations."""

    low: int
    high: int | None
    recommend: tuple[str, ...] = ()

    def holds(self, count: int) -> bool:
        return _holds(self.low, self.high, count)


@dataclass(frozen=True)
class Rule:
    id: str
    kind: RuleKind
    title: Wording
    items: tuple[str, ...]
    recommend: tuple[str, ...] = ()


@dataclass(frozen=True)
class Escalation:
    """``police_incidents`` or more police-reported incidents in the ``months`` up to today."""

    title: Wording
    police_incidents: int
    months: int
    recommend: tuple[str, ...]


@dataclass(frozen=True)
class Repeat:
    """A new incident within ``months`` after the case's last MARAC referral."""

    title: Wording
    months: int
    recommend: tuple[str, ...]


@dataclass(frozen=True)
class Ground:
    """A reason offered for professional judgement (immigration situation, ...)."""

    id: str
    text: Wording


@dataclass(frozen=True)
class Definition:
    id: str
    version: int
    title: Wording
    sections: tuple[Section, ...]
    description: Wording | None = None
    recommendations: tuple[Recommendation, ...] = ()
    bands: tuple[Band, ...] = ()
    guidance: tuple[Guidance, ...] = ()
    rules: tuple[Rule, ...] = ()
    escalation: Escalation | None = None
    repeat: Repeat | None = None
    grounds: tuple[Ground, ...] = ()
    offer_when: Condition | None = None
    #: Where it was read from (a path, or the name given to ``parse_definition``).
    source_name: str = ""
    #: The file's text (UTF-8, without a byte order mark) and the SHA-256 of its UTF-8 bytes.
    source_text: str = field(default="", repr=False)
    sha256: str = ""

    @property
    def produces_level(self) -> bool:
        return bool(self.bands)

    def items(self) -> tuple[Item, ...]:
        return tuple(item for section in self.sections for item in section.items)

    def item(self, item_id: str) -> Item:
        for item in self.items():
            if item.id == item_id:
                return item
        raise KeyError(item_id)

    def item_ids(self) -> tuple[str, ...]:
        return tuple(item.id for item in self.items())

    def scored_items(self) -> tuple[Item, ...]:
        return tuple(item for item in self.items() if item.scored)

    def recommendation(self, recommendation_id: str) -> Recommendation:
        for recommendation in self.recommendations:
            if recommendation.id == recommendation_id:
                return recommendation
        raise KeyError(recommendation_id)

    def rule_title(self, rule_id: str) -> Wording:
        """The title of a rule named in ``Outcome.rules_fired`` (declared, escalation, repeat)."""
        if rule_id == ESCALATION and self.escalation:
            return self.escalation.title
        if rule_id == REPEAT and self.repeat:
            return self.repeat.title
        for rule in self.rules:
            if rule.id == rule_id:
                return rule.title
        raise KeyError(rule_id)


def context_of(defn: Definition) -> str:
    """The translation context of a definition's texts: ``Checklist:<id>``."""
    return f"Checklist:{defn.id}"


def wordings(defn: Definition) -> Iterator[tuple[str, Wording]]:
    """(translation context, wording) for every visible text of ``defn``, in file order."""
    context = context_of(defn)
    yield context, defn.title
    if defn.description:
        yield context, defn.description
    for section in defn.sections:
        yield context, section.title
        for item in section.items:
            yield context, item.text
            if item.help:
                yield context, item.help
            for choice in item.choices:
                yield context, choice.text
    for recommendation in defn.recommendations:
        yield context, recommendation.text
    for rule in defn.rules:
        yield context, rule.title
    if defn.escalation:
        yield context, defn.escalation.title
    if defn.repeat:
        yield context, defn.repeat.title
    for ground in defn.grounds:
        yield context, ground.text
