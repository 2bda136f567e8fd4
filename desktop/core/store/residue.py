"""The reviewer's decisions on residue: append-only rows, each in the audit chain with the row it added."""

from __future__ import annotations

import json
import uuid

from desktop.core.store.base import utc_now

DECISIONS = ("redact", "fine", "open")


class ResidueMixin:
    def residue_decisions(self, doc_id: int) -> dict[str, dict]:
        """Text key -> the latest decision row of the document's residue group ('open' ones included)."""
        if "residue_decisions" not in self.db.table_names():  # an older store opened read-only
            return {}
        rows = self.db.query("SELECT * FROM residue_decisions WHERE document_id = ? ORDER BY id", [doc_id])
        return {r["text_key"]: _row(r) for r in rows}

    def residue_history(self, doc_id: int | None = None) -> list[dict]:
        sql, args = "SELECT * FROM residue_decisions", []
        if doc_id is not None:
            sql, args = sql + " WHERE document_id = ?", [doc_id]
        return [_row(r) for r in self.db.query(sql + " ORDER BY id", args)]

    def decide_residue(self, doc_id: int, groups: list[dict], decision: str, group_id: str | None = None) -> str:
        """Record one decision on residue groups ({key, text, kind, occurrences, pages}) as one undo group,
        each row in the audit chain; returns the group id."""
        if decision not in DECISIONS:
            raise ValueError(f"unknown residue decision {decision!r}")
        group_id = group_id or uuid.uuid4().hex
        with self.atomic():
            for g in groups:
                self._append_residue(doc_id, g["key"], g["text"], g["kind"], decision, g["occurrences"],
                                     list(g["pages"]), group_id)
        return group_id

    def undo_residue_groups(self, groups: list[str], undo_group: str) -> int:
        """Undo the residue decisions made in these undo groups: each text goes back to the decision it
        had before (a new row; history is never erased). Returns how many were undone."""
        with self.atomic():
            made = [r for r in self.residue_history() if r["group_id"] in groups]
            for row in reversed(made):
                before = self._residue_before(row)
                self._append_residue(row["document_id"], row["text_key"], row["text"], row["kind"],
                                     before, row["occurrences"], row["pages"], undo_group)
        return len(made)

    def redo_residue_groups(self, groups: list[str], redo_group: str) -> int:
        with self.atomic():
            made = [r for r in self.residue_history() if r["group_id"] in groups]
            for row in made:
                self._append_residue(row["document_id"], row["text_key"], row["text"], row["kind"],
                                     row["decision"], row["occurrences"], row["pages"], redo_group)
        return len(made)

    def _residue_before(self, row: dict) -> str:
        found = self.db.execute(
            "SELECT decision FROM residue_decisions WHERE document_id = ? AND text_key = ? AND id < ? "
            "ORDER BY id DESC LIMIT 1", [row["document_id"], row["text_key"], row["id"]]).fetchone()
        return found[0] if found else "open"

    def _append_residue(self, doc_id: int, key: str, text: str, kind: str, decision: str, occurrences: int,
                        pages: list[int], group_id: str) -> None:
        cur = self.db.execute(
            "INSERT INTO residue_decisions(document_id, text_key, text, kind, decision, occurrences, pages, "
            "group_id, actor, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [doc_id, key, text, kind, decision, occurrences, json.dumps(pages), group_id, self.actor, utc_now()])
        self.append_audit("residue-decision", {"document": doc_id, "text": text, "kind": kind, "decision": decision,
                                               "occurrences": occurrences, "group": group_id},
                          state={"residue_decisions": self.chain_state("residue_decisions", [(cur.lastrowid,)])})


def _row(r: dict) -> dict:
    return {**r, "pages": json.loads(r["pages"])}
