"""import-findings checks shards instead of trusting them: a digest per shard written at scan time, the
rows' schema, pages within the file, one result per page, and every span within its page's text."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.cli_errors import EXIT_USAGE

pytest.importorskip("pyarrow")


@pytest.fixture(scope="module")
def contract_pdf() -> bytes:
    from devkit.corpus import generate_contract

    return generate_contract(7421, pages=2).pdf


def _rows(pdf: Path) -> list[dict]:
    """The rows `scan --out` writes for `pdf`, detected as nothing (results a valid empty list)."""
    from desktop.core.cluster.rows import HEADER, file_rows
    from desktop.core.detect import detector_version

    rows = file_rows({"path": str(pdf), "bytes": pdf.read_bytes()})
    return [r if r["page"] == HEADER else {**r, "text": "", "detector": detector_version(), "results": "[]"}
            for r in rows]


def _write(folder: Path, rows: list[dict]) -> Path:
    from desktop.core.cluster.shards import ShardWriter

    writer = ShardWriter(folder)
    for row in rows:
        writer.add(row)
    writer.flush()
    [shard] = sorted(folder.glob("*.parquet"))
    return shard


def _person(start: int, end: int) -> str:
    return json.dumps([{"start": start, "end": end, "entity_type": "PERSON", "score": 0.85,
                        "recognizer": "SpacyRecognizer", "explanation": {}}])


def _page(rows, n=0):
    return next(i for i, r in enumerate(rows) if r["page"] == n)


def _empty_results(rows):
    rows[_page(rows)]["results"] = ""
    return rows


def _not_a_list(rows):
    rows[_page(rows)]["results"] = json.dumps({"start": 0})
    return rows


def _span_beyond_the_page(rows):
    rows[_page(rows)]["results"] = _person(0, 10**7)  # the whole page as one PERSON, and more
    return rows


def _span_backwards(rows):
    rows[_page(rows)]["results"] = _person(40, 10)
    return rows


def _page_outside_the_file(rows):
    return [*rows, {**rows[_page(rows)], "page": 99}]


def _conflicting_duplicate(rows):
    return [*rows, {**rows[_page(rows)], "results": _person(0, 4)}]


def _score_out_of_range(rows):
    rows[_page(rows)]["results"] = json.dumps([{"start": 0, "end": 4, "entity_type": "PERSON", "score": 7}])
    return rows


BAD = {  # id: (change to the rows, fragment of the one line)
    "empty results": (_empty_results, "results are not JSON"),
    "results not a list": (_not_a_list, "not a list of spans"),
    "a span beyond the page": (_span_beyond_the_page, "ends beyond the page's"),
    "a span backwards": (_span_backwards, "is empty or before the page"),
    "a page the file does not have": (_page_outside_the_file, "results for page 100, but the file has"),
    "a page twice, different": (_conflicting_duplicate, "appears twice with different results"),
    "a score of 7": (_score_out_of_range, "not a span with start, end, entity_type and score"),
}


def _import(tmp_path: Path, shards: Path, capsys) -> tuple[int, str, str]:
    code = main(["import-findings", str(shards), "--store", str(tmp_path / "s.sqlite")])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("case", sorted(BAD))
def test_a_bad_shard_is_refused_in_one_line(tmp_path, capsys, contract_pdf, case):
    change, fragment = BAD[case]
    pdf = tmp_path / "contract.pdf"
    pdf.write_bytes(contract_pdf)
    _write(tmp_path / "shards", change(_rows(pdf)))
    code, _, err = _import(tmp_path, tmp_path / "shards", capsys)
    assert code == EXIT_USAGE and "Traceback" not in err, err
    assert err.count("\n") == 1 and fragment in err, err


def test_a_good_shard_is_imported(tmp_path, capsys, contract_pdf):
    pdf = tmp_path / "contract.pdf"
    pdf.write_bytes(contract_pdf)
    rows = _rows(pdf)
    rows.append(dict(rows[_page(rows)]))  # the same page twice, saying the same (a rerun): fine
    shard = _write(tmp_path / "shards", rows)
    assert shard.with_name(shard.name + ".sha256").is_file()
    code, out, err = _import(tmp_path, tmp_path / "shards", capsys)
    assert code == 0, err
    assert "1 imported" in out


def test_a_shard_changed_after_the_scan_or_without_its_digest_is_refused(tmp_path, capsys, contract_pdf):
    import pyarrow
    import pyarrow.parquet

    pdf = tmp_path / "contract.pdf"
    pdf.write_bytes(contract_pdf)
    rows = _rows(pdf)
    shard = _write(tmp_path / "shards", rows)
    table = pyarrow.parquet.read_table(shard).to_pylist()
    table[_page(table)]["results"] = "[]" + " " * 3  # still valid, but not what the scan wrote
    pyarrow.parquet.write_table(pyarrow.Table.from_pylist(table), shard)
    code, _, err = _import(tmp_path, tmp_path / "shards", capsys)
    assert code == EXIT_USAGE and "changed since `scan --out` wrote it" in err, err
    shard.with_name(shard.name + ".sha256").unlink()
    code, _, err = _import(tmp_path, tmp_path / "shards", capsys)
    assert code == EXIT_USAGE and "no digest beside it" in err, err
