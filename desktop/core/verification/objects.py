"""The text a PDF's objects and streams hold, as the verifier searches it: decoded text strings, the
names that carry text (font names), the text a content stream shows, XMP and attached text; never
dictionary keys, operators, or the binary data of pictures, fonts and colour profiles.

Measured on real contracts: matching redacted words against raw bytes found them inside PDF syntax
(`Content` in `/Contents`, `Center` in `/CenterWindow`) and short acronyms inside glyph codes and
compressed binary data, which no redaction can remove; a refusal nobody can act on teaches the
officer to ignore refusals.
"""

from __future__ import annotations

import base64
import binascii
import html
import re
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass


@dataclass(frozen=True)
class Text:
    channel: str
    where: str
    text: str
    exact: bool = True  # False: bytes read as text (binary's printable runs, syntax), where short terms occur by chance


# Keys whose name values are written by a person or a program from a person's words: a font named
# after a company, an OCG or a destination's name.
TEXT_NAME_KEYS = ("BaseFont", "FontName", "FontFamily")
_NAME = rb"/([^\s/<>\[\]()%{}]*)"
_TEXT_NAME = re.compile(rb"/(?:" + b"|".join(k.encode() for k in TEXT_NAME_KEYS) + rb")\s*" + _NAME)
FONT_SUBTYPES = ("/Type1C", "/CIDFontType0C", "/OpenType")
SKIPPED_KINDS = frozenset(("font", "icc", "structure"))


# --- strings --------------------------------------------------------------------------------------

_LITERAL = re.compile(rb"\((?:\\.|[^\\()]|\((?:\\.|[^\\()])*\))*\)", re.S)
_HEX = re.compile(rb"<([0-9A-Fa-f\s]+)>")
_ESCAPES = {b"n": b"\n", b"r": b"\r", b"t": b"\t", b"b": b"\b", b"f": b"\f"}


def pdf_strings(data: bytes) -> Iterator[str]:
    """Decoded literal and hex strings in PDF syntax (escapes, octal, UTF-16BE with BOM)."""
    for raw in raw_strings(data):
        yield decode_pdf_string(raw)


def raw_strings(data: bytes) -> Iterator[bytes]:
    """The bytes of each literal and hex string, unescaped but not decoded."""
    for m in _LITERAL.finditer(data):
        yield _unescape(m.group(0)[1:-1])
    for m in _HEX.finditer(data):
        digits = re.sub(rb"\s", b"", m.group(1))
        if len(digits) % 2:
            digits += b"0"
        yield bytes.fromhex(digits.decode("ascii"))


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


def is_text(raw: bytes) -> bool:
    """A string that holds text: marked as Unicode, or mostly printable single-byte characters.
    File identifiers, encryption keys and two-byte glyph codes are not text."""
    if raw.startswith((b"\xfe\xff", b"\xff\xfe", b"\xef\xbb\xbf")):
        return True
    if not raw or b"\x00" in raw:
        return False
    printable = sum(32 <= b < 127 or b in (9, 10, 13) or b >= 0xC0 for b in raw)
    return printable / len(raw) >= 0.8


def text_strings(data: bytes) -> list[str]:
    return [decode_pdf_string(raw) for raw in raw_strings(data) if is_text(raw)]


def text_names(data: bytes) -> list[str]:
    """Font names and the like, '#xx' escapes decoded and a subset prefix ('ABCDEF+') dropped."""
    out = []
    for m in _TEXT_NAME.finditer(data):
        name = re.sub(rb"#([0-9A-Fa-f]{2})", lambda h: bytes.fromhex(h.group(1).decode()), m.group(1))
        out.append(re.sub(r"^[A-Z]{6}\+", "", name.decode("latin-1")))
    return out


# --- objects ---------------------------------------------------------------------------------------

_STRING_OR_NAME = re.compile(_LITERAL.pattern + rb"|<[0-9A-Fa-f\s]*>|" + _NAME, re.S)


def object_texts(channel: str, where: str, source: bytes) -> Iterator[Text]:
    """An object's text strings and text-carrying names (one reading, joined)."""
    found = text_strings(source) + text_names(source)
    if found:
        yield Text(channel, where, " ".join(found))


def syntax_texts(channel: str, where: str, source: bytes) -> Iterator[Text]:
    """PDF syntax outside any object we understand (an object stream's objects, the file between
    objects): its strings and font names, and what is left once strings and names are taken out
    (comments, bytes after the end of the file), read loosely."""
    yield from object_texts(channel, where, source)
    rest = _STRING_OR_NAME.sub(b" ", source).decode("latin-1")
    if re.search(r"[^\W\d_]{3}", rest):
        yield Text(channel, where + " (outside strings)", rest, exact=False)


# --- streams ---------------------------------------------------------------------------------------


def stream_kind(get: Callable[[str], str | None]) -> str:
    """What a stream holds, from its dictionary ("" when the dictionary does not say).
    `get(key)` returns a key's value as PDF text ("/Image", "12 0 R") or None."""
    kind, subtype = get("Type"), get("Subtype")
    if subtype == "/Image":
        return "image"
    if kind in ("/Metadata",) or subtype == "/XML":
        return "metadata"
    if kind == "/EmbeddedFile":
        return "attachment"
    if kind == "/ObjStm":
        return "objects"
    if kind == "/XRef" or get("FunctionType") or get("ShadingType") or kind == "/CMap" or get("CMapName"):
        return "structure"
    if get("Length1") or get("Length2") or subtype in FONT_SUBTYPES:
        return "font"
    if subtype == "/Form" or get("PatternType") or kind == "/Pattern":
        return "content"
    if get("N") and kind is None and subtype is None:
        return "icc"
    return ""


def sniff(data: bytes) -> str:
    """What undeclared stream data is, from its first bytes: a font, colour profile or picture is
    binary by design; text with drawing operators is a content stream."""
    head = data[:64]
    if head.startswith((b"\x00\x01\x00\x00", b"true", b"OTTO", b"ttcf", b"%!PS-AdobeFont", b"%!FontType1",
                        b"\x01\x00\x04")) or (len(head) >= 40 and head[36:40] == b"acsp"):
        return "font" if head[36:40] != b"acsp" else "icc"
    if head.startswith((b"\xff\xd8", b"\x89PNG", b"\x00\x00\x00\x0cjP", b"\xff\x4f\xff\x51")):
        return "image"
    if is_binary(data):
        return "binary"
    if b"begincmap" in data[:4096]:  # a character map (ToUnicode): codes and the names of its maker
        return "structure"
    return "content" if len(set(_OPERATOR.findall(data[:8192]))) >= 3 else "text"


_OPERATOR = re.compile(rb"(?<![^\s\])>])(BT|ET|Tf|Tj|TJ|Td|TD|Tm|cm|re|Do|gs|rg|RG|BDC|EMC)(?![^\s\[(</])")


def stream_texts(channel: str, where: str, kind: str, data: bytes) -> Iterator[Text]:
    """The text in a stream's data (decoded; for a picture, its file as stored)."""
    kind = kind or sniff(data)
    if kind in SKIPPED_KINDS:
        return
    if kind == "image":
        segments = jpeg_text_segments(data)
        if segments:
            yield Text(channel, where + " picture metadata", printable_runs(segments), exact=False)
    elif kind == "metadata":
        yield Text(channel, where + " XMP", xmp_text(data))
    elif kind == "content":
        yield from shown_texts(channel, where, data)
    elif kind in ("objects", "text"):  # PDF syntax, or text of a kind no reader shows: names left out
        yield from syntax_texts(channel, where, data)
    elif kind == "attachment" and not is_binary(data):
        yield Text(channel, where, data.decode("latin-1"))
    else:  # binary of no known format, or an attached file: what `strings` would show
        yield Text(channel, where, printable_runs(data), exact=False)


_INLINE_IMAGE = re.compile(rb"(?<![^\s])BI\s.*?\sID\s.*?\sEI(?![^\s])", re.S)
_TJ = re.compile(rb"\[([^\]]*)\]\s*TJ")


def shown_texts(channel: str, where: str, data: bytes) -> Iterator[Text]:
    """The strings a content stream shows and marks (ActualText, Alt), each TJ array's pieces joined;
    two-byte glyph codes are left to the page text, which reads them through the font's map."""
    data = _INLINE_IMAGE.sub(b" ", data)
    strings = text_strings(data)
    if strings:
        yield Text(channel, where + " strings", " ".join(strings))
    for array in _TJ.finditer(data):
        pieces = [raw for raw in raw_strings(array.group(1)) if is_text(raw)]
        if len(pieces) > 1:
            yield Text(channel, where + " TJ", "".join(decode_pdf_string(p) for p in pieces))


_BINARY_SAMPLE = 4096
_ASCII_RUNS = re.compile(rb"[\x20-\x7e]{4,}")


def is_binary(data: bytes) -> bool:
    sample = data[:_BINARY_SAMPLE]
    return bool(sample) and sum(32 <= b < 127 or b in (9, 10, 13) for b in sample) / len(sample) < 0.9


def printable_runs(data: bytes) -> str:
    """Runs of four or more printable ASCII characters, as `strings` shows them."""
    return "\n".join(m.decode("ascii") for m in _ASCII_RUNS.findall(data))


def jpeg_text_segments(data: bytes) -> bytes:
    """The comment and application segments of a JPEG (EXIF, XMP, comments: where a camera or an
    editor writes a name), not its picture data."""
    if not data.startswith(b"\xff\xd8"):
        return b""
    out, i = [], 2
    while i + 4 <= len(data) and data[i] == 0xFF:
        marker, length = data[i + 1], int.from_bytes(data[i + 2:i + 4], "big")
        if marker == 0xDA or length < 2:  # start of scan: picture data follows
            break
        if marker in (0xFE, 0xE1, 0xED):  # comment, EXIF/XMP, IPTC (not JFIF, ICC or Adobe's flags)
            out.append(data[i + 4:i + 2 + length])
        i += 2 + length
    return b"\n".join(out)


_XMLNS = re.compile(r"""\sxmlns(?::[\w.-]+)?\s*=\s*("[^"]*"|'[^']*')""")
_ATTRIBUTE = re.compile(r"""=\s*("[^"]*"|'[^']*')""")
_TAG = re.compile(r"<[^>]*>")


def xmp_text(data: bytes | str) -> str:
    """What an XMP packet says: element text and attribute values, not tag or namespace names."""
    xml = data.decode("utf-8", "replace") if isinstance(data, bytes) else data
    xml = _XMLNS.sub(" ", re.sub(r"<\?.*?\?>", " ", xml, flags=re.S))
    values = [m.group(1)[1:-1] for tag in _TAG.findall(xml) for m in _ATTRIBUTE.finditer(tag)]
    return html.unescape("\n".join([*values, _TAG.sub("\n", xml)]))


# --- raw stream data ---------------------------------------------------------------------------------


def decode_filters(filters: list[str], raw: bytes) -> bytes | None:
    """Stream data through the filters the verifier decodes itself (Flate, ASCIIHex, ASCII85);
    a picture's data stops at its picture filter; None when a filter cannot be undone."""
    data = raw
    for name in filters:
        try:
            if name in ("FlateDecode", "Fl"):
                data = zlib.decompressobj().decompress(data)
            elif name in ("ASCIIHexDecode", "AHx"):
                digits = re.sub(rb"[^0-9A-Fa-f]", b"", data.split(b">")[0])
                data = binascii.unhexlify(digits + b"0" * (len(digits) % 2))
            elif name in ("ASCII85Decode", "A85"):
                body = data.strip().removeprefix(b"<~").split(b"~>")[0]
                data = base64.a85decode(body, adobe=False, ignorechars=b" \t\n\r\x0b\x0c")
            elif name in ("DCTDecode", "DCT", "JPXDecode", "JBIG2Decode", "CCITTFaxDecode", "CCF"):
                return data
            else:
                return None
        except (zlib.error, binascii.Error, ValueError):
            return None
    return data


def top_level(source: bytes) -> bytes:
    """A dictionary's source without its strings and nested dictionaries: its own keys only."""
    text = _LITERAL.sub(b"()", source)
    start = text.find(b"<<")
    inner = text[start + 2:] if start >= 0 else text
    while True:
        shorter = re.sub(rb"<<(?:(?!<<|>>).)*>>", b" ", inner, flags=re.S)
        if shorter == inner:
            return inner
        inner = shorter


def dict_value(top: bytes, key: str) -> str | None:
    """A key's value in a dictionary's own keys (`top_level`), as PDF text; None when absent."""
    m = re.search(rb"/" + key.encode() + rb"(?![^\s/<>\[\]()%])\s*(/[^\s/<>\[\]()%]*|\d+\s+\d+\s+R|[-+\d.]+|\[[^\]]*\])",
                  top)
    return m.group(1).decode("latin-1") if m else None
