"""Damaged files give one clear line, never a traceback, and are never altered."""

from __future__ import annotations

import hashlib
import json
import random
import shutil

import pytest

from intake_app.vault.store import Vault
from tests.conftest import ADMIN, ADMIN_PASS
from tests.helpers.cli import cli

FILES = ("vault.db", "keyslots.json")


@pytest.fixture(scope="module")
def populated(tmp_path_factory, golden_vault):
    root = tmp_path_factory.mktemp("damage") / "vault"
    shutil.copytree(golden_vault[0], root)
    with Vault.unlock(root, ADMIN, ADMIN_PASS) as vault:
        with vault.transaction() as conn:
            conn.execute("CREATE TABLE filler (x BLOB)")
            conn.executemany("INSERT INTO filler VALUES (randomblob(300))",
                             [() for _ in range(400)])
        for i in range(20):
            vault.append_audit("test.event", f"n{i}")
    return root


def _digests(root):
    return {n: hashlib.sha256((root / n).read_bytes()).hexdigest() for n in FILES}


def _same_meaning(original: bytes, damaged: bytes) -> bool:
    try:
        return json.loads(damaged) == json.loads(original)
    except ValueError:
        return False


def _check(root, original_slots: bytes):
    before = _digests(root)
    r = cli(root, "admin", "verify", "--as", ADMIN, stdin=ADMIN_PASS + "\n")
    assert "Traceback" not in r.stderr
    after = _digests(root)
    if r.returncode == 0:
        # Only acceptable when the damage did not change what the file says.
        assert _same_meaning(original_slots, (root / "keyslots.json").read_bytes())
    else:
        assert len(r.stderr.strip().splitlines()) == 1, r.stderr
        assert after == before, "a failed command altered a damaged file"
    return r


def _flip(path, rng, count):
    data = bytearray(path.read_bytes())
    for _ in range(count):
        i = rng.randrange(len(data))
        data[i] ^= rng.randrange(1, 256)
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("seed", range(12))
@pytest.mark.parametrize("target", FILES)
def test_flipped_bytes(populated, tmp_path, seed, target):
    root = tmp_path / "v"
    shutil.copytree(populated, root)
    original_slots = (root / "keyslots.json").read_bytes()
    _flip(root / target, random.Random(seed * 7919 + len(target)), 1 + seed % 4)
    r = _check(root, original_slots)
    if target == "vault.db":
        assert r.returncode != 0
        assert "damaged" in r.stderr or "failed" in r.stderr


@pytest.mark.parametrize("fraction", [0.0, 0.1, 0.5, 0.9, 0.999])
@pytest.mark.parametrize("target", FILES)
def test_truncated(populated, tmp_path, fraction, target):
    root = tmp_path / "v"
    shutil.copytree(populated, root)
    original_slots = (root / "keyslots.json").read_bytes()
    path = root / target
    path.write_bytes(path.read_bytes()[: int(path.stat().st_size * fraction)])
    r = _check(root, original_slots)
    assert r.returncode != 0
