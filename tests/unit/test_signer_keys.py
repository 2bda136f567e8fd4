"""Signer keys at rest: scrypt at a real cost, old PBKDF2 keys opened and wrapped again, passphrases of
some strength, key files and folders of the user's own, and names no one can take for another's."""

from __future__ import annotations

import json
import os

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from signer_fixture import PASSPHRASE

from desktop.cli import main
from desktop.cli_errors import EXIT_USAGE
from desktop.core.trust import keyfile
from desktop.core.trust.signers import SignerError, create_signer, load_signer, signers_dir


def test_the_shipped_cost_is_strong_and_new_keys_are_wrapped_with_it(monkeypatch):
    assert keyfile.STRONG.n >= 2**16 and keyfile.STRONG.memory >= 64 * 2**20
    monkeypatch.setattr(keyfile, "cost", keyfile.STRONG)  # as shipped (the suite lowers it for speed)
    made = create_signer("alice", PASSPHRASE)
    stored = json.loads((signers_dir() / "alice.key").read_text())
    assert (stored["kdf"], stored["n"], stored["r"]) == ("scrypt", keyfile.STRONG.n, keyfile.STRONG.r)
    assert load_signer("alice", PASSPHRASE).fingerprint == made.fingerprint


def test_an_old_pbkdf2_key_opens_and_is_wrapped_again_with_scrypt():
    old = Ed25519PrivateKey.generate()
    signers_dir().mkdir(parents=True, mode=0o700)
    path = signers_dir() / "olga.key"
    path.write_bytes(old.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                       serialization.BestAvailableEncryption(PASSPHRASE.encode())))
    path.chmod(0o600)
    with pytest.raises(SignerError, match="wrong passphrase"):
        load_signer("olga", "not the passphrase at all")
    assert path.read_bytes().startswith(b"-----BEGIN")  # a wrong passphrase changes nothing
    signer = load_signer("olga", PASSPHRASE)
    assert signer.key.public_key().public_bytes_raw() == old.public_key().public_bytes_raw()
    assert json.loads(path.read_text())["kdf"] == "scrypt" and oct(path.stat().st_mode & 0o777) == "0o600"
    assert load_signer("olga", PASSPHRASE).fingerprint == signer.fingerprint


def test_a_key_wrapped_at_a_lower_cost_is_wrapped_again_at_todays(monkeypatch):
    create_signer("alice", PASSPHRASE)  # at the suite's low cost
    monkeypatch.setattr(keyfile, "cost", keyfile.ScryptCost(n=2 * keyfile.MIN_ACCEPTED.n))
    load_signer("alice", PASSPHRASE)
    assert json.loads((signers_dir() / "alice.key").read_text())["n"] == 2 * keyfile.MIN_ACCEPTED.n


def test_a_key_file_renamed_to_another_signer_does_not_open():
    create_signer("alice", PASSPHRASE)
    os.rename(signers_dir() / "alice.key", signers_dir() / "mallory.key")
    with pytest.raises(SignerError, match="wrong passphrase"):
        load_signer("mallory", PASSPHRASE)


@pytest.mark.parametrize(("passphrase", "reason"), [
    (" " * 8, "only spaces"),
    ("\t \n" * 5, "only spaces"),
    ("short pass", "at least 12"),
    ("Constitutional", "single word"),
    ("  Unbelievably  ", "single word"),
    ("aaaaaaaaaaaaaaaa", "repeats"),
    ("abab abab abab", "repeats"),
])
def test_a_weak_passphrase_is_refused_with_its_reason(passphrase, reason):
    with pytest.raises(SignerError, match=reason):
        create_signer("alice", passphrase)
    assert not (signers_dir() / "alice.key").exists()


@pytest.mark.parametrize("passphrase", [PASSPHRASE, "Tr0ub4dor&3-x", "Zeitvertrag2024!"])
def test_a_passphrase_of_some_strength_is_taken(passphrase):
    assert load_signer(create_signer("alice", passphrase).name, passphrase).name == "alice"


def test_the_cli_refuses_eight_spaces_in_one_line(monkeypatch, capsys):
    monkeypatch.setenv("CLEARANCE_PASSPHRASE", " " * 8)
    assert main(["signer", "create", "alice"]) == EXIT_USAGE
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "only spaces" in err and "Traceback" not in err


@pytest.mark.parametrize("new", ["a1ice", "alice.", "ALICE", "a.lice", "al1ce", "aIice"])
def test_a_name_that_reads_as_an_existing_one_is_refused(new):
    create_signer("alice", PASSPHRASE)
    with pytest.raises(SignerError, match="'alice' already exists"):
        create_signer(new, PASSPHRASE)


def test_a_different_name_is_taken():
    create_signer("alice", PASSPHRASE)
    create_signer("alina", PASSPHRASE)
    create_signer("bob", PASSPHRASE)


def test_a_folder_others_can_write_is_refused():
    create_signer("alice", PASSPHRASE)
    signers_dir().chmod(0o777)
    with pytest.raises(SignerError, match="written by others"):
        load_signer("alice", PASSPHRASE)
    with pytest.raises(SignerError, match="written by others"):
        create_signer("bob", PASSPHRASE)


def test_a_symlinked_key_file_is_refused(tmp_path):
    create_signer("alice", PASSPHRASE)
    elsewhere = tmp_path / "planted.key"
    os.rename(signers_dir() / "alice.key", elsewhere)
    (signers_dir() / "alice.key").symlink_to(elsewhere)
    with pytest.raises(SignerError, match="symbolic link"):
        load_signer("alice", PASSPHRASE)


@pytest.mark.skipif(os.geteuid() != 0, reason="giving a file to another user needs root")
def test_another_users_key_file_is_refused():
    create_signer("alice", PASSPHRASE)
    os.chown(signers_dir() / "alice.key", 65534, 65534)
    with pytest.raises(SignerError, match="another user"):
        load_signer("alice", PASSPHRASE)


@pytest.mark.skipif(os.geteuid() != 0, reason="giving a folder to another user needs root")
def test_another_users_signers_folder_is_refused():
    create_signer("alice", PASSPHRASE)
    os.chown(signers_dir(), 65534, 65534)
    with pytest.raises(SignerError, match="another user"):
        load_signer("alice", PASSPHRASE)
