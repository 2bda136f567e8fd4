"""Start the review window: QApplication, style sheet, offline mode, keymap, store."""

from __future__ import annotations

import sys
from pathlib import Path

from desktop import __version__


def style_sheet() -> str:
    base = Path(getattr(sys, "_MEIPASS", Path(__file__).resolve().parents[2]))
    path = base / "resources" / "style.qss"
    return path.read_text(encoding="utf-8") if path.exists() else ""


def make_offline() -> None:
    try:
        from desktop.core.offline import make_offline as offline
    except ModuleNotFoundError:
        return
    offline()


def application():
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Clearance")
    app.setApplicationVersion(__version__)
    app.setStyleSheet(style_sheet())
    return app


def create_window(store, failures=()):
    """The main window over an open store, with the user's keymap (a bad keymap file is reported)."""
    from desktop.core.keymap import load_keymap
    from desktop.ui.main_window import MainWindow

    make_offline()
    keymap, problem = load_keymap()
    return MainWindow(store, keymap, problem, list(failures))


def run(store, failures=()) -> int:
    app = application()
    window = create_window(store, failures)
    window.show()
    return app.exec()
