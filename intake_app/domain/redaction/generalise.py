"""The recipient's generalisations (``domain.agencies.GENERALISATIONS``), checked against the
case model and turned into what the redaction step applies.

Where each one lives in the case model, and what leaves:

* ``date_of_birth_to_age`` names ``survivor.date_of_birth`` and the sub-field
  ``abuser.people.date_of_birth`` (both dates): each leaves as her or his age in whole years on
  the view's day. A date that cannot be read (kept as the text typed) or lies after that day
  leaves nothing: absent rather than wrong. "Declined to answer" stays what it is.
* ``address_to_postcode_district`` names ``address.current`` and ``address.postcode``: neither
  leaves as stored; one row gives the postcode district, the outward code of
  ``address.postcode`` ("SW1A 1AA" -> "SW1A"), where ``address.current`` would have been. A
  postcode that is not one (or is missing) gives no row; the street address never leaves.
* ``phone_only_if_safe_to_call`` names ``contact.phones``: a phone record leaves only when its
  ``safe_to_call`` sub-field is "yes". "Not sure", "no", unanswered and declined all keep it
  back: a call the abuser may overhear is the danger the rule is for.

A rule is applied only as declared. A rule id this module does not implement, a path the case
model does not declare, a path of another kind than the rule reads, or one path claimed by two
rules raises ``GeneralisationInvalid``: sending the field in full instead would be a silent
fallback of the worst kind.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date

from intake_app.domain.agencies import GENERALISATIONS, Generalisation
from intake_app.domain.case_model import BY_KEY, FIELDS, Field, Kind, SubField
from intake_app.domain.errors import GeneralisationInvalid

AGE_RULE = "date_of_birth_to_age"
DISTRICT_RULE = "address_to_postcode_district"
SAFE_PHONES_RULE = "phone_only_if_safe_to_call"

#: The field the postcode district is read from, and the phone sub-field that says a call is
#: safe.
POSTCODE_KEY = "address.postcode"
SAFE_TO_CALL = "safe_to_call"

# A UK postcode: outward code (area, district, an optional sub-district letter) and inward
# code (sector digit, two unit letters). Spaces are ignored; ASCII only.
_POSTCODE = re.compile(r"([A-Z]{1,2}[0-9][A-Z0-9]?)([0-9][A-Z]{2})?", re.ASCII)


@dataclass(frozen=True)
class FieldRules:
    """The generalisations one recipient declares, resolved to field paths."""

    #: Date fields and sub-fields that leave as an age.
    ages: frozenset[str] = frozenset()
    #: Top-level fields replaced by the postcode district, in declaration order; the district
    #: row stands where the first of them would have been.
    district: tuple[str, ...] = ()
    #: Phone list fields whose records leave only when safe to call.
    safe_phones: frozenset[str] = frozenset()

    def claims(self, path: str) -> bool:
        return path in self.ages or path in self.district or path in self.safe_phones


def _declaration(rule: str, path: str) -> Field | SubField:
    if path in BY_KEY:
        return BY_KEY[path]
    field_key, _, sub_key = path.rpartition(".")
    decl = BY_KEY.get(field_key)
    if decl is not None:
        for sub in decl.subfields:
            if sub.key == sub_key:
                return sub
    raise GeneralisationInvalid(rule, f"'{path}' is not a field of the case model")


def _check_age(rule: str, path: str) -> None:
    if _declaration(rule, path).kind is not Kind.DATE:
        raise GeneralisationInvalid(rule, f"'{path}' is not a date")


def _check_district(rule: str, paths: tuple[str, ...]) -> None:
    if POSTCODE_KEY not in paths:
        raise GeneralisationInvalid(rule, f"it must name '{POSTCODE_KEY}', which the "
                                          "district is read from")
    for path in paths:
        if path not in BY_KEY:
            _declaration(rule, path)  # says "not a field" for a path that is nothing
            raise GeneralisationInvalid(rule, f"'{path}' is not a whole field")
    if BY_KEY[POSTCODE_KEY].kind is not Kind.TEXT:
        raise GeneralisationInvalid(rule, f"'{POSTCODE_KEY}' is not text")


def _check_phones(rule: str, path: str) -> None:
    decl = _declaration(rule, path)
    if not isinstance(decl, Field) or decl.kind is not Kind.PHONES:
        raise GeneralisationInvalid(rule, f"'{path}' is not a list of phone numbers")
    if not any(sub.key == SAFE_TO_CALL and sub.kind is Kind.TRISTATE for sub in decl.subfields):
        raise GeneralisationInvalid(rule, f"'{path}' does not say whether a call is safe")


def rules_for(ids: Iterable[str],
              table: Mapping[str, Generalisation] = GENERALISATIONS) -> FieldRules:
    """The rules ``ids`` name (a recipient's ``generalises``), each checked against the case
    model; GeneralisationInvalid when one cannot be applied as declared."""
    ages: set[str] = set()
    district: set[str] = set()
    phones: set[str] = set()
    claimed: dict[str, str] = {}
    for rule_id in ids:
        rule = table.get(rule_id)
        if rule is None:
            raise GeneralisationInvalid(rule_id, "not a generalisation this app knows")
        paths = tuple(rule.fields)
        if not paths:
            raise GeneralisationInvalid(rule_id, "it names no field")
        for path in paths:
            if path in claimed and claimed[path] != rule_id:
                raise GeneralisationInvalid(rule_id, f"'{path}' is already generalised by "
                                                     f"'{claimed[path]}'")
            claimed[path] = rule_id
        if rule_id == AGE_RULE:
            for path in paths:
                _check_age(rule_id, path)
            ages.update(paths)
        elif rule_id == DISTRICT_RULE:
            _check_district(rule_id, paths)
            district.update(paths)
        elif rule_id == SAFE_PHONES_RULE:
            for path in paths:
                _check_phones(rule_id, path)
            phones.update(paths)
        else:
            raise GeneralisationInvalid(rule_id, "the redaction step cannot apply it")
    order = [f.key for f in FIELDS]
    return FieldRules(frozenset(ages), tuple(sorted(district, key=order.index)),
                      frozenset(phones))


def age_on(born: date, today: date) -> int | None:
    """Age in whole years on ``today`` (a 29 February birthday comes on 1 March in other
    years); None for a birth after ``today``."""
    if born > today:
        return None
    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))


def postcode_district(text: str) -> str | None:
    """The outward code of a UK postcode ("sw1a 1aa" -> "SW1A"); an outward code alone is
    its own district. None for anything else."""
    compact = "".join(text.split()).upper()
    match = _POSTCODE.fullmatch(compact)
    return match.group(1) if match else None
