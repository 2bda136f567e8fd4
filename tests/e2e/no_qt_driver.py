"""Run in a subprocess by test_without_qt.py: hide PySide6, import every module of the app that is not
the window, and run every command but `gui` (`risk` too) on a small generated store. One line per step."""

from __future__ import annotations

import contextlib
import importlib
import io
import pkgutil
import sys
from pathlib import Path

HIDDEN = ("PySide6", "shiboken6")


class HideQt:
    """A meta-path finder that makes Qt look uninstalled."""

    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in HIDDEN:
            raise ModuleNotFoundError(f"No module named {name!r} (hidden by the test)", name=name)
        return None


sys.meta_path.insert(0, HideQt())

import desktop  # noqa: E402
from desktop.cli import main  # noqa: E402


def app_modules() -> list[str]:
    """Every module of the app except the window's (desktop.ui.commands is declared without Qt)."""
    names = [m.name for m in pkgutil.walk_packages(desktop.__path__, "desktop.")]
    return [n for n in names if not n.startswith("desktop.ui.") and n != "desktop.__main__"] + ["desktop.ui.commands"]


def run(*argv: str, expect: int = 0) -> str:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(list(argv))
    if code != expect:
        raise SystemExit(f"FAIL {' '.join(argv)}: exit {code}, expected {expect}\n{out.getvalue()}{err.getvalue()}")
    print(f"ok {argv[0]} {argv[1] if len(argv) > 1 and not argv[1].startswith('/') else ''}".rstrip())
    return out.getvalue() + err.getvalue()


def main_steps(work: Path) -> None:
    for name in app_modules():
        importlib.import_module(name)
    assert not any(m.split(".")[0] in HIDDEN for m in sys.modules), "Qt was imported"
    print(f"ok imported {len(app_modules())} modules")

    store = str(work / "demo" / "clearance.sqlite")
    run("demo", str(work / "demo"), "--count", "1", "--seed", "2042")
    from desktop.core.selftest.contract import TRUTH, write_contract

    contract = write_contract(work / "incoming")
    run("scan", str(contract.path), "--store", store, "--workers", "1")
    assert "Helena Marquardt" in run("findings", contract.path.name, "--store", store)
    run("consent", "list", "--store", store)
    party = run("consent", "links", "1", "--store", store, expect=3).splitlines()[0].split("\t")[0]
    assert "proposed" in run("consent", "link", "1", party, "--store", store)

    from desktop.core.store import Store
    from devkit.demo import review_by_truth

    with Store(store) as s:
        review_by_truth(s, 1)
    import os

    os.environ["CLEARANCE_PASSPHRASE"] = "no qt, no problem"
    run("signer", "create", "no-qt-tester")
    run("signer", "export", "no-qt-tester", "-o", str(work / "no-qt-tester.pub"))
    run("signer", "list", "--store", store)
    run("settings", "show", "--store", store)
    run("review", "--store", store, "--reject-all", "2")
    assert '"documents"' in run("residue", store, "--json")
    run("export", "--store", store, "--documents", "1", "--signer", "no-qt-tester", "--to", str(work / "export"))
    run("verify", str(work / "export"), "--trust", str(work / "no-qt-tester.pub"))
    run("verify", store)
    import json

    risk = json.loads(run("risk", store, "--json"))  # the batch just exported, as its manifest records it
    assert risk["scope"].startswith("batch ") and risk["summary"]["documents"] == 1, risk["summary"]
    assert "risk: " in run("risk", store, "--html", str(work / "risk.html"))
    assert "Singling out" in (work / "risk.html").read_text(encoding="utf-8")
    (work / "terms.txt").write_text("\n".join(TRUTH[:6]), encoding="utf-8")
    run("redact", str(contract.path), "-o", str(work / "redacted.pdf"), "--terms", str(work / "terms.txt"))
    run("preview", "1", "--store", store, "-o", str(work / "page.png"))
    table = run("keys", "--defaults")
    assert "| review | `a`, `Enter` | finding-accept |" in table and "consent-panel" in table
    assert "the window cannot start" in run("gui", "--store", store, expect=2)
    assert not any(m.split(".")[0] in HIDDEN for m in sys.modules), "Qt was imported"


if __name__ == "__main__":
    main_steps(Path(sys.argv[1]))
    print("done")
