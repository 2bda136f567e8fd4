"""One document made ready to leave: the original re-read and checked, redacted, verified, pseudonymised."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from desktop.core.pdf import (
    PdfError,
    close_pdf,
    extract_pages,
    open_pdf,
    read_pdf_bytes,
    sha256_bytes,
)
from desktop.core.redaction.pseudonym import Pseudonymiser, pseudonymise_document
from desktop.core.redaction.redact import is_applied, redact_pdf
from desktop.core.verification.output import readable_pages, verify_redacted

LABEL_SETTING = "redact.label_mode"


class ExportError(Exception):
    """An export that cannot go ahead; the message is one line for people."""


@dataclass(frozen=True)
class PreparedDocument:
    document_id: int
    file_name: str
    pdf: bytes
    pages: tuple[str, ...]  # pseudonymised text of each page
    counts: dict
    leaks: tuple[str, ...]


def source_bytes(doc: dict) -> bytes:
    """The original file, re-read from where it was imported and checked against its import hash."""
    try:
        data = read_pdf_bytes(Path(doc["path"]))
    except PdfError as exc:
        raise ExportError(f"the original file cannot be read: {exc.reason}") from exc
    except OSError as exc:
        raise ExportError(f"the original file cannot be read: {exc.strerror}") from exc
    if sha256_bytes(data) != doc["sha256"]:
        raise ExportError(f"{doc['path']} has changed since it was imported (sha256 differs); import it again")
    return data


def prepare_document(store, doc: dict, namer: Pseudonymiser, label_mode: bool | None = None) -> PreparedDocument:
    data = source_bytes(doc)
    findings = [f for f in store.findings(doc["id"]) if is_applied(f)]
    if label_mode is None:
        label_mode = store.setting(LABEL_SETTING) == "1"
    pdf = redact_pdf(data, findings, label_mode=label_mode)
    terms = redacted_terms(store, doc["id"], findings)
    report = verify_redacted(pdf, terms)
    leaks = [f"{h.channel}: {h.term!r} is still readable at {h.where}" for h in report.hits]
    original = open_pdf(data, doc["name"])
    try:
        pages = pseudonymise_document(extract_pages(original), findings, namer)
    finally:
        close_pdf(original)
    text_report = readable_pages(pages, terms)
    leaks += [f"pseudonymised text: a redacted string is still readable on page {n + 1}" for n in text_report]
    counts = dict(sorted(Counter(str(f.entity_type) for f in findings).items()))
    return PreparedDocument(doc["id"], f"{doc['sha256'][:16]}.pdf", pdf, tuple(pages), counts, tuple(leaks))


def redacted_terms(store, doc_id: int, findings) -> list[str]:
    """What must not be readable: every redacted text and every known name of the document's parties."""
    terms = {f.text.strip() for f in findings if f.start >= 0 and f.text.strip()}
    return sorted(terms | set(store.known_party_terms(doc_id)))
