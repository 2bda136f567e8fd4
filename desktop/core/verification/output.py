"""Independent verification: re-open redacted bytes and search every channel for every redacted term."""

from __future__ import annotations

import io
import logging
import re
import urllib.parse
from collections.abc import Iterator
from dataclasses import dataclass, field

import pymupdf
import pypdf
from pypdf.generic import (
    ArrayObject,
    ByteStringObject,
    DictionaryObject,
    IndirectObject,
    NameObject,
    StreamObject,
)

from desktop.core.pdf.lock import pdf_locked
from desktop.core.pdf.outputtext import layer_text, pypdf_text
from desktop.core.verification.hits import Hit
from desktop.core.verification.match import MIN_TERM_LENGTH, TermIndex, squash
from desktop.core.verification.objects import (
    SKIPPED_KINDS,
    TEXT_NAME_KEYS,
    Text,
    decode_filters,
    dict_value,
    is_text,
    object_texts,
    stream_kind,
    stream_texts,
    syntax_texts,
    text_names,
    top_level,
    xmp_text,
)
from desktop.core.verification.pages import read_pages

# pypdf reads every output as a second opinion; its warnings about a file's shape ("AcroForm is not
# a dictionary") would only reach the reviewer's console as noise.
logging.getLogger("pypdf").setLevel(logging.ERROR)

# Terms this short ("IBM", "PDF") occur by chance in bytes read as text (binary data's printable
# runs, syntax); there only longer terms are searched.
SHORT_TERM_LENGTH = 4
# Keys of PyMuPDF's metadata that describe the file and are stored nowhere in it.
COMPUTED_METADATA = ("format", "encryption")


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
    metadata, XMP, annotations, forms, outline, labels, destinations, attachments, the text strings
    of every object and the text every stream holds, for each term in its variants. `visual`: "all" renders and reads every page,
    "auto" the pages whose text layer may not be what a reader sees, "off" none."""
    index = TermIndex(terms)
    notes = [f"term {t!r} skipped: fewer than {MIN_TERM_LENGTH} characters" for t in index.skipped]
    short = {t for t in index.variants.values() if len(squash(t)) < SHORT_TERM_LENGTH}
    with SecondParser(pdf_bytes) as second:  # reads while this process reads the pages below
        located, unread, ocr_pages = read_pages(pdf_bytes, index, visual)
        hits: dict[Hit, None] = {}
        for t in iter_channels(pdf_bytes, second):
            for m in index.find(_readable(t.text, not t.exact)):
                if t.exact or m.term not in short:
                    hits[Hit(t.channel, m.term, t.where)] = None
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


def iter_channels(pdf_bytes: bytes, second: SecondParser | None = None) -> Iterator[Text]:
    """Every place a reader could find text in the file, as text: what readers show, the text
    strings of objects, what streams hold as text, and the file's bytes outside what the parsers read.
    `second` gives pypdf's channels where they were read in a process of their own."""
    doc = pymupdf.open(stream=pdf_bytes, filetype="pdf")
    try:
        pages_of = object_pages(doc)
        yield from _pymupdf_channels(doc, pages_of)
    finally:
        doc.close()
    yield from second.texts(pages_of) if second is not None else _pypdf_channels(pdf_bytes, pages_of)
    yield from file_bytes(pdf_bytes, pages_of)


# A document this long has pypdf's reading (about 15 ms a page, all Python) done in a process of its own
# while this one reads the pages with PyMuPDF and OCR: a 262-page output's verification took about half
# as long on two cores. Below it, starting the process would cost more than it saves.
SECOND_PROCESS_PAGES = 40


class SecondParser:
    """pypdf's channels of a long document, read in a child process from the moment this is entered;
    `texts()` waits for them. A short document, or a child that died, is read in this process: a
    channel is never skipped."""

    def __init__(self, pdf_bytes: bytes, min_pages: int = SECOND_PROCESS_PAGES):
        self.pdf_bytes, self.min_pages = pdf_bytes, min_pages
        self._pool = self._future = None

    def __enter__(self) -> SecondParser:
        if _page_count(self.pdf_bytes) >= self.min_pages:
            from desktop.core.runtime.children import spawn_pool

            self._pool = spawn_pool(1, _start_reader)
            self._future = self._pool.submit(pypdf_channels, self.pdf_bytes)
        return self

    def texts(self, pages_of: dict[int, list[int]]) -> list[Text]:
        """pypdf's channels; read here (with the object pages this process found) unless a child did."""
        if self._future is not None:
            from concurrent.futures.process import BrokenProcessPool

            try:
                return self._future.result()
            except BrokenProcessPool:  # killed (out of memory): read here, slower but read
                pass
        return list(_pypdf_channels(self.pdf_bytes, pages_of))

    def __exit__(self, *exc) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)


def _page_count(pdf_bytes: bytes) -> int:
    doc = pymupdf.open(stream=pdf_bytes, filetype="pdf")
    try:
        return doc.page_count
    finally:
        doc.close()


def _start_reader() -> None:
    from desktop.core.runtime.children import die_with_parent
    from desktop.core.runtime.offline import make_offline

    die_with_parent()
    make_offline()


@pdf_locked
def pypdf_channels(pdf_bytes: bytes) -> list[Text]:
    """pypdf's channels of a file, each object named with the pages PyMuPDF finds it on."""
    doc = pymupdf.open(stream=pdf_bytes, filetype="pdf")
    try:
        pages_of = object_pages(doc)
    finally:
        doc.close()
    return list(_pypdf_channels(pdf_bytes, pages_of))


# --- PyMuPDF ---------------------------------------------------------------------------------------


def _pymupdf_channels(doc: pymupdf.Document, pages_of: dict[int, list[int]]) -> Iterator[Text]:
    for page in doc:
        where = f"page {page.number + 1}"
        yield Text("page-text", where, layer_text(page))
        for annot in page.annots():
            yield Text("annotation", f"{where} {annot.type[1]}", " ".join(str(v) for v in annot.info.values()))
        for link in page.get_links():
            yield Text("link", where, str(link.get("uri") or "") + " " + str(link.get("file") or ""))
        for widget in page.widgets():
            yield Text("form-field", f"{where} {widget.field_name}", f"{widget.field_name} {widget.field_value}")
    yield Text("metadata", "document info", " ".join(str(v) for k, v in (doc.metadata or {}).items()
                                                      if k not in COMPUTED_METADATA))
    yield Text("xmp", "document catalog", xmp_text(doc.get_xml_metadata() or ""))
    yield Text("outline", "outline", " ".join(str(entry[1]) for entry in doc.get_toc(simple=True)))
    yield Text("page-labels", "document catalog", " ".join(str(rule) for rule in doc.get_page_labels()))
    yield Text("named-destinations", "document catalog", " ".join(str(k) for k in doc.resolve_names()))
    for name in doc.embfile_names():
        info = doc.embfile_info(name)
        yield Text("attachment", name, " ".join(str(v) for v in info.values()) + " " + name)
        yield from stream_texts("attachment", name, "attachment", doc.embfile_get(name))
    for xref in range(1, doc.xref_length()):
        where = f"{on_pages(pages_of.get(xref))}: xref {xref}"
        yield from object_texts("object", where, doc.xref_object(xref, compressed=False).encode("latin-1", "replace"))
        if doc.xref_is_stream(xref):
            kind = stream_kind(lambda key, x=xref: _pymupdf_key(doc, x, key))
            if kind in SKIPPED_KINDS:
                continue
            try:
                data = (doc.xref_stream_raw(xref) if kind == "image" else doc.xref_stream(xref)) or b""
            except Exception:  # an undecodable filter: the file-bytes channel judges what it can decode
                continue
            yield from stream_texts("stream", where, kind, data)


def _pymupdf_key(doc: pymupdf.Document, xref: int, key: str) -> str | None:
    kind, value = doc.xref_get_key(xref, key)
    return None if kind == "null" else value


_BACK_LINK = re.compile(rb"/(?:Parent|P|Prev|Next|First|Last|Dest|D|A)\s*(?:\d+\s+\d+\s+R|\[[^\]]*\])")
_REF = re.compile(rb"(\d+)\s+\d+\s+R\b")


def object_pages(doc: pymupdf.Document) -> dict[int, list[int]]:
    """xref -> the pages (from 0) whose object reaches it: content, resources, fonts, pictures,
    annotations; so a hit in an object names the page it belongs to."""
    out: dict[int, list[int]] = {}
    refs: dict[int, list[int]] = {}  # read once: pages share fonts and resources
    for page in doc:
        seen: set[int] = set()
        todo = [page.xref]
        while todo:
            xref = todo.pop()
            if xref in seen or not 0 < xref < doc.xref_length():
                continue
            seen.add(xref)
            if xref not in refs:
                source = doc.xref_object(xref, compressed=False).encode("latin-1", "replace")
                refs[xref] = [int(r) for r in _REF.findall(_BACK_LINK.sub(b" ", source))]
            todo += refs[xref]
        for xref in seen:
            out.setdefault(xref, []).append(page.number)
    return out


def on_pages(pages: list[int] | None) -> str:
    """Where an object belongs, for a person: "page 3", "pages 1, 2, 3, ... (12 pages)", "no page"."""
    if not pages:
        return "no page (document level)"
    shown = ", ".join(str(p + 1) for p in pages[:5])
    return f"page {shown}" if len(pages) == 1 else f"pages {shown}" + (
        f", ... ({len(pages)} pages)" if len(pages) > 5 else "")


# --- pypdf (an independent parser) -----------------------------------------------------------------


def _pypdf_channels(pdf_bytes: bytes, pages_of: dict[int, list[int]]) -> Iterator[Text]:
    reader = pypdf.PdfReader(io.BytesIO(pdf_bytes), strict=False)
    for i, page in enumerate(reader.pages):
        try:
            yield Text("page-text (pypdf)", f"page {i + 1}", pypdf_text(page))
        except Exception as exc:  # a page pypdf cannot read is reported, not silently passed
            yield Text("page-text (pypdf)", f"page {i + 1} unreadable: {exc}", "")
    yield Text("metadata (pypdf)", "document info", " ".join(str(v) for v in (reader.metadata or {}).values()))
    fields = reader.get_fields() or {}
    yield Text("form-field (pypdf)", "acroform", " ".join(f"{k} {v.get('/V', '')}" for k, v in fields.items()))
    yield Text("outline (pypdf)", "outline", " ".join(_outline_titles(reader.outline)))
    for name, contents in (reader.attachments or {}).items():
        yield Text("attachment (pypdf)", name, name)
        for content in contents:
            yield from stream_texts("attachment (pypdf)", name, "attachment", content)
    for num, obj in _pypdf_objects(reader):
        where = f"{on_pages(pages_of.get(num))}: object {num}"
        found = list(_strings_in(obj))
        if found:
            yield Text("object (pypdf)", where, " ".join(found))
        if isinstance(obj, StreamObject):
            kind = stream_kind(lambda key, o=obj: str(o[f"/{key}"]) if f"/{key}" in o else None)
            if kind in SKIPPED_KINDS:
                continue
            try:
                data = obj._data if kind == "image" else obj.get_data()
            except Exception:
                continue
            yield from stream_texts("stream (pypdf)", where, kind, data or b"")


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


def _strings_in(obj, depth: int = 0, key: str = "") -> Iterator[str]:
    """Text strings, and names where they carry text (font names); never keys or PDF's own names."""
    if depth > 6:
        return
    if isinstance(obj, DictionaryObject):
        for k, value in obj.items():
            if not isinstance(value, IndirectObject):
                yield from _strings_in(value, depth + 1, str(k))
    elif isinstance(obj, ArrayObject):
        for value in obj:
            if not isinstance(value, IndirectObject):
                yield from _strings_in(value, depth + 1, key)
    elif isinstance(obj, NameObject):
        if key.lstrip("/") in TEXT_NAME_KEYS:
            yield from text_names(f"/{key.lstrip('/')} {obj}".encode("latin-1", "replace"))
    elif isinstance(obj, ByteStringObject):
        if is_text(bytes(obj)):
            yield bytes(obj).decode("latin-1")
    elif isinstance(obj, str):
        yield str(obj)


# --- raw bytes -------------------------------------------------------------------------------------

_STREAM = re.compile(rb"(?<![a-z])stream\r?\n")
_END = re.compile(rb"\s*endstream")
_OBJ = re.compile(rb"(?<![\d])(\d+)\s+\d+\s+obj(?![\w])")


def file_bytes(pdf_bytes: bytes, pages_of: dict[int, list[int]]) -> Iterator[Text]:
    """The file as bytes, reachable or not (old revisions, bytes after the end): each object's
    strings and font names, each stream's data decoded and judged by what it holds, and what is
    left of the syntax, read loosely. The header (version, binary marker, the writer's comment)
    says nothing about the contract."""
    revisions = pdf_bytes.count(b"%%EOF")
    where = "file" if revisions <= 1 else f"file ({revisions} revisions)"
    first = _OBJ.search(pdf_bytes)
    pos = first.start() if first else 0
    syntax: list[bytes] = []
    while (m := _STREAM.search(pdf_bytes, pos)) is not None:
        syntax.append(pdf_bytes[pos:m.start()])
        headers = list(_OBJ.finditer(syntax[-1]))
        top = top_level(syntax[-1][headers[-1].end():] if headers else syntax[-1][-4096:])
        end = _stream_end(pdf_bytes, m.end(), dict_value(top, "Length"))
        num = int(headers[-1].group(1)) if headers else None
        place = f"{on_pages(pages_of.get(num))}: {where} object {num}" if num is not None else where
        yield from _stream_in_file(place, top, pdf_bytes[m.end():end])
        pos = end
    syntax.append(pdf_bytes[pos:])
    rest = []
    for chunk in syntax:
        for obj in re.split(rb"(?<![\w])endobj(?![\w])", chunk):
            headers = list(_OBJ.finditer(obj))
            num = int(headers[-1].group(1)) if headers else None
            place = f"{on_pages(pages_of.get(num))}: {where} object {num}" if num is not None else where
            yield from object_texts("file-bytes", place, obj)
        rest.append(chunk)
    yield from (t for t in syntax_texts("file-bytes", where, b"\n".join(rest)) if not t.exact)


def _stream_end(pdf_bytes: bytes, start: int, length: str | None) -> int:
    """Where a stream's data ends: after its /Length bytes when "endstream" follows them there
    (data may hold the word), else at the next "endstream"."""
    if length and length.isdigit() and _END.match(pdf_bytes, start + int(length)):
        return start + int(length)
    end = pdf_bytes.find(b"endstream", start)
    return len(pdf_bytes) if end < 0 else end


def _stream_in_file(where: str, top: bytes, raw: bytes) -> Iterator[Text]:
    kind = stream_kind(lambda key: dict_value(top, key))
    if kind in SKIPPED_KINDS:
        return
    filters = re.findall(rb"/(\w+)", dict_value(top, "Filter").encode("latin-1")) if dict_value(top, "Filter") else []
    data = decode_filters([f.decode() for f in filters], raw.rstrip(b"\r\n"))
    if data is not None:
        yield from stream_texts("file-bytes", f"{where} stream", kind, data)
