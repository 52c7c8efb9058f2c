"""The risk vocabulary: one ordered set of levels, and the SQL rank expression made from it.
(That the expression equals the database's index is checked on a real vault in
tests/vault/test_cases_repo.py.)"""

from __future__ import annotations

from intake_app.domain.risk import RANK_SQL, UNKNOWN_RANK, RiskLevel, rank_of


def test_levels_rank_in_declared_order_above_unknown():
    assert [level.value for level in RiskLevel] == ["standard", "medium", "high"]
    assert [level.rank for level in RiskLevel] == [1, 2, 3]
    assert rank_of(None) == rank_of("") == rank_of("severe") == UNKNOWN_RANK == 0
    assert rank_of("high") == RiskLevel.HIGH.rank


def test_the_sql_rank_expression_names_every_level_with_its_rank():
    for level in RiskLevel:
        assert f"WHEN '{level.value}' THEN {level.rank}" in RANK_SQL
    assert RANK_SQL.endswith(f"ELSE {UNKNOWN_RANK} END)")
