"""What runs inside the Ray job, without Ray: file rows, per-page failures, and the missing-extra message."""

from __future__ import annotations

import json
import sys

import pymupdf
import pytest

from desktop.cli import main
from desktop.core.cluster.rows import HEADER, detect_rows, file_rows


def _pdf(*texts: str) -> bytes:
    doc = pymupdf.open()
    for text in texts:
        doc.new_page(width=400, height=300).insert_text((20, 40), text, fontsize=10)
    return doc.tobytes()


def test_a_file_becomes_a_header_row_and_its_wanted_pages():
    from desktop.core.pdf import sha256_bytes

    data = _pdf("page one", "page two", "page three")
    sha = sha256_bytes(data)
    rows = file_rows({"path": "/in/a.pdf", "bytes": data})
    assert [r["page"] for r in rows] == [HEADER, 0, 1, 2]
    assert rows[0]["pages"] == 3 and rows[0]["sha256"] == sha and rows[0]["name"] == "a.pdf"
    assert rows[2]["text"].strip() == "page two" and rows[2]["text_hash"]
    assert [r["page"] for r in file_rows({"path": "a.pdf", "bytes": data}, wanted={sha: [2]})] == [HEADER, 2]
    [skipped] = file_rows({"path": "a.pdf", "bytes": data}, skip=frozenset({sha}))
    assert skipped["skipped"] and skipped["page"] == HEADER


@pytest.mark.parametrize(("data", "words"), [(b"", "empty"), (b"hello", "not a PDF"),
                                             (b"%PDF-1.7\nbroken", "damaged")])
def test_a_bad_file_is_one_header_row_with_the_local_import_reason(data, words):
    [row] = file_rows({"path": "/in/bad.pdf", "bytes": data})
    assert row["page"] == HEADER and row["error"].startswith("bad.pdf: ") and words in row["error"]


def test_one_page_that_cannot_be_detected_fails_alone(monkeypatch):
    import desktop.core.detect.pool as pool

    def detect(texts, model=None):
        if any("boom" in t for t in texts):
            raise RuntimeError("model exploded")
        return [[{"start": 0, "end": 4, "entity_type": "PERSON"}] for _ in texts]

    monkeypatch.setattr(pool, "detect_texts", detect)
    rows = file_rows({"path": "a.pdf", "bytes": _pdf("fine", "boom", "fine again")})
    out = detect_rows(rows, None)
    assert all(r["text"] == "" for r in out)  # no page text leaves a detection actor
    assert out[0]["page"] == HEADER and not out[0]["results"]
    assert [bool(r["error"]) for r in out[1:]] == [False, True, False]
    assert "page 2" in out[2]["error"] and "model exploded" in out[2]["error"]
    assert json.loads(out[1]["results"])[0]["entity_type"] == "PERSON" and out[1]["detector"]


@pytest.mark.parametrize("argv", [["scan", "{pdf}", "--engine", "ray"],
                                  ["scan", "{pdf}", "--engine", "ray", "--out", "{tmp}/shards"],
                                  ["import-findings", "{tmp}"]])
def test_without_the_cluster_extra_one_line_says_how_to_install_it(argv, tmp_path, monkeypatch, capsys):
    monkeypatch.setitem(sys.modules, "ray", None)  # `import ray` now fails as if it were not installed
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    pdf = tmp_path / "a.pdf"
    pdf.write_bytes(_pdf("text"))
    store = tmp_path / "store.sqlite"
    args = [a.format(pdf=pdf, tmp=tmp_path) for a in argv] + (["--store", str(store)] if "--out" not in argv else [])
    assert main(args) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "pip install 'clearance[cluster]'" in err, err
    assert "Traceback" not in err


def test_ray_options_need_the_ray_engine(tmp_path, capsys):
    assert main(["scan", str(tmp_path), "--out", str(tmp_path / "shards")]) == 2
    assert "--engine ray" in capsys.readouterr().err


def test_the_desktop_installer_and_make_run_leave_ray_out():
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    spec = (root / "packaging" / "clearance.spec").read_text(encoding="utf-8")
    excludes = spec[spec.index("excludes = ["):spec.index("]\n", spec.index("excludes = ["))]
    assert '"ray"' in excludes and '"pyarrow"' in excludes
    makefile = (root / "Makefile").read_text(encoding="utf-8")
    run_install = makefile[makefile.index("$(STAMP): "):makefile.index("touch $(STAMP)")]
    assert "cluster" not in run_install and "'.[dev,cluster]'" in makefile


def test_a_cluster_address_where_nothing_answers_is_one_line_at_once(tmp_path, capsys):
    pytest.importorskip("ray", reason="the optional cluster extra is not installed")
    pdf = tmp_path / "a.pdf"
    pdf.write_bytes(_pdf("text"))
    args = ["scan", str(pdf), "--engine", "ray", "--out", str(tmp_path / "shards"), "--ray-address"]
    assert main([*args, "127.0.0.1:1"]) == 2  # port 1 on loopback: refused at once
    err = capsys.readouterr().err.strip()
    assert err.startswith("clearance: cannot join the Ray cluster at 127.0.0.1:1") and len(err.splitlines()) == 1
    assert main([*args, "head-without-port"]) == 2
    assert "not HOST:PORT" in capsys.readouterr().err
