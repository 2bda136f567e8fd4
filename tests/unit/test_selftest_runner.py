"""The self-test's runner: step outcomes, skipping after a failure, exit code, the network guard."""

from __future__ import annotations

import io
import socket

import pytest

from desktop.core import selftest
from desktop.core.selftest import NetworkUsed, Step, no_network, run_steps


def _ok(run):
    return "fine"


def _broken(run):
    raise ValueError("the store is gone\nsecond line")


def _connects(run):
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.connect(("192.0.2.1", 80))  # TEST-NET-1: never reached, the guard refuses first
    return "connected"


@pytest.mark.parametrize(("chain", "expected"), [
    ([_ok, _ok], [True, True]),
    ([_ok, _broken, _ok], [True, False, None]),
    ([_broken, _ok, _ok], [False, None, None]),
])
def test_steps_after_a_failure_are_skipped(tmp_path, chain, expected):
    outcomes = run_steps([Step(f"s{i}", f) for i, f in enumerate(chain)], tmp_path)
    assert [o.ok for o in outcomes] == expected


def test_a_failure_is_reported_in_one_line_and_exits_non_zero(tmp_path, monkeypatch):
    monkeypatch.setattr(selftest, "steps", lambda extra: [Step("first", _ok), Step("second", _broken), Step("third", _ok)])
    out = io.StringIO()
    assert selftest.self_test(out) == 1
    text = out.getvalue()
    assert "[FAIL] second" in text and "ValueError: the store is gone" in text
    assert "second line" not in text
    assert "[SKIP] third" in text
    assert "self-test FAILED (second, third)" in text


def test_every_step_passing_exits_zero(monkeypatch):
    monkeypatch.setattr(selftest, "steps", lambda extra: [Step("only", _ok)])
    out = io.StringIO()
    assert selftest.self_test(out) == 0
    assert "[ OK ] only" in out.getvalue()


def test_an_internet_connection_fails_the_step_and_is_listed(tmp_path):
    outcomes = run_steps([Step("net", _connects)], tmp_path)
    assert outcomes[0].ok is False and "NetworkUsed" in outcomes[0].detail
    assert outcomes[-1].name == "offline" and "192.0.2.1" in outcomes[-1].detail


def test_the_guard_lets_local_sockets_through_and_is_removed_afterwards():
    attempts: list[str] = []
    original = socket.socket.connect
    with no_network(attempts):
        a, b = socket.socketpair()  # AF_UNIX: how worker processes talk, not the network
        a.sendall(b"x")
        assert b.recv(1) == b"x"
        a.close(), b.close()
        with pytest.raises(NetworkUsed), socket.socket() as s:
            s.connect(("192.0.2.1", 80))
    assert attempts == ["('192.0.2.1', 80)"]
    assert socket.socket.connect is original


def test_the_ocr_step_finds_tesseract_and_reads_a_line(tmp_path):
    detail = selftest.ocr_ready(selftest.Run(tmp_path))
    assert "Halvorsen" in detail


def test_the_ocr_step_fails_when_tesseract_is_missing(tmp_path, monkeypatch):
    from desktop.core.pdf import ocr

    monkeypatch.setattr(ocr, "tesseract_path", lambda: None)
    outcome = run_steps([Step("ocr", selftest.ocr_ready)], tmp_path)[0]
    assert outcome.ok is False and "tesseract-ocr" in outcome.detail
