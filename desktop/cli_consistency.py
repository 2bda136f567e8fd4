"""`clearance consistency`: names redacted in one document and readable or rejected in another."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from desktop.cli import subcommand
from desktop.cli_errors import EXIT_SOME_FAILED, UserError, check_output_file, one_line
from desktop.core.runtime.language import translate


@subcommand
def register(sub) -> None:
    p = sub.add_parser("consistency", help=translate("cli", "every name redacted somewhere and still readable (or rejected) "
                                                            "elsewhere, grouped by party; exit 1 if there is any"))
    p.add_argument("store", type=Path, metavar="STORE")
    p.add_argument("--batch", metavar="ID", help=translate("cli", "only the documents of this batch (default: every document)"))
    p.add_argument("--json", action="store_true", help=translate("cli", "print the report as JSON"))
    p.add_argument("--html", type=Path, metavar="FILE", help=translate("cli", "also write the report as one HTML file"))
    p.add_argument("--redact-everywhere", nargs="*", metavar="TERM", default=None,
                   help=translate("cli", "redact every exception (or the named terms) wherever it is readable or was rejected"))
    p.set_defaults(func=run)


def run(args) -> int:
    from desktop.core.assurance.consistency import consistency, redact_exceptions
    from desktop.core.store import Store

    if not args.store.exists():
        raise UserError(translate("cli", "{path}: no such store").format(path=args.store))
    if args.html is not None:
        check_output_file(args.html)
    fixing = args.redact_everywhere is not None
    with Store(args.store, read_only=not fixing) as store:
        doc_ids = _batch_documents(store, args.batch) if args.batch else None
        report = consistency(store, doc_ids)
        if fixing and report.exceptions:
            for term, count in redact_exceptions(store, report, args.redact_everywhere or None).items():
                print(one_line(translate("cli", "redacted “{term}”: {count} occurrence(s)").format(term=term, count=count)),
                      file=sys.stderr)
            report = consistency(store, doc_ids)
    if args.html is not None:
        from desktop.core.assurance.report_html import consistency_html
        from desktop.core.export.publish import write_atomic

        write_atomic(args.html, consistency_html(report).encode("utf-8"))
    if args.json:
        print(json.dumps(report.to_dict(), indent=2, ensure_ascii=False))
    else:
        _print(report)
    return EXIT_SOME_FAILED if report.exceptions else 0


def _batch_documents(store, batch_id: str) -> list[int]:
    if store.batch(batch_id) is None:
        raise UserError(translate("cli", "no batch {batch!r} in {store}").format(batch=batch_id, store=store.path))
    return sorted({f["document_id"] for f in store.batch_files(batch_id, with_content=False)
                   if f["document_id"] is not None})


def _print(report) -> None:
    data = report.to_dict()
    print(translate("cli", "{documents} document(s), {terms} term(s); {exceptions} redacted in one document and "
                           "readable or rejected in another").format(
        documents=data["documents"], terms=data["terms"], exceptions=data["exceptions"]))
    for group in data["parties"]:
        print(one_line(group["party"]))
        for t in group["terms"]:
            redacted = ", ".join(d["name"] for d in t["redacted_in"][:5])
            more = f" (+{len(t['redacted_in']) - 5})" if len(t["redacted_in"]) > 5 else ""
            print(one_line(translate("cli", "  “{term}” ({type}): redacted in {documents}").format(
                term=t["term"], type=t["type"], documents=redacted + more)))
            for d in t["readable_in"]:
                print(one_line(translate("cli", "    readable in {name} ({count}x)").format(name=d["name"],
                                                                                       count=d["occurrences"])))
            for d in t["rejected_in"]:
                print(one_line(translate("cli", "    rejected by a reviewer in {name}").format(name=d["name"])))
