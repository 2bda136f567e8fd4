"""Find in a review: every occurrence of a text in the document, stepping through them, redacting them all."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.core.model import EntityType, Finding, Status
from desktop.core.text.terms import term_regex


@dataclass(frozen=True)
class Hit:
    page: int
    start: int
    end: int
    text: str


class FindInDocument:
    """Mixed into ReviewSession (which provides store, doc_id, document, findings, current,
    page_text and _add_manual)."""

    def find_text(self, query: str) -> list[Hit]:
        """Every occurrence of `query` in the document, ignoring case and runs of whitespace."""
        pattern = term_regex(query, whole_words=False)
        if pattern is None:
            return []
        hits = []
        for number, text in self._page_texts():
            hits += [Hit(number, m.start(), m.end(), m.group()) for m in pattern.finditer(text)]
        return hits

    def find(self, query: str) -> Hit | None:
        """Remember the hits of `query` and go to the first one on or after the cursor's page."""
        self.query, self.hits = query, self.find_text(query)
        page = self.current.page if self.current else 0
        self.hit_index = next((i for i, h in enumerate(self.hits) if h.page >= page), 0) if self.hits else -1
        return self.hit

    @property
    def hit(self) -> Hit | None:
        return self.hits[self.hit_index] if 0 <= self.hit_index < len(self.hits) else None

    def step_hit(self, step: int) -> Hit | None:
        if self.hits:
            self.hit_index = (self.hit_index + step) % len(self.hits)
        return self.hit

    def _page_texts(self) -> list[tuple[int, str]]:
        rows = self.store.page_rows(self.doc_id)
        if rows:
            return [(r["number"], r["text"]) for r in rows]
        return [(n, self.page_text(n).text) for n in range(self.document["pages"])]

    def redact_all_hits(self, query: str, entity_type: str = EntityType.OTHER) -> int:
        """Confirm the findings that cover each hit and add manual redactions for the rest."""
        return self.redact_hits(self.find_text(query), entity_type, query)

    def redact_hits(self, hits: list[Hit], entity_type: str = EntityType.OTHER, query: str = "") -> int:
        """Redact the given hits (those the reviewer kept ticked) as one undoable group."""
        query = query or self.query
        confirm, new = [], []
        for h in hits:
            covering = [f for f in self.findings if f.page == h.page and f.start <= h.start and f.end >= h.end]
            if covering:
                confirm += [f for f in covering if f.status != Status.CONFIRMED]
            else:
                boxes = self.page_text(h.page).span_boxes(h.start, h.end)
                new.append(Finding(h.page, h.start, h.end, entity_type, h.text, boxes, recognizer="reviewer",
                                   explanation={"find": query}))
        if new or confirm:
            self._add_manual(new, confirm)
        return len(hits)
