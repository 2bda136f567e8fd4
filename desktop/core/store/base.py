"""Opening a store: WAL, synchronous=FULL, migrations, and the audit chain every area appends to."""

from __future__ import annotations

import getpass
import json
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

import sqlite_utils

from desktop.core.store.chain import append_entry, chain_head
from desktop.core.store.schema import MIGRATIONS, SCHEMA_VERSION
from desktop.core.store.state import SECRET_SETTINGS, rows_state, setting_chained


class StoreError(Exception):
    """A store that cannot be used; the message is one line for people."""


class StoreVersionError(StoreError):
    pass


def utc_now() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")


def os_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name in some containers and services
        return "unknown"


class StoreBase:
    """Connection and transactions. A Store belongs to the thread that opened it."""

    def __init__(self, path: Path | str, actor: str | None = None):
        self.path = Path(path)
        self.actor = actor or os_user()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self.db = sqlite_utils.Database(self.path, execute_plugins=False)
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("PRAGMA synchronous=FULL")
            self.db.execute("PRAGMA foreign_keys=ON")
            self.db.execute("PRAGMA busy_timeout=10000")
        except Exception as exc:
            raise StoreError(f"{self.path}: cannot open the store ({exc})") from exc
        self._migrate()

    def close(self) -> None:
        self.db.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    @property
    def version(self) -> int:
        return self.db.execute("PRAGMA user_version").fetchone()[0]

    def _migrate(self) -> None:
        try:
            current = self.version
        except Exception as exc:
            raise StoreError(f"{self.path}: not a Clearance store ({exc})") from exc
        if current > SCHEMA_VERSION:
            raise StoreVersionError(
                f"{self.path} was written by a newer version of Clearance (schema {current}, "
                f"this version reads up to {SCHEMA_VERSION}); update Clearance to open it"
            )
        if current == 0 and self.db.table_names():
            raise StoreError(f"{self.path}: not a Clearance store (it holds other tables)")
        for version in range(current, SCHEMA_VERSION):
            with self.db.atomic():
                MIGRATIONS[version](self.db)
                self.db.execute(f"PRAGMA user_version={version + 1}")

    @contextmanager
    def atomic(self):
        """One transaction; nested calls become savepoints."""
        with self.db.atomic():
            yield self

    def setting(self, key: str, default: str | None = None) -> str | None:
        row = self.db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
        return row[0] if row else default

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
