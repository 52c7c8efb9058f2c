"""The referral's gate: every check a referral must pass before it is submitted, approved or
exported, each with what would satisfy it. A pure function of a small frozen input; no SQL,
no Qt, no clock (``today`` is given).

The checks, in this order (``CheckId``):

``consent``
    Her consent, current on ``today`` (``consent.consent_state``: latest decision wins, an
    expiry holds through its day) and for the referral's **purpose** (consent is per purpose;
    purposes match whatever their spacing and case), covers every included class for this
    recipient, immigration apart; or a legal basis for sharing without consent is recorded,
    and the supervisor's approval is the sign-off (``GateResult.without_consent`` names the
    classes it would carry).
``immigration_consent``
    Immigration information (when included) goes only to a named agency with her consent for
    it; a legal basis never covers it.
``immigration_risk``
    When her ``immigration.status`` is insecure or unknown (every answer other than
    ``british_irish`` and ``settled``, declined and not asked included) and the recipient may
    pass data to immigration enforcement, the safe-referral checklist records that she was
    told of that risk in her language (the item answered yes, and the language named) and
    that regulated immigration advice was offered.
``safe_contact``
    The case's ``contact.last_checked`` is a day within the last 7 days (7 days ago passes,
    8 does not; a day after ``today`` is a mistake to correct).
``told_what_and_whom``
    The checklist records that she was told what will be shared and with whom.
``assessment``
    The assessment named as the reason, if any, is completed.
``own_words``
    The referral's purpose and reason go to the recipient word for word, so while the abuser
    class is not included they may not name anyone who must not be told, nor anyone the case
    records as having harmed her (``abuser_names``): the view would otherwise say "details
    not shared" under a name it has just given. (Included, the consent check decides.)

A check that does not concern this referral (no class but immigration, no immigration
information, a secure status, no assessment named) passes with ``applies`` False. A failing
check carries a :class:`Needed`: a stable key, its English message marked for translation
(context ``Referral``, with ``{placeholders}`` filled from ``data`` by :func:`needed_text`), and
plain data for ``referral check --json`` (:func:`gate_to_dict`).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum

from intake_app.domain.agencies import Recipient, RecipientAsLookup
from intake_app.domain.answers import Answer as CaseAnswer
from intake_app.domain.case_model import Sensitivity
from intake_app.domain.checklists.model import NOT_GIVEN, YES
from intake_app.domain.consent import (
    CLASS_LABELS,
    ConsentRecord,
    ConsentState,
    consent_state,
)
from intake_app.domain.i18n import QT_TRANSLATE_NOOP, Translate, identity
from intake_app.domain.referrals.checklist import (
    ADVICE_OFFERED,
    TOLD_IMMIGRATION_RISK,
    TOLD_IN_LANGUAGE,
    TOLD_WHAT_AND_WHOM,
    immigration_rule_applies,
)
from intake_app.domain.referrals.model import ReferralDraft

#: Safe contact must have been re-checked within this many days (today minus 7 passes).
CONTACT_CHECK_DAYS = 7


class CheckId(StrEnum):
    CONSENT = "consent"
    IMMIGRATION_CONSENT = "immigration_consent"
    IMMIGRATION_RISK = "immigration_risk"
    SAFE_CONTACT = "safe_contact"
    TOLD_WHAT_AND_WHOM = "told_what_and_whom"
    ASSESSMENT = "assessment"
    OWN_WORDS = "own_words"


#: Each check in words, for the gate's list on screen.
CHECK_TITLES = {
    CheckId.CONSENT: QT_TRANSLATE_NOOP("Referral", "Her consent, or a legal basis"),
    CheckId.IMMIGRATION_CONSENT: QT_TRANSLATE_NOOP(
        "Referral", "Immigration information only with her consent"),
    CheckId.IMMIGRATION_RISK: QT_TRANSLATE_NOOP(
        "Referral", "The immigration risk explained and advice offered"),
    CheckId.SAFE_CONTACT: QT_TRANSLATE_NOOP("Referral", "Safe contact re-checked this week"),
    CheckId.TOLD_WHAT_AND_WHOM: QT_TRANSLATE_NOOP(
        "Referral", "She knows what is shared and with whom"),
    CheckId.ASSESSMENT: QT_TRANSLATE_NOOP("Referral", "The named assessment is completed"),
    CheckId.OWN_WORDS: QT_TRANSLATE_NOOP(
        "Referral", "The purpose and reason name nobody who must not be told"),
}

NEEDED_MESSAGES = {
    "consent_needed": QT_TRANSLATE_NOOP(
        "Referral", "Her consent to share {classes} with this recipient for this purpose is "
        "not recorded as given and current. Record her consent, leave that information out, "
        "or record the legal basis for sharing without her consent."),
    "immigration_named_agency": QT_TRANSLATE_NOOP(
        "Referral", "Immigration information can go only to a named agency she has agreed may "
        "have it, never to a whole kind of recipient. Choose the named agency, or leave "
        "immigration information out."),
    "immigration_consent_needed": QT_TRANSLATE_NOOP(
        "Referral", "Immigration information is included only with her consent for this "
        "named agency, and a legal basis never covers it. Record her consent, or leave "
        "immigration information out."),
    "immigration_risk_explained": QT_TRANSLATE_NOOP(
        "Referral", "Her immigration status is not known to be secure, and this recipient may "
        "pass information to immigration enforcement. Record in the safe-referral checklist "
        "that she was told this in her language, which language, and that advice from a "
        "regulated immigration adviser was offered before any step involving the Home "
        "Office."),
    "contact_not_checked": QT_TRANSLATE_NOOP(
        "Referral", "Check her safe contact details with her and record the day in the case "
        "(Contact details last checked); it must be within the last {limit} days."),
    "contact_check_old": QT_TRANSLATE_NOOP(
        "Referral", "Her safe contact details were last checked on {checked_on}, {days} days "
        "ago. Check them with her again and record the day; it must be within the last "
        "{limit} days."),
    "contact_check_future": QT_TRANSLATE_NOOP(
        "Referral", "The day her contact details were last checked ({checked_on}) is in the "
        "future. Correct it in the case."),
    "told_what_and_whom": QT_TRANSLATE_NOOP(
        "Referral", "Tell her what this referral will share and who will receive it, and "
        "record that in the safe-referral checklist."),
    "assessment_not_completed": QT_TRANSLATE_NOOP(
        "Referral", "The risk assessment named as the reason (number {assessment}) is not "
        "completed. Complete it, or name another."),
    "own_words_name": QT_TRANSLATE_NOOP(
        "Referral", "The purpose or the reason names {names}. They go to the recipient word "
        "for word, and what this referral shares about the person who harmed her is nothing. "
        "Take the name out of them, or include the abuser information with her consent."),
    "assessment_not_found": QT_TRANSLATE_NOOP(
        "Referral", "The risk assessment named as the reason (number {assessment}) is not one "
        "of this case's. Name one of its assessments, or none."),
}


class AssessmentState(StrEnum):
    """The assessment a draft names, as the case holds it."""

    COMPLETED = "completed"
    IN_PROGRESS = "in_progress"  # started, saved as a draft, not completed
    NOT_FOUND = "not_found"  # no assessment of this case has that id


@dataclass(frozen=True)
class Needed:
    """What would satisfy a failing check: ``key`` (stable), ``message`` (English, marked for
    translation under ``Referral``) and ``data`` (plain JSON values, some of them the
    message's placeholders)."""

    key: str
    data: Mapping[str, object]

    @property
    def message(self) -> str:
        return NEEDED_MESSAGES[self.key]


@dataclass(frozen=True)
class Check:
    id: CheckId
    passed: bool
    #: False when the check does not concern this referral (it then passes).
    applies: bool = True
    needed: Needed | None = None


@dataclass(frozen=True)
class GateResult:
    checks: tuple[Check, ...]
    #: Included classes without her current consent that go on the recorded legal basis.
    without_consent: frozenset[Sensitivity] = frozenset()

    @property
    def passed(self) -> bool:
        return all(check.passed for check in self.checks)

    @property
    def failed(self) -> tuple[CheckId, ...]:
        return tuple(check.id for check in self.checks if not check.passed)

    def check(self, check_id: CheckId) -> Check:
        for check in self.checks:
            if check.id is check_id:
                return check
        raise KeyError(check_id)


@dataclass(frozen=True)
class GateInput:
    """Everything the gate reads, gathered by the caller at one moment.

    ``immigration_status`` and ``contact_last_checked`` are the case's answers as it holds
    them (None when the field is not in the case: not asked). ``assessment`` is the state of
    the assessment the draft names (None when the caller has none to give, which fails a
    draft that names one)."""

    draft: ReferralDraft
    recipient: Recipient
    consents: tuple[ConsentRecord, ...]
    immigration_status: CaseAnswer | None
    contact_last_checked: CaseAnswer | None
    assessment: AssessmentState | None
    today: dt.date
    #: The names the case records for the people who harmed her (``abuser.people``).
    abuser_names: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if self.recipient.ref != self.draft.recipient:
            raise ValueError("the recipient given is not the one the draft names")


def check_referral(gate: GateInput) -> GateResult:
    """Every check of the gate on ``gate`` (see the module docstring), in order."""
    consent, without = _consent(gate)
    return GateResult((consent, _immigration_consent(gate), _immigration_risk(gate),
                       _safe_contact(gate), _told(gate), _assessment(gate),
                       _own_words(gate)), without)


def _state(gate: GateInput, sensitivity: Sensitivity) -> ConsentState:
    return consent_state(gate.consents, gate.recipient.ref, sensitivity, gate.draft.purpose,
                         today=gate.today, lookup=RecipientAsLookup(gate.recipient))


def _ordered(classes: frozenset[Sensitivity]) -> list[str]:
    return [c.value for c in Sensitivity if c in classes]


def _consent(gate: GateInput) -> tuple[Check, frozenset[Sensitivity]]:
    states = {c: _state(gate, c) for c in gate.draft.classes if c is not Sensitivity.IMMIGRATION}
    lacking = frozenset(c for c, state in states.items() if not state.allows_sharing)
    if not lacking:  # nothing to check when immigration is all it includes
        return Check(CheckId.CONSENT, True, applies=bool(states)), frozenset()
    if gate.draft.legal_basis is not None:
        return Check(CheckId.CONSENT, True), lacking
    return Check(CheckId.CONSENT, False, needed=Needed("consent_needed", {
        "classes": _ordered(lacking),
        "states": {c.value: states[c].value for c in Sensitivity if c in lacking}})), frozenset()


def _immigration_consent(gate: GateInput) -> Check:
    if Sensitivity.IMMIGRATION not in gate.draft.classes:
        return Check(CheckId.IMMIGRATION_CONSENT, True, applies=False)
    if gate.recipient.agency is None:
        return Check(CheckId.IMMIGRATION_CONSENT, False,
                     needed=Needed("immigration_named_agency", {}))
    state = _state(gate, Sensitivity.IMMIGRATION)
    if state.allows_sharing:
        return Check(CheckId.IMMIGRATION_CONSENT, True)
    return Check(CheckId.IMMIGRATION_CONSENT, False,
                 needed=Needed("immigration_consent_needed", {"state": state.value}))


def _immigration_risk(gate: GateInput) -> Check:
    if not immigration_rule_applies(gate.recipient, gate.immigration_status):
        return Check(CheckId.IMMIGRATION_RISK, True, applies=False)
    draft = gate.draft
    language = draft.answer(TOLD_IN_LANGUAGE)
    recorded = {TOLD_IMMIGRATION_RISK: draft.answer(TOLD_IMMIGRATION_RISK) == YES,
                TOLD_IN_LANGUAGE: language is not None and language not in NOT_GIVEN,
                ADVICE_OFFERED: draft.answer(ADVICE_OFFERED) == YES}
    missing = [item for item, done in recorded.items() if not done]
    if not missing:
        return Check(CheckId.IMMIGRATION_RISK, True)
    return Check(CheckId.IMMIGRATION_RISK, False,
                 needed=Needed("immigration_risk_explained", {"items": missing}))


def _safe_contact(gate: GateInput) -> Check:
    checked = gate.contact_last_checked
    limit = CONTACT_CHECK_DAYS
    if not isinstance(checked, dt.date):
        return Check(CheckId.SAFE_CONTACT, False,
                     needed=Needed("contact_not_checked", {"limit": limit}))
    day = checked.date() if isinstance(checked, dt.datetime) else checked
    days = (gate.today - day).days
    if days < 0:
        return Check(CheckId.SAFE_CONTACT, False, needed=Needed(
            "contact_check_future", {"checked_on": day.isoformat()}))
    if days > limit:
        return Check(CheckId.SAFE_CONTACT, False, needed=Needed(
            "contact_check_old", {"checked_on": day.isoformat(), "days": days,
                                  "limit": limit}))
    return Check(CheckId.SAFE_CONTACT, True)


def _told(gate: GateInput) -> Check:
    if gate.draft.answer(TOLD_WHAT_AND_WHOM) == YES:
        return Check(CheckId.TOLD_WHAT_AND_WHOM, True)
    return Check(CheckId.TOLD_WHAT_AND_WHOM, False, needed=Needed(
        "told_what_and_whom", {"answer": gate.draft.answer(TOLD_WHAT_AND_WHOM)}))


def _assessment(gate: GateInput) -> Check:
    named = gate.draft.assessment
    if named is None:
        return Check(CheckId.ASSESSMENT, True, applies=False)
    if gate.assessment is AssessmentState.COMPLETED:
        return Check(CheckId.ASSESSMENT, True)
    key = "assessment_not_completed" if gate.assessment is AssessmentState.IN_PROGRESS \
        else "assessment_not_found"
    return Check(CheckId.ASSESSMENT, False, needed=Needed(key, {"assessment": named}))


def _named_in(name: str, text: str) -> bool:
    """Whether ``name`` stands in ``text`` as a word or words (case and spacing aside)."""
    words = name.casefold().split()
    if not words:
        return False
    pattern = r"(?<!\w)" + r"\s+".join(re.escape(w) for w in words) + r"(?!\w)"
    return re.search(pattern, text.casefold()) is not None


def _own_words(gate: GateInput) -> Check:
    if Sensitivity.ABUSER in gate.draft.classes:
        return Check(CheckId.OWN_WORDS, True, applies=False)
    names = dict.fromkeys(n.strip() for n in (*gate.draft.do_not_tell, *gate.abuser_names)
                          if len(n.strip()) >= 2)
    text = f"{gate.draft.purpose}\n{gate.draft.reason}"
    found = [name for name in names if _named_in(name, text)]
    if not found:
        return Check(CheckId.OWN_WORDS, True)
    return Check(CheckId.OWN_WORDS, False, needed=Needed("own_words_name", {"names": found}))


# --- words and JSON ------------------------------------------------------------------------------

def needed_text(needed: Needed, tr: Translate = identity) -> str:
    """``needed``'s message in the language of ``tr`` (English by default), its placeholders
    filled: classes in words, days and dates as given."""
    values: dict[str, object] = dict(needed.data)
    if "names" in values:
        names = needed.data["names"]
        assert isinstance(names, list)
        values["names"] = ", ".join(str(n) for n in names)
    if "classes" in values:
        classes = needed.data["classes"]
        assert isinstance(classes, list)
        # Quoted: the class names are short headings ("Who she is"), not words of a sentence.
        values["classes"] = ", ".join("\u201c" + tr("Consent", CLASS_LABELS[Sensitivity(c)])
                                      + "\u201d" for c in classes)
    return tr("Referral", needed.message).format(**values)


def gate_to_dict(result: GateResult) -> dict[str, object]:
    """``referral check --json``: ``{"passed", "checks": [{"id", "passed", "needed"}]}``,
    ``needed`` being null for a check that passes, else ``{"key", "message", "data"}`` (the
    message in English)."""
    return {"passed": result.passed, "checks": [
        {"id": check.id.value, "passed": check.passed,
         "needed": None if check.needed is None else {
             "key": check.needed.key, "message": needed_text(check.needed),
             "data": dict(check.needed.data)}}
        for check in result.checks]}
