"""Only the pdf package reads text out of a PDF: scan, party linking, review, export and preview take
page texts from the page source, and the verifier reads its output through the pdf package's own
plain reader. Watched at run time (PyMuPDF's extraction methods, as test_pdf_lock watches its entry
points) and in the source."""

from __future__ import annotations

import ast
import sys
import threading
from pathlib import Path

import pymupdf
import pytest

from desktop.core.consent.parties import Party, PartyKind, Role
from desktop.core.export.prepare import prepare_document
from desktop.core.export.preview import redacted_preview
from desktop.core.model import Status
from desktop.core.pdf.pagetexts import forget_memory
from desktop.core.redaction.pseudonym import Pseudonymiser
from desktop.core.scan.documents import import_paths, scan_document
from desktop.core.scan.links import link_party
from desktop.core.selftest.contract import write_contract
from desktop.core.workspace import open_stored

ROOT = Path(__file__).resolve().parents[2]
# PyMuPDF's text extraction on a page, and pypdf's
EXTRACTION = ("get_text", "get_textpage", "get_textpage_ocr", "get_text_words", "get_text_blocks",
              "get_text_selection", "get_textbox", "get_texttrace", "search_for")
NAME = "Helena Marquardt"


class NoDetections:
    """A detector pool that finds nothing: how pages are read is what is watched here."""

    def detect(self, pages):
        return ((number, []) for number, _text in pages)


@pytest.fixture
def extraction_callers(monkeypatch):
    """(calling module, method) of each outermost PyMuPDF text extraction, whoever made it."""
    calls: list[tuple[str, str]] = []
    depth = threading.local()

    def watched(name, original):
        def call(*args, **kwargs):
            caller = sys._getframe(1).f_globals.get("__name__", "?")
            # get_text calls get_textpage inside PyMuPDF: the outermost call's caller is the one that
            # counts; and PyMuPDF's own picture listing (get_image_info) builds a text page it reads
            # images from, which reads no text
            if not getattr(depth, "n", 0) and caller != "pymupdf":
                calls.append((caller, name))
            depth.n = getattr(depth, "n", 0) + 1
            try:
                return original(*args, **kwargs)
            finally:
                depth.n -= 1
        return call

    for method in EXTRACTION:
        monkeypatch.setattr(pymupdf.Page, method, watched(method, getattr(pymupdf.Page, method)))
    return calls


def test_scan_link_review_export_and_preview_read_text_only_through_the_pdf_package(
        store, tmp_path, extraction_callers):
    contract = write_contract(tmp_path / "contracts")
    forget_memory()
    doc_id = import_paths(store, [contract.path]).imported[0]
    scan_document(store, doc_id, pool=NoDetections())
    store.add_party(Party(NAME, kind=PartyKind.PERSON), origin="test")
    assert link_party(store, doc_id, store.find_party(NAME).id, Role.SIGNER).problem is None
    source = open_stored(store, doc_id)  # the review's pages
    assert NAME in " ".join(source.page_text(n).text for n in range(source.page_count))
    source.close()
    store.decide([(f.id, {"status": Status.CONFIRMED}) for f in store.findings(doc_id)
                  if f.status == Status.PROPOSED])
    prepared = prepare_document(store, store.document(doc_id), Pseudonymiser())
    assert not prepared.leaks and NAME not in " ".join(prepared.pages)
    redacted_preview(store, doc_id, 0, zoom=0.5)

    callers = {module for module, _ in extraction_callers}
    outside = sorted({(m, name) for m, name in extraction_callers if not m.startswith("desktop.core.pdf.")})
    assert outside == []
    # the watch saw the page source read the original and the verifier's reader read the output
    assert {"desktop.core.pdf.document", "desktop.core.pdf.outputtext"} <= callers


def _extraction_calls(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [f"{path.relative_to(ROOT)}:{node.lineno} {node.func.attr}" for node in ast.walk(tree)
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
            and node.func.attr in (*EXTRACTION, "extract_text")]


def test_no_module_outside_the_pdf_package_calls_text_extraction():
    pdf = ROOT / "desktop" / "core" / "pdf"
    found = [call for path in sorted((ROOT / "desktop").rglob("*.py")) if pdf not in path.parents
             for call in _extraction_calls(path)]
    assert found == []
    assert _extraction_calls(pdf / "document.py")  # the check does see a call where there is one
