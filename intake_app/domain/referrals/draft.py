"""DRAFT.json to a :class:`ReferralDraft`, or every problem with it, per key.

The file is what a person or a script wrote, so anything may be in it: a value of the wrong
type, text far too long, control characters or half a character pair, keys that are not part of
a draft, a recipient the directory does not know, a class that is not one, an answer to an item
the safe-referral checklist does not have. Each is a ``Problem`` under the key it concerns
(``classes``, ``legal_basis.basis``, ``answers.told_in_language``; an unknown key under its own
name, escaped and cut short), with a stable code and its English message marked for
translation; nothing else is ever raised.

What is refused, beyond the types and sizes (``model.py`` holds the limits):

* a recipient that is not written ``kind:<id>`` / ``agency:<id>``, or not in the directory;
* no class, a class that is not one, the safety plan (it never leaves the vault), or a class
  the recipient does not receive (immigration apart: it goes only to a named agency with her
  consent, which the gate checks, so a draft may name it);
* an empty purpose or reason; an assessment id that is not a whole number above 0;
* a name of someone who must not be told that is empty or given twice;
* a legal basis without both its basis and why her consent was not sought;
* an answer the checklist's item cannot take, and a checklist date in the future.

What is *not* refused here is what the gate decides (her consent, the immigration rule, the
safe-contact check...): a draft that fails the gate is still a draft.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from types import MappingProxyType

from intake_app.domain.agencies import Recipient
from intake_app.domain.case_model import BESIDE_THE_INTAKE, Sensitivity
from intake_app.domain.case_validation import Problem
from intake_app.domain.checklists import Answer, Definition, ItemKind, parse_answers
from intake_app.domain.checklists.answers import MAX_ANSWER_TEXT
from intake_app.domain.checklists.model import NOT_GIVEN
from intake_app.domain.consent import is_ref
from intake_app.domain.definition_files import key_shown
from intake_app.domain.errors import AnswersInvalid, IntakeError, RecordRefused
from intake_app.domain.i18n import QT_TRANSLATE_NOOP
from intake_app.domain.referrals.checklist import CHECKLIST_ID
from intake_app.domain.referrals.model import (
    KEYS,
    LEGAL_BASIS_KEYS,
    MAX_ASSESSMENT_ID,
    MAX_BASIS_CHARS,
    MAX_NAME_CHARS,
    MAX_NAMES,
    MAX_PURPOSE_CHARS,
    MAX_REASON_CHARS,
    MAX_WHY_CHARS,
    REQUIRED_KEYS,
    LegalBasis,
    ReferralDraft,
)
from intake_app.domain.text_rules import unusable_character

#: The directory's answer to "who is this reference?": a Recipient, or NotFound (any
#: ``IntakeError``) for one it does not know. ``functools.partial(recipient_of, directory)``
#: or the directory service's ``recipient_of``.
ResolveRecipient = Callable[[str], Recipient]

_ANSWER_KEYS = frozenset({"answer", "comment", "source"})

MESSAGES = {
    "not_object": QT_TRANSLATE_NOOP(
        "Referral", "A referral draft is a JSON object with the keys recipient, classes, "
        "purpose, reason, assessment, do_not_tell, legal_basis and answers."),
    "key_unknown": QT_TRANSLATE_NOOP("Referral", "This is not part of a referral draft."),
    "required": QT_TRANSLATE_NOOP("Referral", "This must be given."),
    "recipient_invalid": QT_TRANSLATE_NOOP(
        "Referral", "Choose who will receive it: a kind of recipient (kind:...) or a named "
        "agency (agency:...)."),
    "recipient_unknown": QT_TRANSLATE_NOOP(
        "Referral", "This recipient is not in the agency directory."),
    "classes_not_list": QT_TRANSLATE_NOOP(
        "Referral", "List the kinds of information to include."),
    "classes_required": QT_TRANSLATE_NOOP(
        "Referral", "Choose at least one kind of information to include."),
    "class_invalid": QT_TRANSLATE_NOOP("Referral", "This is not a kind of information."),
    "safety_plan": QT_TRANSLATE_NOOP(
        "Referral", "The safety plan never leaves the vault; it cannot be part of a referral."),
    "class_not_received": QT_TRANSLATE_NOOP(
        "Referral", "This recipient does not receive this kind of information."),
    "too_many": QT_TRANSLATE_NOOP("Referral", "This list is too long."),
    "purpose_required": QT_TRANSLATE_NOOP("Referral", "Say what the referral is for."),
    "reason_required": QT_TRANSLATE_NOOP("Referral", "Give the reason for this referral."),
    "assessment_invalid": QT_TRANSLATE_NOOP(
        "Referral", "Name the assessment by its number, or leave it out (null)."),
    "names_not_list": QT_TRANSLATE_NOOP(
        "Referral", "List the people who must not be told, one name to an entry."),
    "name_required": QT_TRANSLATE_NOOP("Referral", "Give a name, or leave this entry out."),
    "name_twice": QT_TRANSLATE_NOOP("Referral", "This person is already named."),
    "legal_basis_invalid": QT_TRANSLATE_NOOP(
        "Referral", "Give the legal basis as an object with basis and why_no_consent, or "
        "leave it out (null)."),
    "basis_required": QT_TRANSLATE_NOOP(
        "Referral", "Say which legal basis allows sharing without her consent."),
    "why_required": QT_TRANSLATE_NOOP("Referral", "Say why her consent was not sought."),
    "answers_not_object": QT_TRANSLATE_NOOP(
        "Referral", "Give the checklist's answers as an object of item id to answer."),
    "item_unknown": QT_TRANSLATE_NOOP(
        "Referral", "This is not an item of the safe-referral checklist."),
    "answer_form": QT_TRANSLATE_NOOP(
        "Referral", "Give the answer as text, or as an object with answer and, if needed, "
        "comment and source."),
    "answer_note": QT_TRANSLATE_NOOP(
        "Referral", "The comment or source is too long, or holds a character that cannot be "
        "stored."),
    "answer_yes_no": QT_TRANSLATE_NOOP("Referral", "Answer yes, no, dont_know or declined."),
    "answer_choice": QT_TRANSLATE_NOOP(
        "Referral", "Answer with one of the item's choices, dont_know or declined."),
    "answer_date": QT_TRANSLATE_NOOP(
        "Referral", "Answer with a date written YYYY-MM-DD, dont_know or declined."),
    "answer_language": QT_TRANSLATE_NOOP(
        "Referral", "Answer with a language code (such as pl, cy or pt_BR), dont_know or "
        "declined."),
    "answer_text": QT_TRANSLATE_NOOP(
        "Referral", "Answer with text that can be stored, dont_know or declined."),
    "date_future": QT_TRANSLATE_NOOP("Referral", "This date is in the future."),
    "text_required": QT_TRANSLATE_NOOP("Referral", "This must be text."),
    "too_long": QT_TRANSLATE_NOOP("Referral", "This is too long to keep here."),
    "bad_characters": QT_TRANSLATE_NOOP(
        "Referral", "This holds a character that cannot be stored (a control character or "
        "half of a character pair); retype it."),
}

_ANSWER_CODES = {ItemKind.YES_NO: "answer_yes_no", ItemKind.CHOICE: "answer_choice",
                 ItemKind.DATE: "answer_date", ItemKind.LANGUAGE: "answer_language",
                 ItemKind.TEXT: "answer_text"}


def draft_problems(raw: object, *, resolve: ResolveRecipient, checklist: Definition,
                   today: dt.date) -> dict[str, list[Problem]]:
    """Every problem with ``raw`` (parsed DRAFT.json), per key; empty when it is a draft."""
    return _Reader(resolve, checklist, today).read(raw)[1]


def parse_draft(raw: object, *, resolve: ResolveRecipient, checklist: Definition,
                today: dt.date) -> ReferralDraft:
    """The draft in ``raw`` (text trimmed, the purpose's spacing made single), or
    ``RecordRefused`` naming every problem (``problems`` as :func:`draft_problems` gives
    them)."""
    draft, problems = _Reader(resolve, checklist, today).read(raw)
    if problems or draft is None:
        raise RecordRefused(problems)
    return draft


class _Reader:
    def __init__(self, resolve: ResolveRecipient, checklist: Definition,
                 today: dt.date) -> None:
        if checklist.id != CHECKLIST_ID:
            raise ValueError(f"a referral's answers are checked against {CHECKLIST_ID}, "
                             f"not {checklist.id}")
        self.resolve, self.checklist, self.today = resolve, checklist, today
        self.problems: dict[str, list[Problem]] = {}

    def add(self, key: str, code: str, item: int | None = None) -> None:
        self.problems.setdefault(key, []).append(Problem(key, code, MESSAGES[code], item=item))

    def read(self, raw: object) -> tuple[ReferralDraft | None, dict[str, list[Problem]]]:
        if not isinstance(raw, Mapping):
            self.add("draft", "not_object")
            return None, self.problems
        for key in raw:
            if not isinstance(key, str) or key not in KEYS:
                self.add(key_shown(str(key)), "key_unknown")
        for key in REQUIRED_KEYS:
            if key not in raw:
                self.add(key, "required")
        recipient = self.recipient(raw["recipient"]) if "recipient" in raw else None
        classes = self.classes(raw.get("classes"), recipient) if "classes" in raw \
            else frozenset()
        purpose = self.text("purpose", raw.get("purpose"), MAX_PURPOSE_CHARS,
                            "purpose_required") if "purpose" in raw else ""
        reason = self.text("reason", raw.get("reason"), MAX_REASON_CHARS, "reason_required",
                           multiline=True) if "reason" in raw else ""
        assessment = self.assessment(raw.get("assessment"))
        names = self.names(raw.get("do_not_tell", []))
        basis = self.legal_basis(raw.get("legal_basis"))
        answers = self.answers(raw.get("answers", {}))
        if self.problems or recipient is None:
            return None, self.problems
        return ReferralDraft(
            recipient=recipient.ref, classes=classes, purpose=" ".join(purpose.split()),
            reason=reason.strip(), assessment=assessment, do_not_tell=names,
            legal_basis=basis, answers=MappingProxyType(answers)), self.problems

    # --- each key --------------------------------------------------------------------------

    def recipient(self, ref: object) -> Recipient | None:
        if not is_ref(ref):
            self.add("recipient", "recipient_invalid")
            return None
        assert isinstance(ref, str)
        try:
            return self.resolve(ref)
        except IntakeError:
            self.add("recipient", "recipient_unknown")
            return None

    def classes(self, raw: object, recipient: Recipient | None) -> frozenset[Sensitivity]:
        if not isinstance(raw, list | tuple):
            self.add("classes", "classes_not_list")
            return frozenset()
        if len(raw) > 2 * len(Sensitivity):
            self.add("classes", "too_many")
            return frozenset()
        chosen: set[Sensitivity] = set()
        for n, value in enumerate(raw):
            if not isinstance(value, str) or value not in Sensitivity._value2member_map_:
                self.add("classes", "class_invalid", n)
                continue
            cls = Sensitivity(value)
            if cls in BESIDE_THE_INTAKE:
                self.add("classes", "safety_plan", n)
            elif (recipient is not None and cls is not Sensitivity.IMMIGRATION
                  and cls not in recipient.receives):
                self.add("classes", "class_not_received", n)
            else:
                chosen.add(cls)
        if not raw:
            self.add("classes", "classes_required")
        return frozenset(chosen)

    def text(self, key: str, value: object, limit: int, blank_code: str, *,
             multiline: bool = False, item: int | None = None) -> str:
        code = _text_problem(value, limit, multiline)
        if code is None and isinstance(value, str) and not value.strip():
            code = blank_code
        if code is not None:
            self.add(key, code, item)
            return ""
        assert isinstance(value, str)
        return value

    def assessment(self, value: object) -> int | None:
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int) \
                or not 1 <= value <= MAX_ASSESSMENT_ID:
            self.add("assessment", "assessment_invalid")
            return None
        return value

    def names(self, raw: object) -> tuple[str, ...]:
        if not isinstance(raw, list | tuple):
            self.add("do_not_tell", "names_not_list")
            return ()
        if len(raw) > MAX_NAMES:
            self.add("do_not_tell", "too_many")
            return ()
        names: list[str] = []
        seen: set[str] = set()
        for n, value in enumerate(raw):
            name = self.text("do_not_tell", value, MAX_NAME_CHARS, "name_required", item=n)
            if not name:
                continue
            folded = " ".join(name.split()).casefold()
            if folded in seen:
                self.add("do_not_tell", "name_twice", n)
                continue
            seen.add(folded)
            names.append(name.strip())
        return tuple(names)

    def legal_basis(self, raw: object) -> LegalBasis | None:
        if raw is None:
            return None
        if not isinstance(raw, Mapping):
            self.add("legal_basis", "legal_basis_invalid")
            return None
        for key in raw:
            if not isinstance(key, str) or key not in LEGAL_BASIS_KEYS:
                self.add(f"legal_basis.{key_shown(str(key))}", "key_unknown")
        parts = []
        for key, limit, blank, multiline in (("basis", MAX_BASIS_CHARS, "basis_required", False),
                                             ("why_no_consent", MAX_WHY_CHARS, "why_required",
                                              True)):
            if key not in raw:
                self.add(f"legal_basis.{key}", blank)
                parts.append("")
                continue
            parts.append(self.text(f"legal_basis.{key}", raw[key], limit, blank,
                                   multiline=multiline).strip())
        return LegalBasis(parts[0], parts[1])

    def answers(self, raw: object) -> dict[str, Answer]:
        if not isinstance(raw, Mapping):
            self.add("answers", "answers_not_object")
            return {}
        items = {item.id: item for item in self.checklist.items()}
        answers: dict[str, Answer] = {}
        for key, value in raw.items():
            if not isinstance(key, str) or key not in items:
                self.add(f"answers.{key_shown(str(key))}", "item_unknown")
                continue
            where = f"answers.{key}"
            form = _answer_form_problem(value)
            if form is not None:
                self.add(where, form)
                continue
            try:
                answer = parse_answers(self.checklist, {key: value})[key]
            except AnswersInvalid:
                self.add(where, _ANSWER_CODES[items[key].kind])
                continue
            if items[key].kind is ItemKind.DATE and answer.value not in NOT_GIVEN \
                    and dt.date.fromisoformat(answer.value) > self.today:
                self.add(where, "date_future")
                continue
            answers[key] = answer
        return answers


def _text_problem(value: object, limit: int, multiline: bool) -> str | None:
    if not isinstance(value, str):
        return "text_required"
    if len(value) > limit:
        return "too_long"
    if unusable_character(value, multiline=multiline) is not None:
        return "bad_characters"
    return None


def _answer_form_problem(value: object) -> str | None:
    """Why ``value`` is not an answer's shape (text, or an object of answer, comment and
    source), or None; the answer's own value is the checklist's to judge."""
    if isinstance(value, str):
        return None
    if not isinstance(value, Mapping):
        return "answer_form"
    if any(not isinstance(k, str) or k not in _ANSWER_KEYS for k in value) \
            or not isinstance(value.get("answer"), str):
        return "answer_form"
    for name in ("comment", "source"):
        note = value.get(name)
        if note is None:
            continue
        if not isinstance(note, str):
            return "answer_form"
        if len(note) > MAX_ANSWER_TEXT or unusable_character(note, multiline=True):
            return "answer_note"
    return None

