"""Keyboard word selection on one page: a run of whole words moved and stretched word by word."""

from __future__ import annotations

from desktop.core.model import Rect
from desktop.core.pdf import PageText


class WordSelection:
    """Words `first`..`last` (inclusive) of a page's words in reading order."""

    def __init__(self, page: PageText, near: int = 0):
        self.page = page
        self.words = page.words()
        if not self.words:
            raise ValueError(f"page {page.number + 1} has no text to select; draw a box with the mouse")
        self.first = self.last = next((i for i, w in enumerate(self.words) if w[1] > near), len(self.words) - 1)

    @property
    def span(self) -> tuple[int, int]:
        return self.words[self.first][0], self.words[self.last][1]

    @property
    def text(self) -> str:
        start, end = self.span
        return self.page.text[start:end]

    @property
    def boxes(self) -> tuple[Rect, ...]:
        return self.page.span_boxes(*self.span)

    def move(self, step: int) -> None:
        """Shift the whole selection by `step` words, keeping its length."""
        length = self.last - self.first
        self.first = min(max(self.first + step, 0), len(self.words) - 1 - length)
        self.last = self.first + length

    def extend(self, step: int) -> None:
        """Grow (step > 0) or shrink (step < 0) the selection at its end; at least one word stays."""
        self.last = min(max(self.last + step, self.first), len(self.words) - 1)

    def _line(self, word: int) -> int:
        return self.page.lines[self.words[word][0]]

    def move_line(self, step: int) -> None:
        """Jump to the first word of the next (step 1) or previous (step -1) line, as one word."""
        here = self._line(self.first)
        order = range(self.first + 1, len(self.words)) if step > 0 else range(self.first - 1, -1, -1)
        target = next((i for i in order if self._line(i) != here), None)
        if target is None:
            return
        if step < 0:  # go to the start of that previous line
            line = self._line(target)
            while target > 0 and self._line(target - 1) == line:
                target -= 1
        self.first = self.last = target
