"""Background jobs in the core: progress, a cancel the work checks, a one-line error; a cancelled import
stops after the file it is on and a cancelled scan after the page it is on, leaving the store consistent
(what is done stays, nothing is claimed, and scanning again resumes with the pages left)."""

from __future__ import annotations

import pymupdf
import pytest
from batch_fixture import CORE_CHECKS, add_contract

from desktop.core.jobs import Job, JobState
from desktop.core.pdf import PdfError
from desktop.core.scan.documents import import_paths
from desktop.core.workspace import Workspace, detect_document

PAGES = 4


def write_pdf(path, pages: int = 1, word: str = "Clause"):
    pdf = pymupdf.open()
    for n in range(pages):
        pdf.new_page(width=400, height=300).insert_textbox(
            pymupdf.Rect(20, 20, 380, 280), f"{word} {n + 1}. The supplier delivers the goods on time.", fontsize=10)
    path.write_bytes(pdf.tobytes())
    return path


class Pages:
    """A detector pool that finds nothing and remembers the pages it was asked for; `during(n)` runs
    while the n-th page asked for is detected (the reviewer pressing Cancel then)."""

    def __init__(self, during=None):
        self.asked: list[int] = []
        self.during = during or {}

    def detect(self, pages):
        for number, _text in pages:
            self.asked.append(number)
            if len(self.asked) in self.during:
                self.during[len(self.asked)]()
            yield number, []


def test_a_job_reports_progress_and_its_result():
    seen = []
    job = Job("Counting", lambda job: [job.progress(i, 3, f"item {i}") for i in range(3)] and "counted")
    job.on_progress(lambda j: seen.append((j.done, j.total, j.text)))
    assert job.run().state == JobState.DONE and job.result == "counted"
    assert seen == [(0, 3, "item 0"), (1, 3, "item 1"), (2, 3, "item 2")]


def test_a_failure_is_one_line_and_a_job_cancelled_before_it_starts_does_nothing():
    def fails(_job):
        raise PdfError("not-pdf", "contract.pdf: not a PDF (it starts with 'PK')\nmore detail nobody needs")

    failed = Job("Failing", fails).run()
    assert failed.state == JobState.FAILED and failed.error == "contract.pdf: not a PDF (it starts with 'PK')"
    ran = []
    early = Job("Never", lambda job: ran.append(1))
    early.cancel()
    assert early.run().state == JobState.CANCELLED and ran == [] and early.error is None


def test_a_cancelled_import_stops_after_the_file_it_is_adding(store, tmp_path):
    paths = [write_pdf(tmp_path / f"c{i}.pdf", word=f"Clause{i}") for i in range(3)]
    job = Workspace(store).import_job(paths)
    job.on_progress(lambda j: j.cancel() if j.text == "adding c0.pdf" else None)  # pressed while c0 is read
    assert job.run().state == JobState.CANCELLED
    assert [d["name"] for d in store.documents()] == ["c0.pdf"]  # stored whole, the others untouched
    assert len(store.page_rows(store.documents()[0]["id"])) == 1

    again = Workspace(store).import_job(paths).run()  # adding them again finishes the job
    assert again.state == JobState.DONE
    assert (len(again.result.imported), len(again.result.duplicates)) == (2, 1)
    assert sorted(d["name"] for d in store.documents()) == ["c0.pdf", "c1.pdf", "c2.pdf"]


@pytest.fixture
def doc_id(store, tmp_path):
    return import_paths(store, [write_pdf(tmp_path / "long.pdf", pages=PAGES)]).imported[0]


def test_a_cancelled_scan_stops_after_the_current_page_and_scanning_again_resumes(store, doc_id):
    job = Job("Detecting entities", lambda job: detect_document(store, doc_id, stop=job.cancel_event, pool=pool))
    pool = Pages(during={2: job.cancel})  # cancelled while the second page is detected
    assert job.run().state == JobState.CANCELLED
    assert pool.asked == [0, 1]
    assert store.unscanned_pages(doc_id) == [2, 3]  # the page it was on is stored, the rest waits
    assert store.document(doc_id)["status"] == "new"  # not left "scanning"
    assert store.claim_document(doc_id) == (True, None)  # no claim stays behind
    store.release_document(doc_id)
    assert store.document_links(doc_id) == []  # the parties are proposed once the whole document is read

    rest = Pages()
    resumed = Job("Detecting entities", lambda job: detect_document(store, doc_id, stop=job.cancel_event, pool=rest))
    assert resumed.run().state == JobState.DONE
    assert rest.asked == [2, 3]
    assert store.unscanned_pages(doc_id) == [] and store.document(doc_id)["status"] == "scanned"


def test_a_cancel_during_the_last_page_lets_the_document_finish(store, doc_id):
    job = Job("Detecting entities", lambda job: detect_document(store, doc_id, stop=job.cancel_event, pool=pool))
    pool = Pages(during={PAGES: job.cancel})
    assert job.run().state == JobState.DONE  # judging and linking follow the last page: never cut off there
    assert store.unscanned_pages(doc_id) == [] and store.document(doc_id)["status"] == "scanned"


def test_a_cancelled_batch_build_stores_no_batch(store, tmp_path, monkeypatch):
    from desktop.core.export import checks
    from desktop.core.export.batch import build_batch

    monkeypatch.setattr(checks, "EXPORT_CHECKS", list(CORE_CHECKS))  # no consent asked: the documents pass

    docs = [add_contract(store, tmp_path, file_name=f"c{i}.pdf", name=f"Jolene Marchett{c}")
            for i, c in enumerate("ia")]
    job = Workspace(store).job("Building the batch", lambda s, job: build_batch(s, docs, progress=job.step))
    job.on_progress(lambda j: j.cancel() if j.done == 1 else None)  # while the second document is checked
    assert job.run().state == JobState.CANCELLED
    assert store.batches() == [] and store.signoffs() == []
    assert Workspace(store).job("Building the batch", lambda s, job: build_batch(s, docs)).run().result.batch_id
