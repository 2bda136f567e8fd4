"""A document's residue as the store holds it: its page text minus what will be redacted, and the reviewer's word."""

from __future__ import annotations

from dataclasses import dataclass, field

from desktop.core import settings
from desktop.core.model import Status
from desktop.core.pdf import (
    PdfError,
    close_pdf,
    extract_pages,
    open_pdf,
)
from desktop.core.pdf.stored import stored_pages
from desktop.core.residue.finder import ResidueGroup, find_residue, group_key
from desktop.core.store.areas import (
    DocumentResidueStore,
    DocumentsStore,
    QuasiReviewStore,
    SettingsStore,
)

POLICY_SETTING = settings.RESIDUE.key  # how export treats residue nobody decided about
REVIEW, AUTOMATIC = "review", "automatic"  # every group decided first / export, the manifest records what is left
POLICIES = (REVIEW, AUTOMATIC)
BULK_ACTION = "bulk-review"  # the decisions of `clearance review --accept-all/--reject-all`: an automatic run
# What is masked out of the page text: confirmed findings go, and proposed ones await their own
# decision (an open finding refuses the export anyway), so neither is residue.
_COVERED = (Status.CONFIRMED, Status.PROPOSED)


@dataclass(frozen=True)
class DocumentResidue:
    document_id: int
    name: str
    groups: tuple[ResidueGroup, ...]
    decisions: dict[str, dict] = field(default_factory=dict)  # text key -> the latest decision row
    automatic: str = ""  # why residue nobody decided about may leave (then the manifest records it); "": it may not

    def decision(self, group: ResidueGroup) -> str:
        """'fine' when the reviewer said so, else 'open' (a group redacted before and readable again,
        because its findings were undone or rejected, is open again)."""
        row = self.decisions.get(group.key)
        return "fine" if row and row["decision"] == "fine" else "open"

    @property
    def undecided(self) -> tuple[ResidueGroup, ...]:
        return tuple(g for g in self.groups if self.decision(g) == "open")

    @property
    def redacted(self) -> int:
        """Groups the reviewer redacted (no longer readable, so no longer among the groups)."""
        present = {g.key for g in self.groups}
        return sum(1 for key, row in self.decisions.items() if row["decision"] == "redact" and key not in present)

    def group(self, text: str) -> ResidueGroup | None:
        """The group of a text as a person types it (any case or spacing)."""
        key = group_key(text)
        return next((g for g in self.groups if g.key == key), None)

    def summary(self) -> str:
        """One line without any of the texts (it may be shown anywhere): counts only."""
        # Whole sentences, one per case: the command line finds each again to translate it.
        if not self.groups:
            return f"no residue ({self.redacted} group(s) redacted)" if self.redacted else "no residue"
        groups, occurrences, open_ = len(self.groups), sum(g.count for g in self.groups), len(self.undecided)
        if not open_:
            return f"{groups} residue group(s), {occurrences} occurrence(s): all looked at"
        if self.automatic:
            return (f"{groups} residue group(s), {occurrences} occurrence(s): {open_} not looked at (automatic: "
                    "recorded in the manifest)")
        return f"{groups} residue group(s), {occurrences} occurrence(s): {open_} not looked at"


def document_residue(store: DocumentResidueStore, doc_id: int) -> DocumentResidue:
    """The residue of a stored document: what its page text still shows once every confirmed (and
    proposed) finding is redacted, minus what the verifier's loop redacts anyway at export (every
    redacted text and every linked party's name, wherever it is read)."""
    doc = store.document(doc_id)
    findings = store.findings(doc_id)
    covered = [(f.page, f.start, f.end) for f in findings if f.start >= 0 and f.status in _COVERED]
    redacted = [f.text for f in findings if f.start >= 0 and f.status == Status.CONFIRMED]
    rows = store.page_rows(doc_id)
    pages = [(r["number"], r["text"]) for r in rows] if rows else _file_pages(store, doc)
    groups = find_residue(pages, covered, [*redacted, *store.known_party_terms(doc_id)])
    return DocumentResidue(doc_id, doc["name"] if doc else str(doc_id), tuple(groups), store.residue_decisions(doc_id),
                           automatic_reason(store, doc_id))


def _file_pages(store: DocumentsStore, doc: dict | None) -> list[tuple[int, str]]:
    """A document whose page text the store does not hold (imported without a scan): from the page
    source, if its file is still the file imported (if not, the export's source-file check says so)."""
    if not doc:
        return []
    try:
        _data, read = stored_pages(doc, store)
    except PdfError:
        return []
    return [(p.number, p.text) for p in read.pages]


def automatic_reason(store: QuasiReviewStore, doc_id: int) -> str:
    """Why the document's residue may leave undecided: the store's policy says automatic, or its findings
    were decided by an automatic run (`clearance review --accept-all`, recorded as such in the chain)."""
    if residue_policy(store) == AUTOMATIC:
        return "the residue policy is automatic"
    if any(d["action"] == BULK_ACTION for d in store.decisions(doc_id)):
        return "decided by an automatic run (clearance review --accept-all or --reject-all)"
    return ""


def residue_policy(store: SettingsStore) -> str:
    return settings.get(store, settings.RESIDUE)


def decision_rows(groups) -> list[dict]:
    """What the store records of each group decided."""
    return [{"key": g.key, "text": g.text, "kind": g.kind, "occurrences": g.count, "pages": list(g.pages)}
            for g in groups]


def manifest_entry(residue: DocumentResidue) -> dict:
    """What a batch's manifest says of a document's residue: counts, kinds and pages, never the text
    (the manifest leaves with the batch; the texts stay in the store's audit trail)."""
    return {"policy": AUTOMATIC if residue.automatic else REVIEW, "automatic": residue.automatic or None,
            "redacted": residue.redacted,
            "groups": [{"kind": g.kind, "occurrences": g.count, "pages": list(g.pages),
                        "decision": residue.decision(g) if residue.decision(g) == "fine" else "left"}
                       for g in residue.groups]}


def pdf_residue(data: bytes, name: str = "document") -> list[ResidueGroup]:
    """The residue of a PDF file as it reads (a redacted output, or any contract): nothing masked."""
    doc = open_pdf(data, name)
    try:
        pages = extract_pages(doc)
    finally:
        close_pdf(doc)
    return find_residue([(p.number, p.text) for p in pages])
