"""`clearance signer ...`, `clearance signoff` and `clearance settings`: who may sign, and how many must."""

from __future__ import annotations

import getpass
import os
import sys
from pathlib import Path

from desktop.cli import open_store, store_arg, subcommand
from desktop.cli_errors import UserError, check_output_file
from desktop.core.runtime.language import core_word, translate


def _fail(message: str) -> int:
    """A user's mistake: one line and exit 2 through the command line's one error path."""
    raise UserError(message)


def passphrase(prompt: str, confirm: bool = False) -> str:
    """From CLEARANCE_PASSPHRASE (scripts, tests) or asked at the terminal, never echoed."""
    from desktop.core.trust.signers import PASSPHRASE_ENV, SignerError

    if os.environ.get(PASSPHRASE_ENV) is not None:
        return os.environ[PASSPHRASE_ENV]
    if not sys.stdin.isatty():
        raise SignerError(translate("cli", "no terminal to ask for the passphrase; set {variable}").format(variable=PASSPHRASE_ENV))
    first = getpass.getpass(prompt)
    if confirm and getpass.getpass(translate("cli", "Again: ")) != first:
        raise SignerError(translate("cli", "the two passphrases differ; nothing was created"))
    return first


def open_signer(name: str):
    from desktop.core.trust.signers import check_name, load_signer

    return load_signer(name, passphrase(translate("cli", "Passphrase of signer {name}: ").format(name=check_name(name))))


@subcommand
def _register_signer(sub) -> None:
    p = sub.add_parser("signer", help=translate("cli", "named signers: create a key, export it, trust a colleague's, list them"))
    ssub = p.add_subparsers(dest="signer_command", metavar="ACTION", required=True)
    c = ssub.add_parser("create", help=translate("cli", "make a signer's key pair, the private key encrypted with a passphrase"))
    c.add_argument("name")
    c.add_argument("--from-legacy", action="store_true",
                   help=translate("cli", "adopt the old unencrypted per-account key (signing-key.pem) under this name"))
    c.set_defaults(func=run_create)
    e = ssub.add_parser("export", help=translate("cli", "write a signer's public key and fingerprint for colleagues"))
    e.add_argument("name")
    e.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    e.set_defaults(func=run_export_key)
    t = ssub.add_parser("trust", help=translate("cli", "trust a colleague's public key in a store (an audited event)"))
    store_arg(t)
    t.add_argument("file", type=Path, metavar="FILE")
    t.add_argument("--by", metavar="NAME", help=translate("cli", "an already-trusted signer who agrees, with their key "
                                                                "(needed for every key but a new store's first)"))
    t.set_defaults(func=run_trust)
    u = ssub.add_parser("untrust", help=translate("cli", "revoke a trusted key (audited): it signs nothing from now on, "
                                                         "while its earlier sign-offs stay valid"))
    store_arg(u)
    u.add_argument("signer", metavar="NAME_OR_FINGERPRINT")
    u.add_argument("--reason", default="", help=translate("cli", "why, for the audit trail (e.g. a lost laptop)"))
    u.set_defaults(func=run_untrust)
    r = ssub.add_parser("revocations", help=translate("cli", "write the store's revoked keys as a list signed by a trusted "
                                                             "signer, for `verify DIR --revoked FILE`"))
    store_arg(r)
    r.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    r.add_argument("--signer", required=True, metavar="NAME", help=translate("cli", "a signer the store trusts"))
    r.set_defaults(func=run_revocations)
    li = ssub.add_parser("list", help=translate("cli", "signers on this computer and signers the store trusts"))
    store_arg(li)
    li.set_defaults(func=run_list)


def run_create(args) -> int:
    from desktop.core.trust.signers import (
        SignerError,
        adopt_legacy_key,
        check_name,
        create_signer,
        short,
    )

    try:
        name = check_name(args.name)
        secret = passphrase(translate("cli", "New passphrase for signer {name}: ").format(name=name), confirm=True)
        signer = adopt_legacy_key(name, secret) if args.from_legacy else create_signer(name, secret)
    except SignerError as exc:
        return _fail(str(exc))
    print(translate("cli", "signer {name}: fingerprint {short} ({fingerprint})").format(
        name=signer.name, short=short(signer.fingerprint), fingerprint=signer.fingerprint))
    print(translate("cli", "give colleagues your public key: clearance signer export {name} -o {name}.pub").format(
        name=signer.name))
    return 0


def run_export_key(args) -> int:
    from desktop.core.runtime.newfile import write_new_file
    from desktop.core.trust.signers import SignerError, public_key_file, short

    check_output_file(args.output)
    try:
        signer = open_signer(args.name)
        write_new_file(args.output, public_key_file(signer.public))
    except SignerError as exc:
        return _fail(str(exc))
    except OSError as exc:
        return _fail(f"{args.output}: {exc.strerror}")
    print(translate("cli", "{path}: public key of {name}, fingerprint {short}").format(
        path=args.output, name=signer.name, short=short(signer.fingerprint)))
    return 0


def run_trust(args) -> int:
    from desktop.core.store import StoreError
    from desktop.core.trust.signers import SignerError, read_public_key_file, short

    try:
        signer = read_public_key_file(args.file)
    except SignerError as exc:
        return _fail(str(exc))
    with open_store(args) as store:
        vouched_by = _vouch(store, args.by, signer) if store.trusted_signers() else None
        try:
            added = store.trust_signer(signer.name, signer.public_key, signer.fingerprint,
                                       reason=f"trusted from {args.file.name}" + (
                                           "" if vouched_by else "; the store's first key, trusted by one person"),
                                       vouched_by=vouched_by)
        except StoreError as exc:
            return _fail(str(exc))
    state = (translate("cli", "{name} ({short}): now trusted in {store}") if added
             else translate("cli", "{name} ({short}): already trusted in {store}"))
    print(state.format(name=signer.name, short=short(signer.fingerprint), store=store.path)
          + (translate("cli", ", added by {name}").format(name=vouched_by["name"]) if vouched_by and added else ""))
    if added and vouched_by is None:
        print(translate("cli", "note: the store trusted no key yet, so this first one needed no second signer "
                               "(audited); every further key needs --by NAME, a signer already trusted"))
    return 0


def _vouch(store, by: str | None, signer) -> dict:
    """The signed agreement of an already-trusted signer (not the key being added) to trust this key."""
    from desktop.core.trust.signers import SignerError, short
    from desktop.core.trust.vouch import vouch

    if store.trusted_signer(signer.fingerprint):
        return {}
    if not by:
        return _fail(translate("cli", "trusting {name}'s key takes two: give --by NAME, a signer this store already "
                                      "trusts, who agrees with their key").format(name=signer.name))
    try:
        voucher = open_signer(by)
    except SignerError as exc:
        return _fail(str(exc))
    row = store.trusted_signer(voucher.fingerprint)
    if row is None or store.revocation(voucher.fingerprint) or voucher.fingerprint == signer.fingerprint:
        return _fail(translate("cli", "{name}'s key ({short}) is not trusted in {store}; only a trusted signer can "
                                      "add a key").format(name=by, short=short(voucher.fingerprint), store=store.path))
    return vouch(voucher, row["name"], signer.name, signer.public_key, signer.fingerprint)


def run_untrust(args) -> int:
    from desktop.core.store import StoreError
    from desktop.core.trust.signers import short

    with open_store(args, create=False) as store:
        fingerprint = _trusted_fingerprint(store, args.signer)
        try:
            row = store.revoke_signer(fingerprint, reason=args.reason)
        except StoreError as exc:
            return _fail(str(exc))
    print(translate("cli", "{name} ({short}): revoked in {store}; it signs nothing from now on, and sign-offs it "
                           "made before stay valid").format(name=row["name"], short=short(fingerprint), store=store.path))
    return 0


def run_revocations(args) -> int:
    from desktop.core.export.publish import write_atomic
    from desktop.core.trust.revocations import revocation_list
    from desktop.core.trust.signers import SignerError, short

    with open_store(args, create=False) as store:
        try:
            signer = open_signer(args.signer)
        except SignerError as exc:
            return _fail(str(exc))
        trusted = store.trusted_signer(signer.fingerprint)
        if trusted is None or store.revocation(signer.fingerprint):
            return _fail(translate("cli", "{name}'s key ({short}) is not trusted in {store}; only a trusted signer "
                                          "signs the revocation list").format(
                name=signer.name, short=short(signer.fingerprint), store=store.path))
        revoked = store.revoked_signers()
        data = revocation_list(revoked, signer, trusted["name"])
    try:
        write_atomic(args.output, data)
    except OSError as exc:
        return _fail(f"{args.output}: {exc.strerror}")
    print(translate("cli", "{path}: {count} revoked key(s), signed by {name} ({short})").format(
        path=args.output, count=len(revoked), name=trusted["name"], short=short(signer.fingerprint)))
    return 0


def _trusted_fingerprint(store, key: str) -> str:
    """The trusted key a name (any case) or a fingerprint (or its first 8+ hex digits) names."""
    rows = store.trusted_signers()
    folded = key.strip().casefold().replace(" ", "").replace(":", "")
    hits = [r for r in rows if r["name"].casefold() == key.strip().casefold()]
    if not hits and len(folded) >= 8:
        hits = [r for r in rows if r["fingerprint"].startswith(folded)]
    if len(hits) != 1:
        names = ", ".join(r["name"] for r in rows) or translate("cli", "none")
        said = (translate("cli", "{key!r} names no trusted key in {store} (trusted: {names})") if not hits else
                translate("cli", "{key!r} names more than one trusted key in {store} (trusted: {names})"))
        raise UserError(said.format(key=key, store=store.path, names=names))
    return hits[0]["fingerprint"]


def run_list(args) -> int:
    from desktop.core.store import default_store_path
    from desktop.core.trust.signers import local_fingerprint, local_signers, short

    names = local_signers()
    print(translate("cli", "signers on this computer:")
          + ("" if names else " " + translate("cli", "none (clearance signer create NAME)")))
    for name in names:
        fp = local_fingerprint(name)
        print(f"  {name:<20} " + (f"{short(fp)}  {fp}" if fp else translate("cli", "(fingerprint: clearance signer "
                                                                                   "export NAME)")))
    if args.store is None and not default_store_path().exists():
        print(translate("cli", "trusted in {store}: none (no store yet)").format(store=default_store_path()))
        return 0
    with open_store(args, read_only=True) as store:  # a mistyped --store is an error, never a new store
        rows = store.trusted_signers()
        print(translate("cli", "trusted in {store}:").format(store=store.path)
              + ("" if rows else " " + translate("cli", "none")))
        revoked = {r["fingerprint"]: r for r in store.revoked_signers()}
        for r in rows:
            gone = revoked.get(r["fingerprint"])
            print(f"  {r['name']:<20} {short(r['fingerprint'])}  {r['fingerprint']}"
                  + (translate("cli", "  revoked {day}").format(day=gone["revoked_at"][:10]) if gone else ""))
    return 0


@subcommand
def _register_signoff(sub) -> None:
    p = sub.add_parser("signoff", help=translate("cli", "add a sign-off to a batch (e.g. the approval under four eyes)"))
    store_arg(p)
    p.add_argument("batch")
    p.add_argument("--meaning", choices=("reviewed", "approved"), required=True)
    p.add_argument("--signer", required=True, metavar="NAME")
    p.add_argument("--to", type=Path, metavar="DIR", help=translate("cli", "then write the batch to this new or empty folder"))
    p.set_defaults(func=run_signoff)


def run_signoff(args) -> int:
    from desktop.core.export.batch import ExportError
    from desktop.core.export.publish import sign_and_write
    from desktop.core.export.signoff import SignoffError
    from desktop.core.trust.signers import SignerError

    with open_store(args) as store:
        try:
            signer = open_signer(args.signer)
            record = sign_and_write(store, args.batch, signer, args.meaning, args.to)
        except (ExportError, SignoffError, SignerError) as exc:
            return _fail(str(exc))
    report_signoff(record, args.to)
    return 0


def report_signoff(record: dict, folder: Path | None) -> None:
    from desktop.core.trust.signers import short

    if record.get("newly_trusted"):
        print(translate("cli", "note: the store trusted no signer yet; {name}'s key is now trusted (audited)").format(
            name=record["signer"]))
    print(translate("cli", "batch {batch}: signed off as {meaning} by {signer} (key {short})").format(
        batch=record["batch"], meaning=record["meaning"], signer=record["signer"], short=short(record["fingerprint"])))
    if folder is not None and record.get("pending"):
        print(translate("cli", "not written to {folder}: {reason}").format(folder=folder, reason=record["pending"]))
    elif folder is not None:
        print(translate("cli", "written to {folder} and verified").format(folder=folder))


@subcommand
def _register_settings(sub) -> None:
    from desktop.core.settings import command_names

    p = sub.add_parser("settings", help=translate("cli", "show or change a store's settings (changes are audited)"))
    ssub = p.add_subparsers(dest="settings_command", metavar="ACTION", required=True)
    s = ssub.add_parser("set", help=translate("cli", "change a setting: {names}").format(names=", ".join(command_names())))
    store_arg(s)
    s.add_argument("name", choices=command_names())
    s.add_argument("value")
    s.set_defaults(func=run_settings_set)
    g = ssub.add_parser("show", help=translate("cli", "every setting of the store: its value, its default and what it may be"))
    store_arg(g)
    g.set_defaults(func=run_settings_show)


def run_settings_set(args) -> int:
    """Validated by the settings registry (a bad value: one line, exit 2), written through the store's
    audited path."""
    from desktop.core import settings

    try:
        setting = settings.by_name(args.name)
        if not setting.command:
            return _fail(translate("cli", "{name} is not changed here ({who})").format(
                name=args.name, who=core_word(setting.changed_by)))
        value = setting.parse(args.value)
    except settings.SettingError as exc:
        return _fail(str(exc))
    with open_store(args) as store:
        settings.set(store, setting, value)
    print(f"{args.name}: {_shown(setting.word(value))}")
    return 0


def _shown(word: str) -> str:
    """A setting's value as `settings set` takes it back (`generalise`, `on`), or a note such as
    "(not set)" in the user's language."""
    return core_word(word) if word.startswith("(") else word


def run_settings_show(args) -> int:
    """Every setting of the registry: `NAME: VALUE  (default D; ALLOWED)`, then the per-document ones
    counted."""
    from desktop.core import settings

    with open_store(args, read_only=True) as store:  # a mistyped --store is an error, never a new store
        for s in settings.SETTINGS:
            note = "" if s.command else f"; {core_word(s.changed_by)}"
            print(translate("cli", "{name}: {value}  (default {default}; {allowed})").format(
                name=s.name, value=_shown(s.word(settings.get(store, s))), default=_shown(s.word(s.default)),
                allowed=core_word(s.allowed()) + note))
        for s in settings.FAMILIES:
            print(translate("cli", "{name}: {count} stored  ({help})").format(name=s.name, count=settings.count(store, s),
                                                                              help=core_word(s.help)))
    return 0
