"""Named signers: encrypted keys, owner-only files, public key files with fingerprints, the old key adopted."""

import json
import os
import stat

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from signer_fixture import PASSPHRASE

from desktop.cli import main
from desktop.core.trust.signers import (
    SignerError,
    adopt_legacy_key,
    create_signer,
    legacy_key_path,
    load_signer,
    local_signers,
    public_key_file,
    read_public_key_file,
    signers_dir,
)


def test_key_is_encrypted_owner_only_and_opens_with_its_passphrase_only():
    made = create_signer("alice", PASSPHRASE)
    path = signers_dir() / "alice.key"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert json.loads(path.read_bytes())["kdf"] == "scrypt"
    assert made.key.private_bytes_raw().hex() not in path.read_text()
    assert load_signer("alice", PASSPHRASE).fingerprint == made.fingerprint
    with pytest.raises(SignerError, match="wrong passphrase"):
        load_signer("alice", "not the passphrase")
    os.chmod(path, 0o644)
    with pytest.raises(SignerError, match="read by others"):
        load_signer("alice", PASSPHRASE)


def test_names_are_unique_regardless_of_case_and_passphrases_not_trivial():
    create_signer("alice", PASSPHRASE)
    with pytest.raises(SignerError, match="already exists"):
        create_signer("Alice", PASSPHRASE)
    with pytest.raises(SignerError, match="at least"):
        create_signer("bob", "short")
    assert local_signers() == ["alice"]


def test_public_key_file_carries_name_and_fingerprint_and_a_changed_one_is_refused(tmp_path):
    alice = create_signer("alice", PASSPHRASE)
    path = tmp_path / "alice.pub"
    path.write_bytes(public_key_file(alice.public))
    assert read_public_key_file(path) == alice.public
    data = json.loads(path.read_text())
    data["public_key"] = Ed25519PrivateKey.generate().public_key().public_bytes_raw().hex()  # swapped key
    path.write_text(json.dumps(data))
    with pytest.raises(SignerError, match="fingerprint"):
        read_public_key_file(path)


def test_cli_create_export_trust_list(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("CLEARANCE_PASSPHRASE", PASSPHRASE)
    store = tmp_path / "s.sqlite"
    assert main(["signer", "create", "alice"]) == 0
    assert main(["signer", "export", "alice", "-o", str(tmp_path / "alice.pub")]) == 0
    assert main(["signer", "trust", str(tmp_path / "alice.pub"), "--store", str(store)]) == 0
    capsys.readouterr()
    assert main(["signer", "list", "--store", str(store)]) == 0
    out = capsys.readouterr().out
    fingerprint = read_public_key_file(tmp_path / "alice.pub").fingerprint
    assert out.count(fingerprint) == 2  # on this computer, and trusted by the store
    monkeypatch.setenv("CLEARANCE_PASSPHRASE", "wrong passphrase")
    assert main(["signer", "export", "alice", "-o", str(tmp_path / "again.pub")]) == 2
    assert "wrong passphrase" in capsys.readouterr().err


def test_the_old_per_account_key_can_be_adopted_as_a_named_signer():
    old = Ed25519PrivateKey.generate()
    legacy_key_path().parent.mkdir(parents=True, exist_ok=True)
    legacy_key_path().write_bytes(old.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                                    serialization.NoEncryption()))
    signer = adopt_legacy_key("rita", PASSPHRASE)
    assert signer.key.public_key().public_bytes_raw() == old.public_key().public_bytes_raw()
    assert not legacy_key_path().exists()  # no unencrypted private key is left behind
    assert load_signer("rita", PASSPHRASE).fingerprint == signer.fingerprint
