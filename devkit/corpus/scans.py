"""Text that extraction cannot read as written: contracts turned into scans, and a page of the cases
that hide a name from a text layer (letter spacing, glyph-by-glyph placement, a picture, an address,
a legal-form variant, a line break after an article, glyph outlines)."""

from __future__ import annotations

import random
from dataclasses import dataclass

import pymupdf


def as_scan(pdf: bytes, *, dpi: int = 200, skew: float = 0.6, quality: int = 60, seed: int = 0,
            pages: list[int] | None = None) -> bytes:
    """The document as a scanner hands it over: each page a grey JPEG at `dpi`, turned by up to
    `skew` degrees, with no text layer at all."""
    rng = random.Random(seed)
    src = pymupdf.open(stream=pdf, filetype="pdf")
    out = pymupdf.open()
    try:
        for n in pages if pages is not None else range(src.page_count):
            page = src.load_page(n)
            angle = rng.uniform(-skew, skew)
            pix = page.get_pixmap(dpi=dpi, colorspace=pymupdf.csGRAY)
            image = _turned(pix, angle)
            target = out.new_page(width=page.rect.width, height=page.rect.height)
            target.insert_image(target.rect, stream=image.tobytes("jpg", jpg_quality=quality))
        return out.tobytes(garbage=3, deflate=True)
    finally:
        src.close()
        out.close()


def _turned(pix: pymupdf.Pixmap, angle: float) -> pymupdf.Pixmap:
    """The pixmap turned by `angle` degrees about its centre on white (a page fed in askew)."""
    if abs(angle) < 0.01:
        return pix
    doc = pymupdf.open()
    page = doc.new_page(width=pix.width, height=pix.height)
    page.draw_rect(page.rect, color=None, fill=(1, 1, 1))
    # show_pdf_page turns a page about its centre; a page holding the picture carries it along
    holder = pymupdf.open()
    hp = holder.new_page(width=pix.width, height=pix.height)
    hp.insert_image(hp.rect, pixmap=pix)
    page.show_pdf_page(page.rect, holder, 0, rotate=angle)
    turned = page.get_pixmap(colorspace=pymupdf.csGRAY)
    holder.close()
    doc.close()
    return turned


@dataclass(frozen=True)
class HiddenName:
    case: str
    term: str  # what the user asks to redact
    written: str  # how the page writes it


HIDDEN_NAMES = (
    HiddenName("letter-spaced", "Halvorsen", "Halvorsen"),
    HiddenName("glyph by glyph", "Ingrid Bakke", "Ingrid Bakke"),
    HiddenName("picture", "Nordwind Logistik", "NORDWIND LOGISTIK GmbH"),
    HiddenName("e-mail and URL", "Acme Widgets", "info@acmewidgets.com, www.acmewidgets.com"),
    HiddenName("legal form", "Brightwater Financial Corp", "Brightwater Financial Corporation"),
    HiddenName("article at a line break", "the Offering Memorandum", "the\nOffering Memorandum"),
    HiddenName("outlines", "Solberg Shipping", "Solberg Shipping"),
)

# Text around the hidden names that mentions no one; most of it must stay readable.
BODY = (
    "The parties agree that the services described in the schedule are delivered on time.",
    "Payment is due within thirty days of the invoice date and bears no interest.",
    "Either party may end this agreement with three months notice in writing.",
    "Notices are sent to the addresses given below or to any other address named.",
    "This agreement is governed by the law of the place where the supplier is based.",
)


@dataclass(frozen=True)
class HiddenNamesFixture:
    pdf: bytes
    terms: tuple[str, ...]
    body: tuple[str, ...]


def make_hidden_names() -> HiddenNamesFixture:
    """A one-page contract with each of HIDDEN_NAMES written as its case writes it."""
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    _picture(page, pymupdf.Rect(72, 40, 372, 84), HIDDEN_NAMES[2].written)
    _outlined(page, pymupdf.Rect(390, 44, 560, 72), HIDDEN_NAMES[6].written)
    y = 120.0
    for line in BODY[:3]:
        page.insert_text((72, y), line, fontsize=11)
        y += 16
    page.insert_text((72, y + 8), "Signed for the supplier by", fontsize=11)
    _raw_text(page, _tracked(72, 842 - (y + 26), "Halvorsen", tracking=3.5))
    _raw_text(page, _glyph_by_glyph(72, 842 - (y + 46), "Ingrid Bakke", gap=2.2))
    y += 70
    page.insert_text((72, y), f"Contact: {HIDDEN_NAMES[3].written}", fontsize=11)
    page.insert_text((72, y + 16), f"Lender: {HIDDEN_NAMES[4].written}, as agent.", fontsize=11)
    y += 44
    # "the" closes one text block, "Offering Memorandum" opens another after a block in between
    page.insert_text((72, y), "Each investor has received a copy of the", fontsize=11)
    page.insert_text((72, 800), "Page 1 of 1", fontsize=9)
    page.insert_text((72, y + 14), "Offering Memorandum and has read it.", fontsize=11)
    y += 40
    for line in BODY[3:]:
        page.insert_text((72, y), line, fontsize=11)
        y += 16
    data = doc.tobytes(garbage=3, deflate=True)
    doc.close()
    return HiddenNamesFixture(data, tuple(h.term for h in HIDDEN_NAMES), BODY)


def _picture(page: pymupdf.Page, rect: pymupdf.Rect, text: str) -> None:
    """A letterhead: the name drawn into a picture (no text layer), as scanned logos are."""
    art = pymupdf.open()
    p = art.new_page(width=rect.width, height=rect.height)
    p.insert_text((6, rect.height * 0.62), text, fontsize=18, fontname="hebo")
    p.insert_text((6, rect.height * 0.92), "Hafenstrasse 12, Bremen", fontsize=9)
    page.insert_image(rect, stream=p.get_pixmap(dpi=200, colorspace=pymupdf.csGRAY).tobytes("png"))
    art.close()


def _outlined(page: pymupdf.Page, rect: pymupdf.Rect, text: str) -> None:
    """A letterhead set in curves: the name drawn as filled glyph outlines, with no text layer."""
    art = pymupdf.open()
    p = art.new_page(width=rect.width, height=rect.height)
    p.insert_text((4, rect.height * 0.75), text, fontsize=16, fontname="hebo")
    svg = p.get_svg_image(text_as_path=True)
    curves = pymupdf.open(stream=svg.encode(), filetype="svg")
    as_pdf = pymupdf.open("pdf", curves.convert_to_pdf())
    page.show_pdf_page(rect, as_pdf, 0)
    for d in (as_pdf, curves, art):
        d.close()


def _tracked(x: float, y: float, text: str, tracking: float) -> str:
    """Text with wide letter spacing (the Tc operator): MuPDF reads a space between the letters."""
    return f"BT /F1 11 Tf {tracking} Tc 1 0 0 1 {x} {y} Tm ({text}) Tj 0 Tc ET"


def _glyph_by_glyph(x: float, y: float, text: str, gap: float) -> str:
    """Each glyph placed on its own, as some generators write justified or kerned text."""
    parts = []
    for ch in text:
        if ch == " ":
            x += 5.5
            continue
        parts.append(f"BT /F1 11 Tf 1 0 0 1 {x:.2f} {y} Tm ({ch}) Tj ET")
        x += pymupdf.get_text_length(ch, fontname="helv", fontsize=11) + gap
    return "\n".join(parts)


def _raw_text(page: pymupdf.Page, operators: str) -> None:
    """Append text operators in Helvetica (resource /F1) to the page's content."""
    doc = page.parent
    font = doc.get_new_xref()
    doc.update_object(font, "<</Type/Font/Subtype/Type1/BaseFont/Helvetica/Encoding/WinAnsiEncoding>>")
    resources = doc.xref_get_key(page.xref, "Resources")
    res_xref = int(resources[1].split()[0]) if resources[0] == "xref" else None
    target = res_xref or page.xref
    prefix = "" if res_xref else "Resources/"
    doc.xref_set_key(target, f"{prefix}Font/F1", f"{font} 0 R")
    xref = page.get_contents()[-1]
    doc.update_stream(xref, doc.xref_stream(xref) + b"\nq " + operators.encode("latin-1") + b" Q\n")


def with_wrong_character_maps(pdf: bytes, shift: int = 7) -> bytes:
    """The document as some converters leave it: every simple font gets a ToUnicode map that turns
    each letter into the one `shift` places on, so the page shows the text while extraction reads
    letter salad ("Solberg" -> "Zvsilyn")."""
    doc = pymupdf.open(stream=pdf, filetype="pdf")
    pairs = []
    for base in (ord("a"), ord("A")):
        for i in range(26):
            pairs.append(f"<{base + i:02X}> <{base + (i + shift) % 26:04X}>")
    cmap = ("/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n/CMapName /Shifted def /CMapType 2 def\n"
            "1 begincodespacerange <00> <FF> endcodespacerange\n"
            f"{len(pairs)} beginbfchar\n" + "\n".join(pairs) + "\nendbfchar\n"
            "endcmap CMapName currentdict /CMap defineresource pop end end")
    fonts = {f[0] for page in doc for f in page.get_fonts() if f[2] in ("Type1", "TrueType")}
    for xref in fonts:
        stream = doc.get_new_xref()
        doc.update_object(stream, "<<>>")
        doc.update_stream(stream, cmap.encode())
        doc.xref_set_key(xref, "ToUnicode", f"{stream} 0 R")
    out = doc.tobytes(garbage=3, deflate=True)
    doc.close()
    return out
