"""Independent verification: re-open redacted bytes and search every channel for every redacted term."""

from __future__ import annotations

import io
import logging
import re
import urllib.parse
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field

import pymupdf
import pypdf
from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject, StreamObject

from desktop.core.pdf.lock import pdf_locked
from desktop.core.verification.match import MIN_TERM_LENGTH, TermIndex, squash

# pypdf reads every output as a second opinion; its warnings about a file's shape ("AcroForm is not
# a dictionary") would only reach the reviewer's console as noise.
logging.getLogger("pypdf").setLevel(logging.ERROR)

# Terms this short ("IBM", "PDF") occur by chance in compressed fonts, glyph names and the file's own
# syntax; for them the raw objects and bytes are searched only where they hold strings.
SHORT_TERM_LENGTH = 4
RAW_CHANNELS = ("object", "stream", "file-bytes")
# Keys of PyMuPDF's metadata that describe the file and are stored nowhere in it.
COMPUTED_METADATA = ("format", "encryption")


@dataclass(frozen=True)
class Hit:
    channel: str
    term: str
    where: str
    page: int | None = None  # where a reader sees it on a page, and the boxes to redact it there
    boxes: tuple = ()


@dataclass(frozen=True)
class VerifyReport:
    ok: bool  # no term found in any channel that was read
    hits: tuple[Hit, ...]
    notes: tuple[str, ...] = field(default=())
    unread: tuple[str, ...] = field(default=())  # "page 3: OCR confidence 41%": pages not read
    ocr_pages: int = 0  # pages rendered and read by OCR (the visual channel)

    @property
    def verified(self) -> bool:
        """Nothing found, and everything could be read."""
        return self.ok and not self.unread

    def channels(self) -> set[str]:
        return {h.channel for h in self.hits}


@pdf_locked
def verify_redacted(pdf_bytes: bytes, terms: list[str], *, visual: str = "auto") -> VerifyReport:
    """Search page text (the text layer read by two parsers, and the rendered page read by OCR),
    metadata, XMP, annotations, forms, outline, labels, destinations, attachments and every decoded
    object and stream for each term in its variants. `visual`: "all" renders and reads every page,
    "auto" the pages whose text layer may not be what a reader sees, "off" none."""
    index = TermIndex(terms)
    notes = [f"term {t!r} skipped: fewer than {MIN_TERM_LENGTH} characters" for t in index.skipped]
    short = {t for t in index.variants.values() if len(squash(t)) < SHORT_TERM_LENGTH}
    hits: dict[Hit, None] = {}
    for channel, where, text in iter_channels(pdf_bytes):
        raw = channel.split(" (")[0] in RAW_CHANNELS and not where.endswith((" strings", " TJ"))
        for m in index.find(_readable(text, raw)):
            if not (raw and m.term in short):
                hits[Hit(channel, m.term, where)] = None
    from desktop.core.verification.pages import read_pages

    located, unread, ocr_pages = read_pages(pdf_bytes, index, visual)
    hits.update(dict.fromkeys(located))
    return VerifyReport(not hits, tuple(hits), tuple(notes), tuple(unread), ocr_pages)


def readable_pages(pages: list[str], terms: list[str]) -> list[int]:
    """Numbers of the pages of (pseudonymised) text in which a term is still readable, searched in
    every variant the PDF's channels are searched in (legal forms, squashed, possessive, ...)."""
    index = TermIndex(terms)
    return [n for n, text in enumerate(pages) if index.find(text)]


def normalise(text: str) -> str:
    """Case, NBSP, soft hyphens, percent-escapes and line breaks folded (for callers that search with
    a pattern; the verifier's matcher folds by itself)."""
    text = text.replace("\u00ad", "").replace("\u00a0", " ").replace("\ufeff", "")
    if "%" in text:
        text = urllib.parse.unquote(text)
    text = re.sub(r"[-\u2010]\s*\n\s*", "", text)  # a word hyphenated over a line break
    return re.sub(r"\s+", " ", text).casefold()


_PERCENT = re.compile(r"%[0-9A-Fa-f]{2}")


def _readable(text: str, raw: bool) -> str:
    """Percent-escapes decoded where a name may be written with them (a link, a string); raw bytes
    are searched as they are."""
    return urllib.parse.unquote(text) if not raw and _PERCENT.search(text) else text


def iter_channels(pdf_bytes: bytes) -> Iterator[tuple[str, str, str]]:
    """(channel, where, text) for every place a reader could find text in the file."""
    yield from _pymupdf_channels(pdf_bytes)
    yield from _pypdf_channels(pdf_bytes)
    yield from _file_bytes(pdf_bytes)


# --- PyMuPDF ---------------------------------------------------------------------------------------


def _pymupdf_channels(pdf_bytes: bytes) -> Iterator[tuple[str, str, str]]:
    doc = pymupdf.open(stream=pdf_bytes, filetype="pdf")
    try:
        for page in doc:
            where = f"page {page.number + 1}"
            yield "page-text", where, page.get_text("text")
            for annot in page.annots():
                yield "annotation", f"{where} {annot.type[1]}", " ".join(str(v) for v in annot.info.values())
            for link in page.get_links():
                yield "link", where, str(link.get("uri") or "") + " " + str(link.get("file") or "")
            for widget in page.widgets():
                yield "form-field", f"{where} {widget.field_name}", f"{widget.field_name} {widget.field_value}"
        yield "metadata", "info", " ".join(str(v) for k, v in (doc.metadata or {}).items()
                                           if k not in COMPUTED_METADATA)
        yield "xmp", "catalog", doc.get_xml_metadata() or ""
        yield "outline", "outline", " ".join(str(entry[1]) for entry in doc.get_toc(simple=True))
        yield "page-labels", "catalog", " ".join(str(rule) for rule in doc.get_page_labels())
        yield "named-destinations", "catalog", " ".join(str(k) for k in doc.resolve_names())
        for name in doc.embfile_names():
            info = doc.embfile_info(name)
            yield "attachment", name, " ".join(str(v) for v in info.values()) + " " + name
            yield "attachment", name, doc.embfile_get(name).decode("latin-1")
        for xref in range(1, doc.xref_length()):
            yield from _object_texts("object", f"xref {xref}", doc.xref_object(xref, compressed=False).encode(
                "latin-1", "replace"))
            if doc.xref_is_stream(xref):
                try:
                    data = doc.xref_stream(xref) or b""
                except Exception:  # an undecodable filter: fall back to the raw bytes
                    data = doc.xref_stream_raw(xref) or b""
                yield from _object_texts("stream", f"xref {xref}", data)
    finally:
        doc.close()


# --- pypdf (an independent parser) -----------------------------------------------------------------


def _pypdf_channels(pdf_bytes: bytes) -> Iterator[tuple[str, str, str]]:
    reader = pypdf.PdfReader(io.BytesIO(pdf_bytes), strict=False)
    for i, page in enumerate(reader.pages):
        try:
            yield "page-text (pypdf)", f"page {i + 1}", page.extract_text() or ""
        except Exception as exc:  # a page pypdf cannot read is reported, not silently passed
            yield "page-text (pypdf)", f"page {i + 1} unreadable: {exc}", ""
    yield "metadata (pypdf)", "info", " ".join(str(v) for v in (reader.metadata or {}).values())
    fields = reader.get_fields() or {}
    yield "form-field (pypdf)", "acroform", " ".join(f"{k} {v.get('/V', '')}" for k, v in fields.items())
    yield "outline (pypdf)", "outline", " ".join(_outline_titles(reader.outline))
    for name, contents in (reader.attachments or {}).items():
        yield "attachment (pypdf)", name, name + " " + " ".join(c.decode("latin-1") for c in contents)
    for num, obj in _pypdf_objects(reader):
        where = f"object {num}"
        yield "object (pypdf)", where, " ".join(_strings_in(obj))
        if isinstance(obj, StreamObject):
            try:
                data = obj.get_data()
            except Exception:
                data = obj._data or b""
            yield from _object_texts("stream (pypdf)", where, data)


def _outline_titles(outline) -> Iterator[str]:
    for item in outline or []:
        if isinstance(item, list):
            yield from _outline_titles(item)
        else:
            yield str(getattr(item, "title", ""))


def _pypdf_objects(reader: pypdf.PdfReader) -> Iterator[tuple[int, object]]:
    numbers = {num for table in reader.xref.values() for num in table} | set(reader.xref_objStm)
    for num in sorted(numbers):
        for gen in (0, *[g for g in reader.xref if g]):
            try:
                obj = reader.get_object(IndirectObject(num, gen, reader))
            except Exception:
                continue
            if obj is not None:
                yield num, obj
                break


def _strings_in(obj, depth: int = 0) -> Iterator[str]:
    if depth > 6:
        return
    if isinstance(obj, DictionaryObject):
        for key, value in obj.items():
            yield str(key)
            if not isinstance(value, IndirectObject):
                yield from _strings_in(value, depth + 1)
    elif isinstance(obj, ArrayObject):
        for value in obj:
            if not isinstance(value, IndirectObject):
                yield from _strings_in(value, depth + 1)
    elif isinstance(obj, str):
        yield str(obj)
    elif isinstance(obj, bytes):
        yield obj.decode("latin-1")


# --- raw bytes -------------------------------------------------------------------------------------

_STREAM = re.compile(rb"stream\r?\n(.*?)\r?\nendstream", re.S)


def _file_bytes(pdf_bytes: bytes) -> Iterator[tuple[str, str, str]]:
    """The file as bytes, and every Flate stream in it, reachable or not (old revisions included)."""
    revisions = pdf_bytes.count(b"%%EOF")
    where = "file" if revisions <= 1 else f"file ({revisions} revisions)"
    yield from _object_texts("file-bytes", where, pdf_bytes)
    for i, m in enumerate(_STREAM.finditer(pdf_bytes)):
        try:
            data = zlib.decompressobj().decompress(m.group(1))
        except zlib.error:
            continue
        yield from _object_texts("file-bytes", f"{where} stream #{i + 1}", data)


def _object_texts(channel: str, where: str, data: bytes) -> Iterator[tuple[str, str, str]]:
    """The bytes as Latin-1, their decoded PDF strings, and the strings of each TJ array joined."""
    if _is_binary(data):  # pictures, fonts: no PDF strings or text operators in them
        yield channel, where, "\n".join(m.decode("ascii") for m in _ASCII_RUNS.findall(data))
        return
    yield channel, where, data.decode("latin-1")
    strings = list(pdf_strings(data))
    if strings:
        yield channel, where + " strings", " ".join(strings)
    for array in re.finditer(rb"\[([^\]]*)\]\s*TJ", data):
        yield channel, where + " TJ", "".join(pdf_strings(array.group(1)))


_BINARY_SAMPLE = 4096
_ASCII_RUNS = re.compile(rb"[\x20-\x7e]{4,}")


def _is_binary(data: bytes) -> bool:
    """Binary data (images, fonts, compressed bytes) is searched as its runs of four or more
    printable ASCII characters, as `strings` shows them, where a name in it (JPEG comments, EXIF,
    XMP) is written; searching the noise of a scanned page as text cost seconds per page."""
    sample = data[:_BINARY_SAMPLE]
    return bool(sample) and sum(32 <= b < 127 or b in (9, 10, 13) for b in sample) / len(sample) < 0.9


_LITERAL = re.compile(rb"\((?:\\.|[^\\()]|\((?:\\.|[^\\()])*\))*\)", re.S)
_HEX = re.compile(rb"<([0-9A-Fa-f\s]+)>")
_ESCAPES = {b"n": b"\n", b"r": b"\r", b"t": b"\t", b"b": b"\b", b"f": b"\f"}


def pdf_strings(data: bytes) -> Iterator[str]:
    """Decoded literal and hex strings in PDF syntax (escapes, octal, UTF-16BE with BOM)."""
    for m in _LITERAL.finditer(data):
        yield decode_pdf_string(_unescape(m.group(0)[1:-1]))
    for m in _HEX.finditer(data):
        digits = re.sub(rb"\s", b"", m.group(1))
        if len(digits) % 2:
            digits += b"0"
        yield decode_pdf_string(bytes.fromhex(digits.decode("ascii")))


def _unescape(raw: bytes) -> bytes:
    def one(m: re.Match) -> bytes:
        s = m.group(1)
        if s[0] in b"01234567":  # "\8" and "\9" are no octal escapes: the backslash is dropped
            return bytes([int(s, 8) & 0xFF])
        if s in (b"\n", b"\r", b"\r\n"):
            return b""
        return _ESCAPES.get(s, s)

    return re.sub(rb"\\([0-7]{1,3}|\r\n|.)", one, raw, flags=re.S)


def decode_pdf_string(raw: bytes) -> str:
    if raw.startswith(b"\xfe\xff"):
        return raw[2:].decode("utf-16-be", "replace")
    if raw.startswith(b"\xff\xfe"):
        return raw[2:].decode("utf-16-le", "replace")
    if raw.startswith(b"\xef\xbb\xbf"):
        return raw[3:].decode("utf-8", "replace")
    return raw.decode("latin-1")
