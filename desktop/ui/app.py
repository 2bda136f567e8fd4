"""Start the review window: QApplication, style sheet, offline mode, keymap, store."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from desktop import __version__


def style_sheet() -> str:
    base = Path(getattr(sys, "_MEIPASS", Path(__file__).resolve().parents[2]))
    path = base / "resources" / "style.qss"
    return path.read_text(encoding="utf-8") if path.exists() else ""


# Colours of the tables and lists, given as a palette: a style-sheet rule on item views makes
# Qt paint every cell through the style-sheet engine, which doubled the cost of a key press.
PALETTE = {"Base": "#ffffff", "Window": "#f8f9fa", "Highlight": "#fff3bf", "HighlightedText": "#212529",
           "Button": "#f1f3f5"}


def application():
    from PySide6.QtGui import QColor, QPalette
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Clearance")
    app.setApplicationVersion(__version__)
    palette = app.palette()
    for role, colour in PALETTE.items():
        palette.setColor(getattr(QPalette.ColorRole, role), QColor(colour))
    app.setPalette(palette)
    app.setStyleSheet(style_sheet())
    return app


def create_window(store, failures=()):
    """The main window over an open store or its desktop.core.workspace.Workspace, with the user's
    keymap (a bad keymap file is reported)."""
    from desktop.core.review.keymap import load_keymap
    from desktop.core.runtime.offline import make_offline
    from desktop.core.workspace import Workspace
    from desktop.ui.commands import register_window_commands
    from desktop.ui.i18n import install_language, window_language
    from desktop.ui.main_window import MainWindow

    make_offline()
    install_language(window_language(Workspace.of(store).store))  # before any widget says a word
    register_window_commands()  # the keymap binds them too
    keymap, problem = load_keymap()
    return MainWindow(store, keymap, problem, list(failures))


EXIT_AFTER_SHOW = "CLEARANCE_EXIT_AFTER_SHOW"  # bench/package.py: print when shown, then quit


def run(store, failures=()) -> int:
    app = application()
    window = create_window(store, failures)
    window.show()
    if os.environ.get(EXIT_AFTER_SHOW):
        from PySide6.QtCore import QTimer

        # A zero timer fires once the event loop has handled the show and first paint events.
        QTimer.singleShot(0, lambda: (print(f"shown {time.time():.6f}", flush=True), window.close(), app.quit()))
    return app.exec()
