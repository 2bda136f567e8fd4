"""ReviewSession: a cursor over one document's findings; every decision is committed before returning."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field

from desktop.core import settings
from desktop.core.model import EntityType, Finding, Status
from desktop.core.pdf import PageText
from desktop.core.review.errors import ReviewError
from desktop.core.review.explain import likely_party
from desktop.core.review.find import FindInDocument, Hit
from desktop.core.review.history import REMOVED, DecisionHistory
from desktop.core.review.manual import MIN_BOX, ManualRedactions
from desktop.core.review.quasi import QuasiReview, class_rank
from desktop.core.review.residue import ResidueReview
from desktop.core.review.selection import WordSelection
from desktop.core.store.areas import ClearanceStore, ReviewedDocumentsStore
from desktop.core.text.terms import normalise_text

DECIDED = (Status.CONFIRMED, Status.REJECTED)


@dataclass(frozen=True)
class Progress:
    document_decided: int
    document_total: int
    queue_decided: int
    queue_total: int
    # quasi-identifiers are counted apart: class -> findings still waiting for the class's approval
    classes_pending: dict[str, int] = field(default_factory=dict)


class ReviewSession(ManualRedactions, FindInDocument, DecisionHistory, ResidueReview, QuasiReview):
    """Ordered findings of one document (page, then reading order) and the reviewer's cursor.

    `page_text(n)` returns the PageText (with character boxes) of page n; it is needed only to make
    manual redactions and find-hits into boxes. Quasi-identifiers (dates, amounts, codes, places) are
    listed after the direct findings and approved per class (`approve_classes`): the walk to the next
    undecided finding and every open count leave them out.
    """

    def __init__(self, store: ClearanceStore, doc_id: int, page_text: Callable[[int], PageText] | None = None):
        self.store = store
        self.doc_id = doc_id
        self.document = store.document(doc_id)
        if self.document is None:
            raise ReviewError(f"no document {doc_id} in the store")
        self._page_text = page_text
        self.findings: list[Finding] = []
        self.index = -1
        self.box_index = 0
        self._undo: list[list[str]] = []  # undo steps, each a list of decision groups
        self._redo: list[list[str]] = []
        self._nudging: tuple[int, int] | None = None  # (finding, box) of the nudge run in progress
        self.selection: WordSelection | None = None  # keyboard word selection in progress
        self.query = ""  # the last find
        self.hits: list[Hit] = []
        self.hit_index = -1
        self._class_steps = {}
        self._notes = None
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
        # likely parties first (one decision with A covers a name everywhere), then reading order; the
        # quasi-identifiers last, grouped by class (dates, then amounts, ...): they are approved per
        # class, not walked, and a class reads as one block in the list
        self.findings = sorted((f for f in self.store.findings(self.doc_id) if f.status not in hidden),
                               key=lambda f: (f.identifier == "quasi", class_rank(f.entity_type),
                                              not likely_party(f)))
        self._by_page: dict[int, list[Finding]] = {}
        for f in sorted(self.findings, key=lambda f: f.page):
            self._by_page.setdefault(f.page, []).append(f)
        self.index = self._index_of(current) if current is not None else (0 if self.findings else -1)
        if self.index < 0 and self.findings:
            self.index = 0


    @property
    def show_suppressed(self) -> bool:
        return settings.get(self.store, settings.SHOW_SUPPRESSED)

    def toggle_suppressed(self) -> bool:
        """Show or hide suppressed candidates (a setting of the store); returns whether they show."""
        settings.set(self.store, settings.SHOW_SUPPRESSED, not self.show_suppressed)
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
            # a suppressed candidate awaits no decision: it is not counted unless a reviewer decided it
            return sum(c.get(s, 0) for s in DECIDED), sum(n for s, n in c.items() if s not in (REMOVED, Status.SUPPRESSED))

        doc = tally(counts.get(self.doc_id, {}))
        queue = [tally(c) for c in counts.values()]
        return Progress(doc[0], doc[1], sum(q[0] for q in queue), sum(q[1] for q in queue), self.pending_classes())

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
        """The next proposed direct finding after the cursor, wrapping around the document (a quasi finding
        is decided with its class, never on the way)."""
        n = len(self.findings)
        for step in range(1, n + 1):
            i = (self.index + step) % n
            if self.findings[i].status == Status.PROPOSED and self.findings[i].identifier == "direct":
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
            self._nudging = None
            if self.on_move is not None:
                self.on_move()
            else:
                self.save_position()
        return self.current

    def save_position(self) -> None:
        fid = self.current.id if self.current else None
        with self.store.atomic():  # one commit for both keys
            settings.set(self.store, settings.REVIEW_CURRENT, json.dumps({"document": self.doc_id, "finding": fid}))
            settings.set(self.store, settings.REVIEW_FINDING, json.dumps(fid), self.doc_id)

    def _restore_position(self) -> None:
        saved = settings.get(self.store, settings.REVIEW_FINDING, self.doc_id)
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
        self._push_undo(group, nudge=(real[0][0], self.box_index) if action == "box" else None)
        self._refresh({fid for fid, _ in real})
        return group

    def _refresh(self, ids: set[int]) -> None:
        """Re-read decided findings, in the review order and in the page index the view paints from."""
        fresh = {fid: self.store.finding(fid) for fid in ids}
        pages = {f.page for f in fresh.values()}  # a decision never moves a finding to another page
        for listing in (self.findings, *(self._by_page.get(p, []) for p in pages)):
            for i, f in enumerate(listing):
                if f.id in fresh:
                    listing[i] = fresh[f.id]

    def _require_current(self) -> Finding:
        if self.current is None:
            raise ReviewError("no finding selected")
        return self.current

    def accept(self) -> str | None:
        return self._decide([(self._require_current(), {"status": Status.CONFIRMED})], "accept")

    def reject(self) -> str | None:
        return self._decide([(self._require_current(), {"status": Status.REJECTED})], "reject")

    def decide_and_advance(self, status: str) -> str | None:
        """Decide the current finding, then go to the next undecided one (never to a decided one, so
        walking a page with one key cannot overturn an earlier decision).

        Returns the status the current finding had if this overturned it, else None.
        """
        here = self._require_current()
        changed = self.accept() if status == Status.CONFIRMED else self.reject()
        self.next_open()
        return here.status if changed and here.status in DECIDED else None

    def set_status_all_same_text(self, status: str, scope: str = "document") -> str | None:
        """Decide every still-open occurrence of the current finding's text (and the current one).

        Occurrences a reviewer already decided keep their decision.
        """
        here = self._require_current()
        key = normalise_text(here.text)
        if scope == "document":
            pool = self.findings
        elif scope == "queue":
            pool = [f for d in self.store.documents() for f in self.store.findings(d["id"])]
        else:
            raise ValueError(f"unknown scope {scope!r}")
        targets = [f for f in pool if f.id == here.id or
                   (f.status == Status.PROPOSED and normalise_text(f.text) == key)]
        action = ("accept-all" if status == Status.CONFIRMED else "reject-all") + f"-{scope}"
        return self._decide([(f, {"status": status}) for f in targets], action)

    def accept_all_same_text(self, scope: str = "document") -> str | None:
        return self.set_status_all_same_text(Status.CONFIRMED, scope)

    def reject_all_same_text(self, scope: str = "document") -> str | None:
        return self.set_status_all_same_text(Status.REJECTED, scope)

    def set_type(self, entity_type: str, every: bool = False) -> str | None:
        """Retype the current finding, or with `every` each finding of its text in the document."""
        EntityType(entity_type)  # refuse unknown types
        here = self._require_current()
        key = normalise_text(here.text)
        targets = [f for f in self.findings if f.id == here.id or (every and normalise_text(f.text) == key)]
        return self._decide([(f, {"entity_type": entity_type}) for f in targets], "type-all" if every else "type")

    def _change_box(self, change: Callable[[list[float]], list[float]]) -> str | None:
        f = self._require_current()
        if not f.boxes:
            raise ReviewError("this finding has no box")
        boxes = [list(b) for b in f.boxes]
        i = min(self.box_index, len(boxes) - 1)
        boxes[i] = [round(v, 2) for v in change(boxes[i])]
        return self._decide([(f, {"boxes": boxes, **self._text_under(f, boxes)})], "box")

    def _text_under(self, f: Finding, boxes: list[list[float]]) -> dict:
        """The finding's text and span as the page shows them under its new boxes, so the findings
        list, the training text and its placeholder follow a narrowed or widened box."""
        if self._page_text is None or f.start < 0:
            return {}
        page = self.page_text(f.page)
        chars = sorted({i for box in boxes for i in page.chars_in_rect(tuple(box))})
        if not chars:
            return {}
        start, end = chars[0], chars[-1] + 1
        text = page.text[start:end].strip()
        return {"start": start, "end": end, "text": text} if text else {}

    def move_box(self, dx: float, dy: float) -> str | None:
        return self._change_box(lambda b: [b[0] + dx, b[1] + dy, b[2] + dx, b[3] + dy])

    def resize_box(self, dw: float, dh: float) -> str | None:
        return self._change_box(lambda b: [b[0], b[1], max(b[2] + dw, b[0] + MIN_BOX),
                                           max(b[3] + dh, b[1] + MIN_BOX)])

def _field(f: Finding, name: str):
    value = getattr(f, name)
    return [list(b) for b in value] if name == "boxes" else value


def resume_point(store: ReviewedDocumentsStore) -> tuple[int, int | None] | None:
    """(document id, finding id) where the reviewer last was, if that document still exists."""
    saved = settings.get(store, settings.REVIEW_CURRENT)
    if not saved:
        return None
    data = json.loads(saved)
    if store.document(data.get("document", -1)) is None:
        return None
    return data["document"], data.get("finding")
