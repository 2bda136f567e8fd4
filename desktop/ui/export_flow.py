"""One export flow: folder, every check with its reasons per document, sign, write, summary.

Opening it builds the batch in the background at once; Enter then unlocks the chosen signer's key,
signs the batch off and writes it to the folder (created if it does not exist yet; with four eyes, a
second signer approves first), and the dialog ends on a summary of what went where.
"""

from __future__ import annotations

import html
from pathlib import Path

import platformdirs
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
)

from desktop.core.export.batch import BatchResult, ExportError, build_batch
from desktop.core.export.publish import sign_and_write
from desktop.core.export.risk_plots import risk_png
from desktop.core.export.risk_store import RiskError, batch_figures
from desktop.core.export.signoff import (
    MEANINGS,
    SignoffError,
    awaiting_approval,
    named_signer,
)
from desktop.core.jobs import JobState
from desktop.core.review.command_registry import CommandError
from desktop.core.trust.signers import (
    SignerError,
    load_signer,
    local_fingerprint,
    local_signers,
    short,
)
from desktop.core.workspace import Workspace
from desktop.ui.approval_dialog import choose_own_key, open_approval
from desktop.ui.export_consistency import ConsistencyNotice
from desktop.ui.i18n import CORE_CONTEXT, core_text, translate
from desktop.ui.risk_panel import risk_html, risk_pixmap
from desktop.ui.worker import start_job

PASS, FAIL = "\u2714", "\u2718"  # check and cross marks in the report


def folder_dialog(parent, title: str, start: str) -> QFileDialog:
    """Qt's own folder chooser, which also takes the name of a folder that does not exist yet (the
    export creates it): a folder dialog alone refuses a typed new name."""
    dialog = QFileDialog(parent, title, start)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.setLabelText(QFileDialog.DialogLabel.Accept, translate("ExportFlow", "Choose"))
    dialog.setNameFilter(translate("ExportFlow", "Folders") + " (*/)")  # a folder name, typed or picked
    return dialog


def sign_batch(store, batch_id: str, signer_name: str, passphrase: str, meaning: str, folder: Path) -> dict:
    """The one place the export flow signs: unlock the signer's key with its passphrase, sign the
    batch and write it to `folder` if it may leave (see desktop.core.export.publish.sign_and_write;
    the record's `pending` says what a four-eyes batch still waits for)."""
    signer = load_signer(signer_name, passphrase)
    return sign_and_write(store, batch_id, signer, meaning, folder)


def default_folder(batch_id: str) -> Path:
    return Path(platformdirs.user_documents_dir()) / "Clearance exports" / batch_id


def checks_html(checks, names: dict[int, str], notes=(), residue=()) -> str:
    """Every check per document, passed or refused, each reason on its own line, in full; its residue
    in counts; and what the verifier redacted beyond the reviewer's decisions."""
    noted, left = dict(notes), dict(residue)
    by_doc: dict[int, list[tuple[str, tuple[str, ...]]]] = {}
    for doc_id, check, reasons in checks:
        by_doc.setdefault(doc_id, []).append((check, reasons))
    parts = []
    for doc_id, results in by_doc.items():
        refused = [(title, reasons) for title, reasons in results if reasons]
        mark, colour = (FAIL, "#c92a2a") if refused else (PASS, "#2b8a3e")
        verdict = (translate("ExportFlow", "refused by {refused} of {checks} checks").format(
            refused=len(refused), checks=len(results)) if refused else translate("ExportFlow", "passes every check"))
        parts.append(f"<h4 style='color:{colour}'>{mark} {html.escape(names.get(doc_id, str(doc_id)))} — "
                     f"{verdict}</h4><ul>")
        for title, reasons in results:
            if not reasons:
                parts.append(f"<li>{PASS} {html.escape(translate(CORE_CONTEXT, title))}</li>")
                continue
            items = "".join(f"<li>{html.escape(core_text(r))}</li>" for r in reasons)
            parts.append(f"<li>{FAIL} <b>{html.escape(translate(CORE_CONTEXT, title))}</b><ul>{items}</ul></li>")
        if doc_id in left:
            residue_line = translate("ExportFlow", "Residue: {residue}").format(residue=left[doc_id])
            parts.append(f"<li><i>{html.escape(residue_line)}</i></li>")
        if doc_id in noted:
            note = translate("ExportFlow", "Note: {note}").format(note=noted[doc_id])
            parts.append(f"<li><i>{html.escape(note)}</i></li>")
        parts.append("</ul>")
    return "".join(parts) or "<p>" + html.escape(translate("ExportFlow", "No document to export.")) + "</p>"


class ExportFlow(QDialog):
    built = Signal(object)  # the BatchResult, once the background build has finished
    written = Signal(list)  # the paths written

    def __init__(self, store, doc_ids: list[int], purpose: str = "ai-training", parent=None):
        super().__init__(parent)
        self.workspace = Workspace.of(store)  # a store or the window's workspace
        self.store, self.doc_ids, self.purpose = self.workspace.store, list(doc_ids), purpose
        self.result = None
        self.named: list[dict] = []  # the signer the built batch's manifest names (signer and meaning)
        self.signed_once = False  # after the first sign-off, a second person may pick their own key
        self.job = None  # kept for the dialog's life: its signals must outlive the worker's emit
        self.setWindowTitle(self.tr("Export"))
        self.resize(760, 720)
        self.folder = QLineEdit()
        self.folder.setPlaceholderText(self.tr("the batch goes into this new or empty folder (created if needed)"))
        self.choose = QPushButton(self.tr("C&hoose…"))
        self.report = QTextBrowser()
        self.progress = QProgressBar()
        self.status = QLabel(self.tr("Checking, redacting and verifying…"))
        self.status.setWordWrap(True)
        self.figures = None  # the built batch's risk figures (risk_store.batch_figures), shown before the passphrase
        self.risk = QLabel()
        self.risk.setTextFormat(Qt.TextFormat.RichText)
        self.risk.setWordWrap(True)
        self.risk_chart = QLabel()  # the same figures drawn: per class, documents per k, linkability
        self.risk_chart.setAlignment(Qt.AlignmentFlag.AlignLeft)
        self.chart_png: bytes | None = None
        self.consistency = ConsistencyNotice(self)  # names redacted somewhere, readable in these documents
        self.signer = QComboBox()  # identity is a signer's key, chosen here and unlocked by its passphrase
        self.signer.addItems(local_signers())
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.meaning = QComboBox()
        self.meaning.addItems(MEANINGS)
        self.four_eyes = QCheckBox(self.tr("Four eyes: a second signer must approve"))
        self.four_eyes.setChecked(self.workspace.four_eyes)
        self.four_eyes.toggled.connect(self.workspace.set_four_eyes)  # audited, as the command line's
        self.build_button = QPushButton(self.tr("&Build a new batch"))
        self.build_button.hide()  # offered when a reviewed batch waits for its approval
        self.approval_button = QPushButton(self.tr("&Approval screen…"))
        self.approval_button.hide()  # the same: documents, checks, signature, manifest and pages to look at
        self.approval = None  # the approval screen, once opened
        self.go = QPushButton(self.tr("&Sign and write"))
        self.go.setEnabled(False)
        self.close_button = QPushButton(self.tr("&Close"))
        self._layout()
        self.choose.clicked.connect(self._choose)
        self.build_button.clicked.connect(self.start)
        self.approval_button.clicked.connect(lambda: open_approval(self, sign_batch))
        self.go.clicked.connect(self.sign_and_write)
        self.close_button.clicked.connect(self.reject)
        self.signer.currentTextChanged.connect(self._binding_changed)
        self.meaning.currentTextChanged.connect(self._binding_changed)

    def _layout(self) -> None:
        folder = QHBoxLayout()
        folder.addWidget(self.folder, 1)
        folder.addWidget(self.choose)
        form = QFormLayout()
        label = QLabel(self.tr("&Folder:"))
        label.setBuddy(self.folder)  # Alt+F goes to the folder field
        form.addRow(label, folder)
        form.addRow(self.tr("Signe&r:"), self.signer)
        form.addRow(self.tr("&Passphrase:"), self.passphrase)
        form.addRow(self.tr("&Meaning:"), self.meaning)
        form.addRow("", self.four_eyes)
        buttons = QHBoxLayout()
        buttons.addWidget(self.build_button)
        buttons.addWidget(self.approval_button)
        buttons.addStretch(1)
        buttons.addWidget(self.go)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("{count} document(s) for {purpose}: every check, per document").format(
            count=len(self.doc_ids), purpose=self.purpose)))
        layout.addWidget(self.report, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.risk)  # above the passphrase: read before signing
        layout.addWidget(self.risk_chart)
        layout.addWidget(self.consistency.box)
        layout.addLayout(form)
        layout.addLayout(buttons)
        self.go.setDefault(True)

    def offer_approval(self, batch_id: str) -> None:
        """A batch reviewed earlier under four eyes: Enter approves it (with a second key), or build anew."""
        batch = self.store.batch(batch_id)
        files = tuple(f["name"] for f in self.store.batch_files(batch_id, with_content=False))
        self.result = BatchResult(batch_id, files, (), batch["manifest_sha256"])
        self.named, self.signed_once = [], True  # its reviewer signed already; the approver picks a key
        self.meaning.setCurrentText("approved")
        self.folder.setText(str(default_folder(batch_id)))
        self.report.setHtml("<p>" + self.tr("Batch <b>{batch}</b> was signed off as reviewed and waits for a "
                                            "second signer's approval.").format(batch=html.escape(batch_id)) + "</p>")
        try:
            figures = batch_figures(self.store, batch_id)
            self._show_risk(figures, risk_png(figures))
        except RiskError as exc:
            self.risk.setText(html.escape(str(exc)))
        self.status.setText(self.tr("Pick your own key and type its passphrase: Enter approves and writes the batch; "
                                    "Build a new batch instead checks every document again."))
        self.build_button.show()
        self.approval_button.show()
        self.go.setEnabled(True)
        choose_own_key(self.signer, self.store, self.result.batch_id)
        self.passphrase.setFocus()

    def start(self) -> None:
        """Build the batch on a pool thread with its own store connection (the workspace's)."""
        doc_ids, purpose = self.doc_ids, self.purpose
        self.build_button.hide()
        self.approval_button.hide()
        self.go.setEnabled(False)
        self.result, self.signed_once = None, False
        self.meaning.setCurrentText("reviewed")
        self.folder.clear()
        self.risk.setText(self.tr("Measuring the re-identification risk once the batch is built…"))
        self.risk_chart.clear()
        self.named = self._chosen_signer()  # the manifest names who is to sign it, as `export --signer` does
        named = self.named
        self.consistency.load(doc_ids)

        def work(store, job):
            result = build_batch(store, doc_ids, purpose, progress=job.step,  # a cancel stops before a document
                                 signers=[named_signer(store, **n) for n in named])
            figures = batch_figures(store, result.batch_id) if result.batch_id else None
            return result, figures, (risk_png(figures) if figures else None)  # drawn here, off the GUI thread

        self.job = start_job(self.workspace.job("Building the batch", work), self._ended, self._progress)

    def _ended(self, job) -> None:
        if job.state == JobState.DONE:
            result, figures, chart = job.result
            self._show_risk(figures, chart)
            self._built(result)
        elif job.state == JobState.FAILED:
            self._failed(job.error)

    def reject(self) -> None:
        """Closing while the batch is built cancels the build (before its next document: no batch is stored)."""
        if self.job is not None and not self.job.job.finished:
            self.job.job.cancel()
        super().reject()

    def _show_risk(self, figures: dict | None, chart: bytes | None = None) -> None:
        self.figures, self.chart_png = figures, chart
        self.risk.setText(risk_html(figures))
        self.risk_chart.setPixmap(risk_pixmap(chart))
        self.risk_chart.setVisible(chart is not None)

    def _chosen_signer(self) -> list[dict]:
        name = self.signer.currentText()
        fingerprint = local_fingerprint(name) if name else None
        return [{"name": name, "fingerprint": fingerprint, "meaning": self.meaning.currentText()}] if fingerprint else []

    def _binding_changed(self) -> None:
        """A built batch names its signer in the signed manifest: another key cannot sign it as that
        signer, so picking another one asks for a new build (the first sign-off only; under four
        eyes the approver picks their own key afterwards)."""
        if self.signed_once or not self.result or not self.result.batch_id or not self.named:
            return
        chosen = self._chosen_signer()
        same = bool(chosen) and (chosen[0]["fingerprint"], chosen[0]["meaning"]) == (
            self.named[0]["fingerprint"], self.named[0]["meaning"])
        self.go.setEnabled(same)
        self.build_button.setVisible(not same)
        if not same:
            self.status.setText(self.tr("Batch {batch} names {signer} as its {meaning} signer. Choose that again, or "
                                        "Build a new batch for {chosen}.").format(
                batch=self.result.batch_id, signer=self.named[0]["name"], meaning=self.named[0]["meaning"],
                chosen=self.signer.currentText() or self.tr("no signer")))

    def _progress(self, job) -> None:
        done, total = job.done, job.total
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)

    def _built(self, result) -> None:
        self.result = result
        names = {d["id"]: d["name"] for d in self.store.documents()}
        self.report.setHtml(checks_html(result.checks, names, result.notes, result.residue))
        if result.batch_id:
            if not self.folder.text():
                self.folder.setText(str(default_folder(result.batch_id)))
            self.status.setText(self.tr("Batch {batch}: {passed} document(s) pass and are ready to sign; {refused} "
                                        "refused. Type your passphrase; Enter signs and writes.").format(
                batch=result.batch_id, passed=len(result.files) - 1, refused=len(result.refused)))
            self.go.setEnabled(True)
            self.passphrase.setFocus()
        else:
            self.status.setText(self.tr("No document passed the checks; nothing to sign or write."))
            self.close_button.setDefault(True)
        self.built.emit(result)

    def _failed(self, reason: str) -> None:
        self.status.setText(self.tr("The batch could not be built: {reason}").format(reason=reason))

    def _choose(self) -> None:
        dialog = folder_dialog(self, self.tr("Export into this folder"), self.folder.text())
        if dialog.exec() and dialog.selectedFiles():
            self.folder.setText(dialog.selectedFiles()[0])

    def sign_and_write(self) -> None:
        if not self.result or not self.result.batch_id:
            return
        if not self.folder.text().strip():
            self.status.setText(self.tr("Choose a folder first."))
            return
        if not self.signer.currentText():
            self.status.setText(self.tr("No signer on this computer: run `clearance signer create NAME` first."))
            return
        refusal = self.consistency.refusal()  # signing with names left readable is a choice made on purpose
        if refusal:
            self.status.setText(refusal)
            self.passphrase.clear()  # never kept in the window
            return
        folder = Path(self.folder.text().strip()).expanduser()
        try:
            record = sign_batch(self.store, self.result.batch_id, self.signer.currentText(),
                                self.passphrase.text(), self.meaning.currentText(), folder)
        except (SignerError, SignoffError, ExportError) as exc:
            self.status.setText(self.tr("{error}. Nothing was written.").format(error=exc))
            self.passphrase.setFocus()
            return
        finally:
            self.passphrase.clear()
        self.signed_once = True
        if record.get("pending"):  # four eyes: the second person picks their own key here
            self.status.setText(self.tr("Signed off as {meaning} by {signer} (key {key}). Four eyes: a second signer "
                                        "picks their key, types the passphrase and presses Enter to approve and "
                                        "write.").format(meaning=record["meaning"], signer=record["signer"],
                                                         key=short(record["fingerprint"])))
            self.meaning.setCurrentText("approved")
            self.approval_button.show()
            choose_own_key(self.signer, self.store, self.result.batch_id)
            self.passphrase.setFocus()  # the second signer types at once (Shift+Tab or Alt+R: another key)
            return
        self.written_to(folder)

    def written_to(self, folder: Path) -> None:
        paths = sorted(folder.iterdir())
        self.signed_once = True
        self._summary(folder, paths)
        self.written.emit(paths)

    def _summary(self, folder: Path, paths: list[Path]) -> None:
        signed = ", ".join(self.tr("{meaning} by {signer}").format(meaning=s["meaning"], signer=s["signer"])
                           for s in self.store.signoffs(self.result.batch_id))
        size = self.tr("{size:,} bytes")
        rows = "".join(f"<tr><td>{html.escape(p.name)}</td><td align='right'>{size.format(size=p.stat().st_size)}"
                       "</td></tr>" for p in paths)
        refused = "".join(f"<li>{html.escape(r.name)}</li>" for r in self.result.refused)
        self.report.setHtml(
            f"<h3>{PASS} " + self.tr("Exported") + "</h3><p>"
            + self.tr("Batch <b>{batch}</b>, signed off as {signed}.").format(
                batch=html.escape(self.result.batch_id), signed=html.escape(signed)) + "</p><p>"
            + self.tr("Folder: <b>{folder}</b>").format(folder=html.escape(str(folder))) + f"</p><table>{rows}</table>"
            + ("<p>" + self.tr("Not in this batch (refused):") + f"</p><ul>{refused}</ul>" if refused else ""))
        self.status.setText(self.tr("Written to {folder}.").format(folder=folder))
        self.build_button.hide()
        self.approval_button.hide()
        self.go.setEnabled(False)
        self.close_button.setDefault(True)
        self.close_button.setFocus()


def run_export_flow(workspace, window) -> ExportFlow | None:
    """Open the flow over every document not exported yet (or on a batch waiting for its four-eyes
    approval); the queue shows what was exported after."""
    workspace = Workspace.of(workspace)
    doc_ids = workspace.export_documents()  # the command line's rule
    waiting = awaiting_approval(workspace.store)  # checks every batch's signatures: once
    if not doc_ids and not waiting:
        raise CommandError("every document is exported already")
    flow = ExportFlow(workspace, doc_ids, parent=window)
    if waiting:
        flow.offer_approval(waiting[-1])
    else:
        flow.start()
    flow.exec()
    if hasattr(window, "refresh"):
        window.refresh(queue=True, all_documents=True)
    return flow
