"""What decides eligibility, as the audit chain records it: rows of parties, consents, links, settings, trust,
residue decisions, findings (what is redacted) and the reviewer's decisions on them.

Every write to these tables appends the rows as they are afterwards to its audit entry (`state`:
per table its columns and, per row key, the values or None for a row gone), so replaying the chain
gives the tables as Clearance left them; a row edited with sqlite3 differs.
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
    "revoked_signers": ("fingerprint",),
    "residue_decisions": ("id",),
    "findings": ("id",),
    "decisions": ("id",),
}
# Tables chained by some columns only: a finding's score and explanation are the detector's reasons, which
# decide nothing; its place, type, text, boxes, source and status decide what is redacted.
CHAINED_COLUMNS: dict[str, tuple[str, ...]] = {
    "findings": ("id", "document_id", "page", "start", "end", "entity_type", "text", "boxes", "source", "status"),
    "decisions": ("id", "finding_id", "document_id", "action", "before", "after", "group_id", "actor", "at"),
}
# Where the reviewer was in the queue decides nothing and changes with every pause.
UNCHAINED_SETTING_PREFIXES = ("review.",)
# Kept out of the chain as a hash: the chain's payloads are read by more people than the secret.
SECRET_SETTINGS = ("export.pseudonym_secret",)
MAX_ROWS_NAMED = 20  # per table: a store rewritten wholesale is said once, not in thousands of lines


def setting_chained(key: str) -> bool:
    return not key.startswith(UNCHAINED_SETTING_PREFIXES)


def columns_sql(table: str) -> str:
    return ", ".join(f'"{c}"' for c in CHAINED_COLUMNS[table]) if table in CHAINED_COLUMNS else "*"


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
    rows = _rows(conn, f"SELECT {columns_sql(table)} FROM {table}")
    if table == "settings":
        rows = [r for r in rows if setting_chained(r["key"])]
    return {row_key(table, r): chained_row(table, r) for r in rows}


def full_state(conn: sqlite3.Connection) -> dict[str, dict[str, dict]]:
    return {table: table_state(conn, table) for table in CHAINED}


def compact(rows: dict[str, dict | None]) -> dict:
    """{key: row} as {"columns": [...], "rows": {key: [values] or None}}: a 100,000-row import stays small."""
    columns = next((list(r) for r in rows.values() if r is not None), [])
    return {"columns": columns, "rows": {k: None if r is None else [r[c] for c in columns] for k, r in rows.items()}}


def gone(key: str) -> dict:
    return {"columns": [], "rows": {key: None}}


def rows_state(conn: sqlite3.Connection, table: str, keys: list[tuple]) -> dict:
    """The named rows as they are now (None: gone), compacted for an audit entry's `state`."""
    if table != "settings" and len(CHAINED[table]) == 1 and len(keys) > 20:
        return _bulk_rows(conn, table, [k[0] for k in keys])
    return compact(_named_rows(conn, table, keys))


def _bulk_rows(conn: sqlite3.Connection, table: str, wanted: list) -> dict:
    """An import's rows: one query per chunk, straight into the compact form."""
    (col,) = CHAINED[table]
    columns: list[str] = []
    found: dict = {}
    for start in range(0, len(wanted), 500):
        chunk = wanted[start:start + 500]
        cur = conn.execute(f"SELECT {columns_sql(table)} FROM {table} WHERE {col} IN ({','.join('?' * len(chunk))})", chunk)
        columns = [d[0] for d in cur.description]
        at = columns.index(col)
        for r in cur:
            found[r[at]] = list(r)
    return {"columns": columns, "rows": {str(k): found.get(k) for k in wanted}}


def _named_rows(conn: sqlite3.Connection, table: str, keys: list[tuple]) -> dict[str, dict | None]:
    cols = CHAINED[table]
    out: dict[str, dict | None] = {}
    where = " AND ".join(f"{c} = ?" for c in cols)
    for k in keys:
        found = _rows(conn, f"SELECT {columns_sql(table)} FROM {table} WHERE {where}", k)
        out["/".join(str(v) for v in k)] = chained_row(table, found[0]) if found else None
    return out


def replay(entries: list[dict]) -> dict[str, dict[str, dict]]:
    """The chained tables as the audit entries (payloads parsed) say they are."""
    state: dict[str, dict[str, dict]] = {table: {} for table in CHAINED}
    for e in entries:
        payload = e.get("payload")
        if not isinstance(payload, dict) or not isinstance(payload.get("state"), dict):
            continue
        if e.get("kind") == "state-baseline":
            state = {table: {} for table in CHAINED}
        for table, block in payload["state"].items():
            columns = block.get("columns", [])
            for key, values in block.get("rows", {}).items():
                if values is None:
                    state.setdefault(table, {}).pop(key, None)
                else:
                    state.setdefault(table, {})[key] = dict(zip(columns, values))
    return state


def _natural(key: str) -> list:
    """Row 2 before row 10; a table's keys are all numbers or all words, position by position."""
    return [(0, int(p), "") if p.isdigit() else (1, 0, p) for p in key.split("/")]


def differences(expected: dict[str, dict[str, dict]], actual: dict[str, dict[str, dict]]) -> list[str]:
    """One line per row whose table content is not what the chain recorded."""
    problems = []
    for table in CHAINED:
        want, have = expected.get(table, {}), actual.get(table, {})
        differing = [k for k in sorted(set(want) | set(have), key=_natural) if want.get(k) != have.get(k)]
        if len(differing) > MAX_ROWS_NAMED:
            problems.append(f"{table}: {len(differing)} rows differ from the audit chain; the first "
                            f"{MAX_ROWS_NAMED} follow")
        for key in differing[:MAX_ROWS_NAMED]:
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
