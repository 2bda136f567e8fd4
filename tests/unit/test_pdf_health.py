"""Damage detection: the page tree, the xref and what extraction gives are compared at import."""

from __future__ import annotations

import pymupdf
import pytest

from desktop.core.pdf import PdfError, open_pdf
from desktop.core.pdf.health import checked_pages, damage_note, read_pages
from devkit.corpus import badfiles


@pytest.fixture(scope="module")
def contract() -> bytes:
    from devkit.corpus import generate_contract

    return generate_contract(7431, pages=3).pdf


def test_a_whole_file_is_whole(contract):
    doc = open_pdf(contract)
    read = read_pages(doc, contract)
    assert not read.damaged and read.summary == "" and len(read.pages) == read.total == doc.page_count


def test_a_page_tree_that_claims_more_pages_than_it_has(tmp_path):
    data = badfiles.write_page_count_lie(tmp_path / "lie.pdf", claimed=5).read_bytes()
    read = read_pages(open_pdf(data), data)
    assert (read.total, len(read.pages), sorted(read.problems)) == (5, 2, [2, 3, 4])
    assert read.summary.startswith("damaged: 2 of 5 pages readable (page 3: ")


@pytest.mark.parametrize("keep", [0.05, 0.3, 0.6, 0.9])
def test_a_cut_file_is_never_taken_as_whole(tmp_path, contract, keep):
    data = badfiles.write_cut(tmp_path / "cut.pdf", contract, keep).read_bytes()
    try:
        doc = open_pdf(data, "cut.pdf")
        read = checked_pages(doc, data, "cut.pdf")
    except PdfError as exc:  # refused outright is an answer too
        assert "damaged" in exc.reason and "\n" not in exc.reason
        return
    assert read.damaged and read.summary.startswith("damaged: ")
    whole = pymupdf.open(stream=contract)
    assert len(read.pages) < whole.page_count or read.cut_short


def test_a_page_whose_content_stream_is_missing(tmp_path):
    doc = pymupdf.open()
    for n in range(3):
        doc.new_page().insert_text((72, 72), f"Page {n + 1} of the agreement.", fontname="helv", fontsize=11)
    xref = doc.load_page(1).get_contents()[0]
    doc.update_object(xref, "null")  # what a cut or broken file leaves of the page's text
    data = doc.tobytes()
    read = read_pages(open_pdf(data), data)
    assert [p.number for p in read.pages] == [0, 2] and "missing" in read.problems[1]


def test_a_damaged_document_is_refused_for_export(store, tmp_path):
    from datetime import UTC, datetime

    from desktop.core.export.checks import WHOLE_FILE, ExportCandidate
    from desktop.core.scan.documents import import_paths

    report = import_paths(store, [badfiles.write_page_count_lie(tmp_path / "lie.pdf")])
    [doc] = store.documents()
    assert report.damaged and damage_note(doc) == "damaged: 2 of 5 pages readable"
    assert [r["number"] for r in store.page_rows(doc["id"])] == [0, 1]
    [reason] = WHOLE_FILE.run(ExportCandidate(store, doc, "ai-training", datetime.now(UTC)))
    assert reason.startswith("damaged: 2 of 5 pages readable")
