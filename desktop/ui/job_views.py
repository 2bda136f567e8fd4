"""How the window shows a core job: a dialog with its progress and a Cancel button (Esc too), or a
progress bar with a Cancel button in the status bar for work the reviewer keeps working beside."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QProgressDialog, QPushButton, QWidget

from desktop.core.jobs import Job


class JobDialog(QProgressDialog):
    """A job's title, progress and text; Cancel or Esc calls `job.cancel()` (the work stops at its next
    safe point and the dialog hides). The window closes it when the job has ended."""

    def __init__(self, job: Job, parent=None):
        super().__init__(f"{job.title}…", self.tr("Cancel"), 0, 0, parent)
        self.job = job
        self.setWindowTitle(job.title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumDuration(0)
        self.setAutoClose(False)
        self.setAutoReset(False)
        self.canceled.connect(job.cancel)

    def reject(self) -> None:
        """Esc cancels the job, also when it reaches the dialog itself: QProgressDialog's Esc is a shortcut
        that only fires once its window is active, and before that QDialog's Esc only hid the dialog while
        the job ran on (a test saw it on a loaded machine)."""
        self.canceled.emit()

    def show_progress(self, job: Job) -> None:
        if self.wasCanceled():
            return
        self.setMaximum(max(job.total, 1))
        self.setValue(min(job.done, max(job.total, 1)))
        self.setLabelText(f"{job.title}… {job.text}".rstrip())


class JobBar(QWidget):
    """A running job in the status bar: its progress and a Cancel button that calls `cancel`."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.bar = QProgressBar(self)
        self.bar.setMaximumWidth(160)
        self.bar.setTextVisible(True)
        self.button = QPushButton(self.tr("Cancel"), self)
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a click, never a review key
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar)
        layout.addWidget(self.button)
        self.cancel = None
        self.button.clicked.connect(lambda: self.cancel and self.cancel())
        self.hide()

    def start(self, title: str, cancel) -> None:
        self.cancel = cancel
        self.bar.setRange(0, 0)
        self.bar.setFormat(title)
        self.button.setEnabled(True)
        self.button.setToolTip(self.tr("Stop {title} after the current page; the rest resumes later").format(title=title.lower()))
        self.show()

    def show_progress(self, done: int, total: int) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(min(done, max(total, 1)))
        self.bar.setFormat(f"{done}/{total}")

    def stop(self) -> None:
        self.cancel = None
        self.hide()
