"""Export batches, their files and sign-offs; plus a read-only snapshot for offline verification."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from desktop.core.store.base import StoreError, connect_read_only
from desktop.core.store.state import full_state


class BatchesMixin:
    def add_batch(self, *, batch_id: str, created_at: str, purpose: str, manifest: bytes, manifest_sha256: str,
                  files: list[dict]) -> None:
        """Store a batch and its files (dicts: name, kind, document_id, sha256, size, content) in one go."""
        with self.atomic():
            self.db.execute(
                "INSERT INTO batches(id, created_at, purpose, actor, manifest, manifest_sha256) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                [batch_id, created_at, purpose, self.actor, manifest, manifest_sha256],
            )
            for f in files:
                self.db.execute(
                    "INSERT INTO batch_files(batch_id, name, kind, document_id, sha256, size, content) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?)",
                    [batch_id, f["name"], f["kind"], f.get("document_id"), f["sha256"], f["size"], f["content"]],
                )

    def signed_batch_documents(self) -> dict[str, set[int]]:
        """Per batch that carries at least one sign-off, the documents in it."""
        if "signoffs" not in self.db.table_names():
            return {}
        out: dict[str, set[int]] = {}
        for batch_id, doc_id in self.db.execute(
                "SELECT DISTINCT f.batch_id, f.document_id FROM batch_files f WHERE f.document_id IS NOT NULL "
                "AND f.batch_id IN (SELECT batch_id FROM signoffs)"):
            out.setdefault(batch_id, set()).add(doc_id)
        return out

    def batches(self) -> list[dict]:
        return list(self.db.query("SELECT id, created_at, purpose, actor, manifest_sha256 FROM batches "
                                  "ORDER BY created_at, id"))

    def batch(self, batch_id: str) -> dict | None:
        rows = list(self.db.query("SELECT * FROM batches WHERE id = ?", [batch_id]))
        return rows[0] if rows else None

    def batch_files(self, batch_id: str, with_content: bool = True) -> list[dict]:
        cols = "name, kind, document_id, sha256, size" + (", content" if with_content else "")
        return list(self.db.query(f"SELECT {cols} FROM batch_files WHERE batch_id = ? ORDER BY name", [batch_id]))

    def add_signoff(self, *, batch_id: str, meaning: str, signer: str, os_user: str, at: str, payload: bytes,
                    signature: str, public_key: str, audit_payload: dict) -> int:
        """Store a sign-off and append it to the audit chain in one transaction."""
        with self.atomic():
            cur = self.db.execute(
                "INSERT INTO signoffs(batch_id, meaning, signer, os_user, at, payload, signature, public_key) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [batch_id, meaning, signer, os_user, at, payload, signature, public_key],
            )
            self.append_audit("signoff", audit_payload, actor=signer)
            return cur.lastrowid

    def signoffs(self, batch_id: str | None = None) -> list[dict]:
        sql, args = "SELECT * FROM signoffs", []
        if batch_id is not None:
            sql, args = sql + " WHERE batch_id = ?", [batch_id]
        return list(self.db.query(sql + " ORDER BY id", args))

    def decision_actors(self, doc_ids: list[int]) -> set[str]:
        """Everyone who decided a finding of these documents: the reviewers of a batch."""
        if not doc_ids:
            return set()
        marks = ",".join("?" for _ in doc_ids)
        return {r[0] for r in self.db.execute(
            f"SELECT DISTINCT actor FROM decisions WHERE document_id IN ({marks})", list(doc_ids))}


def read_only_snapshot(path: Path) -> dict:
    """Integrity, chained state, trust, audit chain, batches, files and sign-offs of a store, read without writing."""
    path = Path(path)
    conn = connect_read_only(path)
    conn.row_factory = sqlite3.Row
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if "audit" not in tables:
            raise StoreError(f"{path}: not a Clearance store (no audit log)")
        audit = [dict(r) for r in conn.execute("SELECT * FROM audit ORDER BY seq")]  # payloads stay raw text
        has_batches = "batches" in tables
        return {
            "schema": conn.execute("PRAGMA user_version").fetchone()[0],
            "integrity": [r[0] for r in conn.execute("PRAGMA integrity_check")],
            "state": full_state(conn),
            "trusted": [dict(r) for r in conn.execute("SELECT * FROM trusted_signers")]
            if "trusted_signers" in tables else None,
            "revoked": [dict(r) for r in conn.execute("SELECT * FROM revoked_signers")]
            if "revoked_signers" in tables else [],
            "audit": audit,
            "batches": [dict(r) for r in conn.execute("SELECT * FROM batches ORDER BY id")] if has_batches else [],
            "files": [dict(r) for r in conn.execute("SELECT * FROM batch_files ORDER BY batch_id, name")]
            if has_batches else [],
            "signoffs": [dict(r) for r in conn.execute("SELECT * FROM signoffs ORDER BY id")] if has_batches else [],
            "qa_samples": [dict(r) for r in conn.execute(
                "SELECT id, batch_id, seed, stratified, pages FROM qa_samples ORDER BY id")]
            if "qa_samples" in tables else [],
        }
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"{path}: not a readable Clearance store ({exc})") from exc
    finally:
        conn.close()
