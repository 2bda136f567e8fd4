"""Manual redactions of a review: a keyboard word selection, a rectangle drawn with the mouse."""

from __future__ import annotations

import uuid

from desktop.core.model import EntityType, Finding, Rect, Status
from desktop.core.review.errors import ReviewError
from desktop.core.review.selection import WordSelection

MIN_BOX = 1.0  # points; a box is never smaller than this


class ManualRedactions:
    """Mixed into ReviewSession (which provides store, doc_id, findings, page_text, reload, _move,
    _index_of, _undo, _redo and current)."""

    def add_manual(self, page: int, start: int, end: int, entity_type: str = EntityType.OTHER) -> Finding:
        """Redact characters start..end of a page's text (a keyboard word selection)."""
        text = self.page_text(page)
        boxes = text.span_boxes(start, end)
        if end <= start or not boxes:
            raise ReviewError("the selection holds no text")
        return self._add_manual([Finding(page, start, end, entity_type, text.text[start:end], boxes,
                                         recognizer="reviewer")])[0]

    def add_manual_box(self, page: int, rect: Rect, entity_type: str = EntityType.OTHER) -> Finding:
        """Redact a rectangle drawn with the mouse (an image, a signature, or text)."""
        x0, y0, x1, y1 = rect
        rect = (min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1))
        if rect[2] - rect[0] < MIN_BOX or rect[3] - rect[1] < MIN_BOX:
            raise ReviewError("the box is too small")
        covered = ""
        if self._page_text is not None:
            pt = self.page_text(page)
            covered = "".join(pt.text[i] for i in pt.chars_in_rect(rect))
        return self._add_manual([Finding(page, -1, -1, entity_type, covered, (rect,), recognizer="reviewer")])[0]

    def _add_manual(self, new: list[Finding], confirm: list[Finding] = ()) -> list[Finding]:
        """Create manual findings (and confirm existing ones) as one committed, undoable group."""
        group = uuid.uuid4().hex
        with self.store.atomic():
            ids = [self.store.add_manual_finding(self.doc_id, f, group_id=group) for f in new]
            if confirm:
                self.store.decide([(f.id, {"status": Status.CONFIRMED}) for f in confirm], "find-redact", group)
        self._push_undo(group)
        self.reload()
        if ids:
            self._move(self._index_of(ids[0]))
        return [self.store.finding(i) for i in ids]

    def start_selection(self, page: int) -> WordSelection:
        """Begin a keyboard selection on `page`, after the current finding if it is on that page."""
        near = self.current.end if self.current and self.current.page == page and self.current.end > 0 else 0
        self.selection = WordSelection(self.page_text(page), near)
        return self.selection

    def redact_selection(self) -> Finding:
        if self.selection is None:
            raise ReviewError("nothing is selected")
        sel, self.selection = self.selection, None
        return self.add_manual(sel.page.number, *sel.span)
