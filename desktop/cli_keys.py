"""`clearance keys`: every command with its keys, as a Markdown table (the README's table is this one)."""

from __future__ import annotations

import sys

from desktop.cli import subcommand
from desktop.core.runtime.language import core_message, translate


@subcommand
def register(sub) -> None:
    p = sub.add_parser("keys", help=translate("cli", "print every command of the review window with its keys (Markdown table)"))
    p.add_argument("--defaults", action="store_true", help=translate("cli", "the keys as shipped, without your keymap.toml"))
    p.set_defaults(func=run)


def keys_table(defaults: bool = False) -> tuple[str, str | None]:
    """The keymap table from the command registry and the keymap data, and a one-line problem with
    the user's keymap file if it was ignored. README.md holds the table of `defaults=True`."""
    from desktop.core.review.keymap import default_keymap, load_keymap, markdown_table
    from desktop.ui.commands import register_window_commands  # declared without Qt

    register_window_commands()
    keymap, problem = (default_keymap(), None) if defaults else load_keymap()
    return markdown_table(keymap), problem


def run(args) -> int:
    from desktop.core.review.keymap import KeymapError

    try:
        table, problem = keys_table(args.defaults)
    except KeymapError as exc:
        print(f"clearance: {core_message(str(exc))}", file=sys.stderr)
        return 2
    if problem:
        print(f"clearance: {core_message(problem)}", file=sys.stderr)
    print(table)
    return 0
