"""Undo and redo of a review: decision groups reverted by new decisions, history is never erased."""

from __future__ import annotations

from desktop.core.model import Status

REMOVED = Status.REMOVED  # an undone manual redaction: kept for the record, hidden from review


class DecisionHistory:
    """Mixed into ReviewSession (which provides store, findings, index, reload, _move, _index_of,
    _undo, _redo, _nudging and the quasi classes' _undo_classes and _redo_classes). Each undo step is a list of decision groups: a run of box nudges on
    one box is one step."""

    def _push_undo(self, group: str, nudge: tuple[int, int] | None = None) -> None:
        if nudge is not None and nudge == self._nudging and self._undo:
            self._undo[-1].append(group)  # one more point on the same box: one undo takes the run back
        else:
            self._undo.append([group])
        self._nudging = nudge
        self._redo.clear()

    @property
    def can_undo(self) -> bool:
        return bool(self._undo)

    @property
    def can_redo(self) -> bool:
        return bool(self._redo)

    def _group(self, group: str) -> list[dict]:
        return [d for d in self.store.decisions() if d["group_id"] == group]

    def undo(self) -> str | None:
        """Revert the last undo step with a new 'undo' decision group (history is never erased)."""
        if not self._undo:
            return None
        groups = self._undo.pop()
        self._nudging = None
        changes = [(d["finding_id"], _undo_values(d["before"]))
                   for g in reversed(groups) for d in reversed(self._group(g))]
        with self.store.atomic():  # a residue decision made in the same step goes back with its findings
            self.store.undo_residue_groups(groups, self.store.decide(changes, "undo"))
            self._undo_classes(groups)  # a class approval in this step is taken back too
        self._redo.append(groups)
        self._after_history([fid for fid, _ in changes])
        return groups[-1]

    def redo(self) -> str | None:
        if not self._redo:
            return None
        groups = self._redo.pop()
        self._nudging = None
        changes = [(d["finding_id"], d["after"]) for g in groups for d in self._group(g)]
        with self.store.atomic():
            self.store.redo_residue_groups(groups, self.store.decide(changes, "redo"))
            self._redo_classes(groups)
        self._undo.append(groups)
        self._after_history([fid for fid, _ in changes])
        return groups[-1]

    def _after_history(self, finding_ids: list[int]) -> None:
        self.reload()
        visible = [fid for fid in finding_ids if self._index_of(fid) >= 0]
        if visible:
            self._move(self._index_of(visible[0]))
        elif self.findings:
            self._move(min(max(self.index, 0), len(self.findings) - 1))


def _undo_values(before: dict) -> dict:
    # A creation's "before" is REMOVED (stores written before that say "absent"); undoing it hides
    # the finding rather than deleting the row.
    return {k: (REMOVED if k == "status" and v == "absent" else v) for k, v in before.items()}
