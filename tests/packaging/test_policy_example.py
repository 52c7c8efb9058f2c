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
