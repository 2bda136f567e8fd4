"""The `clearance` command line: argument parsing only; the work is done in desktop.core."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from pathlib import Path

from desktop import __version__
from desktop.cli_errors import (  # noqa: F401  (UserError is raised by the command modules)
    EXIT_BROKEN_PIPE,
    EXIT_INTERRUPTED,
    EXIT_USAGE,
    UserError,
    error_exit,
    one_line,
    termination_as_interrupt,
)
from desktop.core.runtime.language import translate

# Each area registers its subcommands here: a function that adds a parser and sets `func`.
SUBCOMMAND_MODULES = ("desktop.cli_scan", "desktop.cli_review", "desktop.cli_export", "desktop.cli_consent",
                      "desktop.cli_app", "desktop.cli_demo", "desktop.cli_keys", "desktop.cli_trust",
                      "desktop.cli_residue", "desktop.cli_risk", "desktop.cli_qa",
                      "desktop.cli_consistency", "desktop.cli_batch", "desktop.cli_approval")
_REGISTRARS: list[Callable[[argparse._SubParsersAction], None]] = []


def subcommand(register: Callable[[argparse._SubParsersAction], None]):
    _REGISTRARS.append(register)
    return register


def store_arg(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--store", type=Path, default=None,
                        help=translate("cli", "the store file (default: clearance.sqlite in the user's data directory)"))


def open_store(args, create: bool = True, read_only: bool = False):
    """The store of `--store` (or the default). A command that needs data passes create=False and
    one that only reads passes read_only=True (no byte written, read-only media included): a
    mistyped path is then an error, never a new empty store."""
    from desktop.core.store import Store, default_store_path

    path = args.store or default_store_path()
    if (read_only or not create) and not Path(path).exists():
        raise UserError(translate("cli", "{path}: no such store (check --store; `clearance scan` or `consent import` "
                                      "creates one)").format(path=path))
    return Store(path, read_only=read_only)


class OneLineParser(argparse.ArgumentParser):
    """A mistyped command gets one line that says what is wrong and where the help is, not the
    usage block (subcommand parsers are made of the same class)."""

    def error(self, message: str):
        self.exit(EXIT_USAGE, translate("cli", "{prog}: {message} (see `{prog} --help`)").format(
            prog=self.prog, message=message) + "\n")


def _argparse_words() -> None:
    """argparse's own words (the help's headings, its one-line complaints) in the user's language: the
    module looks its `_` up at every call, so replacing it here reaches every parser."""
    words = {
        "usage: ": translate("cli", "usage: "),
        "positional arguments": translate("cli", "positional arguments"),
        "options": translate("cli", "options"),
        "show this help message and exit": translate("cli", "show this help message and exit"),
        "show program's version number and exit": translate("cli", "show program's version number and exit"),
        "argument %(argument_name)s: %(message)s": translate("cli", "argument %(argument_name)s: %(message)s"),
        "unrecognized arguments: %s": translate("cli", "unrecognized arguments: %s"),
        "not allowed with argument %s": translate("cli", "not allowed with argument %s"),
        "the following arguments are required: %s": translate("cli", "the following arguments are required: %s"),
        "one of the arguments %s is required": translate("cli", "one of the arguments %s is required"),
        "expected one argument": translate("cli", "expected one argument"),
        "expected at most one argument": translate("cli", "expected at most one argument"),
        "expected at least one argument": translate("cli", "expected at least one argument"),
        "ambiguous option: %(option)s could match %(matches)s":
            translate("cli", "ambiguous option: %(option)s could match %(matches)s"),
        "invalid %(type)s value: %(value)r": translate("cli", "invalid %(type)s value: %(value)r"),
        "invalid choice: %(value)r (choose from %(choices)s)":
            translate("cli", "invalid choice: %(value)r (choose from %(choices)s)"),
    }
    argparse._ = lambda text: words.get(text, text)


def build_parser() -> argparse.ArgumentParser:
    _argparse_words()
    _load_subcommands()
    parser = OneLineParser(prog="clearance", description=translate(
        "cli", "Review, redact and sign off contracts before they leave as AI-training data."))
    parser.add_argument("--version", action="version", version=f"clearance {__version__}",
                        help=translate("cli", "show program's version number and exit"))
    parser.add_argument("--debug", action="store_true",
                        help=translate("cli", "show the traceback of an error (also CLEARANCE_DEBUG=1; before or after "
                                             "the command)"))
    parser.add_argument("--self-test", action="store_true",
                        help=translate("cli", "scan, review, redact, verify and export a generated contract in a "
                                             "temporary store"))
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for register in _REGISTRARS:
        register(sub)
    return parser


def _load_subcommands() -> None:
    """Import the modules whose decorated functions register subcommands."""
    import importlib

    for name in SUBCOMMAND_MODULES:
        importlib.import_module(name)


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    debug = "--debug" in argv or os.environ.get("CLEARANCE_DEBUG") == "1"
    argv = [a for a in argv if a != "--debug"]  # accepted before or after the command
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        # The window handles its own shutdown; a Python exception raised inside Qt's event loop would not.
        with termination_as_interrupt(enabled=args.command != "gui"):
            return _run(parser, args)
    except Exception as exc:
        if debug:
            raise
        code, message = error_exit(exc)
    except KeyboardInterrupt:
        code, message = EXIT_INTERRUPTED, translate("cli", "interrupted; what was finished is stored, run the command "
                                                    "again to go on")
    if code == EXIT_BROKEN_PIPE:
        _silence_stdout()
    elif message:
        print(f"clearance: {message}", file=sys.stderr)
    return code


def _run(parser: argparse.ArgumentParser, args) -> int:
    from desktop.core.runtime.offline import make_offline

    make_offline()  # before any command can build an analyzer or resolve a domain
    if args.self_test:
        from desktop.core.selftest import self_test
        from desktop.ui.window_check import window_steps

        return self_test(extra=window_steps())
    if not getattr(args, "func", None):
        parser.print_help()
        return EXIT_USAGE
    if args.command in NAMES_ORPHANS:
        _name_orphans(args)
    code = int(args.func(args) or 0)
    sys.stdout.flush()  # a closed pipe shows here, inside the error path, not at interpreter exit
    return code


# Where a user starts export work next: each names the folders an export staged and never put in place.
NAMES_ORPHANS = ("gui", "export", "signoff", "approval", "verify")


def _name_orphans(args) -> None:
    """One note per folder a killed export left in the folders exports wrote into (`export --to` names
    those beside its own target itself)."""
    from desktop.core.export.orphans import orphans

    own = [Path(args.to).resolve().parent] if args.command == "export" and getattr(args, "to", None) else []
    for folder in orphans(besides=own):
        print(one_line(translate("cli", "note: {folder} was staged by an export that never finished; "
                                        "its batch is not published (delete the folder)").format(folder=folder)),
              file=sys.stderr)


def _silence_stdout() -> None:
    """The reader of our output went away (`clearance scan ... | head -1`): point stdout at /dev/null
    so the interpreter's final flush does not raise again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


if __name__ == "__main__":
    # Run as `python -m desktop.cli`, this file is `__main__`, while the subcommand modules register
    # with `desktop.cli`: run that module's main, which has them.
    from desktop.cli import main as registered_main

    sys.exit(registered_main())
