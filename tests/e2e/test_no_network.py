"""Never networked, proved from outside the process.

* Every CLI journey runs under ``strace -f -e trace=network``: no AF_INET/AF_INET6 socket.
* The same journeys pass inside a network namespace with no interfaces (``unshare -n``).
* The GUI starts (offscreen) under strace with no internet socket either.
* Inside the process, the audit-hook tripwire refuses internet sockets.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys

import pytest

from tests.helpers.cli import ROOT, cli

ADMIN_PASS = "it admin passphrase 2026"
INET = re.compile(r"socket\((AF_INET|AF_INET6|PF_INET|PF_INET6)")


def _journey(tmp_path, prefix_for):
    data = tmp_path / "data"
    steps = [
        ((data, "admin", "init", "--user", "itadmin"), ADMIN_PASS + "\n"),
        ((data, "admin", "add-user", "--as", "itadmin", "--user", "cw", "--role",
          "caseworker"), f"{ADMIN_PASS}\ncaseworker secret phrase 7\n"),
        ((data, "admin", "verify", "--as", "itadmin"), ADMIN_PASS + "\n"),
        ((data, "admin", "rotate-key", "--as", "itadmin"), ADMIN_PASS + "\n"),
        ((data, "admin", "backup", "--as", "itadmin", "--out", str(tmp_path / "b.cibackup")),
         ADMIN_PASS + "\n"),
        ((data, "admin", "audit", "--as", "itadmin"), ADMIN_PASS + "\n"),
        ((None, "self-test"), ""),
    ]
    results = []
    for i, (args, stdin) in enumerate(steps):
        result = cli(*args, stdin=stdin, prefix=prefix_for(i))
        assert result.returncode == 0, (args, result.stderr[-2000:])
        results.append(result)
    key = re.search(r"^Recovery key: (\S+)$", results[0].stdout, re.M).group(1)
    r = cli(tmp_path / "restored", "admin", "restore", "--from", str(tmp_path / "b.cibackup"),
            stdin=key + "\n", prefix=prefix_for(len(steps)))
    assert r.returncode == 0, r.stderr
    return results


def _inet_lines(trace_dir):
    hits = []
    for trace in trace_dir.glob("trace*"):
        hits += [line for line in trace.read_text(errors="replace").splitlines()
                 if INET.search(line)]
    return hits


@pytest.mark.skipif(shutil.which("strace") is None, reason="strace is not installed")
def test_cli_journeys_open_no_internet_socket(tmp_path):
    traces = tmp_path / "traces"
    traces.mkdir()

    def prefix(i):
        return ["strace", "-f", "-qq", "-e", "trace=network", "-o", str(traces / f"trace{i}")]

    _journey(tmp_path, prefix)
    assert len(list(traces.glob("trace*"))) >= 8
    # strace really saw network calls (AF_UNIX probes from libraries, if any) or none at all;
    # what must never appear is an internet socket.
    assert _inet_lines(traces) == []


def _unshare_works() -> bool:
    if shutil.which("unshare") is None:
        return False
    try:
        return subprocess.run(["unshare", "-n", "true"], capture_output=True,
                              timeout=10).returncode == 0
    except (OSError, subprocess.TimeoutExpired):
        return False


@pytest.mark.skipif(not _unshare_works(), reason="network namespaces are not available here")
def test_cli_journeys_work_without_any_network_interface(tmp_path):
    result = subprocess.run(["unshare", "-n", "ip", "-o", "link"], capture_output=True,
                            text=True)
    if result.returncode == 0:
        assert "eth" not in result.stdout  # only a down loopback in the new namespace
    _journey(tmp_path, lambda i: ["unshare", "-n"])


@pytest.mark.skipif(shutil.which("strace") is None, reason="strace is not installed")
def test_gui_start_opens_no_internet_socket(tmp_path):
    trace = tmp_path / "trace-gui"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "INTAKE_SMOKE": "1"}
    result = subprocess.run(
        ["strace", "-f", "-qq", "-e", "trace=network", "-o", str(trace), sys.executable, "-m",
         "intake_app", "--data-dir", str(tmp_path / "data")],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    assert _inet_lines(tmp_path) == []


def test_tripwire_refuses_internet_sockets_in_process():
    code = (
        "import socket, sys\n"
        "from intake_app import netguard\n"
        "netguard.install()\n"
        "socket.socket(socket.AF_UNIX, socket.SOCK_STREAM).close()\n"
        "for make in (lambda: socket.socket(socket.AF_INET, socket.SOCK_STREAM),\n"
        "             lambda: socket.getaddrinfo('example.org', 443),\n"
        "             lambda: socket.create_connection(('127.0.0.1', 9))):\n"
        "    try:\n"
        "        make()\n"
        "    except netguard.NetworkRefused:\n"
        "        continue\n"
        "    sys.exit('not refused')\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                            text=True, timeout=60)
    assert result.returncode == 0, result.stderr


def test_entry_point_installs_the_tripwire():
    code = (
        "import intake_app.cli as cli\n"
        "cli.run = lambda args: 0\n"
        "import intake_app.__main__ as m\n"
        "from intake_app import netguard\n"
        "assert not netguard.installed()\n"
        "m.main(['self-test'])\n"
        "print(netguard.installed())\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                            text=True, timeout=60)
    assert result.stdout.strip() == "True", result.stderr


def test_no_network_modules_in_the_package():
    banned = re.compile(r"^\s*(import|from)\s+(socket|ssl|http|urllib|requests|httpx|aiohttp|"
                        r"ftplib|smtplib|xmlrpc|PySide6\.QtNetwork)\b|QtNetwork", re.M)
    offenders = []
    for path in (ROOT / "intake_app").rglob("*.py"):
        if banned.search(path.read_text(encoding="utf-8")):
            offenders.append(str(path.relative_to(ROOT)))
    assert offenders == []
