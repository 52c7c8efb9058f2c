"""Case-list figures at 100,000 cases, on the offscreen platform:

* ``first_paint_ms``: from building the list panel to the first screen painted -- the service
  returns the 100,000 ids, the model takes them, the first page of rows is read and the
  widget is painted (a ``grab()``, which paints everything visible).
* ``keystroke_ms``: from one key typed into the search box to the result list painted again,
  for every keystroke of a few realistic searches typed at a normal pace (each keystroke
  is answered at once; keystrokes closer together than the search window are gathered).
* ``service``: the service calls underneath, for reading the figures.

Targets: first paint <= 300 ms, keystroke -> results <= 50 ms (median and 90th percentile
reported; the slowest keystroke too). Run: ``python -m bench.ui_bench [--data DIR]``; with
``--data`` an existing benchmark vault is reused (it is built there the first time).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from intake_app.domain.case_record import CaseFilter
from intake_app.domain.roles import Role
from intake_app.services.cases import CaseService
from intake_app.services.demo import bulk_load_synthetic
from intake_app.services.session import Session
from intake_app.ui.cases.case_list import CaseListPanel
from intake_app.vault import crypto
from intake_app.vault.store import Vault, vault_exists

COUNT = 100_000
ADMIN, ADMIN_PASS = "admin", "benchmark admin passphrase 1"
USER, USER_PASS = "grace", "benchmark supervisor passphrase 1"
QUERIES = ("amina", "ayesha beg", "07700 900", "CI-2026-0001", "maria silva", "王")
PAINT_RUNS = 7
TARGET_FIRST_PAINT_MS = 300
TARGET_KEYSTROKE_MS = 50
#: Per keystroke, the time spent outside ``CaseService.list_ids`` (model, view, paint).
UI_ONLY: list[float] = []


def _ms(seconds: float) -> float:
    return round(seconds * 1000, 1)


def build(data_dir: Path) -> float:
    """A vault whose supervisor sees 100,000 synthetic cases. Returns the seconds it took."""
    crypto.allow_weak_kdf_for_tests()  # the benchmark measures the list, not the KDF
    start = time.perf_counter()
    admin, _recovery = Vault.create(data_dir, ADMIN, ADMIN_PASS, kdf=crypto.TEST_PARAMS)
    admin.add_user(USER, Role.SUPERVISOR, USER_PASS, kdf=crypto.TEST_PARAMS, team="north")
    admin.add_user("amara", Role.CASEWORKER, USER_PASS + "x", kdf=crypto.TEST_PARAMS,
                   team="north")
    admin.lock()
    with Vault.unlock(data_dir, USER, USER_PASS) as vault:
        bulk_load_synthetic(vault, COUNT, owners=[USER, "amara"], team="north")
    return time.perf_counter() - start


def first_paint(app: QApplication, service: CaseService) -> list[float]:
    times = []
    for _ in range(PAINT_RUNS):
        start = time.perf_counter()
        panel = CaseListPanel(service)
        panel.resize(1200, 800)
        panel.show()  # the first show loads the ids
        app.processEvents()
        panel.grab()  # paints every visible row: the first page is read here
        times.append(time.perf_counter() - start)
        assert panel.model.rowCount() == COUNT
        panel.close()
        panel.deleteLater()
        app.processEvents()
    return times


def keystrokes(app: QApplication, service: CaseService,
               ) -> tuple[list[float], dict[str, int], dict[str, list[float]]]:
    panel = CaseListPanel(service)
    panel.resize(1200, 800)
    panel.show()
    app.processEvents()
    panel.grab()
    times: list[float] = []
    found: dict[str, int] = {}
    per_query: dict[str, list[float]] = {}
    in_service: list[float] = []
    list_ids = service.list_ids

    def timed_list_ids(*args: object, **kwargs: object) -> list[int]:
        start = time.perf_counter()
        try:
            return list_ids(*args, **kwargs)  # type: ignore[arg-type]
        finally:
            in_service.append(time.perf_counter() - start)

    service.list_ids = timed_list_ids  # type: ignore[method-assign]
    for query in QUERIES:
        panel.search.clear()
        _settle(app, panel)
        for char in query:
            in_service.clear()
            start = time.perf_counter()
            _type(panel, char)
            app.processEvents()
            panel.table.viewport().grab()  # the results as painted
            times.append(time.perf_counter() - start)
            UI_ONLY.append(times[-1] - sum(in_service))
            per_query.setdefault(query, []).append(_ms(times[-1]))
            _settle(app, panel)  # typing pace: the next key comes after the window
        found[query] = panel.model.rowCount()
    service.list_ids = list_ids  # type: ignore[method-assign]
    panel.close()
    return times, found, per_query


def _type(panel: CaseListPanel, char: str) -> None:
    if char.isascii():
        QTest.keyClick(panel.search, char if char != " " else Qt.Key.Key_Space)
        return
    # QTest only types ASCII; a real key event carries any text.
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(panel.search, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier,
                                                       char))


def _settle(app: QApplication, panel: CaseListPanel) -> None:
    deadline = time.perf_counter() + 0.2
    while time.perf_counter() < deadline:
        app.processEvents()
        time.sleep(0.005)
    assert not panel._search_pending


def service_figures(service: CaseService) -> dict[str, float]:
    out: dict[str, float] = {}
    start = time.perf_counter()
    ids = service.list_ids(CaseFilter())
    out["list_ids_all_ms"] = _ms(time.perf_counter() - start)
    start = time.perf_counter()
    service.rows_for(ids[:200])
    out["rows_for_200_ms"] = _ms(time.perf_counter() - start)
    for text in ("a", "am", "amina", "07700 900"):
        start = time.perf_counter()
        service.list_ids(CaseFilter(text=text))
        out[f"list_ids_search_{text.replace(' ', '_')}_ms"] = _ms(time.perf_counter() - start)
    return out


def _summary(times: list[float], target: float) -> dict[str, object]:
    ordered = sorted(times)
    p90 = ordered[max(0, int(len(ordered) * 0.9) - 1)]
    return {"median_ms": _ms(statistics.median(ordered)), "p90_ms": _ms(p90),
            "max_ms": _ms(ordered[-1]), "runs": len(ordered), "target_ms": target,
            "median_within_target": _ms(statistics.median(ordered)) <= target}


def run(data_dir: Path | None = None) -> dict[str, object]:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    with tempfile.TemporaryDirectory() as scratch:
        root = data_dir or Path(scratch) / "vault"
        built = None if vault_exists(root) else build(root)
        with Vault.unlock(root, USER, USER_PASS) as vault:
            service = CaseService(Session(vault))
            paint = first_paint(app, service)
            typed, found, per_query = keystrokes(app, service)
            figures = service_figures(service)
    return {
        "cases": COUNT,
        "platform": app.platformName(),
        "first_paint": _summary(paint, TARGET_FIRST_PAINT_MS),
        "keystroke_to_results": _summary(typed, TARGET_KEYSTROKE_MS),
        "results_per_query": found,
        "keystroke_ms_per_query": per_query,
        "keystroke_ui_only": _summary(UI_ONLY, TARGET_KEYSTROKE_MS),
        "service": figures,
        "vault_build_s": round(built, 1) if built is not None else "reused",
    }


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.ui_bench")
    parser.add_argument("--data", type=Path, help="benchmark vault folder (built if missing)")
    args = parser.parse_args()
    print(json.dumps(run(args.data), indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
