"""A seeded page sample of a batch's redacted output: the same seed and batch always draw the same pages.

A batch's pages are numbered in manifest order (each document's pages in turn) and named by the
document's source sha256 and page number (`3f2a9c01b2d4:5`), names that stay the same when the batch is
built again with a fix. The draw is a seeded permutation of the pages (uniform) or of each document's
pages (stratified); a sample of n pages is the first n of it, so a sample made larger keeps the pages
already drawn. Anyone holding the manifest and the seed can draw it again (`clearance verify DIR`).
"""

from __future__ import annotations

import random
from dataclasses import dataclass


@dataclass(frozen=True)
class Page:
    page_id: str  # "<source sha256, 12 hex>:<page from 1>"
    document: str  # the document's source sha256 (its stratum)
    number: int  # page number from 0


def page_id(source_sha256: str, number: int) -> str:
    return f"{source_sha256[:12]}:{number + 1}"


def population(documents: list[dict]) -> list[Page]:
    """Every page of the batch in manifest order; documents are manifest entries (source_sha256, pages)."""
    return [Page(page_id(d["source_sha256"], i), d["source_sha256"], i)
            for d in documents for i in range(int(d["pages"]))]


def strata(pages: list[Page]) -> dict[str, int]:
    out: dict[str, int] = {}
    for p in pages:
        out[p.document] = out.get(p.document, 0) + 1
    return out


def allocation(sizes: dict[str, int], n: int) -> dict[str, int]:
    """Proportional allocation of n pages over documents, rounded by largest remainder (ties: manifest order)."""
    total = sum(sizes.values())
    exact = {d: n * s / total for d, s in sizes.items()}
    out = {d: int(e) for d, e in exact.items()}
    order = sorted(sizes, key=lambda d: -(exact[d] - out[d]))  # stable: the manifest order breaks ties
    for d in order[: n - sum(out.values())]:
        out[d] += 1
    return out


def draw(pages: list[Page], n: int, seed: int, stratified: bool = False) -> list[Page]:
    """n pages of the population, in population order."""
    if not 0 < n <= len(pages):
        raise ValueError(f"a sample is 1 to {len(pages)} pages (the batch has {len(pages)}), not {n}")
    rng = random.Random(seed)
    if not stratified:
        order = list(range(len(pages)))
        rng.shuffle(order)
        return [pages[i] for i in sorted(order[:n])]
    by_doc: dict[str, list[int]] = {}
    for i, p in enumerate(pages):
        by_doc.setdefault(p.document, []).append(i)
    take = allocation({d: len(ix) for d, ix in by_doc.items()}, n)
    chosen: list[int] = []
    for d, ix in by_doc.items():  # one permutation per document, drawn in manifest order
        ix = list(ix)
        rng.shuffle(ix)
        chosen += ix[: take[d]]
    return [pages[i] for i in sorted(chosen)]


def redraw_matches(documents: list[dict], recorded: dict) -> str | None:
    """Whether a manifest's recorded sample is the one its seed draws; None if so, else what differs."""
    try:
        pages = population(documents)
        drawn = draw(pages, len(recorded["pages"]), int(recorded["seed"]), bool(recorded.get("stratified")))
    except (KeyError, TypeError, ValueError) as exc:
        return f"the recorded QA sample cannot be drawn again ({exc})"
    if [p.page_id for p in drawn] != list(recorded["pages"]):
        return f"the recorded QA sample is not what seed {recorded['seed']} draws from the batch's pages"
    return None
