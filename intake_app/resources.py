"""The one accessor for files under ``resources/``, from a source tree or a frozen bundle."""

from __future__ import annotations

import sys
from pathlib import Path


def root() -> Path:
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def path(relative: str) -> Path:
    return root() / relative


def read_text(relative: str) -> str:
    return path(relative).read_text(encoding="utf-8")
