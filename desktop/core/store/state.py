"""What decides eligibility, as the audit chain records it: rows of parties, consents, links, settings, trust.

Every write to these tables appends the rows as they are afterwards to its audit entry (`state`),
so replaying the chain gives the tables as Clearance left them; a row edited with sqlite3 differs.
"""

from __future__ import annotations

import hashlib
import sqlite3

# Table -> the columns that name a row.
CHAINED: dict[str, tuple[str, ...]] = {
    "parties": ("id",),
    "consents": ("id",),
    "document_parties": ("document_id", "party_id"),
    "settings": ("key",),
    "trusted_signers": ("fingerprint",),
}
# Where the reviewer was in the queue decides nothing and changes with every pause.
UNCHAINED_SETTING_PREFIXES = ("review.",)
# Kept out of the chain as a hash: the chain's payloads are read by more people than the secret.
SECRET_SETTINGS = ("export.pseudonym_secret",)


def setting_chained(key: str) -> bool:
    return not key.startswith(UNCHAINED_SETTING_PREFIXES)


def row_key(table: str, row: dict) -> str:
    return "/".join(str(row[c]) for c in CHAINED[table])


def chained_row(table: str, row: dict) -> dict:
    if table == "settings" and row["key"] in SECRET_SETTINGS:
        return {**row, "value": "sha256:" + hashlib.sha256(str(row["value"]).encode("utf-8")).hexdigest()}
    return dict(row)


def _rows(conn: sqlite3.Connection, sql: str, args=()) -> list[dict]:
    cur = conn.execute(sql, list(args))
    names = [d[0] for d in cur.description]
    return [dict(zip(names, r)) for r in cur.fetchall()]


def table_state(conn: sqlite3.Connection, table: str) -> dict[str, dict]:
    """Every chained row of a table (missing table: none), keyed as the chain keys it."""
    exists = conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", [table]).fetchone()
    if not exists:
        return {}
    rows = _rows(conn, f"SELECT * FROM {table}")
    if table == "settings":
        rows = [r for r in rows if setting_chained(r["key"])]
    return {row_key(table, r): chained_row(table, r) for r in rows}


def full_state(conn: sqlite3.Connection) -> dict[str, dict[str, dict]]:
    return {table: table_state(conn, table) for table in CHAINED}


def rows_state(conn: sqlite3.Connection, table: str, keys: list[tuple]) -> dict[str, dict | None]:
    """The named rows as they are now (None: gone), for an audit entry's `state`."""
    cols = CHAINED[table]
    out: dict[str, dict | None] = {}
    if len(cols) == 1 and len(keys) > 20:  # an import: one query per chunk, not per row
        wanted = [k[0] for k in keys]
        for start in range(0, len(wanted), 500):
            chunk = wanted[start:start + 500]
            found = {r[cols[0]]: r for r in _rows(conn, f"SELECT * FROM {table} WHERE {cols[0]} IN "
                                                        f"({','.join('?' * len(chunk))})", chunk)}
            for k in chunk:
                out["/".join([str(k)])] = chained_row(table, found[k]) if k in found else None
        return out
    where = " AND ".join(f"{c} = ?" for c in cols)
    for k in keys:
        found = _rows(conn, f"SELECT * FROM {table} WHERE {where}", k)
        out["/".join(str(v) for v in k)] = chained_row(table, found[0]) if found else None
    return out


def replay(entries: list[dict]) -> dict[str, dict[str, dict]]:
    """The chained tables as the audit entries (payloads parsed) say they are."""
    state: dict[str, dict[str, dict]] = {table: {} for table in CHAINED}
    for e in entries:
        payload = e.get("payload")
        if not isinstance(payload, dict):
            continue
        if e.get("kind") == "state-baseline":
            state = {table: dict(payload["state"].get(table, {})) for table in CHAINED}
            continue
        for table, rows in (payload.get("state") or {}).items():
            for key, row in rows.items():
                if row is None:
                    state.setdefault(table, {}).pop(key, None)
                else:
                    state.setdefault(table, {})[key] = row
    return state


def differences(expected: dict[str, dict[str, dict]], actual: dict[str, dict[str, dict]]) -> list[str]:
    """One line per row whose table content is not what the chain recorded."""
    problems = []
    for table in CHAINED:
        want, have = expected.get(table, {}), actual.get(table, {})
        for key in sorted(set(want) | set(have)):
            label = f"{table} row {key}"
            if key not in want:
                problems.append(f"{label}: not in the audit chain (added outside Clearance)")
            elif key not in have:
                problems.append(f"{label}: in the audit chain but gone from the table (deleted outside Clearance)")
            elif want[key] != have[key]:
                cols = sorted(c for c in set(want[key]) | set(have[key]) if want[key].get(c) != have[key].get(c))
                said = ", ".join(f"{c} is {have[key].get(c)!r}, the chain says {want[key].get(c)!r}" for c in cols)
                problems.append(f"{label}: changed outside Clearance ({said})")
    return problems
