"""The window's scan job with its real detection process: a cancel reaches the process, which stops after
the page it is on (pages done stay, the claim is released, the status is restored), and the next scan
job resumes with the pages left."""

from __future__ import annotations

import pytest

from desktop.core.jobs import JobState
from desktop.core.scan.documents import import_paths
from desktop.core.workspace import Workspace
from devkit.corpus import generate_contract

pytestmark = pytest.mark.slow


def test_a_cancelled_scan_job_stops_its_process_after_a_page_and_the_next_one_resumes(store, tmp_path):
    path = tmp_path / "long.pdf"
    path.write_bytes(generate_contract(5, pages=6).pdf)
    doc_id = import_paths(store, [path]).imported[0]
    pages = store.document(doc_id)["pages"]
    assert pages >= 4
    workspace = Workspace(store)

    job = workspace.scan_job(doc_id, list(range(pages)))
    job.on_progress(lambda j: j.cancel())  # at the first count, while the process is still starting
    assert job.run().state == JobState.CANCELLED, job.error
    left = store.unscanned_pages(doc_id)
    assert 0 < len(left) < pages  # the page it was on is stored; the rest waits
    assert store.document(doc_id)["status"] == "new"
    assert store.claim_document(doc_id) == (True, None)
    store.release_document(doc_id)

    resumed = workspace.scan_job(doc_id, list(range(pages))).run()
    assert resumed.state == JobState.DONE, resumed.error
    assert store.unscanned_pages(doc_id) == [] and store.document(doc_id)["status"] == "scanned"
    assert store.findings(doc_id)
