"""Completed assessments and assessment drafts as the vault keeps them. No SQL, no Qt.

The checklist engine (``domain/checklists/``) scores answers against a definition; what it
hands over to be recorded is an ``AssessmentInput``: which definition (id, version and the
SHA-256 of its source text, with that text, so the vault keeps a copy and an old assessment
always reads as it was made), the answers, the engine's outcome (opaque JSON: score, rules
fired, recommendations...), the level after professional judgement (None for a checklist that
produces no level, such as a screen) and the judgement itself.

``check_assessment`` refuses what cannot be recorded (``InvalidInput`` naming the part):
a SHA-256 that is not the digest of the text given, answers or an outcome that are not JSON
objects of plain JSON values, a judgement without a reason, a judgement on a checklist that
produces no level, a final level below the judgement, or text that cannot be stored.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from intake_app.domain.errors import InvalidInput
from intake_app.domain.risk import RiskLevel
from intake_app.domain.text_rules import unusable_character

_SHA256 = re.compile(r"^[0-9a-f]{64}$")
#: Far beyond any checklist; stops a runaway caller before it fills the vault.
MAX_JSON_CHARS = 2_000_000
MAX_DEFINITION_CHARS = 2_000_000
MAX_REASON_CHARS = 4000
MAX_NAME_CHARS = 200
#: Nesting deeper than this is not an answer sheet.
MAX_DEPTH = 32


@dataclass(frozen=True)
class AssessmentInput:
    """A completed assessment, as the engine hands it over to be recorded."""

    checklist_id: str
    version: str
    sha256: str
    definition_text: str
    answers: Mapping[str, Any]
    outcome: Mapping[str, Any]
    #: The level after judgement; None for a checklist that produces no level.
    level: RiskLevel | None
    judgement_level: RiskLevel | None = None
    judgement_reason: str = ""


@dataclass(frozen=True)
class AssessmentRecord:
    """A completed assessment as it was made, with the definition text it was made with."""

    id: int
    case_reference: str
    checklist_id: str
    version: str
    sha256: str
    definition_text: str
    answers: dict[str, Any]
    outcome: dict[str, Any]
    level: RiskLevel | None
    judgement_level: RiskLevel | None
    judgement_reason: str
    completed_at: str
    by: str

    @property
    def produces_level(self) -> bool:
        return self.level is not None


@dataclass(frozen=True)
class AssessmentDraft:
    """Answers saved as she answers, before the assessment is completed."""

    id: int
    case_reference: str
    checklist_id: str
    answers: dict[str, Any]
    created_at: str
    updated_at: str


def definition_sha256(text: str) -> str:
    """The SHA-256 (hex) an assessment records for a definition's source text (UTF-8)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _name(value: object, what: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise InvalidInput(f"{what}: must be non-empty text")
    if len(value) > MAX_NAME_CHARS or unusable_character(value) is not None:
        raise InvalidInput(f"{what}: not a usable name")
    return value


def _plain_json(value: object, where: str, depth: int = 0) -> None:
    """Refuse anything json.dumps would not write back exactly as read (and unstorable text)."""
    if depth > MAX_DEPTH:
        raise InvalidInput(f"{where}: nested too deeply")
    if value is None or isinstance(value, bool | int):
        return
    if isinstance(value, float):
        if not math.isfinite(value):
            raise InvalidInput(f"{where}: not a finite number")
        return
    if isinstance(value, str):
        if unusable_character(value, multiline=True) is not None:
            raise InvalidInput(f"{where}: holds a character that cannot be stored")
        return
    if isinstance(value, list | tuple):
        for n, item in enumerate(value):
            _plain_json(item, f"{where}[{n}]", depth + 1)
        return
    if isinstance(value, Mapping):
        for key, item in value.items():
            if not isinstance(key, str):
                raise InvalidInput(f"{where}: keys must be text")
            _plain_json(key, f"{where}.{key[:40]}", depth + 1)
            _plain_json(item, f"{where}.{key[:40]}", depth + 1)
        return
    raise InvalidInput(f"{where}: {type(value).__name__} is not a JSON value")


def json_object_text(value: object, where: str) -> str:
    """``value`` (a mapping of plain JSON values) as the JSON text the vault stores."""
    if not isinstance(value, Mapping):
        raise InvalidInput(f"{where}: must be a JSON object")
    _plain_json(value, where)
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, allow_nan=False)
    if len(text) > MAX_JSON_CHARS:
        raise InvalidInput(f"{where}: too large to store")
    return text


def _level(value: object, where: str) -> RiskLevel | None:
    if value is None:
        return None
    try:
        return RiskLevel(str(value))
    except ValueError:
        raise InvalidInput(f"{where}: not a risk level") from None


def check_assessment(record: AssessmentInput) -> AssessmentInput:
    """``record`` with its levels as ``RiskLevel``; InvalidInput if it cannot be recorded."""
    _name(record.checklist_id, "checklist_id")
    _name(record.version, "version")
    if not isinstance(record.sha256, str) or not _SHA256.match(record.sha256):
        raise InvalidInput("sha256: must be 64 lower-case hexadecimal characters")
    if not isinstance(record.definition_text, str) or not record.definition_text:
        raise InvalidInput("definition_text: the definition's source text is needed")
    if len(record.definition_text) > MAX_DEFINITION_CHARS:
        raise InvalidInput("definition_text: too large to store")
    if unusable_character(record.definition_text, multiline=True) is not None:
        raise InvalidInput("definition_text: holds a character that cannot be stored")
    if definition_sha256(record.definition_text) != record.sha256:
        raise InvalidInput("sha256: is not the SHA-256 of the definition text given")
    json_object_text(record.answers, "answers")
    json_object_text(record.outcome, "outcome")
    level = _level(record.level, "level")
    judged = _level(record.judgement_level, "judgement_level")
    reason = record.judgement_reason
    if not isinstance(reason, str):
        raise InvalidInput("judgement_reason: must be text")
    if len(reason) > MAX_REASON_CHARS or unusable_character(reason, multiline=True):
        raise InvalidInput("judgement_reason: too long, or holds a character that cannot "
                           "be stored")
    if judged is not None:
        if level is None:
            raise InvalidInput("judgement_level: this checklist produces no level")
        if not reason.strip():
            raise InvalidInput("judgement_reason: a professional judgement needs a reason")
        if level.rank < judged.rank:
            raise InvalidInput("level: lower than the professional judgement")
    elif reason.strip():
        raise InvalidInput("judgement_reason: given without a judgement level")
    return AssessmentInput(
        checklist_id=record.checklist_id, version=record.version, sha256=record.sha256,
        definition_text=record.definition_text, answers=record.answers,
        outcome=record.outcome, level=level, judgement_level=judged,
        judgement_reason=reason.strip())
