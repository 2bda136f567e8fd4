"""The README's worked example leaves no name behind: on the demo store, `review --accept-all` then
`export` writes no person or company of the generator's answer key readable in any exported PDF or
in `text.jsonl`."""

import hashlib
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pymupdf
import pytest

from devkit.corpus import load_truth

ROOT = Path(__file__).resolve().parents[2]
NAME_TYPES = {"PERSON", "COMPANY"}
pytestmark = pytest.mark.slow


def _clearance(*args, env, cwd):
    return subprocess.run([sys.executable, "-m", "desktop.cli", *args], cwd=cwd, env=env, capture_output=True,
                          text=True, timeout=600)


def fold(text: str) -> str:
    """Case and whitespace folded, non-breaking spaces and line breaks included."""
    return " ".join(text.replace("\u00a0", " ").split()).casefold()


def answer_key(contract: Path) -> set[str]:
    """Every person and company the generator wrote into the contract: its parties' names and
    aliases, and each name of its ground truth."""
    truth, parties = load_truth(contract.with_suffix(".truth.json"))
    names = {t.text for t in truth if t.type in NAME_TYPES}
    for p in parties:
        names.update(a for a in (p.name, *p.aliases) if a)
    return names


def readable(names: set[str], text: str) -> list[str]:
    folded = fold(text)
    return sorted(n for n in names if re.search(r"(?<!\w)" + re.escape(fold(n)) + r"(?!\w)", folded))


def test_accept_all_then_export_leaves_no_answer_key_name_readable(tmp_path):
    env = {**os.environ, "PYTHONPATH": str(ROOT), "XDG_DATA_HOME": str(tmp_path / "data"),
           "CLEARANCE_PASSPHRASE": "correct horse battery"}
    run = lambda *a: _clearance(*a, env=env, cwd=tmp_path)  # noqa: E731
    store = str(tmp_path / "D" / "clearance.sqlite")
    assert run("demo", "D").returncode == 0
    assert run("signer", "create", "alice").returncode == 0
    assert run("review", "--store", store, "--accept-all").returncode == 0
    exported = run("export", "--store", store, "--to", "OUT", "--signer", "alice")
    assert "written to OUT and verified" in exported.stdout, exported.stderr

    contracts = {hashlib.sha256(p.read_bytes()).hexdigest(): p for p in (tmp_path / "D" / "contracts").glob("*.pdf")}
    out = tmp_path / "OUT"
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    texts = {row["file"]: row["pages"] for row in map(json.loads, (out / "text.jsonl").read_text().splitlines())}
    assert len(manifest["documents"]) >= 4  # of six: the demo refuses two for consent, by design
    leaks = []
    for entry in manifest["documents"]:
        contract = contracts[entry["source_sha256"]]
        names = answer_key(contract)
        doc = pymupdf.open(out / entry["file"])
        shown = " ".join(page.get_text() for page in doc)
        doc.close()
        leaks += [(contract.stem, "pdf", n) for n in readable(names, shown)]
        leaks += [(contract.stem, "text.jsonl", n) for n in readable(names, " ".join(texts[entry["file"]]))]
    assert leaks == []
