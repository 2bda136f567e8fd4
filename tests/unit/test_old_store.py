"""A store from before named signers: migrated with a baseline of its eligibility rows, old sign-offs explained."""

import hashlib

import sqlite_utils
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from signer_fixture import PASSPHRASE

from desktop.cli import main
from desktop.core.store import Store
from desktop.core.store.chain import append_entry, chain_head
from desktop.core.store.schema import MIGRATIONS, SCHEMA_VERSION
from desktop.core.trust.audit import canonical_json
from desktop.core.trust.signers import adopt_legacy_key, legacy_key_path
from desktop.core.verification.integrity import verify_store

OLD_VERSION = 3


def _old_store(path, key: Ed25519PrivateKey) -> None:
    """What Clearance wrote before: a party, a consent, a batch signed with the per-account key."""
    db = sqlite_utils.Database(path)
    for step in MIGRATIONS[:OLD_VERSION]:
        step(db)
    db.execute(f"PRAGMA user_version={OLD_VERSION}")
    db.execute("INSERT INTO parties(id, kind, name, name_key, origin, created_at) "
               "VALUES (1, 'company', 'Acme GmbH', 'acme', 'csv', 'then')")
    db.execute("INSERT INTO consents(id, party_id, purpose, status, granted_on, version) "
               "VALUES (1, 1, 'ai-training', 'granted', '2025-01-01', '1')")
    append_entry(db, "rita", "consent-import", {"rows": 1})
    manifest = canonical_json({"batch": "b1", "files": [], "settings": {"four_eyes": False}})
    digest = hashlib.sha256(manifest).hexdigest()
    db.execute("INSERT INTO batches VALUES ('b1', 'then', 'ai-training', 'rita', ?, ?)", [manifest, digest])
    append_entry(db, "rita", "export", {"batch": "b1", "manifest_sha256": digest, "files": []})
    seq, head = chain_head(db)
    record = {"batch": "b1", "signer": "Rita Reviewer", "os_user": "rita", "meaning": "reviewed", "at": "then",
              "manifest_sha256": digest, "audit_head": {"seq": seq, "hash": head}}
    payload = canonical_json(record)
    signature = key.sign(payload).hex()
    public = key.public_key().public_bytes_raw().hex()
    db.execute("INSERT INTO signoffs(batch_id, meaning, signer, os_user, at, payload, signature, public_key) "
               "VALUES ('b1', 'reviewed', 'Rita Reviewer', 'rita', 'then', ?, ?, ?)", [payload, signature, public])
    append_entry(db, "Rita Reviewer", "signoff", {**record, "signature": signature, "public_key": public})
    db.conn.commit()
    db.close()


def test_an_old_store_is_explained_then_migrated_and_its_key_can_be_adopted(tmp_path, capsys):
    path = tmp_path / "old.sqlite"
    key = Ed25519PrivateKey.generate()
    _old_store(path, key)
    assert main(["verify", str(path)]) == 1
    assert "older Clearance (schema 3)" in capsys.readouterr().err  # a message, not a traceback

    with Store(path) as store:  # any command opens it and migrates it
        assert store.version == SCHEMA_VERSION
        baseline = [e for e in store.audit_entries() if e["kind"] == "state-baseline"]
        consents = baseline[0]["payload"]["state"]["consents"]
        assert dict(zip(consents["columns"], consents["rows"]["1"]))["status"] == "granted"
    report = verify_store(path)
    assert not report.ok
    assert any("reviewed by Rita Reviewer" in p and "not trusted" in p for p in report.problems)

    legacy_key_path().parent.mkdir(parents=True, exist_ok=True)
    legacy_key_path().write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                                    serialization.NoEncryption()))
    rita = adopt_legacy_key("Rita", PASSPHRASE)
    with Store(path) as store:
        store.trust_signer(rita.name, rita.public.public_key, rita.fingerprint)
    report = verify_store(path)
    assert report.ok, report.problems
    assert any("trusted as Rita" in line and "before named signers" in line for line in report.checked)


def test_after_migration_an_edited_consent_is_caught(tmp_path):
    path = tmp_path / "old.sqlite"
    _old_store(path, Ed25519PrivateKey.generate())
    Store(path).close()
    conn = sqlite_utils.Database(path)
    conn.execute("UPDATE consents SET status = 'withdrawn'")
    conn.conn.commit()
    conn.close()
    assert any("consents row 1: changed" in p for p in verify_store(path).problems)
