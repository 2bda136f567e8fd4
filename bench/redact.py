"""Redact + verify throughput against plain PyMuPDF redaction per hit, on the same generated contracts;
OCR pages/s on scans of them; and `redact --accept-detected` on a 350-page document. Recall stands
beside each speed: the share of ground-truth names no reader finds in the output.

Run: .venv/bin/python bench/redact.py [--contracts N] [--book-pages N] [--scan-pages N].
Writes bench/results/redact.txt.
"""

from __future__ import annotations

import argparse
import os
import re
import tempfile
import time
from pathlib import Path

import pymupdf

from desktop.core.model import Finding
from desktop.core.redaction.redact import redact_pdf
from desktop.core.verification.output import verify_redacted
from devkit.corpus.contract import generate_contract

NAME_TYPES = {"PERSON", "COMPANY", "EMAIL", "ADDRESS", "IBAN", "PHONE"}

RESULTS = Path(__file__).parent / "results" / "redact.txt"


def findings_of(contract) -> list[Finding]:
    return [Finding(page=t.page, start=t.start, end=t.end, entity_type=t.type, text=t.text,
                    boxes=tuple(t.rects), status="confirmed") for t in contract.truth]


def baseline(contract) -> bytes:
    """What a plain script does: one redaction annotation and one apply per hit, then save."""
    doc = pymupdf.open(stream=contract.pdf, filetype="pdf")
    for t in contract.truth:
        page = doc.load_page(t.page)
        for rect in t.rects:
            page.add_redact_annot(rect)
        page.apply_redactions()
    out = doc.tobytes()
    doc.close()
    return out


BLOCKED: list[str] = []  # contracts verification refused: a ground-truth name still readable


def ours(contract) -> bytes:
    out = redact_pdf(contract.pdf, findings_of(contract))
    report = verify_redacted(out, sorted({t.text for t in contract.truth}))
    if not report.ok:
        BLOCKED.append(f"{contract.name}: {report.hits[0].term!r} still in {report.hits[0].channel}")
    return out


def timed(fn, contracts) -> tuple[float, int]:
    start = time.perf_counter()
    size = sum(len(fn(c)) for c in contracts)
    return time.perf_counter() - start, size


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--contracts", type=int, default=12)
    parser.add_argument("--scan-pages", type=int, default=6, help="pages of the contracts read as scans")
    parser.add_argument("--book-pages", type=int, default=350, help="pages of the long document")
    args = parser.parse_args()
    contracts = [generate_contract(seed) for seed in range(args.contracts)]
    pages = sum(pymupdf.open(stream=c.pdf, filetype="pdf").page_count for c in contracts)
    hits = sum(len(c.truth) for c in contracts)
    in_size = sum(len(c.pdf) for c in contracts)
    timed(baseline, contracts[:1])  # warm-up: first-use costs are not part of either figure
    base_s, base_size = timed(baseline, contracts)
    ours_s, ours_size = timed(ours, contracts)
    redact_s, _ = timed(lambda c: redact_pdf(c.pdf, findings_of(c)), contracts)
    lines = [
        f"{len(contracts)} generated contracts, {pages} pages, {hits} confirmed entities, one run",
        f"baseline (PyMuPDF add_redact_annot + apply_redactions per hit): {pages / base_s:.1f} pages/s",
        f"clearance (redact once per page + sanitise + full rewrite + verify): {pages / ours_s:.1f} pages/s",
        f"ratio clearance/baseline: {base_s / ours_s:.2f}x the baseline speed",
        f"of which redaction + sanitising alone: {pages / redact_s:.1f} pages/s ({base_s / redact_s:.2f}x the "
        f"baseline); verification takes {100 * (ours_s - redact_s) / ours_s:.0f}% of the time",
        f"output size / input size: baseline {base_size / in_size:.2f}, clearance {ours_size / in_size:.2f}",
        f"verification blocked {len(BLOCKED)} of {len(contracts)} contracts (an occurrence missing from the "
        "ground truth stays readable):",
        *(f"  {b}" for b in BLOCKED),
    ]
    lines += ocr_case(contracts, args.scan_pages)
    lines += book_case(args.book_pages)
    lines += cuad_case()
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))


def squash(text: str) -> str:
    return re.sub(r"[\W_]", "", text).casefold()


def ocr_case(contracts, count: int) -> list[str]:
    """Scans of the first pages: OCR pages/s from an empty cache, then redaction of the ground-truth
    names with recall measured by OCR of the output."""
    from desktop.core.export.reredact import redact_verified
    from desktop.core.pdf import extract_pages, ocr, ocr_page_text, open_pdf
    from devkit.corpus.scans import as_scan

    os.environ["XDG_CACHE_HOME"] = tempfile.mkdtemp(prefix="clearance-bench-")  # nothing read before
    ocr._MEMORY_CACHE.clear()
    scans, names = [], []
    for c in contracts:
        have = sum(len(s) for s in names)
        if have >= count:
            break
        pages = list(range(min(2, count - have)))
        scans.append(as_scan(c.pdf, dpi=200, pages=pages, seed=len(scans)))
        names.append([{t.text for t in c.truth if t.page == n and t.type in NAME_TYPES} for n in pages])
    start = time.perf_counter()
    for scan in scans:
        doc = open_pdf(scan)
        extract_pages(doc)
        doc.close()
    read_s = time.perf_counter() - start
    start = time.perf_counter()
    legible = left = 0
    for scan, per_page in zip(scans, names):
        result = redact_verified(scan, sorted(set().union(*per_page)))
        before, after = open_pdf(scan), open_pdf(result.pdf)
        for n, page_names in enumerate(per_page):
            seen_before = squash(ocr_page_text(before.load_page(n)).text)
            seen_after = squash(ocr_page_text(after.load_page(n)).text)
            legible += sum(squash(t) in seen_before for t in page_names)
            left += sum(squash(t) in seen_before and squash(t) in seen_after for t in page_names)
    redact_s = time.perf_counter() - start
    pages = sum(len(p) for p in names)
    return [
        f"scans ({pages} pages of the contracts above, 200 dpi grey JPEG, skewed): OCR {pages / read_s:.2f} pages/s "
        f"(Tesseract, {os.cpu_count()} processes, empty cache)",
        f"  redact --terms (ground-truth names) + verify with OCR of the output: {pages / redact_s:.2f} pages/s; "
        f"recall {1 - left / max(legible, 1):.3f} ({legible - left} of {legible} legible names no longer legible)",
    ]


def book_case(pages: int) -> list[str]:
    """`clearance redact --accept-detected` on one document of `pages` pages (generated contracts
    one after another); recall: ground-truth names whose text is on no page of the output any more."""
    from desktop.cli import main as cli

    book, truth, seed = pymupdf.open(), [], 1000
    while book.page_count < pages:
        c = generate_contract(seed)
        offset, seed = book.page_count, seed + 1
        with pymupdf.open(stream=c.pdf, filetype="pdf") as part:
            book.insert_pdf(part)
        truth += [(t.page + offset, t.text) for t in c.truth if t.type in NAME_TYPES]
    with tempfile.TemporaryDirectory() as tmp:
        src, out = Path(tmp) / "book.pdf", Path(tmp) / "out.pdf"
        book.save(src, garbage=3, deflate=True)
        start = time.perf_counter()
        code = cli(["redact", str(src), "-o", str(out), "--accept-detected"])
        seconds = time.perf_counter() - start
        if code != 0:
            return [f"{book.page_count}-page document: redact --accept-detected refused (exit {code}) "
                    f"after {seconds:.0f} s"]
        with pymupdf.open(out) as done:
            texts = {n: squash(done.load_page(n).get_text()) for n in range(done.page_count)}
    left = sum(squash(text) in texts[n] for n, text in truth)
    return [f"{book.page_count}-page document ({seed - 1000} generated contracts), redact --accept-detected: "
            f"{seconds:.0f} s, {book.page_count / seconds:.1f} pages/s; recall {1 - left / len(truth):.3f} "
            f"({len(truth) - left} of {len(truth)} ground-truth names gone from the page text)"]



CUAD = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "cuad-dev"


def cuad_case() -> list[str]:
    """The development contracts joined into one PDF through `clearance redact --accept-detected`;
    recall: occurrences of the annotated party names no longer in the output's page text."""
    import json

    from desktop.cli import main as cli

    if not (CUAD / "parties.json").exists():
        return ["development contracts: not here"]
    parties = json.loads((CUAD / "parties.json").read_text())
    book, names = pymupdf.open(), []
    for path in sorted((CUAD / "pdf").iterdir()):
        with pymupdf.open(path) as part:
            before = squash("".join(page.get_text() for page in part))
            book.insert_pdf(part)
        names += [n for n in parties[path.name]["names"] if squash(n) in before]
    with tempfile.TemporaryDirectory() as tmp:
        src, out = Path(tmp) / "cuad.pdf", Path(tmp) / "out.pdf"
        book.save(src, garbage=3, deflate=True)
        start = time.perf_counter()
        code = cli(["redact", str(src), "-o", str(out), "--accept-detected"])
        seconds = time.perf_counter() - start
        if code != 0:
            return [f"{book.page_count}-page document (16 development contracts joined), redact --accept-detected "
                    f"refused (exit {code}) after {seconds:.0f} s"]
        with pymupdf.open(out) as done:
            text = squash("".join(page.get_text() for page in done))
    left = sum(squash(n) in text for n in names)
    return [f"{book.page_count}-page document (the 16 development contracts joined), redact --accept-detected: "
            f"{seconds:.0f} s, {book.page_count / seconds:.1f} pages/s; {len(names) - left} of {len(names)} "
            f"annotated party names gone from the page text"]


if __name__ == "__main__":
    main()
