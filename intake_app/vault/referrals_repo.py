"""All SQL for referrals (``referrals``, ``referral_steps``, ``referral_contents``,
``referral_content_versions``, ``referral_step_reasons``, ``referral_exports``: migration 0008).

A referral's state and its content are kept apart (the state side holds no content). Content
is a JSON object in the draft shape the domain reads (``domain/referrals``); this module
neither reads nor checks it. ``move`` changes a state only from the one the caller read, so
two people acting on one referral at once cannot both succeed. Nothing here decides who may
do what or which moves are legal (``services/referrals.py``, ``domain/referrals``), and nothing
commits: every method runs inside the caller's transaction.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from intake_app.vault.database import Connection


@dataclass(frozen=True)
class StoredReferral:
    id: int
    case_id: int
    case_reference: str
    team: str
    state: str
    author: str
    created_at: str
    updated_at: str
    approved_by: str | None
    approved_at: str | None
    content: Mapping[str, Any]
    content_version: int


@dataclass(frozen=True)
class StoredStep:
    id: int
    from_state: str | None
    to_state: str
    by: str
    at: str
    reason: str | None


@dataclass(frozen=True)
class StoredExport:
    id: int
    content_version: int
    exported_at: str
    exported_by: str
    sha256: str
    deletion_requested_at: str | None


_SELECT = (
    "SELECT r.id, r.case_id, c.reference, c.team, r.state, r.author, r.created_at, "
    "r.updated_at, r.approved_by, r.approved_at, rc.data, rc.version "
    "FROM referrals r JOIN cases c ON c.id = r.case_id "
    "JOIN referral_contents rc ON rc.referral_id = r.id")


def _referral(row: tuple[Any, ...]) -> StoredReferral:
    content = json.loads(str(row[10]))
    return StoredReferral(int(row[0]), int(row[1]), str(row[2]), str(row[3]), str(row[4]),
                          str(row[5]), str(row[6]), str(row[7]),
                          None if row[8] is None else str(row[8]),
                          None if row[9] is None else str(row[9]), content, int(row[11]))


def _json(content: Mapping[str, Any]) -> str:
    return json.dumps(dict(content), ensure_ascii=False, sort_keys=True)


class ReferralsRepo:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    # --- writing ------------------------------------------------------------------------------

    def insert(self, case_id: int, content: Mapping[str, Any], by: str, at: str) -> int:
        """A new draft with its first content version and its first step; returns its id."""
        referral_id = int(self.conn.execute(
            "INSERT INTO referrals (case_id, state, author, created_at, updated_at) "
            "VALUES (?, 'draft', ?, ?, ?) RETURNING id", (case_id, by, at, at)).fetchone()[0])
        data = _json(content)
        self.conn.execute(
            "INSERT INTO referral_contents (referral_id, version, data, saved_at, saved_by) "
            "VALUES (?, 1, ?, ?, ?)", (referral_id, data, at, by))
        self.conn.execute(
            "INSERT INTO referral_content_versions (referral_id, version, data, saved_at, "
            "saved_by) VALUES (?, 1, ?, ?, ?)", (referral_id, data, at, by))
        self._step(referral_id, None, "draft", by, at, None)
        return referral_id

    def save_content(self, referral_id: int, content: Mapping[str, Any], by: str,
                     at: str) -> int:
        """The referral's next content version; returns its number."""
        data = _json(content)
        version = int(self.conn.execute(
            "UPDATE referral_contents SET version = version + 1, data = ?, saved_at = ?, "
            "saved_by = ? WHERE referral_id = ? RETURNING version",
            (data, at, by, referral_id)).fetchone()[0])
        self.conn.execute(
            "INSERT INTO referral_content_versions (referral_id, version, data, saved_at, "
            "saved_by) VALUES (?, ?, ?, ?, ?)", (referral_id, version, data, at, by))
        self.conn.execute("UPDATE referrals SET updated_at = ? WHERE id = ?", (at, referral_id))
        return version

    def move(self, referral_id: int, from_state: str, to_state: str, by: str, at: str, *,
             reason: str | None = None, approved: bool = False) -> bool:
        """Move the referral from ``from_state`` to ``to_state``; False (nothing changed) when
        it no longer stands in ``from_state``. ``approved`` records ``by`` as its approver;
        a move to submitted (an approved one the gate sent back) names none."""
        if to_state == "submitted":
            changed = self.conn.execute(
                "UPDATE referrals SET state = ?, updated_at = ?, approved_by = NULL, "
                "approved_at = NULL WHERE id = ? AND state = ?",
                (to_state, at, referral_id, from_state)).rowcount
        elif approved:
            changed = self.conn.execute(
                "UPDATE referrals SET state = ?, updated_at = ?, approved_by = ?, "
                "approved_at = ? WHERE id = ? AND state = ?",
                (to_state, at, by, at, referral_id, from_state)).rowcount
        else:
            changed = self.conn.execute(
                "UPDATE referrals SET state = ?, updated_at = ? WHERE id = ? AND state = ?",
                (to_state, at, referral_id, from_state)).rowcount
        if changed != 1:
            return False
        self._step(referral_id, from_state, to_state, by, at, reason)
        return True

    def _step(self, referral_id: int, from_state: str | None, to_state: str, by: str, at: str,
              reason: str | None) -> int:
        step_id = int(self.conn.execute(
            "INSERT INTO referral_steps (referral_id, from_state, to_state, by_user, at) "
            "VALUES (?, ?, ?, ?, ?) RETURNING id",
            (referral_id, from_state, to_state, by, at)).fetchone()[0])
        if reason:
            self.conn.execute("INSERT INTO referral_step_reasons (step_id, reason) VALUES (?, ?)",
                              (step_id, reason))
        return step_id

    def add_export(self, referral_id: int, content_version: int, sha256: str, by: str,
                   at: str) -> int:
        return int(self.conn.execute(
            "INSERT INTO referral_exports (referral_id, content_version, exported_at, "
            "exported_by, sha256) VALUES (?, ?, ?, ?, ?) RETURNING id",
            (referral_id, content_version, at, by, sha256)).fetchone()[0])

    def request_deletion(self, referral_id: int, at: str) -> int:
        """Mark every export of the referral not yet marked as one whose recipient was asked
        to delete it; returns how many."""
        return int(self.conn.execute(
            "UPDATE referral_exports SET deletion_requested_at = ? "
            "WHERE referral_id = ? AND deletion_requested_at IS NULL",
            (at, referral_id)).rowcount)

    # --- reading ------------------------------------------------------------------------------

    def get(self, referral_id: int) -> StoredReferral | None:
        row = self.conn.execute(f"{_SELECT} WHERE r.id = ?", (referral_id,)).fetchone()
        return None if row is None else _referral(tuple(row))

    def of_case(self, case_id: int) -> list[StoredReferral]:
        return [_referral(tuple(r)) for r in self.conn.execute(
            f"{_SELECT} WHERE r.case_id = ? ORDER BY r.id", (case_id,))]

    def by_author(self, author: str) -> list[StoredReferral]:
        return [_referral(tuple(r)) for r in self.conn.execute(
            f"{_SELECT} WHERE r.author = ? ORDER BY r.id", (author,))]

    def of_team(self, team: str, *, state: str | None = None) -> list[StoredReferral]:
        sql = f"{_SELECT} WHERE c.team = ?"
        params: list[object] = [team]
        if state is not None:
            sql += " AND r.state = ?"
            params.append(state)
        return [_referral(tuple(r)) for r in self.conn.execute(sql + " ORDER BY r.id", params)]

    def count_in_team(self, team: str, state: str) -> int:
        return int(self.conn.execute(
            "SELECT count(*) FROM referrals r JOIN cases c ON c.id = r.case_id "
            "WHERE c.team = ? AND r.state = ?", (team, state)).fetchone()[0])

    def steps(self, referral_id: int) -> list[StoredStep]:
        return [StoredStep(int(r[0]), None if r[1] is None else str(r[1]), str(r[2]), str(r[3]),
                           str(r[4]), None if r[5] is None else str(r[5]))
                for r in self.conn.execute(
                    "SELECT s.id, s.from_state, s.to_state, s.by_user, s.at, x.reason "
                    "FROM referral_steps s LEFT JOIN referral_step_reasons x ON x.step_id = s.id "
                    "WHERE s.referral_id = ? ORDER BY s.id", (referral_id,))]

    def content_version(self, referral_id: int, version: int) -> Mapping[str, Any] | None:
        row = self.conn.execute(
            "SELECT data FROM referral_content_versions WHERE referral_id = ? AND version = ?",
            (referral_id, version)).fetchone()
        return None if row is None else dict(json.loads(str(row[0])))

    def content_savers(self, referral_id: int) -> frozenset[str]:
        """Everyone who saved a version of the referral's content."""
        return frozenset(str(r[0]) for r in self.conn.execute(
            "SELECT DISTINCT saved_by FROM referral_content_versions WHERE referral_id = ?",
            (referral_id,)))

    def exports(self, referral_id: int) -> list[StoredExport]:
        return [StoredExport(int(r[0]), int(r[1]), str(r[2]), str(r[3]), str(r[4]),
                             None if r[5] is None else str(r[5]))
                for r in self.conn.execute(
                    "SELECT id, content_version, exported_at, exported_by, sha256, "
                    "deletion_requested_at FROM referral_exports WHERE referral_id = ? "
                    "ORDER BY id", (referral_id,))]
