"""The review window: queue, page view, findings, status bar; menus and keys come from the registry."""

from __future__ import annotations

from collections import OrderedDict

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.core.commands import CommandError, Context, all_commands, get_command
from desktop.core.keymap import Keymap, key_rows
from desktop.core.pagesource import PageSource
from desktop.core.pdf import PdfError
from desktop.core.review import ReviewError, ReviewSession, resume_point
from desktop.core.scan import propagate_linked_parties
from desktop.ui.cheatsheet import CheatSheet
from desktop.ui.consent_panel import ConsentPanel
from desktop.ui.findings_panel import FindingsPanel
from desktop.ui.keys import NO_REPEAT_CATEGORIES, KeyDispatcher
from desktop.ui.page_view import PageView
from desktop.ui.queue_panel import QueuePanel
from desktop.ui.worker import RenderThread, scan_in_background

MENU_ORDER = ("Navigate", "Decide", "Box", "Select", "Find", "View")  # then others, Help last
MOVE_CATEGORIES = ("Navigate", "View", "Help")  # commands that change no finding
# Commands whose decisions or consent changes reach beyond the open document.
QUEUE_WIDE_COMMANDS = ("queue-", "consent-")
IMAGE_CACHE = 12  # rendered pages kept, so flipping back and forth does not re-render
# The resume position is written this long after the last move, not on every key press (a commit
# with synchronous=FULL costs more than a frame); closing or switching documents writes it at once.
POSITION_SAVE_MS = 400


class FindBar(QLineEdit):
    def __init__(self, on_find, parent=None):
        super().__init__(parent)
        self.setPlaceholderText("Find in document — Enter to find, Esc to close")
        self.returnPressed.connect(lambda: on_find(self.text()))
        self.hide()

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.hide()
            self.parent().setFocus()
            return
        super().keyPressEvent(event)


class MainWindow(QMainWindow):
    """Implements what commands ask of `ctx.ui` (see desktop.core.review_commands)."""

    def __init__(self, store, keymap: Keymap, keymap_message: str | None = None,
                 failures: list[tuple[str, str]] = ()):
        super().__init__()
        self.store = store
        self.keymap = keymap
        self.failures = list(failures)
        self.session: ReviewSession | None = None
        self.source: PageSource | None = None
        self.renderer: RenderThread | None = None
        self.scan_job = None
        self.page = 0
        self.page_sizes: dict[int, tuple[float, float]] = {}
        self.flagged_pages: dict[int, str] = {}  # page -> why OCR wants a person to check it
        self.images: OrderedDict[tuple[int, float], object] = OrderedDict()
        self.ctx = Context(store=store, ui=self)
        self._build()
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

    # --- layout ---------------------------------------------------------------------------------

    def _build(self) -> None:
        self.setWindowTitle("Clearance")
        self.resize(1400, 900)
        self.queue = QueuePanel()
        self.queue.document_clicked.connect(self.open_document)
        self.pages = QListWidget()
        self.pages.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.pages.currentRowChanged.connect(self._page_clicked)
        left = QSplitter(Qt.Orientation.Vertical)
        left.addWidget(self.queue)
        left.addWidget(self.pages)
        left.setSizes([420, 380])
        self.view = PageView()
        self.view.box_drawn.connect(self._box_drawn)
        self.view.zoom_changed.connect(self._zoom_changed)
        self.find_bar = FindBar(self._find)
        centre = QWidget()
        box = QVBoxLayout(centre)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(0)
        box.addWidget(self.find_bar)
        box.addWidget(self.view)
        self.findings = FindingsPanel()
        self.findings.finding_clicked.connect(self._finding_clicked)
        self.consent_panel = ConsentPanel(self.store)
        self.consent_panel.links_changed.connect(self._links_changed)
        self.consent_panel.left.connect(self.view.setFocus)
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(self.findings)
        right.addWidget(self.consent_panel)
        right.setSizes([560, 260])
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(centre)
        split.addWidget(right)
        split.setSizes([320, 640, 440])
        split.setStretchFactor(1, 1)
        self.setCentralWidget(split)
        self.mode_label = QLabel("REVIEW")
        self.mode_label.setObjectName("mode")
        self.keys_label = QLabel("")
        self.progress_label = QLabel("")
        self.progress_label.setObjectName("progress")
        bar = self.statusBar()
        bar.addWidget(self.mode_label)
        bar.addWidget(self.keys_label)
        bar.addPermanentWidget(self.progress_label)
        self.view.setFocus()

    def _build_menus(self) -> None:
        def place(c):
            order = MENU_ORDER.index(c.category) if c.category in MENU_ORDER else len(MENU_ORDER)
            return (c.category == "Help", order, c.category)

        menus: dict[str, object] = {}
        for c in sorted(all_commands(), key=place):
            if not c.menu:
                continue
            menu = menus.get(c.category) or menus.setdefault(c.category, self.menuBar().addMenu(c.category))
            keys = self.keymap.keys_for(c.id, "review")
            # The key is shown, not bound: the dispatcher alone turns keys into commands.
            action = menu.addAction(c.help + (f"\t{keys[0]}" if keys else ""))
            action.setObjectName(c.id)
            action.triggered.connect(lambda _=False, cid=c.id: self.run_command(cid))

    # --- documents --------------------------------------------------------------------------------

    def _open_first(self) -> None:
        resume = resume_point(self.store)
        docs = self.store.documents()
        if resume:
            self.open_document(resume[0])
        elif docs:
            self.open_document(docs[0]["id"])
        else:
            self.message("No documents yet: clearance gui FILE.pdf adds them")

    def open_document(self, doc_id: int) -> None:
        self._close_document()
        doc = self.store.document(doc_id)
        self.source = PageSource(path=doc["path"], name=doc["name"])
        self.session = ReviewSession(self.store, doc_id, self.source.page_text)
        self.session.on_move = self._position_timer.start
        self.ctx.session = self.session
        self.page_sizes = {r["number"]: (r["width"], r["height"]) for r in self.store.page_rows(doc_id)}
        self.renderer = RenderThread(self.source, self._on_rendered, self._on_render_failed)
        self.setWindowTitle(f"Clearance — {doc['name']}")
        self.pages.blockSignals(True)
        self.pages.clear()
        self.flagged_pages = self.store.flagged_pages(doc_id)
        for n in range(doc["pages"]):  # a page OCR read poorly is marked: the reviewer reads it by eye
            flag = self.flagged_pages.get(n)
            self.pages.addItem(f"Page {n + 1}  ⚠ check by eye" if flag else f"Page {n + 1}")
            if flag:
                self.pages.item(n).setToolTip(flag)
        self.pages.blockSignals(False)
        self.page = -1
        self.session.save_position()
        if self.session.current:
            self.show_finding()
        else:
            self.show_page(0)
        self.refresh(queue=True)
        self.consent_panel.show_document(doc_id)
        self._start_scan(doc)

    def _save_position(self) -> None:
        self._position_timer.stop()
        if self.session:
            self.session.save_position()

    def _close_document(self) -> None:
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

    def _start_scan(self, doc: dict) -> None:
        if doc["status"] == "scanned" or self.scan_job is not None:
            return
        order = [self.page] + [n for n in range(doc["pages"]) if n != self.page]  # visible page first
        self.scan_job = scan_in_background(self.store, doc["id"], order, self._scan_progress,
                                           self._scan_finished, self)
        if self.scan_job is not None:
            self.message(f"Detecting entities in {doc['name']}…", 0)

    def _scan_progress(self, done: int, total: int) -> None:
        if self.session:
            self.session.reload()
            self.refresh(queue=True)
        self.message(f"Detecting entities… {done}/{total} pages", 0)

    def _scan_finished(self, problem: str) -> None:
        job, self.scan_job = self.scan_job, None
        if job is not None:
            job.stop()
        if self.session:
            self.session.reload()
            self.refresh(queue=True)
            self.consent_panel.refresh()  # scanning proposes the document's parties
        self.message(f"Detection failed: {problem}" if problem else "Detection finished", 0 if problem else 6000)

    # --- pages and images -------------------------------------------------------------------------

    def show_page(self, number: int) -> None:
        if number != self.page:
            self.page = number
            width, height = self.page_sizes.get(number) or self.source.page_size(number)
            self.view.set_page(number, width, height)
            self._request_image(number)
            self.pages.blockSignals(True)
            self.pages.setCurrentRow(number)
            self.pages.blockSignals(False)
            if number in self.flagged_pages:
                self.message(f"Page {number + 1}: {self.flagged_pages[number]}", 8000)
        self.update_highlights()

    def _zoom_changed(self, _zoom: float) -> None:
        self._rerender.start()  # re-render sharp once the zooming stops

    def _request_image(self, number: int) -> None:
        key = (number, round(self.view.render_scale(), 3))
        if key in self.images:
            self.images.move_to_end(key)
            self.view.set_image(number, self.images[key], key[1])
        elif self.renderer:
            self.renderer.render(number, key[1])

    def _on_rendered(self, number: int, scale: float, image) -> None:
        self.images[(number, round(scale, 3))] = image
        while len(self.images) > IMAGE_CACHE:
            self.images.popitem(last=False)
        if number == self.page and abs(scale - self.view.render_scale()) < 1e-3:
            self.view.set_image(number, image, scale)
            if self.session and number + 1 < self.session.document["pages"]:
                nxt = (number + 1, round(scale, 3))
                if nxt not in self.images:
                    self.renderer.render(*nxt)  # prefetch: the next page is usually next

    def _on_render_failed(self, number: int, reason: str) -> None:
        self.message(f"Page {number + 1} cannot be shown: {reason}", 0)

    def update_highlights(self) -> None:
        s = self.session
        if s is None:
            return
        selection = s.selection.boxes if s.selection and s.selection.page.number == self.page else ()
        hits = ()
        if s.hits and self.source:
            hits = [b for h in s.hits if h.page == self.page
                    for b in s.page_text(h.page).span_boxes(h.start, h.end)]
        current = s.current
        self.view.set_highlights(s.on_page(self.page), current.id if current else None, s.box_index,
                                 selection, hits)

    # --- what commands call (ctx.ui) --------------------------------------------------------------

    def show_finding(self) -> None:
        s = self.session
        if s is None or s.current is None:
            return
        f = s.current
        self.show_page(f.page)
        box = f.boxes[min(s.box_index, len(f.boxes) - 1)] if f.boxes else None
        self.view.reveal([box] if box else f.boxes)

    def set_mode(self, mode: str) -> None:
        self.dispatcher.set_mode(mode)
        hint = {"review": "", "select": "  " + self._mode_hint("select"), "type": "  " + self._mode_hint("type")}
        self.mode_label.setText(mode.upper() + hint.get(mode, ""))
        self.mode_label.setProperty("mode", mode)
        self.mode_label.style().polish(self.mode_label)
        self.update_highlights()

    def _mode_hint(self, mode: str) -> str:
        return " · ".join(f"{r.keys[0]} {r.command.split('-', 1)[1]}" for r in key_rows(self.keymap)
                          if r.mode == mode and r.keys)

    def show_pending_keys(self, keys: str) -> None:
        self.keys_label.setText(keys)

    def zoom_by(self, factor: float) -> None:
        self.view.zoom_by(factor)

    def zoom_reset(self) -> None:
        self.view.zoom_reset()

    def fit_width(self) -> None:
        self.view.fit_width()

    def ask_find(self) -> None:
        self.find_bar.show()
        self.find_bar.selectAll()
        self.find_bar.setFocus()

    def _find(self, query: str) -> None:
        self.find_bar.hide()
        self.view.setFocus()
        hit = self.session.find(query) if self.session else None
        if hit is None:
            self.message(f"“{query}” is not in this document")
        else:
            keys = ", ".join(self.keymap.keys_for("find-redact-all", "review")) or "the Find menu"
            self.message(f"{len(self.session.hits)} hit(s) of “{query}” — n/N to step, {keys} to redact all")
            self.show_page(hit.page)
            self.view.reveal(self.session.page_text(hit.page).span_boxes(hit.start, hit.end))

    def show_cheatsheet(self) -> None:
        CheatSheet(self.keymap, self).exec()

    def show_about(self) -> None:
        from desktop.ui.about import show_about

        show_about(self)

    def message(self, text: str, timeout: int = 6000) -> None:
        self.statusBar().showMessage(text, timeout)

    # --- running commands ---------------------------------------------------------------------------

    def run_command(self, cid: str) -> None:
        try:
            command = get_command(cid)
            command(self.ctx)
        except (CommandError, ReviewError, ValueError) as exc:
            self.message(str(exc))
            command = None
        # Moving around changes no finding: skip the store counts and the table diff (key latency).
        changed = command is not None and command.category not in MOVE_CATEGORIES
        queue_wide = cid.startswith(QUEUE_WIDE_COMMANDS)
        self.refresh(queue=command is not None and (command.category in NO_REPEAT_CATEGORIES or queue_wide),
                     changed=changed, all_documents=queue_wide)

    def refresh(self, queue: bool = False, changed: bool = True, all_documents: bool = False) -> None:
        """Repaint what a change touched; `queue` refreshes the queue, judging the consent of the
        current document again, or of every document with `all_documents`."""
        s = self.session
        if s is None:
            return
        self.update_highlights()
        if changed:
            self.findings.show_findings(s.findings, s.index)
            p = s.progress()
            self.progress_label.setText(f"Document {p.document_decided}/{p.document_total} decided · "
                                        f"Queue {p.queue_decided}/{p.queue_total}")
        else:
            self.findings.select(s.index)
        if queue:
            self.queue.show_queue(self.store, s.doc_id, self.failures, None if all_documents else {s.doc_id})

    def changeEvent(self, event) -> None:
        # Back from the registry view or another window: a withdrawal there may change any badge.
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow() and self.session:
            self.refresh(queue=True, changed=False, all_documents=True)
        super().changeEvent(event)

    def _links_changed(self) -> None:
        """A party was linked or its link changed: propose its names wherever they are not findings yet."""
        if self.session is None:
            return
        if self.scan_job is None:  # a running scan propagates at its end anyway
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                added = sum(propagate_linked_parties(self.store, self.session.doc_id).values())
            except (OSError, PdfError) as exc:
                self.message(f"The party's names could not be searched: {exc}")
            else:
                if added:
                    self.message(f"{added} more occurrence(s) of the linked parties' names proposed")
            finally:
                QApplication.restoreOverrideCursor()
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
        if self.scan_job is not None:
            self.scan_job.stop()  # pages already scanned are stored; the rest resumes next time
            self.scan_job = None
        self._save_position()
        self._close_document()
        super().closeEvent(event)
