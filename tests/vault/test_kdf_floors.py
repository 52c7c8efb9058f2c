"""The weak-KDF test switch: refused in a frozen bundle, and the floors hold with it off.

The suite runs with the switch on (tests/conftest.py), so the floors themselves are checked
in a separate pytest process that never turns it on (tests/vault/switch_off_cases.py).
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from intake_app.domain.errors import WeakKdfParameters
from intake_app.vault import crypto

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def frozen(monkeypatch):
    """This process as a PyInstaller bundle sees itself."""
    monkeypatch.setattr(sys, "frozen", True, raising=False)


def test_the_switch_refuses_to_turn_on_in_a_frozen_bundle(frozen, monkeypatch):
    monkeypatch.setattr(crypto, "_weak_kdf_allowed", False)
    with pytest.raises(RuntimeError):
        crypto.allow_weak_kdf_for_tests()
    assert not crypto.weak_kdf_allowed()


def test_a_frozen_bundle_never_takes_the_cheap_path(frozen):
    # The suite has already turned the switch on; a bundle must refuse cheap settings anyway.
    with pytest.raises(WeakKdfParameters):
        crypto.TEST_PARAMS.check_floor()
    assert crypto.cheapest_params() == crypto.PRODUCTION_FLOOR


def test_the_floors_hold_with_the_switch_off(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "--noconftest", "-q", "-p", "no:cacheprovider",
         "--basetemp", str(tmp_path / "inner"), "tests/vault/switch_off_cases.py"],
        cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    summary = result.stdout.strip().splitlines()[-1]
    passed = re.search(r"(\d+) passed", summary)
    assert passed and int(passed.group(1)) >= 15, summary
    assert not re.search(r"skipped|xfail|xpass|deselected|error", summary), summary
