"""The shipped safe-referral checklist: it loads and validates through the ordinary loader, sets
no risk level, is never offered from a case's own facts (so never as a risk assessment), asks its
two immigration items exactly when the gate's immigration rule applies, and its "must be yes"
rules fire on what the gate would refuse."""

from __future__ import annotations

import functools
import hashlib
from datetime import date
from pathlib import Path

import pytest

from intake_app.domain.agencies import Agency, Directory, load_shipped, recipient_of
from intake_app.domain.answers import DECLINED, NOT_ASKED
from intake_app.domain.case_model import get_field
from intake_app.domain.checklists import (
    ItemKind,
    asked_items,
    assess,
    load_checklists,
    offered,
    parse_answers,
    parse_definition,
    read_definition,
    shipped_checklists_dir,
)
from intake_app.domain.checklists.facts import case_facts
from intake_app.domain.referrals import (
    ADVICE_OFFERED,
    CHECKLIST_ID,
    CONTACT_RECHECKED,
    TOLD_IMMIGRATION_RISK,
    TOLD_IN_LANGUAGE,
    TOLD_WHAT_AND_WHOM,
    checklist_facts,
    immigration_rule_applies,
    status_insecure_or_unknown,
)

FILE = shipped_checklists_dir() / "safe_referral.v1.toml"
TODAY = date(2026, 12, 10)
IMMIGRATION_ITEMS = {TOLD_IMMIGRATION_RISK, ADVICE_OFFERED}
STATUSES = [c.key for c in get_field("immigration.status").choices]
CHECKLIST = load_checklists(shipped_checklists_dir()).get(CHECKLIST_ID)
#: The shipped kinds, a refuge (its kind passes nothing on) and a GP practice whose own flag is
#: raised above its kind's.
RESOLVE = functools.partial(recipient_of, Directory(load_shipped().kinds, (
    Agency("northtown-refuge", "refuge", "Northtown Women's Refuge", False),
    Agency("riverside-surgery", "gp", "Riverside Surgery", True))))


def test_it_loads_through_the_loader_beside_the_other_shipped_checklists():
    catalogue = load_checklists(shipped_checklists_dir())
    assert catalogue.refused == ()
    defn = catalogue.get(CHECKLIST_ID)
    assert defn.version == 1 and defn.source_name == str(FILE)
    assert defn.sha256 == hashlib.sha256(FILE.read_bytes()).hexdigest()
    again = parse_definition(defn.source_text, "stored copy")
    assert again.sections == defn.sections and again.rules == defn.rules
    assert read_definition(Path(FILE)).item_ids() == defn.item_ids()


def test_its_items_are_the_ones_the_gate_reads():
    kinds = {item.id: item.kind for item in CHECKLIST.items()}
    assert kinds == {TOLD_WHAT_AND_WHOM: ItemKind.YES_NO, TOLD_IMMIGRATION_RISK: ItemKind.YES_NO,
                     TOLD_IN_LANGUAGE: ItemKind.LANGUAGE, ADVICE_OFFERED: ItemKind.YES_NO,
                     CONTACT_RECHECKED: ItemKind.DATE}
    conditional = {item.id for item in CHECKLIST.items() if item.when is not None}
    assert conditional == IMMIGRATION_ITEMS


def test_it_sets_no_level_and_scores_nothing():
    assert not CHECKLIST.produces_level and CHECKLIST.bands == ()
    assert CHECKLIST.scored_items() == ()
    outcome = assess(CHECKLIST, {}, facts=checklist_facts(RESOLVE("kind:refuge"), "settled"),
                     today=TODAY)
    assert outcome.level is None and outcome.scored_level is None and outcome.score == 0


def test_it_is_never_offered_from_a_cases_own_facts():
    """The risk tab offers checklists from the intake's answers and completed checklists: the
    safe-referral checklist has no place there."""
    for status in [*STATUSES]:
        facts = case_facts({"immigration.status": status, "abuse.forms": ("honour",)})
        assert not offered(CHECKLIST, facts)
    assert offered(CHECKLIST, checklist_facts(RESOLVE("kind:police"), NOT_ASKED))


@pytest.mark.parametrize("status", [*STATUSES, DECLINED, NOT_ASKED, None], ids=repr)
@pytest.mark.parametrize("to", ["kind:police", "kind:marac", "kind:refuge", "kind:gp",
                                "agency:riverside-surgery", "agency:northtown-refuge"])
def test_the_immigration_items_are_asked_exactly_when_the_gate_rule_applies(status, to):
    recipient = RESOLVE(to)
    facts = checklist_facts(recipient, status)
    asked = {item.id for item in asked_items(CHECKLIST, {}, facts)}
    rule = immigration_rule_applies(recipient, status)
    assert rule is (status not in ("british_irish", "settled")
                    and recipient.may_pass_to_immigration_enforcement)
    assert (asked >= IMMIGRATION_ITEMS) is rule
    assert (IMMIGRATION_ITEMS & asked == set()) is (not rule)
    assert {TOLD_WHAT_AND_WHOM, TOLD_IN_LANGUAGE, CONTACT_RECHECKED} <= asked


@pytest.mark.parametrize("status", [*STATUSES, DECLINED, NOT_ASKED, None, "", "Settled"],
                         ids=repr)
def test_only_british_irish_and_settled_are_secure(status):
    assert status_insecure_or_unknown(status) is (status not in ("british_irish", "settled"))


def test_the_must_be_yes_rules_fire_on_what_is_not_yet_done():
    facts = checklist_facts(RESOLVE("kind:police"), "partner_visa")
    nothing = assess(CHECKLIST, {}, facts=facts, today=TODAY)
    assert nothing.rules_fired == ("not_told_what_and_whom", "immigration_risk_not_covered")
    assert nothing.recommendations == ("hold_referral",)
    half = assess(CHECKLIST, {TOLD_WHAT_AND_WHOM: "yes", TOLD_IMMIGRATION_RISK: "yes",
                              ADVICE_OFFERED: "dont_know"}, facts=facts, today=TODAY)
    assert half.rules_fired == ("immigration_risk_not_covered",)
    done = assess(CHECKLIST, {TOLD_WHAT_AND_WHOM: "yes", TOLD_IMMIGRATION_RISK: "yes",
                              ADVICE_OFFERED: "yes"}, facts=facts, today=TODAY)
    assert done.rules_fired == () and done.recommendations == ()
    secure = checklist_facts(RESOLVE("kind:police"), "british_irish")
    assert assess(CHECKLIST, {TOLD_WHAT_AND_WHOM: "yes"}, facts=secure,
                  today=TODAY).rules_fired == ()


def test_answers_take_the_items_own_forms():
    answers = parse_answers(CHECKLIST, {TOLD_IN_LANGUAGE: "pt_BR",
                                        CONTACT_RECHECKED: "2026-12-09",
                                        TOLD_WHAT_AND_WHOM: {"answer": "yes",
                                                             "comment": "With an interpreter"}})
    assert answers[TOLD_WHAT_AND_WHOM].comment == "With an interpreter"
