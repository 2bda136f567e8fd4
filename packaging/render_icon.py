"""Render resources/icons/clearance.svg to the PNG, ICO and iconset files installers need."""

from __future__ import annotations

import argparse
import struct
from pathlib import Path

import pymupdf

SVG = Path(__file__).resolve().parents[1] / "resources" / "icons" / "clearance.svg"
ICONSET_SIZES = (16, 32, 64, 128, 256, 512)


def render_png(size: int, svg: Path = SVG) -> bytes:
    """The icon as a size x size PNG with a transparent background."""
    with pymupdf.open(svg) as doc:
        page = doc[0]
        zoom = size / page.rect.width
        return page.get_pixmap(matrix=pymupdf.Matrix(zoom, zoom), alpha=True).tobytes("png")


def ico_from_png(png: bytes, size: int = 256) -> bytes:
    """A one-image .ico holding a PNG (Windows Vista and later read these; 256 is written as 0)."""
    header = struct.pack("<HHH", 0, 1, 1)
    side = 0 if size >= 256 else size
    entry = struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), 6 + 16)
    return header + entry + png


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("out", type=Path, help="directory for clearance.png, clearance.ico, clearance.iconset/")
    out = parser.parse_args().out
    out.mkdir(parents=True, exist_ok=True)
    png = render_png(256)
    (out / "clearance.png").write_bytes(png)
    (out / "clearance.ico").write_bytes(ico_from_png(png))
    iconset = out / "clearance.iconset"
    iconset.mkdir(exist_ok=True)
    for size in ICONSET_SIZES:  # the names iconutil expects on macOS
        (iconset / f"icon_{size}x{size}.png").write_bytes(render_png(size))
        if size <= 256:
            (iconset / f"icon_{size}x{size}@2x.png").write_bytes(render_png(size * 2))


if __name__ == "__main__":
    main()
