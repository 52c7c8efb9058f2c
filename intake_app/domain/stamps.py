"""The one format of the moments the vault records (case changes, audit entries, drafts,
backups): UTC to the second, ``2026-03-14T09:30:00Z``. Writing and reading it goes through here
so that every layer agrees on it; how a moment is *shown* is the UI's business.
"""

from __future__ import annotations

from datetime import UTC, datetime

STAMP_FORMAT = "%Y-%m-%dT%H:%M:%SZ"


def stamp(moment: datetime) -> str:
    """``moment`` (any time zone) as a stored stamp, in UTC."""
    return moment.astimezone(UTC).strftime(STAMP_FORMAT)


def parse_stamp(text: str) -> datetime:
    """A stored stamp as an aware UTC datetime. Raises ValueError for anything else."""
    return datetime.strptime(text, STAMP_FORMAT).replace(tzinfo=UTC)
