"""Findings and the reviewer's decisions on them; every decision is its own committed transaction."""

from __future__ import annotations

import json
import uuid

from desktop.core.model import QUASI_TYPES, Finding, Source, Status
from desktop.core.store.base import utc_now

_COLUMNS = ("status", "entity_type", "boxes", "start", "end", "text")
# Quasi-identifier types are decided per class and document (review/classes.py), not one by one: the
# open and per-status counts leave them out; quasi_open_counts counts them apart.
_QUASI = tuple(sorted(QUASI_TYPES))
_DIRECT_ONLY = f"entity_type NOT IN ({', '.join('?' * len(_QUASI))})"


def finding_from_row(row: dict) -> Finding:
    return Finding(
        id=row["id"],
        document_id=row["document_id"],
        page=row["page"],
        start=row["start"],
        end=row["end"],
        entity_type=row["entity_type"],
        text=row["text"],
        boxes=tuple(tuple(b) for b in json.loads(row["boxes"])),
        score=row["score"],
        recognizer=row["recognizer"],
        explanation=json.loads(row["explanation"]),
        source=row["source"],
        status=row["status"],
    )


class FindingsMixin:
    def add_findings(self, doc_id: int, findings: list[Finding]) -> list[int]:
        """Insert findings not already stored (same page, span and type; a finding without a text span,
        such as a signature, by its boxes); return the new ids. A rerun adds nothing twice."""
        ids = []
        with self.atomic():
            for f in findings:
                if f.start >= 0:
                    exists = self.db.execute(
                        'SELECT id FROM findings WHERE document_id = ? AND page = ? AND start = ? AND "end" = ? '
                        "AND entity_type = ?", [doc_id, f.page, f.start, f.end, f.entity_type]).fetchone()
                else:
                    exists = self.db.execute(
                        "SELECT id FROM findings WHERE document_id = ? AND page = ? AND start < 0 "
                        "AND entity_type = ? AND boxes = ?",
                        [doc_id, f.page, f.entity_type, json.dumps([list(b) for b in f.boxes])]).fetchone()
                if exists:
                    continue
                ids.append(self._insert_finding(doc_id, f))
            if ids:
                self.append_audit("findings-added", {"document": doc_id, "count": len(ids)},
                                  state={"findings": self.chain_state("findings", [(i,) for i in ids])})
        return ids

    def set_detection_states(self, findings: list[Finding]) -> None:
        """Store the detector's judgement (proposed or suppressed, confidence and reasons) of findings
        nobody has decided yet; a reviewer's decision is never overwritten."""
        with self.atomic():
            moved = []
            for f in findings:
                if f.id is None or f.status not in (Status.PROPOSED, Status.SUPPRESSED):
                    continue
                cur = self.db.execute("UPDATE findings SET status = ?, explanation = ? WHERE id = ? "
                                      "AND status IN ('proposed', 'suppressed') AND status != ?",
                                      [f.status, json.dumps(f.explanation), f.id, f.status])
                if cur.rowcount:
                    moved.append((f.id,))
                else:  # the same status: the reasons alone change, which the chain does not record
                    self.db.execute("UPDATE findings SET explanation = ? WHERE id = ? AND status = ?",
                                    [json.dumps(f.explanation), f.id, f.status])
            if moved:
                self.append_audit("detection-state", {"count": len(moved)},
                                  state={"findings": self.chain_state("findings", moved)})

    def _insert_finding(self, doc_id: int, f: Finding) -> int:
        cur = self.db.execute(
            'INSERT INTO findings(document_id, page, start, "end", entity_type, text, boxes, score, recognizer, '
            "explanation, source, status, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [doc_id, f.page, f.start, f.end, f.entity_type, f.text, json.dumps([list(b) for b in f.boxes]),
             f.score, f.recognizer, json.dumps(f.explanation), f.source, f.status, utc_now()],
        )
        return cur.lastrowid

    def add_manual_finding(self, doc_id: int, f: Finding, group_id: str | None = None) -> int:
        """A reviewer-made redaction: stored confirmed, recorded as a decision and in the audit log."""
        with self.atomic():
            fid = self._insert_finding(doc_id, Finding(**{**f.__dict__, "source": Source.MANUAL,
                                                          "status": Status.CONFIRMED}))
            self._record(fid, doc_id, "create", {"status": Status.REMOVED}, {"status": Status.CONFIRMED},
                         group_id or uuid.uuid4().hex)
            return fid

    def add_export_findings(self, doc_id: int, findings: list[Finding]) -> list[int]:
        """Occurrences the verifier read at export and the export redacted: stored confirmed with source
        `export`, each recorded as a decision (one group) the reviewer sees and can undo by rejecting it.
        A place already stored from an earlier export is not added twice; returns the new ids."""
        ids: list[int] = []
        group_id = uuid.uuid4().hex
        with self.atomic():
            for f in findings:
                boxes = json.dumps([list(b) for b in f.boxes])
                if self.db.execute('SELECT id FROM findings WHERE document_id = ? AND page = ? AND source = ? '
                                   'AND start = ? AND "end" = ? AND boxes = ?',
                                   [doc_id, f.page, Source.EXPORT, f.start, f.end, boxes]).fetchone():
                    continue
                fid = self._insert_finding(doc_id, Finding(**{**f.__dict__, "source": Source.EXPORT,
                                                              "status": Status.CONFIRMED}))
                self._record(fid, doc_id, "export", {"status": Status.REMOVED}, {"status": Status.CONFIRMED},
                             group_id)
                ids.append(fid)
        return ids

    def findings(self, doc_id: int, page: int | None = None) -> list[Finding]:
        sql = "SELECT * FROM findings WHERE document_id = ?"
        args: list = [doc_id]
        if page is not None:
            sql += " AND page = ?"
            args.append(page)
        sql += ' ORDER BY page, CASE WHEN start < 0 THEN 1e9 ELSE start END, "end", id'
        return [finding_from_row(r) for r in self.db.query(sql, args)]

    def finding(self, finding_id: int) -> Finding | None:
        rows = list(self.db.query("SELECT * FROM findings WHERE id = ?", [finding_id]))
        return finding_from_row(rows[0]) if rows else None

    def decide(self, changes: list[tuple[int, dict]], action: str = "decide", group_id: str | None = None) -> str:
        """Apply field changes ({"status": ..., "entity_type": ..., "boxes": ...}) to findings.

        All changes share one transaction and one group id, so an undo can revert them as one.
        Returns the group id.
        """
        group_id = group_id or uuid.uuid4().hex
        with self.atomic():
            for finding_id, after in changes:
                row = self.db.execute(
                    f"SELECT document_id, {', '.join(_q(c) for c in after)} FROM findings WHERE id = ?", [finding_id]
                ).fetchone()
                if row is None:
                    raise KeyError(f"no finding {finding_id}")
                before = {c: _load(c, v) for c, v in zip(after, row[1:])}
                if before == after:
                    continue
                sets = ", ".join(f"{_q(c)} = ?" for c in after)
                self.db.execute(f"UPDATE findings SET {sets} WHERE id = ?", [*(_dump(c, v) for c, v in after.items()),
                                                                           finding_id])
                self._record(finding_id, row[0], action, before, after, group_id)
        return group_id

    def _record(self, finding_id: int, doc_id: int, action: str, before: dict, after: dict, group_id: str) -> None:
        """The decision row and its audit entry, which chains the finding and the decision as they now are."""
        cur = self.db.execute(
            "INSERT INTO decisions(finding_id, document_id, action, before, after, group_id, actor, at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [finding_id, doc_id, action, json.dumps(before), json.dumps(after), group_id, self.actor, utc_now()],
        )
        self.append_audit("decision", {"finding": finding_id, "document": doc_id, "action": action,
                                       "before": before, "after": after, "group": group_id},
                          state={"findings": self.chain_state("findings", [(finding_id,)]),
                                 "decisions": self.chain_state("decisions", [(cur.lastrowid,)])})

    def decisions(self, doc_id: int | None = None) -> list[dict]:
        sql, args = "SELECT * FROM decisions", []
        if doc_id is not None:
            sql, args = sql + " WHERE document_id = ?", [doc_id]
        rows = list(self.db.query(sql + " ORDER BY id", args))
        for r in rows:
            r["before"], r["after"] = json.loads(r["before"]), json.loads(r["after"])
        return rows

    def open_finding_count(self, doc_id: int) -> int:
        """Direct findings still proposed: what awaits a decision one by one (quasi-identifiers are
        approved per class, see quasi_open_counts)."""
        return self.db.execute(
            f"SELECT COUNT(*) FROM findings WHERE document_id = ? AND status = 'proposed' AND {_DIRECT_ONLY}",
            [doc_id, *_QUASI]).fetchone()[0]

    def finding_counts(self) -> dict[int, dict[str, int]]:
        """Per document: how many direct findings are in each status (quasi-identifiers are reviewed by
        class and counted apart by quasi_open_counts)."""
        out: dict[int, dict[str, int]] = {}
        for doc_id, status, n in self.db.execute(
            f"SELECT document_id, status, COUNT(*) FROM findings WHERE {_DIRECT_ONLY} GROUP BY document_id, status",
            _QUASI,
        ):
            out.setdefault(doc_id, {})[status] = n
        return out

    def quasi_open_counts(self, doc_id: int | None = None) -> dict[int, dict[str, int]]:
        """Per document: how many quasi-identifier findings of each entity type are still proposed."""
        sql = (f"SELECT document_id, entity_type, COUNT(*) FROM findings WHERE status = 'proposed' "
               f"AND entity_type IN ({', '.join('?' * len(_QUASI))})")
        args: list = list(_QUASI)
        if doc_id is not None:
            sql, args = sql + " AND document_id = ?", [*args, doc_id]
        out: dict[int, dict[str, int]] = {}
        for d, entity_type, n in self.db.execute(sql + " GROUP BY document_id, entity_type", args):
            out.setdefault(d, {})[entity_type] = n
        return out

def _q(column: str) -> str:
    if column not in _COLUMNS:
        raise ValueError(f"findings.{column} cannot be changed by a decision")
    return f'"{column}"'


def _dump(column: str, value):
    return json.dumps([list(b) for b in value]) if column == "boxes" else value


def _load(column: str, value):
    return [list(b) for b in json.loads(value)] if column == "boxes" else value
