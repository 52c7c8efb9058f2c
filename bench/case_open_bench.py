"""Opening one case, on the offscreen platform:

* ``first_paint``: from building the case view to its first screen painted -- ``CaseView``
  is constructed (the case is read, its tabs set up), shown, and painted with ``grab()``.
  ``construct`` and ``paint`` split that figure in two.
* ``intake_tab``: switching to "Intake details" and painting it, the cost moved there when the
  tab is built on first show (reported, not a target).
* ``memory``: 600 cases opened, painted and closed one after the other (as a worker going
  through her list would); the resident memory after a warm-up, after every 100 cases and at
  the end. It must stay flat: a view that is closed leaves nothing behind.

Target: first paint < 100 ms (median). Run: ``python -m bench.case_open_bench``.
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication

from intake_app.domain.roles import Role
from intake_app.services.cases import CaseService
from intake_app.services.demo import bulk_load_synthetic
from intake_app.services.session import Session
from intake_app.ui.cases.case_view import TAB_INTAKE, CaseView
from intake_app.vault import crypto
from intake_app.vault.store import Vault

CASES = 600
PAINT_RUNS = 15
WARM_UP = 20
MEMORY_EVERY = 100
SIZE = (1180, 760)
ADMIN, ADMIN_PASS = "admin", "benchmark admin passphrase 1"
USER, USER_PASS = "amara", "benchmark caseworker passphrase 1"
TARGET_FIRST_PAINT_MS = 100


def _ms(seconds: float) -> float:
    return round(seconds * 1000, 1)


def rss_mib() -> float | None:
    """Resident memory now (Linux ``/proc``); None where that is not available."""
    try:
        fields = Path("/proc/self/statm").read_text().split()
    except OSError:
        return None
    return round(int(fields[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20, 1)


def build(data_dir: Path) -> list[str]:
    """A vault whose caseworker owns ``CASES`` synthetic cases. Returns their references."""
    crypto.allow_weak_kdf_for_tests()  # the benchmark measures the screen, not the KDF
    admin, _recovery = Vault.create(data_dir, ADMIN, ADMIN_PASS, kdf=crypto.TEST_PARAMS)
    admin.add_user(USER, Role.CASEWORKER, USER_PASS, kdf=crypto.TEST_PARAMS, team="north")
    admin.lock()
    with Vault.unlock(data_dir, USER, USER_PASS) as vault:
        return bulk_load_synthetic(vault, CASES, owners=[USER], team="north")


def _close(app: QApplication, view: CaseView) -> None:
    view.close()
    view.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    app.processEvents()


def open_case(app: QApplication, service: CaseService, reference: str,
              ) -> tuple[CaseView, float, float]:
    """Build and paint one case view: (view, seconds to construct, seconds to paint)."""
    start = time.perf_counter()
    view = CaseView(service, reference)
    built = time.perf_counter()
    view.resize(*SIZE)
    view.show()
    app.processEvents()
    view.grab()
    return view, built - start, time.perf_counter() - built


def first_paint(app: QApplication, service: CaseService, refs: list[str],
                ) -> dict[str, list[float]]:
    out: dict[str, list[float]] = {"first_paint": [], "construct": [], "paint": [],
                                   "intake_tab": []}
    for reference in refs[:PAINT_RUNS]:
        view, construct, paint = open_case(app, service, reference)
        out["construct"].append(construct)
        out["paint"].append(paint)
        out["first_paint"].append(construct + paint)
        start = time.perf_counter()
        view.tabs.setCurrentIndex(TAB_INTAKE)
        app.processEvents()
        view.grab()
        out["intake_tab"].append(time.perf_counter() - start)
        _close(app, view)
    return out


def memory(app: QApplication, service: CaseService, refs: list[str]) -> dict[str, object]:
    for reference in refs[:WARM_UP]:  # caches, fonts and the style settle first
        _close(app, open_case(app, service, reference)[0])
    start = rss_mib()
    samples: dict[str, float | None] = {}
    for count, reference in enumerate(refs, start=1):
        _close(app, open_case(app, service, reference)[0])
        if count % MEMORY_EVERY == 0:
            samples[str(count)] = rss_mib()
    end = rss_mib()
    return {"opened_and_closed": len(refs), "rss_mib_after_warm_up": start,
            "rss_mib_after": samples,
            "growth_mib": round(end - start, 1) if start is not None and end is not None
            else None}


def _summary(times: list[float], target: float | None = None) -> dict[str, object]:
    ordered = sorted(times)
    p90 = ordered[max(0, int(len(ordered) * 0.9) - 1)]
    out: dict[str, object] = {"median_ms": _ms(statistics.median(ordered)), "p90_ms": _ms(p90),
                              "max_ms": _ms(ordered[-1]), "runs": len(ordered)}
    if target is not None:
        out["target_ms"] = target
        out["median_within_target"] = _ms(statistics.median(ordered)) < target
    return out


def run() -> dict[str, object]:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    with tempfile.TemporaryDirectory() as scratch:
        root = Path(scratch) / "vault"
        refs = build(root)
        with Vault.unlock(root, USER, USER_PASS) as vault:
            service = CaseService(Session(vault))
            times = first_paint(app, service, refs)
            memory_figures = memory(app, service, refs)
    return {
        "platform": app.platformName(),
        "first_paint": _summary(times["first_paint"], TARGET_FIRST_PAINT_MS),
        "construct": _summary(times["construct"]),
        "paint": _summary(times["paint"]),
        "intake_tab": _summary(times["intake_tab"]),
        "memory": memory_figures,
    }


def main() -> int:
    print(json.dumps(run(), indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
