"""`clearance scan` over good and bad files: good ones stored, bad ones reported, nothing re-touched."""

from __future__ import annotations

import pytest

from desktop.cli import main

pytestmark = pytest.mark.slow


@pytest.fixture
def folder(tmp_path):
    from devkit.corpus import badfiles, generate_contract

    root = tmp_path / "in"
    (root / "sub").mkdir(parents=True)
    for i, seed in enumerate((7301, 7302)):
        (root / ("sub" if i else "") / f"good{i}.PDF").write_bytes(generate_contract(seed, pages=2).pdf)
    badfiles.write_corrupt(root / "corrupt.pdf")
    badfiles.write_encrypted(root / "encrypted.pdf")
    badfiles.write_empty(root / "empty.pdf")
    badfiles.write_text_as_pdf(root / "notes.pdf")
    return root


def _snapshot(store_path):
    from desktop.core.store import Store

    with Store(store_path) as s:
        docs = s.documents()
        return docs, {d["id"]: [(f.id, f.text, f.boxes) for f in s.findings(d["id"])] for d in docs}, s.audit_head()


def test_scan_folder_reports_bad_files_and_is_idempotent(folder, tmp_path, capsys):
    store_path = tmp_path / "store.sqlite"
    assert main(["scan", str(folder), "--store", str(store_path), "--workers", "1"]) == 1
    out, err = capsys.readouterr()
    assert "2 imported" in out and "4 failed" in out
    bad_lines = [line for line in err.splitlines() if line.strip() and ": " in line]
    for name in ("corrupt.pdf", "encrypted.pdf", "empty.pdf", "notes.pdf"):
        [line] = [ln for ln in bad_lines if ln.startswith(str(folder / name))]
        assert len(line.split(": ", 1)[1]) > 10
    docs, findings, head = _snapshot(store_path)
    assert sorted(d["name"] for d in docs) == ["good0.PDF", "good1.PDF"]
    assert all(d["status"] == "scanned" for d in docs) and all(findings.values())

    assert main(["scan", str(folder), "--store", str(store_path), "--workers", "1"]) == 1
    out, _ = capsys.readouterr()
    assert "0 imported, 2 already stored" in out
    assert _snapshot(store_path) == (docs, findings, head)


def test_findings_lists_json(folder, tmp_path, capsys):
    import json

    store_path = tmp_path / "store.sqlite"
    main(["scan", str(folder / "good0.PDF"), "--store", str(store_path), "--workers", "1"])
    capsys.readouterr()
    assert main(["findings", "good0.PDF", "--store", str(store_path), "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert rows and {"type", "text", "page", "boxes", "score", "recognizer"} <= set(rows[0])
    assert any(r["type"] == "ENVELOPE_ID" for r in rows)
