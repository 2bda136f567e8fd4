"""Trust that takes two: a key joins a store's trusted keys only with an already-trusted key's sign-off; a folder
is held to four eyes when asked or when a sign-off was made under it; a signed revocation list is honoured."""

import json

import pytest
from batch_fixture import CORE_CHECKS, add_contract
from signer_fixture import PASSPHRASE, memory_signer, pub_file, trusted

from desktop.cli import main
from desktop.core.export import checks
from desktop.core.export.batch import ExportError, build_batch
from desktop.core.export.publish import sign_and_write, write_folder
from desktop.core.store import Store
from desktop.core.trust.revocations import revocation_list
from desktop.core.trust.vouch import vouch, vouch_valid


@pytest.fixture(autouse=True)
def _core_checks(monkeypatch):
    monkeypatch.setattr(checks, "EXPORT_CHECKS", list(CORE_CHECKS))


@pytest.fixture
def keys(tmp_path, monkeypatch):
    monkeypatch.setenv("CLEARANCE_PASSPHRASE", PASSPHRASE)
    for name in ("alice", "mallory"):
        assert main(["signer", "create", name]) == 0
        assert main(["signer", "export", name, "-o", str(tmp_path / f"{name}.pub")]) == 0
    return tmp_path


def test_a_second_key_needs_a_trusted_signer_who_agrees(keys, capsys):
    store = str(keys / "s.sqlite")
    assert main(["signer", "trust", str(keys / "alice.pub"), "--store", store]) == 0
    assert "needed no second signer" in capsys.readouterr().out  # the first key of a new store, said so
    assert main(["signer", "trust", str(keys / "mallory.pub"), "--store", store]) == 2
    assert "takes two: give --by NAME" in capsys.readouterr().err
    assert main(["signer", "trust", str(keys / "mallory.pub"), "--store", store, "--by", "mallory"]) == 2
    assert "not trusted" in capsys.readouterr().err  # a key cannot vouch for itself
    with Store(store) as s:
        assert [r["name"] for r in s.trusted_signers()] == ["alice"]
    assert main(["signer", "trust", str(keys / "mallory.pub"), "--store", store, "--by", "alice"]) == 0
    assert "added by alice" in capsys.readouterr().out
    with Store(store) as s:
        row = s.trusted_signer(json.loads((keys / "mallory.pub").read_text())["fingerprint"])
        entry = [e for e in s.audit_entries() if e["kind"] == "signer-trust"][-1]["payload"]
    assert row["trusted_by"].startswith("alice (")
    assert entry["vouched_by"]["name"] == "alice"
    assert vouch_valid(entry["vouched_by"], "mallory", row["public_key"], row["fingerprint"])
    assert not vouch_valid(entry["vouched_by"], "mallory", row["public_key"], "ab" * 32)


def test_a_vouch_signs_the_key_it_vouches_for():
    alice, bob = memory_signer("alice"), memory_signer("bob")
    given = vouch(alice, "alice", "bob", bob.public.public_key, bob.fingerprint)
    assert vouch_valid(given, "bob", bob.public.public_key, bob.fingerprint)
    assert not vouch_valid({**given, "name": "mallory", "public_key": bob.public.public_key}, "bob",
                           bob.public.public_key, bob.fingerprint)


@pytest.fixture
def one_signature(store, tmp_path):
    alice = memory_signer("alice")
    trusted(store, alice)
    batch = build_batch(store, [add_contract(store, tmp_path)]).batch_id
    sign_and_write(store, batch, alice, "reviewed", tmp_path / "out")
    return tmp_path / "out", pub_file(alice, tmp_path)


def test_verify_dir_can_require_four_eyes(one_signature, capsys):
    folder, key = one_signature
    assert main(["verify", str(folder), "--trust", str(key)]) == 0
    capsys.readouterr()
    assert main(["verify", str(folder), "--trust", str(key), "--require-four-eyes"]) == 1
    assert "four-eyes: the batch needs a 'reviewed' and an 'approved' sign-off" in capsys.readouterr().err


def test_a_batch_signed_under_four_eyes_cannot_leave_with_one_key_once_the_rule_is_off(store, tmp_path):
    alice = memory_signer("alice")
    trusted(store, alice)
    batch = build_batch(store, [add_contract(store, tmp_path)]).batch_id  # built with four eyes off
    store.set_setting("four_eyes", "1")
    record = sign_and_write(store, batch, alice, "reviewed", tmp_path / "out")
    assert record["four_eyes"] is True and record["pending"]
    store.set_setting("four_eyes", "0")  # the manifest says off; the sign-off says it was made under four eyes
    with pytest.raises(ExportError, match="four-eyes"):
        write_folder(store, batch, tmp_path / "out")
    assert not (tmp_path / "out").exists()


def test_a_signed_revocation_list_refuses_later_sign_offs(tmp_path, capsys):
    alice, bob = memory_signer("alice"), memory_signer("bob")
    with Store(tmp_path / "a" / "clearance.sqlite", actor="tester") as a:  # where bob's key was revoked
        trusted(a, alice)
        a.trust_signer("bob", bob.public.public_key, bob.fingerprint,
                       vouched_by=vouch(alice, "alice", "bob", bob.public.public_key, bob.fingerprint))
        a.revoke_signer(bob.fingerprint, reason="lost laptop")
        listed = revocation_list(a.revoked_signers(), alice, "alice")
    (tmp_path / "revoked.json").write_bytes(listed)
    with Store(tmp_path / "b" / "clearance.sqlite", actor="tester") as b:  # a store that never heard of it
        trusted(b, bob)
        batch = build_batch(b, [add_contract(b, tmp_path)]).batch_id
        sign_and_write(b, batch, bob, "reviewed", tmp_path / "out")
    keys = [str(pub_file(alice, tmp_path)), str(pub_file(bob, tmp_path))]
    assert main(["verify", str(tmp_path / "out"), "--trust", *keys]) == 0
    capsys.readouterr()
    assert main(["verify", str(tmp_path / "out"), "--trust", *keys, "--revoked", str(tmp_path / "revoked.json")]) == 1
    assert "made after the key was revoked" in capsys.readouterr().err
    forged = json.loads(listed)
    forged["revoked"] = []
    (tmp_path / "forged.json").write_text(json.dumps(forged))
    assert main(["verify", str(tmp_path / "out"), "--trust", *keys, "--revoked", str(tmp_path / "forged.json")]) == 2
    assert "does not verify" in capsys.readouterr().err
