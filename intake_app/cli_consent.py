"""``consent record`` and the consent records of ``case show``, for the command line. No Qt;
the work is done by the same service as the GUI's (``services/consent.py``).

The options are read into a ``ConsentInput`` before anyone signs in, so a class that is not
one, a date that is not written YYYY-MM-DD or an interpreter without a word on their
independence costs no key derivation; every such problem is named at once. What the consent
rules refuse (immigration for a kind, facts not shown, a date in the future...) is the
service's check, the same as the GUI's, and its message says which field and why.
"""

from __future__ import annotations

import argparse
from datetime import date

from intake_app.domain.case_model import Sensitivity
from intake_app.domain.consent import ConsentInput, ConsentRecord, Decision, How, as_mapping
from intake_app.domain.errors import InvalidInput


def _day(text: str | None, option: str, problems: list[str]) -> date | None:
    if text is None:
        return None
    try:
        if len(text) != 10:
            raise ValueError(text)
        return date.fromisoformat(text)
    except ValueError:
        problems.append(f"{option}: {text!r} is not a date written YYYY-MM-DD")
        return None


def consent_input(args: argparse.Namespace, today: date) -> ConsentInput:
    """The options of ``consent record`` as the service takes them; InvalidInput listing
    every problem as ``--option: reason``. ``--on`` defaults to ``today``."""
    problems: list[str] = []
    classes: set[Sensitivity] = set()
    for name in (part.strip() for part in args.classes.split(",")):
        if not name:
            continue
        if name in Sensitivity._value2member_map_:
            classes.add(Sensitivity(name))
        else:
            problems.append(f"--classes: {name!r} is not a class (classes: "
                            + ", ".join(s.value for s in Sensitivity) + ")")
    if not classes and not problems:
        problems.append("--classes: give at least one class, separated by commas")
    decided = _day(args.on, "--on", problems) if args.on else today
    expires = _day(args.expires, "--expires", problems)
    independent: bool | None = None
    if args.interpreter_independent is not None:
        independent = args.interpreter_independent == "yes"
        if not (args.interpreter or "").strip():
            problems.append("--interpreter-independent: goes with --interpreter NAME")
    if problems:
        raise InvalidInput("; ".join(problems) + "; nothing was recorded")
    assert decided is not None  # checked above
    return ConsentInput(
        recipient=args.to, classes=frozenset(classes), purpose=args.purpose,
        decision=Decision(args.decision), decided_on=decided, how=How(args.how),
        expires_on=expires, language=args.language or "", interpreter=args.interpreter or "",
        interpreter_independent=independent, facts_shown=bool(args.facts_shown))


def consent_json(record: ConsentRecord) -> dict[str, object]:
    """One record as ``case show --json`` prints it under "consent"."""
    return as_mapping(record)


def consent_line(record: ConsentRecord) -> str:
    """One record for a person to read (not yet escaped: print it through ``say``)."""
    d = record.details
    line = (f"  {d.decided_on:%d/%m/%Y}  {d.decision.value}  {d.recipient}  "
            f"{', '.join(sorted(c.value for c in d.classes))}  for: {d.purpose}  ({d.how.value}")
    if d.interpreter:
        independent = "independent" if d.interpreter_independent else "not independent"
        line += f", interpreter {d.interpreter}, {independent}"
    line += ")"
    if d.expires_on is not None:
        line += f"  until {d.expires_on:%d/%m/%Y}"
    if d.facts_shown:
        line += f"  facts shown ({d.facts_version})"
    if record.withdraws is not None:
        line += f"  withdraws {record.withdraws}"
    return line
