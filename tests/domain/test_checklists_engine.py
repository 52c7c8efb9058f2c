"""The scoring engine at every boundary, on the definitions the app ships."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from intake_app.domain.checklists import (
    Answer,
    IncidentFact,
    Judgement,
    add_months,
    asked_items,
    assess,
    load_checklists,
    offered,
    outcome_from_json,
    outcome_to_dict,
    outcome_to_json,
    parse_answers,
    parse_judgement,
    shipped_checklists_dir,
)
from intake_app.domain.errors import (
    AnswersInvalid,
    InvalidInput,
    JudgementLowers,
    JudgementNeedsReason,
    JudgementRefused,
    UnansweredItems,
)
from intake_app.domain.risk import RiskLevel

TODAY = dt.date(2026, 6, 15)
CATALOGUE = load_checklists(shipped_checklists_dir())
RISK = CATALOGUE.get("risk_identification")
STALKING = CATALOGUE.get("stalking_screen")
HONOUR = CATALOGUE.get("honour_based_abuse")


def answers(defn, yes: int, rest: str = "no") -> dict[str, str]:
    """The first ``yes`` scored items answered yes, the others ``rest``."""
    return {item.id: "yes" if n < yes else rest for n, item in enumerate(defn.scored_items())}


def test_the_shipped_risk_checklist_has_24_scored_items_and_three_bands():
    assert CATALOGUE.refused == ()
    assert len(RISK.scored_items()) == 24
    assert [(b.level, b.low, b.high) for b in RISK.bands] == [
        (RiskLevel.STANDARD, 0, 9), (RiskLevel.MEDIUM, 10, 13), (RiskLevel.HIGH, 14, None)]


@pytest.mark.parametrize(("yes", "level", "recommendation"), [
    (0, RiskLevel.STANDARD, "keep_in_touch"),
    (9, RiskLevel.STANDARD, "keep_in_touch"),
    (10, RiskLevel.MEDIUM, "review_closely"),
    (13, RiskLevel.MEDIUM, "review_closely"),
    (14, RiskLevel.HIGH, "refer_marac"),
    (24, RiskLevel.HIGH, "refer_marac"),
])
def test_bands_at_their_boundaries(yes, level, recommendation):
    outcome = assess(RISK, answers(RISK, yes), today=TODAY)
    assert outcome.score == yes
    assert outcome.scored_level is level and outcome.level is level
    assert outcome.recommendations == (recommendation,)
    assert outcome.judgement is None and outcome.rules_fired == ()


@pytest.mark.parametrize("rest", ["dont_know", "declined"])
def test_dont_know_and_declined_never_count(rest):
    outcome = assess(RISK, answers(RISK, 13, rest=rest), today=TODAY)
    assert outcome.score == 13 and outcome.level is RiskLevel.MEDIUM
    outcome = assess(RISK, answers(RISK, 9, rest=rest), today=TODAY)
    assert outcome.score == 9 and outcome.level is RiskLevel.STANDARD
    assert assess(RISK, answers(RISK, 0, rest=rest), today=TODAY).score == 0


def test_answers_with_comment_and_source_count_like_plain_ones():
    given = answers(RISK, 14)
    detailed = {key: {"answer": value, "comment": "she said so", "source": "herself"}
                for key, value in given.items()}
    assert assess(RISK, detailed, today=TODAY) == assess(RISK, given, today=TODAY)
    parsed = parse_answers(RISK, detailed)
    assert parsed["current_injury"] == Answer("yes", "she said so", "herself")


def test_every_scored_item_must_be_answered():
    given = answers(RISK, 14)
    del given["weapons"], given["animals"]
    with pytest.raises(UnansweredItems) as info:
        assess(RISK, given, today=TODAY)
    assert info.value.items == ("weapons", "animals")
    assert set(info.value.problems) == {"weapons", "animals"}


@pytest.mark.parametrize(("raw", "key", "words"), [
    ({"no_such_item": "yes"}, "no_such_item", "no such item"),
    ({"weapons": "maybe"}, "weapons", "yes, no, dont_know or declined"),
    ({"weapons": 1}, "weapons", "an answer in quotes"),
    ({"weapons": {"comment": "x"}}, "weapons", "missing 'answer'"),
    ({"weapons": {"answer": "yes", "colour": "red"}}, "weapons", "unknown key colour"),
    ({"weapons": {"answer": "yes", "comment": "a\x1b[2Jb"}}, "weapons", "U+001B"),
    ({"weapons": {"answer": "yes", "source": 5}}, "weapons", "source must be text"),
    ({"weapons": {"answer": "yes", "comment": "x" * 4001}}, "weapons", "longer than"),
])
def test_bad_answers_are_refused_as_item_and_reason(raw, key, words):
    with pytest.raises(AnswersInvalid) as info:
        parse_answers(RISK, raw)
    assert list(info.value.problems) == [key]
    assert words in info.value.problems[key]
    assert str(info.value).startswith(f"{key}: ")


def test_answers_must_be_an_object():
    with pytest.raises(AnswersInvalid) as info:
        parse_answers(RISK, ["yes"])
    assert "*" in info.value.problems


def test_every_bad_answer_is_named_at_once():
    with pytest.raises(AnswersInvalid) as info:
        parse_answers(RISK, {"weapons": "maybe", "animals": "perhaps", "x": "yes"})
    assert set(info.value.problems) == {"weapons", "animals", "x"}


# --- professional judgement ------------------------------------------------------------------

def test_judgement_raises_the_level_and_brings_that_level_s_recommendation():
    judged = Judgement(RiskLevel.HIGH, "", ("immigration", "extreme_fear"))
    outcome = assess(RISK, answers(RISK, 9), judgement=judged, today=TODAY)
    assert outcome.score == 9
    assert outcome.scored_level is RiskLevel.STANDARD
    assert outcome.level is RiskLevel.HIGH
    assert outcome.judgement == judged
    assert outcome.recommendations == ("refer_marac",)


def test_judgement_with_her_own_words_only():
    judged = Judgement(RiskLevel.MEDIUM, "He has found her new address.")
    outcome = assess(RISK, answers(RISK, 3), judgement=judged, today=TODAY)
    assert outcome.level is RiskLevel.MEDIUM and outcome.scored_level is RiskLevel.STANDARD


@pytest.mark.parametrize("reason", ["", "   \n\t"])
def test_judgement_without_a_reason_is_refused(reason):
    with pytest.raises(JudgementNeedsReason):
        assess(RISK, answers(RISK, 9), judgement=Judgement(RiskLevel.HIGH, reason),
               today=TODAY)


def test_judgement_never_lowers_the_level():
    with pytest.raises(JudgementLowers) as info:
        assess(RISK, answers(RISK, 14), today=TODAY,
               judgement=Judgement(RiskLevel.MEDIUM, "she seems calm", ("language",)))
    assert (info.value.scored, info.value.requested) == ("high", "medium")
    with pytest.raises(JudgementLowers):
        assess(RISK, answers(RISK, 10), today=TODAY,
               judgement=Judgement(RiskLevel.STANDARD, "x"))


def test_judgement_at_the_scored_level_is_recorded_and_changes_nothing():
    outcome = assess(RISK, answers(RISK, 14), today=TODAY,
                     judgement=Judgement(RiskLevel.HIGH, "agreed with supervisor"))
    assert outcome.level is RiskLevel.HIGH and outcome.judgement is not None


def test_judgement_with_a_reason_the_checklist_does_not_offer_is_refused():
    with pytest.raises(JudgementRefused):
        assess(RISK, answers(RISK, 1), today=TODAY,
               judgement=Judgement(RiskLevel.HIGH, "", ("astrology",)))


def test_judgement_on_a_checklist_without_levels_is_refused():
    with pytest.raises(JudgementRefused):
        assess(STALKING, answers(STALKING, 3), today=TODAY,
               judgement=Judgement(RiskLevel.HIGH, "very frightened"))


def test_parse_judgement_from_command_line_text():
    assert parse_judgement("high", "extreme fear") == Judgement(RiskLevel.HIGH, "extreme fear")
    with pytest.raises(JudgementRefused):
        parse_judgement("severe", "x")


# --- escalation and repeat -------------------------------------------------------------------

def police(day: dt.date, involved: str = "yes") -> IncidentFact:
    return IncidentFact(day, involved)


@pytest.mark.parametrize(("days_ago", "fired"), [
    ([10, 100, 300], True),                 # three inside twelve months
    ([10, 100], False),                     # two are not enough
    ([10, 100, 365], True),                 # 2025-06-15: exactly twelve months, inside
    ([10, 100, 366], False),                # one day beyond twelve months
    ([10, 100, 300, 400, 500], True),
    ([400, 500, 600], False),               # three, all outside
])
def test_escalation_counts_police_incidents_in_the_last_twelve_months(days_ago, fired):
    incidents = [police(TODAY - dt.timedelta(days=d)) for d in days_ago]
    outcome = assess(RISK, answers(RISK, 3), incidents=incidents, today=TODAY)
    assert ("escalation" in outcome.rules_fired) is fired
    assert ("refer_marac" in outcome.recommendations) is fired
    assert outcome.level is RiskLevel.STANDARD  # escalation never changes the level


@pytest.mark.parametrize("third", ["no", "unsure"])
def test_escalation_counts_only_incidents_the_police_were_involved_in(third):
    incidents = [police(TODAY - dt.timedelta(days=5)), police(TODAY - dt.timedelta(days=50)),
                 police(TODAY - dt.timedelta(days=90), third)]
    outcome = assess(RISK, answers(RISK, 3), incidents=incidents, today=TODAY)
    assert outcome.rules_fired == ()


def test_incidents_dated_after_today_do_not_count():
    incidents = [police(TODAY - dt.timedelta(days=5)), police(TODAY - dt.timedelta(days=50)),
                 police(TODAY + dt.timedelta(days=1))]
    assert assess(RISK, answers(RISK, 3), incidents=incidents, today=TODAY).rules_fired == ()


REFERRED = dt.date(2025, 1, 10)  # twelve months later is 2026-01-10, 365 days on


@pytest.mark.parametrize(("days_after", "fired"), [
    (1, True), (364, True), (365, True), (366, False), (0, False)])
def test_repeat_is_a_new_incident_within_twelve_months_of_the_marac_referral(days_after, fired):
    incidents = [police(REFERRED + dt.timedelta(days=days_after), "no")]
    outcome = assess(RISK, answers(RISK, 2), incidents=incidents, marac_referred_on=REFERRED,
                     today=TODAY)
    assert ("repeat" in outcome.rules_fired) is fired
    assert ("refer_marac" in outcome.recommendations) is fired
    assert outcome.level is RiskLevel.STANDARD


def test_a_repeat_already_assessed_does_not_fire_again():
    incident = [police(REFERRED + dt.timedelta(days=30), "no")]
    first = assess(RISK, answers(RISK, 2), incidents=incident, marac_referred_on=REFERRED,
                   today=REFERRED + dt.timedelta(days=40))
    assert "repeat" in first.rules_fired
    years_later = assess(RISK, answers(RISK, 2), incidents=incident,
                         marac_referred_on=REFERRED, today=REFERRED + dt.timedelta(days=1100),
                         previous_assessed_on=REFERRED + dt.timedelta(days=40))
    assert "repeat" not in years_later.rules_fired
    # assessed before the incident: the incident is still new to the rule
    again = assess(RISK, answers(RISK, 2), incidents=incident, marac_referred_on=REFERRED,
                   today=TODAY, previous_assessed_on=REFERRED + dt.timedelta(days=10))
    assert "repeat" in again.rules_fired


def test_no_repeat_without_a_referral():
    incidents = [police(TODAY - dt.timedelta(days=3))]
    assert assess(RISK, answers(RISK, 2), incidents=incidents, today=TODAY).rules_fired == ()


def test_escalation_and_repeat_together_recommend_the_referral_once():
    incidents = [police(TODAY - dt.timedelta(days=d)) for d in (5, 50, 90)]
    outcome = assess(RISK, answers(RISK, 14), incidents=incidents,
                     marac_referred_on=TODAY - dt.timedelta(days=200), today=TODAY)
    assert outcome.rules_fired == ("escalation", "repeat")
    assert outcome.recommendations == ("refer_marac",)
    assert outcome.level is RiskLevel.HIGH


def test_screens_without_escalation_ignore_incidents():
    incidents = [police(TODAY - dt.timedelta(days=d)) for d in (5, 50, 90)]
    outcome = assess(STALKING, answers(STALKING, 1), incidents=incidents,
                     marac_referred_on=TODAY - dt.timedelta(days=200), today=TODAY)
    assert outcome.rules_fired == ()


@pytest.mark.parametrize(("day", "months", "expected"), [
    (dt.date(2026, 1, 31), 1, dt.date(2026, 2, 28)),
    (dt.date(2024, 1, 31), 1, dt.date(2024, 2, 29)),
    (dt.date(2024, 2, 29), 12, dt.date(2025, 2, 28)),
    (dt.date(2026, 3, 15), -12, dt.date(2025, 3, 15)),
    (dt.date(2026, 1, 15), -1, dt.date(2025, 12, 15)),
    (dt.date(2025, 12, 31), 1, dt.date(2026, 1, 31)),
])
def test_add_months(day, months, expected):
    assert add_months(day, months) == expected


# --- screens that set no level ---------------------------------------------------------------

@pytest.mark.parametrize(("yes", "recommendations"), [
    (0, ("none_today",)), (1, ("plan_around_it",)), (4, ("plan_around_it",)),
    (5, ("plan_around_it", "specialist_advice")), (11, ("plan_around_it", "specialist_advice")),
])
def test_stalking_screen_shows_the_count_with_guidance_and_no_level(yes, recommendations):
    assert len(STALKING.scored_items()) == 11 and not STALKING.produces_level
    outcome = assess(STALKING, answers(STALKING, yes, rest="dont_know"), today=TODAY)
    assert outcome.score == yes
    assert outcome.scored_level is None and outcome.level is None
    assert outcome.recommendations == recommendations


def test_honour_screen_is_offered_when_the_intake_or_an_answer_suggests_it():
    assert not offered(HONOUR, {})
    assert not offered(HONOUR, {"abuse.forms": ["physical", "financial"]})
    assert offered(HONOUR, {"abuse.forms": ["physical", "honour"]})
    assert offered(HONOUR, {"abuse.forms": ["forced_marriage"]})
    assert offered(HONOUR, {"risk_identification.others_feared": "yes"})
    assert not offered(HONOUR, {"risk_identification.others_feared": "no"})
    assert offered(RISK, {})  # no offer_when: always offered


def test_stalking_screen_is_offered_on_the_risk_checklist_s_answers():
    assert offered(STALKING, {"risk_identification.stalking": "yes"})
    assert not offered(STALKING, {"risk_identification.stalking": "dont_know"})


def test_honour_screen_asks_about_travel_only_when_travel_was_mentioned():
    base = answers(HONOUR, 0)
    asked = [i.id for i in asked_items(HONOUR, parse_answers(HONOUR, base), {})]
    assert "travel_date" not in asked and "travel_where" not in asked
    base["taken_abroad"] = "yes"
    asked = [i.id for i in asked_items(HONOUR, parse_answers(HONOUR, base), {})]
    assert asked[-2:] == ["travel_date", "travel_where"]
    base["taken_abroad"] = "dont_know"
    asked = [i.id for i in asked_items(HONOUR, parse_answers(HONOUR, base), {})]
    assert "travel_date" not in asked and "travel_where" in asked


def test_honour_screen_travel_rule_and_guidance():
    given = {**answers(HONOUR, 0), "taken_abroad": "yes", "travel_date": "2026-07-01",
             "travel_where": "to her uncle's, with her brother"}
    outcome = assess(HONOUR, given, today=TODAY)
    assert outcome.score == 1 and outcome.level is None
    assert outcome.rules_fired == ("travel_mentioned",)
    assert outcome.recommendations == ("specialist_advice", "travel_urgent")


@pytest.mark.parametrize(("value", "ok"), [
    ("2026-07-01", True), ("dont_know", True), ("declined", True), ("2026-02-30", False),
    ("20260701", False), ("2026-7-1", False), ("tomorrow", False), ("٢٠٢٦-٠٧-٠١", False)])
def test_date_answers(value, ok):
    given = {**answers(HONOUR, 0), "taken_abroad": "yes", "travel_date": value}
    if ok:
        assert parse_answers(HONOUR, given)["travel_date"].value == value
    else:
        with pytest.raises(AnswersInvalid) as info:
            parse_answers(HONOUR, given)
        assert list(info.value.problems) == ["travel_date"]


# --- the outcome as JSON ---------------------------------------------------------------------

def test_outcome_json_round_trip_and_keys():
    outcome = assess(RISK, answers(RISK, 9), today=TODAY,
                     incidents=[police(TODAY - dt.timedelta(days=d)) for d in (1, 2, 3)],
                     judgement=Judgement(RiskLevel.HIGH, "needs an interpreter", ("language",)))
    data = json.loads(outcome_to_json(outcome))
    assert data == {"score": 9, "scored_level": "standard", "level": "high",
                    "judgement": {"level": "high", "reason": "needs an interpreter",
                                  "grounds": ["language"]},
                    "rules_fired": ["escalation"], "recommendations": ["refer_marac"]}
    assert outcome_from_json(outcome_to_json(outcome)) == outcome
    plain = assess(STALKING, answers(STALKING, 2), today=TODAY)
    assert outcome_to_dict(plain)["level"] is None and outcome_to_dict(plain)["judgement"] is None
    assert outcome_from_json(outcome_to_json(plain)) == plain


@pytest.mark.parametrize("text", [
    "", "[]", "{}", '{"score": 1}', "[" * 100_000,
    '{"score": -1, "scored_level": null, "level": null, "judgement": null, "rules_fired": [],'
    ' "recommendations": []}',
    '{"score": true, "scored_level": null, "level": null, "judgement": null, "rules_fired": [],'
    ' "recommendations": []}',
    '{"score": 1, "scored_level": "severe", "level": null, "judgement": null,'
    ' "rules_fired": [], "recommendations": []}',
    '{"score": 1, "scored_level": null, "level": null, "judgement": {"level": null,'
    ' "reason": "", "grounds": []}, "rules_fired": [], "recommendations": []}',
    '{"score": 1, "scored_level": null, "level": null, "judgement": null,'
    ' "rules_fired": [1], "recommendations": []}',
])
def test_outcome_from_json_refuses_anything_else(text):
    with pytest.raises(InvalidInput):
        outcome_from_json(text)
