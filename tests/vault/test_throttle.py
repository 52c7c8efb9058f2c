"""The failed-unlock throttle (unlock-attempts.json) on real vaults: a clock that was wrong,
hostile file content, parallel guesses, ``admin passwd`` with an unknown name, file
permissions, and a hypothesis campaign over whatever the file may hold."""

from __future__ import annotations

import json
import math
import shutil
import tempfile
import threading
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from intake_app.domain.errors import UnknownUser, UnlockThrottled, WrongPassphrase
from intake_app.vault import audit, crypto
from intake_app.vault.keyops import change_passphrase
from intake_app.vault.store import Vault
from intake_app.vault.throttle import FREE_ATTEMPTS, MAX_DELAY_SECONDS, Throttle, delay_for
from tests.conftest import ADMIN, ADMIN_PASS

NOW = 1_750_000_000.0  # a fixed "real" time for the throttle clock
NEW_PASS = "a brand new passphrase 99"


class Clock:
    """A throttle clock the test moves by hand."""

    def __init__(self, now: float = NOW) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


def attempts_file(data_dir: Path) -> Path:
    return data_dir / "unlock-attempts.json"


def strict_json(path: Path) -> object:
    """The file as standard JSON: NaN and Infinity are refused."""
    def refuse(name: str) -> object:
        raise ValueError(name)

    return json.loads(path.read_text(encoding="utf-8"), parse_constant=refuse)


def failed_entries(vault: Vault) -> list[audit.AuditEntry]:
    return [e for e in audit.entries(vault.conn) if e.action == "unlock.failed"]


def wrong(data_dir: Path, clock: Clock, guess: str = "not the passphrase") -> type[Exception]:
    """One wrong attempt: refused by the throttle (with a sane wait) or counted as wrong."""
    try:
        Vault.unlock(data_dir, ADMIN, guess, throttle_clock=clock)
    except UnlockThrottled as exc:
        assert 0 < exc.wait_seconds <= MAX_DELAY_SECONDS
        return UnlockThrottled
    except WrongPassphrase:
        return WrongPassphrase
    raise AssertionError("a wrong passphrase opened the vault")


def sign_in_after_any_wait(data_dir: Path, clock: Clock) -> Vault:
    """The right passphrase works at once, or after one wait of at most MAX_DELAY_SECONDS."""
    try:
        return Vault.unlock(data_dir, ADMIN, ADMIN_PASS, throttle_clock=clock)
    except UnlockThrottled as exc:
        assert math.isfinite(exc.wait_seconds)
        assert 0 < exc.wait_seconds <= MAX_DELAY_SECONDS
        clock.now += exc.wait_seconds + 0.01
    return Vault.unlock(data_dir, ADMIN, ADMIN_PASS, throttle_clock=clock)


# --- the clock -------------------------------------------------------------------------------

def test_a_clock_that_ran_fast_cannot_stretch_the_wait(vault_dir):
    clock = Clock(NOW + 30 * 86400)  # a month fast while the typos were made
    for _ in range(FREE_ATTEMPTS):
        assert wrong(vault_dir, clock) is WrongPassphrase
    clock.now = NOW  # corrected
    with pytest.raises(UnlockThrottled) as info:
        Vault.unlock(vault_dir, ADMIN, ADMIN_PASS, throttle_clock=clock)
    assert info.value.wait_seconds <= delay_for(FREE_ATTEMPTS)
    clock.now += info.value.wait_seconds + 0.01
    with Vault.unlock(vault_dir, ADMIN, ADMIN_PASS, throttle_clock=clock) as vault:
        assert f"count={FREE_ATTEMPTS}" in failed_entries(vault)[-1].detail


def test_no_wait_is_longer_than_the_maximum_delay(tmp_path):
    clock = Clock()
    throttle = Throttle(tmp_path / "unlock-attempts.json", clock)
    for _ in range(40):
        clock.now += MAX_DELAY_SECONDS
        # A wrong passphrase: the attempt stays counted.
        with pytest.raises(RuntimeError), throttle.attempt(ADMIN):
            raise RuntimeError
    with pytest.raises(UnlockThrottled) as info:
        throttle.check(ADMIN)
    assert info.value.wait_seconds == MAX_DELAY_SECONDS
    assert delay_for(10**10) == MAX_DELAY_SECONDS


# --- hostile values in unlock-attempts.json ------------------------------------------------

HOSTILE = {
    "infinite count": '{"admin": {"failures": Infinity, "last": 1, "times": []}}',
    "infinite time": '{"admin": {"failures": 9, "last": Infinity, "times": []}}',
    "minus infinity": '{"admin": {"failures": -Infinity, "last": -Infinity, "times": [-Infinity]}}',
    "NaN everywhere": '{"admin": {"failures": NaN, "last": NaN, "times": [NaN]}}',
    "time past year 9999": '{"admin": {"failures": 1, "last": 1e20, "times": [1e20]}}',
    "float overflow": '{"admin": {"failures": 1e999, "last": 1e999, "times": [1e999]}}',
    "huge count": '{"admin": {"failures": 10000000000, "last": 1, "times": []}}',
    "negative count": '{"admin": {"failures": -50, "last": 1, "times": [-5]}}',
    "wrong types": '{"admin": {"failures": true, "last": "soon", "times": {"a": []}}}',
    "huge integer": '{"admin": {"failures": 1, "last": 1' + "0" * 400 + ', "times": []}}',
}


@pytest.mark.parametrize("content", HOSTILE.values(), ids=HOSTILE.keys())
def test_hostile_numbers_are_damage_never_a_crash_or_a_lock_out(vault_dir, content):
    attempts_file(vault_dir).write_text(content)
    clock = Clock()
    start = time.perf_counter()
    evaluated = [wrong(vault_dir, clock) for _ in range(2)].count(WrongPassphrase)
    assert time.perf_counter() - start < 10  # no 5 * 2 ** (10 ** 10)
    with sign_in_after_any_wait(vault_dir, clock) as vault:
        if evaluated:  # the wrong attempts made after the damage reach the audit log
            counts = [int(e.detail.split()[0].removeprefix("count=")) for e in
                      failed_entries(vault)]
            assert counts and counts[-1] >= evaluated
    assert ADMIN not in strict_json(attempts_file(vault_dir))  # cleared, and standard JSON


def test_a_nan_time_does_not_switch_the_throttle_off(vault_dir):
    # The count and the attempt times are intact: they still make the user wait.
    attempts_file(vault_dir).write_text(
        '{"admin": {"failures": 6, "last": NaN, "times": [%r]}}' % (NOW - 1))
    clock = Clock()
    with pytest.raises(UnlockThrottled) as info:
        Vault.unlock(vault_dir, ADMIN, ADMIN_PASS, throttle_clock=clock)
    assert info.value.wait_seconds <= delay_for(6)
    clock.now += info.value.wait_seconds + 0.01
    Vault.unlock(vault_dir, ADMIN, ADMIN_PASS, throttle_clock=clock).lock()


# --- parallel guesses ----------------------------------------------------------------------

def test_parallel_wrong_guesses_are_each_counted_before_the_derivation(vault_dir):
    clock = Clock()
    guesses = 12
    barrier = threading.Barrier(guesses)
    outcomes: list[object] = []

    def guess(number: int) -> None:
        barrier.wait()
        try:
            Vault.unlock(vault_dir, ADMIN, f"wrong guess {number}", throttle_clock=clock)
        except Exception as exc:  # every outcome is checked below
            outcomes.append(type(exc))
        else:
            outcomes.append("opened")

    threads = [threading.Thread(target=guess, args=(n,)) for n in range(guesses)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    # Only the free attempts reach the key derivation; every other one is refused.
    assert sorted(map(str, outcomes)) == sorted(
        [str(WrongPassphrase)] * FREE_ATTEMPTS
        + [str(UnlockThrottled)] * (guesses - FREE_ATTEMPTS))
    # ...and each evaluated guess is on disk (none lost to a concurrent write).
    record = strict_json(attempts_file(vault_dir))[ADMIN]  # type: ignore[index]
    assert record["failures"] == FREE_ATTEMPTS
    assert len(record["times"]) == FREE_ATTEMPTS
    clock.now += MAX_DELAY_SECONDS
    with Vault.unlock(vault_dir, ADMIN, ADMIN_PASS, throttle_clock=clock) as vault:
        assert f"count={FREE_ATTEMPTS}" in failed_entries(vault)[-1].detail


def test_an_attempt_is_counted_before_its_outcome_is_known(tmp_path):
    clock = Clock()
    path = tmp_path / "unlock-attempts.json"
    Throttle(path, clock).begin(ADMIN)  # ...and the process dies during the derivation
    record = strict_json(path)[ADMIN]  # type: ignore[index]
    assert record["failures"] == 1 and record["times"] == [NOW]


def test_a_right_passphrase_takes_its_own_count_back(vault_dir):
    clock = Clock()
    for _ in range(FREE_ATTEMPTS - 1):
        assert wrong(vault_dir, clock) is WrongPassphrase
    # A read-only sign-in (the CLI) proves the passphrase but clears nothing...
    Vault.unlock(vault_dir, ADMIN, ADMIN_PASS, throttle_clock=clock, readonly=True).lock()
    record = strict_json(attempts_file(vault_dir))[ADMIN]  # type: ignore[index]
    assert record["failures"] == FREE_ATTEMPTS - 1
    # ...and did not use up the last free attempt.
    assert wrong(vault_dir, clock) is WrongPassphrase


# --- admin passwd ----------------------------------------------------------------------------

def test_passwd_with_an_unknown_name_counts_like_sign_in_and_writes_no_name(vault_dir):
    typed = "kettle violet harbour typed as a name"
    for _ in range(FREE_ATTEMPTS):
        with pytest.raises(UnknownUser):
            change_passphrase(vault_dir, typed, ADMIN_PASS, NEW_PASS)
    assert typed not in attempts_file(vault_dir).read_text()
    # The names share one counter with sign-in: another unknown name must now wait.
    with pytest.raises(UnlockThrottled):
        Vault.unlock(vault_dir, "somebody else", ADMIN_PASS)
    Vault.unlock(vault_dir, ADMIN, ADMIN_PASS).lock()  # a real user is not affected


def test_passwd_takes_as_long_for_an_unknown_name_as_for_a_real_one(tmp_path):
    slow = crypto.KdfParams(memory_kib=32 * 1024, time_cost=3, parallelism=1)
    Vault.create(tmp_path / "v", ADMIN, ADMIN_PASS, kdf=slow)[0].lock()

    def seconds(name: str) -> float:
        start = time.perf_counter()
        with pytest.raises(WrongPassphrase):
            change_passphrase(tmp_path / "v", name, "a wrong old passphrase", NEW_PASS)
        return time.perf_counter() - start

    real = min(seconds(ADMIN) for _ in range(2))
    unknown = min(seconds("nobody by that name") for _ in range(2))
    assert unknown > 0.5 * real


def test_passwd_with_a_wrong_passphrase_is_counted_and_throttled(vault_dir):
    for _ in range(FREE_ATTEMPTS):
        with pytest.raises(WrongPassphrase):
            change_passphrase(vault_dir, ADMIN, "a wrong old passphrase", NEW_PASS)
    with pytest.raises(UnlockThrottled):
        change_passphrase(vault_dir, ADMIN, ADMIN_PASS, NEW_PASS)


# --- the file itself -------------------------------------------------------------------------

def test_the_attempts_file_and_its_lock_are_owner_only_and_written_whole(vault_dir):
    attempts_file(vault_dir).write_text("{}")
    attempts_file(vault_dir).chmod(0o644)
    assert wrong(vault_dir, Clock()) is WrongPassphrase
    for name in ("unlock-attempts.json", "unlock-attempts.lock"):
        assert (vault_dir / name).stat().st_mode & 0o077 == 0
    leftovers = [p.name for p in vault_dir.iterdir() if ".tmp-" in p.name]
    assert leftovers == []


# --- hypothesis campaign over the file content -------------------------------------------

OTHER = "cw1"
numbers = st.one_of(
    st.integers(), st.floats(), st.just(10**10), st.just(1e20), st.just(-1),
    st.integers(min_value=10**20, max_value=10**400), st.floats(min_value=0, max_value=4e9))
scalars = st.none() | st.booleans() | numbers | st.text(max_size=12)
json_values = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=6), inner,
                                                                 max_size=4),
    max_leaves=20)
records = st.fixed_dictionaries({}, optional={
    "failures": numbers | json_values,
    "last": numbers | json_values,
    "times": st.lists(numbers, max_size=60) | json_values,
})
files = st.dictionaries(st.sampled_from([ADMIN, OTHER, "*unknown-name*"]) | st.text(max_size=6),
                        records | json_values, max_size=4)
contents = st.one_of(
    files.map(lambda d: json.dumps(d).encode()),  # json.dumps writes NaN and Infinity
    json_values.map(lambda v: json.dumps(v).encode()),
    st.binary(max_size=300),
    st.integers(1, 200_000).map(lambda n: b"[" * n + b"]" * n),  # deep nesting
    st.integers(1, 50_000).map(lambda n: b'{"admin":' * n + b"1" + b"}" * n),
)
campaign = settings(max_examples=300, deadline=None, database=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


def bounded(call):
    """Normal behaviour, or UnlockThrottled with a finite wait no longer than the maximum."""
    try:
        return call()
    except UnlockThrottled as exc:
        assert math.isfinite(exc.wait_seconds)
        assert 0 < exc.wait_seconds <= MAX_DELAY_SECONDS
        return exc


@campaign
@given(content=contents, now=st.floats(min_value=0, max_value=4e9))
@example(content=b" " * (2 << 20) + b"{}", now=NOW)  # larger than any real file
@example(content=b'{"admin": {"failures": 5, "last": 1e300}}', now=NOW)
def test_campaign_any_file_content_is_behaviour_or_a_bounded_wait(content, now):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "unlock-attempts.json"
        path.write_bytes(content)
        clock = Clock(now)
        throttle = Throttle(path, clock)
        bounded(lambda: throttle.check(ADMIN))
        bounded(lambda: throttle.check(OTHER))
        bounded(lambda: throttle.begin(ADMIN))  # a wrong attempt: stays counted
        bounded(lambda: throttle.succeeded(OTHER))
        waited = bounded(lambda: throttle.check(ADMIN))
        if isinstance(waited, UnlockThrottled):
            clock.now += waited.wait_seconds + 0.01
        with throttle.attempt(ADMIN):  # the right passphrase: no wait any more
            pass
        times = throttle.succeeded(ADMIN)
        assert times and all(math.isfinite(t) for t in times)
        for moment in times:  # what the audit log formats
            datetime.fromtimestamp(moment, UTC)
        throttle.check(ADMIN)  # cleared
        assert isinstance(strict_json(path), dict)
        assert path.stat().st_mode & 0o077 == 0


@settings(max_examples=25, deadline=None, database=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                 HealthCheck.function_scoped_fixture])
@given(content=contents)
@example(content=HOSTILE["infinite count"].encode())
@example(content=HOSTILE["time past year 9999"].encode())
def test_campaign_a_right_passphrase_always_signs_in_once_any_wait_is_over(golden_vault,
                                                                          content):
    with tempfile.TemporaryDirectory() as folder:
        data = Path(folder) / "data"
        shutil.copytree(golden_vault[0], data)
        attempts_file(data).write_bytes(content)
        clock = Clock()
        wrong(data, clock)
        with sign_in_after_any_wait(data, clock) as vault:
            assert vault.user == ADMIN
