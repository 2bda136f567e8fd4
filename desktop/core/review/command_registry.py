"""Command registry: commands are plain decorated functions; menus, keys and help come from it.

A command takes one argument, the `Context` (store, review session, and the window as `ui`), and
its docstring's first line is its help text. It declares what it does to the review, so that the
window never guesses from names or categories:

    from desktop.core.review.command_registry import command

    @command("finding-accept", category="Decide", decides=True, repeat=False)
    def finding_accept(ctx):
        '''Confirm the redaction of the current finding and go to the next.'''
        ...

The core's command modules are listed in `COMMAND_MODULES`; the window registers its own commands
when it is built, so this registry names no window module. Keys are bound in
`resources/keymap.toml` (data, per mode), never in code.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

# Modes a key can be bound in: the normal review mode, keyboard word selection, the
# one-key entity type chooser that `t` opens, and the residue list that `g i` opens.
MODES = ("review", "select", "type", "residue", "qa")

# Where a command's changes reach: the open document, or every document of the queue (badges,
# counts and consent of all of them must be judged again).
SCOPES = ("document", "queue")

# The core's modules whose import registers commands.
COMMAND_MODULES: tuple[str, ...] = ("desktop.core.review.commands", "desktop.core.review.residue_commands",
                                    "desktop.core.review.quasi_commands")

_ID = re.compile(r"^[a-z][a-z0-9]*(-[a-z0-9]+)*$")


@dataclass
class Context:
    """What a command acts on; `session` and `ui` are None where there is none (headless)."""

    store: Any = None
    session: Any = None  # desktop.core.review.ReviewSession of the open document
    ui: Any = None  # the window; what commands may ask of it is listed in desktop.core.review.commands

    def require_session(self) -> Any:
        """The open document's review session; a command that needs one says so in one line."""
        if self.session is None:
            raise CommandError("open a document first")
        return self.session


@dataclass(frozen=True)
class Command:
    id: str
    func: Callable[[Context], Any]
    category: str
    modes: tuple[str, ...]
    menu: bool  # listed in the menu bar (mode-switch helpers like `select-cancel` are not)
    decides: bool = False  # decides or adds findings: counts, the findings table and the queue change
    repeat: bool = True  # a key held down runs it again; never for a decision
    scope: str = "document"  # how far its changes reach: "document" or "queue"

    @property
    def help(self) -> str:
        doc = (self.func.__doc__ or "").strip()
        return doc.splitlines()[0].strip() if doc else ""

    def __call__(self, ctx: Context) -> Any:
        return self.func(ctx)


REGISTRY: dict[str, Command] = {}


class CommandError(Exception):
    """A command that cannot run now; the message is one line for the status bar."""


def command(command_id: str | None = None, *, category: str = "General",
            modes: tuple[str, ...] = ("review",), menu: bool = True, decides: bool = False,
            repeat: bool = True, scope: str = "document"):
    """Register the decorated function as a command; the id defaults to its name in kebab-case."""

    def register(func: Callable[[Context], Any]) -> Callable[[Context], Any]:
        cid = command_id or func.__name__.replace("_", "-")
        if not _ID.match(cid):
            raise ValueError(f"command id {cid!r} is not kebab-case")
        unknown = set(modes) - set(MODES)
        if unknown:
            raise ValueError(f"command {cid}: unknown modes {sorted(unknown)}")
        if scope not in SCOPES:
            raise ValueError(f"command {cid}: unknown scope {scope!r} (known: {', '.join(SCOPES)})")
        old = REGISTRY.get(cid)
        if old and (old.func.__module__, old.func.__qualname__) != (func.__module__, func.__qualname__):
            raise ValueError(f"command {cid} is already registered by {old.func.__module__}")
        REGISTRY[cid] = Command(cid, func, category, tuple(modes), menu, decides, repeat, scope)
        return func

    return register


_loaded: set[str] = set()


def load_command_modules() -> None:
    for name in COMMAND_MODULES:
        if name in _loaded:
            continue
        importlib.import_module(name)
        _loaded.add(name)


def all_commands() -> list[Command]:
    """Every registered command, by category then id."""
    load_command_modules()
    return sorted(REGISTRY.values(), key=lambda c: (c.category, c.id))


def get_command(command_id: str) -> Command:
    load_command_modules()
    try:
        return REGISTRY[command_id]
    except KeyError:
        raise CommandError(f"no command {command_id!r}") from None


def run_command(command_id: str, ctx: Context) -> Any:
    return get_command(command_id)(ctx)
