"""Files that look like contracts but cannot be reviewed, for tests of import and scan."""

from __future__ import annotations

from pathlib import Path

import pymupdf


def _small_pdf(text: str = "A short contract.") -> bytes:
    doc = pymupdf.open()
    doc.new_page().insert_text((72, 72), text, fontname="helv", fontsize=11)
    data = doc.tobytes(garbage=3, deflate=True, no_new_id=True)
    doc.close()
    return data


def write_corrupt(path: Path) -> Path:
    """A PDF header followed by garbage: no xref, no objects PyMuPDF can rebuild a page from."""
    path = Path(path)
    path.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + bytes(range(256)) * 8 + b"\n%%EOF\n")
    return path


def write_truncated(path: Path) -> Path:
    """A real PDF cut off after its first 300 bytes, as an interrupted download leaves it."""
    path = Path(path)
    path.write_bytes(_small_pdf()[:300])
    return path


def write_encrypted(path: Path, password: str = "secret") -> Path:
    """A real password-protected PDF (AES-256, user and owner password)."""
    path = Path(path)
    doc = pymupdf.open()
    doc.new_page().insert_text((72, 72), "Confidential contract.", fontname="helv", fontsize=11)
    doc.save(str(path), encryption=pymupdf.PDF_ENCRYPT_AES_256, user_pw=password, owner_pw=password + "-owner")
    doc.close()
    return path


def write_empty(path: Path) -> Path:
    path = Path(path)
    path.write_bytes(b"")
    return path


def write_text_as_pdf(path: Path) -> Path:
    """A plain text file with a .pdf name."""
    path = Path(path)
    path.write_text("This is a text file, not a PDF.\nParties: ACME Widgets GmbH and Convergo Media Ltd.\n", encoding="utf-8")
    return path


def write_zero_pages(path: Path) -> Path:
    """A well-formed PDF whose page tree is empty (PyMuPDF refuses to save one, so it is written by hand)."""
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [] /Count 0 >>"]
    out = bytearray(b"%PDF-1.7\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    path = Path(path)
    path.write_bytes(bytes(out))
    return path


BAD_FILES = {
    "corrupt": write_corrupt,
    "truncated": write_truncated,
    "encrypted": write_encrypted,
    "empty": write_empty,
    "not-pdf": write_text_as_pdf,
    "no-pages": write_zero_pages,
}
