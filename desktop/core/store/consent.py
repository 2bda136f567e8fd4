"""The consent registry in the store: parties, document links, consent records, purge lists."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date

from desktop.core.consent.matching import normalise
from desktop.core.consent.model import ConsentRecord, ConsentStatus, Party, PartyLink, as_date
from desktop.core.store.base import utc_now

_PARTY_FIELDS = ("kind", "name", "register_number", "vat_id", "email", "aliases")
_CONSENT_FIELDS = ("status", "granted_on", "valid_until", "withdrawn_on", "evidence")


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


def _party_values(p: Party) -> dict:
    return {"kind": str(p.kind), "name": p.name, "register_number": p.register_number, "vat_id": p.vat_id,
            "email": p.email, "aliases": json.dumps(list(p.aliases), ensure_ascii=False)}


def _consent_values(c: ConsentRecord) -> dict:
    def iso(d: date | None) -> str | None:
        return d.isoformat() if d else None

    return {"status": str(c.status), "granted_on": iso(c.granted_on), "valid_until": iso(c.valid_until),
            "withdrawn_on": iso(c.withdrawn_on), "evidence": c.evidence}


class ConsentMixin:
    # --- parties ---------------------------------------------------------------------------------

    def parties(self, search: str | None = None) -> list[Party]:
        """Every party, or those whose name, alias, e-mail or identifier contains `search`."""
        sql, args = "SELECT * FROM parties", []
        if search:
            like = f"%{search}%"
            sql += (" WHERE name LIKE ? OR name_key LIKE ? OR aliases LIKE ? OR email LIKE ? "
                    "OR register_number LIKE ? OR vat_id LIKE ?")
            args = [like, f"%{normalise(search)}%", like, like, like, like]
        return [party_from_row(r) for r in self.db.query(sql + " ORDER BY name COLLATE NOCASE, id", args)]

    def party(self, party_id: int) -> Party | None:
        rows = list(self.db.query("SELECT * FROM parties WHERE id = ?", [party_id]))
        return party_from_row(rows[0]) if rows else None

    def find_party(self, key: str) -> Party | None:
        """A party by id, name (legal form, case and punctuation ignored), alias or e-mail."""
        from desktop.core.consent.matching import match_party

        if key.strip().isdigit() and (p := self.party(int(key))):
            return p
        rows = list(self.db.query("SELECT * FROM parties WHERE name_key = ? ORDER BY id", [normalise(key)]))
        if rows:
            return party_from_row(rows[0])
        party, _ = match_party(key, self.parties())
        return party

    def add_party(self, party: Party, origin: str = "manual") -> tuple[int, bool]:
        """The id of the party with this kind and normalised name, creating it if needed."""
        with self.atomic():
            return self._add_party(party, origin)

    def _add_party(self, party: Party, origin: str) -> tuple[int, bool]:
        row = self.db.execute("SELECT id FROM parties WHERE kind = ? AND name_key = ?",
                              [str(party.kind), normalise(party.name)]).fetchone()
        if row:
            return row[0], False
        values = _party_values(party)
        cur = self.db.execute(
            "INSERT INTO parties(kind, name, name_key, register_number, vat_id, email, aliases, origin, "
            "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [values["kind"], party.name, normalise(party.name), values["register_number"], values["vat_id"],
             values["email"], values["aliases"], origin, utc_now()],
        )
        self.append_audit("party-add", {"party": cur.lastrowid, "origin": origin, **values})
        return cur.lastrowid, True

    def _sync_party(self, party: Party, origin: str) -> tuple[int, str]:
        """Insert or update a party from an import; returns its id and added/updated/same."""
        party_id, created = self._add_party(party, origin)
        if created:
            return party_id, "added"
        row = dict(zip(_PARTY_FIELDS, self.db.execute(
            f"SELECT {', '.join(_PARTY_FIELDS)} FROM parties WHERE id = ?", [party_id]).fetchone()))
        after = _party_values(party)
        changed = {k: v for k, v in after.items() if row[k] != v}
        if not changed:
            return party_id, "same"
        self.db.execute(f"UPDATE parties SET {', '.join(f'{k} = ?' for k in changed)} WHERE id = ?",
                        [*changed.values(), party_id])
        self.append_audit("party-update", {"party": party_id, "before": {k: row[k] for k in changed},
                                           "after": changed})
        return party_id, "updated"

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

    def _sync_consent(self, party_id: int, c: ConsentRecord) -> str:
        after = _consent_values(c)
        row = self.db.execute(
            f"SELECT id, {', '.join(_CONSENT_FIELDS)} FROM consents WHERE party_id = ? AND purpose = ? AND version = ?",
            [party_id, c.purpose, c.version]).fetchone()
        key = {"party": party_id, "purpose": c.purpose, "version": c.version}
        if row is None:
            cur = self.db.execute(
                "INSERT INTO consents(party_id, purpose, version, status, granted_on, valid_until, withdrawn_on, "
                "evidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [party_id, c.purpose, c.version, *after.values()])
            self.append_audit("consent-add", {"consent": cur.lastrowid, **key, **after})
            return "added"
        before = dict(zip(_CONSENT_FIELDS, row[1:]))
        changed = {k: v for k, v in after.items() if before[k] != v}
        if not changed:
            return "same"
        self.db.execute(f"UPDATE consents SET {', '.join(f'{k} = ?' for k in changed)} WHERE id = ?",
                        [*changed.values(), row[0]])
        self.append_audit("consent-update", {"consent": row[0], **key, "before": {k: before[k] for k in changed},
                                             "after": changed})
        return "updated"

    def import_consents(self, rows: Iterable[tuple[Party, ConsentRecord]], total: int | None = None,
                        progress: Callable[[int, int | None], None] | None = None,
                        origin: str = "csv") -> ImportReport:
        """Write parties and their consents in ONE transaction; identical rows change nothing."""
        counts = {"parties_added": 0, "parties_updated": 0, "consents_added": 0, "consents_updated": 0,
                  "unchanged": 0}
        with self.atomic():
            for done, (party, consent) in enumerate(rows, 1):
                party_id, party_change = self._sync_party(party, origin)
                if party_change != "same":
                    counts[f"parties_{party_change}"] += 1
                consent_change = self._sync_consent(party_id, consent)
                if consent_change == "same":
                    counts["unchanged"] += 1
                else:
                    counts[f"consents_{consent_change}"] += 1
                if progress and (done % 1000 == 0 or done == total):
                    progress(done, total)
        return ImportReport(**counts)

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
                    "before": {"status": status, "withdrawn_on": before}, "withdrawn_on": on.isoformat()})
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
                "before": {"role": before[0], "confirmed": bool(before[1])} if before else None})

    def unlink_party(self, doc_id: int, party_id: int) -> bool:
        with self.atomic():
            cur = self.db.execute("DELETE FROM document_parties WHERE document_id = ? AND party_id = ?",
                                  [doc_id, party_id])
            if cur.rowcount:
                self.append_audit("party-unlink", {"document": doc_id, "party": party_id})
            return bool(cur.rowcount)

    def document_links(self, doc_id: int) -> list[PartyLink]:
        rows = self.db.query(
            "SELECT p.*, dp.role, dp.confirmed, dp.source, dp.note FROM document_parties dp "
            "JOIN parties p ON p.id = dp.party_id WHERE dp.document_id = ? "
            "ORDER BY CASE dp.role WHEN 'contracting party' THEN 0 WHEN 'signer' THEN 1 WHEN 'witness' THEN 2 "
            "ELSE 3 END, p.name COLLATE NOCASE", [doc_id])
        return [PartyLink(party=party_from_row(r), role=r["role"], confirmed=bool(r["confirmed"]),
                          source=r["source"], note=r["note"]) for r in rows]

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
