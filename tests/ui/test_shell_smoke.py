"""The real entry point starts offscreen and quits by itself (INTAKE_SMOKE), with and without
a vault; and the Qt binding in use does not corrupt reference counts on signal emission."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import PySide6
import pytest
from PySide6.QtCore import QObject, Signal

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("with_vault", [False, True])
def test_gui_entry_point_starts_and_quits(tmp_path, with_vault, vault_dir):
    data = vault_dir if with_vault else tmp_path / "empty"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", INTAKE_SMOKE="1")
    result = subprocess.run([sys.executable, "-m", "intake_app", "--data-dir", str(data)],
                            cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]


class _Emitter(QObject):
    ping = Signal()


def test_signal_emit_keeps_reference_counts():
    """PySide6 6.12.0 drops a reference to ``True`` on every ``Signal.emit()`` from Python;
    after a few thousand emissions (a long intake typed with live feedback) the interpreter
    aborts with "deallocating True". Pin PySide6-Essentials != 6.12.0 (6.11.x is fine)."""
    emitter = _Emitter()
    before = sys.getrefcount(True)
    for _ in range(200):
        emitter.ping.emit()
    lost = before - sys.getrefcount(True)
    assert lost < 50, (f"PySide6 {PySide6.__version__} loses a reference to True per "
                       "Signal.emit(); use another PySide6 version")
