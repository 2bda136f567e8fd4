"""The chain's head kept outside the store, so a cut tail, a rolled-back copy or a store copied without
its -wal file is seen: the last (seq, hash) Clearance committed, MACed with a per-store key.

Two head files hold it: one beside the store (`clearance.sqlite.head`, travels with it) and one in the
user's data directory (survives a restored backup of the store's folder). The MAC key lives only in
the user's data directory (mode 0600), so editing the store and the file beside it is not enough.

A commit writes twice: before the SQLite commit the head it is about to make (`pending`), after it the
head it made. A crash between the two leaves a file naming both the old head and the pending one; a
store at either is the benign case. A store behind the head (or at a head not recorded) is the attack.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import json
import os
import secrets
import tempfile
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from desktop.core.trust.audit import canonical_json

HEAD_SUFFIX = ".head"


def heads_dir() -> Path:
    return Path(platformdirs.user_data_dir("Clearance", appauthor=False)) / "heads"


def store_id(first_entry_hash: str) -> str:
    """A store is named by its first audit entry's hash: chained, never rewritten, kept by every backup."""
    return first_entry_hash[:32]


def beside_path(store_path: Path) -> Path:
    return Path(store_path).with_name(Path(store_path).name + HEAD_SUFFIX)


def user_path(sid: str) -> Path:
    return heads_dir() / f"{sid}{HEAD_SUFFIX}"


def _key_path(sid: str) -> Path:
    return heads_dir() / f"{sid}.key"


def head_key(sid: str, create: bool) -> bytes | None:
    """The store's MAC key from the user's data directory; made (mode 0600) on the first write."""
    path = _key_path(sid)
    try:
        return bytes.fromhex(path.read_text(encoding="ascii").strip())
    except (OSError, ValueError):
        if not create or path.exists():  # an unreadable key is never replaced: the heads it MACed would fail
            return None
    path.parent.mkdir(parents=True, exist_ok=True)
    key = secrets.token_bytes(32)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="ascii") as fh:
        fh.write(key.hex())
        fh.flush()
        os.fsync(fh.fileno())
    return key


def key_id(key: bytes) -> str:
    """Which account's key MACed a head file (a store shared by two accounts has two keys)."""
    return hashlib.sha256(b"clearance head key id" + key).hexdigest()[:16]


def _mac(key: bytes, body: dict) -> str:
    return hmac.new(key, canonical_json(body), hashlib.sha256).hexdigest()


def _body(sid: str, head: tuple[int, str], pending: tuple[int, str] | None) -> dict:
    return {"store": sid, "seq": head[0], "hash": head[1],
            "pending": None if pending is None else {"seq": pending[0], "hash": pending[1]}}


def _top(body: dict) -> int:
    pending = body.get("pending") or {}
    return max(int(body.get("seq") or 0), int(pending.get("seq") or 0))


@contextlib.contextmanager
def _folder_lock(folder: Path):
    """Head writes of several processes in turn: a later head is never replaced by an earlier one."""
    try:
        import fcntl
    except ImportError:  # no flock on this platform: the seq comparison alone orders the writes
        yield
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)  # closing releases the lock


def _write(path: Path, record: dict, force: bool, sync: bool, mode: int = 0o600) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with _folder_lock(path.parent):
        if not force:
            old = read_file(path)
            if old is not None and old.get("store") == record["store"] and _top(old) > _top(record):
                return
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(json.dumps(record, sort_keys=True).encode("utf-8"))
                fh.flush()
                if sync:
                    os.fsync(fh.fileno())
            os.chmod(tmp, mode)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise


def record_head(store_path: Path, sid: str, head: tuple[int, str], pending: tuple[int, str] | None = None,
                force: bool = False) -> None:
    """Before a commit (`pending`: the head it will make) the file beside the store, fsynced; after it both
    files, unsynced: lost in a crash, they fall back to the pending record, which verifies the same, and the
    data folder's copy only ever guards against a store older than it. `force` writes an earlier head
    (an accepted restore), both files, synced."""
    key = head_key(sid, create=True)
    body = _body(sid, head, pending)
    record = {**body, "mac": _mac(key, body), "key": key_id(key)}
    # readable by whoever may read the store (it holds no secret: a hash and a MAC), as the store is
    _write(beside_path(store_path), record, force, sync=pending is not None or force, mode=0o644)
    if pending is None:
        _write(user_path(sid), record, force, sync=force)


def read_file(path: Path) -> dict | None:
    try:
        record = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return record if isinstance(record, dict) else None


@dataclass(frozen=True)
class SeenHead:
    where: str  # which file, for people
    record: dict | None  # None: unreadable
    mac_ok: bool | None  # None: this computer holds no key for the store
    in_data_folder: bool = False  # written after commits only: a store ahead of it is no sign of tampering


HEAD_PLACES = ("the head beside the store ({path})", "the head in this account's data folder ({path})")  # as `verify` names them


def seen_heads(store_path: Path, sid: str) -> list[SeenHead]:
    key = head_key(sid, create=False)
    out = []
    for place, path in zip(HEAD_PLACES, (beside_path(store_path), user_path(sid)), strict=True):
        if not path.exists():
            continue
        where = place.format(path=path)
        in_data = path == user_path(sid)
        if not os.access(path, os.R_OK):  # another account's file (read-only media, a shared folder)
            continue
        record = read_file(path)
        if record is None:
            out.append(SeenHead(where, None, None, in_data))
            continue
        body = {k: record.get(k) for k in ("store", "seq", "hash", "pending")}
        # another account's key (a shared store) cannot be checked here: read, but never trusted to say more
        mine = key is not None and record.get("key") == key_id(key)
        ok = hmac.compare_digest(_mac(key, body), str(record.get("mac", ""))) if mine else None
        out.append(SeenHead(where, record, ok, in_data))
    return out


def head_problems(store_path: Path, chain: dict[int, str]) -> tuple[list[str], list[str]]:
    """(checked, problems) of the chain (seq -> hash) against every head file seen for this store."""
    if not chain:  # every entry deleted: the head beside the store still says how far it went
        record = read_file(beside_path(store_path))
        if record and _top(record) > 0:
            return [], [f"the chain is empty, the last head seen was {_top(record)}: its entries were deleted"]
        return [], []
    sid = store_id(chain[min(chain)])
    last = max(chain)
    checked: list[str] = []
    problems: list[str] = []
    seen = seen_heads(store_path, sid)
    said: dict[str, list[str]] = {}  # one line per problem, naming every file that shows it
    for s in seen:
        if s.record is None:
            problems.append(f"{s.where}: unreadable (changed outside Clearance)")
            continue
        if s.mac_ok is False:
            problems.append(f"{s.where}: changed outside Clearance (its MAC does not verify)")
            continue
        if s.record.get("store") != sid:
            problems.append(f"{s.where}: belongs to another store")
            continue
        problem = _against(s.record, chain, last, ahead_ok=s.in_data_folder or not s.mac_ok)
        if problem:
            said[problem] = [*said.get(problem, []), s.where]
        else:
            checked.append(f"chain head: entry {last} is the last head Clearance recorded ({s.where}"
                           f"{'' if s.mac_ok else ', read without its MAC: written with a key not in this account'})")
    problems += [f"{problem} ({'; '.join(where)})" for problem, where in said.items()]
    if not seen:
        checked.append("chain head: no head file for this store on this computer (a store from elsewhere, "
                       "or older than head files); a cut tail cannot be seen")
    return checked, problems


def _against(record: dict, chain: dict[int, str], last: int, ahead_ok: bool) -> str | None:
    allowed = [(int(record.get("seq") or 0), record.get("hash"))]
    if isinstance(record.get("pending"), dict):
        allowed.append((int(record["pending"].get("seq") or 0), record["pending"].get("hash")))
    if (last, chain[last]) in allowed:
        return None
    top = max(seq for seq, _ in allowed)
    if last < top:
        return (f"the chain ends at {last}, the last head seen was {top}: its newest entries were cut, or this "
                f"is an older copy of the store (a restored backup, or a copy made without its -wal file); "
                f"`clearance verify STORE --accept-restore --signer NAME` accepts a restore on purpose")
    rewritten = [seq for seq, digest in allowed if 0 < seq <= last and chain.get(seq) != digest]
    if len(rewritten) == len(allowed):
        return f"audit entry {rewritten[0]} is not the one the last head recorded (the chain was rewritten)"
    if ahead_ok:
        return None
    return (f"the chain runs to {last} but the last head Clearance recorded is {top}: entries "
            f"{top + 1}-{last} were added outside Clearance")
