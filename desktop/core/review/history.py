"""Undo and redo of a review: decision groups reverted by new decisions, history is never erased."""

from __future__ import annotations

REMOVED = "removed"  # an undone manual redaction: kept for the record, hidden from review


class DecisionHistory:
    """Mixed into ReviewSession (which provides store, findings, index, reload, _move, _index_of,
    _undo and _redo)."""

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


def _undo_values(before: dict) -> dict:
    # A creation's "before" is absence; undoing it hides the finding rather than deleting the row.
    return {k: (REMOVED if k == "status" and v == "absent" else v) for k, v in before.items()}
