"""The redacted preview: a core rendering of a page with the confirmed boxes applied."""

from __future__ import annotations

import pytest

from desktop.core.export.preview import png_bytes, render_redacted_page
from desktop.core.pdf import extract_pages, ocr, open_pdf
from desktop.core.redaction.redact import find_terms
from devkit.leaks import make_leak_fixture


def _read(page) -> str:
    """The rendered page as Tesseract reads it (what a person sees in the preview)."""
    return " ".join(w.text for w in ocr.read_image(png_bytes(page)))


@pytest.mark.skipif(not ocr.available(), reason="needs Tesseract (make installs tesseract-ocr)")
def test_redacted_preview_renders_the_page_without_the_name():
    fixture = make_leak_fixture(channels=("page-text",))
    doc = open_pdf(fixture.pdf)
    [page] = extract_pages(doc, ocr=False)[:1]
    doc.close()
    found = find_terms(page, [fixture.name])
    assert found  # the name is on the page, where the preview must hide it
    first, last = fixture.name.split()
    plain = _read(render_redacted_page(fixture.pdf, [], 0, zoom=2.0))
    assert last in plain  # OCR reads the name where nothing hides it: the check below can fail
    redacted = render_redacted_page(fixture.pdf, found, 0, zoom=2.0)
    read = _read(redacted)
    assert first not in read and last not in read
    assert "annual fee" in read  # the text around it is still drawn
