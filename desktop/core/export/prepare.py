"""One document made ready to leave: the original re-read and checked, redacted, verified, pseudonymised."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from desktop.core import settings
from desktop.core.export.reredact import close_loop, export_findings, places, rejected_at
from desktop.core.model import Finding, Status
from desktop.core.pdf import PdfError, read_pdf_bytes, sha256_bytes
from desktop.core.pdf.pagetexts import document_pages
from desktop.core.pdf.stored import path_of
from desktop.core.redaction.pseudonym import Pseudonymiser, pseudonymise_document
from desktop.core.redaction.redact import is_applied, redact_pdf
from desktop.core.review.classes import document_treatment
from desktop.core.store.areas import DocumentReviewStore, PartiesStore
from desktop.core.verification.output import readable_pages


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
    # what the verifier read beyond the decisions and the export redacted: findings (source `export`)
    # the batch stores for the reviewer to see and undo
    added: tuple[Finding, ...] = ()

    def added_places(self) -> list[tuple[int, tuple[str, ...]]]:
        """(page, channels) of each place the export added."""
        return places(list(self.added))

    def added_note(self) -> str:
        """One line on what the verifier found beyond the reviewer's decisions (no names: it may be shown anywhere)."""
        if not self.added:
            return ""
        spots = self.added_places()
        pages = sorted({page + 1 for page, _ in spots})
        return (f"the verifier read {len(spots)} further occurrence(s) of redacted text on page(s) "
                f"{', '.join(map(str, pages))} and they were redacted too; they are kept as findings added at export")


def source_bytes(doc: dict) -> bytes:
    """The original file, re-read from where it was imported and checked against its import hash."""
    try:
        data = read_pdf_bytes(path_of(doc["path"]))
    except PdfError as exc:
        raise ExportError(f"the original file cannot be read: {exc.reason}") from exc
    except OSError as exc:
        raise ExportError(f"the original file cannot be read: {exc.strerror}") from exc
    if sha256_bytes(data) != doc["sha256"]:
        raise ExportError(f"{doc['path']} has changed since it was imported (sha256 differs); import it again")
    return data


def prepare_document(store: DocumentReviewStore, doc: dict, namer: Pseudonymiser, label_mode: bool | None = None) -> PreparedDocument:
    data = source_bytes(doc)
    every = store.findings(doc["id"])
    findings = [f for f in every if is_applied(f) and f.identifier == "direct"]
    # quasi-identifiers follow their class's policy: a box with the generalised value drawn in it
    treated = document_treatment(store, doc, every)
    rejected = [f for f in every if f.status == Status.REJECTED]
    if label_mode is None:
        label_mode = settings.get(store, settings.LABEL_MODE)
    terms = redacted_terms(store, doc["id"], findings)
    # What the reviewer decided is redacted; then the verifier reads the output, and where it still
    # reads a redacted text (a variant, a line-broken form, a rendering) the export redacts that place
    # too (export.reredact), unless the reviewer rejected a finding there: that conflict is theirs to settle.
    loop = close_loop(redact_pdf(data, [*findings, *treated], label_mode=label_mode), terms,
                      label_mode=label_mode, rejected=rejected)
    pdf, report = loop.pdf, loop.report
    leaks = [f"{h.channel}: {h.term!r} is still readable at {h.where}"
             + (" where a finding was rejected in review; confirm it or redact the place" if
                rejected_at(h, rejected) else "") for h in report.hits]
    # A page the verifier could not read (a scan OCR reads poorly) may show anything: not verified, not exported.
    leaks += [f"NOT VERIFIED {reason}; nothing on that page can be ruled out" for reason in report.unread]
    # the loop's boxes cover the same characters in the training text, read from the page source
    texts = list(document_pages(data, doc["name"], store).pages)
    added = export_findings(list(loop.added), texts, findings)
    for link in store.document_links(doc["id"]):
        namer.same_party(link.party.terms)
    pages = pseudonymise_document(texts, [*findings, *added, *treated], namer)
    text_report = readable_pages(pages, terms)
    leaks += [f"pseudonymised text: a redacted string is still readable on page {n + 1}" for n in text_report]
    counts = dict(sorted(Counter(str(f.entity_type) for f in [*findings, *treated]).items()))
    return PreparedDocument(doc["id"], f"{doc['sha256'][:16]}.pdf", pdf, tuple(pages), counts, tuple(leaks),
                            tuple(added))


def redacted_terms(store: PartiesStore, doc_id: int, findings) -> list[str]:
    """What must not be readable: every redacted text and every known name of the document's parties."""
    # a quasi-identifier's value may recur as another's replacement (a shifted date): not a name to search
    terms = {f.text.strip() for f in findings if f.start >= 0 and f.text.strip() and f.identifier == "direct"}
    return sorted(terms | set(store.known_party_terms(doc_id)))
