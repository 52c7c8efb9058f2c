"""Checks on a case's answers, reported per field. Validation reads; it never changes or drops
what was typed.

A ``Problem`` is *blocking* when the case cannot be submitted or saved with it (a required
answer missing, a date that is not a date, a date of birth in the future...). Other problems are
*warnings* shown beside the field (leave already expired, a phone with no safety answers).
Drafts are saved whatever their problems: the worker may be half-way through typing.

``code`` is stable (tests and translations key on it); ``message`` is the English wording.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date

from intake_app.domain.answers import DECLINED, Answer, Tri, is_blank
from intake_app.domain.case_model import (
    BY_KEY,
    DOB_KEY,
    FIELDS,
    Field,
    Kind,
    SubField,
)
from intake_app.domain.text_rules import unusable_character

_PHONE_CHARS = re.compile(r"^\+?[0-9 ()\-.]+$")
_OLDEST_YEARS = 120


@dataclass(frozen=True)
class Problem:
    key: str
    code: str
    message: str
    blocking: bool = True
    #: For list fields: which item (0-based) and which of its sub-fields.
    item: int | None = None
    subkey: str | None = None


def _years_between(earlier: date, later: date) -> int:
    return later.year - earlier.year - ((later.month, later.day) < (earlier.month, earlier.day))


def phone_digits(number: str) -> str:
    return "".join(ch for ch in number if ch.isdigit())


def phone_problem(number: str) -> str | None:
    """Why ``number`` does not look like a phone number, or None if it does."""
    text = number.strip()
    if not _PHONE_CHARS.match(text):
        return "Use only digits, spaces, brackets, dashes and a leading +."
    digits = len(phone_digits(text))
    if digits < 7 or digits > 15:
        return "A phone number has between 7 and 15 digits."
    return None


class _Checker:
    def __init__(self, values: Mapping[str, Answer], today: date) -> None:
        self.values = values
        self.today = today
        self.problems: dict[str, list[Problem]] = {}

    def add(self, key: str, code: str, message: str, *, blocking: bool = True,
            item: int | None = None, subkey: str | None = None) -> None:
        self.problems.setdefault(key, []).append(
            Problem(key, code, message, blocking, item, subkey))

    # --- per kind ----------------------------------------------------------------------------

    def scalar(self, key: str, spec: Field | SubField, answer: Answer, *,
               item: int | None = None) -> None:
        sub = spec.key if item is not None else None
        where = f"Item {item + 1}: " if item is not None else ""
        if spec.kind is Kind.DATE and isinstance(answer, str) and answer.strip():
            self.add(key, "bad_date", f"{where}This is not a date that can be read. Use the "
                     "form day/month/year.", item=item, subkey=sub)
        elif spec.kind is Kind.CHOICE and isinstance(answer, str) and answer \
                and answer not in {c.key for c in spec.choices}:
            self.add(key, "unknown_choice", f"{where}This is not one of the listed answers.",
                     item=item, subkey=sub)
        elif spec.kind is Kind.MULTICHOICE and isinstance(answer, tuple):
            allowed = {c.key for c in spec.choices}
            if any(x not in allowed for x in answer if isinstance(x, str)):
                self.add(key, "unknown_choice", "One of these is not a listed answer.",
                         item=item, subkey=sub)

    def characters(self, key: str) -> None:
        """Text that cannot be stored at all (see domain.text_rules): blocking, and checked
        by the case service before any write, drafts included."""
        field = BY_KEY.get(key)
        answer = self.values.get(key)
        if field is None or answer is None:
            return
        if not (field.kind.is_list and isinstance(answer, tuple)):
            self.text(key, answer, multiline=field.kind is Kind.MULTILINE)
            return
        subs = {s.key: s for s in field.subfields}
        for index, record in enumerate(answer):
            if not isinstance(record, Mapping):
                continue
            for subkey, value in record.items():
                spec = subs.get(subkey)
                self.text(key, value, multiline=spec is not None and spec.kind is Kind.MULTILINE,
                          item=index, subkey=subkey)

    def text(self, key: str, answer: object, *, multiline: bool, item: int | None = None,
             subkey: str | None = None) -> None:
        texts = answer if isinstance(answer, tuple) else (answer,)  # multichoice: several
        if any(isinstance(t, str) and unusable_character(t, multiline=multiline) is not None
               for t in texts):
            where = f"Item {item + 1}: " if item is not None else ""
            self.add(key, "bad_characters", f"{where}This answer holds a control character or "
                     "broken text that cannot be stored. Delete it and type that part again.",
                     item=item, subkey=subkey)

    def date_of(self, key: str) -> date | None:
        answer = self.values.get(key)
        return answer if isinstance(answer, date) else None

    def not_future(self, key: str, label: str) -> None:
        when = self.date_of(key)
        if when is not None and when > self.today:
            self.add(key, "future_date", f"{label} cannot be in the future.")

    # --- rules -------------------------------------------------------------------------------

    def run(self, keys: Iterable[str]) -> dict[str, list[Problem]]:
        wanted = set(keys)
        for field in FIELDS:
            if field.key not in wanted:
                continue
            self.characters(field.key)
            answer = self.values.get(field.key)
            if field.required and (answer is None or is_blank(answer)):
                self.add(field.key, "required", "This answer is needed at intake. If she "
                         "chose not to answer, record that she declined.")
                continue
            if answer is None or answer is DECLINED:
                continue
            if field.kind.is_list and isinstance(answer, tuple):
                self.records(field, answer)
            else:
                self.scalar(field.key, field, answer)
        self.cross_field(wanted)
        return self.problems

    def records(self, field: Field,
                records: tuple[str, ...] | tuple[Mapping[str, Answer], ...]) -> None:
        for index, record in enumerate(records):
            if not isinstance(record, Mapping):
                continue  # the codec never builds such a list; characters() skips it too
            for sub in field.subfields:
                answer = record.get(sub.key)
                if sub.required and (answer is None or is_blank(answer)):
                    self.add(field.key, "required", f"Item {index + 1}: {sub.label} is needed.",
                             item=index, subkey=sub.key)
                elif answer is not None and answer is not DECLINED:
                    self.scalar(field.key, sub, answer, item=index)
            if field.kind is Kind.PHONES:
                self.phone(field.key, index, record)
            elif field.kind is Kind.CHILDREN:
                self.child_age(field.key, index, record.get("age"))
            elif field.kind is Kind.ABUSERS:
                born = record.get("date_of_birth")
                if isinstance(born, date) and born > self.today:
                    self.add(field.key, "future_date", f"Item {index + 1}: a date of birth "
                             "cannot be in the future.", item=index, subkey="date_of_birth")

    def phone(self, key: str, index: int, record: Mapping[str, Answer]) -> None:
        number = record.get("number")
        if isinstance(number, str) and number.strip():
            reason = phone_problem(number)
            if reason:
                self.add(key, "bad_phone", f"Phone {index + 1}: {reason}", item=index,
                         subkey="number")
        flags = [record.get(k) for k in ("safe_to_call", "safe_to_text",
                                         "safe_to_leave_voicemail")]
        if not any(isinstance(f, Tri) for f in flags):
            self.add(key, "phone_safety_unknown", f"Phone {index + 1}: it is not recorded "
                     "whether calls, texts or voicemail are safe.", blocking=False, item=index)

    def child_age(self, key: str, index: int, age: Answer | None) -> None:
        if not isinstance(age, str) or not age.strip():
            return
        text = age.strip()
        if not text.isdigit() or int(text) > 40:
            self.add(key, "bad_age", f"Child {index + 1}: the age should be a whole number "
                     "of years.", item=index, subkey="age")

    def cross_field(self, wanted: set[str]) -> None:
        born = self.date_of(DOB_KEY)
        if DOB_KEY in wanted and born is not None:
            if born > self.today:
                self.add(DOB_KEY, "future_date", "A date of birth cannot be in the future.")
            elif _years_between(born, self.today) > _OLDEST_YEARS:
                self.add(DOB_KEY, "implausible_date", "This date of birth is more than "
                         f"{_OLDEST_YEARS} years ago.")
            elif _years_between(born, self.today) < 16:
                self.add(DOB_KEY, "under_16", "She is under 16: follow the child "
                         "safeguarding procedure.", blocking=False)
        for key, label in (("referral.date", "The referral date"),
                           ("abuse.most_recent", "The most recent incident"),
                           ("consent.date", "The consent date"),
                           ("contact.last_checked", "The date last checked")):
            if key in wanted:
                self.not_future(key, label)
        expiry = self.date_of("immigration.expiry_date")
        if expiry is not None and {"immigration.expiry_date", DOB_KEY} & wanted:
            if born is not None and expiry < born:
                self.add("immigration.expiry_date", "expiry_before_dob",
                         "The expiry date is before her date of birth.")
            elif expiry < self.today:
                self.add("immigration.expiry_date", "expired", "This leave has already "
                         "expired: she may need urgent immigration advice.", blocking=False)
        if "consent.to_record" in wanted and self.values.get("consent.to_record") == "refused":
            self.add("consent.to_record", "no_consent_to_record", "She has not agreed to a "
                     "record being kept: record the legal basis in the consent notes.",
                     blocking=False)


def validate(values: Mapping[str, Answer], *, today: date,
             keys: Iterable[str] | None = None) -> dict[str, list[Problem]]:
    """Problems per field key (fields without problems are absent).

    ``keys`` limits the checks to some fields (for example the ones just edited); by default
    every declared field is checked, which is what submitting an intake does.
    """
    return _Checker(values, today).run(BY_KEY if keys is None else keys)


def unstorable(values: Mapping[str, Answer]) -> dict[str, list[Problem]]:
    """Only the "bad_characters" problems, for every answer in ``values`` (no other rule, so
    a half-typed draft passes unless it holds text that cannot be stored)."""
    checker = _Checker(values, date.min)
    for key in values:
        checker.characters(key)
    return checker.problems


def blocking(problems: Mapping[str, list[Problem]]) -> dict[str, list[Problem]]:
    """Only the problems that stop a case from being submitted or saved."""
    out = {k: [p for p in ps if p.blocking] for k, ps in problems.items()}
    return {k: ps for k, ps in out.items() if ps}


def messages(problems: Mapping[str, list[Problem]]) -> dict[str, list[str]]:
    return {k: [p.message for p in ps] for k, ps in problems.items()}
