"""`clearance redact`, `clearance export`, `clearance preview` and `clearance verify`."""

from __future__ import annotations

import sys
from pathlib import Path

from desktop.cli import open_store, store_arg, subcommand
from desktop.cli_errors import (
    EXIT_NOT_VERIFIED,
    EXIT_SOME_FAILED,
    UserError,
    check_output_file,
    one_line,
    read_text_file,
    refused_line,
)
from desktop.core.runtime.language import core_message, translate


@subcommand
def _register_redact(sub) -> None:
    p = sub.add_parser("redact", help=translate("cli", "redact every occurrence of terms (and/or detections) in one PDF, then verify"))
    p.add_argument("input", type=Path, metavar="IN.pdf")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="OUT.pdf")
    p.add_argument("--terms", type=Path, metavar="FILE", help=translate("cli", "strings to redact, one per line"))
    p.add_argument("--accept-detected", action="store_true", help=translate("cli", "also redact every entity the detector proposes (not those it suppressed)"))
    p.add_argument("--labels", action="store_true", help=translate("cli", "write the entity type in each box instead of plain black"))
    p.add_argument("--ocr-every-page", action="store_true",
                   help=translate("cli", "verify every page by OCR of its rendering, not only pages with pictures or unusual fonts"))
    p.set_defaults(func=run_redact)


def run_redact(args) -> int:
    from desktop.core.export.reredact import redact_verified
    from desktop.core.pdf import PdfError, read_pdf_bytes
    from desktop.core.pdf.pagetexts import document_pages
    from desktop.core.runtime.newfile import write_new_file

    if args.output.resolve() == args.input.resolve():
        raise UserError(translate("cli", "the output must be a new file; the original is kept as it is"))
    if not args.terms and not args.accept_detected:
        raise UserError(translate("cli", "nothing to redact: give --terms FILE and/or --accept-detected"))
    check_output_file(args.output)
    terms = _read_terms(args.terms) if args.terms else []
    try:
        data = read_pdf_bytes(args.input)
        # the detector's workers start while the pages are read
        with _detector(data, args.input.name, args.accept_detected) as detector:
            # a bad file is refused here; its pages are read once, for the detector and the redactor alike
            read = document_pages(data, args.input.name)
            if read.damaged:
                raise UserError(translate("cli", "{path}: {summary}; a redaction could not be checked on the pages "
                                                 "nobody can read").format(path=args.input,
                                                                           summary=core_message(read.summary)))
            pages = list(read.pages)
            detected = _detections(pages, detector) if detector is not None else []
    except PdfError as exc:
        raise UserError(f"{args.input}: {core_message(exc.reason).split(': ', 1)[-1]}") from exc
    terms = verifier_terms(terms, detected)
    result = redact_verified(data, terms, label_mode=args.labels, extra=detected, pages=pages,
                             visual="all" if args.ocr_every_page else "auto")
    report = result.report
    for note in report.notes:
        print(translate("cli", "note: {note}").format(note=one_line(core_message(note))), file=sys.stderr)
    for (term, page), channels in result.added_by_place().items():
        print(one_line(translate("cli", "added: {term!r} on page {page}, found by the verifier in {channels}").format(
            term=term, page=page + 1, channels=", ".join(channels))), file=sys.stderr)
    if not report.ok:
        for hit in report.hits:
            print(one_line(translate("cli", "LEAK {channel}: {term!r} at {where}").format(
                channel=hit.channel, term=hit.term, where=hit.where)), file=sys.stderr)
        print("clearance: " + translate("cli", "{count} leak(s) found; {path} was not written").format(
            count=len(report.hits), path=args.output), file=sys.stderr)
        return EXIT_SOME_FAILED
    write_new_file(args.output, result.pdf)
    count = len(result.found) + len(detected) + len(result.added)
    read = (translate("cli", "{count} page(s) read by OCR").format(count=report.ocr_pages) if report.ocr_pages
            else translate("cli", "no page needed OCR"))
    if report.unread:
        for reason in report.unread:
            print(one_line(translate("cli", "NOT VERIFIED {reason}").format(reason=core_message(reason))), file=sys.stderr)
        print(translate("cli", "{path}: {count} redaction(s); nothing found where it could be read ({read}), but "
                               "{unread} page(s) could not be read and are NOT verified").format(
            path=args.output, count=count, read=read, unread=len(report.unread)))
        return EXIT_NOT_VERIFIED  # written, so a person can look at those pages; never taken for verified
    added = (translate("cli", "; {count} added by the verification loop").format(count=len(result.added_by_place()))
             if result.added else "")
    print(translate("cli", "{path}: {count} redaction(s), verified in every channel ({read})").format(
        path=args.output, count=count, read=read + added))
    return 0


def verifier_terms(given: list[str], detected: list) -> list[str]:
    """The strings redacted everywhere and then searched for in every channel. An accepted detection of a
    direct identifier is a term like the given ones, so that the verification (no redacted string readable
    anywhere) can pass. A date, amount or code is redacted where it was found but searched for by no one,
    as at export: "12.10" or "1970" also stand in PDF syntax and in other clauses, where they identify
    nothing, and no redaction could remove them there."""
    return list(dict.fromkeys(given + [f.text.strip() for f in detected
                                       if f.start >= 0 and f.text.strip() and f.identifier == "direct"]))


def _read_terms(path: Path) -> list[str]:
    terms = [line.strip() for line in read_text_file(path, "terms file").splitlines() if line.strip()]
    if not terms:
        raise UserError(translate("cli", "{path}: no terms in the file (one per line)").format(path=path))
    return terms


def _detector(data: bytes, name: str, wanted: bool):
    """The detector pool of `--accept-detected`, its workers started (a null context without it): a second
    model only pays off on a long file. A file that cannot be opened is refused here, before any start."""
    from contextlib import nullcontext

    from desktop.core.detect import DetectorPool
    from desktop.core.pdf import close_pdf, open_pdf

    if not wanted:
        return nullcontext()
    doc = open_pdf(data, name)
    try:
        pages = doc.page_count
    finally:
        close_pdf(doc)
    return DetectorPool(workers=2 if pages > 4 else 1).start()


def _detections(pages: list, pool) -> list:
    """The detector's proposals in the document's page texts, accepted as confirmed: what a reviewer's
    `review --accept-all` confirms. A suppressed finding (a defined term, a heading, a role word: judged
    to identify no one, and never a party's own name) is left, as it is in review; confirming it redacted
    "Material" or "Change" on every page of a contract and verified each occurrence."""
    from dataclasses import replace

    from desktop.core.detect import detect_document
    from desktop.core.model import Status

    found = detect_document(pages, pool)
    return [replace(f, status=Status.CONFIRMED) for f in found if f.status == Status.PROPOSED]


@subcommand
def _register_export(sub) -> None:
    p = sub.add_parser("export", help=translate("cli", "build, verify and sign off an export batch of fully reviewed documents"))
    store_arg(p)
    p.add_argument("--to", type=Path, metavar="DIR", help=translate("cli", "also write the batch to this new or empty folder"))
    p.add_argument("--purpose", default="ai-training")
    p.add_argument("--signer", required=True, metavar="NAME", help=translate("cli", "the signer whose key signs (clearance signer list)"))
    p.add_argument("--meaning", choices=("reviewed", "approved"), default="reviewed")
    p.add_argument("--documents", nargs="+", metavar="ID", help=translate("cli", "documents to export (default: every one not exported yet)"))
    p.set_defaults(func=run_export)


def run_export(args) -> int:
    """Build the batch; inside the same transaction sign it and write the folder, so a failure keeps nothing."""
    from desktop.cli_trust import open_signer, report_signoff
    from desktop.core.export.batch import ExportError, build_batch
    from desktop.core.export.publish import (
        discard_staged,
        orphan_folders,
        publish_staged,
        refuse_unusable_target,
        sign_and_write,
    )
    from desktop.core.export.signoff import SignoffError, named_signer
    from desktop.core.trust.signers import SignerError
    from desktop.core.workspace import export_documents

    with open_store(args, create=False) as store:
        record: dict = {}
        try:
            if args.to is not None:
                refuse_unusable_target(args.to)
                for orphan in orphan_folders(args.to.resolve().parent):
                    print(one_line(translate("cli", "note: {folder} was staged by an export that never finished; "
                                                    "its batch is not published (delete the folder)").format(
                        folder=orphan)), file=sys.stderr)
            signer = open_signer(args.signer)
            named = [named_signer(store, signer.name, signer.fingerprint, args.meaning)]
            docs = export_documents(store, args.documents)  # the window's rule too
            if not docs:
                raise ExportError("every document is exported already")
            result = build_batch(store, [d["id"] for d in docs], purpose=args.purpose, signers=named,
                                 then=lambda batch_id: record.update(
                                     sign_and_write(store, batch_id, signer, args.meaning, args.to,
                                                    store_checked=True, publish=False)))
            publish_staged(record)  # committed: only now does the folder take its place
        except (ExportError, SignoffError, SignerError) as exc:
            discard_staged(record)
            raise UserError(str(exc)) from exc
        except BaseException:
            discard_staged(record)
            raise
        for refusal in result.refused:
            print(one_line(refused_line(refusal)), file=sys.stderr)
        names = {d["id"]: d["name"] for d in docs}
        for doc_id, summary in result.residue:  # counts only: `clearance residue` lists the texts
            print(one_line(translate("cli", "residue {name}: {summary}").format(name=names.get(doc_id, doc_id),
                                                                               summary=summary)))
        if result.batch_id is None:
            print("clearance: " + translate("cli", "no document passed the export checks; nothing was exported"),
                  file=sys.stderr)
            return EXIT_SOME_FAILED
        for doc_id, note in result.notes:
            print(one_line(translate("cli", "note: {name}: {note}").format(name=names.get(doc_id, doc_id), note=note)),
                  file=sys.stderr)
        documents = sum(1 for name in result.files if name.lower().endswith(".pdf"))  # not text.jsonl
        print(translate("cli", "batch {batch}: {count} document(s)").format(batch=result.batch_id, count=documents))
        print(one_line(_risk_line(store, result.batch_id)))
        report_signoff(record, args.to)
        return 1 if result.refused else 0


def _risk_line(store, batch_id: str) -> str:
    """The batch's re-identification risk in one line, from its manifest (`clearance risk` gives the rest)."""
    import json

    risk = json.loads(store.batch(batch_id)["manifest"]).get("risk") or {}
    n = risk.get("documents", 0)
    k = (translate("cli", "smallest k {k} (threshold {threshold}), {below} of {count} document(s) below").format(
        k=risk["min_k"], threshold=risk["k_threshold"], below=risk["below_threshold"], count=n)
         if risk.get("min_k") is not None else translate("cli", "no quasi-identifier remains"))
    return translate("cli", "risk: {k}; linkability {linkability:.0%}; `clearance risk --batch {batch}` for the "
                            "values").format(k=k, linkability=risk.get("linkability", 0), batch=batch_id)


@subcommand
def _register_preview(sub) -> None:
    p = sub.add_parser("preview", help=translate("cli", "render a page of a stored document as it will be exported (PNG)"))
    p.add_argument("document", metavar="DOC_ID_OR_PATH")
    store_arg(p)
    p.add_argument("--page", type=int, default=1, help=translate("cli", "page number, from 1 (default 1)"))
    p.add_argument("--zoom", type=zoom_factor, default=1.5,
                   help=translate("cli", "scale of the rendering, {low:g} to {high:g} (default 1.5)").format(
                       low=MIN_ZOOM, high=MAX_ZOOM))
    p.add_argument("-o", "--output", type=Path, required=True, metavar="OUT.png")
    p.set_defaults(func=run_preview)


MIN_ZOOM, MAX_ZOOM = 0.1, 8.0  # 8x renders an A4 page at 4,760 x 6,736 pixels, about 100 MB


def zoom_factor(text: str) -> float:
    """--zoom as a finite number in range: 0, nan and inf gave a renderer's error and exit 70."""
    import argparse
    import math

    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(translate("cli", "not a number: {text!r}").format(text=text)) from None
    if not math.isfinite(value) or not MIN_ZOOM <= value <= MAX_ZOOM:
        raise argparse.ArgumentTypeError(translate("cli", "{text!r} is not a zoom from {low:g} to {high:g}").format(
            text=text, low=MIN_ZOOM, high=MAX_ZOOM))
    return value


def run_preview(args) -> int:
    from desktop.core.export.prepare import ExportError
    from desktop.core.export.preview import png_bytes, redacted_preview
    from desktop.core.runtime.newfile import write_new_file

    check_output_file(args.output)
    with open_store(args, create=False) as store:
        doc = store.find_document(args.document)
        if doc is None:
            raise UserError(translate("cli", "no document {name!r} in {store}").format(name=args.document, store=store.path))
        try:
            page = redacted_preview(store, doc["id"], args.page - 1, args.zoom)
        except ExportError as exc:
            raise UserError(str(exc)) from exc
    write_new_file(args.output, png_bytes(page))
    print(translate("cli", "{path}: page {page} of {name} as it will be exported ({width}x{height})").format(
        path=args.output, page=args.page, name=doc["name"], width=page.width, height=page.height))
    return 0


@subcommand
def _register_verify(sub) -> None:
    p = sub.add_parser("verify", help=translate("cli", "check the chain, trusted sign-offs and file hashes of a store or export folder"))
    p.add_argument("target", type=Path, metavar="STORE_OR_EXPORT_DIR")
    p.add_argument("--trust", type=Path, nargs="+", action="extend", metavar="FILE",
                   help=translate("cli", "signers' public key files; only their sign-offs count (a store: default its trusted keys)"))
    p.add_argument("--store", type=Path, metavar="STORE",
                   help=translate("cli", "an export folder: also check that this store committed its batch and sign-offs"))
    p.add_argument("--require-four-eyes", action="store_true",
                   help=translate("cli", "an export folder: fail unless two different trusted keys reviewed and approved it"))
    p.add_argument("--revoked", type=Path, metavar="FILE",
                   help=translate("cli", "an export folder: a revocation list (clearance signer revocations) signed by a --trust key"))
    p.add_argument("--accept-restore", action="store_true",
                   help=translate("cli", "a store restored from a backup on purpose: a trusted --signer signs that its shorter "
                                         "chain is the one to keep (audited)"))
    p.add_argument("--signer", metavar="NAME", help=translate("cli", "the signer who accepts a restore (--accept-restore)"))
    p.set_defaults(func=run_verify)


def run_verify(args) -> int:
    from desktop.core.verification.integrity import (
        folder_in_store_problems,
        verify_export_dir,
        verify_store,
    )
    from desktop.core.verification.trust import load_revocations, load_trust

    if not args.target.exists():
        raise UserError(translate("cli", "{path}: no such file or folder").format(path=args.target))
    folder = args.target.is_dir()
    if not folder and (args.store or args.require_four_eyes or args.revoked):
        raise UserError(translate("cli", "--store, --require-four-eyes and --revoked check an export folder, not a store"))
    if args.accept_restore:
        _accept_restore(args)
    trust, error = load_trust(args.trust)
    if error:
        raise UserError(error)
    if folder:
        if args.revoked:
            trust, error = load_revocations(args.revoked, trust)
            if error:
                raise UserError(error)
        report = verify_export_dir(args.target, trust, require_four_eyes=args.require_four_eyes)
        checked, problems = list(report.checked), list(report.problems)
        if args.store:
            more_checked, more_problems = folder_in_store_problems(args.target, args.store)
            checked, problems = checked + more_checked, problems + more_problems
    else:
        report = verify_store(args.target, trust)
        checked, problems = list(report.checked), list(report.problems)
    ok, fail = translate("cli", "ok"), translate("cli", "FAIL")
    width = max(len(ok), len(fail)) + 1
    for line in checked:
        print(f"{ok:<{width}}{core_message(line)}")
    for problem in problems:
        print(f"{fail:<{width}}{core_message(problem)}", file=sys.stderr)
    return 0 if not problems else 1


def _accept_restore(args) -> None:
    from desktop.cli_trust import open_signer
    from desktop.core.store import Store, StoreError
    from desktop.core.trust.signers import SignerError, short
    from desktop.core.verification.restore import RestoreError, accept_restore

    if args.target.is_dir() or not args.signer:
        raise UserError(translate("cli", "--accept-restore takes a store file and --signer NAME (a signer the store trusts)"))
    try:
        signer = open_signer(args.signer)
        with Store(args.target) as store:
            record = accept_restore(store, signer)
    except (RestoreError, SignerError, StoreError) as exc:
        raise UserError(str(exc)) from exc
    print(translate("cli", "restore accepted by {signer} (key {key}): the chain ends at {seq}, the last head seen "
                           "was {last}; recorded in the audit chain").format(
        signer=record["signer"], key=short(record["fingerprint"]), seq=record["restored_head"]["seq"],
        last=record["last_head_seen"]))

