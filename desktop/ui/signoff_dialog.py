"""Export and sign-off dialog: each check with pass/fail, a progress bar while the batch builds, then Sign."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
)

from desktop.core.export.batch import BatchResult, ExportError, build_batch, write_batch
from desktop.core.export.publish import sign_and_write
from desktop.core.export.signoff import (
    FOUR_EYES_SETTING,
    MEANINGS,
    SignoffError,
    awaiting_approval,
    batch_complete,
)
from desktop.core.signers import SignerError, load_signer, local_signers, short
from desktop.ui.worker import run_in_background

PASS, FAIL = "\u2714", "\u2718"


def check_lines(checks) -> list[str]:
    """One line per gate: pass/fail mark, title, and the first reason of the first failing document."""
    by_check: dict[str, list[tuple[int, tuple[str, ...]]]] = {}
    for doc_id, title, reasons in checks:
        by_check.setdefault(title, []).append((doc_id, reasons))
    lines = []
    for title, results in by_check.items():
        failed = [(d, r) for d, r in results if r]
        if failed:
            d, reasons = failed[0]
            lines.append(f"{FAIL} {title}: {len(failed)} of {len(results)} document(s) refused "
                         f"(document {d}: {reasons[0]})")
        else:
            lines.append(f"{PASS} {title}: all {len(results)} document(s) pass")
    return lines


class SignoffDialog(QDialog):
    """Build the batch in the background, show every check, then sign it off with a name and meaning."""

    built = Signal(object)  # the BatchResult, once the background build has finished

    def __init__(self, store, doc_ids: list[int], purpose: str = "ai-training", parent=None):
        super().__init__(parent)
        self.store, self.doc_ids, self.purpose = store, list(doc_ids), purpose
        self.result = None
        self.job = None  # kept for the dialog's life: its signals must outlive the worker's emit
        self.building = False
        self.setWindowTitle("Export and sign off")
        self.checks = QListWidget()
        self.progress = QProgressBar()
        self.status = QLabel("Press Build to run the checks and build the batch.")
        self.signer = QComboBox()  # identity is a signer's key, chosen here and unlocked by its passphrase
        self.signer.addItems(local_signers())
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.meaning = QComboBox()
        self.meaning.addItems(MEANINGS)
        self.four_eyes = QCheckBox("Four eyes: a second signer must approve")
        self.four_eyes.setChecked(store.setting(FOUR_EYES_SETTING) == "1")
        self.four_eyes.toggled.connect(self._set_four_eyes)
        self.build_button = QPushButton("&Build batch")
        self.sign_button = QPushButton("&Sign")
        self.sign_button.setEnabled(False)
        self.close_button = QPushButton("&Close")
        self._layout()
        self.build_button.clicked.connect(self.build)
        self.sign_button.clicked.connect(self.sign)
        self.close_button.clicked.connect(self.reject)
        self._offer_approval()

    def _offer_approval(self) -> None:
        """A batch reviewed earlier under four eyes is offered for approval: Sign approves it, Build starts anew."""
        waiting = awaiting_approval(self.store)
        if not waiting:
            return
        batch = self.store.batch(waiting[-1])
        files = tuple(f["name"] for f in self.store.batch_files(batch["id"], with_content=False))
        self.result = BatchResult(batch["id"], files, (), batch["manifest_sha256"])
        self.meaning.setCurrentText("approved")
        self.sign_button.setEnabled(True)
        self.status.setText(f"Batch {batch['id']} was reviewed and waits for a second signer's approval: Sign "
                            f"approves it; Build makes a new batch instead.")

    def _layout(self) -> None:
        form = QFormLayout()
        form.addRow("Signe&r:", self.signer)
        form.addRow("&Passphrase:", self.passphrase)
        form.addRow("&Meaning:", self.meaning)
        form.addRow("", self.four_eyes)
        buttons = QHBoxLayout()
        for b in (self.build_button, self.sign_button, self.close_button):
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(f"{len(self.doc_ids)} document(s) for {self.purpose}"))
        layout.addWidget(self.checks)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addLayout(form)
        layout.addLayout(buttons)
        self.build_button.setDefault(True)
        self.signer.setFocus()

    def build(self) -> None:
        if self.building:
            return
        self.building = True
        self.build_button.setEnabled(False)
        self.status.setText("Redacting and verifying…")
        path, doc_ids, purpose = self.store.path, self.doc_ids, self.purpose

        def work(progress):
            from desktop.core.store import Store

            with Store(path, actor=self.store.actor) as store:  # a connection of the worker's own thread
                return build_batch(store, doc_ids, purpose, progress=lambda i, n, name: progress(i, n))

        self.job = run_in_background(work, self._built, self._failed, self._progress)

    def _progress(self, args: tuple) -> None:
        done, total = args
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)

    def _built(self, result) -> None:
        self.building = False
        self.result = result
        self.checks.clear()
        self.checks.addItems(check_lines(result.checks))
        if result.batch_id:
            self.status.setText(f"Batch {result.batch_id}: {len(result.files) - 1} document(s) ready to sign; "
                                f"{len(result.refused)} refused.")
            self.sign_button.setEnabled(True)
            self.sign_button.setFocus()
        else:
            self.status.setText("No document passed the checks; nothing to sign.")
            self.build_button.setEnabled(True)
        self.built.emit(result)

    def _failed(self, reason: str) -> None:
        self.building = False
        self.status.setText(f"The batch could not be built: {reason}")
        self.build_button.setEnabled(True)

    def _set_four_eyes(self, on: bool) -> None:
        self.store.set_setting(FOUR_EYES_SETTING, "1" if on else "0")  # audited like the command line's

    def sign(self) -> None:
        if not self.result or not self.result.batch_id:
            return
        if not self.signer.currentText():
            self.status.setText("No signer on this computer: run `clearance signer create NAME` first.")
            return
        try:
            signer = load_signer(self.signer.currentText(), self.passphrase.text())
            record = sign_and_write(self.store, self.result.batch_id, signer, self.meaning.currentText())
        except (SignerError, SignoffError, ExportError) as exc:
            self.status.setText(str(exc))
            self.passphrase.setFocus()
            return
        finally:
            self.passphrase.clear()
        done = f"Signed off as {record['meaning']} by {record['signer']} (key {short(record['fingerprint'])})."
        complete, _missing = batch_complete(self.store, self.result.batch_id)
        if complete:
            self.status.setText(done)
            self.sign_button.setEnabled(False)
            return
        # Four eyes: the second person picks their own key here and approves the same batch.
        self.status.setText(f"{done} Four eyes: the batch needs an 'approved' sign-off by a second trusted key; "
                            f"its signer picks their key above.")
        self.meaning.setCurrentText("approved")
        self.signer.setFocus()

    def write_to(self, folder: Path) -> None:
        try:
            write_batch(self.store, self.result.batch_id, folder)
        except (ExportError, OSError) as exc:
            self.status.setText(f"Not written: {exc}")
        else:
            self.status.setText(f"Written to {folder}.")
