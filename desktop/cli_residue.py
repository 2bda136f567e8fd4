"""`clearance residue`: what still looks identifying after redaction, and the decisions on it for scripts."""

from __future__ import annotations

import json
from pathlib import Path

from desktop.cli import open_store, store_arg, subcommand
from desktop.cli_errors import UserError, one_line
from desktop.core.runtime.language import core_message, translate

_SQLITE = b"SQLite format 3\x00"


@subcommand
def register(sub) -> None:
    p = sub.add_parser("residue", help=translate("cli", "list what still looks identifying but was never proposed (or was rejected), "
                                                        "and redact it or mark it fine"))
    p.add_argument("target", metavar="DOC|STORE|FILE.pdf",
                   help=translate("cli", "a document (id or file name) in --store, a store file (every document), or a PDF file"))
    store_arg(p)
    p.add_argument("--doc", metavar="DOC", help=translate("cli", "with a store: only this document (id or file name)"))
    p.add_argument("--json", action="store_true", help=translate("cli", "print JSON: documents, their groups, kinds, counts, pages"))
    p.add_argument("--redact", action="append", default=[], metavar="TEXT",
                   help=translate("cli", "redact every occurrence of this residue text in the document (recorded; repeatable)"))
    p.add_argument("--fine", action="append", default=[], metavar="TEXT",
                   help=translate("cli", "mark this residue text fine: it identifies no one (recorded; repeatable)"))
    every = p.add_mutually_exclusive_group()
    every.add_argument("--redact-all", action="store_true", help=translate("cli", "redact every residue group nobody decided about"))
    every.add_argument("--fine-all", action="store_true", help=translate("cli", "mark every residue group nobody decided about fine"))
    p.set_defaults(func=run)


def run(args) -> int:
    from desktop.core.residue.document import document_residue

    deciding = bool(args.redact or args.fine or args.redact_all or args.fine_all)
    path = Path(args.target)
    if path.is_dir():
        raise UserError(translate("cli", "{path}: is a folder; give a store file, a PDF file or a document of --store").format(path=path))
    head = _head(path)
    if head.startswith(b"%PDF"):
        if deciding or args.doc:
            raise UserError(translate("cli", "{path}: decisions are kept per stored document; `clearance scan` the file "
                                             "into a store first, then decide there").format(path=path))
        return _print_file(path, args.json)
    if head.startswith(_SQLITE):
        args.store = path
    elif path.is_file():
        raise UserError(translate("cli", "{path}: not a PDF file nor a Clearance store").format(path=path))
    elif "/" in args.target or "\\" in args.target:
        raise UserError(translate("cli", "{path}: no such file").format(path=path))
    elif args.doc:
        raise UserError(translate("cli", "--doc goes with a store file; {target!r} is not one").format(target=args.target))
    with open_store(args, create=False, read_only=not deciding) as store:
        docs = _documents(store, args)
        if deciding:
            _decide(store, docs, args)
        residues = [document_residue(store, d["id"]) for d in docs]
    if args.json:
        print(json.dumps({"documents": [_document_json(r) for r in residues]}, ensure_ascii=False, indent=2))
    elif not deciding:
        for r in residues:
            _print_document(r)
    return 0


def _head(path: Path) -> bytes:
    try:
        with path.open("rb") as fh:
            return fh.read(16)
    except (FileNotFoundError, IsADirectoryError, NotADirectoryError):
        return b""


def _documents(store, args) -> list[dict]:
    key = args.doc if args.doc else (None if args.store == Path(args.target) else args.target)
    if key is None:
        return store.documents()
    doc = store.find_document(key)
    if doc is None:
        raise UserError(translate("cli", "no document {name!r} in {store}").format(name=key, store=store.path))
    return [doc]


def _decide(store, docs: list[dict], args) -> None:
    from desktop.core.residue.document import decision_rows, document_residue

    named = args.redact or args.fine
    if named and len(docs) != 1:
        raise UserError(translate("cli", "--redact and --fine name texts of one document: give it (a DOC, or --doc with a store)"))
    for doc in docs:
        residue = document_residue(store, doc["id"])
        fine = [_group(residue, t) for t in args.fine] + (list(residue.undecided) if args.fine_all else [])
        redact = [_group(residue, t) for t in args.redact] + (list(residue.undecided) if args.redact_all else [])
        if fine:
            store.decide_residue(doc["id"], decision_rows(fine), "fine")
            for g in fine:
                print(one_line(translate("cli", "{name}: marked fine: “{text}” ({kind}, {count}x)").format(
                    name=doc["name"], text=g.text, kind=g.kind, count=g.count)))
        if redact:
            _redact(store, doc, redact)


def _group(residue, text: str):
    group = residue.group(text)
    if group is None:
        raise UserError(translate("cli", "{name}: no residue “{text}” (`clearance residue` lists the texts)").format(
            name=residue.name, text=one_line(text)))
    return group


def _redact(store, doc: dict, groups) -> None:
    """Every occurrence of each group becomes a confirmed finding (the review's redact-all path), with
    character boxes from the original file, which must be the one imported."""
    from desktop.core.pdf import PdfError
    from desktop.core.pdf.pagesource import PageSource
    from desktop.core.review.session import ReviewSession

    try:
        source = PageSource.stored(doc, store)
    except PdfError as exc:
        raise UserError(core_message(exc.reason)) from exc
    try:
        session = ReviewSession(store, doc["id"], page_text=source.page_text)
        for g in groups:
            session.redact_residue(g)
            print(one_line(translate("cli", "{name}: redacted “{text}” ({kind}): {count} occurrence(s) on page(s) "
                                            "{pages}").format(name=doc["name"], text=g.text, kind=g.kind,
                                                              count=g.count, pages=", ".join(map(str, g.pages)))))
    finally:
        source.close()


def _document_json(residue) -> dict:
    return {"id": residue.document_id, "name": residue.name, "summary": residue.summary(),
            "undecided": len(residue.undecided), "redacted_groups": residue.redacted,
            "groups": [_group_json(g, residue.decision(g)) for g in residue.groups]}


def _group_json(g, decision: str | None) -> dict:
    out = {"text": g.text, "key": g.key, "kind": g.kind, "count": g.count, "pages": list(g.pages)}
    return {**out, "decision": decision} if decision else out


def _print_document(residue) -> None:
    print(translate("cli", "{name} (document {id}): {summary}").format(name=residue.name, id=residue.document_id,
                                                                        summary=core_message(residue.summary())))
    for g in residue.groups:
        print(f"  {residue.decision(g):5} {g.kind:22} {g.count:3}x  {one_line(g.text)}   "
              f"p. {', '.join(map(str, g.pages))}")


def _print_file(path: Path, as_json: bool) -> int:
    from desktop.core.pdf import read_pdf_bytes
    from desktop.core.residue.document import pdf_residue

    groups = pdf_residue(read_pdf_bytes(path), path.name)
    if as_json:
        print(json.dumps({"file": str(path), "groups": [_group_json(g, None) for g in groups]},
                         ensure_ascii=False, indent=2))
        return 0
    occurrences = sum(g.count for g in groups)
    print(translate("cli", "{path}: {count} residue group(s), {occurrences} occurrence(s)").format(
        path=path, count=len(groups), occurrences=occurrences))
    for g in groups:
        print(f"  {g.kind:22} {g.count:3}x  {one_line(g.text)}   p. {', '.join(map(str, g.pages))}")
    return 0
