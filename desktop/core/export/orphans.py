"""Folders an interrupted export left behind, named when Clearance next starts.

An export stages its folder beside the target and renames it into place after the store's commit
(publish.py). A process killed in between leaves the staged `.NAME.*.part` folder; if it died before
the commit, the store holds no trace of the export at all (the transaction that would have recorded
the batch was never committed). So the folders exports write into are remembered outside the store,
before anything is staged: in this account's data folder, the newest first. The window at start and
the export commands look there and name what they find.
"""

from __future__ import annotations

import json
from pathlib import Path

import platformdirs

PARENTS_FILE = "export-folders.json"
KEEP = 20  # folders remembered; an older one is forgotten (its leftovers are named by the next export there)


def _parents_file() -> Path:
    return Path(platformdirs.user_data_dir("Clearance", appauthor=False)) / PARENTS_FILE


def known_parents() -> list[Path]:
    """The folders exports of this account wrote into, newest first ([] if none or unreadable)."""
    try:
        names = json.loads(_parents_file().read_text(encoding="utf-8"))
        return [Path(n) for n in names if isinstance(n, str)] if isinstance(names, list) else []
    except (OSError, ValueError):
        return []


def remember_parent(parent: Path) -> None:
    """Note the folder an export is about to stage into, before it stages: a crash after this leaves a
    folder the next start can name. Best effort: a data folder that cannot be written stops no export."""
    from desktop.core.export.publish import write_atomic

    parent = Path(parent).resolve()
    parents = [parent] + [p for p in known_parents() if p != parent and p.is_dir()]
    try:
        _parents_file().parent.mkdir(parents=True, exist_ok=True)
        write_atomic(_parents_file(), json.dumps([str(p) for p in parents[:KEEP]], indent=1).encode("utf-8"))
    except OSError:
        pass


def orphans(also: list[Path] | None = None, besides: list[Path] | None = None) -> list[Path]:
    """Staged folders no export put in place, in the remembered folders and `also`, leaving out those in
    `besides` (a command that names the leftovers of its own target folder itself)."""
    from desktop.core.export.publish import orphan_folders

    skip = {Path(p).resolve() for p in besides or []}
    parents = dict.fromkeys(p.resolve() for p in [*(also or []), *known_parents()])
    return [folder for parent in parents if parent not in skip for folder in orphan_folders(parent)]
