"""What decides eligibility is in the chain: a row edited with sqlite3, a cut tail, a lost sign-off is named."""

import sqlite3
from datetime import date

import pytest
from batch_fixture import CHECKS_WITH_CONSENT, add_contract
from signer_fixture import FIRST_KEY, memory_signer, trusted

from desktop.cli import main
from desktop.core.consent.parties import ConsentRecord, Party
from desktop.core.export import batch as export_batch
from desktop.core.export import checks
from desktop.core.export.batch import ExportError, build_batch
from desktop.core.export.publish import sign_and_write
from desktop.core.store import Store
from desktop.core.verification.integrity import verify_store


@pytest.fixture(autouse=True)
def _core_checks(monkeypatch):
    monkeypatch.setattr(checks, "EXPORT_CHECKS", list(CHECKS_WITH_CONSENT))


def _registry(store, doc_id):
    party = Party(name="Acme Widgets GmbH", kind="company")
    store.import_consents([(party, ConsentRecord(party_id=None, purpose="ai-training", version="1",
                                                 status="withdrawn", granted_on=date(2025, 1, 1),
                                                 withdrawn_on=date(2025, 6, 1)))])
    party_id = store.find_party("Acme Widgets GmbH").id
    store.link_party(doc_id, party_id, "contracting party")
    store.set_setting("four_eyes", "1")
    return party_id


def _sql(path, *statements):
    conn = sqlite3.connect(path)  # as an attacker would: drop the guards, edit, leave
    for s in statements:
        conn.execute(s)
    conn.commit()
    conn.close()


@pytest.mark.parametrize("statement, named", [
    ("UPDATE consents SET status = 'granted', withdrawn_on = NULL", "consents row 1: changed outside Clearance "
                                                                    "(status is 'granted', the chain says 'withdrawn'"),
    ("UPDATE parties SET kind = 'person'", "parties row 1: changed outside Clearance (kind is 'person'"),
    ("UPDATE settings SET value = '0' WHERE key = 'four_eyes'", "settings row four_eyes: changed"),
    ("DELETE FROM settings WHERE key = 'four_eyes'", "settings row four_eyes: in the audit chain but gone"),
    ("UPDATE document_parties SET role = 'witness'", "document_parties row 1/1: changed"),
    ("INSERT INTO trusted_signers VALUES ('ab', 'mallory', 'cd', 'now', 'x')", "trusted_signers row ab: not in"),
])
def test_a_row_edited_with_sqlite_is_named_and_blocks_export(store, tmp_path, statement, named, capsys):
    doc = add_contract(store, tmp_path, consent=False)  # its one party is the registry's row 1, withdrawn
    _registry(store, doc)
    path = store.path
    store.close()
    assert main(["verify", str(path)]) == 0
    _sql(path, statement)
    assert main(["verify", str(path)]) == 1
    assert named in capsys.readouterr().err
    with Store(path) as s, pytest.raises(ExportError, match="does not verify"):
        build_batch(s, [doc])


def test_settings_and_trust_changes_are_audited(store):
    alice = memory_signer("alice")
    store.set_setting("four_eyes", "1")
    store.set_setting("four_eyes", "0")
    store.set_setting("review.current", '{"document": 1}')  # where the reviewer was decides nothing
    trusted(store, alice)
    kinds = [(e["kind"], e["payload"].get("key") or e["payload"].get("name")) for e in store.audit_entries()]
    assert kinds == [("setting", "four_eyes"), ("setting", "four_eyes"),  # the fixture's first key, then alice
                     ("signer-trust", FIRST_KEY.name), ("signer-trust", "alice")]
    assert store.audit_entries()[1]["payload"]["before"] == "1"


def test_the_pseudonym_secret_is_chained_as_a_hash(store):
    store.set_setting(export_batch.SECRET_SETTING, "ab" * 32)
    (entry,) = store.audit_entries()
    assert "ab" * 32 not in str(entry["payload"]) and entry["payload"]["value"].startswith("sha256:")
    path = store.path
    store.close()
    assert verify_store(path).ok
    _sql(path, f"UPDATE settings SET value = '{'cd' * 32}'")
    assert any("settings row export.pseudonym_secret" in p for p in verify_store(path).problems)


@pytest.fixture
def signed_store(store, tmp_path):
    alice, bob = memory_signer("alice"), memory_signer("bob")
    trusted(store, alice, bob)
    store.set_setting("four_eyes", "1")
    batch = build_batch(store, [add_contract(store, tmp_path)]).batch_id
    sign_and_write(store, batch, alice, "reviewed")
    sign_and_write(store, batch, bob, "approved")
    path = store.path
    store.close()
    assert verify_store(path).ok
    return path, batch


def test_a_truncated_chain_is_reported(signed_store):
    path, _ = signed_store
    _sql(path, "DROP TRIGGER audit_no_delete", "DELETE FROM audit WHERE seq >= (SELECT MAX(seq) - 1 FROM audit)")
    problems = verify_store(path).problems
    assert any("the chain ends at" in p for p in problems)
    assert any("missing" in p or "not in the audit chain" in p for p in problems)


def test_a_deleted_signoff_is_reported(signed_store):
    path, _ = signed_store
    _sql(path, "DROP TRIGGER signoffs_no_delete", "DELETE FROM signoffs WHERE meaning = 'approved'")
    problems = verify_store(path).problems
    assert any("approved by bob) that is missing (deleted)" in p for p in problems), problems


def test_a_duplicated_signoff_is_reported(signed_store):
    path, _ = signed_store
    _sql(path, "INSERT INTO signoffs(batch_id, meaning, signer, os_user, at, payload, signature, public_key) "
               "SELECT batch_id, meaning, signer, os_user, at, payload, signature, public_key FROM signoffs "
               "WHERE meaning = 'reviewed'")
    problems = verify_store(path).problems
    assert any("duplicates sign-off 1" in p for p in problems), problems


def test_verify_store_with_trust_files_counts_only_those_keys(signed_store, tmp_path, capsys):
    from signer_fixture import pub_file

    path, _ = signed_store
    stranger = pub_file(memory_signer("carol"), tmp_path)
    assert main(["verify", str(path), "--trust", str(stranger)]) == 1
    assert "not trusted" in capsys.readouterr().err


def test_a_damaged_store_is_refused(store, tmp_path):
    doc = add_contract(store, tmp_path)
    for i in range(50):
        store.add_document(sha256=f"{i:064x}", path="/x.pdf", name=f"x{i}.pdf", pages=1, size=1)
    root = store.db.execute("SELECT rootpage FROM sqlite_master WHERE name = 'sqlite_autoindex_documents_1'"
                            ).fetchone()[0]
    page_size = store.db.execute("PRAGMA page_size").fetchone()[0]
    store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    path = store.path
    store.close()
    data = bytearray(path.read_bytes())
    at = (root - 1) * page_size
    data[at + 100:at + 400] = bytes(300)  # cells of an index page zeroed, as a bad disk leaves them
    path.write_bytes(bytes(data))
    assert any("integrity_check" in p for p in verify_store(path).problems)
    with Store(path) as s, pytest.raises(ExportError, match="damaged"):
        build_batch(s, [doc])


def test_a_store_rewritten_wholesale_is_said_once_not_row_by_row(store):
    path = store.path
    store.close()
    _sql(path, *[f"INSERT INTO settings VALUES ('x.{i}', '1')" for i in range(25)])
    problems = [p for p in verify_store(path).problems if p.startswith("settings")]
    assert problems[0] == "settings: 25 rows differ from the audit chain; the first 20 follow"
    assert len(problems) == 21
