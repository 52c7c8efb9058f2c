"""Hypothesis campaign over keyslots.json fields: whatever someone writes into the file, a
sign-in ends in a clear, typed outcome (never another exception, never a hang), and a refused
sign-in changes no file."""

from __future__ import annotations

import contextlib
import json
import shutil

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from intake_app.domain.errors import IntakeError
from intake_app.vault.keyslots import canonical
from intake_app.vault.store import Vault
from tests.conftest import ADMIN, ADMIN_PASS

_values = st.recursive(
    st.none() | st.booleans() | st.integers(-2**70, 2**70) | st.floats(allow_nan=False) |
    st.text(max_size=40) | st.sampled_from(["Infinity", "", "AAAA", "x" * 5000]),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner,
                                                                 max_size=4),
    max_leaves=12)

_PATHS = [("generation",), ("vault_id",), ("format",), ("mac",), ("audit_head",),
          ("recovery",), ("recovery", "public_key"), ("recovery", "sealed_data_key"),
          ("slots",), ("slots", ADMIN), ("slots", ADMIN, "kdf"),
          ("slots", ADMIN, "kdf", "memory_kib"), ("slots", ADMIN, "kdf", "time_cost"),
          ("slots", ADMIN, "salt"), ("slots", ADMIN, "public_key"),
          ("slots", ADMIN, "wrapped_private_key"), ("slots", ADMIN, "wrapped_private_key", "ct"),
          ("slots", ADMIN, "sealed_data_key"), ("slots", ADMIN, "sealed_data_key", "epk")]


def _set(data, path, value):
    for key in path[:-1]:
        data = data.setdefault(key, {}) if isinstance(data, dict) else data
    if isinstance(data, dict):
        data[path[-1]] = value


@settings(max_examples=150, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(path=st.sampled_from(_PATHS), value=_values, fix_checksum=st.booleans())
def test_any_slot_field_gives_a_clear_outcome(vault_dir, tmp_path_factory, path, value,
                                              fix_checksum):
    root = tmp_path_factory.mktemp("campaign") / "v"
    shutil.copytree(vault_dir, root)
    data = json.loads((root / "keyslots.json").read_text())
    _set(data, list(path), value)
    if fix_checksum:
        import hashlib

        data.pop("checksum", None)
        with contextlib.suppress(TypeError, ValueError):
            data["checksum"] = hashlib.sha256(canonical(data)).hexdigest()
    try:
        raw = json.dumps(data).encode()
    except (TypeError, ValueError):
        return
    (root / "keyslots.json").write_bytes(raw)
    before = {p.name: p.read_bytes() for p in root.iterdir()
              if p.is_file() and p.name not in ("unlock-attempts.json",)}
    try:
        Vault.unlock(root, ADMIN, ADMIN_PASS).lock()
    except IntakeError:
        after = {p.name: p.read_bytes() for p in root.iterdir()
                 if p.is_file() and p.name in before}
        assert after == before  # refused: nothing changed
    shutil.rmtree(root.parent)
