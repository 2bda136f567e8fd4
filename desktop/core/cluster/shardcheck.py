"""Shards are checked, not trusted: what `import-findings` accepts from a folder of Parquet files.

A shard decides what the store proposes for review; one edited or made by hand could propose nothing
on a page of e-mail addresses, or one PERSON as long as the page. So each shard carries the sha256
that `scan --out` wrote beside it (`NAME.parquet.sha256`), and every row is checked before anything
is imported: its columns and their types, the detection results as a list of spans with a type and
a score, pages within the file's page count, one result per page (a page twice must say the same),
and, once the file is read here, every span within its page's text.
"""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

DIGEST_SUFFIX = ".sha256"
_HEX64 = re.compile(r"[0-9a-f]{64}")


class ShardCheckError(ValueError):
    """Why a shard is refused; one line, naming the shard."""


def digest_path(shard: Path) -> Path:
    return shard.with_name(shard.name + DIGEST_SUFFIX)


def write_digest(shard: Path, final_name: str) -> Path:
    """The digest of a finished shard, written beside the name it is about to get."""
    digest = hashlib.sha256(shard.read_bytes()).hexdigest()
    target = shard.with_name(final_name + DIGEST_SUFFIX)
    tmp = target.with_suffix(".tmp")
    tmp.write_text(f"{digest}  {final_name}\n", encoding="ascii")
    tmp.replace(target)
    return target


def check_digest(shard: Path) -> None:
    digest = digest_path(shard)
    try:
        recorded = digest.read_text(encoding="ascii").split()[0]
    except (OSError, UnicodeDecodeError, IndexError):
        raise ShardCheckError(f"{shard}: no digest beside it ({digest.name}); only shards as `scan --out` "
                              "wrote them are imported") from None
    if hashlib.sha256(shard.read_bytes()).hexdigest() != recorded:
        raise ShardCheckError(f"{shard}: changed since `scan --out` wrote it (its sha256 is not the one in "
                              f"{digest.name})")


_TYPES = {"path": str, "name": str, "sha256": str, "size": int, "pages": int, "page": int, "text_hash": str,
          "detector": str, "results": str, "error": str}


def check_row(shard: Path, row: dict, header: int) -> None:
    """One row's columns, and a page row's results: a JSON list of spans."""
    for column, kind in _TYPES.items():
        if not isinstance(row.get(column), kind) or isinstance(row.get(column), bool):
            raise ShardCheckError(f"{shard}: column {column!r} of a row is {type(row.get(column)).__name__}, "
                                  f"not {kind.__name__}")
    if row["page"] < header or row["pages"] < 0:
        raise ShardCheckError(f"{shard}: {row['name']}: page {row['page']} of {row['pages']} is no page")
    if row["error"]:
        return
    if not _HEX64.fullmatch(row["sha256"]):
        raise ShardCheckError(f"{shard}: {row['name']}: {row['sha256']!r} is not a sha256")
    if row["page"] != header:
        spans(shard, row)


def spans(shard: Path, row: dict) -> list[dict]:
    """A page row's detection results, each a span with a type and a score (else ShardCheckError)."""
    where = f"{shard}: {row['name']} page {row['page'] + 1}"
    try:
        results = json.loads(row["results"])
    except ValueError:
        raise ShardCheckError(f"{where}: its results are not JSON (empty or cut)") from None
    if not isinstance(results, list):
        raise ShardCheckError(f"{where}: its results are not a list of spans")
    for r in results:
        if not (isinstance(r, dict) and isinstance(r.get("start"), int) and isinstance(r.get("end"), int)
                and isinstance(r.get("entity_type"), str) and r["entity_type"]
                and isinstance(r.get("score"), int | float) and 0 <= r["score"] <= 1):
            raise ShardCheckError(f"{where}: a result is not a span with start, end, entity_type and score")
        if not 0 <= r["start"] < r["end"]:
            raise ShardCheckError(f"{where}: a span {r['start']}..{r['end']} is empty or before the page")
    return results


def check_pages(folder: Path, name: str, pages: int, rows: dict[int, dict]) -> None:
    """Every page of a file within its page count."""
    outside = sorted(n for n in rows if not 0 <= n < pages)
    if outside:
        raise ShardCheckError(f"{folder}: {name}: results for page {outside[0] + 1}, but the file has {pages} "
                              "page(s)")


def same_page(shard: Path, before: dict, row: dict) -> None:
    """A page found twice (a rerun) must say the same both times."""
    if (before["text_hash"], before["results"], before["detector"]) != (row["text_hash"], row["results"],
                                                                        row["detector"]):
        raise ShardCheckError(f"{shard}: {row['name']} page {row['page'] + 1} appears twice with different "
                              "results; which one is true cannot be told")


def check_within_text(folder: Path, name: str, number: int, results: list[dict], text: str) -> None:
    """Every span inside the page's text as read here (which has the cluster's text hash)."""
    for r in results:
        if r["end"] > len(text):
            raise ShardCheckError(f"{folder}: {name} page {number + 1}: a span {r['start']}..{r['end']} ends "
                                  f"beyond the page's {len(text)} characters")
