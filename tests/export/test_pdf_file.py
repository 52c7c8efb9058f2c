"""The file itself: one revision, nothing but pages, neutral Info with day-only UTC dates, a
random ID, every font embedded; the invariant (golden) output; AES-256 R6 that opens with the
passphrase in pypdf and qpdf and not without; the shipped fonts as the manifest says."""

from __future__ import annotations

import hashlib
import io
import json
import os
import re
import subprocess
from importlib.metadata import version as metadata_version
from pathlib import Path

import pikepdf
import pytest
from fontTools.ttLib import TTFont
from pypdf import PdfReader
from pypdf.errors import FileNotDecryptedError

from intake_app import resources
from intake_app.domain import passphrase
from intake_app.export.fonts import read_manifest, shipped
from intake_app.export.render import render_referral
from tests.helpers.pdf import HEADER, metadata, pypdf_text, view_of

FORBIDDEN = (b"/Prev", b"/Annots", b"/AcroForm", b"/EmbeddedFiles", b"/JavaScript",
             b"/OpenAction", b"/Outlines", b"/Metadata", b"/XRefStm", b"ReportLab")


def _sample() -> bytes:
    view = view_of({"survivor.names": "Amina Yusuf", "referral.reason": "Needs a refuge space",
                    "contact.safe_times": "After 18:30"}, do_not_tell=("Omar Yusuf",))
    return render_referral(view, HEADER)


def test_one_revision_and_nothing_but_pages() -> None:
    data = _sample()
    assert data.count(b"%%EOF") == 1 and data.rstrip().endswith(b"%%EOF")
    for word in FORBIDDEN:
        assert word not in data, word
    with pikepdf.open(io.BytesIO(data)) as pdf:
        assert set(pdf.Root.keys()) == {"/Type", "/Pages"}
        for page in pdf.pages:
            assert "/Annots" not in page.obj
        for obj in pdf.objects:
            if isinstance(obj, pikepdf.Dictionary | pikepdf.Stream):
                for key in ("/JS", "/JavaScript", "/AA", "/Launch", "/URI", "/EmbeddedFile"):
                    assert key not in obj


def test_info_is_neutral_with_day_only_utc_dates() -> None:
    info = metadata(_sample())
    assert info == {"/Title": "Referral", "/Author": "", "/Subject": "", "/Keywords": "",
                    "/Creator": "", "/Producer": "", "/CreationDate": "D:20260615000000Z",
                    "/ModDate": "D:20260615000000Z"}


def test_every_font_is_embedded() -> None:
    with pikepdf.open(io.BytesIO(_sample())) as pdf:
        fonts = [obj for obj in pdf.objects if isinstance(obj, pikepdf.Dictionary)
                 and obj.get("/Type") == "/Font"]
        assert fonts
        for font in fonts:
            descriptor = font.get("/FontDescriptor")
            if descriptor is None:  # a Type0 font: its descendant carries the descriptor
                descriptor = font.DescendantFonts[0].FontDescriptor
            assert "/FontFile2" in descriptor, font.get("/BaseFont")


def test_the_trailer_id_is_random() -> None:
    ids = set()
    for _ in range(3):
        with pikepdf.open(io.BytesIO(_sample())) as pdf:
            first, second = (bytes(x) for x in pdf.trailer.ID)
            ids.add(first)
            ids.add(second)
    assert len(ids) == 6


GOLDEN = Path(__file__).parent / "golden"


def _versions() -> dict[str, str]:
    return {name: metadata_version(name) for name in ("reportlab", "pikepdf")}


def test_invariant_output_is_the_same_bytes_and_matches_the_golden_pdf() -> None:
    """The golden PDF, made in invariant mode. Byte for byte when reportlab and pikepdf are
    the versions that wrote it (others may lay the same file out differently), and always
    the same text and pages. A change to layout, words or fonts changes it on purpose: look
    at the new file, then write it with INTAKE_WRITE_GOLDEN=1."""
    view = view_of({"survivor.names": "Amina Yusuf", "referral.reason": "Needs a refuge space",
                    "survivor.languages": "Somali, Arabic"}, do_not_tell=("Omar Yusuf",))
    one = render_referral(view, HEADER, invariant=True)
    assert one == render_referral(view, HEADER, invariant=True)
    pdf, versions = GOLDEN / "referral-invariant.pdf", GOLDEN / "referral-invariant.json"
    if os.environ.get("INTAKE_WRITE_GOLDEN"):
        pdf.write_bytes(one)
        versions.write_text(json.dumps(_versions(), indent=2) + "\n", encoding="utf-8")
    golden = pdf.read_bytes()
    assert pypdf_text(one) == pypdf_text(golden)
    assert len(PdfReader(io.BytesIO(one)).pages) == len(PdfReader(io.BytesIO(golden)).pages)
    if json.loads(versions.read_text(encoding="utf-8")) == _versions():
        assert hashlib.sha256(one).hexdigest() == hashlib.sha256(golden).hexdigest()


def test_invariant_is_refused_with_a_password() -> None:
    with pytest.raises(ValueError, match="never encrypted"):
        render_referral(view_of({}), HEADER, password="x" * 20, invariant=True)


def test_the_encrypted_file_opens_with_the_passphrase_only(tmp_path: Path) -> None:
    secret = passphrase.generate()
    view = view_of({"survivor.names": "Amina Yusuf"})
    data = render_referral(view, HEADER, password=secret)
    assert b"Amina" not in data
    with pikepdf.open(io.BytesIO(data), password=secret) as pdf:
        assert pdf.encryption.R == 6 and pdf.encryption.bits == 256
        assert str(pdf.encryption.stream_method) == "EncryptionMethod.aesv3"
    assert "Amina Yusuf" in pypdf_text(data, password=secret)
    reader = PdfReader(io.BytesIO(data))
    assert reader.is_encrypted
    with pytest.raises(FileNotDecryptedError):
        reader.pages[0].extract_text()
    assert reader.decrypt("not the passphrase") == 0
    path = tmp_path / "referral.pdf"
    path.write_bytes(data)
    ok = subprocess.run(["qpdf", f"--password={secret}", "--check", str(path)],
                        capture_output=True, text=True, timeout=60)
    assert ok.returncode == 0, ok.stdout + ok.stderr
    assert "R = 6" in ok.stdout and "AESv3" in ok.stdout
    refused = subprocess.run(["qpdf", "--check", str(path)], capture_output=True, text=True,
                             timeout=60)
    assert refused.returncode != 0 and "password" in (refused.stdout + refused.stderr).lower()


def test_generated_passphrases_are_long_and_different() -> None:
    made = {passphrase.generate() for _ in range(20)}
    assert len(made) == 20
    for secret in made:
        assert re.fullmatch(r"([A-Z0-9]{5}-){5}[A-Z0-9]{5}", secret)
        assert set(secret) - {"-"} <= set(passphrase.GENERATED_ALPHABET)


# --- the shipped fonts ---------------------------------------------------------------------

FONTS = resources.path("fonts")


def test_the_manifest_lists_every_font_file_with_its_checksum_and_licence() -> None:
    entries = read_manifest()
    assert {e.file for e in entries} == {p.name for p in FONTS.glob("*.ttf")}
    for entry in entries:
        data = (FONTS / entry.file).read_bytes()
        assert hashlib.sha256(data).hexdigest() == entry.sha256, entry.file
        assert entry.licence == "OFL-1.1"
        licence = (FONTS / entry.licence_file).read_text(encoding="utf-8")
        assert "SIL Open Font License" in licence and "PERMISSION & CONDITIONS" in licence
        font = TTFont(io.BytesIO(data))
        assert "glyf" in font and "CFF " not in font, entry.file  # reportlab embeds glyf only
        assert font.sfntVersion == "\x00\x01\x00\x00"


SAMPLES = {"Latin": "AzÅłđ", "Greek": "Ωλέ", "Cyrillic": "ЖщЇ", "Vietnamese": "ễựỷ",
           "Arabic": "عبﻻﺐ", "Devanagari": "कक्ष", "Bengali": "ক্ষৌ", "Ethiopic": "ሰላም"}


def test_each_font_covers_the_scripts_it_claims() -> None:
    for face in shipped():
        for script in face.entry.scripts:
            sample = SAMPLES.get(script)
            if sample is None:  # the Chinese subset: its own test below
                continue
            assert all(face.covers(ch) for ch in sample), (face.entry.file, script)


def test_the_chinese_subset_holds_the_gb2312_level_one_hanzi() -> None:
    from tools.build_cjk_font import gb2312_level1

    hanzi = gb2312_level1()
    assert len(hanzi) == 3755
    face = next(f for f in shipped() if f.entry.file == "NotoSansSC-Subset.ttf")
    assert all(face.covers(ch) for ch in hanzi)
    assert all(face.covers(ch) for ch in "，。：；？！（）")
    assert (FONTS / "NotoSansSC-Subset.ttf").stat().st_size < 4_000_000
