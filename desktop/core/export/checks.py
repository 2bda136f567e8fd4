"""The checks a document must pass before it may leave: each has a title people read and reasons."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from desktop.core.consent.gate import consent_gate
from desktop.core.export.prepare import (
    ExportError,
    PreparedDocument,
    prepare_document,
    source_bytes,
)
from desktop.core.pdf.health import damage_note
from desktop.core.redaction.pseudonym import Pseudonymiser
from desktop.core.residue.document import (
    DocumentResidue,
    document_residue,
)
from desktop.core.review.classes import open_reasons


@dataclass
class ExportCandidate:
    """A document on its way into a batch: what every check looks at."""

    store: Any
    doc: dict
    purpose: str
    at: datetime
    namer: Pseudonymiser = field(default_factory=Pseudonymiser)
    _prepared: PreparedDocument | None = field(default=None, repr=False)
    _residue: DocumentResidue | None = field(default=None, repr=False)

    @property
    def doc_id(self) -> int:
        return self.doc["id"]

    def prepared(self) -> PreparedDocument:
        """Redacted, verified and pseudonymised once: the verification check and the batch share it."""
        if self._prepared is None:
            self._prepared = prepare_document(self.store, self.doc, self.namer)
        return self._prepared

    def residue(self) -> DocumentResidue:
        """What still looks identifying once redacted, and the reviewer's word on it; read once per build."""
        if self._residue is None:
            self._residue = document_residue(self.store, self.doc_id)
        return self._residue


@dataclass(frozen=True)
class ExportCheck:
    title: str  # what the check is called on screen and in results
    run: Callable[[ExportCandidate], list[str]]  # reasons the document may not leave; empty: it passes


def _open_findings(c: ExportCandidate) -> list[str]:
    """Direct findings are decided one by one, quasi-identifiers once per class (review/classes.py)."""
    return open_reasons(c.store, c.doc_id)


def _whole_file(c: ExportCandidate) -> list[str]:
    """A damaged file leaves the pages nobody could read unchecked for names: never exported."""
    note = damage_note(c.doc)
    return [f"{note}; the unreadable pages cannot be checked for names"] if note else []


def _source_file(c: ExportCandidate) -> list[str]:
    try:
        source_bytes(c.doc)
    except ExportError as exc:
        return [str(exc)]
    return []


def _verification(c: ExportCandidate) -> list[str]:
    try:
        return list(c.prepared().leaks)
    except ExportError:
        return []  # the source-file check already gave the reason


def _residue(c: ExportCandidate) -> list[str]:
    """"Passes every check" is earned only when someone looked at the residue, or the policy is automatic
    (the store's setting, or a document decided by `clearance review --accept-all`): then the manifest
    records what was left."""
    residue = c.residue()
    left = residue.undecided
    if not left or residue.automatic:
        return []
    count = sum(g.count for g in left)
    return [f"{len(left)} residue group(s) not looked at ({count} occurrence(s) of text that still looks identifying "
            "but was never proposed or was rejected): redact or mark each fine (g i in the window, "
            "`clearance residue`), or set the residue policy to automatic"]


def _consent(c: ExportCandidate) -> list[str]:
    return consent_gate(c.store, c.doc_id, c.purpose, c.at)


OPEN_FINDINGS = ExportCheck("Open findings", _open_findings)
WHOLE_FILE = ExportCheck("Every page readable", _whole_file)
SOURCE_FILE = ExportCheck("Original file unchanged", _source_file)
VERIFICATION = ExportCheck("Verification (no redacted text readable)", _verification)
RESIDUE = ExportCheck("Residue looked at (nothing identifying left unseen)", _residue)
CONSENT = ExportCheck("Consent", _consent)
REDACTION_CHECKS = (OPEN_FINDINGS, WHOLE_FILE, SOURCE_FILE, VERIFICATION)
# Add a check here: it runs for every document of every batch and shows in the export flow (Ctrl+E).
EXPORT_CHECKS: list[ExportCheck] = [*REDACTION_CHECKS, RESIDUE, CONSENT]


def run_checks(candidate: ExportCandidate) -> list[tuple[str, list[str]]]:
    """(check title, reasons) for every check; a check that fails to run is a reason, not a crash."""
    results = []
    for check in EXPORT_CHECKS:
        try:
            reasons = list(check.run(candidate))
        except Exception as exc:  # an unexpected failure must refuse the document, never pass it
            reasons = [f"{check.title} could not run: {exc}"]
        results.append((check.title, reasons))
    return results
