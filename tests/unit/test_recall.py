"""Recall against generated ground truth on contracts the detector was not tuned on (seed 9001)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

SEED, COUNT = 9001, 20


def test_recall_on_unseen_generated_contracts():
    from desktop.core.detect import DetectorPool, detect_document
    from desktop.core.detect.signature import detect_signatures
    from desktop.core.model import EntityType
    from desktop.core.pdf import extract_pages, open_pdf
    from devkit.corpus import generate_contract
    from devkit.evaluate import DIRECT_IDENTIFIERS, Score, score_findings

    total = Score()
    pool = DetectorPool(workers=1)
    for seed in range(SEED, SEED + COUNT):
        contract = generate_contract(seed)
        doc = open_pdf(contract.pdf)
        pages = extract_pages(doc)
        findings = detect_document(pages, pool)
        findings += [f for p in pages for f in detect_signatures(doc.load_page(p.number), p)]
        total.add(score_findings({p.number: p for p in pages}, contract.truth, findings))
    direct, address = total.recall(DIRECT_IDENTIFIERS), total.recall([EntityType.ADDRESS])
    print(f"\n{total.table()}\ndirect identifiers recall {direct:.3f}, addresses {address:.3f}, "
          f"precision {total.precision():.3f} ({total.findings} findings)")
    assert direct >= 0.95
    assert address >= 0.85
