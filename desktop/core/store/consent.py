"""The consent registry in the store: parties, document links, consent records, purge lists."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date

from desktop.core.consent.parties import (
    ConsentRecord,
    ConsentStatus,
    Party,
    PartyKind,
    PartyLink,
    as_date,
    match_party,
)
from desktop.core.store.base import utc_now
from desktop.core.store.consent_import import (
    CONSENT_FIELDS,
    PARTY_FIELDS,
    ImportPlan,
    Writes,
    party_values,
)
from desktop.core.store.state import gone
from desktop.core.text.terms import normalise_name

_IMPORT_CHUNK = 1000  # rows per executemany round and per progress report


@dataclass(frozen=True)
class ImportReport:
    parties_added: int = 0
    parties_updated: int = 0
    consents_added: int = 0
    consents_updated: int = 0
    unchanged: int = 0

    @property
    def changed(self) -> bool:
        return any((self.parties_added, self.parties_updated, self.consents_added, self.consents_updated))


def party_from_row(row: dict) -> Party:
    return Party(id=row["id"], kind=row["kind"], name=row["name"], register_number=row["register_number"],
                 vat_id=row["vat_id"], email=row["email"], aliases=tuple(json.loads(row["aliases"])))


def consent_from_row(row: dict) -> ConsentRecord:
    return ConsentRecord(id=row["id"], party_id=row["party_id"], purpose=row["purpose"], status=row["status"],
                         version=row["version"], granted_on=as_date(row["granted_on"]),
                         valid_until=as_date(row["valid_until"]), withdrawn_on=as_date(row["withdrawn_on"]),
                         evidence=row["evidence"])


def _like_escaped(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


class ConsentMixin:
    # --- parties ---------------------------------------------------------------------------------

    def parties(self, search: str | None = None) -> list[Party]:
        """Every party, or those whose name, alias, e-mail or identifier contains `search`."""
        sql, args = "SELECT * FROM parties", []
        if search:
            like = f"%{_like_escaped(search)}%"  # % and _ typed by the user match themselves
            sql += " WHERE " + " OR ".join(f"{c} LIKE ? ESCAPE '\\'" for c in (
                "name", "name_key", "aliases", "email", "register_number", "vat_id"))
            key = normalise_name(search)  # empty for punctuation only, which must not match every name
            args = [like, f"%{_like_escaped(key)}%" if key else "\x00", like, like, like, like]
        return [party_from_row(r) for r in self.db.query(sql + " ORDER BY name COLLATE NOCASE, id", args)]

    def party(self, party_id: int) -> Party | None:
        rows = list(self.db.query("SELECT * FROM parties WHERE id = ?", [party_id]))
        return party_from_row(rows[0]) if rows else None

    def find_party(self, key: str) -> Party | None:
        """A party by id, name (legal form, case and punctuation ignored), alias or e-mail."""
        if key.strip().isdigit() and (p := self.party(int(key))):
            return p
        rows = list(self.db.query("SELECT * FROM parties WHERE name_key = ? ORDER BY id", [normalise_name(key)]))
        if rows:
            return party_from_row(rows[0])
        party, _ = match_party(key, self.parties())
        return party

    def matching_parties(self, key: str) -> list[Party]:
        """Every party a name, id, alias or e-mail names: more than one means the caller must choose
        (a company and a person may share a name)."""
        if key.strip().isdigit() and (p := self.party(int(key))):
            return [p]
        rows = list(self.db.query("SELECT * FROM parties WHERE name_key = ? ORDER BY id", [normalise_name(key)]))
        if rows:
            return [party_from_row(r) for r in rows]
        party = self.find_party(key)
        return [party] if party else []

    def set_party_kind(self, party_id: int, kind: str) -> int:
        """Make a party a company or a person (audited); returns the id the party now has.

        If the registry already holds a party of that kind and name (a scan proposed "Eva Roth" as a
        company, the consent file names her as a person), the document links move to it: that is
        the party whose consents count. A party holding consent records of its own is not merged.
        """
        kind = PartyKind(kind)
        with self.atomic():
            party = self.party(party_id)
            if party is None:
                raise KeyError(f"no party {party_id}")
            if party.kind == kind:
                return party_id
            row = self.db.execute("SELECT id FROM parties WHERE kind = ? AND name_key = ? AND id != ?",
                                  [kind.value, normalise_name(party.name), party_id]).fetchone()
            target = row[0] if row else party_id
            if row and self.consents(party_id):
                raise ValueError(f"{party.name} (id {party_id}) holds consents and a {kind} of that name "
                                 f"exists (id {target}); correct the consent file instead")
            if row:
                self._move_links(party_id, target)
            else:
                self.db.execute("UPDATE parties SET kind = ? WHERE id = ?", [kind.value, party_id])
            self.append_audit("party-kind", {"party": party_id, "before": party.kind, "after": kind.value,
                                             "merged_into": target if row else None})
            return target

    def _move_links(self, old: int, new: int) -> None:
        for doc_id, role, confirmed, source, note in self.db.execute(
                "SELECT document_id, role, confirmed, source, note FROM document_parties WHERE party_id = ?",
                [old]).fetchall():
            self.db.execute("INSERT OR IGNORE INTO document_parties(document_id, party_id, role, confirmed, "
                            "source, note) VALUES (?, ?, ?, ?, ?, ?)", [doc_id, new, role, confirmed, source, note])
        self.db.execute("DELETE FROM document_parties WHERE party_id = ?", [old])

    def add_party(self, party: Party, origin: str = "manual") -> tuple[int, bool]:
        """The id of the party with this kind and normalised name, creating it if needed."""
        with self.atomic():
            return self._add_party(party, origin)

    def _add_party(self, party: Party, origin: str) -> tuple[int, bool]:
        row = self.db.execute("SELECT id FROM parties WHERE kind = ? AND name_key = ?",
                              [str(party.kind), normalise_name(party.name)]).fetchone()
        if row:
            return row[0], False
        values = party_values(party)
        cur = self.db.execute(
            "INSERT INTO parties(kind, name, name_key, register_number, vat_id, email, aliases, origin, "
            "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [values["kind"], party.name, normalise_name(party.name), values["register_number"], values["vat_id"],
             values["email"], values["aliases"], origin, utc_now()],
        )
        self.append_audit("party-add", {"party": cur.lastrowid, "origin": origin, **values},
                          state={"parties": self.chain_state("parties", [(cur.lastrowid,)])})
        return cur.lastrowid, True

    # --- consent records -------------------------------------------------------------------------

    def consents(self, party_id: int | None = None, purpose: str | None = None) -> list[ConsentRecord]:
        sql, args, where = "SELECT * FROM consents", [], []
        if party_id is not None:
            where.append("party_id = ?")
            args.append(party_id)
        if purpose:
            where.append("purpose = ?")
            args.append(purpose)
        if where:
            sql += " WHERE " + " AND ".join(where)
        return [consent_from_row(r) for r in self.db.query(sql + " ORDER BY party_id, purpose, granted_on, id", args)]

    def import_consents(self, rows: Iterable[tuple[Party, ConsentRecord]], total: int | None = None,
                        progress: Callable[[int, int | None], None] | None = None,
                        origin: str = "csv", source: dict | None = None) -> ImportReport:
        """Write parties and their consents in ONE transaction with ONE `consent-import` audit entry.

        The registry is read once into lookups and rows are written in chunks with executemany;
        `source` ({"file": name, "file_sha256": hex}) names the file. Identical rows change nothing.
        """
        rows = list(rows)
        total = len(rows) if total is None else total
        with self.atomic():
            plan = ImportPlan(self._party_lookup(), self._consent_lookup(), self._next_id("parties"),
                              self._next_id("consents"))
            now = utc_now()
            party_ids, consent_ids = set(), set()
            for start in range(0, len(rows), _IMPORT_CHUNK):
                chunk = rows[start:start + _IMPORT_CHUNK]
                writes = plan.plan(chunk, origin, now)
                self._write_import(writes)
                party_ids |= {w[0] for w in writes.new_parties} | {w[-1] for w in writes.party_updates}
                consent_ids |= {w[0] for w in writes.new_consents} | {w[-1] for w in writes.consent_updates}
                if progress:
                    progress(start + len(chunk), total)
            if plan.changed:
                self.append_audit("consent-import", plan.audit_payload(origin, source), state={
                    "parties": self.chain_state("parties", [(i,) for i in sorted(party_ids)]),
                    "consents": self.chain_state("consents", [(i,) for i in sorted(consent_ids)])})
        return ImportReport(**plan.counts)

    def _party_lookup(self) -> dict:
        cols = ", ".join(PARTY_FIELDS)
        return {(r[1], r[-1]): (r[0], dict(zip(PARTY_FIELDS, r[1:-1])))
                for r in self.db.execute(f"SELECT id, {cols}, name_key FROM parties")}

    def _consent_lookup(self) -> dict:
        cols = ", ".join(CONSENT_FIELDS)
        return {(r[0], r[1], r[2]): (r[3], dict(zip(CONSENT_FIELDS, r[4:])))
                for r in self.db.execute(f"SELECT party_id, purpose, version, id, {cols} FROM consents")}

    def _next_id(self, table: str) -> int:
        return self.db.execute(f"SELECT COALESCE(MAX(id), 0) + 1 FROM {table}").fetchone()[0]

    def _write_import(self, w: Writes) -> None:
        conn = self.db.conn
        conn.executemany("INSERT INTO parties(id, kind, name, name_key, register_number, vat_id, email, aliases, "
                         "origin, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", w.new_parties)
        conn.executemany(f"UPDATE parties SET {', '.join(f'{k} = ?' for k in PARTY_FIELDS)} WHERE id = ?",
                         w.party_updates)
        conn.executemany(f"INSERT INTO consents(id, party_id, purpose, version, {', '.join(CONSENT_FIELDS)}) "
                         f"VALUES (?, ?, ?, ?, {', '.join('?' * len(CONSENT_FIELDS))})", w.new_consents)
        conn.executemany(f"UPDATE consents SET {', '.join(f'{k} = ?' for k in CONSENT_FIELDS)} WHERE id = ?",
                         w.consent_updates)

    def consent_table(self) -> list[tuple[Party, ConsentRecord]]:
        """Every consent with its party, in a stable order (the CSV export)."""
        parties = {p.id: p for p in self.parties()}
        return [(parties[c.party_id], c) for c in self.consents()]

    def record_withdrawal(self, party_id: int, purpose: str, on: date) -> int:
        """Mark the party's consents for `purpose` withdrawn on `on`; returns how many changed."""
        with self.atomic():
            rows = self.db.execute(
                "SELECT id, version, status, withdrawn_on FROM consents WHERE party_id = ? AND purpose = ? "
                "AND status != 'refused' AND (withdrawn_on IS NULL OR withdrawn_on > ?)",
                [party_id, purpose, on.isoformat()]).fetchall()
            for consent_id, version, status, before in rows:
                self.db.execute("UPDATE consents SET status = ?, withdrawn_on = ? WHERE id = ?",
                                [ConsentStatus.WITHDRAWN.value, on.isoformat(), consent_id])
                self.append_audit("consent-withdraw", {
                    "consent": consent_id, "party": party_id, "purpose": purpose, "version": version,
                    "before": {"status": status, "withdrawn_on": before}, "withdrawn_on": on.isoformat()},
                    state={"consents": self.chain_state("consents", [(consent_id,)])})
            return len(rows)

    # --- links between documents and parties ---------------------------------------------------

    def link_party(self, doc_id: int, party_id: int, role: str, confirmed: bool = True, source: str = "manual",
                   note: str = "") -> None:
        with self.atomic():
            before = self.db.execute("SELECT role, confirmed FROM document_parties WHERE document_id = ? "
                                     "AND party_id = ?", [doc_id, party_id]).fetchone()
            if before and (before[0], bool(before[1])) == (str(role), confirmed):
                return
            self.db.execute(
                "INSERT INTO document_parties(document_id, party_id, role, confirmed, source, note) "
                "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(document_id, party_id) DO UPDATE SET "
                "role = excluded.role, confirmed = excluded.confirmed",
                [doc_id, party_id, str(role), int(confirmed), source, note])
            self.append_audit("party-link", {
                "document": doc_id, "party": party_id, "role": str(role), "confirmed": confirmed, "source": source,
                "before": {"role": before[0], "confirmed": bool(before[1])} if before else None},
                state={"document_parties": self.chain_state("document_parties", [(doc_id, party_id)])})

    def unlink_party(self, doc_id: int, party_id: int) -> bool:
        with self.atomic():
            cur = self.db.execute("DELETE FROM document_parties WHERE document_id = ? AND party_id = ?",
                                  [doc_id, party_id])
            if cur.rowcount:
                self.append_audit("party-unlink", {"document": doc_id, "party": party_id},
                                  state={"document_parties": gone(f"{doc_id}/{party_id}")})
            return bool(cur.rowcount)

    def document_links(self, doc_id: int) -> list[PartyLink]:
        rows = self.db.query(
            "SELECT p.*, dp.role, dp.confirmed, dp.source, dp.note FROM document_parties dp "
            "JOIN parties p ON p.id = dp.party_id WHERE dp.document_id = ? "
            "ORDER BY CASE dp.role WHEN 'contracting party' THEN 0 WHEN 'signer' THEN 1 WHEN 'witness' THEN 2 "
            "ELSE 3 END, p.name COLLATE NOCASE", [doc_id])
        return [PartyLink(party=party_from_row(r), role=r["role"], confirmed=bool(r["confirmed"]),
                          source=r["source"], note=r["note"]) for r in rows]

    def unused_scan_parties(self) -> list[Party]:
        """Parties a scan added that no document links and no consent names any more: personal data
        kept for nothing (see `forget_parties`)."""
        rows = self.db.query(
            "SELECT * FROM parties p WHERE p.origin = 'scan' "
            "AND NOT EXISTS (SELECT 1 FROM document_parties dp WHERE dp.party_id = p.id) "
            "AND NOT EXISTS (SELECT 1 FROM consents c WHERE c.party_id = p.id) ORDER BY p.id")
        return [party_from_row(r) for r in rows]

    def forget_parties(self, party_ids: list[int]) -> int:
        """Delete these parties from the registry, audited; only unused ones a scan added are deleted."""
        unused = {p.id for p in self.unused_scan_parties()}
        gone_ids = [i for i in party_ids if i in unused]
        with self.atomic():
            for party_id in gone_ids:
                self.db.execute("DELETE FROM parties WHERE id = ?", [party_id])
                self.append_audit("party-forget", {"party": party_id, "why": "added by a scan, linked to nothing"},
                                  state={"parties": gone(str(party_id))})
        return len(gone_ids)

    def documents_with_withdrawn_consent(self) -> set[int]:
        """Documents linked to a party that withdrew a consent (for any purpose)."""
        return {r[0] for r in self.db.execute(
            "SELECT DISTINCT dp.document_id FROM document_parties dp JOIN consents c ON c.party_id = dp.party_id "
            "WHERE c.status = 'withdrawn'")}

    def party_documents(self, party_id: int) -> list[dict]:
        return list(self.db.query(
            "SELECT d.id, d.name, d.sha256, dp.role, dp.confirmed FROM document_parties dp "
            "JOIN documents d ON d.id = dp.document_id WHERE dp.party_id = ? ORDER BY d.id", [party_id]))

    def known_party_terms(self, doc_id: int) -> list[str]:
        """Names, aliases and e-mails of the document's linked parties, for detection to find everywhere."""
        terms = {t for link in self.document_links(doc_id) for t in link.party.terms}
        return sorted(terms, key=lambda t: (-len(t), t.casefold()))

    def purge_list(self, party_id: int) -> list[dict]:
        """Every exported file that holds one of the party's documents: batch, file name, sha256, date."""
        if not {"batches", "batch_files"} <= set(self.db.table_names()):
            return []
        return list(self.db.query(
            "SELECT b.id AS batch, f.name AS file, f.sha256, b.created_at AS date, f.document_id AS document "
            "FROM batch_files f JOIN batches b ON b.id = f.batch_id "
            "WHERE f.document_id IN (SELECT document_id FROM document_parties WHERE party_id = ?) "
            "ORDER BY b.created_at, b.id, f.name", [party_id]))
