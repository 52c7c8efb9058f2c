"""Helpers to run the CLI as a subprocess (the same code path an IT admin uses)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def cli(data_dir: Path | None, *args: str, stdin: str = "", prefix: list[str] | None = None,
        env: dict[str, str] | None = None, timeout: float = 120) -> subprocess.CompletedProcess:
    cmd = [*(prefix or []), sys.executable, "-m", "tests.helpers.cli_weak"]
    if data_dir is not None:
        cmd += ["--data-dir", str(data_dir)]
    cmd += list(args)
    full_env = {**os.environ, **(env or {})}
    return subprocess.run(cmd, input=stdin, capture_output=True, text=True, cwd=ROOT,
                          env=full_env, timeout=timeout)
