"""`clearance qa`: the seeded page sample of an automatic batch, the officer's marks, the estimate, the seal."""

from __future__ import annotations

import json
from pathlib import Path

from desktop.cli import subcommand
from desktop.cli_errors import (
    EXIT_SOME_FAILED,
    UserError,
    check_output_file,
    one_line,
    refused_line,
)
from desktop.core.runtime.language import translate


@subcommand
def register(sub) -> None:
    qa = sub.add_parser("qa", help=translate("cli", "sample an automatic batch's redacted pages, mark them, estimate the miss rate"))
    actions = qa.add_subparsers(dest="qa_command", metavar="ACTION", required=True)

    draw = actions.add_parser("draw", help=translate("cli", "draw a seeded random sample of the batch's redacted pages"))
    _store_and_batch(draw)
    draw.add_argument("--pages", type=int, required=True, metavar="N", help=translate("cli", "pages in the sample"))
    draw.add_argument("--seed", type=int, metavar="S", help=translate("cli", "the seed (default: a random one, recorded)"))
    draw.add_argument("--stratified", action="store_true",
                      help=translate("cli", "draw from each document in proportion to its pages (the estimate is weighted)"))
    draw.add_argument("--json", action="store_true", help=translate("cli", "print the sample as JSON"))
    draw.set_defaults(func=run_draw)

    mark = actions.add_parser("mark", help=translate("cli", "mark a sampled page clean, or record what was still readable on it"))
    mark.add_argument("store", type=Path, metavar="STORE")
    mark.add_argument("page", metavar="PAGE_ID", help=translate("cli", "as `qa draw` and `qa report` list it (e.g. 3f2a9c01b2d4:5)"))
    mark.add_argument("--batch", metavar="ID", help=translate("cli", "the batch (default: the newest unsigned automatic one)"))
    which = mark.add_mutually_exclusive_group(required=True)
    which.add_argument("--clean", action="store_true", help=translate("cli", "nothing identifying is readable on the page"))
    which.add_argument("--missed", metavar="TEXT", help=translate("cli", "text still readable on the page: redacted across the batch"))
    mark.add_argument("--type", default="OTHER", metavar="TYPE", help=translate("cli", "the missed text's entity type (PERSON, "
                                       "COMPANY, ADDRESS, EMAIL_ADDRESS, PHONE_NUMBER, ...; default OTHER)"))
    mark.set_defaults(func=run_mark)

    report = actions.add_parser("report", help=translate("cli", "pages sampled, misses, the miss rate and its exact upper bound"))
    _store_and_batch(report)
    report.add_argument("--confidence", type=float, metavar="C", help=translate("cli", "one-sided confidence (default: the "
                                         "batch's policy, else 0.95)"))
    report.add_argument("--json", action="store_true", help=translate("cli", "print the report as JSON"))
    report.add_argument("--html", type=Path, metavar="FILE", help=translate("cli", "also write the batch's assurance report (sample, "
                                         "interval, findings by type and decision, consistency exceptions, refusals) as HTML"))
    report.set_defaults(func=run_report)

    seal = actions.add_parser("seal", help=translate("cli", "build the batch again with every fix, recording the QA sample, "
                                               "ready to sign (refused while the sample does not meet the target)"))
    _store_and_batch(seal)
    seal.set_defaults(func=run_seal)


def _store_and_batch(p) -> None:
    p.add_argument("store", type=Path, metavar="STORE")
    p.add_argument("--batch", metavar="ID", help=translate("cli", "the batch (default: the newest unsigned automatic one)"))


def _open(args, read_only: bool = False):
    from desktop.core.store import Store

    if not args.store.exists():
        raise UserError(translate("cli", "{path}: no such store").format(path=args.store))
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
    design = translate("cli", "stratified by document") if sample["stratified"] else translate("cli", "uniform")
    print(translate("cli", "batch {batch}: {count} page(s) drawn ({design}, seed {seed}, recorded)").format(
        batch=sample["batch_id"], count=len(pages), design=design, seed=sample["seed"]))
    for p in pages:
        print(translate("cli", "{page_id}  document {document} page {page}  {verdict}").format(
            page_id=p["page_id"], document=p["document_id"], page=p["page"], verdict=_verdict(p["verdict"])))
    return 0


@_qa_errors
def run_mark(args) -> int:
    from desktop.core.assurance.qa import mark_page
    from desktop.core.model import EntityType

    entity_type = args.type.upper()
    if entity_type not in {str(t) for t in EntityType}:
        raise UserError(translate("cli", "--type {type}: not an entity type (one of {types})").format(
            type=args.type, types=", ".join(t.value for t in EntityType)))
    with _open(args) as store:
        done = mark_page(store, args.batch, args.page, args.missed, entity_type)
    if done["verdict"] == "clean":
        print(translate("cli", "{page}: clean").format(page=args.page))
    else:
        fixed = done["fixed"]
        print(one_line(translate("cli", "{page}: miss “{missed}” ({type}) recorded; redacted {count} occurrence(s) "
                                        "in {documents} document(s) of the batch; the page counts as a miss").format(
            page=args.page, missed=args.missed, type=entity_type, count=sum(fixed.values()), documents=len(fixed))))
    return 0


@_qa_errors
def run_report(args) -> int:
    from desktop.core.assurance.qa import report

    if args.confidence is not None and not 0 < args.confidence < 1:
        raise UserError(translate("cli", "--confidence lies between 0 and 1, not {value}").format(value=args.confidence))
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


def _verdict(verdict: str | None) -> str:
    return {"clean": translate("cli", "clean"), "missed": translate("cli", "missed"),
            None: translate("cli", "to mark")}.get(verdict, verdict or "")


def report_lines(found: dict) -> list[str]:
    if found.get("sealed"):
        return [translate("cli", "batch {batch}: seals batch {sampled}: {pages} page(s), {misses} with a miss, upper "
                                 "bound {bound:.4f}").format(
            batch=found["batch"], sampled=found.get("sampled_batch"), pages=len(found.get("pages", [])),
            misses=found.get("pages_with_miss"), bound=found.get("upper_bound", 1))]
    conf = found["confidence"]
    target = found["target"]
    design = translate("cli", "stratified") if found["stratified"] else translate("cli", "uniform")
    lines = [translate("cli", "batch {batch}: {sampled} of {population} page(s) sampled (seed {seed}, {design}), "
                              "{marked} marked").format(
                 batch=found["batch"], sampled=found["pages_sampled"], population=found["population"],
                 seed=found["seed"], design=design, marked=found["pages_marked"]),
             translate("cli", "pages with a miss: {misses}; miss rate {rate:.4f}; {confidence:.0%} upper bound "
                              "{bound:.4f} ({method})").format(
                 misses=found["pages_with_miss"], rate=found["miss_rate"], confidence=conf,
                 bound=found["upper_bound"], method=found["method"])]
    if target is not None:
        verdict = (translate("cli", "meets the target") if found["meets_target"] else
                   translate("cli", "sample incomplete") if not found["complete"] else
                   translate("cli", "above the target"))
        lines.append(translate("cli", "target {target:.2%} at {confidence:.0%}: {verdict}; {pages} page(s) needed "
                                      "with {misses} miss(es)").format(
            target=target, confidence=conf, verdict=verdict, pages=found["pages_needed"],
            misses=found["effective_misses"]))
    lines.append(translate("cli", "how pages count: {counting}").format(counting=found["counting"]))
    lines += [one_line(f"{p['page_id']}  {_verdict(p['verdict'])}"
                       + "".join(translate("cli", "  missed “{text}” ({type}, {fixed} fixed)").format(
                           text=m["text"], type=m["type"], fixed=m["fixed"]) for m in p["misses"]))
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
        print(one_line(refused_line(refusal)))
    if result.batch_id is None:
        raise UserError(translate("cli", "no document passed the export checks; nothing was sealed"), EXIT_SOME_FAILED)
    print(translate("cli", "batch {batch}: built with every fix and the QA record; sign it with "
                           "`clearance signoff {batch} --meaning reviewed --signer NAME --to DIR`").format(
        batch=result.batch_id))
    return 1 if result.refused else 0
