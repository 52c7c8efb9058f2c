"""The one vocabulary of risk levels (as the risk checklists name them).

Every layer uses ``RiskLevel``: the stored ``cases.risk_level`` text is its value, the list
sorts by its rank, and the SQL rank expression below is generated from it. Migration 0002
builds the ``cases_team_risk`` index on that same expression; SQLite reads the index instead
of sorting only when the query's ORDER BY repeats the index expression token for token, so
``tests/vault/test_cases_repo.py`` checks the text stored in a real vault against ``RANK_SQL``.
"""

from __future__ import annotations

from enum import StrEnum


class RiskLevel(StrEnum):
    """Known risk levels, declared from lowest to highest."""

    STANDARD = "standard"
    MEDIUM = "medium"
    HIGH = "high"

    @property
    def rank(self) -> int:
        """1 for the lowest level upwards; 0 is left for "not assessed" or unknown text."""
        return _RANKS[self]


_RANKS: dict[RiskLevel, int] = {level: i for i, level in enumerate(RiskLevel, start=1)}

#: Rank of a stored value that is empty or not a known level (sorts below every level).
UNKNOWN_RANK = 0


def rank_of(stored: str | None) -> int:
    """The rank of a stored ``risk_level`` (``UNKNOWN_RANK`` for None or unknown text)."""
    if stored is None or stored not in RiskLevel._value2member_map_:
        return UNKNOWN_RANK
    return RiskLevel(stored).rank


def _rank_sql(column: str) -> str:
    whens = " ".join(f"WHEN '{level.value}' THEN {level.rank}" for level in RiskLevel)
    return f"(CASE {column} {whens} ELSE {UNKNOWN_RANK} END)"


#: The ORDER BY expression of the risk sort; must equal the cases_team_risk index expression.
RANK_SQL = _rank_sql("risk_level")
