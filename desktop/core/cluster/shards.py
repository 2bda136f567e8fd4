"""Detection results as Parquet shards, and loading them into a store on another machine.

`scan --engine ray --out DIR` writes a shard as soon as a document is finished (at most one shard
per FLUSH_SECONDS, so a large corpus does not become a file per document), and the pages of a
document still under way at least every HOLD_SECONDS; whatever is in hand is written when the run
stops, cut short or not. Each shard is written to a temporary name, then renamed, so a killed run
leaves whole shards only. A rerun reads DIR, skips every file whose pages are all there, and sends
only the missing pages of a file that is partly there. A shard holds per file a header row (path, name,
sha256, page count, or the reason it failed) and per page its text hash and detection results:
no page text and no PDF. `import-findings DIR` imports each finished file from this machine's disk
(matched by sha256) and stores it with the local scan code, which finds every page in the cache.
"""

from __future__ import annotations

import json
import os
import time
from collections import Counter
from collections.abc import Callable, Iterable
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path

from desktop.core import settings
from desktop.core.cluster import INSTALL_HINT, ClusterUnavailable
from desktop.core.cluster.engine import RayOptions, detect_files
from desktop.core.cluster.rows import EMPTY, HEADER
from desktop.core.cluster.scan import CachedOnly, DetectionMissing
from desktop.core.cluster.shardcheck import (
    ShardCheckError,
    check_digest,
    check_pages,
    check_row,
    check_within_text,
    same_page,
    spans,
    write_digest,
)
from desktop.core.detect import detector_version
from desktop.core.pdf import sha256_bytes
from desktop.core.scan.documents import (
    ImportReport,
    Progress,
    ScanReport,
    import_paths,
    page_counter,
    pdf_files,
    scan_document,
)
from desktop.core.store.areas import ScanStore

COLUMNS = [c for c in EMPTY if c not in ("text", "skipped")]
FLUSH_ROWS = 512  # rows per shard, at most
FLUSH_SECONDS = 2.0  # between shards written for finished documents, at least
HOLD_SECONDS = 30.0  # a detected page waits this long at most for its document to finish


class ShardError(Exception):
    """Shards that cannot be loaded into this store; one line for people."""


@dataclass
class ShardDoc:
    header: dict
    pages: dict[int, dict] = field(default_factory=dict)

    @property
    def complete(self) -> bool:
        return not self.header["error"] and len(self.pages) == self.header["pages"]


@dataclass
class ShardScanReport:
    detected: list[str] = field(default_factory=list)  # paths of files now complete in DIR
    already: list[str] = field(default_factory=list)  # complete in DIR before this run
    failed: list[tuple[str, str]] = field(default_factory=list)
    pages: int = 0
    results: Counter = field(default_factory=Counter)  # detection results by entity type


def _pyarrow():
    try:
        import pyarrow
        import pyarrow.parquet
    except ImportError as exc:
        raise ClusterUnavailable(f"Parquet shards need pyarrow, which is not installed: {INSTALL_HINT}") from exc
    return pyarrow


def read_shards(folder: Path) -> dict[str, ShardDoc]:
    """Every file in the shards of `folder` by sha256 (failed files by path), pages deduplicated;
    each shard checked against its digest and each row checked (`shardcheck`), else ShardError."""
    try:
        return _read_checked(folder)
    except ShardCheckError as exc:
        raise ShardError(f"{exc}; nothing was imported") from None


def _read_checked(folder: Path) -> dict[str, ShardDoc]:
    pa = _pyarrow()
    docs: dict[str, ShardDoc] = {}
    for shard in sorted(Path(folder).glob("*.parquet")):
        try:
            check_digest(shard)
            rows = pa.parquet.read_table(shard).to_pylist()
        except (OSError, ValueError, pa.ArrowException) as exc:  # a cut or foreign file: named, nothing loaded
            raise ShardError(f"{shard}: not a readable findings shard ({str(exc).splitlines()[0]}); "
                             "nothing was imported") from exc
        if rows and not set(COLUMNS) <= set(rows[0]):
            raise ShardError(f"{shard}: not a findings shard (its columns are not the ones `scan --out` "
                             "writes); nothing was imported")
        for row in rows:
            check_row(shard, row, HEADER)
            key = row["sha256"] or row["path"]
            if row["page"] == HEADER:
                docs.setdefault(key, ShardDoc(row)).header = row
                continue
            doc = docs.setdefault(key, ShardDoc({**row, "page": HEADER, "error": ""}))
            if row["page"] in doc.pages:
                same_page(shard, doc.pages[row["page"]], row)
            doc.pages[row["page"]] = row
    for doc in docs.values():
        if not doc.header["error"]:
            check_pages(folder, doc.header["name"], doc.header["pages"], doc.pages)
    return docs


class ShardWriter:
    def __init__(self, folder: Path):
        self.pa = _pyarrow()
        self.folder = Path(folder)  # made with the first shard: a scan that never started leaves nothing
        self.rows: list[dict] = []
        self.prefix = f"part-{time.strftime('%Y%m%dT%H%M%S')}-{os.getpid()}"
        self.count = 0
        self.last = self.oldest = 0.0  # when the last shard was written; when the oldest row in hand came
        self.done_in_hand = False  # a finished document waits in hand (a shard was written just before)

    def add(self, row: dict, finished: bool = False) -> None:
        """A row; `finished` when it completes its document (its last page, or a header of a failed
        or skipped file), which writes what is in hand unless a shard was written just now."""
        now = time.monotonic()
        if not self.rows:
            self.oldest = now
        self.rows.append({c: row[c] for c in COLUMNS})
        self.done_in_hand = self.done_in_hand or finished
        due = self.done_in_hand or now - self.oldest >= HOLD_SECONDS
        if len(self.rows) >= FLUSH_ROWS or (due and (not self.count or now - self.last >= FLUSH_SECONDS)):
            self.flush()

    def flush(self) -> None:
        if not self.rows:
            return
        self.last, self.done_in_hand = time.monotonic(), False
        self.folder.mkdir(parents=True, exist_ok=True)
        final = self.folder / f"{self.prefix}-{self.count:05d}.parquet"
        tmp = final.with_suffix(".tmp")
        self.pa.parquet.write_table(self.pa.Table.from_pylist(self.rows), tmp)
        write_digest(tmp, final.name)  # before the shard has its name: a named shard always has its digest
        os.replace(tmp, final)
        self.rows, self.count = [], self.count + 1


def scan_to_shards(paths: Iterable[Path], folder: Path, options: RayOptions, model: str | None = None,
                   progress: Progress | None = None, notice: Callable[[str], None] | None = None) -> ShardScanReport:
    """Detect every file on Ray and write the results as shards in `folder` as documents finish;
    files whose pages are all there already are read (to know them by content) but not sent, and of
    a file partly there only the missing pages are detected."""
    report = ShardScanReport()
    files = pdf_files(paths)
    before = read_shards(folder) if Path(folder).is_dir() else {}
    done = {sha for sha, doc in before.items() if doc.complete}
    partial = {sha: [n for n in range(doc.header["pages"]) if n not in doc.pages]
               for sha, doc in before.items() if not doc.header["error"] and not doc.complete and doc.pages}
    known_failures = {(d.header["path"], d.header["error"]) for d in before.values() if d.header["error"]}
    writer, total, count = ShardWriter(folder), 0, 0
    left: dict[str, int] = {}
    try:
        with closing(detect_files(files, model, options, wanted=partial, skip=frozenset(done), notice=notice)) as rows:
            for row in rows:
                if row["skipped"]:
                    report.already.append(row["path"])
                    continue
                sha = row["sha256"]
                finished = bool(row["error"])
                if row["error"]:
                    report.failed.append((row["path"], row["error"]))
                elif row["page"] == HEADER:
                    todo = len(partial[sha]) if sha in partial else row["pages"]
                    total += todo
                    report.pages += row["pages"]
                    left[sha] = left.get(sha, 0) + todo
                    finished = left[sha] == 0
                else:
                    report.results.update(r["entity_type"] for r in json.loads(row["results"]))
                    count += 1
                    left[sha] -= 1
                    finished = left[sha] == 0
                    if finished:
                        report.detected.append(row["path"])
                    if progress:
                        progress(count, max(total, count), f"{row['name']} page {row['page'] + 1}")
                if (row["path"], row["error"]) not in known_failures:  # a file that failed before is not written twice
                    writer.add(row, finished)
    finally:  # an interrupted or failed run keeps every result it received
        writer.flush()
    return report


def import_shards(store: ScanStore, folder: Path, pdf_dirs: Iterable[Path] = (), progress: Progress | None = None) -> ScanReport:
    """Load the finished files of `folder` into the store; a second import changes nothing."""
    docs = read_shards(folder)
    if not docs:
        raise ShardError(f"{folder}: no findings shards (*.parquet) here; give the folder `scan --out` wrote")
    version = detector_version(settings.get(store, settings.SPACY_MODEL))
    other = {p["detector"] for d in docs.values() for p in d.pages.values()} - {version}
    if other:
        raise ShardError(f"{folder}: detected with {', '.join(sorted(other))}, but this store uses {version}; "
                         "set the same spaCy model or scan again")
    report = ScanReport(imports=ImportReport())
    finder = _PdfFinder(pdf_dirs)
    todo = [d for d in docs.values() if d.complete]
    total = sum(len(d.pages) for d in todo)
    for doc in sorted(docs.values(), key=lambda d: d.header["path"]):
        h = doc.header
        if h["error"]:
            report.imports.failed.append((h["path"], h["error"]))
        elif not doc.complete:
            report.imports.failed.append((h["path"], f"{h['name']}: {len(doc.pages)} of {h['pages']} pages in "
                                          f"{folder}; run the scan with --out {folder} again"))
    step = page_counter(progress, total)
    for doc in sorted(todo, key=lambda d: d.header["path"]):
        _import_one(store, doc, finder, version, report, step)
    return report


def _import_one(store: ScanStore, doc: ShardDoc, finder: _PdfFinder, version: str, report: ScanReport, step) -> None:
    h = doc.header
    path = finder.find(Path(h["path"]), h["sha256"])
    if path is None:
        report.imports.failed.append((h["path"], f"{h['name']}: not on this machine at that path; name the "
                                      "folder that holds it with --pdfs"))
        return
    imported = import_paths(store, [path])
    report.imports.ocr_pages += imported.ocr_pages
    report.imports.ocr_confidences += imported.ocr_confidences
    report.imports.flagged += imported.flagged
    if imported.failed:
        report.imports.failed.extend(imported.failed)
        return
    [doc_id] = imported.imported + imported.duplicates
    row = store.document(doc_id)
    report.pages += row["pages"]
    if row["status"] == "scanned":
        report.imports.duplicates.append(doc_id)
        return
    report.imports.imported.append(doc_id)
    stored = {r["number"]: r for r in store.page_rows(doc_id)}
    differ = [n + 1 for n, p in doc.pages.items() if stored[n]["text_hash"] != p["text_hash"]]
    if differ:
        report.imports.failed.append((str(path), f"{h['name']}: page(s) {', '.join(map(str, differ))} read "
                                      "differently here than on the cluster (another PyMuPDF version?)"))
        return
    try:
        results = {n: spans(Path(h["path"]), page) for n, page in doc.pages.items()}
        for n, found in results.items():
            check_within_text(Path(h["path"]).parent, h["name"], n, found, stored[n]["text"])
    except ShardCheckError as exc:
        raise ShardError(f"{exc}; nothing more was imported") from None
    with store.atomic():
        for n, page in doc.pages.items():
            if not stored[n]["scanned"]:
                store.cache_detection(page["text_hash"], version, results[n])
    try:
        report.findings.update(scan_document(store, doc_id, pool=CachedOnly(), progress=step))
        report.scanned.append(doc_id)
    except DetectionMissing as exc:
        report.imports.failed.append((str(path), f"{h['name']}: {exc}"))


class _PdfFinder:
    """A file by its recorded path if its bytes still match, else by sha256 under the given folders."""

    def __init__(self, folders: Iterable[Path]):
        self.folders = list(folders)
        self._index: dict[str, Path] | None = None

    def find(self, recorded: Path, sha256: str) -> Path | None:
        if recorded.is_file() and sha256_bytes(recorded.read_bytes()) == sha256:
            return recorded
        if self._index is None:
            self._index = {sha256_bytes(p.read_bytes()): p for p in pdf_files(self.folders) if p.is_file()}
        return self._index.get(sha256)
