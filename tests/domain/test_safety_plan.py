"""The safety plan's declarations and checks: every section the field expects, every field
of the safety-plan class, refusals naming the field, and what counts as a change."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from intake_app.domain.case_model import Sensitivity
from intake_app.domain.consent import SHAREABLE_CLASSES
from intake_app.domain.errors import RecordRefused
from intake_app.domain.safety_plan import (
    BY_KEY,
    DATES,
    SECTION_KEYS,
    SECTIONS,
    SafetyPlanInput,
    changed_keys,
    check_plan,
    with_changes,
)

TODAY = date(2026, 6, 15)


def test_the_sections_a_safety_plan_needs_are_declared():
    assert SECTION_KEYS == ("safe_places_people", "calling_for_help", "bag_ready", "children",
                            "tech_location", "tech_accounts", "tech_trackers", "journey",
                            "at_the_door", "notes")
    assert set(BY_KEY) == {*SECTION_KEYS, "review_on", "discussed_on"}
    for f in (*SECTIONS, *DATES):
        assert f.label and f.sensitivity is Sensitivity.SAFETY_PLAN, f.key
    assert Sensitivity.SAFETY_PLAN not in SHAREABLE_CLASSES


def test_a_plan_is_kept_in_declared_order_without_blank_sections():
    kept = check_plan(SafetyPlanInput({"notes": "Keep the car keys by the door.  ",
                                       "bag_ready": "Passport copy\nInhaler", "journey": "  "},
                                      review_on=TODAY + timedelta(days=28),
                                      discussed_on=TODAY), today=TODAY)
    assert list(kept.sections) == ["bag_ready", "notes"]
    assert kept.text("notes") == "Keep the car keys by the door."
    assert kept.text("journey") == ""


@pytest.mark.parametrize(("plan", "field", "code"), [
    (SafetyPlanInput({"escape_tunnel": "x"}), "escape_tunnel", "unknown_section"),
    (SafetyPlanInput({"notes": 5}), "notes", "text_required"),  # type: ignore[dict-item]
    (SafetyPlanInput({"notes": "x" * 20_001}), "notes", "too_long"),
    (SafetyPlanInput({"notes": "a\x00b"}), "notes", "bad_characters"),
    (SafetyPlanInput(discussed_on=TODAY + timedelta(days=1)), "discussed_on",
     "discussed_future"),
    (SafetyPlanInput(review_on=TODAY, discussed_on=TODAY - timedelta(days=1)), None, None),
    (SafetyPlanInput(review_on=TODAY - timedelta(days=2), discussed_on=TODAY), "review_on",
     "review_before_discussed"),
    (SafetyPlanInput(review_on="next week"), "review_on", "date_invalid"),  # type: ignore[arg-type]
])
def test_what_cannot_be_kept_is_refused_naming_the_field(plan, field, code):
    if field is None:
        check_plan(plan, today=TODAY)
        return
    with pytest.raises(RecordRefused) as caught:
        check_plan(plan, today=TODAY)
    assert {p.code for p in caught.value.problems[field]} == {code}
    assert str(caught.value).startswith(f"nothing was recorded: {field}: ")


def test_changed_keys_and_merging_another_persons_save():
    first = SafetyPlanInput({"notes": "a", "journey": "bus"}, review_on=TODAY)
    second = SafetyPlanInput({"notes": "a", "bag_ready": "keys"}, review_on=TODAY,
                             discussed_on=TODAY)
    assert changed_keys(None, first) == ("journey", "notes", "review_on")
    assert changed_keys(first, second) == ("bag_ready", "journey", "discussed_on")
    assert changed_keys(second, second) == ()
    merged = with_changes(SafetyPlanInput({"notes": "theirs"}), second,
                          ("bag_ready", "journey", "discussed_on"))
    assert merged == SafetyPlanInput({"bag_ready": "keys", "notes": "theirs"},
                                     discussed_on=TODAY)
