"""Layer rules that import-linter cannot express simply: only the store speaks SQL."""

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "desktop"
SQL_MODULES = {"sqlite3", "sqlite_utils"}


def _imported_roots(path: Path) -> set[str]:
    roots = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            roots |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            roots.add(node.module.split(".")[0])
    return roots


def test_only_the_store_imports_sqlite():
    offenders = [
        str(path.relative_to(PACKAGE.parent))
        for path in PACKAGE.rglob("*.py")
        if "store" not in path.relative_to(PACKAGE).parts and _imported_roots(path) & SQL_MODULES
    ]
    assert offenders == []


def test_the_rule_sees_a_violation(tmp_path):
    bad = tmp_path / "bad.py"
    bad.write_text("import sqlite3\nfrom sqlite_utils import Database\n")
    assert _imported_roots(bad) & SQL_MODULES == {"sqlite3", "sqlite_utils"}
