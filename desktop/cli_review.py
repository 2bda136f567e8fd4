"""`clearance review`: bulk decisions for scripted pipelines, recorded in the chain like the window's."""

from __future__ import annotations

import sys

from desktop.cli import open_store, store_arg, subcommand


@subcommand
def register(sub) -> None:
    p = sub.add_parser("review", help="confirm or reject every open finding (and proposed party link) at once")
    store_arg(p)
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument("--accept-all", action="store_true",
                       help="confirm every proposed finding and every proposed party link")
    which.add_argument("--reject-all", action="store_true", help="reject every proposed finding (keep the text)")
    p.add_argument("documents", nargs="*", metavar="DOC", help="document ids or file names (default: all)")
    p.set_defaults(func=run)


def run(args) -> int:
    from desktop.core.model import Status

    status = Status.CONFIRMED if args.accept_all else Status.REJECTED
    with open_store(args) as store:
        docs = []
        for key in args.documents or []:
            doc = store.find_document(key)
            if doc is None:
                print(f"clearance: no document {key!r} in the store", file=sys.stderr)
                return 1
            docs.append(doc)
        findings = links = 0
        for doc in docs or store.documents():
            open_ids = [f.id for f in store.findings(doc["id"]) if f.status == Status.PROPOSED]
            with store.atomic():  # one document, one transaction, one undo group
                if open_ids:
                    store.decide([(i, {"status": str(status)}) for i in open_ids], action="bulk-review")
                if args.accept_all:
                    for link in store.document_links(doc["id"]):
                        if not link.confirmed:
                            store.link_party(doc["id"], link.party.id, link.role, confirmed=True,
                                             source=link.source)
                            links += 1
            findings += len(open_ids)
        verb = "confirmed" if args.accept_all else "rejected"
        extra = f" and {links} party link(s) confirmed" if args.accept_all else ""
        print(f"{findings} finding(s) {verb}{extra} in {len(docs or store.documents())} document(s)")
    return 0
