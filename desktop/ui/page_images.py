"""The page on screen: its rendered image (cached, prefetched) and the highlights drawn over it."""

from __future__ import annotations

from PySide6.QtGui import QIcon, QPixmap

from desktop.ui.i18n import translate
from desktop.ui.redaction_preview import follow_page

THUMBNAIL_ZOOM = 0.16  # an A4 page becomes about 95 x 135 pixels in the page list
IMAGE_CACHE = 12  # rendered pages kept, so flipping back and forth does not re-render


class PageImages:
    """Mixed into MainWindow, which provides `session`, `source`, `renderer`, `view`, `pages`,
    `page`, `page_sizes`, `flagged_pages`, `images` and `message`."""

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
                self.message(translate("PageImages", "Page {number}: {note}").format(
                    number=number + 1, note=self.flagged_pages[number]), 8000)
            if self.session is not None:
                follow_page(self, getattr(self, "workspace", self.store), self.session.doc_id, number)
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

    def start_thumbnails(self, pages: int) -> None:
        """Render the page list's thumbnails one at a time on the render thread, so a page the
        reviewer asks for waits behind one thumbnail at most, never behind all of them."""
        self._thumbnails_due = list(range(pages))
        self._next_thumbnail()

    def _next_thumbnail(self) -> None:
        if self._thumbnails_due and self.renderer:
            self.renderer.thumbnails([self._thumbnails_due.pop(0)], THUMBNAIL_ZOOM)

    def _on_thumbnail(self, number: int, image) -> None:
        item = self.pages.item(number)
        if item is not None and not image.isNull():
            item.setIcon(QIcon(QPixmap.fromImage(image)))
        self._next_thumbnail()

    def _on_render_failed(self, number: int, reason: str) -> None:
        self.message(translate("PageImages", "Page {number} cannot be shown: {reason}").format(
            number=number + 1, reason=reason), 0)

    def update_highlights(self) -> None:
        s = self.session
        if s is None:
            return
        selection = s.selection.boxes if s.selection and s.selection.page.number == self.page else ()
        hits, current_hit = (), ()
        if s.hits and self.source:
            hits = [b for h in s.hits if h.page == self.page
                    for b in s.page_text(h.page).span_boxes(h.start, h.end)]
            if s.hit is not None and s.hit.page == self.page:
                current_hit = s.page_text(s.hit.page).span_boxes(s.hit.start, s.hit.end)
        group = s.residue_group if self.residue_panel.isVisible() else None
        if group is not None and self.source:  # the residue list's current group, shown as find hits are
            hits = [b for o in group.occurrences if o.page == self.page
                    for b in s.page_text(o.page).span_boxes(o.start, o.end)]
            current_hit = hits
        current = s.current
        self.view.set_highlights(s.on_page(self.page), current.id if current else None, s.box_index,
                                 selection, hits, current_hit)
