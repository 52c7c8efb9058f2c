"""Sorted id lists of the case list, kept between keystrokes. No SQL.

Typing a search re-asks "which of the cases I can see match, in this order?" on every key.
The order and the visibility do not change while she types; only the matches do. So the
sorted ids of a view (scope, filters, sort) are read once from their index and kept here until
the next commit, and each keystroke only intersects them with the full-text matches. Only case
ids are held, never case content.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Hashable, Set

from intake_app.vault.database import Connection


class OrderedIds:
    """The ids of one view in display order, filterable by a set of matches."""

    def __init__(self, ids: list[int]) -> None:
        self.ids = ids
        self._positions: dict[int, int] | None = None

    def __len__(self) -> int:
        return len(self.ids)

    def matching(self, wanted: Set[int]) -> list[int]:
        """The ids in ``wanted``, in this list's order."""
        if len(wanted) * 16 >= len(self.ids):
            return [i for i in self.ids if i in wanted]
        # A few matches among many ids: look their places up instead of walking the list.
        if self._positions is None:
            self._positions = {case_id: n for n, case_id in enumerate(self.ids)}
        places = sorted(p for p in map(self._positions.get, wanted) if p is not None)
        return [self.ids[p] for p in places]


class ListCache:
    """The last few views' sorted ids. Any commit, by this connection or another, empties it
    (``PRAGMA data_version`` moves on others' commits, ``total_changes`` on this one's)."""

    def __init__(self, size: int = 4) -> None:
        self._size = size
        self._conn: Connection | None = None
        self._stamp: tuple[int, int] = (-1, -1)
        self._lists: OrderedDict[Hashable, OrderedIds] = OrderedDict()

    def _current(self, conn: Connection) -> None:
        stamp = (int(conn.execute("PRAGMA data_version").fetchone()[0]), conn.total_changes)
        if conn is not self._conn or stamp != self._stamp:
            self._conn, self._stamp = conn, stamp
            self._lists.clear()

    def get(self, conn: Connection, key: Hashable) -> OrderedIds | None:
        self._current(conn)
        found = self._lists.get(key)
        if found is not None:
            self._lists.move_to_end(key)
        return found

    def put(self, key: Hashable, ids: OrderedIds) -> None:
        self._lists[key] = ids
        while len(self._lists) > self._size:
            self._lists.popitem(last=False)
