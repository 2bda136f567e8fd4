"""One owner for PyMuPDF across threads: every call the core makes into it holds the process-wide lock."""

from __future__ import annotations

import threading

import pymupdf
import pytest

from desktop.core.export.preview import png_bytes, render_redacted_page
from desktop.core.pdf import close_pdf, extract_pages, open_pdf, render_page
from desktop.core.pdf.lock import PDF_LOCK
from desktop.core.pdf.pagesource import PageSource
from desktop.core.redaction.redact import find_terms, redact_pdf, redact_terms
from desktop.core.verification.output import verify_redacted
from devkit.leaks import make_leak_fixture

NAME = "Jolene Marchetti"


@pytest.fixture(scope="module")
def pdf():
    return make_leak_fixture(NAME).pdf  # made before the watch starts: the generator is no core code


@pytest.fixture
def unlocked_calls(pdf, monkeypatch):
    """Names of PyMuPDF calls made without the lock (the list stays empty when every call holds it)."""
    calls: list[str] = []

    def watched(name, original):
        def call(*args, **kwargs):
            if not PDF_LOCK._is_owned():
                calls.append(name)
            return original(*args, **kwargs)
        return call

    monkeypatch.setattr(pymupdf, "open", watched("open", pymupdf.open))
    for cls, method in ((pymupdf.Document, "load_page"), (pymupdf.Document, "tobytes"),
                        (pymupdf.Document, "close"), (pymupdf.Page, "get_text"), (pymupdf.Page, "get_pixmap")):
        monkeypatch.setattr(cls, method, watched(f"{cls.__name__}.{method}", getattr(cls, method)))
    return calls


def test_the_lock_is_held_by_every_pymupdf_call_of_the_core(pdf, unlocked_calls):
    doc = open_pdf(pdf)
    pages = extract_pages(doc)
    render_page(doc, 0)
    close_pdf(doc)
    findings = [f for p in pages for f in find_terms(p, [NAME])]
    out = redact_pdf(pdf, findings)
    redact_terms(pdf, [NAME])
    assert verify_redacted(out, [NAME]).ok
    png_bytes(render_redacted_page(pdf, findings, 0))
    source = PageSource(data=pdf)
    source.page_text(0)
    source.render(0, 1.0)
    source.close()
    assert unlocked_calls == []


def test_the_watch_sees_a_call_without_the_lock(pdf, unlocked_calls):
    pymupdf.open(stream=pdf, filetype="pdf").close()
    assert unlocked_calls == ["open", "Document.close"]


def test_rendering_and_redacting_on_two_threads_at_once(pdf, unlocked_calls):
    source = PageSource(data=pdf)
    errors: list[BaseException] = []

    def keep(work):
        def run():
            try:
                for _ in range(5):
                    work()
            except BaseException as exc:  # noqa: BLE001 - reported below
                errors.append(exc)
        return threading.Thread(target=run)

    threads = [keep(lambda: source.render(0, 1.5)), keep(lambda: redact_terms(pdf, [NAME]))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert not any(t.is_alive() for t in threads), "a thread still runs: the lock was never released to it"
    source.close()
    assert errors == [] and unlocked_calls == []


def test_other_threads_use_pymupdf_while_tesseract_reads_a_scan(pdf, monkeypatch):
    """Reading a scanned file (an import, or the verifier's visual channel) holds the lock for
    PyMuPDF only: while Tesseract reads, the window's page renderer must get it."""
    from desktop.core.pdf import health, ocr
    from devkit.corpus.scans import as_scan

    scan = as_scan(pdf, dpi=100)
    others_got_the_lock: list[bool] = []

    def reading(image, **_kwargs):
        assert PDF_LOCK._is_owned() is False  # this thread gave it up at every depth ...
        taken = []
        other = threading.Thread(target=lambda: taken.append(PDF_LOCK.acquire(timeout=5) and PDF_LOCK.release()
                                                             is None))
        other.start()
        other.join(30)
        assert not other.is_alive()
        others_got_the_lock.append(taken == [True])
        return []

    monkeypatch.setattr(ocr, "available", lambda: True)
    monkeypatch.setattr(ocr, "read_image", reading)
    doc = open_pdf(scan)
    with PDF_LOCK:  # ... even where its caller holds it too
        health.read_pages(doc, scan)
        assert PDF_LOCK._is_owned()  # and has it back afterwards
    close_pdf(doc)
    assert others_got_the_lock and all(others_got_the_lock)
