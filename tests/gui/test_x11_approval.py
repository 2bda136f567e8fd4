"""The approval screen in the real window under Xvfb, typed with xdotool: the approver opens the export
flow on a batch waiting for them, opens the approval screen, turns to another document's redacted page,
then approves with their passphrase; the store holds the approval and the batch is written."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest
from batch_fixture import CHECKS_WITH_CONSENT, add_contract
from signer_fixture import PASSPHRASE, memory_signer, stored_signer, trusted
from test_x11_keys import ROOT, display, wait_until  # noqa: F401  (display is a fixture)

from desktop.core.export import checks
from desktop.core.export.batch import build_batch
from desktop.core.export.publish import sign_and_write
from desktop.core.store import Store

pytestmark = pytest.mark.skipif(not (shutil.which("Xvfb") and shutil.which("xdotool")),
                                reason="Xvfb and xdotool are missing (make test installs them: "
                                       "packaging/system-packages.txt, purpose test)")


def xdotool(env: dict, process: subprocess.Popen, *args: str) -> str:
    if process.poll() is not None:
        raise AssertionError(f"the window ended: {process.stderr.read().decode()[-2000:]}")
    return subprocess.run(["xdotool", *args], env=env, capture_output=True, text=True, timeout=30).stdout


def test_the_approver_looks_at_a_redacted_page_then_approves(display, store, tmp_path, monkeypatch):  # noqa: F811
    monkeypatch.setattr(checks, "EXPORT_CHECKS", list(CHECKS_WITH_CONSENT))
    alice, bob = memory_signer("alice"), stored_signer("bob")  # only bob's key is in this account
    trusted(store, alice, bob)
    store.set_setting("four_eyes", "1")
    docs = [add_contract(store, tmp_path, file_name="first.pdf"),
            add_contract(store, tmp_path, "Marta Lindqvist", file_name="second.pdf")]
    for doc_id in docs:
        store.set_document_status(doc_id, "scanned")
    batch = build_batch(store, docs).batch_id
    sign_and_write(store, batch, alice, "reviewed")
    store.close()
    env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb", "PYTHONPATH": str(ROOT),
           "XDG_DOCUMENTS_DIR": str(tmp_path / "documents")}
    path = tmp_path / "clearance.sqlite"
    process = subprocess.Popen([sys.executable, "-m", "desktop.cli", "gui", "--store", str(path)],
                               env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        with Store(path) as watched:
            run = lambda *args: xdotool(env, process, *args)  # noqa: E731
            window = wait_until(lambda: run("search", "--onlyvisible", "--name", "Clearance").split(),
                                "the window to be mapped", 60)[0]
            run("windowfocus", "--sync", window)
            run("key", "--delay", "80", "g", "e")  # the export flow, on the batch waiting for approval
            wait_until(lambda: run("search", "--onlyvisible", "--name", "^Export$").split(), "the export flow", 60)
            run("key", "alt+a")  # the approval screen
            wait_until(lambda: run("search", "--onlyvisible", "--name", "first.pdf, page 1").split(),
                       "the approval screen on the first document's first redacted page", 60)
            run("key", "Down")
            wait_until(lambda: run("search", "--onlyvisible", "--name", "second.pdf, page 1").split(),
                       "the second document's redacted page", 30)
            run("key", "alt+p")
            run("type", "--delay", "40", PASSPHRASE)
            run("key", "Return")
            wait_until(lambda: [s["meaning"] for s in watched.signoffs(batch)] == ["reviewed", "approved"],
                       "the approval in the store", 60)
            assert watched.signoffs(batch)[1]["signer"] == "bob"
            written = tmp_path / "documents" / "Clearance exports" / batch
            assert wait_until(lambda: (written / "manifest.json").exists(), "the written batch", 30)
    finally:
        process.terminate()
        process.wait(15)
