"""The page: rendered image with highlights coloured by entity type and styled by decision state."""

from __future__ import annotations

from PySide6.QtCore import QEasingCurve, QPointF, QRectF, Qt, QVariantAnimation, Signal
from PySide6.QtGui import QBrush, QColor, QImage, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QGraphicsItem, QGraphicsPixmapItem, QGraphicsScene, QGraphicsView

from desktop.core.model import EntityType, Finding, Source, Status

TYPE_COLOURS = {
    EntityType.PERSON: "#e8590c", EntityType.COMPANY: "#1c7ed6", EntityType.ADDRESS: "#2b8a3e",
    EntityType.EMAIL: "#ae3ec9", EntityType.PHONE: "#f08c00", EntityType.IBAN: "#d6336c",
    EntityType.REGISTER: "#7048e8", EntityType.VAT: "#0c8599", EntityType.ENVELOPE: "#5c940d",
    EntityType.URL: "#1098ad", EntityType.SIGNATURE: "#9c36b5", EntityType.OTHER: "#868e96",
    # quasi-identifiers in muted tones: treated by class, not decided one by one
    EntityType.DATE: "#a9b4a0", EntityType.MONEY: "#b8a98c", EntityType.QUANTITY: "#b0a6b8",
    EntityType.REFERENCE: "#9aaab8", EntityType.PLACE: "#a3b8a9",
    EntityType.DEMOGRAPHIC: "#b8a3a9", EntityType.ORGANISATION: "#a0aab4",
}
FOCUS = QColor("#fab005")
INK = QColor(25, 25, 30, 235)  # a confirmed redaction looks like the black box it will become


def type_colour(entity_type: str) -> QColor:
    return QColor(TYPE_COLOURS.get(entity_type, TYPE_COLOURS[EntityType.OTHER]))


class HighlightLayer(QGraphicsItem):
    """All highlights of one page, painted in one pass (cheap to repaint on every key press)."""

    def __init__(self):
        super().__init__()
        self.rect = QRectF()
        self.findings: list[Finding] = []
        self.current_id: int | None = None
        self.box_index = 0
        self.selection: tuple = ()  # boxes of the keyboard word selection
        self.hits: tuple = ()  # boxes of find hits on this page
        self.current_hit: tuple = ()  # boxes of the current find hit, outlined
        self.setZValue(1)

    def boundingRect(self) -> QRectF:
        return self.rect

    def paint(self, painter: QPainter, option, widget=None) -> None:
        current = None
        for f in self.findings:
            if f.id == self.current_id:
                current = f
                continue
            self._paint_finding(painter, f, focused=False)
        for boxes, fill in ((self.hits, QColor(255, 212, 59, 110)), (self.selection, QColor(51, 154, 240, 110))):
            for b in boxes:
                painter.fillRect(_rect(b), fill)
        ring = QPen(QColor("#e8590c"), 2.5)
        ring.setCosmetic(True)
        painter.setPen(ring)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for b in self.current_hit:
            painter.drawRect(_rect(b).adjusted(-1, -1, 1, 1))
        if current is not None:  # on top of its neighbours
            self._paint_finding(painter, current, focused=True)

    def _paint_finding(self, painter: QPainter, f: Finding, focused: bool) -> None:
        colour = type_colour(f.entity_type)
        pen = QPen(colour, 3 if focused else 1.5)
        pen.setCosmetic(True)
        brush = QBrush(Qt.BrushStyle.NoBrush)
        if f.status in (Status.REJECTED, Status.SUPPRESSED):  # suppressed: dotted, shown only on demand
            pen.setStyle(Qt.PenStyle.DashLine if f.status == Status.REJECTED else Qt.PenStyle.DotLine)
            faint = QColor(colour)
            faint.setAlpha(150 if focused else 90)
            pen.setColor(faint)
        elif f.status == Status.CONFIRMED:
            brush = QBrush(INK)
        else:
            fill = QColor(colour)
            fill.setAlpha(30 if f.identifier == "quasi" else 55)  # a quasi-identifier waits for its class: muted
            brush = QBrush(fill)
        for i, b in enumerate(f.boxes):
            r = _rect(b)
            painter.setPen(pen)
            painter.setBrush(brush)
            painter.drawRect(r)
            if f.source == Source.MANUAL:  # hatched: the reviewer made this one
                painter.setBrush(QBrush(colour, Qt.BrushStyle.BDiagPattern))
                painter.drawRect(r)
            if focused:
                ring = QPen(FOCUS, 2 if i != self.box_index else 4)
                ring.setCosmetic(True)
                painter.setPen(ring)
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRect(r.adjusted(-2, -2, 2, 2))


def _rect(box) -> QRectF:
    x0, y0, x1, y1 = box
    return QRectF(QPointF(x0, y0), QPointF(x1, y1))


SCROLL_MS = 140  # short enough that a reviewer holding j never waits for it


class PageView(QGraphicsView):
    """One page in PDF points; the view's scale is the zoom. Dragging with the mouse draws a box."""

    box_drawn = Signal(int, tuple)  # page, (x0, y0, x1, y1) in points
    zoom_changed = Signal(float)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.SmoothPixmapTransform)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setBackgroundBrush(QColor("#e9ecef"))
        self.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        # A scroll bar that comes and goes changes the width that fit-width depends on: keep it.
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.page = -1
        self.image_page = -1  # the page whose image is shown (rendering is asynchronous)
        self.zoom = 1.0
        self.fit = True  # keep fitting the width when the window is resized
        self.pixmap = QGraphicsPixmapItem()
        self.pixmap.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        self.scene().addItem(self.pixmap)
        self.layer = HighlightLayer()
        self.scene().addItem(self.layer)
        self._drag_from: QPointF | None = None
        self._band = self.scene().addRect(QRectF(), QPen(FOCUS, 0, Qt.PenStyle.DashLine))
        self._band.setZValue(2)
        self._band.hide()
        self._jump_next = True
        self._scroll = QVariantAnimation(self, duration=SCROLL_MS, easingCurve=QEasingCurve.Type.OutCubic)
        self._scroll.valueChanged.connect(self._glide)

    # --- page and image -----------------------------------------------------------------------

    def set_page(self, number: int, width: float, height: float) -> None:
        if number != self.page:
            self.page = number
            self._jump_next = True  # a new page: jump to its finding, a glide from the old page means nothing
            self.pixmap.setPixmap(QPixmap())
            self.image_page = -1
        rect = QRectF(0, 0, width, height)
        self.layer.rect = rect
        self.layer.prepareGeometryChange()
        self.scene().setSceneRect(rect.adjusted(-12, -12, 12, 12))
        if self.fit:
            self._apply_zoom(self._fit_zoom())

    def set_image(self, number: int, image: QImage, scale: float) -> None:
        if number != self.page:
            return
        self.pixmap.setPixmap(QPixmap.fromImage(image))
        self.pixmap.setScale(1 / scale)
        self.image_page = number

    def render_scale(self) -> float:
        """Pixels per point the image should have to look sharp at this zoom."""
        return self.zoom * self.devicePixelRatioF()

    # --- highlights -----------------------------------------------------------------------------

    def set_highlights(self, findings, current_id, box_index=0, selection=(), hits=(), current_hit=()) -> None:
        layer = self.layer
        layer.findings, layer.current_id, layer.box_index = findings, current_id, box_index
        layer.selection, layer.hits, layer.current_hit = tuple(selection), tuple(hits), tuple(current_hit)
        layer.update()

    def reveal(self, boxes, jump: bool = False) -> None:
        """Scroll the boxes into view, leaving a margin, only if they are not already visible.

        Within a page the view glides there (SCROLL_MS), so the eye can follow where the next
        finding is; on a new page it jumps. A new move ends a glide at once, so keys never wait."""
        self._scroll.stop()
        if not boxes:
            return
        area = _rect(boxes[0])
        for b in boxes[1:]:
            area = area.united(_rect(b))
        bars = (self.horizontalScrollBar(), self.verticalScrollBar())
        start = [bar.value() for bar in bars]
        self.ensureVisible(area, 60, 80)
        end = [bar.value() for bar in bars]
        if start == end or self._jump_next or jump:
            self._jump_next = False
            return
        for bar, value in zip(bars, start):
            bar.setValue(value)
        self._scroll.setStartValue(QPointF(*start))
        self._scroll.setEndValue(QPointF(*end))
        self._scroll.start()

    def _glide(self, point: QPointF) -> None:
        self.horizontalScrollBar().setValue(round(point.x()))
        self.verticalScrollBar().setValue(round(point.y()))

    # --- zoom -----------------------------------------------------------------------------------

    def _fit_zoom(self) -> float:
        width = self.layer.rect.width() + 24
        return max(0.2, (self.viewport().width() - 4) / width) if width > 24 else 1.0

    def _apply_zoom(self, zoom: float) -> None:
        zoom = min(max(zoom, 0.2), 8.0)
        if abs(zoom - self.zoom) < 1e-3 and abs(self.transform().m11() - zoom) < 1e-3:
            return
        self.zoom = zoom
        self.resetTransform()
        self.scale(zoom, zoom)
        self.zoom_changed.emit(zoom)

    def zoom_by(self, factor: float) -> None:
        self.fit = False
        self._apply_zoom(self.zoom * factor)

    def zoom_reset(self) -> None:
        self.fit = False
        self._apply_zoom(self.logicalDpiX() / 72)  # real size: 72 points are one inch

    def fit_width(self) -> None:
        self.fit = True
        self._apply_zoom(self._fit_zoom())

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.fit:
            self._apply_zoom(self._fit_zoom())

    # --- drawing a box with the mouse -----------------------------------------------------------------

    def mousePressEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.page >= 0:
            self._drag_from = self.mapToScene(event.position().toPoint())
            self._band.setRect(QRectF(self._drag_from, self._drag_from))
            self._band.show()
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event) -> None:
        if self._drag_from is not None:
            self._band.setRect(QRectF(self._drag_from, self.mapToScene(event.position().toPoint())).normalized())
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event) -> None:
        if self._drag_from is not None and event.button() == Qt.MouseButton.LeftButton:
            r = self._band.rect()
            self._band.hide()
            self._drag_from = None
            if r.width() > 2 and r.height() > 2:
                self.box_drawn.emit(self.page, (r.left(), r.top(), r.right(), r.bottom()))
        super().mouseReleaseEvent(event)
