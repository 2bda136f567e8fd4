"""Documents and their page texts."""

from __future__ import annotations

import json
from pathlib import Path

from desktop.core.pdf import PageText
from desktop.core.store.base import utc_now


class DocumentsMixin:
    def add_document(self, *, sha256: str, path: str, name: str, pages: int, size: int) -> tuple[int, bool]:
        """Register a file; importing the same bytes again returns the existing id (created=False)."""
        with self.atomic():
            row = self.db.execute("SELECT id FROM documents WHERE sha256 = ?", [sha256]).fetchone()
            if row:
                return row[0], False
            cur = self.db.execute(
                "INSERT INTO documents(sha256, path, name, pages, size, status, added_at) "
                "VALUES (?, ?, ?, ?, ?, 'new', ?)",
                [sha256, path, name, pages, size, utc_now()],
            )
            doc_id = cur.lastrowid
            self.append_audit("document-import", {"document": doc_id, "sha256": sha256, "name": name, "pages": pages})
            return doc_id, True

    def set_document_status(self, doc_id: int, status: str, error: str | None = None) -> None:
        with self.atomic():
            scanned_at = utc_now() if status == "scanned" else None
            self.db.execute(
                "UPDATE documents SET status = ?, error = ?, scanned_at = COALESCE(?, scanned_at) WHERE id = ?",
                [status, error, scanned_at, doc_id],
            )

    def mark_damaged(self, doc_id: int, readable: int) -> None:
        """Only `readable` of the document's pages could be read (see desktop.core.pdf.health)."""
        with self.atomic():
            self.db.execute("UPDATE documents SET readable_pages = ? WHERE id = ?", [readable, doc_id])
            self.append_audit("document-damaged", {"document": doc_id, "readable_pages": readable})

    def relocate_document(self, doc_id: int, path: str) -> None:
        """The same bytes were found at `path` and the stored path no longer exists: follow the move."""
        with self.atomic():
            row = self.db.execute("SELECT path FROM documents WHERE id = ?", [doc_id]).fetchone()
            if row and row[0] != path and not Path(row[0]).exists():
                self.db.execute("UPDATE documents SET path = ? WHERE id = ?", [path, doc_id])
                self.append_audit("document-moved", {"document": doc_id, "from": row[0], "to": path})

    def documents(self) -> list[dict]:
        return list(self.db.query("SELECT * FROM documents ORDER BY id"))

    def document(self, doc_id: int) -> dict | None:
        rows = list(self.db.query("SELECT * FROM documents WHERE id = ?", [doc_id]))
        return rows[0] if rows else None

    def find_document(self, key: str) -> dict | None:
        """A document by id, sha256 (or its prefix), path or file name."""
        if key.isdigit() and (doc := self.document(int(key))):
            return doc
        # A hash prefix is hex only: anything else (%, _) would be a LIKE wildcard matching any document.
        prefix = key.lower() if len(key) >= 8 and all(c in "0123456789abcdef" for c in key.lower()) else None
        rows = list(
            self.db.query(
                "SELECT * FROM documents WHERE substr(sha256, 1, ?) = ? OR path = ? OR name = ? ORDER BY id",
                [len(prefix or ""), prefix or "\x00", key, key],
            )
        )
        return rows[0] if rows else None

    def save_pages(self, doc_id: int, pages: list[PageText]) -> None:
        with self.atomic():
            for p in pages:
                self.db.execute(
                    "INSERT INTO pages(document_id, number, text, text_hash, width, height, ocr_confidence, "
                    "ocr_words, ocr_flag) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
                    "ON CONFLICT(document_id, number) DO NOTHING",
                    [doc_id, p.number, p.text, p.text_hash, p.width, p.height, p.ocr_confidence, p.ocr_words,
                     _ocr_flag(p)],
                )

    def flagged_pages(self, doc_id: int) -> dict[int, str]:
        """Page number -> why a person must look at it (OCR read it poorly or could not run)."""
        return {r[0]: r[1] for r in self.db.execute(
            "SELECT number, ocr_flag FROM pages WHERE document_id = ? AND ocr_flag IS NOT NULL ORDER BY number",
            [doc_id])}

    def page_rows(self, doc_id: int) -> list[dict]:
        return list(self.db.query("SELECT * FROM pages WHERE document_id = ? ORDER BY number", [doc_id]))

    def mark_page_scanned(self, doc_id: int, number: int) -> bool:
        """Mark a page scanned; False if it was already (another scan wrote it first). Called in the
        transaction that writes the page's findings, it is what makes a page's findings written once."""
        with self.atomic():
            return self.db.execute("UPDATE pages SET scanned = 1 WHERE document_id = ? AND number = ? AND scanned = 0",
                                   [doc_id, number]).rowcount == 1

    def unscanned_pages(self, doc_id: int) -> list[int]:
        return [r[0] for r in self.db.execute(
            "SELECT number FROM pages WHERE document_id = ? AND scanned = 0 ORDER BY number", [doc_id])]

    # --- detection cache, keyed by page-text hash and detector version ---------------------------

    def cached_detection(self, text_hash: str, detector: str) -> list[dict] | None:
        row = self.db.execute(
            "SELECT results FROM detection_cache WHERE text_hash = ? AND detector = ?", [text_hash, detector]
        ).fetchone()
        return json.loads(row[0]) if row else None

    def cache_detection(self, text_hash: str, detector: str, results: list[dict]) -> None:
        with self.atomic():
            self.db.execute(
                "INSERT OR REPLACE INTO detection_cache(text_hash, detector, results) VALUES (?, ?, ?)",
                [text_hash, detector, json.dumps(results)],
            )


def _ocr_flag(page) -> str | None:
    if page.ocr_error:
        return page.ocr_error
    if page.low_confidence:
        return f"OCR read this page with {page.ocr_confidence:.0f}% confidence: check it by eye"
    return None
