"""The layers picture (docs/layers.svg) and its text in docs/ARCHITECTURE.md are what tools/layers.py
makes of pyproject.toml's layers contract and the imports the code makes now (`make docs` writes them)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def load_tool():
    spec = importlib.util.spec_from_file_location("layers_tool", ROOT / "tools" / "layers.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_committed_picture_and_text_are_what_the_tool_makes_now():
    tool = load_tool()
    picture, document = tool.render()
    assert (ROOT / "docs" / "layers.svg").read_text() == picture, "run `make docs`"
    assert (ROOT / "docs" / "ARCHITECTURE.md").read_text() == document, "run `make docs`"


def test_the_picture_shows_every_layer_and_an_import_the_code_makes():
    tool = load_tool()
    found = tool.contract()
    rows = tool.layers(found)
    assert [m for row in rows for m in row][:2] == ["selftest", "workspace"]
    imports = tool.edges(rows, found.get("ignore_imports", []))
    assert "store" in imports["scan"] and "scan" not in imports["store"]
    assert "store" not in imports["consent"]  # a type-only import the contract ignores is left out
    svg = tool.svg(rows, imports)
    assert all(f">{m}</text>" in svg for row in rows for m in row)
    assert svg.count("<line ") == sum(len(t) for t in imports.values())
