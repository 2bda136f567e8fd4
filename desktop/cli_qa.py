"""`clearance qa`: the seeded page sample of an automatic batch, the officer's marks, the estimate, the seal."""

from __future__ import annotations

import json
from pathlib import Path

from desktop.cli import subcommand
from desktop.cli_errors import EXIT_SOME_FAILED, UserError, check_output_file, one_line


@subcommand
def register(sub) -> None:
    qa = sub.add_parser("qa", help="sample an automatic batch's redacted pages, mark them, estimate the miss rate")
    actions = qa.add_subparsers(dest="qa_command", metavar="ACTION", required=True)

    draw = actions.add_parser("draw", help="draw a seeded random sample of the batch's redacted pages")
    _store_and_batch(draw)
    draw.add_argument("--pages", type=int, required=True, metavar="N", help="pages in the sample")
    draw.add_argument("--seed", type=int, metavar="S", help="the seed (default: a random one, recorded)")
    draw.add_argument("--stratified", action="store_true",
                      help="draw from each document in proportion to its pages (the estimate is weighted)")
    draw.add_argument("--json", action="store_true", help="print the sample as JSON")
    draw.set_defaults(func=run_draw)

    mark = actions.add_parser("mark", help="mark a sampled page clean, or record what was still readable on it")
    mark.add_argument("store", type=Path, metavar="STORE")
    mark.add_argument("page", metavar="PAGE_ID", help="as `qa draw` and `qa report` list it (e.g. 3f2a9c01b2d4:5)")
    mark.add_argument("--batch", metavar="ID", help="the batch (default: the newest unsigned automatic one)")
    which = mark.add_mutually_exclusive_group(required=True)
    which.add_argument("--clean", action="store_true", help="nothing identifying is readable on the page")
    which.add_argument("--missed", metavar="TEXT", help="text still readable on the page: redacted across the batch")
    mark.add_argument("--type", default="OTHER", metavar="TYPE", help="the missed text's entity type (PERSON, "
                      "COMPANY, ADDRESS, EMAIL_ADDRESS, PHONE_NUMBER, ...; default OTHER)")
    mark.set_defaults(func=run_mark)

    report = actions.add_parser("report", help="pages sampled, misses, the miss rate and its exact upper bound")
    _store_and_batch(report)
    report.add_argument("--confidence", type=float, metavar="C", help="one-sided confidence (default: the "
                        "batch's policy, else 0.95)")
    report.add_argument("--json", action="store_true", help="print the report as JSON")
    report.add_argument("--html", type=Path, metavar="FILE", help="also write the batch's assurance report (sample, "
                        "interval, findings by type and decision, consistency exceptions, refusals) as HTML")
    report.set_defaults(func=run_report)

    seal = actions.add_parser("seal", help="build the batch again with every fix, recording the QA sample, "
                              "ready to sign (refused while the sample does not meet the target)")
    _store_and_batch(seal)
    seal.set_defaults(func=run_seal)


def _store_and_batch(p) -> None:
    p.add_argument("store", type=Path, metavar="STORE")
    p.add_argument("--batch", metavar="ID", help="the batch (default: the newest unsigned automatic one)")


def _open(args, read_only: bool = False):
    from desktop.core.store import Store

    if not args.store.exists():
        raise UserError(f"{args.store}: no such store")
    return Store(args.store, read_only=read_only)


def _qa_errors(fn):
    def run(args) -> int:
        from desktop.core.assurance.qa import QaError

        try:
            return fn(args)
        except QaError as exc:
            raise UserError(str(exc)) from exc
    return run


@_qa_errors
def run_draw(args) -> int:
    from desktop.core.assurance.qa import draw_sample

    with _open(args) as store:
        sample = draw_sample(store, args.batch, args.pages, args.seed, args.stratified)
    pages = [{"page_id": p["page_id"], "document_id": p["document_id"], "page": p["page"] + 1,
              "verdict": p["verdict"]} for p in sample["pages"]]
    if args.json:
        print(json.dumps({"batch": sample["batch_id"], "seed": sample["seed"], "stratified": sample["stratified"],
                          "pages": pages}, indent=2))
        return 0
    design = "stratified by document" if sample["stratified"] else "uniform"
    print(f"batch {sample['batch_id']}: {len(pages)} page(s) drawn ({design}, seed {sample['seed']}, recorded)")
    for p in pages:
        print(f"{p['page_id']}  document {p['document_id']} page {p['page']}  {p['verdict'] or 'to mark'}")
    return 0


@_qa_errors
def run_mark(args) -> int:
    from desktop.core.assurance.qa import mark_page
    from desktop.core.model import EntityType

    entity_type = args.type.upper()
    if entity_type not in {str(t) for t in EntityType}:
        raise UserError(f"--type {args.type}: not an entity type (one of {', '.join(t.value for t in EntityType)})")
    with _open(args) as store:
        done = mark_page(store, args.batch, args.page, args.missed, entity_type)
    if done["verdict"] == "clean":
        print(f"{args.page}: clean")
    else:
        fixed = done["fixed"]
        print(one_line(f"{args.page}: miss “{args.missed}” ({entity_type}) recorded; redacted "
                       f"{sum(fixed.values())} occurrence(s) in {len(fixed)} document(s) of the batch; "
                       "the page counts as a miss"))
    return 0


@_qa_errors
def run_report(args) -> int:
    from desktop.core.assurance.qa import report

    if args.confidence is not None and not 0 < args.confidence < 1:
        raise UserError(f"--confidence lies between 0 and 1, not {args.confidence}")
    if args.html is not None:
        check_output_file(args.html)
    with _open(args, read_only=True) as store:
        found = report(store, args.batch, args.confidence)
        if args.html is not None:
            from desktop.core.assurance.report_html import batch_report_html
            from desktop.core.export.publish import write_atomic

            write_atomic(args.html, batch_report_html(store, found["batch"]).encode("utf-8"))
    if args.json:
        print(json.dumps(found, indent=2))
        return 0
    for line in report_lines(found):
        print(line)
    return 0


def report_lines(found: dict) -> list[str]:
    if found.get("sealed"):
        return [f"batch {found['batch']}: seals batch {found.get('sampled_batch')}: {len(found.get('pages', []))} "
                f"page(s), {found.get('pages_with_miss')} with a miss, upper bound {found.get('upper_bound', 1):.4f}"]
    conf = found["confidence"]
    target = found["target"]
    lines = [f"batch {found['batch']}: {found['pages_sampled']} of {found['population']} page(s) sampled "
             f"(seed {found['seed']}, {'stratified' if found['stratified'] else 'uniform'}), "
             f"{found['pages_marked']} marked",
             f"pages with a miss: {found['pages_with_miss']}; miss rate {found['miss_rate']:.4f}; "
             f"{conf:.0%} upper bound {found['upper_bound']:.4f} ({found['method']})"]
    if target is not None:
        verdict = ("meets the target" if found["meets_target"] else
                   "sample incomplete" if not found["complete"] else "above the target")
        lines.append(f"target {target:.2%} at {conf:.0%}: {verdict}; {found['pages_needed']} page(s) needed with "
                     f"{found['effective_misses']} miss(es)")
    lines.append(f"how pages count: {found['counting']}")
    lines += [one_line(f"{p['page_id']}  {p['verdict'] or 'to mark'}"
                       + "".join(f"  missed “{m['text']}” ({m['type']}, {m['fixed']} fixed)" for m in p["misses"]))
              for p in found["pages"]]
    return lines


@_qa_errors
def run_seal(args) -> int:
    from desktop.core.assurance.qa import QaError, seal

    with _open(args) as store:
        try:
            result = seal(store, args.batch)
        except QaError as exc:
            raise UserError(str(exc), EXIT_SOME_FAILED) from exc
    for refusal in result.refused:
        print(one_line(f"refused {refusal.name}: {'; '.join(refusal.reasons)}"))
    if result.batch_id is None:
        raise UserError("no document passed the export checks; nothing was sealed", EXIT_SOME_FAILED)
    print(f"batch {result.batch_id}: built with every fix and the QA record; sign it with "
          f"`clearance signoff {result.batch_id} --meaning reviewed --signer NAME --to DIR`")
    return 1 if result.refused else 0
