"""A choice that tells more than its field's class: "Threats about immigration status" among
the forms of abuse, "Immigration advice" among her needs, say that her status is in question.
They leave only where immigration information does (her consent for a named agency), never
on a legal basis or to a kind, and nothing marks where they were."""

from __future__ import annotations

from intake_app.domain.case_model import BY_KEY, Sensitivity
from intake_app.domain.redaction import RedactionInput, redact
from tests.helpers.referrals import TODAY, consent, recipient

ANSWERS = {"abuse.forms": ("immigration", "physical"), "needs.areas": ("immigration_advice",),
           "abuse.summary": "He hit her."}
NARRATIVE = frozenset({Sensitivity.NARRATIVE})


def texts(to: str, classes, records=(), *, legal_basis: bool = False) -> dict[str, str]:
    view = redact(RedactionInput(answers=ANSWERS, recipient=recipient(to),
                                 classes=frozenset(classes), consent=tuple(records),
                                 legal_basis=legal_basis, today=TODAY))
    return {row.path: row.text for row in view.rows()}


def test_the_choices_that_reveal_her_status_are_declared_immigration():
    revealing = {(decl.key, choice.key) for decl in BY_KEY.values()
                 for choice in decl.choices if choice.sensitivity is Sensitivity.IMMIGRATION}
    assert revealing == {("abuse.forms", "immigration"), ("needs.areas", "immigration_advice")}


def test_on_a_legal_basis_the_police_get_the_forms_of_abuse_without_immigration():
    shown = texts("kind:police", NARRATIVE, legal_basis=True)
    assert shown["abuse.forms"] == "Physical"
    assert "needs.areas" not in shown  # its only answer is withheld: no row, no marker
    assert "mmigration" not in repr(shown)


def test_with_her_consent_to_a_kind_the_choices_still_stay_back():
    shown = texts("kind:refuge", NARRATIVE,
                  [consent("kind:refuge", [Sensitivity.NARRATIVE])])
    assert shown["abuse.forms"] == "Physical" and "needs.areas" not in shown


def test_with_her_consent_for_immigration_to_a_named_agency_they_go():
    to = "agency:northtown-refuge"
    shown = texts(to, NARRATIVE | {Sensitivity.IMMIGRATION},
                  [consent(to, [Sensitivity.NARRATIVE]), consent(to, [Sensitivity.IMMIGRATION])])
    assert shown["abuse.forms"] == "Threats about immigration status, Physical"
    assert shown["needs.areas"] == "Immigration advice"
