"""The ``referral`` commands' output, for the command line: a referral listed, the gate's
checks, the redacted view as text. No Qt; the work is done by the same service as the GUI's
(``services/referrals.py``), and the view printed is the one the export draws.

Every line printed goes through the command line's ``say`` (control characters escaped);
JSON goes through ``json.dumps``, which escapes them itself.
"""

from __future__ import annotations

from collections.abc import Iterator

from intake_app.domain.redaction import ListRows, RedactedView, Row
from intake_app.domain.referrals import CHECK_TITLES, GateResult, needed_text
from intake_app.domain.text_rules import escaped
from intake_app.services.referrals import Referral


def referral_json(referral: Referral) -> dict[str, object]:
    """One referral as ``referral list --json`` gives it."""
    return {
        "id": referral.id,
        "state": referral.state.value,
        "case_reference": referral.case_reference,
        "recipient": referral.draft.recipient,
        "classes": sorted(c.value for c in referral.draft.classes),
        "author": referral.author,
        "updated_at": referral.updated_at,
    }


def referral_line(referral: Referral) -> str:
    """One referral as ``referral list`` prints it (tab-separated)."""
    return "\t".join(escaped(v) for v in (
        referral.id, referral.state.value, referral.case_reference, referral.draft.recipient,
        ",".join(sorted(c.value for c in referral.draft.classes)), referral.author))


def gate_lines(gate: GateResult) -> Iterator[str]:
    """The gate as lines: each check passed or not, and what would satisfy a failing one."""
    yield "All checks pass." if gate.passed else "Some checks do not pass:"
    for check in gate.checks:
        mark = "n/a " if not check.applies else "ok  " if check.passed else "FAIL"
        yield f"  {mark}  {check.id.value}: {CHECK_TITLES[check.id]}"
        if check.needed is not None and not check.passed:
            yield f"        {escaped(needed_text(check.needed))}"


def view_lines(view: RedactedView) -> Iterator[str]:
    """The redacted view as text, section by section, exactly what the recipient gets."""
    yield f"To: {escaped(view.recipient_name)} ({escaped(view.recipient)})"
    yield f"Prepared on: {view.prepared_on.isoformat()}"
    for section in view.sections:
        yield ""
        yield f"== {escaped(section.title.shown())}"
        for item in section.items:
            if isinstance(item, Row):
                yield f"  {escaped(item.label.shown())}: {escaped(item.text)}"
            elif isinstance(item, ListRows):
                yield f"  {escaped(item.label.shown())}:"
                for number, record in enumerate(item.records, start=1):
                    for index, row in enumerate(record):
                        lead = f"    {number}. " if index == 0 else "       "
                        yield f"{lead}{escaped(row.label.shown())}: {escaped(row.text)}"
    if view.do_not_tell is not None:
        yield ""
        yield f"== {escaped(view.do_not_tell.label.shown())}"
        for line in view.do_not_tell.lines:
            yield f"  {escaped(line)}"
    for statement in (view.without_consent, view.not_shared):
        if statement.text:
            yield ""
            yield escaped(statement.text)
