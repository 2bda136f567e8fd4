"""Key bindings as data: the default keymap file, user overrides, canonical key names and checks."""

from __future__ import annotations

import sys
import tomllib
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from desktop.core.review.command_registry import MODES, REGISTRY, load_command_modules

_MODIFIERS = ("Ctrl", "Alt", "Shift", "Meta")
_NAMED = {
    "enter": "Enter", "return": "Enter", "esc": "Esc", "escape": "Esc", "left": "Left",
    "right": "Right", "up": "Up", "down": "Down", "pgup": "PgUp", "pageup": "PgUp",
    "pgdown": "PgDown", "pagedown": "PgDown", "home": "Home", "end": "End", "space": "Space",
    "tab": "Tab", "backspace": "Backspace", "delete": "Delete", "del": "Delete",
    **{f"f{i}": f"F{i}" for i in range(1, 13)},
}
# Chords the platform or every text field already means something by; binding them would surprise.
PLATFORM_KEYS = frozenset(f"Ctrl+{k}" for k in "ACVXQWSOPFNTZ" if k != "Z") | {"Alt+F4", "Ctrl+Shift+Q"}
# ... unless bound to the very command the platform means by them.
PLATFORM_MEANINGS = {"Ctrl+O": "file-open", "Ctrl+Q": "quit"}


class KeymapError(ValueError):
    """A keymap that cannot be used; the message is one line."""


def default_keymap_path() -> Path:
    base = Path(getattr(sys, "_MEIPASS", Path(__file__).resolve().parents[3]))
    return base / "resources" / "keymap.toml"


def user_keymap_path() -> Path:
    return Path(platformdirs.user_config_dir("Clearance", appauthor=False)) / "keymap.toml"


def normalize_chord(text: str) -> str:
    """`ctrl+shift+z` -> `Ctrl+Shift+Z`, `Shift+a` -> `A`, `return` -> `Enter`."""
    if text in ("+", "-"):
        return text
    if text.endswith("+"):  # "Ctrl++": the key is the plus sign itself
        *mods, key = [*text[:-2].split("+"), "+"]
    else:
        *mods, key = text.split("+")
    canon_mods = []
    for m in mods:
        match = next((c for c in _MODIFIERS if c.lower() == m.strip().lower()), None)
        if match is None:
            raise KeymapError(f"unknown modifier {m!r} in key {text!r}")
        canon_mods.append(match)
    if not key:
        raise KeymapError(f"empty key in {text!r}")
    if len(key) == 1:
        if canon_mods == ["Shift"] and key.isalpha():
            return key.upper()  # Shift+a is typed as A
        if canon_mods:
            key = key.upper()
    else:
        named = _NAMED.get(key.lower())
        if named is None:
            raise KeymapError(f"unknown key name {key!r} in {text!r}")
        key = named
    ordered = [m for m in _MODIFIERS if m in canon_mods]
    return "+".join([*ordered, key])


def normalize_key(text: str) -> str:
    """A key or a sequence of keys separated by spaces, each chord in canonical form."""
    chords = text.split()
    if not chords:
        raise KeymapError("empty key")
    return " ".join(normalize_chord(c) for c in chords)


@dataclass(frozen=True)
class Keymap:
    """mode -> key sequence -> command id."""

    bindings: dict[str, dict[str, str]]

    def command_for(self, mode: str, key: str) -> str | None:
        return self.bindings.get(mode, {}).get(key)

    def is_prefix(self, mode: str, keys: str) -> bool:
        """True if `keys` starts a longer bound sequence (so the dispatcher waits for more)."""
        return any(k.startswith(keys + " ") for k in self.bindings.get(mode, {}))

    def keys_for(self, command_id: str, mode: str | None = None) -> list[str]:
        modes = [mode] if mode else list(self.bindings)
        return [k for m in modes for k, c in self.bindings.get(m, {}).items() if c == command_id]


def parse_keymap(raw: dict) -> dict[str, dict[str, list[str]]]:
    """Turn TOML data into mode -> command -> canonical keys, refusing unknown modes and commands."""
    load_command_modules()
    out: dict[str, dict[str, list[str]]] = {}
    for mode, table in raw.items():
        if mode not in MODES:
            raise KeymapError(f"unknown mode [{mode}] (known: {', '.join(MODES)})")
        if not isinstance(table, dict):
            raise KeymapError(f"[{mode}] must be a table of command = keys")
        for cid, keys in table.items():
            if cid not in REGISTRY:
                raise KeymapError(f"[{mode}] {cid}: no such command")
            if mode not in REGISTRY[cid].modes:
                raise KeymapError(f"[{mode}] {cid}: the command does not work in this mode")
            keys = [keys] if isinstance(keys, str) else keys
            if not isinstance(keys, list) or not all(isinstance(k, str) for k in keys):
                raise KeymapError(f"[{mode}] {cid}: keys must be a string or a list of strings")
            out.setdefault(mode, {})[cid] = [normalize_key(k) for k in keys]
    return out


def conflicts(by_command: dict[str, dict[str, list[str]]]) -> list[str]:
    """Keys bound twice in one mode, or bound both alone and as the start of a sequence."""
    problems = []
    for mode, table in by_command.items():
        seen: dict[str, str] = {}
        for cid, keys in table.items():
            for key in keys:
                if key in seen:
                    problems.append(f"[{mode}] {key} is bound to both {seen[key]} and {cid}")
                seen[key] = cid
        for key in seen:
            for other in seen:
                if other.startswith(key + " "):
                    problems.append(f"[{mode}] {key} ({seen[key]}) hides the sequence {other} ({seen[other]})")
    return problems


def merge(defaults: dict[str, dict[str, list[str]]], user: dict[str, dict[str, list[str]]]):
    """User keys replace a command's defaults, and take their keys away from other commands."""
    merged = {mode: {cid: list(keys) for cid, keys in table.items()} for mode, table in defaults.items()}
    for mode, table in user.items():
        taken = {k for keys in table.values() for k in keys}
        mode_table = merged.setdefault(mode, {})
        for cid in mode_table:
            mode_table[cid] = [k for k in mode_table[cid] if k not in taken]
        mode_table.update({cid: list(keys) for cid, keys in table.items()})
    return merged


def _read(path: Path) -> dict:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise KeymapError(f"{path}: not valid TOML ({exc})") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise KeymapError(f"{path}: cannot be read ({exc})") from exc


def to_keymap(by_command: dict[str, dict[str, list[str]]]) -> Keymap:
    return Keymap({mode: {k: cid for cid, keys in table.items() for k in keys}
                   for mode, table in by_command.items()})


def default_keymap() -> Keymap:
    """The keymap as shipped, without the user's overrides."""
    return to_keymap(parse_keymap(_read(default_keymap_path())))


def load_keymap(user_path: Path | None = None) -> tuple[Keymap, str | None]:
    """The default keymap with the user's overrides; a bad user file is ignored with a message.

    Every command it binds must be registered, the window's own too (the window registers them).
    """
    defaults = parse_keymap(_read(default_keymap_path()))
    path = user_path or user_keymap_path()
    if not path.exists():
        return to_keymap(defaults), None
    try:
        merged = merge(defaults, parse_keymap(_read(path)))
        problems = conflicts(merged)
        if problems:
            raise KeymapError(f"{path}: {problems[0]}")
    except KeymapError as exc:
        message = str(exc) if str(path) in str(exc) else f"{path}: {exc}"
        return to_keymap(defaults), f"{message}; using the default keys"
    return to_keymap(merged), None


@dataclass(frozen=True)
class KeyRow:
    mode: str
    category: str
    command: str
    keys: tuple[str, ...]
    help: str


def key_rows(keymap: Keymap) -> list[KeyRow]:
    """Every command of every mode with its keys: what the cheat sheet and the README show."""
    from desktop.core.review.command_registry import all_commands

    rows = []
    for mode in MODES:
        for c in all_commands():
            if mode in c.modes:
                rows.append(KeyRow(mode, c.category, c.id, tuple(keymap.keys_for(c.id, mode)), c.help))
    return rows


def markdown_table(keymap: Keymap) -> str:
    lines = ["| Mode | Keys | Command | What it does |", "|---|---|---|---|"]
    for r in key_rows(keymap):
        if r.keys:
            keys = ", ".join(f"`{k}`" for k in r.keys)
            lines.append(f"| {r.mode} | {keys} | {r.command} | {r.help} |")
    return "\n".join(lines)
