"""The `clearance` command line: argument parsing only; the work is done in desktop.core."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from desktop import __version__

# Each area registers its subcommands here: a function that adds a parser and sets `func`.
SUBCOMMAND_MODULES = ("desktop.cli_scan", "desktop.cli_review", "desktop.cli_export", "desktop.cli_consent",
                      "desktop.cli_app", "desktop.cli_demo", "desktop.cli_keys", "desktop.cli_trust")
_REGISTRARS: list[Callable[[argparse._SubParsersAction], None]] = []


def subcommand(register: Callable[[argparse._SubParsersAction], None]):
    _REGISTRARS.append(register)
    return register


def store_arg(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--store", type=Path, default=None,
                        help="the store file (default: clearance.sqlite in the user's data directory)")


def open_store(args):
    from desktop.core.store import Store, default_store_path

    return Store(args.store or default_store_path())


def build_parser() -> argparse.ArgumentParser:
    _load_subcommands()
    parser = argparse.ArgumentParser(prog="clearance", description=(
        "Review, redact and sign off contracts before they leave as AI-training data."))
    parser.add_argument("--version", action="version", version=f"clearance {__version__}")
    parser.add_argument("--self-test", action="store_true",
                        help="scan, review, redact, verify and export a generated contract in a temporary store")
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
    from desktop.core.offline import make_offline
    from desktop.core.store import StoreError

    parser = build_parser()
    args = parser.parse_args(argv)
    make_offline()  # before any command can build an analyzer or resolve a domain
    if args.self_test:
        from desktop.core.selftest import self_test
        from desktop.ui.window_check import window_steps

        return self_test(extra=window_steps())
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    try:
        return int(args.func(args) or 0)
    except StoreError as exc:
        print(f"clearance: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("clearance: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    # Run as `python -m desktop.cli`, this file is `__main__`, while the subcommand modules register
    # with `desktop.cli`: run that module's main, which has them.
    from desktop.cli import main as registered_main

    sys.exit(registered_main())
