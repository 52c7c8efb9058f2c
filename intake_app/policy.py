"""Machine-wide admin policy (read-only for users) and where things live on disk.

The policy file is JSON at a fixed, administrator-owned path per platform (see
``default_policy_path``). Users cannot override it: there is no environment variable or command
line switch that points elsewhere in production. A malformed file stops the app with the line and
the reason, rather than silently falling back to defaults.
"""

from __future__ import annotations

import json
import os
import sys
from dataclasses import dataclass, fields
from pathlib import Path

import platformdirs

from intake_app.domain.errors import PolicyInvalid

APP_DIR_NAME = "ConfidentialIntake"


@dataclass(frozen=True)
class Policy:
    idle_lock_minutes: int = 5
    export_allowed: bool = True
    min_passphrase_length: int = 15
    min_kdf_memory_kib: int = 64 * 1024
    min_kdf_time_cost: int = 3
    data_dir: str | None = None
    retention_days: int | None = None
    clipboard_clear_seconds: int = 30

    def data_path(self) -> Path:
        return Path(self.data_dir) if self.data_dir else default_data_dir()


_LIMITS: dict[str, tuple[int, int]] = {
    "idle_lock_minutes": (1, 240),
    "min_passphrase_length": (15, 256),
    "min_kdf_memory_kib": (64 * 1024, 4 * 1024 * 1024),
    "min_kdf_time_cost": (3, 100),
    "retention_days": (30, 36500),
    "clipboard_clear_seconds": (5, 600),
}


def default_policy_path() -> Path:
    if sys.platform.startswith("win"):
        return Path(os.environ.get("PROGRAMDATA", r"C:\ProgramData")) / APP_DIR_NAME / \
            "policy.json"
    if sys.platform == "darwin":
        return Path("/Library/Application Support") / APP_DIR_NAME / "policy.json"
    return Path("/etc/confidential-intake/policy.json")


def default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_DIR_NAME, appauthor=False))


def load_policy(path: Path | None = None) -> Policy:
    """Read the policy; a missing file means defaults, a malformed one is refused."""
    path = Path(path) if path else default_policy_path()
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return Policy()
    except OSError as exc:
        raise PolicyInvalid(f"{path}: cannot be read ({exc.strerror})") from None
    return parse_policy(text, str(path))


def parse_policy(text: str, source: str = "policy") -> Policy:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise PolicyInvalid(f"{source}, line {exc.lineno}: {exc.msg}") from None
    if not isinstance(data, dict):
        raise PolicyInvalid(f"{source}: the policy must be a JSON object")
    known = {f.name: f for f in fields(Policy)}
    values: dict[str, object] = {}
    for key, value in data.items():
        line = _line_of(text, key)
        if key not in known:
            raise PolicyInvalid(f"{source}, line {line}: unknown setting '{key}'")
        if key == "export_allowed":
            if not isinstance(value, bool):
                raise PolicyInvalid(f"{source}, line {line}: '{key}' must be true or false")
        elif key == "data_dir":
            if value is not None and (not isinstance(value, str) or not Path(value).is_absolute()):
                raise PolicyInvalid(f"{source}, line {line}: '{key}' must be an absolute path")
        else:
            if value is None and key == "retention_days":
                pass
            elif not isinstance(value, int) or isinstance(value, bool):
                raise PolicyInvalid(f"{source}, line {line}: '{key}' must be a whole number")
            else:
                low, high = _LIMITS[key]
                if not low <= value <= high:
                    raise PolicyInvalid(
                        f"{source}, line {line}: '{key}' must be between {low} and {high}")
        values[key] = value
    return Policy(**values)  # type: ignore[arg-type]


def _line_of(text: str, key: str) -> int:
    needle = f'"{key}"'
    for number, line in enumerate(text.splitlines(), start=1):
        if needle in line:
            return number
    return 1
