"""Signers a store trusts: their public keys, recorded by `clearance signer trust`, each in the audit chain."""

from __future__ import annotations

import json

from desktop.core.store.base import StoreError, utc_now
from desktop.core.trust.lines import line_of


class TrustMixin:
    def trusted_signers(self) -> list[dict]:
        return list(self.db.query("SELECT * FROM trusted_signers ORDER BY name COLLATE NOCASE, fingerprint"))

    def trusted_signer(self, fingerprint: str) -> dict | None:
        rows = list(self.db.query("SELECT * FROM trusted_signers WHERE fingerprint = ?", [fingerprint]))
        return rows[0] if rows else None

    def trust_signer(self, name: str, public_key: str, fingerprint: str, reason: str = "",
                     vouched_by: dict | None = None) -> bool:
        """Record a colleague's key; False if it was trusted already. A second key under a name is refused,
        so a name on screen always means one key. `vouched_by` (name, fingerprint, signature over the new
        key's record) is the already-trusted key that agreed; it is recorded as the key that added it."""
        with self.atomic():
            if self.trusted_signer(fingerprint):
                return False
            clash = [r for r in self.trusted_signers() if r["name"].casefold() == name.casefold()]
            if clash:
                raise StoreError(f"another key is already trusted as {clash[0]['name']!r} "
                                 f"(fingerprint {clash[0]['fingerprint'][:16]}); give this signer another name")
            self.db.execute("INSERT INTO trusted_signers(fingerprint, name, public_key, trusted_at, trusted_by) "
                            "VALUES (?, ?, ?, ?, ?)", [fingerprint, name, public_key, utc_now(),
                                                       f"{vouched_by['name']} ({vouched_by['fingerprint'][:16]})"
                                                       if vouched_by else self.actor])
            self.append_audit("signer-trust", {"name": name, "fingerprint": fingerprint, "public_key": public_key,
                                               "reason": reason, **({"vouched_by": vouched_by} if vouched_by else {})},
                              state={"trusted_signers": self.chain_state("trusted_signers", [(fingerprint,)])})
            return True

    def trust_line(self, fingerprint: str) -> list[dict]:
        """A trusted key's line of trust (trust/lines.py): the key, the key that added it, ... up to a key no
        key added; each link with the signed vouch the audit chain recorded for it. [] if not trusted."""
        return line_of(fingerprint, {r["fingerprint"]: r for r in self.trusted_signers()}, self._vouches())

    def _vouches(self) -> dict[str, dict]:
        """The vouch that added each key, from the chain: read once per chain head (the export flow asks for
        the lines of every waiting batch's keys, and the audit table holds every finding's entry too)."""
        head = self.audit_head()
        cached = getattr(self, "_vouches_at_head", None)
        if cached is not None and cached[0] == head:
            return cached[1]
        vouches = {}
        for (payload,) in self.db.execute("SELECT payload FROM audit WHERE kind = 'signer-trust' ORDER BY seq"):
            entry = json.loads(payload)
            if entry.get("vouched_by"):
                vouches[entry["fingerprint"]] = entry["vouched_by"]
        self._vouches_at_head = (head, vouches)
        return vouches

    def revoked_signers(self) -> list[dict]:
        return list(self.db.query("SELECT * FROM revoked_signers ORDER BY audit_seq"))

    def revocation(self, fingerprint: str) -> dict | None:
        rows = list(self.db.query("SELECT * FROM revoked_signers WHERE fingerprint = ?", [fingerprint]))
        return rows[0] if rows else None

    def revoke_signer(self, fingerprint: str, reason: str = "") -> dict:
        """Revoke a trusted key (an audited, chained event): it may sign nothing from now on."""
        with self.atomic():
            trusted = self.trusted_signer(fingerprint)
            if trusted is None:
                raise StoreError(f"no key with fingerprint {fingerprint} is trusted in this store")
            if self.revocation(fingerprint):
                raise StoreError(f"{trusted['name']}'s key was revoked already")
            seq = self.audit_head()[0] + 1  # the entry appended below
            row = {"fingerprint": fingerprint, "name": trusted["name"], "revoked_at": utc_now(),
                   "revoked_by": self.actor, "reason": reason, "audit_seq": seq}
            self.db["revoked_signers"].insert(row)
            self.append_audit("signer-revoke", {k: v for k, v in row.items() if k != "audit_seq"},
                              state={"revoked_signers": self.chain_state("revoked_signers", [(fingerprint,)])})
            return row
