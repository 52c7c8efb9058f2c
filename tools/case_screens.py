"""Screenshots of the case screens (case list, every intake wizard page, the case view), for
``tools/screenshots.py``, which calls ``register_case_shots`` with its ``shot`` decorator.

The vault is filled through ``CaseService`` with invented cases (``services.demo``). Names the
machine's fonts cannot draw are left out so that the pictures stay legible on a bare build
machine; the app itself shows every script the system has fonts for.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, timedelta
from typing import Any

from PySide6.QtCore import QSize
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QWidget

from intake_app.domain.answers import DECLINED, Tri
from intake_app.domain.case_model import Section, Sensitivity
from intake_app.domain.consent import ConsentInput, Decision, How
from intake_app.domain.incidents import IncidentInput
from intake_app.domain.safety_plan import SafetyPlanInput
from intake_app.services.cases import CaseService
from intake_app.services.demo import synthetic_values
from intake_app.services.demo_risk import add_risk_history
from intake_app.services.incidents import IncidentService
from intake_app.ui.cases.case_list import CaseListPanel
from intake_app.ui.cases.case_view import TAB_HISTORY, TAB_INTAKE, TAB_NOTES, CaseView
from intake_app.ui.cases.intake_wizard import IntakeWizard
from intake_app.ui.questions.field_row import AnswerRow
from intake_app.ui.questions.record_list_editor import RecordListEditor
from tools.referral_screens import register_referral_shots

CASES = 60
SIZE = QSize(1180, 760)

Shot = Callable[[str], Callable[[Callable[[Any], QWidget]], Callable[[Any], QWidget]]]
Show = Callable[[QWidget, QSize | None], QWidget]


def _drawable(text: str) -> bool:
    metrics = QFontMetrics(QApplication.font())
    return all(metrics.inFontUcs4(ord(ch)) for ch in text if not ch.isspace())


def _fill(service: CaseService) -> list[str]:
    rng = random.Random(2026)  # noqa: S311 - invented data
    refs: list[str] = []
    while len(refs) < CASES:
        values = synthetic_values(rng, date.today())
        name = values.get("survivor.names")
        if isinstance(name, str) and not _drawable(name):
            continue
        aliases = values.get("survivor.aliases")
        if isinstance(aliases, str) and not _drawable(aliases):
            values.pop("survivor.aliases")
        refs.append(service.create_case(values))
    return refs


def _question(wizard: IntakeWizard, key: str) -> Any:
    return wizard.pages[wizard.page_for(key)].form.question(key)


def _type(widget: AnswerRow, text: str) -> None:
    widget.editor.set_value(text)
    widget._edited()


def register_case_shots(shot: Shot, show: Show, worker: str, passphrase: str) -> None:
    state: dict[str, Any] = {}

    def service(studio: Any) -> CaseService:
        if "service" not in state:
            services = studio.services(worker, passphrase)
            cases = services.cases
            assert cases is not None  # a caseworker's services include the case service
            state["services"] = services
            state["service"] = cases
            state["refs"] = _fill(state["service"])
            # Risk history on most of the list (not the cases the case-view shots stage), so
            # the list's risk and review columns show what a working caseload looks like.
            add_risk_history(services.session, state["refs"][:-4], random.Random(7),  # noqa: S311
                             lambda: datetime.now(UTC), lambda: None)
        return state["service"]  # type: ignore[no-any-return]

    def case_view_of(studio: Any, reference: str) -> CaseView:
        cases = service(studio)
        services = state["services"]
        return CaseView(cases, reference, incidents=services.incidents,
                        assessments=services.assessments, risk=services.risk,
                        safety_plan=services.safety_plan,
                        consent=services.consent, directory=services.directory,
                        referrals=services.referrals)

    def staged_case(studio: Any, n: int) -> tuple[Any, str]:
        service(studio)
        reference = state["refs"][n]
        if "consent" not in state:
            _consents(state["services"], state["refs"][-4])
            state["consent"] = True
        return state["services"], reference

    register_referral_shots(shot, show, SIZE, staged_case, case_view_of)

    @shot("case-list")
    def case_list(studio: Any) -> QWidget:
        panel = CaseListPanel(service(studio))
        show(panel, SIZE)
        panel.reload()
        return panel

    @shot("case-list-search")
    def case_list_search(studio: Any) -> QWidget:
        panel = CaseListPanel(service(studio))
        show(panel, SIZE)
        panel.search.setText("maria")
        return panel

    def wizard_page(section: Section) -> Callable[[Any], QWidget]:
        def make(studio: Any) -> QWidget:
            wizard = IntakeWizard(service(studio), resume=False)
            show(wizard, SIZE)
            _example_answers(wizard)
            wizard.section_list.setCurrentRow(list(Section).index(section))
            wizard.revalidate()
            wizard.saver.stop()  # a picture, not a draft
            return wizard
        return make

    for number, section in enumerate(Section, start=1):
        shot(f"intake-{number:02d}-{section.value}")(wizard_page(section))

    @shot("intake-13-finish")
    def intake_finish(studio: Any) -> QWidget:
        wizard = IntakeWizard(service(studio), resume=False)
        show(wizard, SIZE)
        _example_answers(wizard)
        wizard.finish()
        wizard.saver.stop()
        return wizard

    def case_view(tab: int) -> Callable[[Any], QWidget]:
        def make(studio: Any) -> QWidget:
            cases = service(studio)
            reference = state["refs"][-1]
            if "edited" not in state:
                cases.update_case(reference, {"survivor.pronouns": "she/her",
                                              "notes.free": "Called on her work phone at "
                                              "12:30 as agreed. Safe to talk."})
                state["edited"] = True
            view = case_view_of(studio, reference)
            show(view, SIZE)
            view.tabs.setCurrentIndex(tab)
            if tab == TAB_HISTORY:
                view.history.steps.setCurrentRow(0)
            return view
        return make

    for name, tab in (("overview", 0), ("intake", TAB_INTAKE), ("notes", TAB_NOTES),
                      ("history", TAB_HISTORY)):
        shot(f"case-view-{name}")(case_view(tab))

    @shot("case-view-risk")
    def case_view_risk(studio: Any) -> QWidget:
        service(studio)
        services = state["services"]
        reference = state["refs"][-2]
        if "assessed" not in state:
            _assessments(services, reference)
            state["assessed"] = True
        view = case_view_of(studio, reference)
        show(view, SIZE)
        view.tabs.setCurrentWidget(view.risk.parentWidget())
        return view

    @shot("assessment-in-progress")
    def assessment_in_progress(studio: Any) -> QWidget:
        service(studio)
        services = state["services"]
        view = case_view_of(studio, state["refs"][-3])
        show(view, SIZE)
        view.tabs.setCurrentWidget(view.risk.parentWidget())
        form = view.risk.open_form(services.risk.definition(RISK_CHECKLIST))
        _half_answered(form)
        form.save_now()
        form.saver.stop()  # a picture: the draft is not left behind for the other shots
        services.assessments.discard_assessment_draft(state["refs"][-3], RISK_CHECKLIST)
        return view

    @shot("case-view-incidents")
    def case_view_incidents(studio: Any) -> QWidget:
        service(studio)
        reference = state["refs"][-2]
        if "incidents" not in state:
            _log_incidents(state["services"].incidents, reference)
            state["incidents"] = True
        view = case_view_of(studio, reference)
        show(view, SIZE)
        incidents = view.incidents
        assert incidents is not None
        view.tabs.setCurrentWidget(incidents.parentWidget())
        incidents.cards[1].history_button.setChecked(True)
        return view

    @shot("incident-form")
    def incident_form(studio: Any) -> QWidget:
        service(studio)
        view = case_view_of(studio, state["refs"][-3])
        show(view, SIZE)
        incidents = view.incidents
        assert incidents is not None
        view.tabs.setCurrentWidget(incidents.parentWidget())
        incidents.open_new()
        form = incidents.form
        form.date.line.setText((date.today() - timedelta(days=2)).strftime("%d/%m/%Y"))
        form.police_involved.buttons[Tri.YES].setChecked(True)
        form.police_reference.line.setText("NR-4471/26")
        form.children_present.buttons[Tri.NO].setChecked(True)
        form.source.line.setText("Her, by phone")
        form.save_button.click()  # no account yet: the problem is shown beside it
        return view

    @shot("case-view-safety-plan")
    def case_view_safety_plan(studio: Any) -> QWidget:
        service(studio)
        services = state["services"]
        reference = state["refs"][-4]
        if "plan" not in state:
            _safety_plan(services, reference)
            state["plan"] = True
        view = case_view_of(studio, reference)
        show(view, SIZE)
        tab = view.safety_plan
        assert tab is not None
        view.tabs.setCurrentWidget(tab.parentWidget())
        return view

    @shot("case-view-consent")
    def case_view_consent(studio: Any) -> QWidget:
        _services, reference = staged_case(studio, -4)
        view = case_view_of(studio, reference)
        show(view, SIZE)
        tab = view.consent
        assert tab is not None
        view.tabs.setCurrentWidget(tab.parentWidget())
        return view

    @shot("consent-facts-first")
    def consent_facts_first(studio: Any) -> QWidget:
        service(studio)
        view = case_view_of(studio, state["refs"][-3])
        show(view, SIZE)
        tab = view.consent
        assert tab is not None
        view.tabs.setCurrentWidget(tab.parentWidget())
        tab.open_new()
        tab.form.choose_recipient("kind:police")
        tab.ensureWidgetVisible(tab.form.facts_panel, 0, 0)
        tab.verticalScrollBar().setValue(tab.form.facts_panel.mapTo(
            tab.widget(), tab.form.facts_panel.rect().topLeft()).y() - 120)
        return view


def _consents(services: Any, reference: str) -> None:
    """Her decisions over a few months: refuge given, police refused, the IDVA service given
    for a while (now expired), housing given with the facts shown and later withdrawn."""
    consent = services.consent
    today = date.today()
    s = Sensitivity

    def record(to: str, classes: tuple[Sensitivity, ...], decision: Decision, days_ago: int,
               **extra: Any) -> Any:
        purpose = extra.pop("purpose", "Referral for support")
        return consent.record_consent(reference, ConsentInput(
            recipient=to, classes=frozenset(classes), purpose=purpose, decision=decision,
            decided_on=today - timedelta(days=days_ago), how=extra.pop("how", How.VERBAL),
            **extra))

    record("kind:idva_service", (s.IDENTITY, s.CONTACT, s.NARRATIVE), Decision.GIVEN, 120,
           expires_on=today - timedelta(days=30), how=How.WRITTEN, purpose="IDVA support")
    record("kind:police", (s.IDENTITY, s.LOCATION), Decision.REFUSED, 60,
           purpose="Reporting the assault", language="Portuguese",
           interpreter="Telephone interpreting service", interpreter_independent=True)
    housing = record("kind:local_authority_housing", (s.IDENTITY, s.CHILDREN), Decision.GIVEN,
                     40, facts_shown=True, purpose="Homelessness application")
    consent.withdraw_consent(reference, housing.id, on=today - timedelta(days=12),
                             how=How.VERBAL)
    record("kind:refuge", (s.IDENTITY, s.CONTACT, s.LOCATION, s.CHILDREN), Decision.GIVEN, 5,
           purpose="Somewhere safe to stay this week", how=How.WRITTEN)


RISK_CHECKLIST = "risk_identification"


def _safety_plan(services: Any, reference: str) -> None:
    """An invented plan written three weeks ago and revised last week (two versions)."""
    today = date.today()
    with _on_day(services, 21):
        services.safety_plan.save_plan(reference, SafetyPlanInput({
            "safe_places_people": "Her friend Ruth on Elm Street (has a spare key). Her "
            "neighbour at number 12 knows the code word. His sister must not be told where "
            "she goes.",
            "calling_for_help": "999 from her work phone; if she cannot speak, press 55 when "
            "asked. Code word to Ruth by text: \u201cIs the bakery open?\u201d",
            "bag_ready": "Kept at Ruth's: passport copies, her inhaler, the children's "
            "birth certificates, bank card, spare keys and a phone charger.",
        }, review_on=today + timedelta(days=7), discussed_on=today - timedelta(days=21)))
    with _on_day(services, 6):
        plan = services.safety_plan.get_plan(reference)
        sections = dict(plan.plan.sections)
        sections["children"] = ("The school releases the children only to her or Ruth; "
                                "they know to go to the office if he turns up.")
        sections["tech_location"] = ("Location sharing turned off on her phone and the "
                                     "older child's tablet; family finder removed.")
        services.safety_plan.save_plan(reference, SafetyPlanInput(
            sections, review_on=today + timedelta(days=21),
            discussed_on=today - timedelta(days=6)), base_version=plan.version)


@contextmanager
def _on_day(services: Any, days_ago: int) -> Iterator[None]:
    """Record as if it were ``days_ago`` days ago (the vault's clock, for the pictures only)."""
    vault = services.session.current
    real = vault.clock
    moment = datetime.now(UTC) - timedelta(days=days_ago)
    vault.clock = lambda: moment
    try:
        yield
    finally:
        vault.clock = real


def _yes(defn: Any, count: int) -> dict[str, Any]:
    items = [item.id for item in defn.scored_items()]
    return {item: ("yes" if n < count else "no") for n, item in enumerate(items)}


def _assessments(services: Any, reference: str) -> None:
    """A case assessed over five months: standard, medium, raised to high on professional
    judgement, a stalking screen, then high with escalation after three police call-outs."""
    risk = services.risk
    defn = risk.definition(RISK_CHECKLIST)
    with _on_day(services, 150):
        risk.assess(reference, RISK_CHECKLIST, _yes(defn, 6))
    with _on_day(services, 105):
        risk.assess(reference, RISK_CHECKLIST, _yes(defn, 11))
    with _on_day(services, 70):
        answers = _yes(defn, 12)
        answers["afraid"] = {"answer": "yes", "comment": "Says he will find her wherever she "
                             "goes.", "source": "herself"}
        risk.assess(reference, RISK_CHECKLIST, answers, judgement_level="high",
                    reason="Her visa depends on him and she has no one else to turn to.",
                    grounds=("immigration", "extreme_fear"))
    stalking = risk.definition("stalking_screen")
    with _on_day(services, 40):
        risk.assess(reference, "stalking_screen", _yes(stalking, 4))
    for days in (30, 18, 9):
        services.incidents.add_incident(reference, IncidentInput(
            date=date.today() - timedelta(days=days), summary="Police called by a neighbour.",
            police_involved=Tri.YES))
    with _on_day(services, 3):
        risk.assess(reference, RISK_CHECKLIST, _yes(defn, 15))


def _half_answered(form: Any) -> None:
    """The first section answered (two with a comment), the second begun."""
    first, second = form.defn.sections[0], form.defn.sections[1]
    for n, item in enumerate(first.items):
        form.rows[item.id].choose(("yes", "no", "yes", "dont_know")[n % 4])
    afraid = form.rows["afraid"]
    afraid.comment.setText("Afraid he will take the children abroad.")
    afraid.source.setText("Herself")
    afraid.notes_typed()
    for item in second.items[:3]:
        form.rows[item.id].choose("yes")
    form.rows[second.items[3].id].choose("declined")
    form.next_page()


def _log_incidents(incidents: IncidentService, reference: str) -> None:
    """Three invented incidents (the second later corrected) and a MARAC referral date."""
    today = date.today()
    first = incidents.add_incident(reference, IncidentInput(
        date=today - timedelta(days=160), summary="Shouting and threats at her flat after she "
        "asked him to leave. Neighbour called the police.", police_involved=Tri.YES,
        police_reference="NR-2281/26", injuries="", children_present=Tri.YES,
        source="Her, at intake"))
    second = incidents.add_incident(reference, IncidentInput(
        date=today - timedelta(days=61), summary="Pushed her against the door in the hall.",
        police_involved=Tri.NO, injuries="Bruised arm", children_present=Tri.UNSURE,
        source="Her, by phone"))
    incidents.correct_incident(reference, second.id, IncidentInput(
        date=today - timedelta(days=62), summary="Pushed her against the door in the hall and "
        "took her phone.", police_involved=Tri.NO, injuries="Bruised arm and wrist",
        children_present=Tri.UNSURE, source="Her, by phone"))
    incidents.add_incident(reference, IncidentInput(
        date=today - timedelta(days=9), summary="Waited outside her work and followed her to "
        "the bus stop.", police_involved=Tri.UNSURE, source="Her colleague, with her consent"))
    incidents.record_marac_referral(reference, first.date + timedelta(days=3))


def _example_answers(wizard: IntakeWizard) -> None:
    """A half-finished intake: some answers, one declined, one date to check."""
    source = _question(wizard, "referral.source")
    source.editor.set_value("health")
    source._edited()
    _type(_question(wizard, "referral.referrer"), "Practice nurse, Riverside Health Centre")
    _type(_question(wizard, "survivor.names"), "Maria da Silva")
    _type(_question(wizard, "survivor.preferred_name"), "Maria")
    _type(_question(wizard, "survivor.date_of_birth"), "14/03/2091")
    _question(wizard, "survivor.pronouns").decline.setChecked(True)
    _type(_question(wizard, "survivor.languages"), "Portuguese, some English")
    interpreter = _question(wizard, "survivor.interpreter_needed")
    interpreter.editor.set_value(Tri.YES)
    interpreter._edited()
    phones = _question(wizard, "contact.phones")
    assert isinstance(phones, RecordListEditor)
    phones.set_answer(({"number": "07700 900461", "whose": "Her work phone",
                        "safe_to_call": Tri.YES, "safe_to_text": Tri.NO,
                        "safe_to_leave_voicemail": Tri.NO,
                        "notes": "Only between 12:00 and 13:30"},))
    _type(_question(wizard, "contact.code_word"), "Is the bakery open?")
    _question(wizard, "immigration.status").decline.setChecked(True)
    _question(wizard, "abuser.people").set_answer(DECLINED)
