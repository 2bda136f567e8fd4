"""The original file of a stored document, read again and checked against the sha256 it was imported with."""

from __future__ import annotations

import os
from pathlib import Path

from desktop.core.pdf.document import PdfError, sha256_bytes
from desktop.core.pdf.health import PageRead
from desktop.core.pdf.pagetexts import document_pages, kept_pages


def storable_path(path: Path) -> str:
    """A file's path as the store keeps it: as it is, or, where the name is not UTF-8 (a file named on
    an old Latin-1 system), as a file: URI that escapes those bytes and gives them back (`path_of`)."""
    text = str(path)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return Path(path).absolute().as_uri()
    return text


def path_of(stored: str) -> Path:
    if stored.startswith("file://"):
        from urllib.parse import unquote_to_bytes, urlsplit

        return Path(os.fsdecode(unquote_to_bytes(urlsplit(stored).path)))
    return Path(stored)


def readable_name(path: Path) -> str:
    """A file's name for people and the store: bytes that are not UTF-8 shown as the replacement character."""
    return os.fsencode(Path(path).name).decode("utf-8", "replace")


def stored_bytes(doc_row: dict) -> bytes:
    """The bytes of a stored document's original file, refused (a PdfError with a one-line reason)
    when it was moved, cannot be read, or is no longer the file that was imported (sha256)."""
    try:
        data = path_of(doc_row["path"]).read_bytes()
    except FileNotFoundError:
        raise PdfError("moved", f"{doc_row['name']}: moved or deleted since it was imported (was "
                                f"{doc_row['path']}); scan its new place to go on") from None
    except OSError as exc:
        raise PdfError("unreadable", f"{doc_row['name']}: cannot be read ({exc.strerror})") from None
    if sha256_bytes(data) != doc_row["sha256"]:
        raise PdfError("changed", f"{doc_row['name']}: the file changed since it was imported; import it again")
    return data


def stored_pages(doc_row: dict, cache=None) -> tuple[bytes, PageRead]:
    """A stored document's original bytes (checked as stored_bytes checks them) and its readable page
    texts from the page source (`cache`: the store, where they outlive the process)."""
    data = stored_bytes(doc_row)
    return data, document_pages(data, doc_row["name"], cache)


def stored_kept_pages(doc_row: dict, cache=None) -> tuple[bytes, PageRead | None]:
    """As stored_pages, without reading anything: the page texts only if the page source keeps them."""
    data = stored_bytes(doc_row)
    return data, kept_pages(data, cache)
