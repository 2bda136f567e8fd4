"""`clearance scan` and `clearance findings`: import and detect from the command line, list findings."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from desktop.cli import open_store, store_arg, subcommand
from desktop.cli_errors import EXIT_SOME_FAILED, UserError, one_line


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
    if len(missing) == len(args.paths):
        raise UserError(f"{missing[0]}: no such file or folder")
    bar = tqdm(total=0, unit="page", file=sys.stderr, disable=None, leave=False)

    def progress(done: int, total: int, message: str) -> None:
        bar.total = total
        bar.set_postfix_str(message[-40:], refresh=False)
        bar.update(done - bar.n)

    try:
        with open_store(args) as store:
            report = scan_paths(store, [p for p in args.paths if p.exists()], progress=progress,
                                workers=args.workers)
    finally:
        bar.close()
    failed = [(str(p), f"{p}: no such file or folder") for p in missing] + report.imports.failed + report.failed
    _print_summary(report, failed)
    return EXIT_SOME_FAILED if failed or report.imports.damaged else 0  # a damaged file can never leave


def _print_summary(report, failed: list[tuple[str, str]]) -> None:
    """Counts on stdout; every file that failed, was damaged or left to another scan on stderr."""
    imports = report.imports
    print(f"documents: {len(imports.imported)} imported, {len(imports.duplicates)} already stored, "
          f"{len(failed)} failed"
          + (f", {len(imports.damaged)} damaged" if imports.damaged else ""))
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
    for _path, reason in imports.damaged:
        print(f"warning: {one_line(reason)}", file=sys.stderr)
    for name, pid in report.busy:
        print(f"note: {one_line(name)}: being scanned by another Clearance process (pid {pid}); left to it",
              file=sys.stderr)
    if failed:
        print(f"{len(failed)} file(s) failed:", file=sys.stderr)
        for path, reason in failed:
            # the reason names the file; the full path is added where the reason has only the name
            print(one_line(reason if reason.startswith(str(path)) else f"{path}: {reason.split(': ', 1)[-1]}"),
                  file=sys.stderr)


def findings_command(args) -> int:
    with open_store(args, read_only=True) as store:
        doc = store.find_document(args.document) or store.find_document(str(Path(args.document).resolve()))
        if doc is None:
            raise UserError(f"no document {one_line(args.document)!r} in {store.path}")
        findings = store.findings(doc["id"])
    if args.json:
        print(json.dumps([{"id": f.id, "type": f.entity_type, "text": f.text, "page": f.page + 1,
                           "boxes": [list(b) for b in f.boxes], "score": f.score, "recognizer": f.recognizer,
                           "source": f.source, "status": f.status, "explanation": f.explanation}
                          for f in findings], ensure_ascii=False, indent=1))
        return 0
    from desktop.core.pdf.health import damage_note

    note = damage_note(doc)
    print(f"{doc['name']} (document {doc['id']}, {doc['pages']} pages, {len(findings)} findings)"
          + (f" {note}" if note else ""))
    for f in findings:
        box = ", ".join(f"[{b[0]:.0f} {b[1]:.0f} {b[2]:.0f} {b[3]:.0f}]" for b in f.boxes)
        print(f"{f.page + 1:>4}  {f.entity_type:<16} {f.text[:40]!r:<44} {f.score:.2f}  {f.recognizer:<24} {box}")
    return 0
