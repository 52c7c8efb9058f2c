"""The agency directory as plain values: kinds of recipient, named agencies, and what a
referral's recipient may receive and may do with it.

A **kind** (police, MARAC, a refuge, ...) says which sensitivity classes it receives by
default, which fields it generalises before they leave (the rules in :data:`GENERALISATIONS`,
applied by the redaction step), whether it **may pass data to immigration enforcement**, and
the facts behind that in plain words, each with the day it was last reviewed. A **named
agency** (a particular refuge) belongs to one kind and takes its classes and generalisations;
its own immigration flag can only add to its kind's, and its own facts come after the kind's.

A recipient is named by a string: ``kind:<kind id>`` (the kind, which covers its named
agencies) or ``agency:<agency id>``; :func:`recipient_of` turns one into a :class:`Recipient`.

Visible texts are :class:`~intake_app.domain.i18n.Wording` (the file's text and the
translations it carries); their translation context is ``Agency:<kind id>``
(:func:`context_of`), and :func:`wordings` walks them for the translation extractor.
A named agency's name is a proper name, shown as typed.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date

from intake_app.domain.case_model import Sensitivity
from intake_app.domain.errors import NotFound
from intake_app.domain.i18n import QT_TRANSLATE_NOOP, Wording

#: The kinds the app ships, in the order the directory lists them.
SHIPPED_KIND_IDS = (
    "police", "marac", "idva_service", "refuge", "local_authority_housing",
    "childrens_social_care", "adult_social_care", "gp", "hospital",
    "regulated_immigration_adviser", "legal_aid_solicitor", "other_specialist_service",
)

#: Prefixes of a recipient reference.
KIND_PREFIX, AGENCY_PREFIX = "kind:", "agency:"


@dataclass(frozen=True)
class Generalisation:
    """A rule the redaction step applies for a kind that declares it: ``fields`` (case field
    keys and sub-field paths) leave only in the general form ``text`` describes."""

    id: str
    fields: tuple[str, ...]
    text: str  # marked for translation under the context "Agency"


#: Every generalisation rule a kind may declare, by id.
GENERALISATIONS: dict[str, Generalisation] = {g.id: g for g in (
    Generalisation(
        "date_of_birth_to_age", ("survivor.date_of_birth", "abuser.people.date_of_birth"),
        QT_TRANSLATE_NOOP("Agency", "Dates of birth are sent as an age in years")),
    Generalisation(
        "address_to_postcode_district", ("address.current", "address.postcode"),
        QT_TRANSLATE_NOOP("Agency", "Her address is sent only as the postcode district (the "
                                    "first half of the postcode)")),
    Generalisation(
        "phone_only_if_safe_to_call", ("contact.phones",),
        QT_TRANSLATE_NOOP("Agency", "A phone number is sent only when it is marked safe to "
                                    "call")),
)}

#: Classes no kind receives by default: immigration data goes only to a named recipient she
#: has agreed may have it (DESIGN.md, "Redaction").
NEVER_BY_DEFAULT = frozenset({Sensitivity.IMMIGRATION})


@dataclass(frozen=True)
class Fact:
    """One fact about where a recipient's data may go, in plain words."""

    id: str
    text: Wording
    last_reviewed: date


@dataclass(frozen=True)
class Kind:
    id: str
    name: Wording
    receives: tuple[Sensitivity, ...]
    generalises: tuple[str, ...]
    may_pass_to_immigration_enforcement: bool
    facts: tuple[Fact, ...]
    description: Wording | None = None
    #: The vault's version of this kind (1 for a file as shipped).
    version: int = 1
    #: Where it was read from, the file's text (UTF-8, no byte order mark) and its SHA-256.
    source_name: str = ""
    source_text: str = field(default="", repr=False)
    sha256: str = ""

    @property
    def ref(self) -> str:
        return KIND_PREFIX + self.id


@dataclass(frozen=True)
class Agency:
    """A named agency of a kind. ``may_pass_to_immigration_enforcement`` is its own flag,
    never lower than its kind's (the directory's rules, ``edits.py``, refuse that)."""

    id: str
    kind: str
    name: str
    may_pass_to_immigration_enforcement: bool
    facts: tuple[Fact, ...] = ()
    version: int = 1

    @property
    def ref(self) -> str:
        return AGENCY_PREFIX + self.id


@dataclass(frozen=True)
class Recipient:
    """Who would receive a referral: a kind, or a named agency with its kind."""

    ref: str
    kind: Kind
    agency: Agency | None
    #: True when the kind or the named agency may pass data to immigration enforcement.
    may_pass_to_immigration_enforcement: bool
    #: The kind's facts, then the named agency's own.
    facts: tuple[Fact, ...]

    @property
    def receives(self) -> tuple[Sensitivity, ...]:
        return self.kind.receives

    @property
    def generalises(self) -> tuple[str, ...]:
        return self.kind.generalises


@dataclass(frozen=True)
class Directory:
    kinds: tuple[Kind, ...]
    agencies: tuple[Agency, ...] = ()

    def kind(self, kind_id: str) -> Kind:
        for kind in self.kinds:
            if kind.id == kind_id:
                return kind
        raise NotFound(f"no kind of recipient '{kind_id}' in the directory")

    def agency(self, agency_id: str) -> Agency:
        for agency in self.agencies:
            if agency.id == agency_id:
                return agency
        raise NotFound(f"no named agency '{agency_id}' in the directory")

    def kind_of(self, agency_id: str) -> Kind:
        """The kind the named agency belongs to."""
        return self.kind(self.agency(agency_id).kind)

    def agencies_of(self, kind_id: str) -> tuple[Agency, ...]:
        return tuple(a for a in self.agencies if a.kind == kind_id)


def recipient_of(directory: Directory, ref: str) -> Recipient:
    """The recipient ``ref`` names (``kind:<id>`` or ``agency:<id>``); NotFound for a ref
    that names nothing in ``directory`` (or is not written in either form)."""
    if ref.startswith(KIND_PREFIX):
        kind = directory.kind(ref[len(KIND_PREFIX):])
        return Recipient(ref, kind, None, kind.may_pass_to_immigration_enforcement, kind.facts)
    if ref.startswith(AGENCY_PREFIX):
        agency = directory.agency(ref[len(AGENCY_PREFIX):])
        kind = directory.kind(agency.kind)
        return Recipient(ref, kind, agency,
                         kind.may_pass_to_immigration_enforcement
                         or agency.may_pass_to_immigration_enforcement,
                         kind.facts + agency.facts)
    raise NotFound("a recipient is written kind:<kind id> or agency:<agency id>")


def context_of(kind: Kind | str) -> str:
    """The translation context of a kind's texts: ``Agency:<kind id>``."""
    return f"Agency:{kind if isinstance(kind, str) else kind.id}"


def wordings(directory: Directory) -> Iterator[tuple[str, Wording]]:
    """(translation context, wording) for every visible text of the directory's kinds, in
    order (named agencies' names and facts are the organisation's own words)."""
    for kind in directory.kinds:
        context = context_of(kind)
        yield context, kind.name
        if kind.description:
            yield context, kind.description
        for fact in kind.facts:
            yield context, fact.text
