"""Hand-written-looking signatures: random pen strokes as vector ink or as a PNG image."""

from __future__ import annotations

import random

import pymupdf

Point = tuple[float, float]


def strokes(rng: random.Random, width: float, height: float) -> list[list[Point]]:
    """A few connected Bezier strokes across a width x height box (3n+1 points per stroke)."""
    out = []
    for _ in range(rng.randint(1, 3)):
        x = rng.uniform(0.02, 0.2) * width
        y = rng.uniform(0.35, 0.65) * height
        points = [(x, y)]
        for _ in range(rng.randint(3, 6)):
            step = rng.uniform(0.08, 0.2) * width
            for _ in range(3):
                x = min(width * 0.97, x + step / 3 + rng.uniform(-6, 6))
                y = min(height * 0.95, max(height * 0.05, y + rng.uniform(-0.45, 0.45) * height))
                points.append((x, y))
        out.append(points)
    return out


def offset(points: list[list[Point]], dx: float, dy: float) -> list[list[Point]]:
    return [[(x + dx, y + dy) for x, y in stroke] for stroke in points]


def ink_bbox(lines: list[list[Point]], pad: float = 1.5) -> tuple[float, float, float, float]:
    """The box of the drawn curves, sampled along each cubic so control points do not inflate it."""
    xs, ys = [], []
    for stroke in lines:
        for i in range(0, len(stroke) - 3, 3):
            p0, p1, p2, p3 = stroke[i : i + 4]
            for k in range(11):
                t = k / 10
                a, b, c, d = (1 - t) ** 3, 3 * (1 - t) ** 2 * t, 3 * (1 - t) * t**2, t**3
                xs.append(a * p0[0] + b * p1[0] + c * p2[0] + d * p3[0])
                ys.append(a * p0[1] + b * p1[1] + c * p2[1] + d * p3[1])
    return (min(xs) - pad, min(ys) - pad, max(xs) + pad, max(ys) + pad)


def signature_png(rng: random.Random, width: float = 160, height: float = 48, zoom: float = 2.0) -> bytes:
    """A signature scanned as a greyscale-ish PNG: strokes drawn on a scratch page, rasterised."""
    doc = pymupdf.open()
    page = doc.new_page(width=width, height=height)
    shape = page.new_shape()
    for stroke in strokes(rng, width, height):
        for i in range(0, len(stroke) - 3, 3):
            shape.draw_bezier(*stroke[i : i + 4])
        shape.finish(color=(0.1, 0.1, 0.2), width=1.4, closePath=False, lineCap=1)
    shape.commit()
    png = page.get_pixmap(matrix=pymupdf.Matrix(zoom, zoom), alpha=False).tobytes("png")
    doc.close()
    return png
