"""The directory's rules for changes: a supervisor's edit of a kind, a named agency added or
edited, a newer app's shipped kind offered as an update.

The one rule above the others: **the immigration flag is only ever raised**. A kind's edit may
not set it lower than the kind has now (which is never lower than the shipped kind's); a named
agency's may not be lower than its kind's, nor than its own was; accepting a shipped update
that says a kind may not pass data on keeps the vault's "may" (``PendingUpdate.flag_kept``).
A lowered flag is ``ImmigrationFlagLowered``; anything else that cannot be stored is
``InvalidInput`` naming each place (``facts[1].last_reviewed: ...``). Nothing is changed then.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date

from intake_app.domain.agencies.model import (
    GENERALISATIONS,
    NEVER_BY_DEFAULT,
    Agency,
    Directory,
    Fact,
    Kind,
)
from intake_app.domain.agencies.schema import MAX_FACTS, MAX_TEXT
from intake_app.domain.case_model import Sensitivity
from intake_app.domain.definition_files import BAD_TEXT, ID_PATTERN
from intake_app.domain.errors import ImmigrationFlagLowered, InvalidInput
from intake_app.domain.i18n import Wording

MAX_NAME = 200
_ID = re.compile(ID_PATTERN)


@dataclass(frozen=True)
class FactInput:
    """A fact as a supervisor writes it; ``id`` keeps an existing fact's identity (and, when
    its text is unchanged, the translations it has)."""

    text: str
    last_reviewed: date
    id: str = ""


@dataclass(frozen=True)
class KindEdit:
    """A kind as a supervisor leaves it: every editable part, in full."""

    receives: tuple[str, ...]
    generalises: tuple[str, ...]
    may_pass_to_immigration_enforcement: bool
    facts: tuple[FactInput, ...]


@dataclass(frozen=True)
class AgencyInput:
    kind: str
    name: str
    may_pass_to_immigration_enforcement: bool
    facts: tuple[FactInput, ...] = ()
    #: Empty: made from the name (``agency_id_from``); an edit keeps the agency's id.
    id: str = ""


# --- kinds -----------------------------------------------------------------------------------

def edited_kind(current: Kind, edit: KindEdit, *, shipped: Kind | None, today: date) -> Kind:
    """``current`` as ``edit`` leaves it, as the next version. ``shipped``: the kind as the
    app ships it (its flag is a floor too)."""
    floor = current.may_pass_to_immigration_enforcement or bool(
        shipped and shipped.may_pass_to_immigration_enforcement)
    if floor and not edit.may_pass_to_immigration_enforcement:
        raise ImmigrationFlagLowered(
            f"{current.id}: this kind may pass data to immigration enforcement, and that "
            "cannot be changed to 'may not': the flag is only ever raised")
    problems: list[str] = []
    receives = _classes(edit.receives, problems)
    generalises = _generalisations(edit.generalises, problems)
    facts = _facts(edit.facts, current.facts, today, problems, required=True)
    if problems:
        raise InvalidInput("; ".join(problems))
    return replace(current, receives=receives, generalises=generalises,
                   may_pass_to_immigration_enforcement=edit.may_pass_to_immigration_enforcement,
                   facts=facts, version=current.version + 1)


def _classes(names: Iterable[str], problems: list[str]) -> tuple[Sensitivity, ...]:
    found: list[Sensitivity] = []
    for n, name in enumerate(names):
        where = f"receives[{n}]"
        if name not in Sensitivity._value2member_map_:
            problems.append(f"{where}: not a sensitivity class (one of: "
                            + ", ".join(s.value for s in Sensitivity) + ")")
        elif Sensitivity(name) in NEVER_BY_DEFAULT:
            problems.append(f"{where}: '{name}' data is never sent by default: it goes only to "
                            "a named recipient she has agreed may have it")
        elif Sensitivity(name) in found:
            problems.append(f"{where}: '{name}' is listed twice")
        else:
            found.append(Sensitivity(name))
    return tuple(found)


def _generalisations(names: Iterable[str], problems: list[str]) -> tuple[str, ...]:
    found: list[str] = []
    for n, name in enumerate(names):
        where = f"generalises[{n}]"
        if name not in GENERALISATIONS:
            problems.append(f"{where}: not a generalisation (one of: "
                            + ", ".join(sorted(GENERALISATIONS)) + ")")
        elif name in found:
            problems.append(f"{where}: '{name}' is listed twice")
        else:
            found.append(name)
    return tuple(found)


def _text_problem(text: str, limit: int) -> str | None:
    if not text:
        return "must not be empty"
    if len(text) > limit:
        return f"is longer than {limit} characters"
    bad = BAD_TEXT.search(text)
    if bad or any(0xD800 <= ord(ch) <= 0xDFFF for ch in text):
        code = f"U+{ord(bad.group()):04X}" if bad else "half of a character pair"
        return f"holds {code}, which cannot be shown as written"
    return None


def _facts(inputs: Sequence[FactInput], earlier: Sequence[Fact], today: date,
           problems: list[str], *, required: bool, where: str = "facts") -> tuple[Fact, ...]:
    if required and not inputs:
        problems.append(f"{where}: at least one fact is needed: say where her data may go")
    if len(inputs) > MAX_FACTS:
        problems.append(f"{where}: more than {MAX_FACTS} facts")
        return ()
    before = {fact.id: fact for fact in earlier}
    taken = {f.id for f in inputs if f.id}
    out: list[Fact] = []
    counter = 0
    for n, fact in enumerate(inputs):
        at = f"{where}[{n}]"
        text = fact.text.strip()
        problem = _text_problem(text, MAX_TEXT)
        if problem:
            problems.append(f"{at}.text: {problem}")
        if not isinstance(fact.last_reviewed, date):
            problems.append(f"{at}.last_reviewed: must be a date")
        elif fact.last_reviewed > today:
            problems.append(f"{at}.last_reviewed: {fact.last_reviewed.isoformat()} is after "
                            "today")
        fact_id = fact.id
        if fact_id:
            if not _ID.match(fact_id):
                problems.append(f"{at}.id: must be 1 to 64 characters from a-z, 0-9 and _")
        else:
            counter += 1
            while f"fact_{counter}" in taken or f"fact_{counter}" in before:
                counter += 1
            fact_id = f"fact_{counter}"
            taken.add(fact_id)
        old = before.get(fact_id)
        inline = dict(old.text.inline) if old is not None and old.text.source == text else {}
        out.append(Fact(fact_id, Wording(text, inline), fact.last_reviewed))
    seen: set[str] = set()
    for n, fact_out in enumerate(out):
        if fact_out.id in seen and inputs[n].id:
            problems.append(f"{where}[{n}].id: '{fact_out.id}' is listed twice")
        seen.add(fact_out.id)
    return tuple(out)


# --- named agencies --------------------------------------------------------------------------

def agency_id_from(name: str, taken: Iterable[str]) -> str:
    """An id for a new named agency: its name in a-z, 0-9 and _ (letters with accents lose
    them; a name in another script gives "agency"), numbered when already taken."""
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    base = re.sub(r"[^a-z0-9]+", "_", plain).strip("_")[:56] or "agency"
    used = set(taken)
    candidate, n = base, 1
    while candidate in used:
        n += 1
        candidate = f"{base}_{n}"
    return candidate


def _agency_parts(directory: Directory, given: AgencyInput, earlier: Sequence[Fact],
                  today: date) -> tuple[str, tuple[Fact, ...], bool]:
    kind = directory.kind(given.kind)  # NotFound for an unknown kind
    problems: list[str] = []
    name = unicodedata.normalize("NFC", given.name.strip())
    problem = _text_problem(name, MAX_NAME)
    if problem is None and "\n" in name:
        problem = "must be on one line"
    if problem:
        problems.append(f"name: {problem}")
    facts = _facts(given.facts, earlier, today, problems, required=False)
    if problems:
        raise InvalidInput("; ".join(problems))
    return name, facts, kind.may_pass_to_immigration_enforcement


def new_agency(directory: Directory, given: AgencyInput, *, today: date) -> Agency:
    """A named agency to add to ``directory``; its flag may not be lower than its kind's."""
    name, facts, kind_flag = _agency_parts(directory, given, (), today)
    if kind_flag and not given.may_pass_to_immigration_enforcement:
        raise ImmigrationFlagLowered(
            f"{given.kind}: this kind may pass data to immigration enforcement, so a named "
            "agency of it may too")
    taken = [a.id for a in directory.agencies]
    if given.id:
        if not _ID.match(given.id):
            raise InvalidInput("id: must be 1 to 64 characters from a-z, 0-9 and _")
        if given.id in taken:
            raise InvalidInput(f"id: '{given.id}' is already a named agency")
        agency_id = given.id
    else:
        agency_id = agency_id_from(name, taken)
    return Agency(agency_id, given.kind, name, given.may_pass_to_immigration_enforcement,
                  facts, version=1)


def edited_agency(directory: Directory, current: Agency, given: AgencyInput, *,
                  today: date) -> Agency:
    """``current`` as ``given`` leaves it (its id stays), as the next version; its flag may
    not be lower than its (new) kind's, nor than it was."""
    if given.id and given.id != current.id:
        raise InvalidInput("id: a named agency keeps its id")
    name, facts, kind_flag = _agency_parts(directory, given, current.facts, today)
    if (kind_flag or current.may_pass_to_immigration_enforcement) and \
            not given.may_pass_to_immigration_enforcement:
        raise ImmigrationFlagLowered(
            f"{current.id}: this agency may pass data to immigration enforcement, and that "
            "cannot be changed to 'may not': the flag is only ever raised")
    return Agency(current.id, given.kind, name, given.may_pass_to_immigration_enforcement,
                  facts, version=current.version + 1)


def raised_agencies(directory: Directory, kind: Kind) -> tuple[Agency, ...]:
    """The named agencies of ``kind`` whose own flag must rise with the kind's (each as its
    next version), when the kind now may pass data to immigration enforcement."""
    if not kind.may_pass_to_immigration_enforcement:
        return ()
    return tuple(replace(a, may_pass_to_immigration_enforcement=True, version=a.version + 1)
                 for a in directory.agencies_of(kind.id)
                 if not a.may_pass_to_immigration_enforcement)


# --- shipped updates -------------------------------------------------------------------------

@dataclass(frozen=True)
class PendingUpdate:
    """A shipped kind the vault has not yet accepted or kept: ``current`` is the vault's kind
    (None for a kind new in this version of the app), ``shipped`` the file's."""

    shipped: Kind
    current: Kind | None

    @property
    def kind_id(self) -> str:
        return self.shipped.id

    @property
    def flag_kept(self) -> bool:
        """Whether accepting keeps the vault's "may pass data on" over the file's "may not"."""
        return bool(self.current and self.current.may_pass_to_immigration_enforcement
                    and not self.shipped.may_pass_to_immigration_enforcement)

    def accepted(self) -> Kind:
        """The kind as the vault holds it once the update is accepted: the shipped kind, its
        flag never lower than the vault's, as the vault's next version."""
        flag = self.shipped.may_pass_to_immigration_enforcement or bool(
            self.current and self.current.may_pass_to_immigration_enforcement)
        return replace(self.shipped, may_pass_to_immigration_enforcement=flag,
                       version=self.current.version + 1 if self.current else 1)


def pending_updates(shipped: Iterable[Kind], directory: Directory,
                    accepted: Mapping[str, str]) -> tuple[PendingUpdate, ...]:
    """The shipped kinds whose file's SHA-256 differs from the one the vault last accepted
    or kept (``accepted``: kind id -> SHA-256), and kinds the vault does not have."""
    have = {kind.id: kind for kind in directory.kinds}
    return tuple(PendingUpdate(kind, have.get(kind.id)) for kind in shipped
                 if accepted.get(kind.id) != kind.sha256)
