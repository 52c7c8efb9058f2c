"""The redacted view of a case as the vault keeps it: a case, a named agency and her consent
recorded through the services on a real SQLCipher vault, read back, and redacted for two
recipients; then her consent withdrawn and the view built again. The domain's own tests
(tests/domain/test_redaction_*.py) give the rule at every edge; this one proves the view
reads answers, lists and consent records in the shapes the vault hands back.

Staff (tests/conftest.py): north team cw1 (caseworker) and sup (supervisor).
"""

from __future__ import annotations

import json

from intake_app.domain.agencies import AgencyInput, load_shipped
from intake_app.domain.case_model import Sensitivity
from intake_app.domain.consent import ConsentInput, Decision, How
from intake_app.domain.redaction import RedactedView, RedactionInput, redact
from intake_app.services.cases import CaseService
from intake_app.services.consent import ConsentService
from intake_app.services.directory import DirectoryService
from intake_app.services.directory_recipients import DirectoryRecipients
from intake_app.services.session import Session
from tests.services.test_risk_records import Clock, intake

ID, CONTACT, IMM, NARR = (Sensitivity.IDENTITY, Sensitivity.CONTACT, Sensitivity.IMMIGRATION,
                          Sensitivity.NARRATIVE)
ALL = frozenset(Sensitivity)

CASE = intake("Amina Okafor") | {
    "survivor.date_of_birth": "16/06/1990",
    "contact.phones": [
        {"number": "07700 900111", "whose": "her own mobile", "safe_to_call": "yes"},
        {"number": "07700 900222", "whose": "the home landline", "safe_to_call": "no"}],
    "contact.code_word": "Bluebell",
    "address.current": "Flat 2, 7 Hidden Road",
    "address.postcode": "LS6 2AB",
    "immigration.status": "partner_visa",
    "immigration.visa_route": "Spouse visa, expires next spring",
    "household.children": [{"name": "Ada", "school": "Hill Street Primary"}],
    "abuser.people": [{"name": "Tariq Okafor", "address": "14 Mill Lane"}],
    "abuse.summary": "He keeps her passport.",
}


def test_a_stored_case_redacted_for_a_named_adviser_and_the_police(open_as) -> None:
    clock = Clock()
    sup, cw1 = Session(open_as("sup", clock=clock)), Session(open_as("cw1", clock=clock))
    DirectoryService(sup, load_shipped).add_agency(
        AgencyInput("regulated_immigration_adviser", "Lantern Advice", False))
    directory = DirectoryService(cw1, load_shipped)
    consent = ConsentService(cw1, DirectoryRecipients(directory))
    cases = CaseService(cw1)
    ref = cases.create_case(CASE)
    today = clock.today

    def decide(to: str, *classes: Sensitivity, **extra: object) -> None:
        consent.record_consent(ref, ConsentInput(
            recipient=to, classes=frozenset(classes), purpose="Referral", how=How.VERBAL,
            decision=Decision.GIVEN, decided_on=today, **extra))  # type: ignore[arg-type]

    decide("agency:lantern_advice", ID, CONTACT, IMM, NARR)
    decide("kind:police", ID, CONTACT, facts_shown=True)

    def view_for(to: str) -> tuple[RedactedView, str]:
        case = cases.get_case(ref)
        view = redact(RedactionInput(case.values, directory.recipient_of(to), ALL,
                                     consent.list_consents(ref), False, today,
                                     ("Tariq Okafor",)))
        return view, json.dumps(view.as_mapping(), ensure_ascii=False)

    adviser, text = view_for("agency:lantern_advice")
    assert adviser.recipient_name == "Lantern Advice"
    assert {r.path: r.text for r in adviser.rows()} == {
        "survivor.names": "Amina Okafor", "survivor.date_of_birth": "16/06/1990",
        "contact.phones.number": "07700 900111",  # the landline is not safe to call
        "contact.phones.whose": "her own mobile", "contact.phones.safe_to_call": "Yes",
        "contact.code_word": "Bluebell", "immigration.status": "Spouse or partner visa",
        "immigration.visa_route": "Spouse visa, expires next spring",
        "abuse.summary": "He keeps her passport."}
    for hidden in ("900222", "Hidden Road", "LS6", "Ada", "Hill Street", "Tariq", "Mill Lane"):
        assert hidden not in text
    assert adviser.do_not_tell is not None and not adviser.do_not_tell.named

    police, text = view_for("kind:police")
    assert {r.path for r in police.rows()} == {
        "survivor.names", "survivor.date_of_birth", "contact.phones.number",
        "contact.phones.whose", "contact.phones.safe_to_call", "contact.code_word"}
    assert "Spouse" not in text and "passport" not in text
    assert police.not_shared.classes == tuple(
        c for c in Sensitivity if c not in (ID, CONTACT, Sensitivity.SAFETY_PLAN))

    # she withdraws what she gave the adviser: the next view holds none of it
    clock.days(1)
    given = next(r for r in consent.list_consents(ref)
                 if r.recipient == "agency:lantern_advice")
    consent.withdraw_consent(ref, given.id, on=clock.today, how=How.VERBAL)
    today = clock.today
    after, text = view_for("agency:lantern_advice")
    assert after.sections == () and "Amina" not in text and "Spouse" not in text
    assert after.prepared_on == today
    assert set(after.not_shared.classes) == set(adviser.not_shared.classes) | {ID, CONTACT, IMM,
                                                                                NARR}
