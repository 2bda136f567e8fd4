"""`clearance gui`: open the review window on a store, adding the PDF files given."""

from __future__ import annotations

import sys
from pathlib import Path

from desktop.cli import open_store, store_arg, subcommand
from desktop.core.runtime.language import core_message, translate


@subcommand
def register(sub) -> None:
    parser = sub.add_parser("gui", help=translate("cli", "open the review window"))
    store_arg(parser)
    parser.add_argument("pdfs", nargs="*", type=Path, metavar="PDF", help=translate("cli", "contracts to add to the queue"))
    parser.set_defaults(func=gui)


def import_files(store, paths: list[Path]) -> list[tuple[str, str]]:
    """Add each file to the store; return (name, reason) of those that cannot be opened."""
    from desktop.core.scan.documents import import_paths

    failures = [(Path(path).name, reason) for path, reason in import_paths(store, paths).failed]
    for _name, reason in failures:
        print(f"clearance: {core_message(reason)}", file=sys.stderr)
    return failures


def gui(args) -> int:
    store = open_store(args)
    failures = import_files(store, args.pdfs)
    try:
        import PySide6.QtWidgets  # noqa: F401 - imported only when a window is wanted

        from desktop.ui.app import run
    except ImportError as exc:
        print("clearance: " + translate("cli", "the window cannot start ({error})").format(error=exc), file=sys.stderr)
        store.close()
        return 2
    try:
        return run(store, failures)
    finally:
        store.close()
