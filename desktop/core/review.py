"""ReviewSession: a cursor over one document's findings; every decision is committed before returning."""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Callable
from dataclasses import dataclass

from desktop.core.explain import likely_party
from desktop.core.model import EntityType, Finding, Rect, Status
from desktop.core.pdf import PageText
from desktop.core.selection import WordSelection

REMOVED = "removed"  # an undone manual redaction: kept for the record, hidden from review
DECIDED = (Status.CONFIRMED, Status.REJECTED)
RESUME_KEY = "review.current"
SHOW_SUPPRESSED_KEY = "review.show_suppressed"  # "1": list the candidates detection suppressed too
MIN_BOX = 1.0  # points; a box never shrinks below this


def normalize_text(text: str) -> str:
    """Case- and whitespace-insensitive key of a finding's text, for 'all occurrences'."""
    return " ".join(text.split()).casefold()


@dataclass(frozen=True)
class Hit:
    page: int
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Progress:
    document_decided: int
    document_total: int
    queue_decided: int
    queue_total: int


class ReviewError(Exception):
    """A review action that cannot be done now; one line for the status bar."""


class ReviewSession:
    """Ordered findings of one document (page, then reading order) and the reviewer's cursor.

    `page_text(n)` returns the PageText (with character boxes) of page n; it is needed only to make
    manual redactions and find-hits into boxes.
    """

    def __init__(self, store, doc_id: int, page_text: Callable[[int], PageText] | None = None):
        self.store = store
        self.doc_id = doc_id
        self.document = store.document(doc_id)
        if self.document is None:
            raise ReviewError(f"no document {doc_id} in the store")
        self._page_text = page_text
        self.findings: list[Finding] = []
        self.index = -1
        self.box_index = 0
        self._undo: list[str] = []
        self._redo: list[str] = []
        self.selection: WordSelection | None = None  # keyboard word selection in progress
        self.query = ""  # the last find
        self.hits: list[Hit] = []
        self.hit_index = -1
        # Called instead of saving at once when the cursor moves: a window coalesces the saves of a
        # run of key presses into one write (a move is no decision; decisions are committed at once).
        self.on_move: Callable[[], None] | None = None
        self.reload()
        self._restore_position()

    # --- reading ----------------------------------------------------------------------------------

    def reload(self) -> None:
        """Re-read the findings (new ones stream in while detection runs), keeping the cursor."""
        current = self.current.id if self.current else None
        hidden = {REMOVED} if self.show_suppressed else {REMOVED, Status.SUPPRESSED}
        # likely parties first (one decision with A covers a name everywhere), then reading order
        self.findings = sorted((f for f in self.store.findings(self.doc_id) if f.status not in hidden),
                               key=lambda f: not likely_party(f))
        self._by_page: dict[int, list[Finding]] = {}
        for f in sorted(self.findings, key=lambda f: f.page):
            self._by_page.setdefault(f.page, []).append(f)
        self.index = self._index_of(current) if current is not None else (0 if self.findings else -1)
        if self.index < 0 and self.findings:
            self.index = 0

    @property
    def show_suppressed(self) -> bool:
        return self.store.setting(SHOW_SUPPRESSED_KEY) == "1"

    def toggle_suppressed(self) -> bool:
        """Show or hide suppressed candidates (a setting of the store); returns whether they show."""
        self.store.set_setting(SHOW_SUPPRESSED_KEY, "" if self.show_suppressed else "1")
        self.reload()
        return self.show_suppressed

    def _index_of(self, finding_id: int) -> int:
        return next((i for i, f in enumerate(self.findings) if f.id == finding_id), -1)

    @property
    def current(self) -> Finding | None:
        return self.findings[self.index] if 0 <= self.index < len(self.findings) else None

    def on_page(self, page: int) -> list[Finding]:
        return self._by_page.get(page, [])

    def page_text(self, page: int) -> PageText:
        if self._page_text is None:
            raise ReviewError("the page text of this document is not available")
        return self._page_text(page)

    def progress(self) -> Progress:
        counts = self.store.finding_counts()

        def tally(c: dict) -> tuple[int, int]:
            return sum(c.get(s, 0) for s in DECIDED), sum(n for s, n in c.items() if s != REMOVED)

        doc = tally(counts.get(self.doc_id, {}))
        queue = [tally(c) for c in counts.values()]
        return Progress(doc[0], doc[1], sum(q[0] for q in queue), sum(q[1] for q in queue))

    # --- moving -----------------------------------------------------------------------------------

    def go_to(self, finding_id: int) -> Finding | None:
        i = self._index_of(finding_id)
        if i >= 0:
            self._move(i)
        return self.current

    def next(self) -> Finding | None:
        return self._move(min(self.index + 1, len(self.findings) - 1))

    def prev(self) -> Finding | None:
        return self._move(max(self.index - 1, 0))

    def first(self) -> Finding | None:
        return self._move(0)

    def next_open(self) -> Finding | None:
        """The next proposed finding after the cursor, wrapping around the document."""
        n = len(self.findings)
        for step in range(1, n + 1):
            i = (self.index + step) % n
            if self.findings[i].status == Status.PROPOSED:
                return self._move(i)
        return self.current

    def first_on_page(self, page: int) -> Finding | None:
        """Move to the first finding on `page` or, if it has none, the first one after it."""
        after = [(f.page, f.start, i) for i, f in enumerate(self.findings) if f.page >= page]
        return self._move(min(after)[2]) if after else self.current

    def next_box(self) -> None:
        if self.current and self.current.boxes:
            self.box_index = (self.box_index + 1) % len(self.current.boxes)

    def _move(self, index: int) -> Finding | None:
        if not self.findings:
            return None
        if index != self.index:
            self.index = index
            self.box_index = 0
            if self.on_move is not None:
                self.on_move()
            else:
                self.save_position()
        return self.current

    def save_position(self) -> None:
        fid = self.current.id if self.current else None
        with self.store.atomic():  # one commit for both keys
            self.store.set_setting(RESUME_KEY, json.dumps({"document": self.doc_id, "finding": fid}))
            self.store.set_setting(f"review.finding.{self.doc_id}", json.dumps(fid))

    def _restore_position(self) -> None:
        saved = self.store.setting(f"review.finding.{self.doc_id}")
        fid = json.loads(saved) if saved else None
        if fid is not None and self._index_of(fid) >= 0:
            self.index = self._index_of(fid)

    # --- deciding ---------------------------------------------------------------------------------

    def _decide(self, changes: list[tuple[Finding, dict]], action: str) -> str | None:
        """Commit the changes that change something as one undoable group; refresh the local copies."""
        real = [(f.id, after) for f, after in changes
                if any(_field(f, k) != v for k, v in after.items())]
        if not real:
            return None
        group = self.store.decide(real, action)
        self._undo.append(group)
        self._redo.clear()
        self._refresh({fid for fid, _ in real})
        return group

    def _refresh(self, ids: set[int]) -> None:
        for i, f in enumerate(self.findings):
            if f.id in ids:
                self.findings[i] = self.store.finding(f.id)

    def _require_current(self) -> Finding:
        if self.current is None:
            raise ReviewError("no finding selected")
        return self.current

    def accept(self) -> str | None:
        return self._decide([(self._require_current(), {"status": Status.CONFIRMED})], "accept")

    def reject(self) -> str | None:
        return self._decide([(self._require_current(), {"status": Status.REJECTED})], "reject")

    def set_status_all_same_text(self, status: str, scope: str = "document") -> str | None:
        """Decide every still-open occurrence of the current finding's text (and the current one).

        Occurrences a reviewer already decided keep their decision.
        """
        here = self._require_current()
        key = normalize_text(here.text)
        if scope == "document":
            pool = self.findings
        elif scope == "queue":
            pool = [f for d in self.store.documents() for f in self.store.findings(d["id"])]
        else:
            raise ValueError(f"unknown scope {scope!r}")
        targets = [f for f in pool if f.id == here.id or
                   (f.status == Status.PROPOSED and normalize_text(f.text) == key)]
        action = ("accept-all" if status == Status.CONFIRMED else "reject-all") + f"-{scope}"
        return self._decide([(f, {"status": status}) for f in targets], action)

    def accept_all_same_text(self, scope: str = "document") -> str | None:
        return self.set_status_all_same_text(Status.CONFIRMED, scope)

    def reject_all_same_text(self, scope: str = "document") -> str | None:
        return self.set_status_all_same_text(Status.REJECTED, scope)

    def set_type(self, entity_type: str) -> str | None:
        EntityType(entity_type)  # refuse unknown types
        return self._decide([(self._require_current(), {"entity_type": entity_type})], "type")

    def _change_box(self, change: Callable[[list[float]], list[float]]) -> str | None:
        f = self._require_current()
        if not f.boxes:
            raise ReviewError("this finding has no box")
        boxes = [list(b) for b in f.boxes]
        i = min(self.box_index, len(boxes) - 1)
        boxes[i] = [round(v, 2) for v in change(boxes[i])]
        return self._decide([(f, {"boxes": boxes})], "box")

    def move_box(self, dx: float, dy: float) -> str | None:
        return self._change_box(lambda b: [b[0] + dx, b[1] + dy, b[2] + dx, b[3] + dy])

    def resize_box(self, dw: float, dh: float) -> str | None:
        return self._change_box(lambda b: [b[0], b[1], max(b[2] + dw, b[0] + MIN_BOX),
                                           max(b[3] + dh, b[1] + MIN_BOX)])

    # --- manual redactions ------------------------------------------------------------------------

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
        self._undo.append(group)
        self._redo.clear()
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

    # --- find -------------------------------------------------------------------------------------

    def find_text(self, query: str) -> list[Hit]:
        """Every occurrence of `query` in the document, ignoring case and runs of whitespace."""
        words = query.split()
        if not words:
            return []
        pattern = re.compile(r"\s+".join(re.escape(w) for w in words), re.IGNORECASE)
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
        hits = self.find_text(query)
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

    # --- undo -------------------------------------------------------------------------------------

    @property
    def can_undo(self) -> bool:
        return bool(self._undo)

    @property
    def can_redo(self) -> bool:
        return bool(self._redo)

    def _group(self, group: str) -> list[dict]:
        return [d for d in self.store.decisions() if d["group_id"] == group]

    def undo(self) -> str | None:
        """Revert the last decision group with a new 'undo' decision group (history is never erased)."""
        if not self._undo:
            return None
        group = self._undo.pop()
        changes = [(d["finding_id"], _undo_values(d["before"])) for d in reversed(self._group(group))]
        self.store.decide(changes, "undo")
        self._redo.append(group)
        self._after_history([fid for fid, _ in changes])
        return group

    def redo(self) -> str | None:
        if not self._redo:
            return None
        group = self._redo.pop()
        changes = [(d["finding_id"], d["after"]) for d in self._group(group)]
        self.store.decide(changes, "redo")
        self._undo.append(group)
        self._after_history([fid for fid, _ in changes])
        return group

    def _after_history(self, finding_ids: list[int]) -> None:
        self.reload()
        visible = [fid for fid in finding_ids if self._index_of(fid) >= 0]
        if visible:
            self._move(self._index_of(visible[0]))
        elif self.findings:
            self._move(min(max(self.index, 0), len(self.findings) - 1))


def _field(f: Finding, name: str):
    value = getattr(f, name)
    return [list(b) for b in value] if name == "boxes" else value


def _undo_values(before: dict) -> dict:
    # A creation's "before" is absence; undoing it hides the finding rather than deleting the row.
    return {k: (REMOVED if k == "status" and v == "absent" else v) for k, v in before.items()}


def resume_point(store) -> tuple[int, int | None] | None:
    """(document id, finding id) where the reviewer last was, if that document still exists."""
    saved = store.setting(RESUME_KEY)
    if not saved:
        return None
    data = json.loads(saved)
    if store.document(data.get("document", -1)) is None:
        return None
    return data["document"], data.get("finding")
