"""Choose… in the export flow takes a folder typed by name that does not exist yet."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit

from desktop.ui.export_flow import ExportFlow


def test_choose_takes_a_typed_new_folder(store, qtbot, tmp_path):
    flow = ExportFlow(store, [])
    qtbot.addWidget(flow)
    flow.folder.setText(str(tmp_path))
    typed = tmp_path / "exports-2026-12"
    seen = []

    def type_a_new_name():
        dialog = QApplication.activeModalWidget()
        seen.append(isinstance(dialog, QFileDialog))
        field = dialog.findChild(QLineEdit, "fileNameEdit")
        qtbot.keyClicks(field, typed.name)
        qtbot.keyClick(field, Qt.Key.Key_Return)

    QTimer.singleShot(0, type_a_new_name)
    qtbot.keyClick(flow.choose, Qt.Key.Key_Space)
    assert seen == [True]
    assert flow.folder.text() == str(typed) and not typed.exists()  # the export creates it when it writes
