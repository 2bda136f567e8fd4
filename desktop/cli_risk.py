"""`clearance risk`: the re-identification risk that remains in a batch (or in a store's reviewed documents)
once the quasi-identifier policy is applied: per class, per document, k-anonymity and linkability."""

from __future__ import annotations

import json
from pathlib import Path

from desktop.cli import open_store, store_arg, subcommand
from desktop.cli_errors import UserError, check_output_file, one_line
from desktop.core.runtime.language import translate

_SQLITE = b"SQLite format 3\x00"


@subcommand
def register(sub) -> None:
    p = sub.add_parser("risk", help=translate("cli", "the re-identification risk left in a batch: quasi-identifiers found, treated "
                                                     "and left per class, k-anonymity across the batch, linkability"))
    p.add_argument("target", nargs="?", metavar="STORE|BATCH",
                   help=translate("cli", "a store file (its newest batch, or every reviewed document if it has none), or a batch "
                                         "id in --store"))
    store_arg(p)
    p.add_argument("--batch", metavar="ID", help=translate("cli", "measure this batch of the store"))
    p.add_argument("--k", type=int, metavar="N",
                   help=translate("cli", "the k threshold: documents in smaller equivalence classes are listed "
                                         "(default: the store's risk.k_threshold, else 5)"))
    p.add_argument("--json", action="store_true", help=translate("cli", "print the report as JSON"))
    p.add_argument("--html", type=Path, metavar="FILE", help=translate("cli", "also write the report as one self-contained HTML file"))
    p.set_defaults(func=run)


def run(args) -> int:
    from desktop.core.export.risk_html import render_html
    from desktop.core.export.risk_store import RiskError, store_report
    from desktop.core.runtime.newfile import write_new_file

    if args.k is not None and args.k < 1:
        raise UserError(f"--k is at least 1, not {args.k}")
    if args.html is not None:
        check_output_file(args.html)
    batch = args.batch
    if args.target is not None:
        path = Path(args.target)
        if _head(path).startswith(_SQLITE):
            args.store = path
        elif path.exists():
            raise UserError(f"{path}: not a Clearance store")
        elif "/" in args.target or "\\" in args.target or path.suffix:
            raise UserError(f"{path}: no such store")
        elif batch is not None and batch != args.target:
            raise UserError(f"two batches named: {args.target!r} and --batch {batch!r}")
        else:
            batch = args.target
    with open_store(args, create=False, read_only=True) as store:
        try:
            report = store_report(store, batch, args.k)
        except RiskError as exc:
            raise UserError(str(exc)) from exc
    if args.html is not None:
        write_new_file(args.html, render_html(report).encode("utf-8"))
    if args.json:
        print(json.dumps(report.to_json(), ensure_ascii=False, indent=2))
        return 0
    _print(report)
    if args.html is not None:
        print(translate("cli", "written to {path}").format(path=args.html))
    return 0


def _head(path: Path) -> bytes:
    try:
        with path.open("rb") as fh:
            return fh.read(16)
    except OSError:
        return b""


def _print(report) -> None:
    s = report.singling
    print(translate("cli", "{scope}: {count} document(s)").format(scope=report.scope, count=len(report.documents)))
    print(one_line(report.line()))
    for cls, r in report.classes.items():
        treated = ", ".join(f"{h} {n}" for h, n in r["treated"].items() if n) or "none"
        left = ", ".join(f"{h} {n}" for h, n in r["left"].items() if n) or "none"
        print(f"  {cls:8} {report.policy.get(cls, ''):12} found {r['found']:4}   treated: {treated}   left: {left}")
    if s.histogram:
        print("  k histogram: " + ", ".join(f"k={k}: {n}" for k, n in s.histogram.items()))
    for d in report.documents:
        k = s.k_of.get(d.document_id)
        mark = "BELOW" if d.document_id in s.below else "     "
        values = "; ".join(f"{c}: {v}" for c, v in d.remaining) or "nothing remains"
        print(one_line(f"  {mark} k={'-' if k is None else k:<3} {d.name}: {values}"))
    for value, docs in report.linkage.shared.items():
        print(one_line(f"  linked by {value}: document(s) {', '.join(map(str, docs))}"))
