"""The page source's texts kept between runs (see desktop.core.pdf.pagetexts): a cache, in no chain."""

from __future__ import annotations


class PageTextsMixin:
    def cached_page_texts(self, sha256: str, extractor: str) -> dict[int, bytes]:
        """Page number -> stored form of the page texts of one version of a file (empty: none kept)."""
        return {r[0]: r[1] for r in self.db.execute(
            "SELECT number, data FROM page_texts WHERE sha256 = ? AND extractor = ?", [sha256, extractor])}

    def cache_page_texts(self, sha256: str, extractor: str, rows: dict[int, bytes]) -> None:
        """Keep a file's page texts (replacing those an older extractor read). A read-only store keeps
        nothing: the texts are read again next time."""
        if self.read_only:
            return
        with self.atomic():
            self.db.execute("DELETE FROM page_texts WHERE sha256 = ?", [sha256])
            self.db.conn.executemany("INSERT INTO page_texts(sha256, extractor, number, data) VALUES (?, ?, ?, ?)",
                                [(sha256, extractor, n, data) for n, data in sorted(rows.items())])

    def forget_page_texts(self) -> int:
        """Drop every kept page text (they are read again from the files when next needed)."""
        with self.atomic():
            return self.db.execute("DELETE FROM page_texts").rowcount
