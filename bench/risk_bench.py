"""A case's risk history: opening a case with 20 assessments and 100 incidents, and scoring.

"Open" is what the case's risk and incidents tabs read through the services: every
assessment (with its stored answers, outcome and copy of the definition, each definition
re-read once so an old assessment reads as it was made), every incident with its history, the
MARAC dates and the review-due fact. "Score" is the engine alone on the shipped risk checklist
with the case's 100 incidents for the escalation rule; "assess" is the whole completion,
scoring and the recording transaction. "Risk tab" and "incidents tab" are the real widgets
(offscreen): building the tab of an open case view and painting it once. Median of 21 runs
(7 for the widgets). Target: each under 50 ms.

Run: ``python -m bench.risk_bench``.
"""

from __future__ import annotations

import json
import os
import random
import sys
import tempfile
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from bench.timing import median_ms
from intake_app.domain.answers import Tri
from intake_app.domain.checklists import (
    Catalogue,
    IncidentFact,
    assess,
    load_checklists,
    parse_definition,
    shipped_checklists_dir,
)
from intake_app.domain.incidents import IncidentInput
from intake_app.services.assessments import AssessmentService
from intake_app.services.cases import CaseService
from intake_app.services.demo import build_demo_vault
from intake_app.services.incidents import IncidentService
from intake_app.services.risk import RiskService
from intake_app.services.session import Session
from intake_app.vault import crypto
from intake_app.vault.store import Vault

TARGET_MS = 50
RISK = "risk_identification"


def _answers(items: list[str], yes: int) -> dict[str, object]:
    return {item: ("yes" if n < yes else "no") for n, item in enumerate(items)}


def _tabs(session: Session, catalogue: Catalogue, ref: str) -> dict[str, float]:
    """The risk and incidents tabs of a case view, built and painted (offscreen widgets)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from intake_app.ui.cases.case_view import CaseView

    app = QApplication.instance() or QApplication(sys.argv[:1])
    cases = CaseService(session)
    incidents = IncidentService(session)
    assessments = AssessmentService(session, review_interval_days=90)
    risk = RiskService(catalogue, assessments, incidents, cases=cases)

    def tab(which: str) -> Callable[[], None]:
        def build_and_paint() -> None:
            view = CaseView(cases, ref, incidents=incidents, assessments=assessments, risk=risk)
            view.resize(1180, 760)
            view.show()
            widget = view.risk if which == "risk" else view.incidents
            assert widget is not None
            view.tabs.setCurrentWidget(widget.parentWidget())
            app.processEvents()
            view.grab()
            view.close()
            view.deleteLater()
            app.processEvents()
        return build_and_paint

    tab("risk")()  # fonts and styles settle first
    return {"risk_tab_ms": median_ms(tab("risk"), runs=7),
            "incidents_tab_ms": median_ms(tab("incidents"), runs=7)}


def run() -> dict[str, object]:
    crypto.allow_weak_kdf_for_tests()  # measures the risk history, not the KDF
    rng = random.Random(5)  # invented data, not secrets
    catalogue = load_checklists(shipped_checklists_dir())
    defn = catalogue.get(RISK)
    items = [i.id for i in defn.scored_items()]
    with tempfile.TemporaryDirectory(prefix="intake-risk-") as tmp:
        root = Path(tmp) / "v"
        logins = build_demo_vault(root, count=3, kdf=crypto.TEST_PARAMS)
        with Vault.unlock(root, *logins["caseworker"]) as vault:
            session = Session(vault)
            cases = CaseService(session)
            incidents = IncidentService(session)
            assessments = AssessmentService(session, review_interval_days=90)
            risk = RiskService(catalogue, assessments, incidents)
            ref = cases.create_case({"referral.source": "self", "survivor.names": "Bench Case",
                                     "consent.to_record": "given",
                                     "consent.to_contact": "given"})
            today = date.today()
            for n in range(100):
                added = incidents.add_incident(ref, IncidentInput(
                    date=today - timedelta(days=rng.randrange(1, 700)),
                    summary=f"Incident {n}: an invented account of what happened.",
                    police_involved=rng.choice(list(Tri))))
                if n % 10 == 0:  # some corrected, so history is read too
                    incidents.correct_incident(ref, added.id, IncidentInput(
                        date=added.date, summary=added.details.summary + " (corrected)",
                        police_involved=Tri.YES))
            for _ in range(20):
                risk.assess(ref, RISK, _answers(items, rng.randrange(0, 24)))

            def open_case() -> None:
                records = assessments.list_assessments(ref)
                read: dict[str, object] = {}
                for record in records:
                    if record.sha256 not in read:
                        read[record.sha256] = parse_definition(record.definition_text, RISK)
                incidents.list_incidents(ref, history=True)
                incidents.marac_referrals(ref)
                assessments.review_due(ref)

            facts = [IncidentFact(i.date, i.details.police_involved.value)
                     for i in incidents.list_incidents(ref, history=False)]
            answers = _answers(items, 15)
            figures = {
                "open_20_assessments_100_incidents_ms": median_ms(open_case),
                "score_ms": median_ms(lambda: assess(defn, answers, incidents=facts,
                                                      today=today)),
                "assess_and_record_ms": median_ms(
                    lambda: risk.assess(ref, RISK, answers), runs=5),
            }
            figures.update(_tabs(session, catalogue, ref))
            counts = {"assessments": len(assessments.list_assessments(ref)),
                      "incidents": len(incidents.list_incidents(ref, history=False))}
    return {**counts, **figures, "target": f"each <= {TARGET_MS} ms",
            "met": all(v <= TARGET_MS for v in figures.values())}


if __name__ == "__main__":
    print(json.dumps(run(), indent=2, ensure_ascii=False))
