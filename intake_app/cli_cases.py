"""The case commands of the command line, ``case import`` and ``case show``: reading a file of
cases, reporting what is wrong with it line by line, and the two printed forms of a case.
``cli.py`` parses the arguments, signs in and prints; the work goes through the same
``CaseService`` the GUI uses, with its roles and audit entries. No Qt here.

A case's JSON form is the vault's own encoding (``domain.case_codec``), so what ``case show
--json`` prints under "values" is a line ``case import`` takes back.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from intake_app.domain.answer_text import (
    answer_text,
    key_label,
    moment_text,
    risk_text,
    section_title,
    status_text,
)
from intake_app.domain.case_codec import to_jsonable
from intake_app.domain.case_lines import (
    MAX_CASES,
    MAX_FILE_BYTES,
    CaseLines,
    LineProblem,
    read_case_lines,
)
from intake_app.domain.case_model import BY_KEY, FIELDS, Section
from intake_app.domain.case_record import CaseRecord
from intake_app.domain.case_validation import Problem, blocking
from intake_app.domain.errors import BatchInvalid, ImportRefused, InvalidInput

if TYPE_CHECKING:
    from intake_app.services.cases import CaseService


@dataclass(frozen=True)
class Imported:
    """What an import created, and the warnings its cases carry (phone safety not recorded,
    under 16...), as "line N: key: message"."""

    references: list[str]
    warnings: list[str]


# --- case import -------------------------------------------------------------------------------

def read_cases_file(path: Path) -> CaseLines:
    """The cases in the file at ``path``, with every problem found reading it. A file larger
    than ``MAX_FILE_BYTES`` is refused before it is read into memory (InvalidInput);
    OSError when it cannot be opened."""
    with path.open("rb") as handle:
        data = handle.read(MAX_FILE_BYTES + 1)
    if len(data) > MAX_FILE_BYTES:
        raise InvalidInput(f"{path}: larger than {MAX_FILE_BYTES // 1024 // 1024} MiB; split "
                           f"it into files of at most {MAX_CASES} cases; nothing was imported")
    return read_case_lines(data)


def _choice_hint(problem: Problem) -> str:
    """For an answer that is not a listed choice: the choice keys the field takes."""
    field = BY_KEY.get(problem.key)
    if problem.code != "unknown_choice" or field is None:
        return ""
    spec = field.subfield(problem.subkey) if problem.subkey else field
    return " (one of: " + ", ".join(c.key for c in spec.choices) + ")"


def _line_problems(line: int, problems: Mapping[str, Sequence[Problem]]) -> list[LineProblem]:
    out = []
    for key, found in problems.items():
        for p in found:
            place = key if p.item is None else f"{key}[{p.item}]" + (
                f".{p.subkey}" if p.subkey else "")
            out.append(LineProblem(line, place, p.message + _choice_hint(p)))
    return out


def import_cases(cases: CaseService, source: str, lines: CaseLines) -> Imported:
    """Create every case of ``lines`` in one transaction, or none: ImportRefused listing every
    problem of every line (what could not be read, and what a finished intake may not lack)."""
    if lines.too_many:
        raise ImportRefused(source, [f"more than {MAX_CASES} cases in one file: split it"])
    if not lines.cases and not lines.partial and not lines.problems:
        raise ImportRefused(source, ["no case in the file (every line is blank)"])
    checked = [(case.line, cases.validate(case.values)) for case in lines.cases]
    refused = list(lines.problems)
    for line, problems in checked:
        refused += _line_problems(line, blocking(problems))
    for case in lines.partial:  # the answers that could be read, without the unread fields
        keys = [f.key for f in FIELDS if f.key not in case.unread]
        refused += _line_problems(case.line, blocking(cases.validate(case.values, keys=keys)))
    if refused:
        refused.sort(key=lambda p: p.line)  # stable: each line's problems keep their order
        raise ImportRefused(source, [str(p) for p in refused])
    try:
        references = cases.create_cases([case.values for case in lines.cases])
    except BatchInvalid as exc:  # the service's own check, should the day have turned since
        raise ImportRefused(source, [
            str(p) for index, problems in sorted(exc.problems.items())
            for p in _line_problems(lines.cases[index].line, problems)]) from None
    warnings = [str(p) for line, problems in checked for p in _line_problems(
        line, {k: [x for x in ps if not x.blocking] for k, ps in problems.items()})]
    return Imported(references, warnings)


# --- case show ---------------------------------------------------------------------------------

def case_json(record: CaseRecord) -> dict[str, object]:
    """``{"reference", "status", "values"}``; "values" is exactly a line ``case import``
    takes (the vault's encoding, by field key)."""
    return {
        "reference": record.reference,
        "status": record.status.value,
        "values": to_jsonable(dict(sorted(record.values.items()))),
        # "incidents" and "assessments" are added by the command (cli_risk.incident_json,
        # assessment_json), which reads them through their own audited services.
    }


def _answer_lines(label: str, text: str) -> list[str]:
    first, *rest = text.split("\n") or [""]
    return [f"  {label}: {first}", *(f"    {more}" for more in rest)]


def case_text(record: CaseRecord) -> list[str]:
    """The case for a person to read: its reference and state, then each answered field by
    section, as label and answer in words (``domain.answer_text``, in English). Lines are not
    yet escaped: print each through the command line's ``say``."""
    lines = [
        f"Reference: {record.reference}",
        f"Status: {status_text(record.status)}",
        f"Owner: {record.owner} (team {record.team})",
        f"Assigned to: {record.assigned_to or 'nobody'}",
        f"Risk level: {risk_text(record.risk_level)}",
        f"Created: {moment_text(record.created_at)}; last changed: "
        f"{moment_text(record.updated_at)}",
    ]
    for section in Section:
        answered = [f for f in FIELDS if f.section == section and f.key in record.values]
        if not answered:
            continue
        lines += ["", section_title(section)]
        for field in answered:
            lines += _answer_lines(key_label(field.key),
                                   answer_text(field.key, record.values[field.key]))
    retired = sorted(k for k in record.values if k not in BY_KEY)
    if retired:  # keys a later version no longer declares: shown, never hidden
        lines += ["", "Other answers"]
        for key in retired:
            lines += _answer_lines(key, answer_text(key, record.values[key]))
    # The incidents and assessments branch adds the case's incident log and assessments here,
    # each under its own heading, and only when the case has some.
    return lines
