"""Versioned schema of the store: migrations run in order, each in one transaction."""

from __future__ import annotations

from collections.abc import Callable

import sqlite_utils


def _v1_review(db: sqlite_utils.Database) -> None:
    db.executescript(
        """
        CREATE TABLE documents (
            id INTEGER PRIMARY KEY,
            sha256 TEXT NOT NULL UNIQUE,
            path TEXT NOT NULL,
            name TEXT NOT NULL,
            pages INTEGER NOT NULL,
            size INTEGER NOT NULL,
            status TEXT NOT NULL DEFAULT 'new',      -- new, scanning, scanned, failed
            error TEXT,
            added_at TEXT NOT NULL,
            scanned_at TEXT
        );
        CREATE TABLE pages (
            document_id INTEGER NOT NULL REFERENCES documents(id),
            number INTEGER NOT NULL,
            text TEXT NOT NULL,
            text_hash TEXT NOT NULL,
            width REAL NOT NULL,
            height REAL NOT NULL,
            scanned INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (document_id, number)
        );
        CREATE TABLE findings (
            id INTEGER PRIMARY KEY,
            document_id INTEGER NOT NULL REFERENCES documents(id),
            page INTEGER NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            entity_type TEXT NOT NULL,
            text TEXT NOT NULL,
            boxes TEXT NOT NULL,            -- JSON list of [x0, y0, x1, y1]
            score REAL NOT NULL,
            recognizer TEXT NOT NULL,
            explanation TEXT NOT NULL,      -- JSON object
            source TEXT NOT NULL,           -- detected, propagated, manual
            status TEXT NOT NULL DEFAULT 'proposed',
            created_at TEXT NOT NULL
        );
        CREATE INDEX findings_document ON findings(document_id, page, start);
        CREATE TABLE decisions (
            id INTEGER PRIMARY KEY,
            finding_id INTEGER NOT NULL REFERENCES findings(id),
            document_id INTEGER NOT NULL,
            action TEXT NOT NULL,           -- status, type, boxes, create
            before TEXT NOT NULL,           -- JSON of the changed fields before
            after TEXT NOT NULL,            -- JSON of the changed fields after
            group_id TEXT NOT NULL,         -- decisions made by one command share it (undo as one)
            actor TEXT NOT NULL,
            at TEXT NOT NULL
        );
        CREATE INDEX decisions_document ON decisions(document_id);
        CREATE TABLE detection_cache (
            text_hash TEXT NOT NULL,
            detector TEXT NOT NULL,
            results TEXT NOT NULL,
            PRIMARY KEY (text_hash, detector)
        );
        CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE audit (
            seq INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            actor TEXT NOT NULL,
            kind TEXT NOT NULL,
            payload TEXT NOT NULL,
            prev_hash TEXT NOT NULL,
            entry_hash TEXT NOT NULL
        );
        CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
            BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
        CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
            BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
        """
    )


def _consent_registry(db: sqlite_utils.Database) -> None:
    db.executescript(
        """
        CREATE TABLE parties (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL CHECK (kind IN ('company', 'person')),
            name TEXT NOT NULL,
            name_key TEXT NOT NULL,         -- name with case, punctuation and legal form normalised
            register_number TEXT NOT NULL DEFAULT '',
            vat_id TEXT NOT NULL DEFAULT '',
            email TEXT NOT NULL DEFAULT '',
            aliases TEXT NOT NULL DEFAULT '[]',   -- JSON list of other names
            origin TEXT NOT NULL,           -- csv, scan, manual
            created_at TEXT NOT NULL,
            UNIQUE (kind, name_key)
        );
        CREATE TABLE document_parties (
            document_id INTEGER NOT NULL REFERENCES documents(id),
            party_id INTEGER NOT NULL REFERENCES parties(id),
            role TEXT NOT NULL CHECK (role IN ('contracting party', 'signer', 'witness', 'other person named')),
            confirmed INTEGER NOT NULL DEFAULT 0,
            source TEXT NOT NULL,           -- parties-clause, signature-block, detection, manual
            note TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (document_id, party_id)
        );
        CREATE INDEX document_parties_party ON document_parties(party_id);
        CREATE TABLE consents (
            id INTEGER PRIMARY KEY,
            party_id INTEGER NOT NULL REFERENCES parties(id),
            purpose TEXT NOT NULL,
            status TEXT NOT NULL CHECK (status IN ('granted', 'refused', 'withdrawn', 'expired')),
            granted_on TEXT,
            valid_until TEXT,
            withdrawn_on TEXT,
            version TEXT NOT NULL,
            evidence TEXT NOT NULL DEFAULT '',
            UNIQUE (party_id, purpose, version)
        );
        """
    )


def _export_batches(db: sqlite_utils.Database) -> None:
    """Export batches, their files as BLOBs and sign-offs; all three are write-once like the audit log."""
    db.executescript(
        """
        CREATE TABLE batches (
            id TEXT PRIMARY KEY,
            created_at TEXT NOT NULL,
            purpose TEXT NOT NULL,
            actor TEXT NOT NULL,
            manifest BLOB NOT NULL,          -- canonical JSON bytes; manifest_sha256 is their hash
            manifest_sha256 TEXT NOT NULL
        );
        CREATE TABLE batch_files (
            batch_id TEXT NOT NULL REFERENCES batches(id),
            name TEXT NOT NULL,
            kind TEXT NOT NULL,              -- pdf, text
            document_id INTEGER,
            sha256 TEXT NOT NULL,
            size INTEGER NOT NULL,
            content BLOB NOT NULL,
            PRIMARY KEY (batch_id, name)
        );
        CREATE TABLE signoffs (
            id INTEGER PRIMARY KEY,
            batch_id TEXT NOT NULL REFERENCES batches(id),
            meaning TEXT NOT NULL,           -- reviewed, approved
            signer TEXT NOT NULL,
            os_user TEXT NOT NULL,
            at TEXT NOT NULL,
            payload BLOB NOT NULL,           -- the canonical JSON that was signed
            signature TEXT NOT NULL,         -- Ed25519, hex
            public_key TEXT NOT NULL         -- raw Ed25519 public key, hex
        );
        CREATE TRIGGER batches_no_update BEFORE UPDATE ON batches
            BEGIN SELECT RAISE(ABORT, 'export batches are write-once'); END;
        CREATE TRIGGER batches_no_delete BEFORE DELETE ON batches
            BEGIN SELECT RAISE(ABORT, 'export batches are write-once'); END;
        CREATE TRIGGER batch_files_no_update BEFORE UPDATE ON batch_files
            BEGIN SELECT RAISE(ABORT, 'export batches are write-once'); END;
        CREATE TRIGGER batch_files_no_delete BEFORE DELETE ON batch_files
            BEGIN SELECT RAISE(ABORT, 'export batches are write-once'); END;
        CREATE TRIGGER signoffs_no_update BEFORE UPDATE ON signoffs
            BEGIN SELECT RAISE(ABORT, 'sign-offs are write-once'); END;
        CREATE TRIGGER signoffs_no_delete BEFORE DELETE ON signoffs
            BEGIN SELECT RAISE(ABORT, 'sign-offs are write-once'); END;
        """
    )


def _named_signers(db: sqlite_utils.Database) -> None:
    """Trusted signers' keys; and, for a store that already holds data, a baseline of everything that decides
    eligibility, so later changes are checked against it (what changed before it was never chained)."""
    from desktop.core.store.chain import append_entry
    from desktop.core.store.state import compact, full_state

    has_history = db.execute("SELECT COUNT(*) FROM audit").fetchone()[0] > 0
    db.executescript(
        """
        CREATE TABLE trusted_signers (
            fingerprint TEXT PRIMARY KEY,    -- sha256 of the raw public key, hex
            name TEXT NOT NULL,
            public_key TEXT NOT NULL,        -- raw Ed25519 public key, hex
            trusted_at TEXT NOT NULL,
            trusted_by TEXT NOT NULL
        );
        """
    )
    if has_history:
        append_entry(db, "migration", "state-baseline", {
            "reason": "eligibility chain introduced; rows as they were when this version first opened the store",
            "state": {table: compact(rows) for table, rows in full_state(db.conn).items()}})


def _ocr_pages(db: sqlite_utils.Database) -> None:
    """Pages read by OCR keep their confidence, so a poorly read page is flagged for the reviewer."""
    db.executescript(
        """
        ALTER TABLE pages ADD COLUMN ocr_confidence REAL;   -- mean word confidence 0-100; NULL: no OCR
        ALTER TABLE pages ADD COLUMN ocr_words INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE pages ADD COLUMN ocr_flag TEXT;         -- why a person must check it; NULL: fine
        """
    )


def _scan_claims(db: sqlite_utils.Database) -> None:
    """Several processes share one store: a scan claims a document before detecting it, so two runs
    never do the same work; a claim whose process is gone is taken over. A damaged file is stored
    with how many of its pages could be read."""
    db.executescript(
        """
        CREATE TABLE scan_claims (
            document_id INTEGER PRIMARY KEY REFERENCES documents(id),
            host TEXT NOT NULL,
            pid INTEGER NOT NULL,
            started TEXT NOT NULL,          -- the process's start time, so a reused pid is not mistaken
            at TEXT NOT NULL
        );
        ALTER TABLE documents ADD COLUMN readable_pages INTEGER;   -- NULL: every page read
        """
    )


def _signer_revocations(db: sqlite_utils.Database) -> None:
    """A trusted key can be revoked: it signs nothing from then on, while what it signed before, earlier
    in the audit chain, stays valid. Write-once, like the sign-offs it governs."""
    db.executescript(
        """
        CREATE TABLE revoked_signers (
            fingerprint TEXT PRIMARY KEY REFERENCES trusted_signers(fingerprint),
            name TEXT NOT NULL,
            revoked_at TEXT NOT NULL,
            revoked_by TEXT NOT NULL,
            reason TEXT NOT NULL DEFAULT '',
            audit_seq INTEGER NOT NULL        -- the audit entry that records the revocation
        );
        CREATE TRIGGER revoked_signers_no_update BEFORE UPDATE ON revoked_signers
            BEGIN SELECT RAISE(ABORT, 'revocations are write-once'); END;
        CREATE TRIGGER revoked_signers_no_delete BEFORE DELETE ON revoked_signers
            BEGIN SELECT RAISE(ABORT, 'revocations are write-once'); END;
        """
    )


def _residue_decisions(db: sqlite_utils.Database) -> None:
    """The reviewer's word on residue (text that still looks identifying but was never proposed): a group
    redacted or marked fine, per document and folded text. Append-only: the latest row of a document's
    text is the decision, an undo appends the decision before it ('open' when there was none)."""
    db.executescript(
        """
        CREATE TABLE residue_decisions (
            id INTEGER PRIMARY KEY,
            document_id INTEGER NOT NULL REFERENCES documents(id),
            text_key TEXT NOT NULL,          -- the group's text folded (case, spacing, article, possessive)
            text TEXT NOT NULL,              -- as first written
            kind TEXT NOT NULL,              -- name, signature name, e-mail, phone, postcode, ID number ...
            decision TEXT NOT NULL CHECK (decision IN ('redact', 'fine', 'open')),
            occurrences INTEGER NOT NULL,
            pages TEXT NOT NULL,             -- JSON list of page numbers from 1
            group_id TEXT NOT NULL,          -- the review's undo group (a redaction's findings share it)
            actor TEXT NOT NULL,
            at TEXT NOT NULL
        );
        CREATE INDEX residue_decisions_document ON residue_decisions(document_id, text_key);
        CREATE TRIGGER residue_decisions_no_update BEFORE UPDATE ON residue_decisions
            BEGIN SELECT RAISE(ABORT, 'residue decisions are append-only'); END;
        CREATE TRIGGER residue_decisions_no_delete BEFORE DELETE ON residue_decisions
            BEGIN SELECT RAISE(ABORT, 'residue decisions are append-only'); END;
        """
    )


def _qa_samples(db: sqlite_utils.Database) -> None:
    """Automatic batches' QA: the policy a batch is decided and signed under, its seeded page samples
    and the officer's marks (a page clean, or a miss with its text and type). Append-only."""
    db.executescript(
        """
        CREATE TABLE qa_policies (
            batch_id TEXT PRIMARY KEY REFERENCES batches(id),
            policy TEXT NOT NULL,            -- JSON: name, thresholds per type, target rate, confidence
            actor TEXT NOT NULL,
            at TEXT NOT NULL
        );
        CREATE TABLE qa_samples (
            id INTEGER PRIMARY KEY,
            batch_id TEXT NOT NULL REFERENCES batches(id),
            seed INTEGER NOT NULL,
            stratified INTEGER NOT NULL,
            confidence REAL NOT NULL,
            pages TEXT NOT NULL,             -- JSON list: page_id, document_id, page, stratum
            actor TEXT NOT NULL,
            drawn_at TEXT NOT NULL
        );
        CREATE TABLE qa_marks (
            id INTEGER PRIMARY KEY,
            batch_id TEXT NOT NULL REFERENCES batches(id),
            page_id TEXT NOT NULL,
            verdict TEXT NOT NULL CHECK (verdict IN ('clean', 'missed')),
            text TEXT,                       -- what was still readable (a miss)
            entity_type TEXT,
            fixed INTEGER NOT NULL,          -- occurrences redacted across the batch's documents
            actor TEXT NOT NULL,
            at TEXT NOT NULL
        );
        CREATE INDEX qa_marks_batch ON qa_marks(batch_id, page_id);
        CREATE TRIGGER qa_marks_no_update BEFORE UPDATE ON qa_marks
            BEGIN SELECT RAISE(ABORT, 'QA marks are append-only'); END;
        CREATE TRIGGER qa_marks_no_delete BEFORE DELETE ON qa_marks
            BEGIN SELECT RAISE(ABORT, 'QA marks are append-only'); END;
        CREATE TRIGGER qa_samples_no_update BEFORE UPDATE ON qa_samples
            BEGIN SELECT RAISE(ABORT, 'QA samples are append-only'); END;
        """
    )


def _chain_findings(db: sqlite_utils.Database) -> None:
    """Findings and the reviewer's decisions join the chained rows: what is redacted decides what leaves as
    much as consent does. A store that holds rows already gets a baseline of them, said to be taken now."""
    from desktop.core.store.chain import append_entry
    from desktop.core.store.state import compact, full_state

    state = full_state(db.conn)
    has_history = db.execute("SELECT COUNT(*) FROM audit").fetchone()[0] > 0
    if has_history or any(state.values()):
        append_entry(db, "migration", "state-baseline", {
            "reason": "findings and decisions joined the chain; every chained row as it was when this version "
                      "first opened the store (edits made before then cannot be seen)",
            "state": {table: compact(rows) for table, rows in state.items()}})


def _page_texts(db: sqlite_utils.Database) -> None:
    """The page source's texts (desktop.core.pdf.pagetexts): a file's pages with their character boxes,
    read once per version of the file (its sha256) and extractor. A cache: rows may go at any time."""
    db.executescript(
        """
        CREATE TABLE page_texts (
            sha256 TEXT NOT NULL,
            extractor TEXT NOT NULL,
            number INTEGER NOT NULL,         -- -1: what the whole read found (pages, damage)
            data BLOB NOT NULL,              -- zlib-compressed JSON
            PRIMARY KEY (sha256, extractor, number)
        );
        """
    )

def _contact_role(db: sqlite_utils.Database) -> None:
    """A party's place in a document may be "contact": a person a notices clause names, who consents to
    nothing and is redacted. SQLite cannot change a CHECK in place: the rows move, unchanged, into a
    table that allows the role (statement by statement, inside the migration's transaction)."""
    for statement in (
        """CREATE TABLE document_parties_new (
            document_id INTEGER NOT NULL REFERENCES documents(id),
            party_id INTEGER NOT NULL REFERENCES parties(id),
            role TEXT NOT NULL CHECK (role IN ('contracting party', 'signer', 'witness', 'contact',
                                               'other person named')),
            confirmed INTEGER NOT NULL DEFAULT 0,
            source TEXT NOT NULL,           -- parties-clause, signature-block, notices-clause, detection, manual
            note TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (document_id, party_id)
        )""",
        "INSERT INTO document_parties_new SELECT document_id, party_id, role, confirmed, source, note "
        "FROM document_parties",
        "DROP TABLE document_parties",
        "ALTER TABLE document_parties_new RENAME TO document_parties",
        "CREATE INDEX document_parties_party ON document_parties(party_id)",
    ):
        db.execute(statement)


# Append only; never edit a released step. A step's index + 1 is the schema version it produces.
MIGRATIONS: list[Callable[[sqlite_utils.Database], None]] = [
    _v1_review,
    _consent_registry,
    _export_batches,
    _named_signers,
    _ocr_pages,
    _scan_claims,
    _signer_revocations,
    _residue_decisions,
    _qa_samples,
    _page_texts,
    _chain_findings,
    _contact_role,
]

SCHEMA_VERSION = len(MIGRATIONS)
