"""Only intake_app.ui (and app.py) may import PySide6; nothing imports network modules."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _non_ui_modules():
    for path in sorted((ROOT / "intake_app").rglob("*.py")):
        rel = path.relative_to(ROOT).with_suffix("")
        parts = rel.parts
        if "ui" in parts or parts[-1] in ("app", "__main__"):
            continue
        yield ".".join(p for p in parts if p != "__init__")


def test_non_ui_modules_do_not_import_pyside6():
    modules = list(_non_ui_modules())
    code = ("import importlib, sys\n"
            f"for m in {modules!r}:\n"
            "    importlib.import_module(m)\n"
            "bad = [m for m in sys.modules if m.startswith('PySide6')]\n"
            "print(','.join(bad))\n")
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == ""
    assert len(modules) > 10
