"""Incidents, MARAC referrals and risk assessments for the demo vault, through the same
services the app uses (``services/risk.py``), so the risk and incidents tabs are never empty at
first look and every rule shows somewhere: each level, a level raised by judgement, escalation
from police-reported incidents, a repeat after a MARAC referral, and the screens without a level.
Everything is invented.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from datetime import datetime, timedelta

from intake_app.domain.answers import Tri
from intake_app.domain.checklists import Definition, load_checklists, shipped_checklists_dir
from intake_app.domain.errors import CaseClosed
from intake_app.domain.incidents import IncidentInput
from intake_app.services.assessments import AssessmentService
from intake_app.services.incidents import IncidentService
from intake_app.services.risk import RiskService
from intake_app.services.session import Session

RISK = "risk_identification"
STALKING = "stalking_screen"

_ACCOUNTS = (
    "Pushed her into the door frame during an argument about money.",
    "Took her phone and passport and would not give them back.",
    "Turned up at the children's school and shouted at her in the playground.",
    "Sent dozens of messages overnight threatening to tell the Home Office about her.",
    "Grabbed her by the throat in the kitchen; her sister saw the marks.",
    "Followed her to the GP surgery and waited outside.",
    "Locked her out of the flat overnight with the baby.",
    "Smashed the television and said she would be next.",
)
_SOURCES = ("Herself", "Police log", "Her sister", "School safeguarding lead", "GP letter")

#: The story each demo case with risk history tells: (yes answers, judgement, incidents
#: reported to police in the last year, a MARAC referral before the latest incident).
_STORIES: tuple[tuple[int, str | None, int, bool], ...] = (
    (5, None, 0, False),          # standard
    (11, None, 1, False),         # medium
    (16, None, 2, True),          # high, and a repeat after an earlier MARAC referral
    (9, "high", 0, False),        # standard by score, raised by judgement
    (7, None, 3, False),          # standard, but escalation recommends MARAC
    (12, "high", 1, False),       # medium raised to high
)


def _answers(defn: Definition, yes: int, rng: random.Random) -> dict[str, object]:
    items = [item.id for item in defn.scored_items()]
    rng.shuffle(items)
    others = ("no", "no", "no", "dont_know", "declined")
    out: dict[str, object] = {}
    for n, item in enumerate(items):
        value = "yes" if n < yes else rng.choice(others)
        if rng.random() < 0.3:
            out[item] = {"answer": value, "comment": "In her own words, noted at the time.",
                         "source": rng.choice(_SOURCES)}
        else:
            out[item] = value
    return out


def add_risk_history(session: Session, refs: Sequence[str], rng: random.Random,
                     now: Callable[[], datetime], advance: Callable[[], None]) -> int:
    """Give about half of ``refs`` (one worker's cases) incidents and one to three assessments;
    returns how many assessments were recorded."""
    catalogue = load_checklists(shipped_checklists_dir())
    incidents = IncidentService(session)
    assessments = AssessmentService(session, review_interval_days=90)
    risk = RiskService(catalogue, assessments, incidents)
    recorded = 0
    for index, ref in enumerate(rng.sample(list(refs), len(refs) // 2)):
        yes, judgement, police, marac = _STORIES[index % len(_STORIES)]
        today = now().date()
        try:
            if marac:
                incidents.record_marac_referral(ref, today - timedelta(days=150))
            for n in range(police + rng.randrange(0, 3)):
                day = today - timedelta(days=rng.randrange(3, 300))
                if marac and n == 0:
                    day = today - timedelta(days=20)  # after the referral: a repeat
                incidents.add_incident(ref, IncidentInput(
                    date=day, summary=rng.choice(_ACCOUNTS),
                    police_involved=Tri.YES if n < police else rng.choice((Tri.NO, Tri.UNSURE)),
                    police_reference=f"CAD {rng.randrange(1000, 9999)}/{day:%d%m}"
                    if n < police else "",
                    injuries="Bruising to her arm." if rng.random() < 0.3 else "",
                    children_present=rng.choice((Tri.YES, Tri.NO, None)),
                    source=rng.choice(_SOURCES)))
            defn = catalogue.get(RISK)
            if rng.random() < 0.5:  # an earlier, lower assessment: the chart has a line
                advance()
                risk.assess(ref, RISK, _answers(defn, max(0, yes - 4), rng))
                recorded += 1
            advance()
            risk.assess(ref, RISK, _answers(defn, yes, rng), judgement_level=judgement,
                        reason="She is too frightened of being reported to call the police."
                        if judgement else "", grounds=("immigration",) if judgement else ())
            recorded += 1
            if index % 4 == 0:
                advance()
                screen = catalogue.get(STALKING)
                risk.assess(ref, STALKING, _answers(screen, rng.randrange(2, 9), rng))
                recorded += 1
        except CaseClosed:
            continue
    return recorded
