"""QA of automatic batches: each batch's policy, its seeded page sample and the officer's marks.

Append-only tables; every write is also an audit entry, so the seed, the pages drawn and each mark are
in the chain from the moment they are made.
"""

from __future__ import annotations

import json

from desktop.core.model import QUASI_TYPES
from desktop.core.store.base import utc_now

VERDICTS = ("clean", "missed")


class QaMixin:
    def _has_qa(self) -> bool:
        return "qa_samples" in self.db.table_names()  # an older store opened read-only has none

    def set_batch_policy(self, batch_id: str, policy: dict) -> None:
        """Record the policy an automatic batch was decided and is to be signed under (once per batch)."""
        with self.atomic():
            self.db.execute("INSERT INTO qa_policies(batch_id, policy, actor, at) VALUES (?, ?, ?, ?)",
                            [batch_id, json.dumps(policy, sort_keys=True), self.actor, utc_now()])
            self.append_audit("qa-policy", {"batch": batch_id, "policy": policy})

    def batch_policy(self, batch_id: str) -> dict | None:
        if not self._has_qa():
            return None
        row = self.db.execute("SELECT policy FROM qa_policies WHERE batch_id = ?", [batch_id]).fetchone()
        return json.loads(row[0]) if row else None

    def add_qa_sample(self, batch_id: str, seed: int, stratified: bool, confidence: float,
                      pages: list[dict]) -> int:
        """A drawn sample ({page_id, document_id, page, stratum} in draw order); a larger draw of the same
        seed is a new sample row that carries the marks already made."""
        with self.atomic():
            cur = self.db.execute(
                "INSERT INTO qa_samples(batch_id, seed, stratified, confidence, pages, actor, drawn_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                [batch_id, seed, int(stratified), confidence, json.dumps(pages), self.actor, utc_now()])
            self.append_audit("qa-draw", {"batch": batch_id, "sample": cur.lastrowid, "seed": seed,
                                          "stratified": stratified, "pages": [p["page_id"] for p in pages]})
            return cur.lastrowid

    def qa_sample(self, batch_id: str) -> dict | None:
        """The batch's newest sample with its marks per page (verdict, misses)."""
        if not self._has_qa():
            return None
        rows = list(self.db.query("SELECT * FROM qa_samples WHERE batch_id = ? ORDER BY id DESC LIMIT 1",
                                  [batch_id]))
        if not rows:
            return None
        sample = {**rows[0], "stratified": bool(rows[0]["stratified"]), "pages": json.loads(rows[0]["pages"])}
        marks: dict[str, list[dict]] = {}
        for m in self.db.query("SELECT * FROM qa_marks WHERE batch_id = ? ORDER BY id", [batch_id]):
            marks.setdefault(m["page_id"], []).append(m)
        for p in sample["pages"]:
            mine = marks.get(p["page_id"], [])
            p["misses"] = [{"text": m["text"], "type": m["entity_type"], "fixed": m["fixed"]}
                           for m in mine if m["verdict"] == "missed"]
            p["verdict"] = "missed" if p["misses"] else ("clean" if mine else None)
        return sample

    def add_qa_mark(self, batch_id: str, page_id: str, verdict: str, text: str | None = None,
                    entity_type: str | None = None, fixed: int = 0) -> int:
        if verdict not in VERDICTS:
            raise ValueError(f"a page is marked {' or '.join(VERDICTS)}, not {verdict!r}")
        with self.atomic():
            cur = self.db.execute(
                "INSERT INTO qa_marks(batch_id, page_id, verdict, text, entity_type, fixed, actor, at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [batch_id, page_id, verdict, text, entity_type, fixed, self.actor, utc_now()])
            self.append_audit("qa-mark", {"batch": batch_id, "page": page_id, "verdict": verdict, "text": text,
                                          "type": entity_type, "fixed": fixed})
            return cur.lastrowid

    def qa_batches(self) -> set[str]:
        """Batches that carry a QA policy (automatic batches)."""
        if not self._has_qa():
            return set()
        return {r[0] for r in self.db.execute("SELECT batch_id FROM qa_policies")}

    # --- consistency across documents: whole-store reads, one query each ------------------------------

    def decided_direct_findings(self, doc_ids: list[int] | None = None):
        """(document, page, start, end, entity type, text, status) of every confirmed or rejected direct
        finding, by document; quasi-identifiers are treated per class and left out."""
        quasi = tuple(sorted(QUASI_TYPES))
        sql = (f'SELECT document_id, page, start, "end", entity_type, text, status FROM findings '
               f"WHERE status IN ('confirmed', 'rejected') AND entity_type NOT IN ({', '.join('?' * len(quasi))})")
        return self.db.execute(sql + _only(doc_ids) + " ORDER BY document_id", [*quasi, *(doc_ids or [])])

    def all_page_texts(self, doc_ids: list[int] | None = None):
        """(document, page, text) of every stored page, by document."""
        return self.db.execute("SELECT document_id, number, text FROM pages WHERE 1" + _only(doc_ids)
                               + " ORDER BY document_id, number", list(doc_ids or []))

    def all_party_links(self, doc_ids: list[int] | None = None):
        """(document, party id, party name, aliases JSON, e-mail) of every document-party link."""
        return self.db.execute(
            "SELECT dp.document_id, p.id, p.name, p.aliases, p.email FROM document_parties dp "
            "JOIN parties p ON p.id = dp.party_id WHERE 1" + _only(doc_ids, "dp.document_id"), list(doc_ids or []))


def _only(doc_ids: list[int] | None, column: str = "document_id") -> str:
    return "" if doc_ids is None else f" AND {column} IN ({', '.join('?' * len(doc_ids))})" if doc_ids else " AND 0"
