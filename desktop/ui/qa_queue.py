"""The QA sample as its own queue: the sampled pages of an automatic batch, each shown as it leaves (the
redacted output), marked clean or with a miss from the keyboard (the `qa` mode's keys). Thin: the sample,
the marks and the rendering are desktop.core.assurance's, reached through the workspace."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop.core.assurance.desk import QaDesk
from desktop.core.assurance.report_html import interval_png
from desktop.core.model import EntityType, identifier_kind, type_label
from desktop.ui.i18n import CORE_CONTEXT, translate
from desktop.ui.redaction_preview import to_qimage
from desktop.ui.worker import run_in_background

ZOOM = 1.0


class QaPanel(QWidget):
    """The sample's pages (verdict and misses) above the current page as it leaves."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.title = QLabel("")
        self.title.setWordWrap(True)
        self.estimate = QLabel("")  # the running estimate, updated after each mark
        self.estimate.setWordWrap(True)
        self.chart = QLabel("")  # its interval against the target (core-drawn PNG)
        self.chart_key: tuple | None = None  # what the chart on screen shows: drawn again only when it changes
        self.list = QListWidget()
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the qa mode's keys work from the page
        self.list.setFixedHeight(120)
        self.image = QLabel("")
        scroll = QScrollArea()
        scroll.setWidget(self.image)
        scroll.setWidgetResizable(True)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.title)
        layout.addWidget(self.estimate)
        layout.addWidget(self.chart)
        layout.addWidget(self.list)
        layout.addWidget(scroll, 1)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        self.hide()


class QaQueue:
    """The window's QA queue: which batch, which page, and what the officer decided."""

    def __init__(self, window):
        self.window = window
        self.desk = QaDesk(window.workspace)
        self.panel = QaPanel()
        self.report: dict | None = None
        self.index = 0
        self.shown: tuple[int, int] | None = None  # (document, page) of the image on screen
        self.job = None

    @property
    def page(self) -> dict | None:
        pages = self.report["pages"] if self.report else []
        return pages[self.index] if 0 <= self.index < len(pages) else None

    def open(self, batch_id: str | None = None) -> dict:
        self.report = self.desk.sample(batch_id)
        if not self.report.get("pages"):
            raise ValueError(translate("QaQueue", "batch {batch} has no QA sample yet (clearance qa draw STORE --pages N)")
                             .format(batch=self.report["batch"]))
        self.index = next((i for i, p in enumerate(self.report["pages"]) if p["verdict"] is None), 0)
        self.show()
        return self.report

    def reload(self) -> None:
        self.report = self.desk.sample(self.report["batch"])

    def step(self, by: int) -> None:
        if self.report and self.report["pages"]:
            self.index = (self.index + by) % len(self.report["pages"])
            self.show()

    def mark(self, missed: str | None = None, entity_type: str = "OTHER") -> dict:
        page = self.page
        done = self.desk.mark(self.report["batch"], page["page_id"], missed, entity_type)
        self.reload()
        following = [i for i, p in enumerate(self.report["pages"]) if p["verdict"] is None]
        self.index = next((i for i in following if i > self.index), following[0] if following else self.index)
        self.shown = None  # a fix changed the output: render it again
        self.show()
        return done

    def show(self) -> None:
        r = self.report
        panel = self.panel
        panel.list.clear()
        for p in r["pages"]:
            misses = "; ".join(f"{m['type']} “{m['text']}”" for m in p["misses"])
            verdict = translate(CORE_CONTEXT, p["verdict"]) if p["verdict"] else translate("QaQueue", "to mark")
            panel.list.addItem(translate("QaQueue", "{verdict:8}  {page_id}  document {document} page {page}  {misses}")
                               .format(verdict=verdict, page_id=p["page_id"], document=p["document_id"],
                                       page=p["page"], misses=misses))
        panel.list.setCurrentRow(self.index)
        bound = (translate("QaQueue", "{marked} of {sampled} marked, {missed} with a miss; {confidence:.0%} upper "
                           "bound {bound:.2%}").format(marked=r["pages_marked"], sampled=r["pages_sampled"],
                                                       missed=r["pages_with_miss"], confidence=r["confidence"],
                                                       bound=r["upper_bound"])
                 + (translate("QaQueue", " (target {target:.2%})").format(target=r["target"])
                    if r.get("target") is not None else ""))
        panel.title.setText(translate("QaQueue", "QA sample of batch {batch} (seed {seed}): {bound}   —   {hint}")
                            .format(batch=r["batch"], seed=r["seed"], bound=bound, hint=self.window._mode_hint("qa")))
        show_estimate(panel, r)
        panel.show()
        page = self.page
        if page and self.shown != (page["document_id"], page["page"]):
            self.shown = (page["document_id"], page["page"])
            panel.image.setText(translate("QaQueue", "Rendering the page as it leaves…"))
            desk, doc, number = self.desk, page["document_id"], page["page"] - 1
            self.job = run_in_background(lambda _p: desk.output_page(doc, number, ZOOM), self._image, self._failed)

    def _image(self, rendered) -> None:
        self.panel.image.setPixmap(QPixmap.fromImage(to_qimage(rendered)))

    def _failed(self, reason: str) -> None:
        self.panel.image.setText(translate("QaQueue", "The page could not be rendered: {reason}").format(reason=reason))

    def close(self) -> None:
        self.panel.hide()
        self.report = None


def show_estimate(panel: QaPanel, r: dict) -> None:
    """Pages marked of sampled, misses, rate, the bound against the target, and the interval drawn."""
    target = r.get("target")
    verdict = ("" if target is None else translate("QaQueue", " — at or under the target") if r["upper_bound"] <= target
               else translate("QaQueue", " — above the target of {target:.2%}").format(target=target))
    panel.estimate.setText(translate("QaQueue", "Estimate: {marked} / {sampled} pages marked, {missed} with a miss, "
                                     "rate {rate:.2%}, {confidence:.0%} upper bound {bound:.2%}{verdict}").format(
        marked=r["pages_marked"], sampled=r["pages_sampled"], missed=r["pages_with_miss"], rate=r["miss_rate"],
        confidence=r["confidence"], bound=r["upper_bound"], verdict=verdict))
    key = (r["miss_rate"], r["upper_bound"], target, r["confidence"])
    if key != panel.chart_key:
        panel.chart_key = key
        panel.chart.setPixmap(QPixmap.fromImage(QImage.fromData(interval_png(*key))))


DIRECT_TYPES = [t for t in EntityType if identifier_kind(t) == "direct"] + \
    [t for t in EntityType if identifier_kind(t) != "direct"]


class MissDialog(QDialog):
    """What is still readable on the page: its text and its type (Tab between them, Enter records)."""

    def __init__(self, page_id: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Miss on {page}").format(page=page_id))
        self.text = QLineEdit()
        self.type = QComboBox()
        for t in DIRECT_TYPES:
            self.type.addItem(translate(CORE_CONTEXT, type_label(t)), str(t))
        self.type.setCurrentIndex(DIRECT_TYPES.index(EntityType.OTHER))
        form = QFormLayout(self)
        form.addRow(self.tr("Text still readable"), self.text)
        form.addRow(self.tr("Type"), self.type)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def miss(self) -> tuple[str, str]:
        return self.text.text().strip(), self.type.currentData()
