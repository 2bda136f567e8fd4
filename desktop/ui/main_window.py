"""The review window: queue, page view, findings, status bar; menus and keys come from the registry."""

from __future__ import annotations

from collections import OrderedDict

from PySide6.QtCore import QEvent, QSize, Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QMainWindow,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.core.export.orphans import orphans
from desktop.core.pdf import PdfError
from desktop.core.pdf.pagesource import PageSource
from desktop.core.review.command_registry import CommandError, Context, all_commands, get_command
from desktop.core.review.errors import ReviewError
from desktop.core.review.keymap import Keymap
from desktop.core.review.session import ReviewSession, resume_point
from desktop.core.workspace import Workspace
from desktop.ui.commands import register_window_commands
from desktop.ui.consent_panel import ConsentPanel
from desktop.ui.desk import DropTarget
from desktop.ui.document_queue import DocumentQueue
from desktop.ui.find_panel import FindPanel
from desktop.ui.findings_panel import FindingDetails, FindingsPanel
from desktop.ui.i18n import CORE_CONTEXT, registry_text, translate
from desktop.ui.job_views import JobBar
from desktop.ui.keys import KeyDispatcher
from desktop.ui.page_images import PageImages
from desktop.ui.page_view import PageView
from desktop.ui.queue_panel import QueuePanel
from desktop.ui.residue_panel import ResiduePanel
from desktop.ui.store_watch import StoreWatch
from desktop.ui.window_actions import WindowActions
from desktop.ui.worker import RenderThread

MENU_ORDER = ("File", "Navigate", "Decide", "Box", "Select", "Find", "View")  # then others, Help last
# Their Ctrl keys are real shortcuts, so they work wherever the keyboard is (consent panel too).
WINDOW_WIDE_CATEGORIES = ("File",)
# The resume position is written this long after the last move, not on every key press (a commit
# with synchronous=FULL costs more than a frame); closing or switching documents writes it at once.
POSITION_SAVE_MS = 400


def start_size(screen, wanted: tuple[int, int] = (1400, 900)) -> tuple[int, int]:
    """The window's first size: the wanted one, or what the screen it opens on has room for (a
    1600x1000 screen at 150% scaling has about 1067x667 logical pixels)."""
    if screen is None:
        return wanted
    room = screen.availableGeometry()
    return min(wanted[0], int(room.width() * 0.95)), min(wanted[1], int(room.height() * 0.92))


class MainWindow(WindowActions, PageImages, DocumentQueue, StoreWatch, QMainWindow):
    """Implements what commands ask of `ctx.ui` (see desktop.core.review.commands)."""

    def __init__(self, store, keymap: Keymap, keymap_message: str | None = None,
                 failures: list[tuple[str, str]] = ()):
        super().__init__()
        self.workspace = Workspace.of(store)  # the window reaches the store only through it
        self.store = store = self.workspace.store  # the GUI thread's connection
        self.keymap = keymap
        self.failures = list(failures)
        self.session: ReviewSession | None = None
        self.source: PageSource | None = None
        self.renderer: RenderThread | None = None
        self.scan_job = None
        self._thumbnails_due: list[int] = []
        self._scan_tried: set[int] = set()  # documents whose detection ran in this window (no retry loop)
        self._import_job = None
        self.import_dialog = None
        self.page = 0
        self.page_sizes: dict[int, tuple[float, float]] = {}
        self.flagged_pages: dict[int, str] = {}  # page -> why OCR wants a person to check it
        self.images: OrderedDict[tuple[int, float], object] = OrderedDict()
        self.ctx = Context(store=store, ui=self)
        self._build()
        register_window_commands()  # before the menus are built from the registry
        self.dispatcher = KeyDispatcher(self, keymap)
        self._build_menus()
        self.queue.show_queue(store, None, self.failures)
        self._rerender = QTimer(self, singleShot=True, interval=120)
        self._rerender.timeout.connect(lambda: self._request_image(self.page))
        self._position_timer = QTimer(self, singleShot=True, interval=POSITION_SAVE_MS)
        self._position_timer.timeout.connect(self._save_position)
        if keymap_message:
            self.message(keymap_message, 15000)
        self._open_first()
        self._name_orphans()
        self.watch_store()

    # --- layout ---------------------------------------------------------------------------------

    def _build(self) -> None:
        self.setWindowTitle("Clearance")
        self.resize(*start_size(self.screen()))
        self.queue = QueuePanel()
        self.queue.document_clicked.connect(self.open_document)
        self._drop = DropTarget(self.queue, self.add_files)
        self.pages = QListWidget()
        self.pages.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.pages.setIconSize(QSize(96, 136))
        self.pages.setSpacing(2)
        self.pages.currentRowChanged.connect(self._page_clicked)
        left = QSplitter(Qt.Orientation.Vertical)
        left.addWidget(self.queue)
        left.addWidget(self.pages)
        left.setSizes([420, 380])
        self.view = PageView()
        self.view.box_drawn.connect(self._box_drawn)
        self.view.zoom_changed.connect(self._zoom_changed)
        self.find_panel = FindPanel(self._find, self._close_find)
        self.find_bar = self.find_panel.field
        centre = QWidget()
        box = QVBoxLayout(centre)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(0)
        box.addWidget(self.find_panel)
        self.residue_panel = ResiduePanel()
        box.addWidget(self.residue_panel)
        box.addWidget(self.view, 1)  # the page takes the height the find and residue panels leave
        self.findings = FindingsPanel()
        self.findings.finding_clicked.connect(self._finding_clicked)
        self.consent_panel = ConsentPanel(self.store)
        self.consent_panel.links_changed.connect(self._links_changed)
        self.consent_panel.propagate_names = lambda: self.scan_job is None  # a scan proposes them at its end
        self.consent_panel.left.connect(self.view.setFocus)
        self.details = FindingDetails()
        findings_box = QWidget()
        column = QVBoxLayout(findings_box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.findings, 1)
        column.addWidget(self.details)
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(findings_box)
        right.addWidget(self.consent_panel)
        right.setSizes([560, 260])
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(centre)
        split.addWidget(right)
        split.setSizes([320, 640, 440])
        split.setStretchFactor(1, 1)
        self.setCentralWidget(split)
        self.mode_label = QLabel(registry_text("review").upper())
        self.mode_label.setObjectName("mode")
        self.keys_label = QLabel("")
        self.progress_label = QLabel("")
        self.progress_label.setObjectName("progress")
        bar = self.statusBar()
        bar.addWidget(self.mode_label)
        bar.addWidget(self.keys_label)
        bar.addPermanentWidget(self.progress_label)
        self.scan_bar = JobBar(self)
        bar.addPermanentWidget(self.scan_bar)
        self.view.setFocus()

    def _build_menus(self) -> None:
        def place(c):
            order = MENU_ORDER.index(c.category) if c.category in MENU_ORDER else len(MENU_ORDER)
            return (c.category == "Help", order, c.category)

        menus: dict[str, object] = {}
        for c in sorted(all_commands(), key=place):
            if not c.menu:
                continue
            menu = menus.get(c.category) or menus.setdefault(c.category, self.menuBar().addMenu(registry_text(c.category)))
            keys = self.keymap.keys_for(c.id, "review")
            # The key is shown, not bound: the dispatcher alone turns keys into commands.
            action = menu.addAction(registry_text(c.help) + (f"\t{keys[0]}" if keys else ""))
            action.setObjectName(c.id)
            action.triggered.connect(lambda _=False, cid=c.id: self.run_command(cid))
            if c.category in WINDOW_WIDE_CATEGORIES:  # Ctrl+O, Ctrl+Q work wherever the keyboard is
                action.setShortcuts([QKeySequence(k) for k in keys if k.startswith("Ctrl+")])

    # --- documents --------------------------------------------------------------------------------

    def _open_first(self) -> None:
        resume = resume_point(self.store)
        docs = self.store.documents()
        if resume:
            self.open_document(resume[0])
        elif docs:
            self.open_document(docs[0]["id"])
        else:
            self.message(self.tr("No documents yet: clearance gui FILE.pdf adds them"))

    def _name_orphans(self) -> None:
        """At start: folders an export staged and never put in place (it was killed), named so nobody
        takes them for a batch that left."""
        found = orphans()
        if found:
            self.message(self.tr("An export that never finished left {folders}: its batch is not published "
                                 "(delete the folder)").format(folders=", ".join(map(str, found))), 60000)

    def open_document(self, doc_id: int) -> None:
        self._close_document()
        doc = self.store.document(doc_id)
        try:  # the original as imported (sha256), or the reviewer would see findings of another file
            self.source = self.workspace.open_stored(doc_id)
        except PdfError as exc:
            self.message(exc.reason, 15000)
            return
        self.session = ReviewSession(self.store, doc_id, self.source.page_text)
        self.session.on_move = self._position_timer.start
        self.ctx.session = self.session
        self.page_sizes = {r["number"]: (r["width"], r["height"]) for r in self.store.page_rows(doc_id)}
        self.renderer = RenderThread(self.source, self._on_rendered, self._on_render_failed, self._on_thumbnail)
        self.setWindowTitle(self.tr("Clearance — {name}").format(name=doc["name"]))
        self.pages.blockSignals(True)
        self.pages.clear()
        self.flagged_pages = self.store.flagged_pages(doc_id)
        for n in range(doc["pages"]):  # a page OCR read poorly is marked: the reviewer reads it by eye
            flag = self.flagged_pages.get(n)
            self.pages.addItem((self.tr("Page {n}  ⚠ check by eye") if flag else self.tr("Page {n}")).format(n=n + 1))
            if flag:
                self.pages.item(n).setToolTip(flag)
        self.pages.blockSignals(False)
        self.page = -1
        self.start_thumbnails(doc["pages"])
        self.session.save_position()
        if self.session.current:
            self.show_finding()
        else:
            self.show_page(0)
        self.refresh(queue=True)
        self.consent_panel.show_document(doc_id)
        self.scan_next()

    def _save_position(self) -> None:
        self._position_timer.stop()
        if self.session:
            self.session.save_position()

    def _close_document(self) -> None:
        if self.residue_panel.isVisible():  # the residue list is the open document's
            self.hide_residue()
            self.set_mode("review")
        if self._position_timer.isActive():
            self._save_position()
        if self.renderer:
            self.renderer.stop()
            self.renderer = None
        if self.source:
            self.source.close()
            self.source = None
        self.images.clear()
        self.session = self.ctx.session = None

    def step_document(self, step: int) -> None:
        ids = [d["id"] for d in self.store.documents()]
        if not ids:
            return
        here = ids.index(self.session.doc_id) if self.session else -1
        self.open_document(ids[(here + step) % len(ids)])

    # --- running commands ---------------------------------------------------------------------------

    def run_command(self, cid: str) -> None:
        try:
            command = get_command(cid)
            command(self.ctx)
        except (CommandError, ReviewError, ValueError) as exc:
            self.message(str(exc))
            command = None
        # The command's traits say what to repaint: a move changes no finding, so the store counts
        # and the table diff are skipped (key latency); a queue-wide change judges every document.
        decides = command is not None and command.decides
        queue_wide = command is not None and command.scope == "queue"
        self.refresh(queue=decides or queue_wide, changed=decides, all_documents=queue_wide)

    def refresh(self, queue: bool = False, changed: bool = True, all_documents: bool = False) -> None:
        """Repaint what a change touched; `queue` refreshes the queue, judging the consent of the
        current document again, or of every document with `all_documents`."""
        s = self.session
        if s is None:
            return
        self.update_highlights()
        quasi = s.current is not None and s.current.identifier == "quasi"
        self.details.show_finding(s.current, s.class_notes().get(s.current.id) if quasi else None)
        if changed:
            self.findings.show_findings(s.findings, s.index, s.class_notes())
            p = s.progress()
            text = self.tr("Document {decided}/{total} decided · Queue {queue_decided}/{queue_total}").format(
                decided=p.document_decided, total=p.document_total, queue_decided=p.queue_decided,
                queue_total=p.queue_total)
            if p.classes_pending:  # quasi-identifiers wait for their class's approval, not for a key each
                keys = ", ".join(self.keymap.keys_for("quasi-approve", "review")[:1])
                pending = ", ".join(f"{translate(CORE_CONTEXT, c)} {n}" for c, n in p.classes_pending.items())
                text += (self.tr(" · Pending approval: ") + pending
                         + (f" ({keys})" if keys else ""))
            self.progress_label.setText(text)
        else:
            self.findings.select(s.index)
        if queue:
            self.queue.show_queue(self.store, s.doc_id, self.failures, None if all_documents else {s.doc_id})
            self.consent_panel.refresh()  # a decision may settle or raise a consent reason

    def changeEvent(self, event) -> None:
        # Back from the registry view or another window: a withdrawal there may change any badge.
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow() and self.session:
            self.refresh(queue=True, changed=False, all_documents=True)
        super().changeEvent(event)

    def _links_changed(self, change) -> None:
        """A party was linked or its link changed (the core proposed its names): show what it did."""
        if self.session is None:
            return
        if change.problem:
            self.message(change.problem[0].upper() + change.problem[1:])
        elif change.proposed:
            self.message(self.tr("{count} more occurrence(s) of the linked parties' names proposed").format(count=change.proposed))
        self.session.reload()
        self.refresh(queue=True)

    # --- mouse ----------------------------------------------------------------------------------------

    def _page_clicked(self, row: int) -> None:
        if self.session and row >= 0:
            found = self.session.first_on_page(row)
            if found is not None and found.page == row:
                self.show_finding()
            else:
                self.show_page(row)
            self.refresh()

    def _finding_clicked(self, finding_id: int) -> None:
        if self.session:
            self.session.go_to(finding_id)
            self.show_finding()
            self.refresh(changed=False)

    def _box_drawn(self, page: int, rect: tuple) -> None:
        if self.session:
            try:
                self.session.add_manual_box(page, rect)
            except ReviewError as exc:
                self.message(str(exc))
            self.show_finding()
            self.refresh(queue=True)

    def closeEvent(self, event) -> None:
        self._store_timer.stop()
        if self.scan_job is not None:
            self.scan_job.stop()  # pages already scanned are stored; the rest resumes next time
            self.scan_job = None
        self._save_position()
        self._close_document()
        super().closeEvent(event)
