"""`clearance review`: bulk decisions for scripted pipelines, recorded in the chain like the window's."""

from __future__ import annotations

from desktop.cli import open_store, store_arg, subcommand
from desktop.cli_errors import UserError
from desktop.core import settings
from desktop.core.runtime.language import translate


@subcommand
def register(sub) -> None:
    p = sub.add_parser("review", help=translate("cli", "confirm or reject every open finding (and proposed party link) at once"))
    store_arg(p)
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument("--accept-all", action="store_true",
                       help=translate("cli", "confirm every proposed finding and every proposed party link, and approve every "
                                             "quasi-identifier class found (dates, amounts, codes, places) under the store's policy"))
    which.add_argument("--approve", action="append", metavar="CLASS", choices=settings.QUASI_CLASSES,
                       help=translate("cli", "approve a quasi-identifier class under the store's policy (repeatable): in the "
                                             "documents named, else in every document that holds findings of it still pending, "
                                             "as g Q does in the window"))
    which.add_argument("--reject-all", action="store_true", help=translate("cli", "reject every proposed finding (keep the text)"))
    p.add_argument("documents", nargs="*", metavar="DOC", help=translate("cli", "document ids or file names (default: all)"))
    p.set_defaults(func=run)


def run(args) -> int:
    from desktop.core.model import Status
    from desktop.core.review.classes import approve, classes_found

    status = Status.CONFIRMED if args.accept_all else Status.REJECTED
    with open_store(args, create=False) as store:
        docs = []
        for key in args.documents or []:
            doc = store.find_document(key)
            if doc is None:
                raise UserError(translate("cli", "no document {name!r} in {store}").format(name=key, store=store.path))
            docs.append(doc)
        if args.approve and not docs:  # the whole store: where the class waits, as the window's g Q
            from desktop.core.review.quasi import approve_everywhere

            done = approve_everywhere(store, args.approve)
            print(translate("cli", "{count} quasi-identifier class approval(s) in {documents} document(s)").format(
                count=len(done), documents=len({d for d, _ in done})))
            return 0
        findings = links = classes = 0
        for doc in docs or store.documents():
            every = store.findings(doc["id"])
            if args.approve or args.accept_all:  # quasi-identifiers: one decision per class, not per finding
                classes += len(approve(store, doc["id"], args.approve or classes_found(every)))
                every = [f for f in every if f.identifier == "direct"]
            if args.approve:
                continue
            open_ids = [f.id for f in every if f.status == Status.PROPOSED]
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
        count = len(docs or store.documents())
        if args.approve:
            print(translate("cli", "{count} quasi-identifier class approval(s) in {documents} document(s)").format(
                count=classes, documents=count))
            return 0
        if args.accept_all:
            line = translate("cli", "{count} finding(s) confirmed and {links} party link(s) confirmed in {documents} "
                                    "document(s)").format(count=findings, links=links, documents=count)
        else:
            line = translate("cli", "{count} finding(s) rejected in {documents} document(s)").format(
                count=findings, documents=count)
        approved = (translate("cli", "; {count} quasi-identifier class approval(s) (one per class and document)")
                    .format(count=classes) if classes else "")
        print(line + approved)
    return 0
