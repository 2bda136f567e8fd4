"""Import PDFs into the store and detect their findings, streaming page results so a crash resumes."""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

from desktop.core import settings
from desktop.core.consent.linking import link_document
from desktop.core.detect import DetectorPool, detector_version, judge_and_propagate
from desktop.core.detect.judge import judge
from desktop.core.detect.signature import detect_signatures
from desktop.core.detect.spans import to_findings
from desktop.core.model import Finding, Status
from desktop.core.pdf import PdfError, close_pdf, open_pdf, read_pdf_bytes, sha256_bytes
from desktop.core.pdf.lock import PDF_LOCK
from desktop.core.pdf.pagetexts import document_pages
from desktop.core.pdf.stored import readable_name, storable_path, stored_pages
from desktop.core.store.areas import DocumentsStore, ImportStore, LinkedFindingsStore, ScanStore
from desktop.core.store.failures import store_failure

Progress = Callable[[int, int, str], None]


@dataclass
class ImportReport:
    imported: list[int] = field(default_factory=list)  # new document ids
    duplicates: list[int] = field(default_factory=list)  # already stored, untouched
    failed: list[tuple[str, str]] = field(default_factory=list)  # (path, one-line reason)
    damaged: list[tuple[str, str]] = field(default_factory=list)  # (path, "damaged: N of M pages readable")
    ocr_pages: int = 0  # pages (or pictures on them) read by OCR
    ocr_confidences: list[float] = field(default_factory=list)  # of each page read by OCR
    flagged: list[tuple[str, int, str]] = field(default_factory=list)  # (file name, page number, why)


@dataclass
class ScanReport:
    imports: ImportReport
    scanned: list[int] = field(default_factory=list)
    pages: int = 0
    findings: Counter = field(default_factory=Counter)  # new findings by entity type
    failed: list[tuple[str, str]] = field(default_factory=list)  # stored documents that could not be scanned
    busy: list[tuple[str, int]] = field(default_factory=list)  # (name, pid) scanned by another process now


def pdf_files(paths: Iterable[Path], failed: list[tuple[str, str]] | None = None) -> list[Path]:
    """Files as given, and every *.pdf (any case) under given folders, in a stable order. A folder
    without any PDF is reported in `failed` (a mistyped folder should not look like a quiet success)."""
    out: list[Path] = []
    for path in map(Path, paths):
        if path.is_dir():
            found = _pdfs_under(path, failed)
            if not found and failed is not None:
                failed.append((str(path), f"{path}: no PDF files in this folder"))
            out.extend(found)
        else:
            out.append(path)
    return list(dict.fromkeys(out))


def _pdfs_under(folder: Path, failed: list[tuple[str, str]] | None) -> list[Path]:
    """Every *.pdf under `folder`; a folder inside that cannot be read is reported in `failed`, not
    passed over in silence (its files would look scanned)."""
    def unreadable(exc: OSError) -> None:
        if failed is not None:
            failed.append((str(exc.filename), f"{exc.filename}: cannot be read ({exc.strerror or exc}); "
                                              "the files in it were not scanned"))

    found = []
    for root, folders, files in os.walk(folder, onerror=unreadable):
        folders.sort()
        found.extend(p for p in (Path(root) / f for f in files) if p.suffix.lower() == ".pdf" and p.is_file())
    return sorted(found)


def import_paths(store: ImportStore, paths: Iterable[Path], progress: Progress | None = None) -> ImportReport:
    """Validate and store each PDF with its readable page texts (read by OCR where a page shows text
    it has no layer for). A bad file is reported with its reason and the next one is imported:
    nothing about one file stops the others."""
    report = ImportReport()
    for path in pdf_files(paths, report.failed):
        try:
            _import_one(store, path, report, progress)
        except PdfError as exc:
            report.failed.append((str(path), exc.reason))
        except OSError as exc:
            report.failed.append((str(path), f"{path.name}: cannot be read ({exc.strerror or exc})"))
        except Exception as exc:  # a file must never stop the files after it
            if store_failure(exc):  # but a full disk or a read-only store stops every file after it too
                raise
            report.failed.append((str(path), f"{path.name}: cannot be imported ({type(exc).__name__}: {exc})"
                                  .splitlines()[0]))
    return report


def _import_one(store: ImportStore, path: Path, report: ImportReport, progress: Progress | None) -> None:
    data = read_pdf_bytes(path)
    name = readable_name(path)  # a name that is not UTF-8 is stored and shown readably, its path kept exactly
    read = document_pages(data, name, store, progress=_ocr_progress(progress, name))
    with store.atomic():
        doc_id, created = store.add_document(sha256=sha256_bytes(data), path=storable_path(path.resolve()),
                                             name=name, pages=read.total, size=len(data))
        if created:
            store.save_pages(doc_id, list(read.pages))
            if read.damaged:
                store.mark_damaged(doc_id, len(read.pages))
        else:
            store.relocate_document(doc_id, storable_path(path.resolve()))  # the file was moved: follow it
    (report.imported if created else report.duplicates).append(doc_id)
    _count_ocr(report, name, read.pages)
    if read.damaged:
        report.damaged.append((str(path), f"{name}: {read.summary}"))


def _ocr_progress(progress: Progress | None, name: str):
    if progress is None:
        return None
    return lambda done, total: progress(done, total, f"reading {name} by OCR: page {done} of {total}")


def _count_ocr(report: ImportReport, name: str, pages) -> None:
    for p in pages:
        if p.ocr_confidence is not None or p.ocr_error:
            report.ocr_pages += 1
            if p.ocr_confidence is not None:
                report.ocr_confidences.append(p.ocr_confidence)
        if p.low_confidence:
            reason = p.ocr_error or f"OCR confidence {p.ocr_confidence:.0f}%"
            report.flagged.append((name, p.number + 1, reason))


def scan_document(store: ScanStore, doc_id: int, *, pool: DetectorPool | None = None, page_order: list[int] | None = None,
                  progress: Progress | None = None, known_parties: Iterable[str] | None = None) -> Counter:
    """Detect the pages not yet scanned (in `page_order` first), writing each page's findings as it
    arrives, propose the document's parties, then propagate names over the whole document.
    Returns new findings by type."""
    doc_row = store.document(doc_id)
    data, read = stored_pages(doc_row, store)
    doc = open_pdf(data, doc_row["name"])  # signatures are pictures and ink: the page objects show them
    counts: Counter = Counter()
    try:
        stored = {r["number"] for r in store.page_rows(doc_id)}  # a damaged file: its readable pages
        pages = {p.number: p for p in read.pages if p.number in stored}
        todo = _ordered(store.unscanned_pages(doc_id), page_order)
        if todo:
            store.set_document_status(doc_id, "scanning")
        version = detector_version(settings.get(store, settings.SPACY_MODEL))
        own_pool = pool is None
        pool = pool or DetectorPool(workers=1, model=settings.get(store, settings.SPACY_MODEL))
        try:
            for n, items in _detect_cached(store, pool, [pages[n] for n in todo], version):
                with PDF_LOCK:  # a page object is PyMuPDF's too
                    found = to_findings(pages[n], items) + detect_signatures(doc.load_page(n), pages[n])
                with store.atomic():  # the page is marked first: another scan that wrote it meanwhile wins
                    found = found if store.mark_page_scanned(doc_id, n) else []
                    store.add_findings(doc_id, found)
                counts.update(f.entity_type for f in found)
                if progress:
                    progress(1, len(todo), f"{doc_row['name']} page {n + 1}")
        finally:
            if own_pool:
                pool.close()
        if todo:  # judged first, so that no suppressed guess is proposed as a party
            store.set_detection_states(judge(pages, store.findings(doc_id))[0])
            # the document's parties are proposed once; later the reviewer's links stand
            link_document(store, doc_id, list(pages.values()))
        # Then the names, aliases and e-mails of the linked parties are proposed wherever they
        # occur, with every other name found.
        counts.update(_propagate(store, doc_id, list(pages.values()), known_parties))
    finally:
        close_pdf(doc)
    store.set_document_status(doc_id, "scanned")
    return counts


def propagate_linked_parties(store: LinkedFindingsStore, doc_id: int) -> Counter:
    """After the reviewer has linked a party: propose its names, aliases and e-mails (and every name
    found) wherever they are not findings yet. Detects nothing new. Returns new findings by type."""
    _data, read = stored_pages(store.document(doc_id), store)
    return _propagate(store, doc_id, list(read.pages), None)


def _ordered(numbers: list[int], first: list[int] | None) -> list[int]:
    first = [n for n in (first or []) if n in numbers]
    return first + [n for n in numbers if n not in first]


def _detect_cached(store: DocumentsStore, pool: DetectorPool, pages, version: str):
    """(page number, results) from the cache where the same text was detected before, else the pool."""
    missing = []
    for page in pages:
        cached = store.cached_detection(page.text_hash, version)
        if cached is None:
            missing.append(page)
        else:
            yield page.number, cached
    by_number = {p.number: p for p in missing}
    for n, items in pool.detect((p.number, p.text) for p in missing):
        store.cache_detection(by_number[n].text_hash, version, items)
        yield n, items


def _propagate(store: LinkedFindingsStore, doc_id: int, pages, known_parties: Iterable[str] | None) -> Counter:
    """Judge the document's undecided findings (suppressing, with the reason, what identifies no one),
    then propose the names anchored to a party wherever they occur. Returns new proposals by type."""
    if known_parties is None:
        known_parties = store.known_party_terms(doc_id)
    stored = store.findings(doc_id)
    everything = judge_and_propagate(pages, stored, known_parties)
    judged, new = _revive(everything[:len(stored)], everything[len(stored):])
    store.set_detection_states(judged)
    store.add_findings(doc_id, new)
    return Counter(f.entity_type for f in new if f.status != Status.SUPPRESSED)


def _revive(judged: list[Finding], new: list[Finding]) -> tuple[list[Finding], list[Finding]]:
    """A name spread over the very span of a suppressed model guess revives that stored finding
    (with the spread name's reasons) instead of adding a second one."""
    suppressed = {_span(f): i for i, f in enumerate(judged) if f.status == Status.SUPPRESSED}
    judged, rest = list(judged), []
    for n in new:
        i = suppressed.pop(_span(n), None) if n.status != Status.SUPPRESSED else None
        if i is None:
            rest.append(n)
        else:
            judged[i] = replace(judged[i], status=Status.PROPOSED, explanation={**judged[i].explanation,
                                                                                **n.explanation})
    return judged, rest


def _span(f: Finding) -> tuple:
    return f.page, f.start, f.end


def _finished_by_another(store: ScanStore, doc_row: dict) -> bool:
    """Whether another scan finished the document between this scan's listing (`doc_row`, not yet
    scanned then) and its claim. Judging and propagating it again would add what the other scan's
    run did not (names of parties that other documents linked since): the findings of two scans at
    once would differ from one scan's."""
    now = store.document(doc_row["id"])
    return (doc_row["status"] != "scanned" and now is not None and now["status"] == "scanned"
            and not store.unscanned_pages(doc_row["id"]))


def page_counter(progress: Progress | None, total: int) -> Progress:
    """A per-page callback that counts pages across documents and reports done / `total`."""
    done = 0

    def step(_n: int, _total: int, message: str) -> None:
        nonlocal done
        done += 1
        if progress:
            progress(done, total, message)

    return step


def scan_paths(store: ScanStore, paths: Iterable[Path], progress: Progress | None = None, workers: int = 2) -> ScanReport:
    """Import, then detect every imported or unfinished document with one shared worker pool.

    Each document is claimed first, so a second scan of the same store at the same time skips
    what this one does; a document that cannot be scanned is reported and the next one goes on.
    """
    report = ScanReport(imports=import_paths(store, paths, progress))
    docs = [d for d in store.documents() if d["id"] in set(report.imports.imported + report.imports.duplicates)]
    todo = [d for d in docs if d["status"] != "scanned"]
    total = sum(len(store.unscanned_pages(d["id"])) for d in todo)
    step = page_counter(progress, total)
    with DetectorPool(workers=workers, model=settings.get(store, settings.SPACY_MODEL)) as pool:
        for d in todo:
            scan_claimed(store, d, pool, step, report)
    report.pages = sum(d["pages"] for d in docs)
    return report


def scan_claimed(store: ScanStore, doc_row: dict, pool: DetectorPool | None, step: Progress | None, report: ScanReport,
                 page_order: list[int] | None = None) -> None:
    """Detect one stored document if no other process is detecting it now (then it is reported as
    busy); a failure marks the document failed with a one-line reason in `report.failed`, and the
    claim is always released. The command line's scan and the window's detection process both use it."""
    doc_id = doc_row["id"]
    claimed, holder = store.claim_document(doc_id)
    if not claimed:
        report.busy.append((doc_row["name"], holder))
        return
    if _finished_by_another(store, doc_row):
        store.release_document(doc_id)
        return
    try:
        report.findings.update(scan_document(store, doc_id, pool=pool, progress=step, page_order=page_order))
        report.scanned.append(doc_id)
    except Exception as exc:  # one document must never stop the others
        if store_failure(exc):  # but the store failing stops them all
            raise
        reason = exc.reason if isinstance(exc, PdfError) else (
            f"{doc_row['name']}: cannot be scanned ({type(exc).__name__}: {exc})".splitlines()[0])
        store.set_document_status(doc_id, "failed", reason)
        report.failed.append((doc_row["path"], reason))
    finally:
        store.release_document(doc_id)
