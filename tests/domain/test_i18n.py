"""The Qt-free translation helpers: placeholder guard, language fallbacks, in-file wordings."""

from __future__ import annotations

import pytest

from intake_app.domain.i18n import (
    QT_TRANSLATE_NOOP,
    Wording,
    format_fields,
    language_candidates,
    same_fields,
)


def test_marker_returns_its_text() -> None:
    assert QT_TRANSLATE_NOOP("CaseFields", "Her name") == "Her name"


@pytest.mark.parametrize(("source", "translation", "same"), [
    ("Try again in {time}.", "Spróbuj ponownie za {time}.", True),
    ("Try again in {time}.", "Spróbuj ponownie.", False),          # a fact dropped
    ("Try again in {time}.", "Za {czas}.", False),                 # a renamed field: KeyError
    ("{a} and {b}", "{b} i {a}", True),                            # order may change
    ("No fields", "Brak", True),
    ("{count:d} cases", "{count:d} spraw", True),
    ("Plain", "Broken {", False),                                  # format() would raise
])
def test_same_fields(source: str, translation: str, same: bool) -> None:
    assert same_fields(source, translation) is same


def test_format_fields_reads_names() -> None:
    assert format_fields("{number} ({whose}) {{literal}}") == {"number", "whose"}


def test_language_candidates() -> None:
    assert language_candidates("pt-BR") == ("pt_BR", "pt")
    assert language_candidates("pl") == ("pl",)
    assert language_candidates("") == ()


def test_wording_prefers_the_files_own_translation() -> None:
    seen = []

    def catalogue(context: str, text: str) -> str:
        seen.append((context, text))
        return "[" + text + "]"

    wording = Wording("Is she frightened?", {"pl": "Czy się boi?", "cy": "Ydy hi'n ofnus?"})
    assert wording.shown("Checklist", catalogue, "pl_PL") == "Czy się boi?"
    assert seen == []
    assert wording.shown("Checklist", catalogue, "de") == "[Is she frightened?]"
    assert seen == [("Checklist", "Is she frightened?")]
    assert wording.shown("Checklist") == "Is she frightened?"


def test_wording_refuses_an_inline_translation_that_changes_placeholders() -> None:
    wording = Wording("{count} incidents", {"pl": "incydenty"})
    assert wording.shown("Checklist", language="pl") == "{count} incidents"
