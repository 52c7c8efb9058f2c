"""Failed-unlock counting with growing delays that survive a restart.

Kept in ``unlock-attempts.json`` beside the vault (not in the key slot file, which must stay
byte-identical after a failed attempt). It holds user names, counts and times, nothing secret.
This is a speed bump for someone at the keyboard; the KDF cost is the defence for a copied file.

Counting: every attempt is counted as a failure *before* its key derivation, under an
exclusive lock on ``unlock-attempts.lock``, so parallel guesses (threads or processes) each
see the others' counts and none is lost; an attempt that dies midway stays counted (the safe
direction). A passphrase that proves right takes its own count back (``Throttle.attempt``), and
a completed sign-in clears the record (``succeeded``), handing the earlier failure times to the
audit log. An attempt refused during a wait is not counted: it tested no passphrase, and
counting it would only stretch the wait of someone who tried too early.

Reading trusts nothing in the file (someone with access to the folder can write anything, and
a clock can be wrong):

* an unreadable, oversized, undecodable or non-object file counts as empty;
* in a record, a value that is not a finite number in range (NaN, Infinity, 1e999, 1e20 as a
  time, a negative or absurd count, text...) is damage of that field only: the count is rebuilt
  from the valid attempt times, the time of the last failure from the latest valid time (else
  "long ago"); a record left with nothing is dropped. So damage can reset a counter but never
  lock anyone out;
* a time later than now (the clock was fast) is taken as now, and that repair is written back
  so the wait runs out; no wait is ever longer than ``MAX_DELAY_SECONDS``.
"""

from __future__ import annotations

import contextlib
import json
import math
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from intake_app.domain.errors import DiskFull, UnknownUser, UnlockThrottled, VaultNotWritable
from intake_app.files.atomic import write_atomic
from intake_app.vault import crypto
from intake_app.vault.locks import exclusive

if TYPE_CHECKING:
    from intake_app.vault.keyslots import KeySlots

FREE_ATTEMPTS = 3
MAX_DELAY_SECONDS = 15 * 60
#: Counts saturate here; the delay stopped growing long before.
MAX_FAILURES = 1_000_000
#: Failure times kept per user for the audit log.
MAX_TIMES = 50
#: Far above any real file (a few hundred bytes per user); anything bigger is damage.
MAX_FILE_BYTES = 1 << 20
#: 9999-12-31T00:00:00Z: later times cannot be formatted for the audit log.
LATEST_TIME = 253402214400.0
#: The one counter shared by every name without a key slot: a mistyped name (or a passphrase
#: typed into the name field) is never written to disk.
UNKNOWN_BUCKET = "*unknown-name*"


def delay_for(failures: int) -> float:
    """No delay for the first few failures, then 5 s doubling up to 15 minutes."""
    if failures < FREE_ATTEMPTS:
        return 0.0
    # The exponent is bounded so a huge count costs nothing (5 * 2**8 is already past the cap).
    exponent = min(failures - FREE_ATTEMPTS, 16)
    return float(min(5 * 2**exponent, MAX_DELAY_SECONDS))


@dataclass
class _Record:
    failures: int
    last: float
    times: list[float] = field(default_factory=list)


@dataclass(frozen=True)
class Attempt:
    """One counted attempt, to be taken back if its passphrase proves right."""

    user: str
    at: float
    previous_last: float | None
    #: False when the disk was too full to count it: the wait was still checked under the
    #: lock, and a sign-in on a full disk still works (to read what is there), uncounted.
    recorded: bool = True


def _time(value: object) -> float | None:
    """A usable timestamp, or None for anything else (bool, text, NaN, infinity, out of range)."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    try:
        number = float(value)
    except OverflowError:  # an integer too large for a float
        return None
    if not math.isfinite(number) or not 0.0 <= number <= LATEST_TIME:
        return None
    return number


def _record(raw: object, now: float) -> _Record | None:
    if not isinstance(raw, dict):
        return None
    raw_times = raw.get("times")
    times: list[float] = []
    if isinstance(raw_times, list):
        times = [t for t in map(_time, raw_times) if t is not None][-MAX_TIMES:]
    failures = raw.get("failures")
    if isinstance(failures, bool) or not isinstance(failures, int) \
            or not 0 <= failures <= MAX_FAILURES:
        failures = len(times)  # a damaged count: the attempts we can still vouch for
    last = _time(raw.get("last"))
    if last is None:
        last = max(times, default=0.0)
    if failures == 0 and not times:
        return None
    return _Record(failures, min(last, now), times)


#: What NaN, Infinity and -Infinity in the file read as: not a number, so damage of that field
#: (json.loads would otherwise hand them over as floats).
_NOT_A_NUMBER = object()


def _refuse_constant(_name: str) -> object:
    return _NOT_A_NUMBER


class Throttle:
    def __init__(self, path: Path, clock: Callable[[], float] = time.time) -> None:
        self.path = Path(path)
        self.lock_path = self.path.with_suffix(".lock")
        self.clock = clock

    # --- the file (only ever touched under the lock) -----------------------------------------

    def _load(self, now: float) -> tuple[dict[str, _Record], bool]:
        """The counters, repaired, and whether the file differs from them (write it back)."""
        try:
            with open(self.path, "rb") as handle:
                raw = handle.read(MAX_FILE_BYTES + 1)
        except OSError:
            return {}, False
        try:
            if len(raw) > MAX_FILE_BYTES:
                raise ValueError("too large")
            data = json.loads(raw.decode("utf-8"), parse_constant=_refuse_constant)
        except (ValueError, RecursionError):  # RecursionError: absurdly deep nesting
            return {}, True
        if not isinstance(data, dict):
            return {}, True
        clean: dict[str, _Record] = {}
        for user, raw_record in data.items():
            record = _record(raw_record, now)
            if record is not None:
                clean[user] = record
        return clean, self._dump(clean) != raw

    @staticmethod
    def _dump(data: dict[str, _Record]) -> bytes:
        plain = {user: {"failures": r.failures, "last": r.last, "times": r.times}
                 for user, r in data.items()}
        return json.dumps(plain, sort_keys=True, allow_nan=False).encode()

    def _save(self, data: dict[str, _Record]) -> None:
        write_atomic(self.path, self._dump(data))

    @staticmethod
    def _wait(record: _Record | None, now: float) -> float:
        if record is None:
            return 0.0
        return min(record.last + delay_for(record.failures) - now, MAX_DELAY_SECONDS)

    # --- the API -----------------------------------------------------------------------------

    def check(self, user: str) -> None:
        """Raise UnlockThrottled if ``user`` must wait now (the file is repaired if damaged)."""
        with exclusive(self.lock_path):
            now = self.clock()
            data, dirty = self._load(now)
            if dirty:
                self._save(data)
            wait = self._wait(data.get(user), now)
        if wait > 0:
            raise UnlockThrottled(wait)

    def begin(self, user: str) -> Attempt:
        """Refuse with UnlockThrottled during a wait; otherwise count a failure for ``user``
        now, before the passphrase is tried (see ``attempt`` for taking it back).

        On a folder nobody can write (a read-only copy being verified) nothing can be counted:
        the wait stored there still applies, and the attempt goes ahead uncounted."""
        try:
            return self._begin(user)
        except VaultNotWritable:
            now = self.clock()
            data, _dirty = self._load(now)
            wait = self._wait(data.get(user), now)
            if wait > 0:
                raise UnlockThrottled(wait) from None
            return Attempt(user, now, None, recorded=False)

    def _begin(self, user: str) -> Attempt:
        with exclusive(self.lock_path):
            now = self.clock()
            data, dirty = self._load(now)
            record = data.get(user)
            wait = self._wait(record, now)
            if wait > 0:
                if dirty:
                    self._save(data)
                raise UnlockThrottled(wait)
            previous = record.last if record else None
            record = record or _Record(0, 0.0)
            record.failures = min(record.failures + 1, MAX_FAILURES)
            record.last = now
            record.times = [*record.times, now][-MAX_TIMES:]
            data[user] = record
            try:
                self._save(data)
            except (DiskFull, VaultNotWritable):
                return Attempt(user, now, previous, recorded=False)
        return Attempt(user, now, previous)

    def passed(self, attempt: Attempt) -> None:
        """The passphrase of ``attempt`` was right: take back the failure counted for it.
        Earlier failures stay until ``succeeded`` hands them to the audit log."""
        if not attempt.recorded:
            return
        with exclusive(self.lock_path):
            data, _dirty = self._load(self.clock())
            record = data.get(attempt.user)
            if record is None:
                return
            if attempt.at in record.times:
                del record.times[len(record.times) - 1 - record.times[::-1].index(attempt.at)]
            record.failures = max(record.failures - 1, 0)
            if record.last == attempt.at:  # no later attempt since: its wait is not ours
                record.last = (attempt.previous_last if attempt.previous_last is not None
                               else max(record.times, default=0.0))
            if record.failures == 0 and not record.times:
                del data[attempt.user]
            self._save(data)

    @contextlib.contextmanager
    def attempt(self, user: str) -> Iterator[Attempt]:
        """``with throttle.attempt(user):`` try the passphrase inside. The attempt is counted
        on entry; leaving normally means it was right (the count is taken back); an exception
        (a wrong passphrase, or anything else) leaves it counted."""
        counted = self.begin(user)
        yield counted
        self.passed(counted)

    def succeeded(self, user: str) -> list[float]:
        """Clear the user's record; return the failure times to be written to the audit log.
        (Nothing to clear on a folder that cannot be written.)"""
        try:
            return self._succeeded(user)
        except VaultNotWritable:
            return []

    def _succeeded(self, user: str) -> list[float]:
        with exclusive(self.lock_path):
            data, dirty = self._load(self.clock())
            record = data.pop(user, None)
            if record is not None or dirty:
                self._save(data)
        return record.times if record is not None else []


def dummy_params(slots: KeySlots) -> crypto.KdfParams:
    """The cost of a real slot, for the dummy derivation on an unknown name."""
    for user in slots.slots:
        return slots.kdf_params(user)
    return crypto.cheapest_params()


def unwrap_counted(throttle: Throttle, slots: KeySlots, username: str, passphrase: str) -> bytes:
    """``username``'s private key, as one counted attempt (sign-in and passphrase change).

    Names without a slot share UNKNOWN_BUCKET and pay a derivation of the same cost, so a name
    can be probed neither by timing nor by what is written to disk.
    """
    known = username in slots.slots
    with throttle.attempt(username if known else UNKNOWN_BUCKET):
        if not known:
            crypto.derive_key(passphrase, b"\x00" * 16, dummy_params(slots))
            raise UnknownUser("the user name or passphrase is not correct")
        return slots.unwrap_private(username, passphrase)
