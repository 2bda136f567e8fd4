"""A demo store: generated sample contracts, scanned, with a consent registry that shows every badge."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from desktop.core.consent.parties import ConsentRecord, ConsentStatus, Party, Role
from desktop.core.scan.documents import Progress, ScanReport, scan_paths
from desktop.core.selftest import TruthReview, review_document
from desktop.core.store import Store
from devkit.corpus import load_truth, write_corpus

PURPOSE = "ai-training"
GRANTED_ON, VALID_UNTIL = date(2025, 1, 1), date(2030, 12, 31)


@dataclass
class DemoReport:
    store: Path
    contracts: list[Path]
    scan: ScanReport


def build_demo(folder: Path, count: int = 6, seed: int = 2026, progress: Progress | None = None) -> DemoReport:
    """Write `count` contracts to folder/contracts, register consents, scan them into folder/clearance.sqlite.

    The registry is made so the queue shows every consent state: most parties granted, the second
    contract's first party withdrawn, the fourth contract's first party without any consent.
    """
    folder = Path(folder)
    contracts_dir = folder / "contracts"
    paths = write_corpus(contracts_dir, count, seed)
    rows = []
    for index, path in enumerate(paths):
        _truth, parties = load_truth(path.with_suffix(".truth.json"))
        rows.extend(_consent_rows(path.stem, parties, index))
    with Store(folder / "clearance.sqlite") as store:
        store.import_consents(rows, origin="demo")
        report = scan_paths(store, [contracts_dir], progress=progress)  # proposes each contract's parties
    return DemoReport(folder / "clearance.sqlite", paths, report)


def _consent_rows(name: str, parties, index: int) -> list[tuple[Party, ConsentRecord]]:
    rows = []
    consenting = [p for p in parties if p.role in (Role.CONTRACTING, Role.SIGNER)]
    for n, p in enumerate(consenting):
        if index == 3 and n == 0:
            continue  # no consent on record: the document is blocked
        party = Party(name=p.name, kind=p.kind, register_number=p.register_number, vat_id=p.vat_id,
                      email=p.email, aliases=tuple(a for a in (p.short_name, *p.aliases) if a))
        withdrawn = index == 1 and n == 0
        rows.append((party, ConsentRecord(
            party_id=None, purpose=PURPOSE, version="2025-01",
            status=ConsentStatus.WITHDRAWN if withdrawn else ConsentStatus.GRANTED,
            granted_on=GRANTED_ON, valid_until=VALID_UNTIL,
            withdrawn_on=date(2026, 6, 30) if withdrawn else None,
            evidence=f"{name}: data-use clause")))
    return rows


def review_by_truth(store, doc_id: int) -> TruthReview:
    """Review a generated contract by the generator's ground truth (see `review_document`)."""
    truth, _parties = load_truth(Path(store.document(doc_id)["path"]).with_suffix(".truth.json"))
    return review_document(store, doc_id, lambda f: any(_overlaps(f, t) for t in truth))


def _overlaps(finding, truth) -> bool:
    """Same page and overlapping characters; an image finding (a signature) against an image entity."""
    if finding.page != truth.page:
        return False
    if finding.start < 0 or truth.start < 0:
        return finding.start < 0 and truth.start < 0
    return finding.start < truth.end and truth.start < finding.end
