"""A revoked key signs nothing from then on; what it signed before stays valid, and the chain says which is which."""

import sqlite3

import pytest
from batch_fixture import CORE_CHECKS, add_contract
from signer_fixture import memory_signer, trusted

from desktop.cli import main
from desktop.core.export import checks
from desktop.core.export import signoff as signoff_module
from desktop.core.export.batch import build_batch
from desktop.core.export.signoff import SignoffError, batch_complete, sign_off
from desktop.core.verification.integrity import verify_store


@pytest.fixture
def two_batches(store, tmp_path, monkeypatch):
    monkeypatch.setattr(checks, "EXPORT_CHECKS", list(CORE_CHECKS))
    first = build_batch(store, [add_contract(store, tmp_path, file_name="a.pdf")]).batch_id
    second = build_batch(store, [add_contract(store, tmp_path, "Marta Lindqvist", file_name="b.pdf")]).batch_id
    return first, second


def test_a_revoked_key_signs_nothing_more_and_its_earlier_sign_off_stands(store, two_batches):
    alice, bob = memory_signer("alice"), memory_signer("bob")
    trusted(store, alice, bob)
    first, second = two_batches
    sign_off(store, first, alice, "reviewed")
    store.revoke_signer(alice.fingerprint, reason="laptop lost")
    with pytest.raises(SignoffError, match="revoked .*laptop lost"):
        sign_off(store, second, alice, "reviewed")
    assert batch_complete(store, first)[0]  # signed before the revocation
    report = verify_store(store.path)
    assert report.ok, report.problems
    assert any("revoked later" in line for line in report.checked)
    assert store.audit_entries()[-1]["kind"] == "signer-revoke"


def test_a_sign_off_made_after_the_revocation_is_reported(store, two_batches, monkeypatch):
    alice = memory_signer("alice")
    trusted(store, alice)
    _first, second = two_batches
    store.revoke_signer(alice.fingerprint)
    monkeypatch.setattr(signoff_module, "check_rules", lambda *a: None)  # as a forger's copy of the app would
    sign_off(store, second, alice, "reviewed")
    assert not batch_complete(store, second)[0]
    report = verify_store(store.path)
    assert any("made after the key was revoked" in p for p in report.problems), report.problems


def test_a_revocation_removed_with_sqlite3_is_named(store, two_batches):
    alice = memory_signer("alice")
    trusted(store, alice)
    store.revoke_signer(alice.fingerprint)
    path = store.path
    store.close()
    raw = sqlite3.connect(path)
    raw.execute("DROP TRIGGER revoked_signers_no_delete")
    raw.execute("DELETE FROM revoked_signers")
    raw.commit()
    raw.close()
    report = verify_store(path)
    assert any("revoked_signers" in p for p in report.problems), report.problems


def test_untrust_from_the_command_line(store, tmp_path, capsys):
    alice, bob = memory_signer("alice"), memory_signer("bob")
    trusted(store, alice, bob)
    path = str(store.path)
    store.close()
    assert main(["signer", "untrust", "ALICE", "--store", path, "--reason", "left the company"]) == 0
    assert "alice" in capsys.readouterr().out
    assert main(["signer", "list", "--store", path]) == 0
    listed = capsys.readouterr().out
    assert "revoked" in next(line for line in listed.splitlines() if "alice" in line)
    assert "revoked" not in next(line for line in listed.splitlines() if "bob" in line)
    assert main(["signer", "untrust", "carol", "--store", path]) == 2
    assert "names no trusted key" in capsys.readouterr().err
    assert main(["signer", "untrust", bob.fingerprint[:12], "--store", path]) == 0
