"""Opening a store: WAL, synchronous=FULL, migrations, and the audit chain every area appends to."""

from __future__ import annotations

import getpass
import json
import sqlite3
import time
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

import sqlite_utils

from desktop.core.store.chain import append_entry, chain_head
from desktop.core.store.schema import MIGRATIONS, SCHEMA_VERSION
from desktop.core.store.state import SECRET_SETTINGS, rows_state, setting_chained
from desktop.core.trust.audit import GENESIS
from desktop.core.trust.head import record_head, store_id


class StoreError(Exception):
    """A store that cannot be used; the message is one line for people."""


class StoreVersionError(StoreError):
    pass


class StoreBusyError(StoreError):
    """Another process kept the store locked longer than we wait."""


BUSY_TIMEOUT_MS = 10_000  # SQLite waits this long for a lock before it reports busy ...
BUSY_RETRIES = 3  # ... and a transaction is started again this many times before we give up


def connect_read_only(path: Path) -> sqlite3.Connection:
    """A connection that never writes a byte, also on read-only media: SQLite needs to create the
    `-shm` file of a WAL store even to read it, so where the folder is read-only the file is opened
    as immutable, which is exact when no `-wal` file holds changes (a closed store has none)."""
    path = Path(path)
    if not path.is_file():
        raise StoreError(f"{path}: no such store")
    uri = path.resolve().as_uri()
    try:
        conn = sqlite3.connect(f"{uri}?mode=ro", uri=True)
        conn.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()
        return conn
    except sqlite3.DatabaseError as exc:
        wal = path.with_name(path.name + "-wal")
        if "unable to open" not in str(exc) and "readonly" not in str(exc):
            raise StoreError(f"{path}: not a readable Clearance store ({exc})") from exc
        if wal.exists() and wal.stat().st_size:
            raise StoreError(f"{path}: its folder is read-only and {wal.name} holds changes not yet in the "
                             "store; copy both files to a writable folder") from exc
    try:
        conn = sqlite3.connect(f"{uri}?immutable=1", uri=True)
        conn.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()
        return conn
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"{path}: cannot read the store ({exc})") from exc


def utc_now() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")


def os_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name in some containers and services
        return "unknown"


class StoreBase:
    """Connection and transactions. A Store belongs to the thread that opened it."""

    # The chain's head is recorded outside the store (trust/head.py) and exports remember their folders
    # (export/orphans.py), both in the user's data folder; a throw-away store (the self-test's) leaves
    # nothing there.
    keeps_user_data = True

    def __init__(self, path: Path | str, actor: str | None = None, read_only: bool = False):
        """`read_only` opens an existing store without writing a byte (read-only media included)."""
        self.path = Path(path)
        self.actor = actor or os_user()
        self.read_only = read_only
        if self.path.is_dir():
            raise StoreError(f"{self.path}: is a folder; give the store file (e.g. {self.path / 'clearance.sqlite'})")
        if read_only:
            self.db = sqlite_utils.Database(connect_read_only(self.path), execute_plugins=False)
            self._check_version(self.version)
            return
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(f"{self.path}: cannot create the store's folder ({exc.strerror})") from exc
        try:
            self.db = sqlite_utils.Database(self.path, execute_plugins=False)
            self.db.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")  # first: the next pragmas may wait
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("PRAGMA synchronous=FULL")
            self.db.execute("PRAGMA foreign_keys=ON")
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{self.path}: cannot open the store for writing ({exc}); "
                             "check that it and its folder are writable") from exc
        self._migrate()

    def close(self) -> None:
        self.db.close()

    def data_version(self) -> int | None:
        """SQLite's data_version on this connection: it changes whenever another connection commits
        (None once this connection is closed). A window polls it to follow changes made elsewhere."""
        try:
            return self.db.execute("PRAGMA data_version").fetchone()[0]
        except sqlite3.ProgrammingError:
            return None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    @property
    def version(self) -> int:
        return self.db.execute("PRAGMA user_version").fetchone()[0]

    def _check_version(self, current: int) -> None:
        if current > SCHEMA_VERSION:
            raise StoreVersionError(
                f"{self.path} was written by a newer version of Clearance (schema {current}, "
                f"this version reads up to {SCHEMA_VERSION}); update Clearance to open it"
            )
        if current == 0 and self.db.table_names():
            raise StoreError(f"{self.path}: not a Clearance store (it holds other tables)")
        if current == 0 and self.read_only:
            # Created but not yet set up (another process may be creating it right now): nothing to read.
            raise StoreError(f"{self.path}: the store holds nothing yet (it is still being created, "
                             "or was never set up); run `clearance scan` on it first")

    def _migrate(self) -> None:
        try:
            current = self.version
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{self.path}: not a Clearance store ({exc})") from exc
        self._check_version(current)
        if current == SCHEMA_VERSION:
            return
        # Another process may be migrating the same file: the version is read again under the lock.
        with self.atomic():
            current = self.version
            self._check_version(current)
            for version in range(current, SCHEMA_VERSION):
                MIGRATIONS[version](self.db)
                self.db.execute(f"PRAGMA user_version={version + 1}")

    @contextmanager
    def atomic(self):
        """One transaction; nested calls become savepoints.

        The outermost transaction takes the write lock at BEGIN (IMMEDIATE): a transaction that read
        first and wanted to write later would fail at once with "database is locked" when another
        process wrote in between, without waiting; BEGIN IMMEDIATE waits for the lock instead.
        """
        conn = self.db.conn
        if conn.in_transaction:
            with self.db.atomic():
                yield self
            return
        self._begin_immediate()
        try:
            before = self._head()
            yield self
            after = self._head()
            moved = after is not None and after[0] > 0 and after != before
            if moved:  # the head files name the head this commit makes before it is made
                self._record_head(before, pending=after)
        except BaseException:
            if conn.in_transaction:
                conn.rollback()
            raise
        try:
            conn.commit()
        except BaseException:  # a full disk at the commit: nothing of the transaction may stay
            if conn.in_transaction:
                conn.rollback()
            raise
        if moved:
            self._record_head(after)

    def _head(self) -> tuple[int, str] | None:
        try:
            return chain_head(self.db)
        except sqlite3.OperationalError:  # a store being created has no audit table yet
            return None

    def _record_head(self, head: tuple[int, str], pending: tuple[int, str] | None = None) -> None:
        """Both head files (trust/head.py). Before the commit, a folder that cannot take them stops it;
        after it, the files already name the new head as pending, which verifies the same."""
        if not self.keeps_user_data:
            return
        first = self.db.execute("SELECT entry_hash FROM audit WHERE seq = 1").fetchone()
        try:
            record_head(self.path, store_id(first[0]), head or (0, GENESIS), pending)
        except OSError as exc:
            if pending is not None:
                raise StoreError(f"{self.path}: cannot record the audit chain's head ({exc.strerror or exc}); "
                                 "nothing was changed") from exc

    def _begin_immediate(self) -> None:
        for attempt in range(BUSY_RETRIES + 1):
            try:
                self.db.conn.execute("BEGIN IMMEDIATE")
                return
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc) and "busy" not in str(exc):
                    if "readonly" in str(exc):
                        raise StoreError(f"{self.path}: the store is read-only ({exc})") from exc
                    raise
                if attempt == BUSY_RETRIES:
                    raise StoreBusyError(
                        f"{self.path}: another Clearance process kept the store locked for "
                        f"{(BUSY_RETRIES + 1) * BUSY_TIMEOUT_MS // 1000} s; try again") from exc
                time.sleep(0.1 * (attempt + 1))

    def setting(self, key: str, default: str | None = None) -> str | None:
        row = self.db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
        return row[0] if row else default

    def setting_count(self, prefix: str) -> int:
        """How many non-empty settings rows have a key starting with prefix (a per-document setting's)."""
        like = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        return self.db.execute("SELECT count(*) FROM settings WHERE key LIKE ? ESCAPE '\\' AND value != ''",
                               [like]).fetchone()[0]

    def set_setting(self, key: str, value: str) -> None:
        """Set a setting; one that can change an outcome is written to the audit chain with its old value."""
        with self.atomic():
            before = self.setting(key)
            self.db.execute(
                "INSERT INTO settings(key, value) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                [key, value],
            )
            if setting_chained(key) and before != value:
                state = self.chain_state("settings", [(key,)])
                shown = dict(zip(state["columns"], state["rows"][key]))["value"]  # a secret shows as its hash
                self.append_audit("setting", {"key": key, "value": shown,
                                              "before": None if before is None else
                                              ("(secret)" if key in SECRET_SETTINGS else before)},
                                  state={"settings": state})

    def chain_state(self, table: str, keys: list[tuple]) -> dict:
        """The named rows of a chained table as they are now, for an audit entry's `state`."""
        return rows_state(self.db.conn, table, keys)

    # --- audit chain -------------------------------------------------------------------------

    def audit_head(self) -> tuple[int, str]:
        return chain_head(self.db)

    def append_audit(self, kind: str, payload: dict, actor: str | None = None, state: dict | None = None) -> str:
        """Append one entry to the hash chain, inside the caller's transaction if there is one.

        `state` ({table: {row key: row or None}}) carries the eligibility rows the change left behind.
        """
        with self.atomic():
            return append_entry(self.db, actor or self.actor, kind, {**payload, "state": state} if state else payload)

    def audit_entries(self) -> list[dict]:
        rows = self.db.execute(
            "SELECT seq, at, actor, kind, payload, prev_hash, entry_hash FROM audit ORDER BY seq"
        ).fetchall()
        return [
            {"seq": r[0], "at": r[1], "actor": r[2], "kind": r[3], "payload": json.loads(r[4]),
             "prev_hash": r[5], "entry_hash": r[6]}
            for r in rows
        ]
