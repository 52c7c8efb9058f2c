from __future__ import annotations

import pytest

from intake_app.domain import passphrase
from intake_app.domain.errors import PassphraseRejected


@pytest.mark.parametrize("bad", ["short one", "passwordpassword", "Password123456!",
                                 "aaaaaaaaaaaaaaaaaaaa", "qwertyuiop12345", "amira amira amira"])
def test_rejected(bad):
    with pytest.raises(PassphraseRejected):
        passphrase.check(bad, username="amira")


@pytest.mark.parametrize("good", ["kettle violet harbour 42", "مفتاح سري طويل جدا جدا",
                                  "the red fox naps at noon"])
def test_accepted(good):
    passphrase.check(good)


def test_policy_can_raise_the_minimum():
    with pytest.raises(PassphraseRejected):
        passphrase.check("kettle violet harbour 42", min_length=30)


def test_estimate_orders_strength():
    weak = passphrase.estimate("abc")
    ok = passphrase.estimate("kettle violet harbour 42 tram")
    assert weak.score < ok.score
    assert weak.hint and ok.hint
