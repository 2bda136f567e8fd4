"""Named signers: one Ed25519 key pair per person, the private key encrypted at rest with a passphrase.

A signer's identity is the key (its fingerprint), never an account, an environment variable or a
typed name. Private keys live in the user's data directory (folder 0700, files 0600); colleagues
get the public key as a small JSON file that `clearance signer trust` records in a store.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from dataclasses import dataclass
from pathlib import Path

import platformdirs
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from desktop.core.trust import keyfile
from desktop.core.trust.audit import signature_valid  # noqa: F401 - one signature check, re-exported for callers
from desktop.core.trust.keyfile import MIN_PASSPHRASE  # noqa: F401 - the rule's length, for callers

PASSPHRASE_ENV = "CLEARANCE_PASSPHRASE"
KEY_SUFFIX = ".key"
PUB_SUFFIX = ".pub"
PUBLIC_FORMAT = "clearance-signer-1"
# Plain ASCII handles only: a name that looks like another ("аlice" with a Cyrillic а) cannot be made.
_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,63}")
LEGACY_KEY_FILE = "signing-key.pem"  # the unencrypted per-account key of Clearance before named signers


class SignerError(Exception):
    """A signer that cannot be made, opened or trusted; the message is one line for people."""


@dataclass(frozen=True)
class PublicSigner:
    name: str
    public_key: str  # raw Ed25519 public key, hex

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.public_key)


@dataclass(frozen=True)
class Signer:
    name: str
    key: Ed25519PrivateKey

    @property
    def public(self) -> PublicSigner:
        raw = self.key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
        return PublicSigner(self.name, raw.hex())

    @property
    def fingerprint(self) -> str:
        return self.public.fingerprint

    def sign(self, payload: bytes) -> str:
        return self.key.sign(payload).hex()


def fingerprint(public_key_hex: str) -> str:
    """sha256 of the raw public key, hex: what identifies a signer everywhere."""
    return hashlib.sha256(bytes.fromhex(public_key_hex)).hexdigest()


def short(fp: str) -> str:
    """The first 64 bits of a fingerprint in groups of four, for people to compare."""
    return ":".join(fp[i:i + 4] for i in range(0, 16, 4))


def check_name(name: str) -> str:
    name = (name or "").strip()
    if not _NAME.fullmatch(name):
        raise SignerError(f"{name!r} is not a signer name: use letters, digits, '.', '_' or '-' (ASCII, "
                          f"starting with a letter or digit, at most 64)")
    return name


# Characters a reader takes for one another in a name: 'a1ice' is read as 'alice', 'rn' as 'm'.
_NAME_LOOKALIKES = str.maketrans({"1": "l", "i": "l", "|": "l", "0": "o", "5": "s", "2": "z", "8": "b"})


def name_skeleton(name: str) -> str:
    """What a person reads a signer name as: case, the separators '.', '_' and '-' (so 'alice.' and
    'a.lice' are 'alice'), and letters and digits that look alike folded."""
    return re.sub(r"[._-]", "", name.casefold()).replace("rn", "m").replace("vv", "w").translate(_NAME_LOOKALIKES)


def lookalike_of(name: str, existing) -> str | None:
    """The first of `existing` that reads as `name` (the same name included), or None."""
    skeleton = name_skeleton(name)
    return next((other for other in existing if name_skeleton(other) == skeleton), None)


def signers_dir() -> Path:
    return Path(platformdirs.user_data_dir("Clearance", appauthor=False)) / "signers"


def legacy_key_path() -> Path:
    return Path(platformdirs.user_data_dir("Clearance", appauthor=False)) / LEGACY_KEY_FILE


def local_signers(folder: Path | None = None) -> list[str]:
    folder = folder or signers_dir()
    if not folder.is_dir():
        return []
    return sorted((p.stem for p in folder.glob(f"*{KEY_SUFFIX}")), key=str.casefold)


def _key_path(name: str, folder: Path | None = None) -> Path:
    return (folder or signers_dir()) / f"{name}{KEY_SUFFIX}"


def create_signer(name: str, passphrase: str, folder: Path | None = None,
                  key: Ed25519PrivateKey | None = None) -> Signer:
    """Make (or, given `key`, adopt) a signer's key, encrypted with the passphrase, owner-only from the first byte."""
    name = check_name(name)
    problem = keyfile.passphrase_problem(passphrase)
    if problem:
        raise SignerError(f"{problem}; nothing was created")
    folder = folder or signers_dir()
    similar = lookalike_of(name, local_signers(folder))
    if similar is not None:
        raise SignerError(f"a signer named {similar!r} already exists here"
                          + ("" if similar.casefold() == name.casefold() else f", which {name!r} reads as; "
                             "choose a name no one can take for another"))
    _checked_folder(folder)
    folder.mkdir(parents=True, exist_ok=True)
    os.chmod(folder, 0o700)  # checked above to be ours and written by no one else
    key = key or Ed25519PrivateKey.generate()
    signer = Signer(name, key)
    _write_new(_key_path(name, folder), keyfile.wrap(key, passphrase, name))
    # The public half beside it, so `signer list` shows fingerprints without asking for passphrases.
    _write_new(_key_path(name, folder).with_suffix(PUB_SUFFIX), public_key_file(signer.public))
    return signer


def _write_new(path: Path, data: bytes) -> None:
    """A new owner-only file, with those permissions from the first byte, never chmod-ed after the fact."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())


def local_fingerprint(name: str, folder: Path | None = None) -> str | None:
    """The fingerprint of a local signer from its public half, or None if that file is missing or changed."""
    try:
        return read_public_key_file(_key_path(name, folder).with_suffix(PUB_SUFFIX)).fingerprint
    except SignerError:
        return None


def load_signer(name: str, passphrase: str, folder: Path | None = None) -> Signer:
    """A signer's key, opened with its passphrase from a file and folder of the user's own; a key
    written in an older format or at a lower cost is wrapped again at today's."""
    name = check_name(name)
    folder = folder or signers_dir()
    path = _key_path(name, folder)
    if not os.path.lexists(path):
        raise SignerError(f"no signer {name!r} on this computer (clearance signer list; clearance signer create)")
    _checked_folder(folder)
    try:
        keyfile.check_key_file(path)
        key, outdated = keyfile.unwrap(path.read_bytes(), passphrase, name)
    except keyfile.WrongPassphrase:
        raise SignerError(f"wrong passphrase for signer {name!r}") from None
    except keyfile.KeyFileError as exc:
        raise SignerError(str(exc) if str(exc).startswith(str(path)) else f"{path}: {exc}") from None
    if outdated:
        keyfile.replace_private(path, keyfile.wrap(key, passphrase, name))
    return Signer(name, key)


def _checked_folder(folder: Path) -> None:
    try:
        keyfile.check_folder(folder)
    except keyfile.KeyFileError as exc:
        raise SignerError(str(exc)) from None


def adopt_legacy_key(name: str, passphrase: str, folder: Path | None = None) -> Signer:
    """Turn the old unencrypted per-account key into a named, encrypted signer, so sign-offs made with it
    can be trusted; the plaintext file is removed once the encrypted one is written."""
    path = legacy_key_path()
    if not path.is_file():
        raise SignerError(f"there is no old signing key ({path}) to adopt")
    key = serialization.load_pem_private_key(path.read_bytes(), password=None)
    signer = create_signer(name, passphrase, folder, key=key)
    path.unlink()
    return signer


# --- public key files ------------------------------------------------------------------------------


def public_key_file(signer: PublicSigner) -> bytes:
    return (json.dumps({"format": PUBLIC_FORMAT, "name": signer.name, "algorithm": "ed25519",
                        "public_key": signer.public_key, "fingerprint": signer.fingerprint}, indent=2)
            + "\n").encode("utf-8")


def read_public_key_file(path: Path) -> PublicSigner:
    """A colleague's public key file, checked: format, name, a real Ed25519 key and its fingerprint."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        if data.get("format") != PUBLIC_FORMAT:
            raise ValueError("not a Clearance public key file")
        signer = PublicSigner(check_name(data["name"]), str(data["public_key"]).lower())
        Ed25519PublicKey.from_public_bytes(bytes.fromhex(signer.public_key))
    except OSError as exc:
        raise SignerError(f"{path}: {exc.strerror}") from None
    except (ValueError, KeyError, TypeError, AttributeError, SignerError) as exc:
        raise SignerError(f"{path}: not a Clearance public key file ({exc})") from None
    if data.get("fingerprint") != signer.fingerprint:
        raise SignerError(f"{path}: the fingerprint does not belong to the key (the file was changed)")
    return signer
