"""Start-up to the sign-in window, against a bare PySide6 window, in the same run.

Both are whole processes timed from launch to exit, on the offscreen platform: the bare one
creates a QApplication and shows an empty QWidget; the app starts ``python -m intake_app`` on an
existing vault and quits as soon as its sign-in window is up. Target: app <= 2x bare.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RUNS = 7

BARE = (
    "from PySide6.QtCore import QTimer\n"
    "from PySide6.QtWidgets import QApplication, QWidget\n"
    "app = QApplication([])\n"
    "w = QWidget(); w.setWindowTitle('bare'); w.show()\n"
    "QTimer.singleShot(0, app.quit)\n"
    "app.exec()\n"
)


def _time(cmd: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, cwd=ROOT, env=env, check=True, capture_output=True, timeout=120)
    return time.perf_counter() - start


def run() -> dict[str, object]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    with tempfile.TemporaryDirectory(prefix="intake-start-") as tmp:
        data = Path(tmp) / "data"
        subprocess.run([sys.executable, "-m", "intake_app", "--data-dir", str(data), "admin",
                        "init", "--user", "bench"], input="benchmark passphrase 2026 long\n",
                       text=True, cwd=ROOT, env=env, check=True, capture_output=True)
        app_env = {**env, "INTAKE_STARTUP_PROBE": "1", "HOME": tmp}
        bare_cmd = [sys.executable, "-c", BARE]
        app_cmd = [sys.executable, "-m", "intake_app", "--data-dir", str(data)]
        _time(bare_cmd, env)  # warm the file cache for both
        _time(app_cmd, app_env)
        bare, app = [], []
        for _ in range(RUNS):
            bare.append(_time(bare_cmd, env))
            app.append(_time(app_cmd, app_env))
    bare_ms = statistics.median(bare) * 1000
    app_ms = statistics.median(app) * 1000
    return {"bare_window_ms": round(bare_ms, 1), "app_sign_in_ms": round(app_ms, 1),
            "ratio": round(app_ms / bare_ms, 2), "target_ratio": "<= 2", "runs": RUNS,
            "met": app_ms / bare_ms <= 2}


if __name__ == "__main__":
    print(json.dumps(run(), indent=2))
