"""File > Recent files: the PDFs and folders last added, newest first, kept in the user's config
folder (a preference of this account, not data of the store)."""

from __future__ import annotations

import json
from pathlib import Path

import platformdirs
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QListWidget, QListWidgetItem, QVBoxLayout

KEPT = 10


def recent_file() -> Path:
    return Path(platformdirs.user_config_dir("Clearance", appauthor=False)) / "recent.json"


def recent_paths() -> list[Path]:
    """The paths added last that still exist, newest first."""
    try:
        paths = json.loads(recent_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    return [Path(p) for p in paths if isinstance(p, str) and Path(p).exists()][:KEPT]


def remember(paths) -> None:
    """Put `paths` first in the list (a preference: one that cannot be written is simply not kept)."""
    added = [str(Path(p).resolve()) for p in paths]
    kept = added + [str(p) for p in recent_paths() if str(p) not in added]
    try:
        recent_file().parent.mkdir(parents=True, exist_ok=True)
        recent_file().write_text(json.dumps(kept[:KEPT], indent=1), encoding="utf-8")
    except OSError:
        pass


class RecentDialog(QDialog):
    """The recent paths as a list: Up/Down choose, Enter opens, Esc closes."""

    def __init__(self, paths: list[Path], parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Recent files"))
        self.list = QListWidget()
        for path in paths:
            item = QListWidgetItem(("📁 " if path.is_dir() else "") + str(path))
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            self.list.addItem(item)
        self.list.itemActivated.connect(lambda _item: self.accept())
        box = QVBoxLayout(self)
        box.addWidget(QLabel(self.tr("Enter adds the file or folder to the queue again:") if paths
                             else self.tr("No files added yet.")))
        box.addWidget(self.list)
        self.list.setCurrentRow(0)
        self.resize(640, 320)

    def chosen(self) -> Path | None:
        item = self.list.currentItem()
        return Path(item.data(Qt.ItemDataRole.UserRole)) if item else None
