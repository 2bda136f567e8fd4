"""The approval screen: what the second pair of eyes reads before approving a batch, and the verdict.

It shows desktop.core.export.approval.ApprovalView (documents with their checks run again, the residue,
the reviewer's signature, the manifest) and each redacted page as the batch's own file renders it.
Keys: Up/Down pick a document, Left/Right its pages; Alt+P the passphrase, Enter approves and writes;
a reason typed in the refusal field turns Enter into a signed refusal instead.
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.core.export.approval import (
    ApprovalView,
    approval_view,
    batch_page,
    refuse,
    signed_again,
)
from desktop.core.export.batch import ExportError
from desktop.core.export.signoff import SignoffError, valid_signoffs
from desktop.core.jobs import JobState
from desktop.core.trust.signers import SignerError, load_signer, local_fingerprint, local_signers
from desktop.core.workspace import Workspace
from desktop.ui.approval_estimate import estimate_html
from desktop.ui.i18n import CORE_CONTEXT, translate
from desktop.ui.redaction_preview import to_qimage
from desktop.ui.worker import start_job

PASS, FAIL = "\u2714", "\u2718"
PAGE_ZOOM = 1.25  # a page readable at the dialog's size; the scroll area takes the rest


def choose_own_key(combo: QComboBox, store, batch_id: str) -> None:
    """This account's keys listed again (the approver's, in their own account), the first that has not
    signed the batch chosen: the second signer's passphrase is all that is left to type."""
    signed = {s["fingerprint"] for s in valid_signoffs(store, batch_id)}
    combo.clear()
    combo.addItems(local_signers())
    for i in range(combo.count()):
        if local_fingerprint(combo.itemText(i)) not in signed:
            combo.setCurrentIndex(i)
            break


class ApprovalDialog(QDialog):
    approved = Signal(dict)  # the sign-off record, once approved and written
    refused = Signal(dict)  # the refusal record

    def __init__(self, workspace, batch_id: str, folder: Path, sign, parent=None):
        """`sign(store, batch, signer, passphrase, meaning, folder)` is the export flow's one signing call."""
        super().__init__(parent)
        self.workspace = Workspace.of(workspace)
        self.batch_id, self.folder, self._sign = batch_id, Path(folder), sign
        self.view: ApprovalView | None = None
        self.page = 0
        self.job = None  # kept for the dialog's life: its signals must outlive the worker's emit
        self.setWindowTitle(self.tr("Approve batch {batch}").format(batch=batch_id))
        self.resize(1100, 820)
        self.header = QLabel(self.tr("Running every check again on the batch's documents…"))
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.header.setWordWrap(True)
        self.documents = QListWidget()
        self.documents.installEventFilter(self)  # Left/Right turn the pages of the chosen document
        self.checks = QTextBrowser()
        self.page_label = QLabel()
        self.image = QLabel()
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.scroll = QScrollArea()
        self.scroll.setWidget(self.image)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys stay with the document list
        self.manifest = QPlainTextEdit()
        self.manifest.setReadOnly(True)
        self.manifest.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("leave empty to approve; a reason here makes Enter refuse the batch"))
        self.signer = QComboBox()
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.approve_button = QPushButton(self.tr("&Approve and write"))
        self.refuse_button = QPushButton(self.tr("Re&fuse"))
        self.close_button = QPushButton(self.tr("&Close"))
        for button in (self.approve_button, self.refuse_button, self.close_button):
            button.setAutoDefault(False)  # Enter is the passphrase field's: never a button that happens to have focus
        self.status = QLabel()
        self.status.setWordWrap(True)
        self._layout()
        self.documents.currentRowChanged.connect(self._document_chosen)
        self.reason.textChanged.connect(self._verdict_changed)
        self.reason.returnPressed.connect(self.passphrase.setFocus)  # the reason typed, the key signs it
        self.passphrase.returnPressed.connect(self.decide)
        self.approve_button.clicked.connect(self.approve)
        self.refuse_button.clicked.connect(self.refuse)
        self.close_button.clicked.connect(self.reject)
        self._fill_signers()
        self._verdict_changed()
        self._set_enabled(False)

    def _layout(self) -> None:
        left = QWidget()
        left_box = QVBoxLayout(left)
        left_box.setContentsMargins(0, 0, 0, 0)
        label = QLabel(self.tr("&Documents (Up/Down), their checks now:"))
        label.setBuddy(self.documents)
        left_box.addWidget(label)
        left_box.addWidget(self.documents, 1)
        left_box.addWidget(self.checks, 2)
        right = QWidget()
        right_box = QVBoxLayout(right)
        right_box.setContentsMargins(0, 0, 0, 0)
        right_box.addWidget(self.page_label)
        right_box.addWidget(self.scroll, 1)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(right)
        split.setSizes([380, 720])
        self.tabs = QTabWidget()
        self.tabs.addTab(split, self.tr("Documents and &redacted pages"))
        self.tabs.addTab(self.manifest, self.tr("Ma&nifest"))
        form = QFormLayout()
        form.addRow(self.tr("Refuse &because:"), self.reason)
        form.addRow(self.tr("Signe&r:"), self.signer)
        form.addRow(self.tr("&Passphrase:"), self.passphrase)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.approve_button)
        buttons.addWidget(self.refuse_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(form)
        layout.addLayout(buttons)

    def _fill_signers(self) -> None:
        choose_own_key(self.signer, self.workspace.store, self.batch_id)

    def _set_enabled(self, on: bool) -> None:
        for widget in (self.reason, self.signer, self.passphrase):
            widget.setEnabled(on)
        self._verdict_changed()

    # --- loading what the approver reads --------------------------------------------------------

    def start(self) -> None:
        """Run the checks on a pool thread with its own store connection (they redact and verify again)."""
        batch_id = self.batch_id
        self.job = start_job(self.workspace.job(
            self.tr("Checking the batch"), lambda store, job: approval_view(store, batch_id, progress=job.step)),
            self._loaded)

    def _loaded(self, job) -> None:
        if job.state != JobState.DONE:
            self.header.setText(html.escape(self.tr("The batch could not be read: {reason}").format(
                reason=job.error or self.tr("stopped"))))
            return
        self.show_view(job.result)

    def show_view(self, view: ApprovalView) -> None:
        self.view = view
        self.header.setText(self._header_html(view))
        self.manifest.setPlainText(view.manifest_text)
        self.documents.clear()
        for d in view.documents:
            self.documents.addItem(f"{PASS if d.passes else FAIL} {d.name} ({d.pages} p.)")
        self._fill_signers()
        self._set_enabled(bool(view.waiting_for))
        self.status.setText(self.tr("Up/Down: documents, Left/Right: pages, Ctrl+Tab: the manifest. Alt+P: your "
                                    "passphrase, Enter approves; a reason in Refuse because makes Enter refuse.")
                            if view.waiting_for else self.tr("This batch has every sign-off it needs."))
        if view.documents:
            self.documents.setCurrentRow(0)
        self.documents.setFocus()

    def _header_html(self, view: ApprovalView) -> str:
        signed = "".join(
            f"<li>{html.escape(s.meaning)} by <b>{html.escape(s.signer)}</b>, key <tt>{s.short_fingerprint}</tt> "
            f"(<tt>{s.fingerprint}</tt>), {html.escape(s.at)}"
            + ("" if s.trusted else " — <b style='color:#c92a2a'>" + html.escape(self.tr("NOT a trusted signature"))
               + "</b>") + "</li>" for s in view.signatures)
        refused = "".join(f"<li>{self.tr('refused by')} <b>{html.escape(r.signer)}</b>, {html.escape(r.at)}: "
                          f"{html.escape(r.reason)}</li>" for r in view.refusals)
        passing = sum(d.passes for d in view.documents)
        return (f"<b>{html.escape(self.tr('Batch'))} {html.escape(view.batch_id)}</b> — {html.escape(view.purpose)}, "
                f"{html.escape(view.created_at)}; {passing} / {len(view.documents)} "
                f"{html.escape(self.tr('document(s) pass every check now'))}; manifest sha256 "
                f"<tt>{view.manifest_sha256[:16]}…</tt><ul>{signed}{refused}</ul>"
                + estimate_html(view.manifest_text)  # a QA-sampled batch: its sample, misses and bound
                + (f"<i>{html.escape(self.tr('Waiting: {missing}').format(missing=view.waiting_for))}</i>"
                   if view.waiting_for else ""))

    # --- documents and pages ------------------------------------------------------------------

    def eventFilter(self, watched, event) -> bool:
        if watched is self.documents and event.type() == QEvent.Type.KeyPress:
            step = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1}.get(event.key())
            if step is not None:
                self.turn(step)
                return True
        return super().eventFilter(watched, event)

    def current_document(self):
        row = self.documents.currentRow()
        return self.view.documents[row] if self.view and 0 <= row < len(self.view.documents) else None

    def _document_chosen(self, _row: int) -> None:
        document = self.current_document()
        if document is None:
            return
        self.checks.setHtml(self._checks_html(document))
        self.page = 0
        self._show_page()

    def _checks_html(self, document) -> str:
        items = []
        for title, reasons in document.checks:
            title = translate(CORE_CONTEXT, title)  # the core's check titles, in the window's language
            if not reasons:
                items.append(f"<li>{PASS} {html.escape(title)}</li>")
                continue
            listed = "".join(f"<li>{html.escape(r)}</li>" for r in reasons)
            items.append(f"<li style='color:#c92a2a'>{FAIL} <b>{html.escape(title)}</b><ul>{listed}</ul></li>")
        residue = (f"<p><i>{html.escape(self.tr('Residue'))}: {html.escape(document.residue)}</i></p>"
                   if document.residue else "")
        return f"<b>{html.escape(document.name)}</b> → <tt>{html.escape(document.file)}</tt><ul>{''.join(items)}</ul>{residue}"

    def turn(self, step: int) -> None:
        document = self.current_document()
        if document is not None and 0 <= self.page + step < document.pages:
            self.page += step
            self._show_page()

    def _show_page(self) -> None:
        document = self.current_document()
        self.page_label.setText(self.tr("{file}: redacted page {page} of {pages}, as it leaves (Left/Right)").format(
            file=document.name, page=self.page + 1, pages=document.pages))
        self.setWindowTitle(self.tr("Approve batch {batch}: {file}, page {page}").format(
            batch=self.batch_id, file=document.name, page=self.page + 1))
        try:
            rendered = batch_page(self.workspace.store, self.batch_id, document.file, self.page, PAGE_ZOOM)
        except SignoffError as exc:
            self.image.setPixmap(QPixmap())
            self.image.setText(str(exc))
            return
        self.image.setPixmap(QPixmap.fromImage(to_qimage(rendered)))

    # --- the verdict --------------------------------------------------------------------------

    def _verdict_changed(self) -> None:
        refusing = bool(self.reason.text().strip())
        open_ = self.view is not None and bool(self.view.waiting_for)
        self.approve_button.setEnabled(open_ and not refusing)
        self.refuse_button.setEnabled(open_ and refusing)

    def decide(self) -> None:
        """Enter in the passphrase field: refuse when a reason is typed, else approve."""
        if self.reason.text().strip():
            self.refuse()
        else:
            self.approve()

    def _signer(self):
        name = self.signer.currentText()
        if not name:
            raise SignerError(self.tr("no signer on this computer: run `clearance signer create NAME` first"))
        try:
            return load_signer(name, self.passphrase.text())
        finally:
            self.passphrase.clear()

    def approve(self) -> None:
        if not (self.view and self.view.waiting_for):
            return
        try:
            name, phrase = self.signer.currentText(), self.passphrase.text()
            self.passphrase.clear()
            record = self._sign(self.workspace.store, self.batch_id, name, phrase, "approved", self.folder)
        except (SignerError, SignoffError, ExportError) as exc:
            self._failed(exc, self.passphrase)
            return
        self.status.setText(self.tr("Approved by {signer} and written to {folder}.").format(
            signer=record["signer"], folder=self.folder))
        self.approved.emit(record)
        self.accept()

    def refuse(self) -> None:
        if not (self.view and self.view.waiting_for):
            return
        try:
            record = refuse(self.workspace.store, self.batch_id, self._signer(), self.reason.text())
        except (SignerError, SignoffError) as exc:
            self._failed(exc, self.passphrase)
            return
        self.reason.clear()
        self.status.setText(self.tr("Refused by {signer}, recorded in the audit log: {reason}").format(
            signer=record["signer"], reason=record["reason"]))
        self.view = signed_again(self.workspace.store, self.view)
        self.header.setText(self._header_html(self.view))
        self.refused.emit(record)
        self.documents.setFocus()

    def _failed(self, exc: Exception, field: QLineEdit) -> None:
        self.status.setText(self.tr("{reason}. Nothing was signed.").format(reason=exc))
        field.setFocus()  # back where the correction is typed

    def reject(self) -> None:
        if self.job is not None and not self.job.job.finished:
            self.job.job.cancel()
        super().reject()


def open_approval(flow, sign) -> ApprovalDialog | None:
    """The approval screen over the export flow's waiting batch: approving there writes the batch to the
    flow's folder and the flow sums up; closing it puts the keyboard back where the flow expects the next key."""
    if not flow.result or not flow.result.batch_id or not flow.folder.text().strip():
        flow.status.setText(flow.tr("Choose a folder first."))
        return None
    folder = Path(flow.folder.text().strip()).expanduser()
    flow.approval = dialog = ApprovalDialog(flow.workspace, flow.result.batch_id, folder, sign, parent=flow)

    def closed(_result: int) -> None:
        flow.activateWindow()
        (flow.close_button if flow.approval_button.isHidden() else flow.passphrase).setFocus()

    dialog.approved.connect(lambda _record: flow.written_to(folder))
    dialog.finished.connect(closed)
    dialog.start()
    dialog.open()  # window-modal, without a nested event loop
    return dialog
