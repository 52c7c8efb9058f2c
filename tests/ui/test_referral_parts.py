"""The two referral parts the draft editor and the supervisor's review share: the gate's panel
(a mark per check, what is needed under a failing one) and the preview of a redacted view
(sections of rows, list records, the do-not-tell block and the fixed statements), drawn from
real gate results and real views of the canary case."""

from __future__ import annotations

from datetime import timedelta

from intake_app.domain.case_model import Sensitivity
from intake_app.domain.redaction import RedactionInput, redact
from intake_app.domain.referrals import CheckId
from intake_app.ui.referrals.gate_panel import FAILED, NOT_APPLYING, PASSED, GatePanel
from intake_app.ui.referrals.preview import ReferralPreview
from tests.helpers import redaction as r
from tests.helpers import referrals as h


def test_the_gate_panel_marks_every_check_and_says_what_a_failing_one_needs(qtbot):
    panel = GatePanel()
    qtbot.addWidget(panel)
    blocked = h.gate(consents=(), contact_last_checked=h.TODAY - timedelta(days=9))
    panel.show_gate(blocked)
    assert panel.state_of(CheckId.CONSENT) == FAILED
    assert "Record her consent" in panel.needed_of(CheckId.CONSENT)
    assert "9 days ago" in panel.needed_of(CheckId.SAFE_CONTACT)
    assert panel.state_of(CheckId.TOLD_WHAT_AND_WHOM) == PASSED
    assert panel.needed_of(CheckId.TOLD_WHAT_AND_WHOM) == ""
    # No immigration information, no assessment named: not needed here.
    assert panel.state_of(CheckId.IMMIGRATION_CONSENT) == NOT_APPLYING
    assert panel.state_of(CheckId.ASSESSMENT) == NOT_APPLYING
    assert "2 checks" in panel.summary.text()
    panel.show_gate(h.gate())
    assert all(panel.state_of(c) in (PASSED, NOT_APPLYING) for c in CheckId)
    assert panel.needed == {}
    assert "can be submitted" in panel.summary.text()


def _view(to: str, *classes: Sensitivity, consent: bool = True, basis: bool = False,
          names: tuple[str, ...] = ("Her husband",)):
    recipient = r.recipient(to)
    records = (r.record(to, *classes),) if consent else ()
    return redact(RedactionInput(
        answers=r.canary_case(), recipient=recipient, classes=frozenset(classes),
        consent=records, legal_basis=basis, today=r.TODAY, do_not_tell=names,
        consent_purpose=None, purpose="Refuge space", reason="Somewhere safe tonight."))


def test_the_preview_draws_rows_records_the_block_and_the_statements(qtbot):
    preview = ReferralPreview()
    qtbot.addWidget(preview)
    view = _view(f"agency:{r.agency_id('refuge')}", Sensitivity.IDENTITY, Sensitivity.CHILDREN,
                 Sensitivity.ABUSER)
    preview.show_view(view)
    texts = preview.texts()
    joined = "\n".join(texts)
    assert view.recipient_name in texts[0]
    for row in view.rows():  # every row the view holds is drawn, and its value is its own
        assert f"{row.label.source}: {row.text}" in texts
    assert "Purpose: Refuge space" in texts
    assert "Her husband" in texts  # the abuser class is shared: named
    assert view.not_shared.text in texts
    assert r.marker("immigration.status") not in joined
    assert any(", 1 of " in t for t in texts)  # a list record has its own heading


def test_without_the_abuser_class_nobody_is_named_and_a_legal_basis_is_said(qtbot):
    preview = ReferralPreview()
    qtbot.addWidget(preview)
    view = _view("kind:refuge", Sensitivity.IDENTITY, consent=False, basis=True)
    preview.show_view(view)
    texts = preview.texts()
    assert "Her husband" not in "\n".join(texts)
    assert view.do_not_tell is not None and view.do_not_tell.lines[0] in texts
    assert view.without_consent.text and view.without_consent.text in texts
    preview.clear("Nothing yet.")
    assert preview.view is None and "Nothing yet." in preview.texts()
