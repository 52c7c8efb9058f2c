from __future__ import annotations

import pytest

from intake_app.domain.errors import PolicyInvalid
from intake_app.policy import Policy, load_policy, parse_policy


def test_missing_file_means_defaults(tmp_path):
    assert load_policy(tmp_path / "none.json") == Policy()


def test_valid_policy(tmp_path):
    path = tmp_path / "policy.json"
    path.write_text('{\n "idle_lock_minutes": 2,\n "export_allowed": false,\n'
                    ' "data_dir": "/srv/intake"\n}\n')
    policy = load_policy(path)
    assert policy.idle_lock_minutes == 2 and not policy.export_allowed
    assert str(policy.data_path()) == "/srv/intake"


@pytest.mark.parametrize(("text", "line", "words"), [
    ('{\n "idle_lock_minutes": 0\n}', 2, "between"),
    ('{\n "idle_lock_minutes": 5,\n "colour": "red"\n}', 3, "unknown"),
    ('{\n "export_allowed": "yes"\n}', 2, "true or false"),
    ('{\n "min_passphrase_length": 8\n}', 2, "between"),
    ('{\n "data_dir": "relative/path"\n}', 2, "absolute"),
    ('{\n "idle_lock_minutes": 5,,\n}', 2, ""),
    ('[1, 2]', 1, "object"),
])
def test_malformed_policy_names_line_and_reason(text, line, words):
    with pytest.raises(PolicyInvalid) as info:
        parse_policy(text, "policy.json")
    message = str(info.value)
    assert f"line {line}" in message or "object" in message
    assert words in message
