"""Quasi-identifiers in the review: approved per class and document in one step (undoable), never walked
one by one; what the policy makes of each is previewed for the reviewer."""

from __future__ import annotations

import uuid

from desktop.core.review import classes


class QuasiReview:
    """Mixed into ReviewSession (which provides store, doc_id, document, findings and _push_undo)."""

    _class_steps: dict[str, tuple[str, ...]]  # undo group -> the classes it approved
    _notes: tuple[tuple, dict[int, str]] | None

    def pending_classes(self) -> dict[str, int]:
        """Class -> quasi findings still proposed in each class of this document not approved yet."""
        return classes.pending(self.store, self.doc_id)

    def approve_classes(self) -> dict[str, int]:
        """Approve every class of this document still pending under the store's policy: one audited
        decision per class, one undo step for all of them. Returns class -> findings it decided."""
        waiting = self.pending_classes()
        done = classes.approve(self.store, self.doc_id, list(waiting))
        if done:
            group = f"classes-{uuid.uuid4().hex}"
            self._class_steps[group] = tuple(done)
            self._push_undo(group)
            self._notes = None
        return {c: waiting[c] for c in done}

    def class_notes(self) -> dict[int, str]:
        """Finding id -> the policy's treatment of each quasi finding (and its replacement where the core
        can compute it), made again only when a quasi finding, the policy or an approval changed."""
        quasi = [f for f in self.findings if f.identifier == "quasi"]
        stamp = (tuple((f.id, f.status, f.entity_type) for f in quasi),
                 tuple(sorted(classes.policy(self.store).items())),
                 tuple(sorted(classes.approved(self.store, self.doc_id))) if quasi else ())
        if self._notes is None or self._notes[0] != stamp:
            self._notes = (stamp, classes.preview(self.store, self.document, quasi) if quasi else {})
        return self._notes[1]

    def _undo_classes(self, groups: list[str]) -> None:
        for g in groups:
            if g in self._class_steps:
                classes.unapprove(self.store, self.doc_id, self._class_steps[g])

    def _redo_classes(self, groups: list[str]) -> None:
        for g in groups:
            if g in self._class_steps:
                classes.approve(self.store, self.doc_id, self._class_steps[g])
