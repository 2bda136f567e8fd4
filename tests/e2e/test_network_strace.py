"""No network, native code included: `scan`, `demo` and `--self-test` run under `strace -f`, which
sees every system call of every process and thread (a Python socket guard misses a C library's
DNS look-up), and the test fails on any connection to an inet/inet6 address or any name look-up."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(shutil.which("strace") is None,
                                 reason="strace is not installed (packaging/system-packages.txt, purpose test)")]

ROOT = Path(__file__).resolve().parents[2]
# connect()/sendto() to an internet address is network traffic, a DNS query included (glibc's
# resolver connects a UDP socket to port 53); binding a socket to ::1 to probe IPv6 support is not,
# nor is asking nscd for the user's passwd entry.
_NETWORK = re.compile(r"\b(connect|sendto|sendmsg)\(.*sa_family=AF_INET6?\b")


def traced(tmp_path: Path, *args: str) -> tuple[subprocess.CompletedProcess, list[str]]:
    log = tmp_path / f"strace-{args[0].strip('-')}.log"
    home = tmp_path / "home"
    env = {**os.environ, "HOME": str(home), "XDG_CACHE_HOME": str(home / "cache"),
           "XDG_DATA_HOME": str(home / "data"), "XDG_CONFIG_HOME": str(home / "config"),
           "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    run = subprocess.run(["strace", "-f", "-qq", "-e", "trace=network", "-o", str(log),
                          sys.executable, "-m", "desktop.cli", *args],
                         env=env, capture_output=True, text=True, timeout=600, cwd=tmp_path)
    return run, [line for line in log.read_text().splitlines() if _NETWORK.search(line)]


def test_the_pattern_sees_a_dns_query(tmp_path):
    log = tmp_path / "probe.log"
    subprocess.run(["strace", "-f", "-qq", "-e", "trace=network", "-o", str(log), sys.executable, "-c",
                    "import socket\ntry: socket.getaddrinfo('example.invalid', 80)\nexcept OSError: pass"],
                   capture_output=True, timeout=60)
    assert [line for line in log.read_text().splitlines() if _NETWORK.search(line)]


def test_scan_and_demo_send_nothing(tmp_path):
    from devkit.corpus import generate_contract

    pdf = tmp_path / "contract.pdf"
    pdf.write_bytes(generate_contract(7412, pages=1).pdf)
    scan, hits = traced(tmp_path, "scan", str(pdf), "--store", str(tmp_path / "s.sqlite"), "--workers", "2")
    assert scan.returncode == 0, scan.stderr
    assert hits == []
    demo, hits = traced(tmp_path, "demo", str(tmp_path / "demo"), "--count", "1")
    assert demo.returncode == 0, demo.stderr
    assert hits == []


def test_self_test_sends_nothing(tmp_path):
    run, hits = traced(tmp_path, "--self-test")
    assert run.returncode == 0, run.stdout + run.stderr
    assert hits == []
