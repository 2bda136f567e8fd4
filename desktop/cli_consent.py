"""`clearance consent ...`: import, list, show, withdraw, export, check and link from the command line."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

from desktop.cli import open_store, store_arg, subcommand
from desktop.cli_errors import UserError, check_output_file, one_line
from desktop.core.runtime.language import core_message, core_word, translate, translate_filled

ROLES = ("contracting party", "signer", "witness", "contact", "other person named")
KINDS = ("company", "person")


@subcommand
def _register(sub) -> None:
    consent = sub.add_parser("consent", help=translate("cli", "the consent registry: parties, consents, links, withdrawals"))
    cmds = consent.add_subparsers(dest="consent_command", metavar="ACTION", required=True)

    def add(name, func, help_text):
        p = cmds.add_parser(name, help=help_text)
        store_arg(p)
        p.set_defaults(func=func)
        return p

    add("import", run_import, translate("cli", "import consents from a CSV file (all rows or none)")).add_argument("file", type=Path)
    add("export", run_export, translate("cli", "write the registry as CSV")).add_argument("file", type=Path)
    add("list", run_list, translate("cli", "list consents")).add_argument("--purpose")
    add("show", run_show, translate("cli", "a party with its consents and documents")).add_argument("party")
    p = add("withdraw", run_withdraw, translate("cli", "record a withdrawal and print the files to purge"))
    p.add_argument("party")
    p.add_argument("--purpose", required=True)
    p.add_argument("--date", type=_day, default=date.today(), help=translate("cli", "YYYY-MM-DD (default: today)"))
    p = add("link", run_link, translate("cli", "link a party (id, name, alias or e-mail) to a document (confirmed) "
                                               "and propose its names wherever they occur"))
    p.add_argument("doc")
    p.add_argument("party")
    p.add_argument("--role", choices=ROLES, default="contracting party")
    p.add_argument("--kind", choices=KINDS, help=translate("cli", "which party, when a company and a person share the name"))
    p = add("unlink", run_unlink, translate("cli", "remove a party from a document"))
    p.add_argument("doc")
    p.add_argument("party")
    p.add_argument("--kind", choices=KINDS, help=translate("cli", "which party, when a company and a person share the name"))
    p = add("kind", run_kind, translate("cli", "make a party a company or a person (its links move to the "
                                               "registry's party of that kind and name, if there is one)"))
    p.add_argument("party")
    p.add_argument("new_kind", choices=KINDS, metavar="company|person")
    add("prune", run_prune, translate("cli", "forget the parties a scan added that no document links and no "
                                             "consent names (personal data kept for nothing)")).add_argument(
        "--dry-run", action="store_true", help=translate("cli", "only list them"))
    p = add("links", run_links, translate("cli", "a document's parties and whether it may be exported"))
    p.add_argument("doc")
    p.add_argument("--purpose", default="ai-training")
    p.add_argument("--at", type=_day, default=date.today(), help=translate("cli", "YYYY-MM-DD (default: today)"))


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        import argparse

        raise argparse.ArgumentTypeError(translate("cli", "{text!r} is not a date (YYYY-MM-DD)").format(text=text)) from None


def run_import(args) -> int:
    from tqdm import tqdm

    from desktop.core.consent.importing import SUMMARY_TEMPLATES, checked_csv, import_checked

    parsed, problems = checked_csv(args.file)  # read and checked before any store is opened or made
    if problems:
        for line in problems[:-1]:  # `FILE: line N: ...`: the file's name, then the core's message
            where, _, said = line.partition(": ")
            print(one_line(f"{where}: {core_message(said)}" if said else core_message(line)), file=sys.stderr)
        raise UserError(problems[-1])
    with open_store(args) as store, tqdm(total=len(parsed.rows), unit="row", desc=translate("cli", "import"), disable=None) as bar:
        summary = import_checked(store, parsed, progress=lambda done, _total: bar.update(done - bar.n))
    print(translate_filled(summary, SUMMARY_TEMPLATES, core_word))
    return 0


def run_export(args) -> int:
    import io

    from desktop.core.consent.csvio import write_consents
    from desktop.core.runtime.newfile import write_new_file

    check_output_file(args.file)
    with open_store(args, read_only=True) as store:
        rows = store.consent_table()
    out = io.StringIO(newline="")
    n = write_consents(rows, out)
    write_new_file(args.file, out.getvalue().encode("utf-8"))
    print(translate("cli", "{count} consent(s) written to {path}").format(count=n, path=args.file))
    return 0


def run_list(args) -> int:
    with open_store(args, read_only=True) as store:
        parties = {p.id: p for p in store.parties()}
        for c in store.consents(purpose=args.purpose):
            print("\t".join([parties[c.party_id].name, parties[c.party_id].kind, c.purpose, c.status,
                             _iso(c.granted_on), _iso(c.valid_until), _iso(c.withdrawn_on), f"v{c.version}"]))
    return 0


def _iso(d) -> str:
    return d.isoformat() if d else "-"


def run_show(args) -> int:
    with open_store(args, read_only=True) as store:
        party = store.find_party(args.party)
        if party is None:
            raise UserError(translate("cli", "no party {name!r} in the registry").format(name=args.party))
        print(_describe(party))
        for label, value in ((translate("cli", "register"), party.register_number),
                             (translate("cli", "VAT ID"), party.vat_id), (translate("cli", "e-mail"), party.email),
                             (translate("cli", "aliases"), ", ".join(party.aliases))):
            if value:
                print(f"  {label}: {value}")
        for c in store.consents(party.id):
            print(translate("cli", "  consent {purpose} v{version}: {status}, granted {granted}, valid until {until}, "
                                   "withdrawn {withdrawn}; {evidence}").format(
                purpose=c.purpose, version=c.version, status=core_word(c.status), granted=_iso(c.granted_on),
                until=_iso(c.valid_until), withdrawn=_iso(c.withdrawn_on), evidence=c.evidence))
        for d in store.party_documents(party.id):
            print(translate("cli", "  document {id} {name}: {role}").format(id=d["id"], name=d["name"],
                                                                           role=core_word(d["role"]))
                  + ("" if d["confirmed"] else translate("cli", " (proposed)")))
    return 0


def run_withdraw(args) -> int:
    from desktop.core.consent.gate import ConsentError, withdraw

    with open_store(args, create=False) as store:
        try:
            purge = withdraw(store, args.party, args.purpose, args.date)
        except ConsentError as exc:
            raise UserError(str(exc)) from exc
    print(translate("cli", "withdrawal recorded; {count} exported file(s) to purge").format(count=len(purge)))
    for p in purge:
        print("\t".join([str(p["batch"]), p["file"], p["sha256"], p["date"], p["where"]]))
    return 0


def _describe(party) -> str:
    return translate("cli", "{name} ({kind}, id {id})").format(name=party.name, kind=core_word(party.kind), id=party.id)


def core_reason(reason: str) -> str:
    """A consent reason of the core in the command line's language, as the window shows it."""
    from desktop.core.consent.rules import REASON_TEMPLATES

    return translate_filled(reason, REASON_TEMPLATES, core_word)


def _one_party(store, key: str, kind: str | None = None):
    """The one party `key` names; a name that two parties share is refused, naming both."""
    found = [p for p in store.matching_parties(key) if kind is None or p.kind == kind]
    if not found:
        if kind:
            raise LookupError(translate("cli", "no party {name!r} of kind {kind} in the registry (import it first)").format(
                name=key, kind=core_word(kind)))
        raise LookupError(translate("cli", "no party {name!r} in the registry (import it first)").format(name=key))
    if len(found) > 1:
        raise LookupError(translate("cli", "{name!r} names {count} parties: {parties}; give the id or --kind").format(
            name=key, count=len(found), parties="; ".join(map(_describe, found))))
    return found[0]


def _doc_and_party(store, args):
    doc = store.find_document(args.doc)
    if doc is None:
        raise LookupError(translate("cli", "no document {name!r} in the store").format(name=args.doc))
    return doc, _one_party(store, args.party, getattr(args, "kind", None))


def run_link(args) -> int:
    from desktop.core.scan.links import link_party

    with open_store(args, create=False) as store:
        try:
            doc, party = _doc_and_party(store, args)
        except LookupError as exc:
            raise UserError(str(exc)) from exc
        change = link_party(store, doc["id"], party.id, args.role)
    print(translate("cli", "{party} linked to {document} as {role}; {count} more occurrence(s) of the linked "
                           "parties' names proposed").format(party=_describe(party), document=doc["name"],
                                                             role=core_word(args.role), count=change.proposed))
    if change.problem:
        print("clearance: " + translate("cli", "note: {note}").format(note=one_line(change.problem)), file=sys.stderr)
    return 0


def run_kind(args) -> int:
    with open_store(args, create=False) as store:
        try:
            party = _one_party(store, args.party)
            now = store.set_party_kind(party.id, args.new_kind)
        except (LookupError, ValueError) as exc:
            raise UserError(str(exc).strip("'\"")) from exc
        moved = store.party(now)
    if now == party.id:
        print(translate("cli", "{name} (id {id}) is now a {kind}").format(name=party.name, id=party.id,
                                                                           kind=core_word(args.new_kind)))
    else:
        print(translate("cli", "{name}: its document links moved to {party}, the registry's {kind} of that name")
              .format(name=party.name, party=_describe(moved), kind=core_word(args.new_kind)))
    return 0


def run_unlink(args) -> int:
    from desktop.core.scan.links import unlink_party

    with open_store(args, create=False) as store:
        try:
            doc, party = _doc_and_party(store, args)
        except LookupError as exc:
            raise UserError(str(exc)) from exc
        if not unlink_party(store, doc["id"], party.id).changed:
            raise UserError(translate("cli", "{party} is not linked to {document}").format(party=party.name, document=doc["name"]))
    print(translate("cli", "{party} unlinked from {document}").format(party=_describe(party), document=doc["name"]))
    return 0


def run_prune(args) -> int:
    with open_store(args, create=False) as store:
        unused = store.unused_scan_parties()
        forgotten = 0 if args.dry_run else store.forget_parties([p.id for p in unused])
    for party in unused:
        print(f"  {_describe(party)}")
    template = (translate("cli", "would forget {count} party(ies) added by a scan and linked to nothing") if args.dry_run
                else translate("cli", "forgot {count} party(ies) added by a scan and linked to nothing"))
    print(template.format(count=len(unused) if args.dry_run else forgotten))
    return 0


def run_links(args) -> int:
    from desktop.core.consent.gate import document_links, eligibility

    with open_store(args, read_only=True) as store:
        doc = store.find_document(args.doc)
        if doc is None:
            raise UserError(translate("cli", "no document {name!r} in the store").format(name=args.doc))
        for link in document_links(store, doc["id"]):
            state = "confirmed" if link.confirmed else "proposed"
            print(f"{link.party.name}\t{link.role}\t{state}\t{link.source}" + (f"\t{link.note}" if link.note else ""))
        result = eligibility(store, doc["id"], args.purpose, args.at)
    print(translate("cli", "{purpose} on {day}: {verdict}").format(purpose=args.purpose, day=args.at,
                                                                    verdict=core_word(result.status)))
    for reason in result.reasons:
        print(f"  {core_reason(reason)}")
    return 0 if result.ok else 3
