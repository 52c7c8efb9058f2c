"""The case list's review-due filter at 100,000 cases, through CaseService (no widgets).

A supervisor who sees the whole team asks for the cases whose risk review is due, sorted as
the list sorts (most recently updated first, and by risk), and counts them. About a third of
the cases have a level-producing assessment at some day in the last year (so some are inside
the review interval and some past it), a few have an incident since; the rest were never
assessed and are due. Best of 5 runs per figure. Target: each under 100 ms.

Run: ``python -m bench.review_bench``.
"""

from __future__ import annotations

import json
import random
import tempfile
import time
from datetime import timedelta
from pathlib import Path

from intake_app.domain.case_record import CaseFilter, CaseSort, SortKey
from intake_app.domain.review import review_since
from intake_app.services.cases import CaseService
from intake_app.services.demo import build_demo_vault, bulk_load_synthetic
from intake_app.services.session import Session
from intake_app.vault import crypto
from intake_app.vault.store import Vault

TARGET_MS = 100


def _set_review_clocks(vault: Vault, seed: int = 3) -> None:
    """Give the synthetic cases review clocks as assessments and incidents would (the bulk
    loader inserts cases only; this writes the one column the filter reads)."""
    rng = random.Random(seed)  # invented data, not secrets
    today = vault.clock().astimezone().date()
    with vault.transaction() as conn:
        ids = [r[0] for r in conn.execute("SELECT id FROM cases")]
        rows = []
        for case_id in ids:
            if rng.random() < 0.35:
                assessed = today - timedelta(days=rng.randrange(0, 365))
                incident = assessed if rng.random() < 0.05 else None
                rows.append((review_since(assessed, incident), case_id))
        conn.executemany("UPDATE cases SET review_since = ? WHERE id = ?", rows)


def _best(call: object, runs: int = 5) -> float:
    timings = []
    for _ in range(runs):
        start = time.perf_counter()
        call()  # type: ignore[operator]
        timings.append(time.perf_counter() - start)
    return round(min(timings) * 1000, 1)


def run(count: int = 100_000) -> dict[str, object]:
    crypto.allow_weak_kdf_for_tests()  # measures the list, not the KDF
    with tempfile.TemporaryDirectory(prefix="intake-review-") as tmp:
        root = Path(tmp) / "v"
        logins = build_demo_vault(root, count=3, kdf=crypto.TEST_PARAMS)
        with Vault.unlock(root, *logins["supervisor"]) as vault:
            bulk_load_synthetic(vault, count, owners=["amara", "joanna", "grace"])
            _set_review_clocks(vault)
        with Vault.unlock(root, *logins["supervisor"]) as vault:
            session = Session(vault)
            due = CaseFilter(review_due=True)
            total = len(CaseService(session).list_ids())

            # A new service per run: its list cache is empty, so every figure is a real read
            # (the first time the filter is chosen), not the cache between keystrokes.
            def fresh() -> CaseService:
                return CaseService(session)

            figures = {
                "due_ids_newest_first_ms": _best(lambda: fresh().list_ids(due, CaseSort())),
                "due_ids_by_name_ms": _best(
                    lambda: fresh().list_ids(due, CaseSort(SortKey.NAME, descending=False))),
                "due_ids_by_risk_ms": _best(
                    lambda: fresh().list_ids(due, CaseSort(SortKey.RISK))),
                "due_count_ms": _best(lambda: fresh().count(due)),
                "due_search_ms": _best(
                    lambda: fresh().list_ids(CaseFilter(review_due=True, text="amina"))),
                "due_first_page_rows_ms": _best(
                    lambda: fresh().rows_for(fresh().list_ids(due)[:50])),
            }
            matched = len(fresh().list_ids(due))
    return {"cases": total, "due": matched, **figures,
            "target": f"each <= {TARGET_MS} ms",
            "met": all(v <= TARGET_MS for v in figures.values())}


if __name__ == "__main__":
    print(json.dumps(run(), indent=2, ensure_ascii=False))
