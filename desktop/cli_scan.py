"""`clearance scan` and `clearance findings`: import and detect from the command line, list findings."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from desktop.cli import open_store, store_arg, subcommand


@subcommand
def _register(sub) -> None:
    scan = sub.add_parser("scan", help="import PDFs (files or folders) and detect what identifies a party")
    scan.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    store_arg(scan)
    scan.add_argument("--workers", type=int, default=2, help="detection processes (default 2)")
    scan.set_defaults(func=scan_command)

    findings = sub.add_parser("findings", help="list the findings of one document")
    findings.add_argument("document", metavar="DOC_ID_OR_PATH")
    store_arg(findings)
    findings.add_argument("--json", action="store_true", help="print a JSON list")
    findings.set_defaults(func=findings_command)


def scan_command(args) -> int:
    from tqdm import tqdm

    from desktop.core.scan import scan_paths

    missing = [p for p in args.paths if not p.exists()]
    for p in missing:
        print(f"{p}: no such file or folder", file=sys.stderr)
    bar = tqdm(total=0, unit="page", file=sys.stderr, disable=None, leave=False)

    def progress(done: int, total: int, message: str) -> None:
        bar.total = total
        bar.set_postfix_str(message[-40:], refresh=False)
        bar.update(done - bar.n)

    with open_store(args) as store:
        report = scan_paths(store, [p for p in args.paths if p.exists()], progress=progress, workers=args.workers)
    bar.close()
    imports = report.imports
    print(f"documents: {len(imports.imported)} imported, {len(imports.duplicates)} already stored, "
          f"{len(imports.failed) + len(missing)} failed")
    print(f"pages: {report.pages}")
    if imports.ocr_pages:
        confidences = imports.ocr_confidences
        mean = f", mean confidence {sum(confidences) / len(confidences):.0f}%" if confidences else ""
        print(f"read by OCR: {imports.ocr_pages} page(s){mean}")
    for name, page, reason in imports.flagged:
        print(f"check by eye: {name} page {page}: {reason}")
    if report.findings:
        print("new findings:")
        for entity_type, count in sorted(report.findings.items(), key=lambda kv: (-kv[1], kv[0])):
            print(f"  {entity_type:<16} {count:>6}")
    for path, reason in imports.failed:
        print(f"{path}: {reason}", file=sys.stderr)
    return 1 if imports.failed or missing else 0


def findings_command(args) -> int:
    with open_store(args) as store:
        doc = store.find_document(args.document) or store.find_document(str(Path(args.document).resolve()))
        if doc is None:
            print(f"clearance: no document {args.document!r} in {store.path}", file=sys.stderr)
            return 2
        findings = store.findings(doc["id"])
    if args.json:
        print(json.dumps([{"id": f.id, "type": f.entity_type, "text": f.text, "page": f.page + 1,
                           "boxes": [list(b) for b in f.boxes], "score": f.score, "recognizer": f.recognizer,
                           "source": f.source, "status": f.status, "explanation": f.explanation}
                          for f in findings], ensure_ascii=False, indent=1))
        return 0
    print(f"{doc['name']} (document {doc['id']}, {doc['pages']} pages, {len(findings)} findings)")
    for f in findings:
        box = ", ".join(f"[{b[0]:.0f} {b[1]:.0f} {b[2]:.0f} {b[3]:.0f}]" for b in f.boxes)
        print(f"{f.page + 1:>4}  {f.entity_type:<16} {f.text[:40]!r:<44} {f.score:.2f}  {f.recognizer:<24} {box}")
    return 0
