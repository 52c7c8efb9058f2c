"""Translations reach translators and come back: the catalogue holds every visible string, the
pseudo-translation leaves no English and cuts nothing off on any screen, a bad translation
cannot break a sentence, and a right-to-left catalogue mirrors the app."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication

from intake_app.domain.errors import WrongPassphrase
from intake_app.ui.common import messages
from intake_app.ui.common.translation import Installed, install
from tests.helpers.visible_text import cut_off, visible_texts
from tools import i18n_declared, i18n_guard, pseudo_locale

ROOT = Path(__file__).resolve().parents[2]
SOURCE_TS = ROOT / "resources" / "i18n" / "confidential_intake_en_GB.ts"
BIN = Path(sys.executable).parent


def _messages(ts: Path) -> set[tuple[str, str]]:
    """(context, source) of every message a catalogue still uses (not vanished)."""
    root = ET.parse(ts).getroot()  # our own files
    found = set()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") in ("vanished", "obsolete"):
                continue
            found.add((name, message.findtext("source") or ""))
    return found


def _lrelease(ts: Path, qm: Path) -> None:
    subprocess.run([str(BIN / "pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)],
                   check=True, capture_output=True)


@pytest.fixture(scope="session")
def catalogues(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The pseudo catalogues, built from the committed source catalogue as ``make
    translations`` builds them."""
    folder = tmp_path_factory.mktemp("i18n")
    for language, rtl in (("pseudo", False), ("pseudo_rtl", True)):
        ts = folder / f"confidential_intake_{language}.ts"
        pseudo_locale.translate_catalogue(SOURCE_TS, ts, language, rtl)
        _lrelease(ts, folder / f"confidential_intake_{language}.qm")
    return folder


@pytest.fixture
def speak(qapp: QApplication) -> Iterator[object]:
    """``speak(language, folder)`` installs a catalogue for one test and takes it out after."""
    installed: list[Installed] = []

    def load(language: str, folder: Path) -> Installed:
        done = install(qapp, language, folder)
        assert done.language == language, done.problem
        installed.append(done)
        return done

    yield load
    for done in installed:
        done.remove(qapp)
    QCoreApplication.processEvents()
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight


# --- the catalogue holds every string ---------------------------------------------------------

def test_the_committed_catalogue_holds_exactly_what_the_sources_mark(tmp_path: Path) -> None:
    """Run lupdate as ``make i18n`` does; a string added, changed or removed in the sources
    without refreshing the catalogue fails here."""
    declared = tmp_path / "declared_strings.py"
    declared.write_text(i18n_declared.render(), encoding="utf-8")
    sources = sorted(str(p) for p in (ROOT / "intake_app").rglob("*.py"))
    fresh = tmp_path / "fresh.ts"
    subprocess.run([str(BIN / "pyside6-lupdate"), *sources, str(declared), "-ts", str(fresh)],
                   check=True, capture_output=True, cwd=ROOT)
    scanned, committed = _messages(fresh), _messages(SOURCE_TS)
    assert scanned - committed == set(), "new strings: run make i18n"
    assert committed - scanned == set(), "strings no longer in the sources: run make i18n"
    assert len(scanned) > 450  # the labels, choices, messages and page texts are all in


def test_every_declared_string_is_in_the_catalogue() -> None:
    committed = _messages(SOURCE_TS)
    missing = [(c, t, where) for c, t, where in i18n_declared.declared()
               if (c, t) not in committed]
    assert missing == []


def test_every_field_label_help_and_choice_is_declared() -> None:
    from intake_app.domain.case_model import FIELDS

    texts = {t for _c, t, _w in i18n_declared.declared()}
    for field in FIELDS:
        for decl in (field, *field.subfields):
            assert decl.label in texts
            assert not decl.help or decl.help in texts
            assert {c.label for c in decl.choices} <= texts


#: Functions that pass text marked elsewhere to the translator (a declared label, a title marked
#: with QT_TRANSLATE_NOOP where it is defined): the only calls allowed a non-literal argument.
_PASS_THROUGH = {
    ("intake_app/domain/answer_text.py", "label"),
    ("intake_app/domain/answer_text.py", "help_text"),
    ("intake_app/domain/answer_text.py", "choice_label"),
    ("intake_app/domain/answer_text.py", "section_title"),
    ("intake_app/domain/answer_text.py", "status_text"),
    ("intake_app/domain/answer_text.py", "risk_text"),
    ("intake_app/domain/answer_text.py", "tri_text"),
    ("intake_app/domain/i18n.py", "shown"),
    ("intake_app/ui/questions/field_text.py", "_qt"),
    ("intake_app/ui/main_window.py", "_build_pages"),
    ("intake_app/ui/main_window.py", "refresh_counts"),
    ("intake_app/ui/cases/view_tabs/incident_form.py", "problem_text"),
    ("intake_app/ui/cases/view_tabs/review_line.py", "_review_words"),
    ("intake_app/ui/cases/view_tabs/safety_plan_tab.py", "plan_words"),
    ("intake_app/ui/directory/words.py", "class_words"),
    ("intake_app/ui/directory/words.py", "generalisation_words"),
    ("intake_app/ui/cases/view_tabs/consent_words.py", "consent_text"),
    ("intake_app/ui/referrals/words.py", "referral_text"),
    ("intake_app/domain/redaction/build.py", "_format"),
    ("intake_app/domain/redaction/build.py", "_names"),
    ("intake_app/domain/redaction/view.py", "shown"),
    ("intake_app/domain/referrals/export_words.py", "_fill"),
    ("intake_app/domain/referrals/export_words.py", "_class_names"),
    ("intake_app/domain/referrals/export_words.py", "role_name"),
}
_CALLS = {"translate": 2, "QT_TRANSLATE_NOOP": 2, "tr": 1, "QT_TR_NOOP": 1}


def _literal(node: ast.expr) -> bool:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return True
    # tr(CONTEXT, QT_TRANSLATE_NOOP("Ctx", "text")): marked where it is written
    return (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
            and node.func.id == "QT_TRANSLATE_NOOP" and all(map(_literal, node.args)))


def _calls_by_function(tree: ast.AST) -> Iterator[tuple[str, ast.Call]]:
    """Every call with the name of the innermost function around it ('' at module level)."""
    def visit(node: ast.AST, function: str) -> Iterator[tuple[str, ast.Call]]:
        for child in ast.iter_child_nodes(node):
            inner = child.name if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef) \
                else function
            if isinstance(child, ast.Call):
                yield function, child
            yield from visit(child, inner)
    yield from visit(tree, "")


def _unextractable_calls() -> list[str]:
    found = []
    for file in sorted((ROOT / "intake_app").rglob("*.py")):
        relative = file.relative_to(ROOT).as_posix()
        tree = ast.parse(file.read_text(encoding="utf-8"))
        for name, node in _calls_by_function(tree):
            func = node.func
            called = func.attr if isinstance(func, ast.Attribute) else \
                func.id if isinstance(func, ast.Name) else ""
            if called not in _CALLS or (called == "translate" and not (
                    isinstance(func, ast.Name) or ast.unparse(func).endswith(
                        "QCoreApplication.translate"))):
                continue  # str.translate and the like
            if called == "tr" and len(node.args) == 2 and _literal(node.args[1]):
                continue  # tr(CONTEXT, QT_TRANSLATE_NOOP(...)) in the domain
            needed = node.args[:_CALLS[called]]
            if len(needed) == _CALLS[called] and all(map(_literal, needed)):
                continue
            if (relative, name) in _PASS_THROUGH:
                continue
            found.append(f"{relative}:{node.lineno} in {name or 'module'}: "
                         f"{ast.unparse(node)[:80]}")
    return found


def test_every_translate_call_names_its_context_and_text_literally() -> None:
    """lupdate reads only literal arguments: a variable context or text never reaches the
    catalogue (the gap this suite closes), except where the text was marked where defined."""
    assert _unextractable_calls() == []


def test_the_scan_catches_a_variable_context(tmp_path: Path, monkeypatch) -> None:
    bad = ROOT / "intake_app" / "ui" / "_translation_scan_probe.py"
    bad.write_text('CTX = "X"\n\ndef f(translate):\n    return translate(CTX, "text")\n')
    try:
        assert any("_translation_scan_probe" in line for line in _unextractable_calls())
    finally:
        bad.unlink()


# --- a bad translation cannot break a sentence -------------------------------------------------

def _catalogue(folder: Path, language: str, entries: dict[tuple[str, str], str]) -> list[str]:
    root = ET.Element("TS", version="2.1", language=language)
    for (context, source), text in entries.items():
        ctx = ET.SubElement(root, "context")
        ET.SubElement(ctx, "name").text = context
        message = ET.SubElement(ctx, "message")
        ET.SubElement(message, "source").text = source
        ET.SubElement(message, "translation").text = text
    ts = folder / f"confidential_intake_{language}.ts"
    ET.ElementTree(root).write(ts, encoding="utf-8", xml_declaration=True)
    checked = folder / "checked" / ts.name  # as make translations builds it
    refused = i18n_guard.check_catalogue(ts, checked)
    _lrelease(checked, folder / f"confidential_intake_{language}.qm")
    return refused


def test_a_translation_that_drops_a_placeholder_is_refused(tmp_path: Path, speak) -> None:
    throttle = "Too many unsuccessful attempts. You can try again in {time}."
    wrong = "The user name or passphrase is not correct. Check for Caps Lock and try again."
    refused = _catalogue(tmp_path, "pl", {
        ("Messages", throttle): "Zbyt wiele nieudanych prób.",        # the wait is lost
        ("Messages", wrong): "Nazwa użytkownika lub hasło są niepoprawne.",
    })
    assert len(refused) == 1 and "try again in {time}" in refused[0]
    speak("pl", tmp_path)
    assert messages.throttled(65) == "Too many unsuccessful attempts. You can try again in 1:05."
    assert messages.describe(WrongPassphrase("x")) == "Nazwa użytkownika lub hasło są niepoprawne."


def test_a_language_without_a_catalogue_says_so(qapp: QApplication, tmp_path: Path) -> None:
    installed = install(qapp, "cy", tmp_path)
    assert installed.language is None and installed.translators == ()
    assert "cy" in (installed.problem or "")


def test_the_system_language_picks_the_first_catalogue_there_is(
        qapp: QApplication, tmp_path: Path) -> None:
    _catalogue(tmp_path, "pl", {("Messages", "x"): "y"})
    installed = install(qapp, None, tmp_path, system=["de-DE", "pl-PL", "en-GB"])
    try:
        assert installed.language == "pl"  # no German catalogue; Polish found by its base tag
    finally:
        installed.remove(qapp)


# --- the pseudo-translation on every screen ----------------------------------------------------

def _english_sources() -> list[str]:
    """The catalogue's English sources worth looking for on screen: phrases of two words or
    more, and single words of four letters or more."""
    sources = set()
    for _context, text in _messages(SOURCE_TS):
        for part in re.split(r"\{[^{}]*\}|\n", text):
            part = part.strip(" .,:;()\u2014-")
            words = re.findall(r"[A-Za-z]+", part)
            if len(words) >= 2 or (len(words) == 1 and len(words[0]) >= 4):
                sources.add(part)
    return sorted(sources, key=len, reverse=True)


def _untranslated(text: str, sources: list[str]) -> str | None:
    """The English left in ``text`` once every pseudo-translated ``[...]`` is taken out."""
    rest = text
    while True:
        shorter = re.sub(r"\[[^\[\]]*\]", " ", rest)
        if shorter == rest:
            break
        rest = shorter
    for source in sources:
        if re.search(r"(?<![A-Za-z])" + re.escape(source) + r"(?![A-Za-z])", rest):
            return source
    return None


def test_the_pseudo_translation_leaves_no_english_and_cuts_nothing_off(
        catalogues: Path, speak) -> None:
    from tools.screenshots import SHOTS, studio_for, take

    speak("pseudo", catalogues)
    sources = _english_sources()
    app = QApplication.instance()
    english: list[str] = []
    cut: list[str] = []
    with studio_for(app) as studio:
        for name in sorted(SHOTS):
            widget = take(studio, name)
            for seen in visible_texts(widget):
                found = _untranslated(seen.text, sources)
                if found:
                    english.append(f"{name}: {seen.widget} {seen.kind} {seen.text!r} "
                                   f"({found!r})")
            cut.extend(f"{name}: {problem}" for problem in cut_off(widget))
            widget.hide()
            widget.deleteLater()
    assert english == [], "\n".join(english)
    assert cut == [], "\n".join(cut)


def test_the_pseudo_translation_reaches_field_labels_messages_and_page_texts(
        catalogues: Path, speak) -> None:
    from intake_app.domain.case_model import Section
    from intake_app.ui.cases.intake_pages.texts import intro
    from intake_app.ui.questions import field_text

    speak("pseudo", catalogues)
    assert pseudo_locale.is_pseudo(field_text.section_title(Section.IMMIGRATION))
    assert pseudo_locale.is_pseudo(intro(Section.CONTACT))
    assert pseudo_locale.is_pseudo(messages.describe(WrongPassphrase("x")))
    assert pseudo_locale.is_pseudo(messages.throttled(30)) and "0:30" in messages.throttled(30)


def test_pseudo_text_keeps_placeholders_and_runs_a_third_longer() -> None:
    text = "Too many unsuccessful attempts. You can try again in {time}."
    shown = pseudo_locale.pseudo(text)
    assert "{time}" in shown and shown.startswith("[") and shown.endswith("]")
    assert len(shown) >= len(text) * 4 / 3
    assert pseudo_locale.pseudo("<b>Save</b> &amp; &Close %1") .count("<b>") == 1
    assert "&amp;" in pseudo_locale.pseudo("a &amp; b") and "%1" in pseudo_locale.pseudo("%1 x")


# --- right to left -------------------------------------------------------------------------------

def test_a_right_to_left_catalogue_mirrors_every_screen(catalogues: Path, speak, qtbot) -> None:
    from tools.screenshots import studio_for, take

    speak("pseudo_rtl", catalogues)
    app = QApplication.instance()
    QCoreApplication.processEvents()
    assert app.layoutDirection() == Qt.LayoutDirection.RightToLeft
    with studio_for(app) as studio:
        window = take(studio, "main-window")
        assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert window.isRightToLeft()
        # The navigation sits on the right of the pages, as an RTL reader expects.
        navigation = window.navigation  # type: ignore[attr-defined]
        pages = window.pages  # type: ignore[attr-defined]
        assert navigation.mapTo(window, navigation.rect().topLeft()).x() > \
            pages.mapTo(window, pages.rect().topLeft()).x()
        assert cut_off(window) == []
        window.hide()


def test_the_english_check_sees_english_when_no_catalogue_is_loaded() -> None:
    """The check above can fail: the same screens in the source language are full of it."""
    from tools.screenshots import studio_for, take

    sources = _english_sources()
    with studio_for(QApplication.instance()) as studio:
        window = take(studio, "main-window")
        found = {_untranslated(seen.text, sources) for seen in visible_texts(window)} - {None}
        window.hide()
    assert {"Quick exit", "New intake"} <= found
