"""The verifier's byte-level channels read text, not PDF syntax or binary data: words that occur in
dictionary keys, pictures, fonts and colour profiles are no leak; a name in a text string, an
annotation, a content stream, XMP or a picture's comment still is."""

from __future__ import annotations

import pymupdf
import pytest

from desktop.core.verification.objects import (
    jpeg_text_segments,
    shown_texts,
    sniff,
    stream_kind,
    xmp_text,
)
from desktop.core.verification.output import verify_redacted

SYNTAX_WORDS = ["Content", "Center", "DSS", "GPL", "Window"]
NAME = "Rosalind Quennell"
BINARY_TEXT = b"Content Center DSS GPL Window " * 40  # bytes that spell the words, in binary data


def _plain_page() -> tuple[pymupdf.Document, pymupdf.Page]:
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    page.insert_text((72, 100), "The parties agree on the delivery schedule below.", fontsize=11)
    return doc, page


def _resource(doc: pymupdf.Document, page: pymupdf.Page, path: str, xref: int) -> None:
    kind, value = doc.xref_get_key(page.xref, "Resources")
    holder = int(value.split()[0]) if kind == "xref" else page.xref
    doc.xref_set_key(holder, path if kind == "xref" else f"Resources/{path}", f"{xref} 0 R")


def _stream(doc: pymupdf.Document, dictionary: str, data: bytes) -> int:
    xref = doc.get_new_xref()
    doc.update_object(xref, dictionary)
    doc.update_stream(xref, data, compress=True)
    return xref


def syntax_and_binary_pdf() -> bytes:
    """A page whose file holds the words only as syntax (/Contents, /CenterWindow) and inside a
    compressed picture, a font program, a colour profile and glyph codes of a content stream."""
    doc, page = _plain_page()
    doc.xref_set_key(doc.pdf_catalog(), "ViewerPreferences", "<</CenterWindow true /DisplayDocTitle true>>")
    width = 60
    samples = BINARY_TEXT[: width * (len(BINARY_TEXT) // width)]
    pix = pymupdf.Pixmap(pymupdf.csGRAY, width, len(samples) // width, samples, False)
    page.insert_image(pymupdf.Rect(400, 700, 420, 720), pixmap=pix)  # stored losslessly: the bytes stay
    font = _stream(doc, f"<</Length1 {len(BINARY_TEXT)}>>", b"\x00\x01\x00\x00" + BINARY_TEXT)
    descriptor = doc.get_new_xref()
    doc.update_object(descriptor, f"<</Type/FontDescriptor/FontName/Helvetica/FontFile2 {font} 0 R>>")
    doc.xref_set_key(doc.pdf_catalog(), "Fonts", f"{descriptor} 0 R")  # reachable, as in a real file
    icc = _stream(doc, "<</N 3/Alternate/DeviceRGB>>", b"\x00" * 36 + b"acsp" + BINARY_TEXT)
    doc.xref_set_key(doc.pdf_catalog(), "Profile", f"{icc} 0 R")
    # Two-byte glyph codes that happen to spell the words (a TrueType font's glyph ids are not text).
    codes = "".join(f"{ord(c):04X}" for c in "Content Center DSS")
    form = _stream(doc, "<</Type/XObject/Subtype/Form/BBox[0 0 10 10]>>", f"BT <{codes}> Tj ET".encode())
    _resource(doc, page, "XObject/Fm9", form)
    data = doc.tobytes(garbage=0)
    doc.close()
    return data


def test_syntax_and_binary_hold_no_leak():
    pdf = syntax_and_binary_pdf()
    assert b"/CenterWindow" in pdf and b"/Contents" in pdf
    report = verify_redacted(pdf, SYNTAX_WORDS, visual="off")
    assert report.ok, report.hits


def test_the_same_words_as_text_are_found():
    """The control: the same words where a reader sees them are leaks, so the test above could fail."""
    doc, page = _plain_page()
    page.insert_text((72, 130), "Content Center DSS GPL Window", fontsize=11)
    report = verify_redacted(doc.tobytes(), SYNTAX_WORDS, visual="off")
    assert {h.term for h in report.hits} == set(SYNTAX_WORDS)


def planted_pdf() -> bytes:
    """The name in the document info (UTF-16), an annotation, XMP, a font name and a form that is
    never drawn (no page text shows it), beside a page that does not name it."""
    doc, page = _plain_page()
    doc.set_metadata({"author": f"{NAME} \u2013 Łódź office", "title": "Delivery schedule"})
    annot = page.add_text_annot((500, 80), f"Ask {NAME} about the dates")
    annot.update()
    doc.set_xml_metadata(f'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="r"><rdf:Description '
                         f'xmlns:dc="d" dc:creator="{NAME}"/></rdf:RDF></x:xmpmeta>')
    form = _stream(doc, "<</Type/XObject/Subtype/Form/BBox[0 0 10 10]>>",
                   b"BT /F1 9 Tf [(Rosa) -30 (lind Quen) 10 (nell)] TJ ET")
    _resource(doc, page, "XObject/Fm9", form)
    font = doc.get_new_xref()
    doc.update_object(font, "<</Type/Font/Subtype/Type1/BaseFont/ABCDEF+RosalindQuennell-Bold>>")
    _resource(doc, page, "Font/F9", font)
    data = doc.tobytes(garbage=0)
    doc.close()
    return data


def test_names_in_strings_annotations_xmp_fonts_and_content_streams_are_found():
    report = verify_redacted(planted_pdf(), [NAME, "RosalindQuennell"], visual="off")
    by_channel = {}
    for hit in report.hits:
        by_channel.setdefault(hit.channel, []).append(hit.where)
    assert {"metadata", "annotation", "xmp", "object", "stream", "file-bytes", "object (pypdf)"} <= set(by_channel)
    # The form that is never drawn is found in its stream, and the hit names the page it belongs to.
    assert any(where.startswith("page 1: ") and "TJ" in where for where in by_channel["stream"])
    assert any(where.startswith("page 1: ") for where in by_channel["object"])  # the annotation's string
    assert any(where.startswith("no page") for where in by_channel["object"])  # the document info


def test_a_hit_in_a_compressed_stream_is_judged_decompressed():
    """The file's bytes: a content stream's text is found after decompression, a picture's bytes are not."""
    doc, page = _plain_page()
    _stream(doc, "<<>>", f"BT /F1 9 Tf ({NAME}) Tj ET".encode())
    data = doc.tobytes(garbage=0)
    report = verify_redacted(data, [NAME], visual="off")
    assert any(h.channel == "file-bytes" and "stream" in h.where for h in report.hits)


def test_a_name_in_a_pictures_comment_is_found_its_pixels_are_not_read():
    pix = pymupdf.Pixmap(pymupdf.csRGB, pymupdf.IRect(0, 0, 16, 16), False)
    pix.clear_with(200)
    jpeg = pix.tobytes("jpg")
    comment = f"Photo: {NAME}".encode()
    jpeg = jpeg[:2] + b"\xff\xfe" + (len(comment) + 2).to_bytes(2, "big") + comment + jpeg[2:]
    assert jpeg_text_segments(jpeg) == comment
    doc, page = _plain_page()
    page.insert_image(pymupdf.Rect(400, 700, 420, 720), stream=jpeg)
    report = verify_redacted(doc.tobytes(), [NAME], visual="off")
    assert any("picture metadata" in h.where for h in report.hits)


@pytest.mark.parametrize(("data", "expected"), [
    (b"BT (Rosalind) Tj ET", ["Rosalind"]),
    (b"BT [(Ros) 20 (alind)] TJ ET", ["Ros alind", "Rosalind"]),
    (b"BT <0052006F0073> Tj ET", []),  # two-byte glyph codes: the page text reads them through the font
    (b"/Span <</ActualText <FEFF0052006F00730061>>> BDC EMC", ["Rosa"]),
    (b"q 10 0 0 10 0 0 cm BI /W 4 /H 1 /BPC 8 /CS /G ID (Rosa) EI Q", []),  # an inline picture's bytes
])
def test_the_text_a_content_stream_shows(data, expected):
    assert [t.text for t in shown_texts("stream", "x", data)] == expected


@pytest.mark.parametrize(("entries", "kind"), [
    ({"Type": "/XObject", "Subtype": "/Image"}, "image"),
    ({"Length1": "1200"}, "font"),
    ({"Subtype": "/Type1C"}, "font"),
    ({"N": "3", "Alternate": "/DeviceRGB"}, "icc"),
    ({"Type": "/XObject", "Subtype": "/Form"}, "content"),
    ({"Type": "/Metadata", "Subtype": "/XML"}, "metadata"),
    ({"Type": "/ObjStm", "N": "12"}, "objects"),
    ({"Type": "/EmbeddedFile"}, "attachment"),
    ({}, ""),
])
def test_a_stream_is_judged_by_its_dictionary(entries, kind):
    assert stream_kind(entries.get) == kind


@pytest.mark.parametrize(("data", "kind"), [
    (b"\x00\x01\x00\x00\x00\x10OS/2 Content Center", "font"),
    (b"\x00" * 36 + b"acsp Center", "icc"),
    (b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CIDSystemInfo << /Registry (Adobe) >>",
     "structure"),
    (b"q 1 0 0 1 0 0 cm BT /F1 9 Tf (x) Tj ET Q", "content"),
    (b"app.alert('Center');", "text"),
])
def test_a_stream_that_does_not_say_is_judged_by_its_bytes(data, kind):
    assert sniff(data) == kind


def test_xmp_text_is_values_not_tags():
    xml = ('<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:Description xmlns:pdf="http://ns.adobe.com/pdf/1.3/" '
           'pdf:Producer="Quennell &amp; Co"><dc:title>Schedule</dc:title></rdf:Description></x:xmpmeta>')
    text = xmp_text(xml)
    assert "Quennell & Co" in text and "Schedule" in text
    assert "Description" not in text and "adobe" not in text and "Producer" not in text
