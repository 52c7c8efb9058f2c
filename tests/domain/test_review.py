"""The review rule: the stored column's test (what the case list's SQL computes) agrees with
the per-case rule (what the overview shows) on every combination, boundaries included."""

from __future__ import annotations

import itertools
from datetime import date, timedelta

import pytest

from intake_app.domain.review import (
    DUE_NOW,
    ReviewReason,
    cutoff,
    due_in_list,
    review_due,
    review_since,
)

TODAY = date(2026, 5, 30)


def test_ninety_days_after_1_march_is_30_may():
    state = review_due(is_open=True, opened_on=date(2026, 1, 1), assessed_on=date(2026, 3, 1),
                       new_incident_on=None, today=TODAY, interval_days=90)
    assert state.due and state.reason is ReviewReason.INTERVAL
    assert state.due_on == TODAY
    assert cutoff(TODAY, 90) == date(2026, 3, 1)


@pytest.mark.parametrize(("is_open", "age", "incident", "interval"), list(itertools.product(
    [True, False], [None, 0, 6, 7, 8, 89, 90, 91, 729, 730, 731], [None, 1], [7, 90, 730])))
def test_list_column_agrees_with_the_case_rule(is_open, age, incident, interval):
    assessed = None if age is None else TODAY - timedelta(days=age)
    new_on = None if incident is None or assessed is None else assessed + timedelta(days=1)
    state = review_due(is_open=is_open, opened_on=TODAY - timedelta(days=1000),
                       assessed_on=assessed, new_incident_on=new_on, today=TODAY,
                       interval_days=interval)
    since = review_since(assessed, new_on)
    assert due_in_list(is_open, since, TODAY, interval) is state.due
    if not is_open:
        assert not state.due and state.reason is None
    elif assessed is None:
        assert state.reason is ReviewReason.NEVER_ASSESSED and since == DUE_NOW
    elif new_on is not None:
        assert state.reason is ReviewReason.NEW_INCIDENT and state.due_on == new_on
    else:
        assert state.due is (age >= interval)
        assert state.due_on == assessed + timedelta(days=interval)
