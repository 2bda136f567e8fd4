"""`redact --accept-detected` redacts what the detector proposes, as `review --accept-all` confirms it:
a suppressed finding (a role word, a defined term, a heading: judged to identify no one) stays legible."""

from __future__ import annotations

import pymupdf

from desktop.cli import main
from desktop.core.detect import DetectorPool, detect_document
from desktop.core.model import Status
from desktop.core.pdf import extract_pages, open_pdf
from devkit.corpus import generate_contract


def test_proposals_are_redacted_and_suppressed_findings_stay(tmp_path, capsys):
    contract = generate_contract(7411, pages=2)
    with DetectorPool(workers=1) as pool:
        found = detect_document(extract_pages(open_pdf(contract.pdf)), pool)
    proposed = [f.text for f in found if f.status == Status.PROPOSED and f.identifier == "direct"]
    suppressed = [f for f in found if f.status == Status.SUPPRESSED and f.boxes
                  and not any(f.text.lower() in p.lower() for p in proposed)]
    assert suppressed, "the contract has a suppressed finding outside every proposal"
    src, out = tmp_path / "in.pdf", tmp_path / "out.pdf"
    src.write_bytes(contract.pdf)
    assert main(["redact", str(src), "-o", str(out), "--accept-detected"]) == 0
    redacted = pymupdf.open(out)
    legible = [f.text for f in suppressed if f.text in " ".join(redacted[f.page].get_textbox(f.boxes[0]).split())]
    assert legible == [f.text for f in suppressed]
    text = " ".join("".join(p.get_text() for p in redacted).split())
    assert [p for p in proposed if p in text] == []
