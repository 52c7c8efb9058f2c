"""Sign a release with sign-release.sh, then check it with both IT verifiers.

A throw-away GnuPG home with two fresh Ed25519 keys (the organisation's and a stranger's) is made
once per module; nothing touches the real keyring.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SIGN = ROOT / "packaging" / "linux" / "sign-release.sh"
VERIFY_SH = ROOT / "packaging" / "linux" / "verify.sh"
VERIFY_PY = ROOT / "packaging" / "verify_release.py"

pytestmark = [
    pytest.mark.skipif(shutil.which("gpg") is None,
                       reason="gpg is not installed (Debian: apt-get install gnupg)"),
    pytest.mark.skipif(shutil.which("bash") is None or shutil.which("sha256sum") is None,
                       reason="bash and coreutils' sha256sum are needed"),
]


@dataclass
class Keys:
    home: Path
    org_fpr: str
    org_public: Path
    other_fpr: str
    other_public: Path


def _gpg(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["gpg", "--homedir", str(home), "--batch", "--no-tty", *args],
                          capture_output=True, text=True, check=True, timeout=60)


def _new_key(home: Path, uid: str, public_file: Path) -> str:
    _gpg(home, "--pinentry-mode", "loopback", "--passphrase", "", "--quick-generate-key", uid,
         "ed25519", "sign", "1d")
    listing = _gpg(home, "--with-colons", "--list-secret-keys", uid).stdout
    fpr = next(line.split(":")[9] for line in listing.splitlines() if line.startswith("fpr:"))
    public_file.write_text(_gpg(home, "--armor", "--export", fpr).stdout, encoding="utf-8")
    return fpr


@pytest.fixture(scope="module")
def keys() -> Iterator[Keys]:
    # A short path: gpg-agent puts its socket in the home folder when /run/user is absent.
    home = Path(tempfile.mkdtemp(prefix="gpg"))
    os.chmod(home, 0o700)
    try:
        org_public, other_public = home / "org.asc", home / "other.asc"
        org = _new_key(home, "Org Release <release@example.invalid>", org_public)
        other = _new_key(home, "Stranger <stranger@example.invalid>", other_public)
        yield Keys(home, org, org_public, other, other_public)
    finally:
        if shutil.which("gpgconf"):
            subprocess.run(["gpgconf", "--homedir", str(home), "--kill", "all"],
                           capture_output=True, check=False, timeout=30)
        shutil.rmtree(home, ignore_errors=True)


def _sign(keys: Keys, folder: Path, key: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "GNUPGHOME": str(keys.home)}
    env.pop("INTAKE_SIGNING_KEY", None)
    return subprocess.run(["bash", str(SIGN), "--key", key or keys.org_fpr, str(folder)],
                          capture_output=True, text=True, env=env, timeout=60, check=False)


@pytest.fixture(scope="module")
def signed_release(keys: Keys, tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("release")
    (folder / "confidential-intake_0.1.0_amd64.deb").write_bytes(b"!<arch>\n" + b"\x00" * 4096)
    (folder / "notes.txt").write_text("release notes\n", encoding="utf-8")
    result = _sign(keys, folder)
    assert result.returncode == 0, result.stderr
    return folder


@pytest.fixture
def release(signed_release: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "release"
    shutil.copytree(signed_release, copy)
    return copy


@pytest.fixture(params=["verify.sh", "verify_release.py"])
def verify(request: pytest.FixtureRequest, keys: Keys):
    def run(folder: Path, public_key: Path | None = None,
            fingerprint: str | None = None) -> subprocess.CompletedProcess[str]:
        if request.param == "verify.sh":
            command = ["bash", str(VERIFY_SH)]
        else:
            command = [sys.executable, str(VERIFY_PY)]
        command += ["--key", str(public_key or keys.org_public)]
        if fingerprint:
            command += ["--fingerprint", fingerprint]
        command.append(str(folder))
        # The verifier must not depend on, or look at, anyone's keyring.
        env = {k: v for k, v in os.environ.items() if k != "GNUPGHOME"}
        return subprocess.run(command, capture_output=True, text=True, env=env, timeout=60,
                              check=False)
    return run


def _one_failure_line(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 1, (result.stdout, result.stderr)
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("verification FAILED: ")
    assert result.stdout == ""
    return lines[0]


def test_signing_writes_sums_and_an_armored_detached_signature(signed_release: Path) -> None:
    sums = (signed_release / "SHA256SUMS").read_text(encoding="utf-8").splitlines()
    assert [line.split("  ", 1)[1] for line in sums] == [
        "confidential-intake_0.1.0_amd64.deb", "notes.txt"]
    signature = (signed_release / "SHA256SUMS.asc").read_text(encoding="utf-8")
    assert signature.startswith("-----BEGIN PGP SIGNATURE-----")


def test_good_release_is_verified(release: Path, verify, keys: Keys) -> None:
    result = verify(release)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        f"verified: 2 file(s) match SHA256SUMS, signed by key {keys.org_fpr}"]


def test_pinned_fingerprint_is_accepted(release: Path, verify, keys: Keys) -> None:
    spaced = " ".join(keys.org_fpr[i:i + 4] for i in range(0, 40, 4)).lower()
    assert verify(release, fingerprint=spaced).returncode == 0


def test_tampered_file_fails(release: Path, verify) -> None:
    deb = release / "confidential-intake_0.1.0_amd64.deb"
    data = bytearray(deb.read_bytes())
    data[100] ^= 0x01
    deb.write_bytes(bytes(data))
    line = _one_failure_line(verify(release))
    assert "confidential-intake_0.1.0_amd64.deb does not match" in line


def test_missing_file_fails(release: Path, verify) -> None:
    (release / "notes.txt").unlink()
    assert "notes.txt is listed in SHA256SUMS but is missing" in _one_failure_line(
        verify(release))


def test_tampered_sums_fail(release: Path, verify) -> None:
    sums = release / "SHA256SUMS"
    (release / "evil.deb").write_bytes(b"evil")
    evil = subprocess.run(["sha256sum", "evil.deb"], cwd=release, capture_output=True,
                          text=True, check=True).stdout
    sums.write_text(sums.read_text(encoding="utf-8") + evil, encoding="utf-8")
    assert "not a valid signature" in _one_failure_line(verify(release))


def test_corrupted_signature_fails(release: Path, verify) -> None:
    asc = release / "SHA256SUMS.asc"
    lines = asc.read_text(encoding="utf-8").splitlines()
    body = next(i for i, line in enumerate(lines) if line and not line.startswith("-----")
                and ":" not in line)
    flipped = "A" if lines[body][5] != "A" else "B"
    lines[body] = lines[body][:5] + flipped + lines[body][6:]
    asc.write_text("\n".join(lines) + "\n", encoding="utf-8")
    _one_failure_line(verify(release))


def test_signature_of_other_content_fails(release: Path, verify, keys: Keys,
                                          tmp_path: Path) -> None:
    # A genuine signature by the right key, but over different content.
    other = tmp_path / "other"
    other.mkdir()
    (other / "notes.txt").write_text("something else\n", encoding="utf-8")
    assert _sign(keys, other).returncode == 0
    shutil.copy(other / "SHA256SUMS.asc", release / "SHA256SUMS.asc")
    assert "not a valid signature" in _one_failure_line(verify(release))


def test_missing_signature_fails(release: Path, verify) -> None:
    (release / "SHA256SUMS.asc").unlink()
    assert "SHA256SUMS.asc" in _one_failure_line(verify(release))


def test_wrong_public_key_fails(release: Path, verify, keys: Keys) -> None:
    line = _one_failure_line(verify(release, public_key=keys.other_public))
    assert "not signed by the key" in line


def test_signed_by_another_key_fails(release: Path, verify, keys: Keys) -> None:
    assert _sign(keys, release, key=keys.other_fpr).returncode == 0
    _one_failure_line(verify(release))


def test_wrong_fingerprint_fails(release: Path, verify, keys: Keys) -> None:
    line = _one_failure_line(verify(release, fingerprint=keys.other_fpr))
    assert f"not the expected {keys.other_fpr}" in line


def test_signed_path_outside_the_folder_fails(tmp_path: Path, verify, keys: Keys) -> None:
    folder = tmp_path / "release"
    folder.mkdir()
    (tmp_path / "outside.txt").write_text("x\n", encoding="utf-8")
    digest = subprocess.run(["sha256sum", str(tmp_path / "outside.txt")], capture_output=True,
                            text=True, check=True).stdout.split()[0]
    (folder / "SHA256SUMS").write_text(f"{digest}  ../outside.txt\n", encoding="utf-8")
    _gpg(keys.home, "--local-user", keys.org_fpr, "--armor", "--detach-sign", "--output",
         str(folder / "SHA256SUMS.asc"), str(folder / "SHA256SUMS"))
    assert "outside the release folder" in _one_failure_line(verify(folder))


def test_unreadable_key_file_is_a_usage_error(release: Path, verify, tmp_path: Path) -> None:
    not_a_key = tmp_path / "not-a-key.asc"
    not_a_key.write_text("hello\n", encoding="utf-8")
    result = verify(release, public_key=not_a_key)
    assert result.returncode == 2
    assert len(result.stderr.splitlines()) == 1


def test_signing_without_a_known_key_fails_on_one_line(keys: Keys, tmp_path: Path) -> None:
    (tmp_path / "a.deb").write_bytes(b"a")
    result = _sign(keys, tmp_path, key="0000000000000000000000000000000000000000")
    assert result.returncode != 0
    assert len(result.stderr.splitlines()) == 1
    assert not (tmp_path / "SHA256SUMS.asc").exists()
