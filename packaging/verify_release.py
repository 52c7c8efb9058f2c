#!/usr/bin/env python3
"""IT verification of a Confidential Intake release, on any system with Python 3.10+ and gpg.

    python3 verify_release.py --key ORG-KEY.asc [--fingerprint FPR] [DIR]

Checks that SHA256SUMS.asc is a good signature of SHA256SUMS by the organisation's public key
(imported into a temporary, throw-away GnuPG home: your own keyring is never touched), then that
every file listed in SHA256SUMS has exactly that SHA-256. The same checks as
``packaging/linux/verify.sh``, for Windows and macOS administrators too (Gpg4win, GPG Suite or
Homebrew gnupg provide ``gpg``).

Exit 0 with one line starting "verified"; exit 1 (do not install) or 2 (the check could not be
run) with one line on standard error. Standard library only.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

SUMS = "SHA256SUMS"
SIGNATURE = "SHA256SUMS.asc"
_LINE = re.compile(r"^([0-9a-fA-F]{64}) [ *](.+)$")


class Failed(Exception):
    """The release must not be installed (exit 1)."""


class CannotCheck(Exception):
    """The check itself could not be run (exit 2)."""


def _gpg(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    gpg = shutil.which("gpg") or shutil.which("gpg2")
    if gpg is None:
        raise CannotCheck("gpg is not installed (Debian: apt-get install gpg; Windows: Gpg4win; "
                          "macOS: GPG Suite or 'brew install gnupg')")
    command = [gpg, "--homedir", str(home), "--no-default-keyring",
               "--keyring", str(home / "release-key.kbx"), "--batch", "--no-tty",
               "--no-autostart", "--no-auto-key-retrieve", "--no-auto-key-locate",
               "--trust-model", "always", *args]
    return subprocess.run(command, capture_output=True, text=True, encoding="utf-8",
                          errors="replace", check=False)


def _check_signature(home: Path, key_file: Path, signature: Path, sums_copy: Path,
                     want_fpr: str) -> str:
    """Verify the signature; returns the primary key fingerprint that made it."""
    _gpg(home, "--import", "--", str(key_file))
    listing = _gpg(home, "--with-colons", "--list-keys")
    if not any(line.startswith("pub:") for line in listing.stdout.splitlines()):
        raise CannotCheck(f"{key_file} holds no OpenPGP public key")

    result = _gpg(home, "--status-fd", "1", "--verify", "--", str(signature), str(sums_copy))
    status = [line.split() for line in result.stdout.splitlines()
              if line.startswith("[GNUPG:] ")]
    words = {fields[1] for fields in status if len(fields) > 1}
    if "BADSIG" in words:
        raise Failed(f"{SIGNATURE} is not a valid signature of {SUMS} "
                     "(the file or signature was altered)")
    if "REVKEYSIG" in words:
        raise Failed("the signing key has been revoked")
    if "EXPKEYSIG" in words:
        raise Failed("the signing key has expired; get the organisation's current public key")
    if "EXPSIG" in words:
        raise Failed("the signature has expired")
    if "NO_PUBKEY" in words:
        raise Failed(f"{SUMS} was not signed by the key in {key_file}")
    valid = [fields for fields in status if len(fields) > 2 and fields[1] == "VALIDSIG"]
    if result.returncode != 0 or len(valid) != 1 or "GOODSIG" not in words:
        raise Failed(f"{SIGNATURE} is not a valid signature of {SUMS} by the key in {key_file}")
    signing_fpr = valid[0][2].upper()
    primary_fpr = valid[0][11].upper() if len(valid[0]) > 11 else signing_fpr
    if want_fpr and want_fpr not in (primary_fpr, signing_fpr):
        raise Failed(f"signed by key {primary_fpr}, not the expected {want_fpr}")
    return primary_fpr


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1024 * 1024), b""):
            digest.update(block)
    return digest.hexdigest()


def _check_files(folder: Path, sums_text: str) -> int:
    count = 0
    for raw in sums_text.splitlines():
        line = raw.rstrip("\r")
        if not line:
            continue
        match = _LINE.match(line)
        if match is None:
            raise Failed(f"{SUMS} has a line that is not '<sha256>  <file name>'")
        want, name = match.group(1).lower(), match.group(2)
        parts = name.replace("\\", "/").split("/")
        if name.startswith(("/", "\\")) or re.match(r"^[A-Za-z]:", name) or ".." in parts \
                or "." in parts:
            raise Failed(f"{SUMS} names a path outside the release folder: {name}")
        path = folder / name
        if not path.is_file():
            raise Failed(f"{name} is listed in {SUMS} but is missing")
        try:
            got = _sha256(path)
        except OSError:
            raise Failed(f"{name} cannot be read") from None
        if got != want:
            raise Failed(f"{name} does not match its signed SHA-256 (altered or damaged)")
        count += 1
    if count == 0:
        raise Failed(f"{SUMS} lists no files")
    return count


def verify(folder: Path, key_file: Path, want_fpr: str = "") -> str:
    """Run every check; returns the success line or raises Failed / CannotCheck."""
    want_fpr = re.sub(r"[\s:]", "", want_fpr).upper()
    if not key_file.is_file():
        raise CannotCheck(f"cannot read the public key file {key_file}")
    if not folder.is_dir():
        raise CannotCheck(f"{folder} is not a folder")
    for name in (SUMS, SIGNATURE):
        if not (folder / name).is_file():
            raise Failed(f"{folder / name} is missing")
    with tempfile.TemporaryDirectory(prefix="intake-verify-",
                                     ignore_cleanup_errors=True) as tmp:
        home = Path(tmp)
        os.chmod(home, 0o700)
        try:
            # Verify a private copy and check the files against that same copy, so SHA256SUMS
            # cannot change between the two steps.
            sums_bytes = (folder / SUMS).read_bytes()
            sums_copy = home / SUMS
            sums_copy.write_bytes(sums_bytes)
            fingerprint = _check_signature(home, key_file, folder / SIGNATURE, sums_copy,
                                           want_fpr)
        finally:
            gpgconf = shutil.which("gpgconf")
            if gpgconf:
                subprocess.run([gpgconf, "--homedir", str(home), "--kill", "all"],
                               capture_output=True, check=False)
    count = _check_files(folder, sums_bytes.decode("utf-8", errors="replace"))
    return f"verified: {count} file(s) match {SUMS}, signed by key {fingerprint}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="verify_release.py",
        description="Check a Confidential Intake release against the organisation's key.")
    parser.add_argument("--key", required=True, type=Path,
                        help="the organisation's public signing key (armored or binary)")
    parser.add_argument("--fingerprint", default="",
                        help="also require the signature to come from this key")
    parser.add_argument("folder", nargs="?", default=".", type=Path,
                        help="folder holding SHA256SUMS, SHA256SUMS.asc and the files")
    args = parser.parse_args(argv)
    try:
        print(verify(args.folder, args.key, args.fingerprint))
    except Failed as exc:
        print(f"verification FAILED: {exc}", file=sys.stderr)
        return 1
    except CannotCheck as exc:
        print(f"verify: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"verify: {exc.strerror or 'file error'}: {exc.filename or ''}".rstrip(": "),
              file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
