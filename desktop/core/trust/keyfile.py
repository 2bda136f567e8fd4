"""A signer's private key at rest: wrapped with a key derived from the passphrase by scrypt, the
passphrase's minimum strength, and the owner and mode checks of key files and their folder.

The key file is JSON: the scrypt cost and salt, and the raw Ed25519 private key sealed with AES-256-GCM
(the signer's name is authenticated with it, so a file renamed to another signer does not open).
Keys written before (PKCS#8 PEM under PBKDF2 with 2,048 iterations) still open, and are wrapped again
the first time they are used.
"""

from __future__ import annotations

import json
import os
import stat
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from desktop.core.runtime.newfile import written_beside

KEY_FORMAT = "clearance-key-2"
MIN_PASSPHRASE = 12
MIN_DISTINCT = 6  # "aaaaaaaaaaaa", "abcabcabcabc" are long and guessed at once


@dataclass(frozen=True)
class ScryptCost:
    n: int  # CPU and memory cost, a power of two
    r: int = 8
    p: int = 1

    @property
    def memory(self) -> int:
        return 128 * self.n * self.r


# About a quarter of a second and 64 MiB per try on a laptop of 2024: what a guesser pays per passphrase.
STRONG = ScryptCost(n=2**16)
MIN_ACCEPTED = ScryptCost(n=2**10)  # a file claiming less was not written by Clearance
cost = STRONG  # what new keys are wrapped with (tests lower it for speed)


class KeyFileError(Exception):
    """A key file that cannot be opened or trusted; one line for people."""


class WrongPassphrase(KeyFileError):
    pass


def passphrase_problem(passphrase: str) -> str | None:
    """Why a new passphrase is too weak to protect a signing key, or None."""
    text = passphrase or ""
    if not text.strip():
        return "the passphrase is empty or only spaces"
    if len(text) < MIN_PASSPHRASE:
        return f"the passphrase needs at least {MIN_PASSPHRASE} characters (a few words make a good one)"
    if len(set(text.casefold())) < MIN_DISTINCT:
        return f"the passphrase repeats a few characters; use at least {MIN_DISTINCT} different ones"
    if text.strip().isalpha():
        return "a single word alone is guessed from a dictionary; use several words, or add digits or punctuation"
    return None


def wrap(key: Ed25519PrivateKey, passphrase: str, name: str, kdf: ScryptCost | None = None) -> bytes:
    kdf = kdf or cost
    salt, nonce = os.urandom(16), os.urandom(12)
    raw = key.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
                            serialization.NoEncryption())
    sealed = AESGCM(_derive(passphrase, salt, kdf)).encrypt(nonce, raw, _aad(name))
    return (json.dumps({"format": KEY_FORMAT, "kdf": "scrypt", "n": kdf.n, "r": kdf.r, "p": kdf.p,
                        "salt": salt.hex(), "nonce": nonce.hex(), "sealed": sealed.hex()}, indent=2)
            + "\n").encode("utf-8")


def unwrap(data: bytes, passphrase: str, name: str) -> tuple[Ed25519PrivateKey, bool]:
    """The key, and whether its file should be wrapped again (an older format or a lower cost)."""
    if data.lstrip().startswith(b"-----BEGIN"):
        return _unwrap_pem(data, passphrase), True
    try:
        doc = json.loads(data.decode("utf-8"))
        if doc.get("format") != KEY_FORMAT or doc.get("kdf") != "scrypt":
            raise ValueError("not a Clearance key file")
        kdf = ScryptCost(int(doc["n"]), int(doc["r"]), int(doc["p"]))
        if kdf.n < MIN_ACCEPTED.n or kdf.n & (kdf.n - 1) or not (1 <= kdf.r <= 32 and 1 <= kdf.p <= 16):
            raise ValueError(f"scrypt cost n={kdf.n} r={kdf.r} p={kdf.p} is not one Clearance writes")
        salt, nonce, sealed = (bytes.fromhex(doc[k]) for k in ("salt", "nonce", "sealed"))
    except (ValueError, KeyError, TypeError, AttributeError, UnicodeDecodeError) as exc:
        raise KeyFileError(f"not a readable Clearance key file ({exc})") from None
    try:
        raw = AESGCM(_derive(passphrase, salt, kdf)).decrypt(nonce, sealed, _aad(name))
    except InvalidTag:
        raise WrongPassphrase("wrong passphrase") from None
    return Ed25519PrivateKey.from_private_bytes(raw), kdf.n < cost.n


def _unwrap_pem(data: bytes, passphrase: str) -> Ed25519PrivateKey:
    try:
        key = serialization.load_pem_private_key(data, password=passphrase.encode("utf-8"))
    except (ValueError, TypeError):
        raise WrongPassphrase("wrong passphrase") from None
    if not isinstance(key, Ed25519PrivateKey):
        raise KeyFileError("does not hold an Ed25519 key")
    return key


def _derive(passphrase: str, salt: bytes, kdf: ScryptCost) -> bytes:
    scrypt = Scrypt(salt=salt, length=32, n=kdf.n, r=kdf.r, p=kdf.p)
    return scrypt.derive(passphrase.encode("utf-8"))


def _aad(name: str) -> bytes:
    return f"{KEY_FORMAT}:{name.casefold()}".encode()


# --- owner and mode --------------------------------------------------------------------------------


def check_folder(folder: Path) -> None:
    """The signers folder must be ours and writable by no one else: whoever can write it can swap a
    key (or its public half) for their own."""
    if os.name != "posix" or not folder.exists():
        return
    st = os.lstat(folder)
    if stat.S_ISLNK(st.st_mode) or not stat.S_ISDIR(st.st_mode):
        raise KeyFileError(f"{folder} is not a plain folder (a symbolic link?); keys are kept only in one")
    if st.st_uid != os.geteuid():
        raise KeyFileError(f"{folder} belongs to another user; keys are kept only in a folder of your own")
    if st.st_mode & 0o022:
        raise KeyFileError(f"{folder} can be written by others; make it owner-only first (chmod 700 {folder})")


def check_key_file(path: Path) -> None:
    """A key file must be a plain file of ours that no one else can read or write."""
    if os.name != "posix":
        return
    st = os.lstat(path)
    if stat.S_ISLNK(st.st_mode):
        raise KeyFileError(f"{path} is a symbolic link; a key is opened only from a file of its own")
    if not stat.S_ISREG(st.st_mode):
        raise KeyFileError(f"{path} is not a plain file")
    if st.st_uid != os.geteuid():
        raise KeyFileError(f"{path} belongs to another user; a key is opened only from your own file")
    if st.st_mode & 0o077:
        raise KeyFileError(f"{path} can be read by others; make it owner-only (chmod 600) first")


def replace_private(path: Path, data: bytes) -> None:
    """Write a key file again (owner-only from the first byte), then rename it over the old one."""
    tmp = written_beside(path, data)  # owner-only from the first byte
    try:
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
