"""Leak fixtures: a PDF that hides one name in every channel a PDF offers, beside text that must survive."""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from pathlib import Path

import pymupdf

# Text on the page that mentions no one; redaction must leave every word of it readable.
SURVIVOR_LINES = (
    "The Licensee shall pay the annual fee and deliver the goods on time.",
    "Governing law and venue are agreed in section 12 below.",
)

CHANNELS = (
    "page-text",
    "wrapped-line",
    "nbsp",
    "metadata",
    "xmp",
    "outline",
    "text-annotation",
    "highlight-contents",
    "free-text-annotation",
    "form-field",
    "link-uri",
    "embedded-file",
    "actual-text",
    "incremental-update",
)


@dataclass(frozen=True)
class LeakFixture:
    pdf: bytes
    name: str
    channels: tuple[str, ...]
    survivors: tuple[str, ...]


def make_leak_fixture(name: str = "Jolene Marchetti", channels: tuple[str, ...] = CHANNELS) -> LeakFixture:
    """A one-page contract with `name` planted in each of `channels` (two words: first and last name)."""
    unknown = set(channels) - set(CHANNELS)
    if unknown:
        raise ValueError(f"unknown leak channels: {sorted(unknown)}")
    first, last = name.split(" ", 1)
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    _page_text(page, name, first, last, channels)
    for channel in channels:
        planter = _PLANTERS.get(channel)
        if planter:
            planter(doc, page, name)
    data = doc.tobytes(garbage=0)
    doc.close()
    if "incremental-update" in channels:
        data = _incremental_update(data, name)
    return LeakFixture(data, name, tuple(channels), SURVIVOR_LINES)


def _page_text(page: pymupdf.Page, name: str, first: str, last: str, channels) -> None:
    y = 72.0
    page.insert_text((72, y), "SERVICES AGREEMENT", fontsize=14)
    y += 30
    if "page-text" in channels:
        # The name sits directly above a survivor line: a box too tall would cut "and" to "d".
        page.insert_text((72, y), f"This agreement is signed by {name} as Licensor.", fontsize=11)
        y += 12.5
    for line in SURVIVOR_LINES:
        page.insert_text((72, y), line, fontsize=11)
        y += 12.5
    y += 10
    if "wrapped-line" in channels:
        page.insert_text((72, y), f"Notices go to the representative, {first}", fontsize=11)
        page.insert_text((72, y + 12.5), f"{last}, at the registered office.", fontsize=11)
        y += 35
    if "nbsp" in channels:
        page.insert_text((72, y), f"Countersigned: {first}\u00a0{last}.", fontsize=11)
        y += 25
    if "actual-text" in channels:
        _actual_text(page, name, y)


def _actual_text(page: pymupdf.Page, name: str, y: float) -> None:
    """Marked content whose visible glyphs are initials but whose ActualText spells the name."""
    page.insert_text((72, y), "Initials: ", fontsize=11)
    hex_name = (b"\xfe\xff" + name.encode("utf-16-be")).hex().upper()
    doc = page.parent
    xref = page.get_contents()[0]
    stream = doc.xref_stream(xref)
    fontref = _first_font_ref(page)
    marked = (
        f"\n/Span <</ActualText <{hex_name}>>> BDC BT /{fontref} 11 Tf 1 0 0 1 130 {page.rect.height - y} Tm "
        f"(J. M.) Tj ET EMC\n"
    ).encode("latin-1")
    doc.update_stream(xref, stream + marked)


def _first_font_ref(page: pymupdf.Page) -> str:
    fonts = page.get_fonts()
    if not fonts:
        raise RuntimeError("the page has no font to write marked content with")
    return fonts[0][4]


def _metadata(doc, page, name):
    doc.set_metadata({"author": name, "title": f"Agreement with {name}", "subject": name, "keywords": name})


def _xmp(doc, page, name):
    doc.set_xml_metadata(
        '<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/">'
        '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
        '<rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/">'
        f"<dc:creator><rdf:Seq><rdf:li>{name}</rdf:li></rdf:Seq></dc:creator>"
        '</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="w"?>'
    )


def _outline(doc, page, name):
    doc.set_toc([[1, "Parties", 1], [2, f"Signature of {name}", 1]])


def _text_annotation(doc, page, name):
    annot = page.add_text_annot((500, 80), f"Check the address of {name}")
    annot.set_info(title=name)
    annot.update()


def _highlight(doc, page, name):
    hits = page.search_for("annual fee")
    annot = page.add_highlight_annot(hits[0])
    annot.set_info(content=f"Fee agreed with {name}")
    annot.update()


def _free_text(doc, page, name):
    page.add_freetext_annot(pymupdf.Rect(300, 700, 560, 730), f"Approved by {name}", fontsize=9)


def _form_field(doc, page, name):
    widget = pymupdf.Widget()
    widget.field_type = pymupdf.PDF_WIDGET_TYPE_TEXT
    widget.field_name = "signatory"
    widget.field_value = name
    widget.rect = pymupdf.Rect(72, 740, 300, 760)
    page.add_widget(widget)


def _link(doc, page, name):
    uri = "https://example.com/people/" + name.replace(" ", "%20")
    page.insert_link({"kind": pymupdf.LINK_URI, "from": pymupdf.Rect(72, 780, 200, 792), "uri": uri})
    page.insert_text((72, 790), "Contact page", fontsize=9)


def _embedded_file(doc, page, name):
    slug = name.replace(" ", "_")
    doc.embfile_add(f"{slug}.txt", f"Passport copy of {name}".encode(), filename=f"{slug}.txt",
                    desc=f"ID of {name}")


def _incremental_update(data: bytes, name: str) -> bytes:
    """Plant the name in the creator of a first revision, then overwrite it in an incremental update.

    Only the update is visible to a reader; the first revision stays in the file's bytes.
    """
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "doc.pdf"
        doc = pymupdf.open(stream=data, filetype="pdf")
        doc.set_metadata({**_kept_metadata(doc), "creator": f"Draft by {name}"})
        doc.save(path, garbage=0)
        doc.close()
        doc = pymupdf.open(path)
        doc.set_metadata({**_kept_metadata(doc), "creator": "Contract system"})
        doc.saveIncr()
        doc.close()
        return path.read_bytes()


def _kept_metadata(doc: pymupdf.Document) -> dict:
    keys = ("author", "title", "subject", "keywords")
    return {k: v for k, v in (doc.metadata or {}).items() if k in keys and v}


_PLANTERS = {
    "metadata": _metadata,
    "xmp": _xmp,
    "outline": _outline,
    "text-annotation": _text_annotation,
    "highlight-contents": _highlight,
    "free-text-annotation": _free_text,
    "form-field": _form_field,
    "link-uri": _link,
    "embedded-file": _embedded_file,
}
