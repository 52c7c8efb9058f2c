"""The case record: every intake field, declared once.

Each ``Field`` names its stable key (stored in the vault and in history, so never renamed), a
label, the wizard section, its **sensitivity class** (what redaction and consent reason about),
its kind, its choices and whether intake needs it. List fields (phone numbers, children,
abusers) declare their sub-fields the same way.

Every sub-field has a sensitivity class of its own, so a child's school or an abuser's address
can be withheld or consented to apart from the rest of the record. A sub-field declared without
one takes its list's. Where a sub-field belongs to two classes it takes the stricter, and
location is the strictest: whereabouts are what an abuser looks for, and what a careless
disclosure gives away. The reviewed choices that differ from the list's class:

=====================================  ========  ========================================
Sub-field                              Class     Why not the list's class
=====================================  ========  ========================================
``household.children.school``          location  where a child can be found every weekday
``household.children.lives_with_her``  location  says the child is at her address
``abuser.people.address``              location  often her own or a shared address
``abuser.people.lives_with_her``       location  says the abuser is at her address
=====================================  ========  ========================================

Every other sub-field keeps its list's class: a phone's number, whose it is, what is safe on it
and its notes are contact; a child's name, age, relationship and notes are children; an
abuser's names, relationship, date of birth, weapons and notes are abuser.
``sensitivity_of("household.children.school")`` gives the class of any field or sub-field path.

Labels and help texts are English source strings; the UI passes them through its translator.
Keys, choice keys and sensitivity classes are stable identifiers and are never shown.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from enum import StrEnum


class Section(StrEnum):
    """Wizard pages, in order."""

    REFERRAL = "referral"
    IDENTITY = "identity"
    CONTACT = "contact"
    ADDRESS = "address"
    IMMIGRATION = "immigration"
    HOUSEHOLD = "household"
    ABUSER = "abuser"
    ABUSE = "abuse"
    HEALTH = "health"
    NEEDS = "needs"
    CONSENT = "consent"
    NOTES = "notes"


class Sensitivity(StrEnum):
    """What kind of personal data a field holds. Redaction and consent work per class."""

    IDENTITY = "identity"
    CONTACT = "contact"
    LOCATION = "location"
    IMMIGRATION = "immigration"
    CHILDREN = "children"
    HEALTH = "health"
    ABUSER = "abuser"
    NARRATIVE = "narrative"
    REFERRAL = "referral"
    CONSENT = "consent"
    #: The safety plan (``domain/safety_plan.py``): a record beside the intake answers, not
    #: an intake field. It never leaves the vault, so no consent can be recorded for it.
    SAFETY_PLAN = "safety_plan"


#: Classes of records kept beside the intake answers, which no intake field declares.
BESIDE_THE_INTAKE: frozenset[Sensitivity] = frozenset({Sensitivity.SAFETY_PLAN})


class Kind(StrEnum):
    TEXT = "text"
    MULTILINE = "multiline"
    DATE = "date"
    CHOICE = "choice"
    MULTICHOICE = "multichoice"
    TRISTATE = "tristate"  # yes / no / not sure (see answers.Tri)
    PHONES = "phones"  # list of phone-number records
    CHILDREN = "children"  # list of child records
    ABUSERS = "abusers"  # list of abuser records

    @property
    def is_list(self) -> bool:
        return self in _LIST_KINDS


_LIST_KINDS = frozenset({Kind.PHONES, Kind.CHILDREN, Kind.ABUSERS})


@dataclass(frozen=True)
class Choice:
    key: str
    label: str
    #: A class of its own, for a choice that tells more than its field's class ("Threats
    #: about immigration status" says her status is in question): redaction leaves it out
    #: wherever that class is not shared. None: the field's class.
    sensitivity: Sensitivity | None = None


@dataclass(frozen=True)
class SubField:
    """One column of a list field's records."""

    key: str
    label: str
    kind: Kind
    choices: tuple[Choice, ...] = ()
    required: bool = False
    help: str = ""
    #: Its own class; left out of a declaration it is its list's (``Field`` fills it in).
    sensitivity: Sensitivity | None = None


@dataclass(frozen=True)
class Field:
    key: str
    label: str
    section: Section
    sensitivity: Sensitivity
    kind: Kind
    choices: tuple[Choice, ...] = ()
    required: bool = False
    help: str = ""
    subfields: tuple[SubField, ...] = field(default=())

    def __post_init__(self) -> None:
        # A sub-field declared without a class takes its list's, so every sub-field of a
        # declared field has one and nothing downstream needs to know about the default.
        resolved = tuple(sub if sub.sensitivity is not None
                         else replace(sub, sensitivity=self.sensitivity)
                         for sub in self.subfields)
        object.__setattr__(self, "subfields", resolved)

    def choice_keys(self) -> frozenset[str]:
        return frozenset(c.key for c in self.choices)

    def subfield(self, key: str) -> SubField:
        for sub in self.subfields:
            if sub.key == key:
                return sub
        raise KeyError(key)


def _choices(*pairs: tuple[str, str] | Choice) -> tuple[Choice, ...]:
    return tuple(p if isinstance(p, Choice) else Choice(*p) for p in pairs)


_K, _S, _C = Kind, Section, Sensitivity

PHONE_SUBFIELDS: tuple[SubField, ...] = (
    SubField("number", "Number", _K.TEXT, required=True),
    SubField("whose", "Whose phone", _K.TEXT,
             help="For example her own mobile, a friend's landline, a work phone."),
    SubField("safe_to_call", "Safe to call", _K.TRISTATE),
    SubField("safe_to_text", "Safe to send a text message", _K.TRISTATE),
    SubField("safe_to_leave_voicemail", "Safe to leave a voicemail", _K.TRISTATE),
    SubField("notes", "Notes on this number", _K.TEXT),
)

CHILD_RELATIONSHIPS = _choices(
    ("hers_and_abusers", "Her child and the abuser's"),
    ("hers", "Her child (not the abuser's)"),
    ("abusers", "The abuser's child (not hers)"),
    ("other", "Another relationship"),
)

CHILD_SUBFIELDS: tuple[SubField, ...] = (
    SubField("name", "Name", _K.TEXT),
    SubField("age", "Age in years", _K.TEXT, help="A whole number; 0 for a baby under one."),
    SubField("relationship", "Relationship", _K.CHOICE, CHILD_RELATIONSHIPS),
    # Where the child lives is where she lives: location, the stricter of the two.
    SubField("lives_with_her", "Lives with her", _K.TRISTATE, sensitivity=_C.LOCATION),
    # Children and location; location is stricter: the school gate is where a child (and
    # often she) can be found every weekday.
    SubField("school", "School, nursery or childcare", _K.TEXT, sensitivity=_C.LOCATION),
    SubField("notes", "Notes", _K.TEXT),
)

ABUSER_RELATIONSHIPS = _choices(
    ("husband_wife", "Husband or wife"),
    ("partner", "Partner"),
    ("ex_partner", "Former partner"),
    ("family", "Her own family member"),
    ("in_law", "Partner's family member"),
    ("other", "Another relationship"),
)

ABUSER_SUBFIELDS: tuple[SubField, ...] = (
    SubField("name", "Name", _K.TEXT),
    SubField("aliases", "Other names", _K.TEXT),
    SubField("relationship", "Relationship to her", _K.CHOICE, ABUSER_RELATIONSHIPS),
    # Says whether the abuser is at her address (as address.type does): location.
    SubField("lives_with_her", "Lives with her", _K.TRISTATE, sensitivity=_C.LOCATION),
    SubField("date_of_birth", "Date of birth", _K.DATE),
    # Abuser and location; location is stricter: it is often her own or a shared address.
    SubField("address", "Address or area", _K.TEXT, sensitivity=_C.LOCATION),
    SubField("access_to_weapons", "Has access to weapons", _K.TRISTATE),
    SubField("notes", "Notes", _K.TEXT),
)

YES_NO_CONSENT = _choices(("given", "Given"), ("refused", "Refused"))

FIELDS: tuple[Field, ...] = (
    # --- referral -------------------------------------------------------------------------
    Field("referral.source", "Referred by", _S.REFERRAL, _C.REFERRAL, _K.CHOICE, _choices(
        ("self", "Herself"), ("police", "Police"), ("health", "Health service"),
        ("social_care", "Social care"), ("housing", "Housing"), ("education", "School or college"),
        ("voluntary", "Voluntary or community organisation"), ("friend_family", "Friend or family"),
        ("other", "Other")), required=True),
    Field("referral.referrer", "Referrer's name and organisation", _S.REFERRAL, _C.REFERRAL,
          _K.TEXT),
    Field("referral.date", "Date of referral", _S.REFERRAL, _C.REFERRAL, _K.DATE),
    Field("referral.reason", "Reason for referral", _S.REFERRAL, _C.NARRATIVE, _K.MULTILINE),
    # --- identity -------------------------------------------------------------------------
    Field("survivor.names", "Name", _S.IDENTITY, _C.IDENTITY, _K.TEXT, required=True,
          help="Her name as she gives it, in the script she uses."),
    Field("survivor.preferred_name", "Name she prefers to be called", _S.IDENTITY, _C.IDENTITY,
          _K.TEXT),
    Field("survivor.aliases", "Other names and spellings", _S.IDENTITY, _C.IDENTITY,
          _K.MULTILINE, help="One per line: former names, other spellings, transliterations."),
    Field("survivor.date_of_birth", "Date of birth", _S.IDENTITY, _C.IDENTITY, _K.DATE),
    Field("survivor.gender", "Gender", _S.IDENTITY, _C.IDENTITY, _K.CHOICE, _choices(
        ("woman", "Woman"), ("man", "Man"), ("non_binary", "Non-binary"),
        ("self_described", "In her or their own words"))),
    Field("survivor.gender_words", "Gender in her or their own words", _S.IDENTITY, _C.IDENTITY,
          _K.TEXT),
    Field("survivor.pronouns", "Pronouns", _S.IDENTITY, _C.IDENTITY, _K.TEXT),
    Field("survivor.languages", "Languages", _S.IDENTITY, _C.IDENTITY, _K.TEXT,
          help="The languages she speaks, the one she is most comfortable in first."),
    Field("survivor.interpreter_needed", "Needs an interpreter", _S.IDENTITY, _C.IDENTITY,
          _K.TRISTATE, help="An interpreter must be independent of her family and community."),
    Field("survivor.interpreter_requirements", "Interpreter requirements", _S.IDENTITY,
          _C.IDENTITY, _K.TEXT,
          help="Language and dialect, gender, and anyone who must not interpret for her."),
    # --- safe contact ---------------------------------------------------------------------
    Field("contact.phones", "Phone numbers", _S.CONTACT, _C.CONTACT, _K.PHONES,
          help="Check at every contact which numbers are still safe.",
          subfields=PHONE_SUBFIELDS),
    Field("contact.safe_times", "Safe times to contact her", _S.CONTACT, _C.CONTACT,
          _K.MULTILINE),
    Field("contact.code_word", "Code word", _S.CONTACT, _C.CONTACT, _K.TEXT,
          help="A word she can use to say she cannot talk safely."),
    Field("contact.if_someone_else_answers", "If someone else answers", _S.CONTACT, _C.CONTACT,
          _K.MULTILINE, help="What to say, and what never to say."),
    Field("contact.email", "Safe email address", _S.CONTACT, _C.CONTACT, _K.TEXT),
    Field("contact.last_checked", "Contact details last checked", _S.CONTACT, _C.CONTACT,
          _K.DATE),
    # --- address --------------------------------------------------------------------------
    Field("address.current", "Current address", _S.ADDRESS, _C.LOCATION, _K.MULTILINE),
    Field("address.postcode", "Postcode", _S.ADDRESS, _C.LOCATION, _K.TEXT),
    Field("address.type", "Where she is living", _S.ADDRESS, _C.LOCATION, _K.CHOICE, _choices(
        ("with_abuser", "With the abuser"), ("own_home", "Her own home, without the abuser"),
        ("refuge", "Refuge"), ("friends_family", "With friends or family"),
        ("temporary", "Temporary accommodation"), ("no_fixed_abode", "No fixed address"),
        ("other", "Other"))),
    Field("address.abuser_knows", "The abuser knows this address", _S.ADDRESS, _C.LOCATION,
          _K.TRISTATE),
    Field("address.safe_for_post", "Safe to send post", _S.ADDRESS, _C.LOCATION, _K.TRISTATE),
    # --- immigration ----------------------------------------------------------------------
    Field("immigration.status", "Immigration status", _S.IMMIGRATION, _C.IMMIGRATION,
          _K.CHOICE, _choices(
              ("british_irish", "British or Irish citizen"),
              ("settled", "Settled status or indefinite leave"),
              ("pre_settled", "Pre-settled status"),
              ("partner_visa", "Spouse or partner visa"),
              ("other_visa", "Another visa (work, study, visitor...)"),
              ("dv_concession", "Domestic abuse concession"),
              ("asylum_seeker", "Asylum seeker"),
              ("refugee", "Refugee or humanitarian protection"),
              ("no_leave", "No current leave"),
              ("not_sure", "She is not sure"),
              ("other", "Other"))),
    Field("immigration.visa_route", "Visa route or category", _S.IMMIGRATION, _C.IMMIGRATION,
          _K.TEXT),
    Field("immigration.expiry_date", "Leave expires on", _S.IMMIGRATION, _C.IMMIGRATION,
          _K.DATE),
    Field("immigration.nrpf", "No recourse to public funds", _S.IMMIGRATION, _C.IMMIGRATION,
          _K.TRISTATE),
    Field("immigration.documents_held_by_abuser", "The abuser holds her documents",
          _S.IMMIGRATION, _C.IMMIGRATION, _K.TRISTATE,
          help="Passport, residence card, visa letters or other documents."),
    Field("immigration.adviser", "Regulated immigration adviser", _S.IMMIGRATION,
          _C.IMMIGRATION, _K.TEXT,
          help="Advice must come from a regulated adviser before any contact with the Home "
               "Office."),
    Field("immigration.notes", "Immigration notes", _S.IMMIGRATION, _C.IMMIGRATION,
          _K.MULTILINE),
    # --- household and children -----------------------------------------------------------
    Field("household.children", "Children", _S.HOUSEHOLD, _C.CHILDREN, _K.CHILDREN,
          subfields=CHILD_SUBFIELDS),
    Field("household.pregnant", "Pregnant, or had a baby in the last 18 months",
          _S.HOUSEHOLD, _C.HEALTH, _K.TRISTATE),
    Field("household.others", "Other people in the household", _S.HOUSEHOLD, _C.IDENTITY,
          _K.MULTILINE),
    # --- abuser(s) ------------------------------------------------------------------------
    Field("abuser.people", "Abuser(s)", _S.ABUSER, _C.ABUSER, _K.ABUSERS,
          subfields=ABUSER_SUBFIELDS),
    # --- abuse ----------------------------------------------------------------------------
    Field("abuse.forms", "Forms of abuse", _S.ABUSE, _C.NARRATIVE, _K.MULTICHOICE, _choices(
        ("physical", "Physical"), ("sexual", "Sexual"), ("emotional", "Emotional or psychological"),
        ("coercive_control", "Coercive control"), ("financial", "Financial or economic"),
        ("stalking", "Stalking or harassment"), ("online", "Online or technology-facilitated"),
        Choice("immigration", "Threats about immigration status", Sensitivity.IMMIGRATION),
        ("honour", "Honour-based abuse"),
        ("forced_marriage", "Forced marriage"), ("fgm", "Female genital mutilation"),
        ("spiritual", "Spiritual or religious"), ("dowry", "Dowry-related"),
        ("other", "Other"))),
    Field("abuse.other", "Other forms, in her words", _S.ABUSE, _C.NARRATIVE, _K.TEXT),
    Field("abuse.most_recent", "Most recent incident", _S.ABUSE, _C.NARRATIVE, _K.DATE),
    Field("abuse.police_involved", "Police have been involved", _S.ABUSE, _C.NARRATIVE,
          _K.TRISTATE),
    Field("abuse.summary", "What she wants to tell us", _S.ABUSE, _C.NARRATIVE, _K.MULTILINE),
    # --- health and disability ------------------------------------------------------------
    Field("health.disability", "Disability", _S.HEALTH, _C.HEALTH, _K.MULTILINE),
    Field("health.mental_health", "Mental health", _S.HEALTH, _C.HEALTH, _K.MULTILINE),
    Field("health.access_needs", "Access and communication needs", _S.HEALTH, _C.HEALTH,
          _K.MULTILINE, help="For example step-free access, sign language, large print."),
    Field("health.registered_with_gp", "Registered with a GP", _S.HEALTH, _C.HEALTH,
          _K.TRISTATE),
    # --- needs ----------------------------------------------------------------------------
    Field("needs.areas", "Support needed", _S.NEEDS, _C.NARRATIVE, _K.MULTICHOICE, _choices(
        ("housing", "Housing or refuge"), ("legal", "Legal (family, civil, protective orders)"),
        Choice("immigration_advice", "Immigration advice", Sensitivity.IMMIGRATION),
        ("financial", "Money and debt"),
        ("benefits", "Benefits"), ("counselling", "Counselling or emotional support"),
        ("health", "Health"), ("children", "Support for children"),
        ("criminal_justice", "Criminal justice support"), ("language", "Language support"),
        ("employment", "Work or training"), ("other", "Other"))),
    Field("needs.urgent", "Urgent needs today", _S.NEEDS, _C.NARRATIVE, _K.MULTILINE),
    Field("needs.notes", "Notes on needs", _S.NEEDS, _C.NARRATIVE, _K.MULTILINE),
    # --- consent --------------------------------------------------------------------------
    Field("consent.to_record", "Consent to keep a record", _S.CONSENT, _C.CONSENT, _K.CHOICE,
          YES_NO_CONSENT, required=True),
    Field("consent.to_contact", "Consent to be contacted", _S.CONSENT, _C.CONSENT, _K.CHOICE,
          YES_NO_CONSENT, required=True),
    Field("consent.date", "Consent recorded on", _S.CONSENT, _C.CONSENT, _K.DATE),
    Field("consent.notes", "Consent notes", _S.CONSENT, _C.CONSENT, _K.MULTILINE,
          help="What she agreed to, any limits, and how it was explained to her."),
    # --- notes ----------------------------------------------------------------------------
    Field("notes.free", "Notes", _S.NOTES, _C.NARRATIVE, _K.MULTILINE),
)

BY_KEY: dict[str, Field] = {f.key: f for f in FIELDS}
if len(BY_KEY) != len(FIELDS):  # pragma: no cover - guards the declarations above
    raise RuntimeError("duplicate case field key")


def get_field(key: str) -> Field:
    """The field declared under ``key``; KeyError if there is none."""
    return BY_KEY[key]


def field_paths() -> Iterator[str]:
    """Every field key and every sub-field path (``"household.children.school"``)."""
    for f in FIELDS:
        yield f.key
        for sub in f.subfields:
            yield f"{f.key}.{sub.key}"


def sensitivity_of(path: str) -> Sensitivity:
    """The class of a field key or a sub-field path (``"household.children.school"``);
    KeyError if the path names nothing declared."""
    if path in BY_KEY:
        return BY_KEY[path].sensitivity
    field_key, _, sub_key = path.rpartition(".")
    decl = BY_KEY[field_key]
    if not decl.subfields:
        raise KeyError(path)
    sub = decl.subfield(sub_key)
    # Field.__post_init__ has filled every class in; the fallback only satisfies the type.
    return sub.sensitivity if sub.sensitivity is not None else decl.sensitivity


def is_field(key: str) -> bool:
    return key in BY_KEY


def fields_in(section: Section) -> Iterator[Field]:
    return (f for f in FIELDS if f.section == section)


def required_keys() -> frozenset[str]:
    return frozenset(f.key for f in FIELDS if f.required)


#: Fields whose text identifies the survivor in lists and in search.
NAME_KEY = "survivor.names"
PREFERRED_NAME_KEY = "survivor.preferred_name"
ALIASES_KEY = "survivor.aliases"
DOB_KEY = "survivor.date_of_birth"
PHONES_KEY = "contact.phones"
