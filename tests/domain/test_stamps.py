"""The stored form of a moment: UTC to the second, read back as the same moment."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from intake_app.domain.stamps import parse_stamp, stamp


def test_a_moment_is_stored_in_utc_and_read_back_unchanged():
    moment = datetime(2026, 3, 14, 10, 30, 5, tzinfo=timezone(timedelta(hours=1)))
    assert stamp(moment) == "2026-03-14T09:30:05Z"
    assert parse_stamp(stamp(moment)) == moment
    assert parse_stamp("2026-03-14T09:30:05Z").tzinfo is UTC


@pytest.mark.parametrize("text", ["", "2026-03-14", "2026-03-14 09:30:05", "yesterday",
                                  "2026-02-30T09:30:05Z"])
def test_anything_else_is_not_a_stamp(text):
    with pytest.raises(ValueError):
        parse_stamp(text)
