"""Residue in a review: the list of what still looks identifying, a cursor over it, and the two decisions
(redact every occurrence, through the find's redact-all path; or mark it fine), each one undo step."""

from __future__ import annotations

from desktop.core.residue.document import DocumentResidue, decision_rows, document_residue
from desktop.core.residue.finder import ResidueGroup
from desktop.core.review.errors import ReviewError
from desktop.core.review.find import Hit


class ResidueReview:
    """Mixed into ReviewSession (which provides store, doc_id, redact_hits, _undo and _push_undo)."""

    residue_view: DocumentResidue | None = None
    residue_index: int = -1

    def load_residue(self) -> DocumentResidue:
        """Read the residue again (after any decision), keeping the cursor on its group or the next one."""
        current = self.residue_group.key if self.residue_group else None
        self.residue_view = document_residue(self.store, self.doc_id)
        keys = [g.key for g in self.residue_view.groups]
        if current in keys:
            self.residue_index = keys.index(current)
        else:
            self.residue_index = min(max(self.residue_index, 0), len(keys) - 1) if keys else -1
        return self.residue_view

    @property
    def residue_group(self) -> ResidueGroup | None:
        view = self.residue_view
        return view.groups[self.residue_index] if view and 0 <= self.residue_index < len(view.groups) else None

    def step_residue(self, step: int) -> ResidueGroup | None:
        if self.residue_view and self.residue_view.groups:
            self.residue_index = (self.residue_index + step) % len(self.residue_view.groups)
        return self.residue_group

    def redact_residue(self, group: ResidueGroup) -> int:
        """Redact every occurrence of a group (confirming a finding that covers one, adding a manual
        one elsewhere) as one undoable step, recorded as a residue decision in the same group."""
        hits = [Hit(o.page, o.start, o.end, o.text) for o in group.occurrences]
        steps = len(self._undo)
        with self.store.atomic():
            self.redact_hits(hits, group.entity_type, group.text)
            if len(self._undo) == steps:
                raise ReviewError(f"nothing to redact: “{group.text}” is no longer readable")
            self.store.decide_residue(self.doc_id, decision_rows([group]), "redact", self._undo[-1][-1])
        return group.count

    def mark_residue_fine(self, group: ResidueGroup) -> str:
        """The reviewer looked and the text identifies no one: recorded, one undo step."""
        undo_group = self.store.decide_residue(self.doc_id, decision_rows([group]), "fine")
        self._push_undo(undo_group)
        return undo_group

    def decide_residue_current(self, decision: str) -> ResidueGroup:
        """Redact or mark fine the current group, then go to the next group nobody decided about."""
        group = self.residue_group
        if group is None:
            raise ReviewError("no residue group selected")
        if decision == "redact":
            self.redact_residue(group)
        else:
            self.mark_residue_fine(group)
        self.load_residue()
        self.next_open_residue()
        return group

    def next_open_residue(self) -> None:
        """Go to the first group nobody decided about, from the cursor on (wrapping around)."""
        view = self.residue_view
        if not view or not view.groups:
            return
        n = len(view.groups)
        start = self.residue_index if self.residue_index >= 0 else 0
        for step in range(n):
            i = (start + step) % n
            if view.decision(view.groups[i]) == "open":
                self.residue_index = i
                return
