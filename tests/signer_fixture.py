"""Signers for tests: real encrypted keys where the key file matters, in-memory keys where only identity does."""

from __future__ import annotations

from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from desktop.core.trust.signers import Signer, create_signer, public_key_file, signers_dir

PASSPHRASE = "correct horse battery"


def memory_signer(name: str) -> Signer:
    return Signer(name, Ed25519PrivateKey.generate())


def stored_signer(name: str) -> Signer:
    """A signer whose encrypted key is in the (per-test) user data directory."""
    return create_signer(name, PASSPHRASE)


# The key a test store trusts first (trusted by one person alone), which adds every test signer: so each
# signer is a branch of its own below it, and any two of them are two people under four eyes.
FIRST_KEY = Signer("store-owner", Ed25519PrivateKey.generate())


def trusted(store, *signers: Signer) -> None:
    from desktop.core.trust.vouch import vouch

    if not store.trusted_signers():
        store.trust_signer(FIRST_KEY.name, FIRST_KEY.public.public_key, FIRST_KEY.fingerprint)
    added_by = store.trusted_signer(FIRST_KEY.fingerprint)
    for s in signers:
        given = vouch(FIRST_KEY, FIRST_KEY.name, s.name, s.public.public_key, s.fingerprint) if added_by else None
        store.trust_signer(s.name, s.public.public_key, s.fingerprint, vouched_by=given)


def pub_file(signer: Signer, folder: Path) -> Path:
    path = Path(folder) / f"{signer.name}.pub"
    path.write_bytes(public_key_file(signer.public))
    return path


def in_another_account(monkeypatch, home: Path, *names: str) -> None:
    """Move these signers' keys to another account's key folder and go on as that account: four eyes are
    two people, each with their own key folder."""
    here = signers_dir()
    monkeypatch.setenv("XDG_DATA_HOME", str(Path(home) / "another-account"))
    there = signers_dir()
    there.mkdir(parents=True, mode=0o700, exist_ok=True)
    for name in names:
        for path in here.glob(f"{name}.*"):
            path.rename(there / path.name)

