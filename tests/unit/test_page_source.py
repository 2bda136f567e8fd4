"""The page source: a document's page texts read once per version of its file (sha256), kept in the store
across restarts, and never served for bytes that changed."""

from __future__ import annotations

import pymupdf
import pytest

from desktop.core.pdf import PageText, PdfError, pagetexts
from desktop.core.pdf.health import PageRead
from desktop.core.pdf.pagesource import PageSource
from desktop.core.pdf.pagetexts import decode, document_pages, encode, forget_memory
from desktop.core.pdf.stored import stored_pages
from desktop.core.scan.documents import import_paths
from desktop.core.store import Store


def _pdf(*lines: str) -> bytes:
    doc = pymupdf.open()
    for line in lines:
        doc.new_page(width=400, height=300).insert_text((40, 60), line, fontsize=11)
    return doc.tobytes()


@pytest.fixture
def extractions(monkeypatch):
    """Page numbers whose text PyMuPDF extracted with character boxes (the page source's reading)."""
    read: list[int] = []
    original = pymupdf.Page.get_text

    def get_text(page, option="text", *args, **kwargs):
        if option == "rawdict":
            read.append(page.number)
        return original(page, option, *args, **kwargs)

    monkeypatch.setattr(pymupdf.Page, "get_text", get_text)
    forget_memory()
    yield read
    forget_memory()


def test_a_document_is_read_once_and_served_from_the_store_after_a_restart(tmp_path, extractions):
    path = tmp_path / "contract.pdf"
    path.write_bytes(_pdf("Signed by Odile Brandauer.", "Witnessed by Piet Janssens."))
    with Store(tmp_path / "clearance.sqlite") as store:
        doc_id = import_paths(store, [path]).imported[0]
        assert extractions == [0, 1]
        _data, first = stored_pages(store.document(doc_id), store)
        assert extractions == [0, 1]  # served from memory
    forget_memory()  # as a new process starts
    with Store(tmp_path / "clearance.sqlite") as store:
        _data, again = stored_pages(store.document(doc_id), store)
    assert extractions == [0, 1]  # served from the store
    assert again == first and "Piet Janssens" in again.pages[1].text


def test_a_changed_file_is_refused_and_other_bytes_are_read_anew(tmp_path, store, extractions):
    path = tmp_path / "contract.pdf"
    path.write_bytes(_pdf("Signed by Odile Brandauer."))
    doc_id = import_paths(store, [path]).imported[0]
    path.write_bytes(_pdf("Signed by Someone Else."))
    with pytest.raises(PdfError) as refused:
        stored_pages(store.document(doc_id), store)
    assert refused.value.kind == "changed"
    read = document_pages(path.read_bytes(), "contract.pdf", store)
    assert "Someone Else" in read.pages[0].text and extractions == [0, 0]


def test_texts_of_an_older_extractor_are_read_again(tmp_path, store, extractions, monkeypatch):
    data = _pdf("Signed by Odile Brandauer.")
    document_pages(data, "a.pdf", store)
    forget_memory()
    monkeypatch.setattr(pagetexts, "FORMAT", pagetexts.FORMAT + 1)
    document_pages(data, "a.pdf", store)
    assert extractions == [0, 0]


def test_the_stored_form_gives_back_the_very_page_texts():
    page = PageText(3, "Ana\u00fcs B\nx", ((1.5, 2.25, 3.0, 4.125), (0.1, 0.2, 0.30000000000000004, 9.0), None,
                                          (5.0, 6.0, 7.0, 8.0), None, (1.0, 2.0, 3.0, 4.0)),
                    (0, 0, -1, 1, -1, 2), 595.276, 841.89, rotation=90, ocr_confidence=71.25, ocr_words=3,
                    ocr_error="")
    read = PageRead(5, (page,), {0: "its content (object 7) is missing from the file"}, cut_short=True)
    assert decode(encode(read)) == read
    rows = encode(read)
    del rows[3]
    assert decode(rows) is None  # a read kept only in part is read again


def test_a_read_only_store_serves_what_it_holds_and_keeps_nothing_new(tmp_path, extractions):
    kept, new = _pdf("Signed by Odile Brandauer."), _pdf("Signed by Piet Janssens.")
    with Store(tmp_path / "clearance.sqlite") as store:
        document_pages(kept, "kept.pdf", store)
    forget_memory()
    with Store(tmp_path / "clearance.sqlite", read_only=True) as store:
        document_pages(kept, "kept.pdf", store)
        document_pages(new, "new.pdf", store)
        forget_memory()
        document_pages(new, "new.pdf", store)
    assert extractions == [0, 0, 0]


def test_the_review_opens_a_document_without_reading_it_whole(tmp_path, store, extractions):
    path = tmp_path / "contract.pdf"
    path.write_bytes(_pdf("Signed by Odile Brandauer.", "Witnessed by Piet Janssens."))
    doc_id = import_paths(store, [path]).imported[0]
    source = PageSource.stored(store.document(doc_id), store)
    assert "Piet Janssens" in source.page_text(1).text and extractions == [0, 1]  # kept: read at import only
    source.close()
    store.forget_page_texts()
    forget_memory()
    source = PageSource.stored(store.document(doc_id), store)  # a store from before the page source
    assert extractions == [0, 1]
    assert "Piet Janssens" in source.page_text(1).text and extractions == [0, 1, 1]  # the page shown, alone
    source.close()
