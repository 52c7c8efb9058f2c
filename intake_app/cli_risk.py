"""The files of ``incident add`` and ``assess``, and the incidents and assessments of
``case show``, for the command line. No Qt; the work is done by the same services as the GUI's
(``services/incidents.py``, ``services/risk.py``).

INCIDENT.json: ``{"date": "YYYY-MM-DD", "summary": "...", "police_involved": "yes" | "no" |
"unsure"}``, optionally ``police_reference``, ``injuries``, ``source`` (text) and
``children_present`` (``yes`` / ``no`` / ``unsure``). ANSWERS.json: ``{item id: "yes" | "no" |
"dont_know" | "declined" | {"answer": ..., "comment": ..., "source": ...}}``. Both files are read
whole before anyone signs in, so a file that cannot be used costs no key derivation, and are
refused naming the key and the reason.
"""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path
from typing import Any

from intake_app.domain.answers import Tri
from intake_app.domain.assessment_record import AssessmentRecord
from intake_app.domain.errors import InvalidInput
from intake_app.domain.incidents import Incident, IncidentInput

#: Far beyond any incident or answer sheet.
MAX_FILE_BYTES = 1024 * 1024

_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}", re.ASCII)
_TEXT_KEYS = ("summary", "police_reference", "injuries", "source")
_TRI_KEYS = ("police_involved", "children_present")
_INCIDENT_KEYS = ("date", *_TEXT_KEYS, *_TRI_KEYS)


def read_json_object(path: Path, what: str) -> dict[str, Any]:
    """The JSON object in ``path``; InvalidInput naming the file and what is wrong."""
    with path.open("rb") as handle:
        data = handle.read(MAX_FILE_BYTES + 1)
    if len(data) > MAX_FILE_BYTES:
        raise InvalidInput(f"{path}: larger than {MAX_FILE_BYTES // 1024} KiB; not {what}")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InvalidInput(f"{path}: not UTF-8 text") from None

    def no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        keys = [k for k, _v in pairs]
        repeated = sorted({k for k in keys if keys.count(k) > 1})
        if repeated:
            raise InvalidInput(f"{path}: {repeated[0]}: given more than once")
        return dict(pairs)

    def no_constant(name: str) -> None:
        raise InvalidInput(f"{path}: {name} is not a JSON number")

    try:
        value = json.loads(text, object_pairs_hook=no_duplicates, parse_constant=no_constant)
    except RecursionError:
        raise InvalidInput(f"{path}: nested too deeply") from None
    except ValueError as exc:
        if isinstance(exc, InvalidInput):
            raise
        line = getattr(exc, "lineno", None)
        raise InvalidInput(f"{path}: not JSON{f' (line {line})' if line else ''}") from None
    if not isinstance(value, dict):
        raise InvalidInput(f"{path}: must be a JSON object ({{...}}), as {what}")
    return value


def incident_input(data: dict[str, Any], source: str) -> IncidentInput:
    """An INCIDENT.json object as the service takes it; InvalidInput listing every problem as
    ``key: reason``. (Whether the date is in the future, the summary blank and so on is the
    service's check, the same as the GUI's.)"""
    problems = [f"{key}: not a field of an incident (fields: {', '.join(_INCIDENT_KEYS)})"
                for key in data if key not in _INCIDENT_KEYS]
    day: date | None = None
    raw_day = data.get("date")
    if raw_day is None:
        problems.append("date: needed, as YYYY-MM-DD")
    elif not isinstance(raw_day, str):
        problems.append("date: must be text, YYYY-MM-DD")
    else:
        try:
            if not _ISO_DAY.fullmatch(raw_day):  # fromisoformat also takes 2026-W01-1
                raise ValueError(raw_day)
            day = date.fromisoformat(raw_day)
        except ValueError:
            problems.append(f"date: {raw_day!r} is not a date written YYYY-MM-DD")
    for key in _TEXT_KEYS:
        if key in data and not isinstance(data[key], str):
            problems.append(f"{key}: must be text")
    if "summary" not in data:
        problems.append("summary: needed: a short account of what happened")
    tri: dict[str, Tri | None] = {}
    for key in _TRI_KEYS:
        value = data.get(key)
        if value is None:
            if key == "police_involved":
                problems.append("police_involved: needed: yes, no or unsure")
            tri[key] = None
        elif value not in Tri._value2member_map_:
            problems.append(f"{key}: must be yes, no or unsure")
        else:
            tri[key] = Tri(value)
    if problems:
        raise InvalidInput(f"{source}: " + "; ".join(problems))
    assert day is not None and tri["police_involved"] is not None  # checked above
    return IncidentInput(
        date=day, summary=data["summary"], police_involved=tri["police_involved"],
        police_reference=data.get("police_reference", ""), injuries=data.get("injuries", ""),
        children_present=tri["children_present"], source=data.get("source", ""))


def incident_json(incident: Incident) -> dict[str, object]:
    """One incident as ``case show --json`` prints it (an INCIDENT.json object, plus its id,
    version and when and by whom it was recorded)."""
    details = incident.details
    out: dict[str, object] = {
        "id": incident.id, "version": incident.version,
        "date": details.date.isoformat(), "summary": details.summary,
        "police_involved": details.police_involved.value,
        "police_reference": details.police_reference, "injuries": details.injuries,
        "children_present": details.children_present.value
        if details.children_present is not None else None,
        "source": details.source,
        "recorded_at": incident.created_at, "recorded_by": incident.created_by,
    }
    if incident.version > 1:
        out["corrected_at"], out["corrected_by"] = incident.updated_at, incident.updated_by
    return out


def assessment_json(record: AssessmentRecord) -> dict[str, object]:
    """One completed assessment as ``case show --json`` prints it: which definition (id,
    version, SHA-256), when and by whom, the answers and the engine's outcome."""
    return {
        "id": record.id, "checklist": record.checklist_id, "version": record.version,
        "sha256": record.sha256, "completed_at": record.completed_at, "by": record.by,
        "level": record.level.value if record.level else None,
        "answers": record.answers, "outcome": record.outcome,
    }


def outcome_json(outcome: dict[str, Any]) -> dict[str, object]:
    """What ``assess`` prints: score, scored_level, level (after judgement), judgement
    (level, reason, grounds) or null, rules_fired and recommendations."""
    keys = ("score", "scored_level", "level", "judgement", "rules_fired", "recommendations")
    return {key: outcome.get(key) for key in keys}
