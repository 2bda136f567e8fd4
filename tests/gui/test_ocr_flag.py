"""A page that OCR read poorly is marked in the review window's page list, and the store keeps why."""

from __future__ import annotations

import pymupdf
from review_fixture import add_pdf

from desktop.core.scan.documents import import_paths
from devkit.corpus import generate_contract
from devkit.corpus.scans import as_scan


def _scan(tmp_path, dpi: int):
    contract = generate_contract(7)
    path = tmp_path / f"scan-{dpi}.pdf"
    path.write_bytes(as_scan(contract.pdf, dpi=dpi, pages=[0], quality=15 if dpi < 100 else 60))
    return path


def test_import_flags_an_illegible_scan_and_reports_ocr(store, tmp_path):
    report = import_paths(store, [_scan(tmp_path, 40)])
    (doc_id,) = report.imported
    assert report.ocr_pages == 1 and report.flagged and report.flagged[0][1] == 1
    assert "check it by eye" in store.flagged_pages(doc_id)[0]


def test_the_page_list_marks_the_flagged_page(qtbot, store, tmp_path):
    from desktop.ui.app import application, create_window

    path = _scan(tmp_path, 40)
    doc_id, _source = add_pdf(store, path.read_bytes(), path.name, str(path))
    store.set_document_status(doc_id, "scanned")  # no detection run: the flag comes from the page text
    application()
    window = create_window(store, ())
    qtbot.addWidget(window)
    window.show()
    item = window.pages.item(0)
    assert "check by eye" in item.text() and "confidence" in item.toolTip()
    assert pymupdf.open(path).page_count == window.pages.count()
