"""Failed-unlock counting with growing delays that survive a restart.

Kept in ``unlock-attempts.json`` beside the vault (not in the key slot file, which must stay
byte-identical after a failed attempt). It holds user names, counts and times, nothing secret.
This is a speed bump for someone at the keyboard; the KDF cost is the defence for a copied file.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from pathlib import Path

from intake_app.domain.errors import UnlockThrottled
from intake_app.vault.atomic import write_atomic

FREE_ATTEMPTS = 3
MAX_DELAY_SECONDS = 15 * 60


def delay_for(failures: int) -> float:
    """No delay for the first few failures, then 5 s doubling up to 15 minutes."""
    if failures < FREE_ATTEMPTS:
        return 0.0
    return float(min(5 * 2 ** (failures - FREE_ATTEMPTS), MAX_DELAY_SECONDS))


class Throttle:
    def __init__(self, path: Path, clock: Callable[[], float] = time.time) -> None:
        self.path = Path(path)
        self.clock = clock

    def _read(self) -> dict[str, dict[str, object]]:
        """The counters; a damaged file (or record) counts as empty rather than locking
        everyone out: this is a speed bump, not the defence."""
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        if not isinstance(data, dict):
            return {}
        clean: dict[str, dict[str, object]] = {}
        for user, record in data.items():
            try:
                failures = int(record["failures"])
                last = float(record.get("last", 0.0))
                times = [float(t) for t in record.get("times", [])]
            except (TypeError, ValueError, KeyError, AttributeError):
                continue
            clean[str(user)] = {"failures": failures, "last": last, "times": times}
        return clean

    def _write(self, data: dict[str, dict[str, object]]) -> None:
        write_atomic(self.path, json.dumps(data, sort_keys=True).encode())

    def check(self, user: str) -> None:
        record = self._read().get(user)
        if not record:
            return
        failures = int(record.get("failures", 0))  # type: ignore[call-overload]
        last = float(record.get("last", 0.0))  # type: ignore[arg-type]
        wait = last + delay_for(failures) - self.clock()
        if wait > 0:
            raise UnlockThrottled(wait)

    def failed(self, user: str) -> None:
        data = self._read()
        record = data.setdefault(user, {"failures": 0, "times": []})
        record["failures"] = int(record.get("failures", 0)) + 1  # type: ignore[call-overload]
        now = self.clock()
        record["last"] = now
        times = list(record.get("times", []))  # type: ignore[call-overload]
        record["times"] = ([*times, now])[-50:]
        self._write(data)

    def succeeded(self, user: str) -> list[float]:
        """Clear the user's record; return the failure times to be written to the audit log."""
        data = self._read()
        record = data.pop(user, None)
        if record is None:
            return []
        self._write(data)
        return [float(t) for t in record.get("times", [])]  # type: ignore[union-attr]
