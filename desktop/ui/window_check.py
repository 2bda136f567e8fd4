"""The self-test's last step: open the review window on a store, offscreen, and close it again."""

from __future__ import annotations

import os
from pathlib import Path

from desktop.core.selftest import Step


def check_main_window(store_path: Path) -> str:
    """Show the main window over the store and close it; raises if it does not show."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from desktop.core.workspace import Workspace
    from desktop.ui.app import application, create_window

    app = application()
    with Workspace.opened(store_path) as workspace:
        window = create_window(workspace)
        window.show()
        app.processEvents()
        shown, title = window.isVisible(), window.windowTitle()
        window.close()
        app.processEvents()
    if not shown:
        raise RuntimeError("the main window did not show")
    return f"{title!r} shown and closed on the {app.platformName()} platform"


def window_steps() -> list[Step]:
    """The self-test's window step, where PySide6 is installed."""
    try:
        import PySide6.QtWidgets  # noqa: F401
    except ImportError:  # a machine without Qt: the core steps still run
        return []
    return [Step("main window (offscreen)", lambda run: check_main_window(Path(run.store.path)))]
