"""``self-test``'s font line: every PDF font the manifest lists, with the SHA-256 it gives;
a changed or missing file, or an unreadable manifest, fails with its name."""

from __future__ import annotations

import shutil

from intake_app import resources
from intake_app.selftest import check_fonts


def _copy(tmp_path):
    folder = tmp_path / "fonts"
    shutil.copytree(resources.path("fonts"), folder)
    return folder


def test_the_shipped_fonts_are_as_the_manifest_says():
    ok, detail = check_fonts()
    assert ok, detail
    assert "PDF fonts, each as shipped" in detail


def test_a_changed_font_fails_naming_it(tmp_path):
    folder = _copy(tmp_path)
    victim = folder / "NotoSans-Regular.ttf"
    data = bytearray(victim.read_bytes())
    data[-1] ^= 0xFF
    victim.write_bytes(bytes(data))
    ok, detail = check_fonts(folder)
    assert not ok and "NotoSans-Regular.ttf" in detail


def test_a_missing_font_or_a_broken_manifest_fails(tmp_path):
    folder = _copy(tmp_path)
    (folder / "NotoSans-Bold.ttf").unlink()
    ok, detail = check_fonts(folder)
    assert not ok and "NotoSans-Bold.ttf" in detail
    (folder / "MANIFEST.toml").write_text("font = [", encoding="utf-8")
    ok, detail = check_fonts(folder)
    assert not ok and "cannot be read" in detail
