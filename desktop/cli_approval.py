"""`clearance approval BATCH`: what the second pair of eyes reads before approving, and a signed refusal."""

from __future__ import annotations

import json
from dataclasses import asdict

from desktop.cli import open_store, store_arg, subcommand
from desktop.cli_errors import UserError
from desktop.core.runtime.language import core_message, core_word, translate


@subcommand
def _register_approval(sub) -> None:
    p = sub.add_parser("approval", help=translate("cli", "a batch waiting for approval: its documents with every "
                                                         "check run again, the reviewer's signature, refusals so far; "
                                                         "or refuse it with a reason"))
    store_arg(p)
    p.add_argument("batch")
    p.add_argument("--manifest", action="store_true", help=translate("cli", "also print the manifest (formatted JSON)"))
    p.add_argument("--json", action="store_true", help=translate("cli", "everything as one JSON object"))
    p.add_argument("--refuse", metavar="REASON", help=translate("cli", "refuse the batch with this reason (signed with --signer, "
                                                                       "recorded in the audit chain); approve with `clearance signoff`"))
    p.add_argument("--signer", metavar="NAME", help=translate("cli", "the approver whose key signs the refusal"))
    p.set_defaults(func=run_approval)


def run_approval(args) -> int:
    from desktop.cli_trust import open_signer
    from desktop.core.export.approval import approval_view, refuse
    from desktop.core.export.signoff import SignoffError
    from desktop.core.trust.signers import SignerError

    if args.refuse is not None and not args.signer:
        raise UserError(translate("cli", "--refuse needs --signer NAME: a refusal is signed by the approver's key"))
    with open_store(args) as store:
        try:
            if args.refuse is not None:
                record = refuse(store, args.batch, open_signer(args.signer), args.refuse)
                print(translate("cli", "batch {batch}: refused by {signer}, recorded: {reason}").format(
                    batch=record["batch"], signer=record["signer"], reason=record["reason"]))
                return 0
            view = approval_view(store, args.batch)
        except (SignoffError, SignerError) as exc:
            raise UserError(str(exc)) from exc
    if args.json:
        print(json.dumps({**asdict(view), "manifest": json.loads(view.manifest_text)}, indent=2, ensure_ascii=False))
        return 0
    print(render(view, args.manifest))
    return 0


def render(view, with_manifest: bool = False) -> str:
    """The approval screen as text: the batch, its signatures and refusals, each document's checks, in
    the user's language (the manifest and what people wrote, a refusal's reason, stay as they are)."""
    ok, fail = translate("cli", "ok"), translate("cli", "FAIL")
    width = max(len(ok), len(fail))
    ok, fail = ok.ljust(width), fail.ljust(width)
    meanings = {"reviewed": translate("cli", "reviewed"), "approved": translate("cli", "approved")}
    lines = [translate("cli", "batch {batch} ({purpose}, {created}), manifest sha256 {sha256}").format(
                 batch=view.batch_id, purpose=view.purpose, created=view.created_at, sha256=view.manifest_sha256),
             "  " + (translate("cli", "waiting: {missing}").format(missing=core_message(view.waiting_for))
                     if view.waiting_for else translate("cli", "has every sign-off it needs"))]
    lines += ["  " + translate("cli", "{meaning} by {signer}, key {short} ({fingerprint}), {at}").format(
                  meaning=meanings.get(s.meaning, s.meaning), signer=s.signer, short=s.short_fingerprint,
                  fingerprint=s.fingerprint, at=s.at)
              + ("" if s.trusted else "  " + translate("cli", "NOT TRUSTED")) for s in view.signatures]
    lines += ["  " + translate("cli", "refused by {signer}, {at}: {reason}").format(signer=r.signer, at=r.at, reason=r.reason)
              for r in view.refusals]
    for d in view.documents:
        lines.append(f"{ok if d.passes else fail} " + translate("cli", "{name} -> {file} ({pages} page(s))").format(
            name=d.name, file=d.file, pages=d.pages))
        for title, reasons in d.checks:
            lines.append(f"       {ok if not reasons else fail} {core_word(title)}")
            lines += [f"            {core_message(r)}" for r in reasons]
        if d.residue:
            lines.append("       " + translate("cli", "residue: {summary}").format(summary=core_message(d.residue)))
    if with_manifest:
        lines.append(view.manifest_text)
    return "\n".join(lines)
