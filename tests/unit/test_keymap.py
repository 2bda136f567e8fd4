"""The keymap is data: every entry names a real command, no key is bound twice, overrides work."""

from __future__ import annotations

import pytest

from desktop.core.review.command_registry import MODES, REGISTRY, all_commands, command
from desktop.core.review.keymap import (
    PLATFORM_KEYS,
    PLATFORM_MEANINGS,
    KeymapError,
    _read,
    conflicts,
    default_keymap_path,
    load_keymap,
    normalize_key,
    parse_keymap,
    user_keymap_path,
)
from desktop.ui.commands import register_window_commands


@pytest.fixture(autouse=True)
def _window_commands():
    """The default keymap binds the window's commands too; they are declared without Qt."""
    register_window_commands()


@pytest.fixture
def defaults():
    return parse_keymap(_read(default_keymap_path()))


def test_every_entry_names_a_command_usable_in_its_mode(defaults):
    for mode, table in defaults.items():
        assert mode in MODES
        for cid in table:
            assert cid in REGISTRY and mode in REGISTRY[cid].modes


def test_every_command_has_help_text():
    missing = [c.id for c in all_commands() if not c.help]
    assert missing == []


def test_every_review_command_can_be_reached_from_the_keyboard_or_menu(defaults):
    bound = {cid for table in defaults.values() for cid, keys in table.items() if keys}
    unreachable = [c.id for c in all_commands() if c.id not in bound and not c.menu]
    assert unreachable == []


def test_no_key_is_bound_twice_in_one_mode(defaults):
    assert conflicts(defaults) == []


def test_no_default_key_clashes_with_a_platform_shortcut(defaults):
    clashes = {(k, cid) for table in defaults.values() for cid, keys in table.items() for k in keys
               if k in PLATFORM_KEYS and PLATFORM_MEANINGS.get(k) != cid}
    assert clashes == set()


def test_the_conflict_check_finds_duplicates_and_hidden_sequences():
    found = conflicts({"review": {"undo": ["u", "g"], "redo": ["U", "u"], "find": ["g x"]}})
    assert len(found) == 2 and "u is bound to both undo and redo" in found[0] and "hides" in found[1]


@pytest.mark.parametrize("written, canonical", [
    ("a", "a"), ("A", "A"), ("Shift+a", "A"), ("ctrl+shift+z", "Ctrl+Shift+Z"), ("shift+ctrl+z", "Ctrl+Shift+Z"),
    ("return", "Enter"), ("escape", "Esc"), ("g  a", "g a"), ("+", "+"), ("Ctrl++", "Ctrl++"), ("pagedown", "PgDown"),
    ("shift+left", "Shift+Left"), ("?", "?"),
])
def test_keys_are_normalised(written, canonical):
    assert normalize_key(written) == canonical


@pytest.mark.parametrize("bad", ["Hyper+a", "Ctrl+Nope", "", "  "])
def test_bad_keys_are_refused(bad):
    with pytest.raises(KeymapError):
        normalize_key(bad)


def test_user_override_rebinds_and_takes_the_key_from_other_commands():
    path = user_keymap_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text('[review]\nfinding-accept = ["y"]\nfinding-next = ["Down", "j"]\n', encoding="utf-8")
    keymap, message = load_keymap()
    assert message is None
    assert keymap.command_for("review", "y") == "finding-accept"
    assert keymap.command_for("review", "a") is None  # the default key of a rebound command is gone
    assert keymap.command_for("review", "Down") == "finding-next"  # taken from box-move-down
    assert "Down" not in keymap.keys_for("box-move-down")
    assert keymap.command_for("review", "r") == "finding-reject"  # untouched commands keep their keys


@pytest.mark.parametrize("content, reason", [
    ("[review\nfinding-accept = 'y'", "not valid TOML"),
    ("[review]\nno-such-command = 'y'", "no such command"),
    ("[nomode]\nfinding-accept = 'y'", "unknown mode"),
    ("[review]\nfinding-accept = 'Hyper+y'", "unknown modifier"),
    ("[review]\nfinding-accept = 3", "keys must be"),
    ("[review]\nfinding-accept = 'g'", "hides the sequence"),
])
def test_a_bad_override_file_gives_one_clear_line_and_falls_back(content, reason):
    path = user_keymap_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(content, encoding="utf-8")
    keymap, message = load_keymap()
    assert reason in message and str(path) in message and "\n" not in message.strip()
    assert keymap.command_for("review", "a") == "finding-accept"


def test_another_module_can_register_a_command_and_bind_it():
    @command("test-extension-command", category="Batch")
    def extension(ctx):
        """Do something an extension does."""
        return "ran"

    try:
        assert parse_keymap({"review": {"test-extension-command": "F9"}}) == {
            "review": {"test-extension-command": ["F9"]}}
        assert REGISTRY["test-extension-command"](None) == "ran"
        with pytest.raises(ValueError, match="already registered"):
            command("test-extension-command")(lambda ctx: None)
    finally:
        del REGISTRY["test-extension-command"]
