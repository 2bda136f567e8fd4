"""Signatures: images and hand-drawn vector ink near signature-block words, as box-only findings."""

from __future__ import annotations

import re

import pymupdf

from desktop.core.model import EntityType, Finding, Rect
from desktop.core.pdf import PageText

_CUE = re.compile(r"(?i)\b(?:signature|signed|sign here|by:|unterschrift|unterzeichnet|/s/|name:|title:|"
                  r"for and on behalf|für die|datum, ort|place, date|witness)")
_REACH = 120.0  # points between a cue word and the ink or image it labels
_MIN_INK_SEGMENTS = 2


def detect_signatures(page: pymupdf.Page, text: PageText) -> list[Finding]:
    cues = [box for m in _CUE.finditer(text.text) for box in text.span_boxes(m.start(), m.end())]
    if not cues:
        return []
    candidates = [(r, "image") for r in _image_rects(page)] + [(r, "vector ink") for r in _ink_rects(page)]
    out = []
    for rect, kind in candidates:
        if any(_near(rect, cue) for cue in cues):
            out.append(Finding(page=text.number, start=-1, end=-1, entity_type=EntityType.SIGNATURE, text="",
                               boxes=(tuple(round(v, 2) for v in rect),), score=0.8,
                               recognizer="SignatureDetector",
                               explanation={"recognizer": "SignatureDetector", "pattern": kind, "score": 0.8}))
    return out


def _image_rects(page: pymupdf.Page) -> list[Rect]:
    area = page.rect.width * page.rect.height
    rects = []
    for info in page.get_image_info():
        r = pymupdf.Rect(info["bbox"]) & page.rect
        if not r.is_empty and r.width * r.height < area / 4:  # page-sized images are scans, not signatures
            rects.append(tuple(r))
    return rects


def _ink_rects(page: pymupdf.Page) -> list[Rect]:
    """Paths made of curves or many short strokes (not rules or table borders), merged when close."""
    clusters: list[pymupdf.Rect] = []
    for path in page.get_drawings():
        items = path.get("items", [])
        curves = sum(1 for it in items if it[0] == "c")
        slanted = sum(1 for it in items if it[0] == "l" and abs(it[1].x - it[2].x) > 0.5 and abs(it[1].y - it[2].y) > 0.5)
        if curves + slanted < _MIN_INK_SEGMENTS:
            continue
        rect = pymupdf.Rect(path["rect"])
        for c in clusters:
            if _near(tuple(rect), tuple(c), gap=12):
                c |= rect
                break
        else:
            clusters.append(rect)
    return [tuple(c) for c in clusters]


def _near(a: Rect, b: Rect, gap: float = _REACH) -> bool:
    dx = max(b[0] - a[2], a[0] - b[2], 0)
    dy = max(b[1] - a[3], a[1] - b[3], 0)
    return dx <= gap and dy <= gap
