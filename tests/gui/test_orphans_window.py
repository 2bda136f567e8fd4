"""The window names, at start, a folder an export staged and never put in place."""

from __future__ import annotations

from desktop.core.export.orphans import remember_parent


def _open(qtbot, store):
    from desktop.ui.app import application, create_window

    application()
    window = create_window(store, ())
    qtbot.addWidget(window)
    window.show()
    return window


def test_the_window_names_a_folder_a_killed_export_left(qtbot, store, tmp_path):
    exports = tmp_path / "exports"
    remember_parent(exports)  # an earlier export staged here, then its process was killed
    staged = exports / ".batch-1.k3j2.part"
    staged.mkdir(parents=True)
    window = _open(qtbot, store)
    message = window.statusBar().currentMessage()
    assert str(staged) in message and "never finished" in message and "not published" in message


def test_the_window_says_nothing_of_exports_without_leftovers(qtbot, store, tmp_path):
    exports = tmp_path / "exports"
    remember_parent(exports)
    (exports / "batch-1").mkdir(parents=True)  # a folder that took its place
    window = _open(qtbot, store)
    assert "never finished" not in window.statusBar().currentMessage()
