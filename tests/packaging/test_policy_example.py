"""packaging/policy.example.json is a valid policy, complete, and documented for IT."""

from __future__ import annotations

import json
import re
from dataclasses import fields
from pathlib import Path

from intake_app.policy import Policy, load_policy

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "packaging" / "policy.example.json"
README = ROOT / "packaging" / "README.md"


def test_example_loads_with_load_policy() -> None:
    assert isinstance(load_policy(EXAMPLE), Policy)


def test_example_is_the_defaults() -> None:
    # The .deb installs this file as /etc/confidential-intake/policy.json: installing the
    # package must not change the app's behaviour until IT edits it.
    assert load_policy(EXAMPLE) == Policy()


def test_example_lists_every_setting() -> None:
    listed = set(json.loads(EXAMPLE.read_text(encoding="utf-8")))
    assert listed == {f.name for f in fields(Policy)}


def test_readme_explains_every_setting() -> None:
    text = README.read_text(encoding="utf-8")
    rows = set(re.findall(r"^\| `([a-z_]+)` \|", text, flags=re.MULTILINE))
    missing = {f.name for f in fields(Policy)} - rows
    assert not missing, f"packaging/README.md has no table row for {sorted(missing)}"


def test_readme_states_the_limits_the_parser_enforces() -> None:
    # The limits are declared once, in intake_app/policy.py; the table IT reads must agree.
    text = README.read_text(encoding="utf-8")
    for setting in fields(Policy):
        row = re.search(rf"^\| `{setting.name}` \| `([^`]+)` \| ([^|]+) \|", text,
                        flags=re.MULTILINE)
        assert row, setting.name
        assert json.loads(row.group(1)) == setting.default, setting.name
        limits = setting.metadata["limits"]
        if limits:
            assert re.match(rf"{limits[0]}\b.* to {limits[1]}\b", row.group(2)), setting.name
    retention = re.search(r"^\| `retention_days` \|[^|]+\| ([^|]+) \|", text, flags=re.MULTILINE)
    assert retention and "30" not in retention.group(1)
