"""`clearance risk`: the re-identification risk that remains in a batch (or in a store's reviewed documents)
once the quasi-identifier policy is applied: per class, per document, k-anonymity and linkability."""

from __future__ import annotations

import json
from pathlib import Path

from desktop.cli import open_store, store_arg, subcommand
from desktop.cli_errors import UserError, check_output_file, one_line
from desktop.core.runtime.language import core_message, core_word, translate

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
        raise UserError(translate("cli", "--k is at least 1, not {k}").format(k=args.k))
    if args.html is not None:
        check_output_file(args.html)
    batch = args.batch
    if args.target is not None:
        path = Path(args.target)
        if _head(path).startswith(_SQLITE):
            args.store = path
        elif path.exists():
            raise UserError(translate("cli", "{path}: not a Clearance store").format(path=path))
        elif "/" in args.target or "\\" in args.target or path.suffix:
            raise UserError(translate("cli", "{path}: no such store").format(path=path))
        elif batch is not None and batch != args.target:
            raise UserError(translate("cli", "two batches named: {target!r} and --batch {batch!r}").format(target=args.target, batch=batch))
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
    """The report in the user's language; classes, treatments and reasons are the core's words."""
    s, n = report.singling, len(report.documents)
    print(translate("cli", "{scope}: {count} document(s)").format(scope=core_message(report.scope), count=n))
    print(one_line(_figures(report)))
    none = translate("cli", "none")
    for cls, r in report.classes.items():
        treated = ", ".join(f"{core_word(h)} {c}" for h, c in r["treated"].items() if c) or none
        left = ", ".join(f"{core_word(h)} {c}" for h, c in r["left"].items() if c) or none
        print("  " + translate("cli", "{cls:8} {policy:12} found {found:4}   treated: {treated}   left: {left}").format(
            cls=core_word(cls), policy=core_word(report.policy.get(cls, "")), found=r["found"], treated=treated, left=left))
    if s.histogram:
        print("  " + translate("cli", "k histogram: {counts}").format(
            counts=", ".join(f"k={k}: {c}" for k, c in s.histogram.items())))
    below = translate("cli", "BELOW")
    for d in report.documents:
        k = s.k_of.get(d.document_id)
        mark = below if d.document_id in s.below else " " * len(below)
        values = "; ".join(f"{core_word(c)}: {v}" for c, v in d.remaining) or translate("cli", "nothing remains")
        print(one_line(f"  {mark} k={'-' if k is None else k:<3} {d.name}: {values}"))
    for value, docs in report.linkage.shared.items():
        print(one_line("  " + translate("cli", "linked by {value}: document(s) {documents}").format(
            value=value, documents=", ".join(map(str, docs)))))


def _figures(report) -> str:
    """The report's figures in one line (RiskReport.line, in the user's language)."""
    s, n = report.singling, len(report.documents)
    left = sum(sum(r["left"].values()) for r in report.classes.values())
    found = sum(r["found"] for r in report.classes.values())
    k = (translate("cli", "smallest k {k} (threshold {threshold}), {below} of {count} document(s) below").format(
            k=s.min_k, threshold=s.threshold, below=len(s.below), count=n)
         if s.min_k is not None else translate("cli", "no quasi-identifier remains in any document"))
    return translate("cli", "risk: {k}; linkability {share:.0%} ({linked} of {count} document(s) share a code or "
                            "pseudonym); {left} of {found} quasi-identifier(s) left").format(
        k=k, share=report.linkage.share, linked=len(report.linkage.linked), count=n, left=left, found=found)
