"""On the 16 development contracts: most distinct proposals identify someone, few per contract, and
the annotated party names stay covered (figures in bench/results/precision.txt)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow
ROOT = Path(__file__).resolve().parents[2]
CUAD = ROOT.parent / "shared" / "corpus" / "cuad-dev"


@pytest.mark.skipif(not (CUAD / "parties.json").exists(), reason="the development contracts are not here")
def test_precision_recall_and_proposals_per_contract_on_the_development_contracts():
    from bench.precision import Tally, load_labels
    from desktop.core.detect import DetectorPool, detect_document
    from desktop.core.pdf import extract_pages, open_path

    labels, parties = load_labels(), json.loads((CUAD / "parties.json").read_text())
    tally = Tally("Clearance", split_quasi=True)  # the direct figures; quasi-identifiers are counted apart
    with DetectorPool(workers=2) as pool:
        for path in sorted((CUAD / "pdf").iterdir()):
            pages = extract_pages(open_path(path)[0])
            tally.add(path.name, pages, detect_document(pages, pool), labels, parties)
    print("\n" + "\n".join(tally.lines()))
    assert tally.true / (tally.true + tally.false) >= 0.8
    assert tally.found / tally.total >= 0.97
    assert (tally.true + tally.false + tally.unlabelled) / tally.contracts <= 35
    assert tally.unlabelled <= 10  # the labels still describe what the detector proposes
