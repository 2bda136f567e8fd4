"""`clearance scan --engine ray` into a store: the cluster detects, the local scan code writes.

The files are imported as the local scan imports them (same checks, same per-file failures), the
pages not yet scanned are sent to Ray as the texts the import read (no PDF leaves this machine), and each page's detection results go into the store's
detection cache as they arrive. When a document's last page is in, the local `scan_document`
runs over it and finds every page in the cache: findings, signatures, parties and propagated names
are written by exactly the code the local pool's results go through. A rerun skips what is stored.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from contextlib import closing
from pathlib import Path

from desktop.core import settings
from desktop.core.cluster.engine import RayOptions, detect_pages
from desktop.core.cluster.rows import EMPTY, HEADER
from desktop.core.detect import detector_version
from desktop.core.scan.documents import Progress, ScanReport, import_paths, scan_document
from desktop.core.store.areas import DocumentsStore, ImportStore


class DetectionMissing(Exception):
    """A page reached the store step without detection results in the cache."""


class CachedOnly:
    """A detector pool that never detects: every page must already be in the detection cache, so
    storing results from elsewhere can never fall back to running the model on this machine."""

    def detect(self, pages: Iterable[tuple[int, str]]) -> Iterator[tuple[int, list[dict]]]:
        numbers = [n for n, _text in pages]
        if numbers:
            raise DetectionMissing(f"no detection results for page(s) {', '.join(str(n + 1) for n in numbers)}")
        yield from ()


def pages_to_detect(store: DocumentsStore, doc_id: int, version: str) -> list[int]:
    """Unscanned pages of a document whose text has no cached results for this detector."""
    return [r["number"] for r in store.page_rows(doc_id)
            if not r["scanned"] and store.cached_detection(r["text_hash"], version) is None]


def scan_paths_ray(store: ImportStore, paths: Iterable[Path], options: RayOptions, progress: Progress | None = None,
                   notice: Callable[[str], None] | None = None) -> ScanReport:
    """Import, detect on Ray, and store every imported or unfinished document as the local scan does.
    `notice` hears of a detection actor lost on the way (the scan goes on with the others)."""
    report = ScanReport(imports=import_paths(store, paths))
    wanted_ids = set(report.imports.imported + report.imports.duplicates)
    docs = [d for d in store.documents() if d["id"] in wanted_ids]
    run = _StoreRun(store, report, [d for d in docs if d["status"] != "scanned"], progress)
    for doc in [d for sha, d in run.todo.items() if sha not in run.wanted]:  # every page already cached
        run.finish(doc)
    with closing(detect_pages(run.page_rows(), run.model, options, notice)) as rows:
        for row in rows:
            run.take(row)
    run.report_missing()
    report.pages = sum(d["pages"] for d in docs)
    return report


class _StoreRun:
    """The state of one store-mode run: which pages are still out, and the progress count."""

    def __init__(self, store, report: ScanReport, todo: list[dict], progress: Progress | None):
        self.store, self.report, self.progress = store, report, progress
        self.todo = {d["sha256"]: d for d in todo}
        self.model = settings.get(store, settings.SPACY_MODEL)
        self.version = detector_version(self.model)
        self.wanted = {sha: pages for sha, d in self.todo.items()
                       if (pages := pages_to_detect(store, d["id"], self.version))}
        self.remaining = {sha: len(pages) for sha, pages in self.wanted.items()}
        self.hashes = {sha: {r["number"]: r["text_hash"] for r in store.page_rows(self.todo[sha]["id"])}
                       for sha in self.wanted}
        self.failed: set[str] = set()
        self.total = sum(len(store.unscanned_pages(d["id"])) for d in todo)
        self.done = 0

    def page_rows(self) -> Iterator[dict]:
        """The pages still to detect, with the text the import read, one document at a time."""
        for sha, numbers in self.wanted.items():
            doc = self.todo[sha]
            stored = {r["number"]: r for r in self.store.page_rows(doc["id"])}
            for n in numbers:
                yield {**EMPTY, "path": doc["path"], "name": doc["name"], "sha256": sha, "pages": doc["pages"],
                       "page": n, "text": stored[n]["text"], "text_hash": stored[n]["text_hash"]}

    def step(self, _n: int, _total: int, message: str) -> None:
        self.done += 1
        if self.progress:
            self.progress(self.done, self.total, message)

    def fail(self, path: str, reason: str, sha: str = "") -> None:
        self.failed.add(sha)
        self.report.imports.failed.append((path, reason))

    def take(self, row: dict) -> None:
        """One result row: cache a page's results, and store its document once all its pages are in."""
        sha, doc = row["sha256"], self.todo.get(row["sha256"])
        if doc is None or sha not in self.remaining:
            self.fail(row["path"], row["error"] or f"{row['name']}: the file changed since it was imported; "
                      "import it again")
        elif row["error"]:
            self.fail(doc["path"], row["error"], sha)
        elif row["page"] != HEADER and row["text_hash"] != self.hashes[sha].get(row["page"]):
            self.fail(doc["path"], f"{doc['name']}: page {row['page'] + 1} reads differently on the cluster than "
                      "here (install the same Clearance, PyMuPDF and Tesseract there)", sha)
        elif row["page"] != HEADER:
            if row["detector"] != self.version:
                raise DetectionMissing(f"the cluster runs detector {row['detector']}, this store {self.version}: "
                                       "install the same Clearance version and spaCy model on every node")
            self.store.cache_detection(row["text_hash"], self.version, json.loads(row["results"]))
            self.remaining[sha] -= 1
            if self.remaining[sha] == 0 and sha not in self.failed:
                self.finish(doc)

    def finish(self, doc: dict) -> None:
        try:
            self.report.findings.update(scan_document(self.store, doc["id"], pool=CachedOnly(), progress=self.step))
            self.report.scanned.append(doc["id"])
        except DetectionMissing as exc:
            self.fail(doc["path"], f"{doc['name']}: {exc}", doc["sha256"])

    def report_missing(self) -> None:
        for sha, left in self.remaining.items():
            if left and sha not in self.failed:
                self.fail(self.todo[sha]["path"], f"{self.todo[sha]['name']}: {left} page(s) never came back "
                          "from the cluster; scan it again", sha)
