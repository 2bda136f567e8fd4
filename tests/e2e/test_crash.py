"""A reviewer killed with SIGKILL at random moments loses no acknowledged decision."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import threading
from pathlib import Path

from review_fixture import small_review_store

from desktop.core.store import Store

ROOT = Path(__file__).resolve().parents[2]
ROUNDS = 8


def review_until_killed(store_path: Path, doc_id: int, seed: int, acks_before_kill: int) -> list[tuple[int, str]]:
    """Start the reviewer, kill it after `acks_before_kill` acknowledgements, return the acks read."""
    env = {**os.environ, "PYTHONPATH": f"{ROOT}{os.pathsep}{ROOT / 'tests'}"}
    proc = subprocess.Popen([sys.executable, str(ROOT / "tests" / "e2e" / "crash_reviewer.py"), str(store_path),
                             str(doc_id), str(seed)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=env)
    acks = []
    watchdog = threading.Timer(60, proc.kill)  # a reviewer that never acknowledges must not hang the test
    watchdog.start()
    try:
        proc.stdin.write("go\n")
        proc.stdin.flush()
        for line in proc.stdout:
            _, fid, status = line.split()
            acks.append((int(fid), status))
            proc.stdin.write("go\n")  # the next decision starts ...
            proc.stdin.flush()
            if len(acks) >= acks_before_kill:
                proc.send_signal(signal.SIGKILL)  # ... and the kill lands in the middle of it, or just before
                break
    finally:
        watchdog.cancel()
        proc.wait()
        proc.stdout.close()
        proc.stdin.close()
    return acks


def test_every_acknowledged_decision_survives_sigkill(tmp_path):
    path = tmp_path / "crash.sqlite"
    with Store(path, actor="setup") as store:
        doc_id, _ = small_review_store(store)
    rng = random.Random(20240603)
    for round_ in range(ROUNDS):
        acks = review_until_killed(path, doc_id, seed=round_, acks_before_kill=rng.randint(1, 40))
        assert acks, "the reviewer acknowledged nothing"
        with Store(path, actor="checker") as store:
            assert store.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            last = dict(acks)  # the last acknowledged status of each finding
            decisions = store.decisions(doc_id)
            # At most one decision was in flight at the kill: it may have landed after the last ack.
            in_flight = decisions[-1]["finding_id"] if decisions else None
            for fid, status in last.items():
                if fid != in_flight:
                    assert store.finding(fid).status == status
