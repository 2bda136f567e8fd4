"""pypdf's reading of a long output runs in a child process beside PyMuPDF's (`output.SecondParser`):
the same channels as read in this process, every leak still reported, and a dead child read again here."""

from __future__ import annotations

from concurrent.futures import Future
from concurrent.futures.process import BrokenProcessPool

import pymupdf

from desktop.core.verification.output import (
    SECOND_PROCESS_PAGES,
    SecondParser,
    object_pages,
    pypdf_channels,
    verify_redacted,
)


def _document(pages: int, leak_on: int) -> bytes:
    doc = pymupdf.open()
    for n in range(pages):
        page = doc.new_page()
        page.insert_text((72, 100), f"Clause {n + 1}. The parties agree to the terms below.", fontsize=11)
        if n == leak_on:
            page.insert_text((72, 140), "Notices go to Zelda Quartermain.", fontsize=11)
    return doc.tobytes()


def _pages_of(pdf: bytes) -> dict[int, list[int]]:
    with pymupdf.open(stream=pdf, filetype="pdf") as doc:
        return object_pages(doc)


def test_the_child_reads_the_channels_this_process_reads():
    pdf = _document(3, leak_on=1)
    with SecondParser(pdf, min_pages=1) as second:
        assert second._pool is not None  # a child was started
        texts = second.texts({})  # the child finds the object pages itself
    assert texts == pypdf_channels(pdf)
    assert any("Zelda Quartermain" in t.text for t in texts if t.channel == "page-text (pypdf)")


def test_a_long_document_is_verified_in_both_parsers_with_the_second_in_a_child():
    pdf = _document(SECOND_PROCESS_PAGES, leak_on=SECOND_PROCESS_PAGES - 2)
    report = verify_redacted(pdf, ["Zelda Quartermain"], visual="off")
    where = {(h.channel, h.where) for h in report.hits}
    assert ("page-text (pypdf)", f"page {SECOND_PROCESS_PAGES - 1}") in where
    assert ("page-text", f"page {SECOND_PROCESS_PAGES - 1}") in where
    assert not report.ok


def test_a_short_document_starts_no_child():
    pdf = _document(2, leak_on=0)
    with SecondParser(pdf) as second:
        assert second._pool is None
        assert second.texts(_pages_of(pdf)) == pypdf_channels(pdf)
        assert any("Zelda" in t.text for t in second.texts(_pages_of(pdf)))


def test_a_child_that_died_is_read_again_here():
    pdf = _document(2, leak_on=0)
    second = SecondParser(pdf)
    dead: Future = Future()
    dead.set_exception(BrokenProcessPool("killed"))
    second._future = dead
    assert second.texts(_pages_of(pdf)) == pypdf_channels(pdf)
