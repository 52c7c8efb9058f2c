"""The ``referral`` commands' output, for the command line: a referral listed, the gate's
checks, the redacted view as text. No Qt; the work is done by the same service as the GUI's
(``services/referrals.py``), and the view printed is the one the export draws.

Every line printed goes through the command line's ``say`` (control characters escaped);
JSON goes through ``json.dumps``, which escapes them itself.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterator
from contextlib import AbstractContextManager
from typing import Protocol, TextIO

from intake_app.cli_base import CliQuiet, granted, shown
from intake_app.cli_risk import read_json_object
from intake_app.domain.errors import ExportNotAllowed, PasswordRequired
from intake_app.domain.redaction import ListRows, RedactedView, Row
from intake_app.domain.referrals import CHECK_TITLES, GateResult, gate_to_dict, needed_text
from intake_app.domain.roles import Action
from intake_app.domain.text_rules import escaped
from intake_app.policy import Policy
from intake_app.services.referrals import Referral
from intake_app.services.wiring import Services


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


class _Command(Protocol):
    """What the referral commands use of the command line (``cli.Cli``)."""

    args: argparse.Namespace
    policy: Policy
    out: TextIO

    def say(self, text: str) -> None: ...

    def sign_in(self, user: str, *, readonly: bool = False,
                ) -> AbstractContextManager[Services]: ...


def _step(cli: _Command, action: Action, step: str, *args: str) -> None:
    with cli.sign_in(cli.args.actor) as services:
        service = granted(services.referrals, services, action)
        done = getattr(service, step)(cli.args.referral, *args)
    cli.say(f"Referral {done.id} ({shown(done.case_reference)}): {done.state.value}")


class ReferralCommands:
    """The ``referral`` commands, for ``cli.Cli``: each signs in, calls the referral service
    the GUI uses, and prints what it gives."""

    def referral_draft(self: _Command) -> None:
        raw = read_json_object(self.args.file, "a referral draft")
        with self.sign_in(self.args.actor) as services:
            done = granted(services.referrals, services, Action.REFERRAL_DRAFT).draft(
                self.args.ref, raw)
        self.say(str(done.id))

    def referral_check(self: _Command) -> None:
        with self.sign_in(self.args.actor) as services:
            gate = granted(services.referrals, services, Action.REFERRAL_VIEW).check(
                self.args.referral)
        if self.args.json:
            print(json.dumps(gate_to_dict(gate), indent=1), file=self.out)
        else:
            for line in gate_lines(gate):
                self.say(line)
        if not gate.passed:
            raise CliQuiet()

    def referral_submit(self: _Command) -> None:
        _step(self, Action.REFERRAL_SUBMIT, "submit")

    def referral_approve(self: _Command) -> None:
        _step(self, Action.REFERRAL_APPROVE, "approve")

    def referral_return(self: _Command) -> None:
        _step(self, Action.REFERRAL_RETURN, "return_to_author", self.args.reason)

    def referral_reject(self: _Command) -> None:
        _step(self, Action.REFERRAL_REJECT, "reject", self.args.reason)

    def referral_revoke(self: _Command) -> None:
        _step(self, Action.REFERRAL_REVOKE, "revoke", self.args.reason)

    def referral_show(self: _Command) -> None:
        with self.sign_in(self.args.actor) as services:
            view = granted(services.referrals, services, Action.REFERRAL_VIEW).view(
                self.args.referral)
        if self.args.json:
            print(json.dumps(view.as_mapping(), indent=1), file=self.out)
        else:
            for line in view_lines(view):
                self.say(line)

    def referral_export(self: _Command) -> None:
        # The policy is read before the passphrase: a refusal costs no key derivation.
        if not self.policy.export_allowed:
            raise ExportNotAllowed()
        if self.policy.export_password_required and not self.args.password:
            raise PasswordRequired()
        with self.sign_in(self.args.actor) as services:
            done = granted(services.referrals, services, Action.REFERRAL_EXPORT).export_pdf(
                self.args.referral, self.args.out, with_password=self.args.password)
        self.say(f"Referral {done.referral.id} exported to {shown(done.path)}")
        self.say(f"SHA-256: {done.sha256}")
        if done.password is not None:
            self.say(f"Password: {done.password}")

    def referral_list(self: _Command) -> None:
        with self.sign_in(self.args.actor) as services:
            found = granted(services.referrals, services, Action.REFERRAL_VIEW).listed()
        if self.args.json:
            print(json.dumps([referral_json(r) for r in found], indent=1), file=self.out)
        else:
            for referral in found:
                self.say(referral_line(referral))
