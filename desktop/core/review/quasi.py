"""Quasi-identifiers in the review: approved per class, in this document or in every document of the queue,
in one step (undoable), never walked one by one; what the policy makes of each is previewed for the
reviewer."""

from __future__ import annotations

import uuid

from desktop.core.review import classes
from desktop.core.store.areas import QuasiApprovalStore

_RANK = {t: i for i, types in enumerate(classes.CLASSES.values()) for t in types}


def class_rank(entity_type: str) -> int:
    """Where a quasi-identifier's class comes in the review's list (the classes' order; -1 for a direct
    type), so that each class is one block."""
    return _RANK.get(entity_type, -1)


def approve_everywhere(store: QuasiApprovalStore, which) -> list[tuple[int, str]]:
    """Approve classes in every document that holds findings of them still pending (the queue's rule,
    `classes.pending_by_document`), in one transaction: one audited decision per class and document, as
    `classes.approve` records a document's. Returns the (document, class) pairs newly approved."""
    done = []
    with store.atomic():
        for doc_id, waiting in classes.pending_by_document(store).items():
            done += [(doc_id, c) for c in classes.approve(store, doc_id, [c for c in which if c in waiting])]
    return done


class QuasiReview:
    """Mixed into ReviewSession (which provides store, doc_id, document, findings and _push_undo)."""

    _class_steps: dict[str, tuple[tuple[int, str], ...]]  # undo group -> the (document, class) pairs it approved
    _notes: tuple[tuple, dict[int, str]] | None

    def pending_classes(self) -> dict[str, int]:
        """Class -> quasi findings still proposed in each class of this document not approved yet."""
        return classes.pending(self.store, self.doc_id)

    def approve_classes(self) -> dict[str, int]:
        """Approve every class of this document still pending under the store's policy: one audited
        decision per class, one undo step for all of them. Returns class -> findings it decided."""
        waiting = self.pending_classes()
        done = classes.approve(self.store, self.doc_id, list(waiting))
        self._class_step([(self.doc_id, c) for c in done])
        return {c: waiting[c] for c in done}

    def classes_to_approve_everywhere(self) -> list[str]:
        """The classes a queue-wide approval takes: the current finding's when it is a quasi-identifier,
        else every class still pending in this document."""
        here = self.current
        cls = classes.class_of(here.entity_type) if here is not None and here.identifier == "quasi" else None
        return [cls] if cls else list(self.pending_classes())

    def approve_classes_everywhere(self, which: list[str]) -> dict[str, tuple[int, int]]:
        """Approve classes in every document of the queue that holds findings of them still pending: one
        audited decision per class and document, one undo step for all of them. Returns class ->
        (documents, findings) it decided."""
        waiting = classes.pending_by_document(self.store)
        done = approve_everywhere(self.store, which)
        self._class_step(done)
        out: dict[str, tuple[int, int]] = {}
        for doc_id, c in done:
            docs, found = out.get(c, (0, 0))
            out[c] = (docs + 1, found + waiting[doc_id][c])
        return out

    def _class_step(self, done: list[tuple[int, str]]) -> None:
        if done:
            group = f"classes-{uuid.uuid4().hex}"
            self._class_steps[group] = tuple(done)
            self._push_undo(group)
            self._notes = None

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
        for doc_id, cls in self._steps_of(groups):
            classes.unapprove(self.store, doc_id, [cls])

    def _redo_classes(self, groups: list[str]) -> None:
        for doc_id, cls in self._steps_of(groups):
            classes.approve(self.store, doc_id, [cls])

    def _steps_of(self, groups: list[str]) -> list[tuple[int, str]]:
        return [pair for g in groups for pair in self._class_steps.get(g, ())]
