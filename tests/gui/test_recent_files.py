"""File > Recent files: what was added comes back with Ctrl+R, newest first, and opens with Enter."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from test_review_window import add_generated, open_window, press

from desktop.ui.recent import recent_paths, remember


def test_recent_paths_keep_the_newest_first_and_only_what_exists(tmp_path):
    a, b = tmp_path / "a.pdf", tmp_path / "folder"
    a.write_bytes(b"%PDF")
    b.mkdir()
    remember([a])
    remember([b])
    remember([tmp_path / "gone.pdf"])
    assert recent_paths() == [b.resolve(), a.resolve()]


def test_ctrl_r_lists_recent_files_and_enter_adds_one_again(qtbot, store, tmp_path):
    from devkit.corpus.contract import generate_contract

    add_generated(store, 11, tmp_path)
    window = open_window(qtbot, store, tmp_path)
    contract = generate_contract(12, pages=1)
    path = tmp_path / "again.pdf"
    path.write_bytes(contract.pdf)
    remember([path])
    shown = []

    def choose_first():
        dialog = QApplication.activeModalWidget()
        shown.append([dialog.list.item(i).text() for i in range(dialog.list.count())])
        qtbot.keyClick(dialog.list, Qt.Key.Key_Return)

    QTimer.singleShot(0, choose_first)
    press(qtbot, window, (Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier))
    assert shown and shown[0][0] == str(path.resolve())
    qtbot.waitUntil(lambda: any(d["name"] == "again.pdf" for d in store.documents()), timeout=20000)
    window.close()  # stops the detection the added file started
