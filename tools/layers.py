"""The core's layers as a picture: read the layers contract from pyproject.toml and the imports the code
really makes (grimp, as lint-imports reads them), and write docs/layers.svg and the text version between
the markers in docs/ARCHITECTURE.md. A development tool (`make docs`), not part of the app.

    python tools/layers.py          # write both
    python tools/layers.py --check  # exit 1 if either is not what the code gives now
"""

from __future__ import annotations

import argparse
import sys
import tomllib
from html import escape
from pathlib import Path

import grimp

ROOT = Path(__file__).resolve().parents[1]
SVG = ROOT / "docs" / "layers.svg"
DOC = ROOT / "docs" / "ARCHITECTURE.md"
BEGIN, END = "<!-- layers: begin (tools/layers.py writes this) -->", "<!-- layers: end -->"
CONTAINER = "desktop.core"


def contract(pyproject: Path = ROOT / "pyproject.toml") -> dict:
    """The layers contract over the core's packages."""
    contracts = tomllib.loads(pyproject.read_text())["tool"]["importlinter"]["contracts"]
    return next(c for c in contracts if c["type"] == "layers" and c.get("containers") == [CONTAINER])


def layers(found: dict) -> list[list[str]]:
    """Top layer first; each a list of sibling packages or modules (`a | b`: independent, `a : b`: not)."""
    return [[m.strip() for m in layer.replace(":", "|").split("|")] for layer in found["layers"]]


def edges(rows: list[list[str]], ignored: list[str]) -> dict[str, list[str]]:
    """Each member -> the members of lower layers it imports directly (an ignored import left out)."""
    graph = grimp.build_graph("desktop")
    for rule in ignored:
        importer, imported = (s.strip() for s in rule.split("->"))
        if graph.direct_import_exists(importer=importer, imported=imported):
            graph.remove_import(importer=importer, imported=imported)
    level = {m: i for i, row in enumerate(rows) for m in row}
    out = {}
    for member in level:
        out[member] = [other for other in level if level[other] > level[member] and graph.direct_import_exists(
            importer=f"{CONTAINER}.{member}", imported=f"{CONTAINER}.{other}", as_packages=True)]
    return out


def text(rows: list[list[str]], imports: dict[str, list[str]]) -> str:
    """The layers as a fenced table: number (top highest), package, what it imports from lower layers."""
    width = max(len(m) for row in rows for m in row)
    lines = [f"layer  {'package':<{width}}  imports directly from the layers below"]
    for i, row in enumerate(rows):
        for j, member in enumerate(row):
            number = str(len(rows) - 1 - i) if j == 0 else ""
            lines.append(f"{number:>5}  {member:<{width}}  {', '.join(imports[member]) or '-'}")
    return "\n".join(["```", *lines, "```"])


BOX_W, BOX_H, GAP_X, GAP_Y, MARGIN = 120, 26, 16, 40, 24


def svg(rows: list[list[str]], imports: dict[str, list[str]]) -> str:
    """Rows of boxes, top layer first; a line from each package down to every package it imports."""
    widest = max(len(row) for row in rows)
    width = 2 * MARGIN + 60 + widest * BOX_W + (widest - 1) * GAP_X
    height = 2 * MARGIN + len(rows) * BOX_H + (len(rows) - 1) * GAP_Y
    place = {}
    for i, row in enumerate(rows):
        left = MARGIN + 60 + (widest - len(row)) * (BOX_W + GAP_X) / 2
        for j, member in enumerate(row):
            place[member] = (left + j * (BOX_W + GAP_X), MARGIN + i * (BOX_H + GAP_Y))
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width:.0f}" height="{height}" '
           f'viewBox="0 0 {width:.0f} {height}" font-family="sans-serif" font-size="12">',
           "<title>Clearance core layers: each package imports only from the layers below it</title>",
           '<defs><marker id="head" viewBox="0 0 6 6" refX="6" refY="3" markerWidth="6" markerHeight="6" '
           'orient="auto"><path d="M0,0 L6,3 L0,6 z" fill="#8a94a6"/></marker></defs>',
           f'<rect width="{width:.0f}" height="{height}" fill="#ffffff"/>']
    for member, targets in imports.items():
        x, y = place[member]
        for target in targets:
            tx, ty = place[target]
            out.append(f'<line x1="{x + BOX_W / 2:.1f}" y1="{y + BOX_H}" x2="{tx + BOX_W / 2:.1f}" y2="{ty}" '
                       'stroke="#8a94a6" stroke-opacity="0.55" marker-end="url(#head)"/>')
    for i, row in enumerate(rows):
        y = MARGIN + i * (BOX_H + GAP_Y)
        out.append(f'<text x="{MARGIN}" y="{y + BOX_H / 2 + 4}" fill="#5b6577">{len(rows) - 1 - i}</text>')
        for member in row:
            x, _ = place[member]
            out.append(f'<rect x="{x:.1f}" y="{y}" width="{BOX_W}" height="{BOX_H}" rx="4" fill="#eef2f8" '
                       'stroke="#3d4a5f"/>')
            out.append(f'<text x="{x + BOX_W / 2:.1f}" y="{y + BOX_H / 2 + 4}" text-anchor="middle" '
                       f'fill="#1d2533">{escape(member)}</text>')
    out.append("</svg>")
    return "\n".join(out) + "\n"


def with_text(document: str, block: str) -> str:
    """The document with `block` between the markers."""
    head, found, rest = document.partition(BEGIN)
    if not found or END not in rest:
        raise SystemExit(f"{DOC}: the markers {BEGIN} and {END} are missing")
    return f"{head}{BEGIN}\n{block}\n{END}{rest.split(END, 1)[1]}"


def render() -> tuple[str, str]:
    """(the SVG, the document with its text version) as the code is now."""
    found = contract()
    rows = layers(found)
    imports = edges(rows, found.get("ignore_imports", []))
    return svg(rows, imports), with_text(DOC.read_text(), text(rows, imports))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if the files are out of date")
    args = parser.parse_args(argv)
    picture, document = render()
    if args.check:
        stale = [p.name for p, want in ((SVG, picture), (DOC, document)) if not p.exists() or p.read_text() != want]
        if stale:
            print(f"out of date: {', '.join(stale)}; run `make docs`", file=sys.stderr)
            return 1
        return 0
    SVG.write_text(picture)
    DOC.write_text(document)
    return 0


if __name__ == "__main__":
    sys.exit(main())
