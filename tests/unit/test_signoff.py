"""Sign-off: a trusted named key signs the manifest hash and chain head; four eyes means two distinct keys."""

import json
import sqlite3

import pytest
from batch_fixture import CORE_CHECKS, add_contract
from signer_fixture import memory_signer, trusted

from desktop.core.export import batch as export_batch
from desktop.core.export import checks
from desktop.core.export.batch import ExportError, build_batch
from desktop.core.export.publish import sign_and_write
from desktop.core.export.signoff import SignoffError, batch_complete, sign_off
from desktop.core.trust.signers import SignerError, check_name, signature_valid


@pytest.fixture
def batch(store, tmp_path, monkeypatch):
    monkeypatch.setattr(checks, "EXPORT_CHECKS", list(CORE_CHECKS))
    doc = add_contract(store, tmp_path)  # decided by the store's actor, "tester"
    return build_batch(store, [doc]).batch_id


@pytest.fixture
def alice():
    return memory_signer("alice")


@pytest.fixture
def bob():
    return memory_signer("bob")


def test_signature_covers_manifest_hash_chain_head_and_key(store, batch, alice):
    trusted(store, alice)
    head_before = store.audit_head()
    record = sign_off(store, batch, alice, "reviewed")
    stored = store.signoffs(batch)[0]
    assert signature_valid(bytes(stored["payload"]), stored["signature"], stored["public_key"])
    signed = json.loads(stored["payload"])
    assert signed["manifest_sha256"] == store.batch(batch)["manifest_sha256"]
    assert signed["audit_head"] == {"seq": head_before[0], "hash": head_before[1]}
    assert signed["signer"] == "alice" and signed["fingerprint"] == alice.fingerprint
    assert "os_user" not in signed  # the account signs nothing
    altered = bytes(stored["payload"]).replace(b"reviewed", b"approved")
    assert not signature_valid(altered, stored["signature"], stored["public_key"])
    assert store.audit_entries()[-1]["kind"] == "signoff"
    assert store.audit_entries()[-1]["payload"]["signature"] == record["signature"]


def test_first_signer_of_a_store_is_trusted_and_audited_later_ones_are_not(store, batch, alice, bob):
    record = sign_off(store, batch, alice, "reviewed")
    assert record["newly_trusted"] and store.trusted_signer(alice.fingerprint)["name"] == "alice"
    assert [e["payload"]["reason"] for e in store.audit_entries() if e["kind"] == "signer-trust"] == [
        "first signer of this store"]
    with pytest.raises(SignoffError, match="not trusted"):
        sign_off(store, batch, bob, "approved")
    assert len(store.signoffs(batch)) == 1


def test_the_name_signed_is_the_one_the_store_trusts_the_key_under(store, batch, alice):
    trusted(store, alice)
    renamed = type(alice)("the-boss", alice.key)  # the same key, under another local name
    assert sign_off(store, batch, renamed, "reviewed")["signer"] == "alice"


def test_four_eyes_needs_reviewed_then_approved_by_a_second_trusted_key(store, tmp_path, monkeypatch, alice, bob):
    monkeypatch.setattr(checks, "EXPORT_CHECKS", list(CORE_CHECKS))
    store.set_setting("four_eyes", "1")
    batch = build_batch(store, [add_contract(store, tmp_path)]).batch_id
    trusted(store, alice, bob)
    with pytest.raises(SignoffError, match="four-eyes"):
        sign_off(store, batch, bob, "approved")  # approval first
    sign_off(store, batch, alice, "reviewed")
    assert not batch_complete(store, batch)[0]
    with pytest.raises(SignoffError, match="already signed"):
        sign_off(store, batch, alice, "approved")  # the same key twice
    sign_off(store, batch, bob, "approved")
    assert batch_complete(store, batch) == (True, "")


@pytest.mark.parametrize("bypass", ["env-user", "display-name", "decisions-actor", "setting-row-deleted",
                                    "setting-turned-off"])
def test_four_eyes_bypasses_fail(store, tmp_path, monkeypatch, alice, bypass):
    monkeypatch.setattr(checks, "EXPORT_CHECKS", list(CORE_CHECKS))
    store.set_setting("four_eyes", "1")
    batch = build_batch(store, [add_contract(store, tmp_path)]).batch_id
    trusted(store, alice)
    sign_off(store, batch, alice, "reviewed")
    approver = alice
    if bypass == "env-user":
        for var in ("USER", "LOGNAME", "USERNAME"):
            monkeypatch.setenv(var, "bob")
    elif bypass == "display-name":
        approver = type(alice)("bob", alice.key)  # alice's key, called bob
    elif bypass == "decisions-actor":
        store.db.execute("UPDATE decisions SET actor = 'somebody-else'")
        store.db.conn.commit()
    elif bypass == "setting-row-deleted":
        store.db.execute("DELETE FROM settings WHERE key = 'four_eyes'")
        store.db.conn.commit()
    elif bypass == "setting-turned-off":
        store.set_setting("four_eyes", "0")  # audited, but the batch was built under four eyes
    with pytest.raises((SignoffError, ExportError)):
        sign_and_write(store, batch, approver, "approved", tmp_path / "out")
    assert [s["meaning"] for s in store.signoffs(batch)] == ["reviewed"]
    assert not (tmp_path / "out").exists()
    with pytest.raises(ExportError, match="may not leave yet"):
        export_batch.write_batch(store, batch, tmp_path / "out")


@pytest.mark.parametrize("name", ["аlice", "al ice", "", "-x", "a" * 65, "alice\u200b"])
def test_look_alike_and_odd_names_are_refused(name):
    with pytest.raises(SignerError):
        check_name(name)


def test_a_second_key_under_a_trusted_name_is_refused(store, alice):
    trusted(store, alice)
    other = memory_signer("ALICE")
    with pytest.raises(Exception, match="already trusted as 'alice'"):
        trusted(store, other)
    assert store.trusted_signer(other.fingerprint) is None


def test_refuses_an_unknown_meaning_and_a_missing_key(store, batch, alice):
    with pytest.raises(SignoffError):
        sign_off(store, batch, alice, "glanced-at")
    with pytest.raises(SignoffError):
        sign_off(store, batch, "Rita", "reviewed")


def test_a_store_edited_with_sqlite_is_not_signed(store, batch, alice, tmp_path):
    trusted(store, alice)
    conn = sqlite3.connect(store.path)
    conn.execute("UPDATE trusted_signers SET name = 'mallory'")
    conn.commit()
    conn.close()
    with pytest.raises(ExportError, match="trusted_signers row"):
        sign_and_write(store, batch, alice, "reviewed")
    assert store.signoffs(batch) == []
