"""The policy's checklist_dir: a folder the app only reads, so the data folder's rules about
folders of its own do not apply; the rules about plainly written absolute paths do."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from intake_app.domain.errors import PolicyInvalid
from intake_app.policy import Policy, parse_policy


def test_default_is_the_shipped_checklists_only():
    assert Policy().checklist_dir is None and Policy().checklist_path() is None


@pytest.mark.parametrize("folder", ["/etc/confidential-intake/checklists", "/srv/ci/lists",
                                    "/tmp/checklists", "/usr/share/our-service"])
def test_absolute_folders_are_accepted(folder):
    policy = parse_policy(json.dumps({"checklist_dir": folder}))
    assert policy.checklist_path() == Path(folder)


@pytest.mark.parametrize(("value", "words"), [
    ("", "empty"), ("lists", "absolute"), ("/srv/../etc", "'..'"), (5, "folder path"),
    ("/srv/\u202elists", "invisible"), ("/srv/a\x00b", "NUL"), (["/srv"], "folder path")])
def test_other_values_are_refused_with_the_line(value, words):
    with pytest.raises(PolicyInvalid) as info:
        parse_policy('{\n "checklist_dir": ' + json.dumps(value) + "\n}", "policy.json")
    assert str(info.value).startswith("policy.json, line 2: 'checklist_dir'")
    assert words in str(info.value)
