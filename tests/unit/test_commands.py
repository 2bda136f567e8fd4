"""Commands declare their traits; the core registry names no window module; the window registers its own."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from desktop.core.review.command_registry import COMMAND_MODULES, command, get_command
from desktop.ui.commands import register_window_commands

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(("cid", "decides", "repeat", "scope"), [
    ("finding-accept", True, False, "document"),
    ("queue-reject-all", True, False, "queue"),
    ("undo", True, False, "document"),
    ("type-person", True, False, "document"),
    ("select-word-next", False, False, "document"),
    ("find-redact-all", True, False, "document"),
    ("box-move-left", False, True, "document"),  # an adjustment: held down, the box keeps moving
    ("finding-next", False, True, "document"),
    ("zoom-in", False, True, "document"),
    ("consent-withdraw", False, True, "queue"),
    ("export-batch", False, False, "queue"),  # an export changes the status of every exported document
    ("quit", False, False, "document"),
])
def test_commands_declare_what_they_do(cid, decides, repeat, scope):
    register_window_commands()
    c = get_command(cid)
    assert (c.decides, c.repeat, c.scope) == (decides, repeat, scope)


def test_an_unknown_scope_is_refused():
    with pytest.raises(ValueError, match="unknown scope"):
        command("test-bad-scope", scope="galaxy")(lambda ctx: None)


def test_the_core_registry_names_no_window_module_and_the_window_registers_its_own():
    assert not [m for m in COMMAND_MODULES if not m.startswith("desktop.core.")]
    code = ("from desktop.core.review.command_registry import REGISTRY, all_commands\n"
            "ids = {c.id for c in all_commands()}\n"
            "assert 'finding-accept' in ids and 'consent-panel' not in ids, ids\n"
            "from desktop.ui.commands import register_window_commands\n"
            "register_window_commands()\n"
            "assert 'consent-panel' in REGISTRY\n"
            "import sys; assert 'PySide6' not in sys.modules\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stderr


def test_no_core_module_names_a_window_module():
    core = ROOT / "desktop" / "core"
    naming = [str(p.relative_to(ROOT)) for p in core.rglob("*.py") if "desktop.ui" in p.read_text(encoding="utf-8")]
    assert naming == []
