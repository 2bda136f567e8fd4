"""Ground truth of a generated contract: entity spans read back from the written PDF."""

from __future__ import annotations

import json
import re
from bisect import bisect_left, bisect_right
from dataclasses import asdict, dataclass
from pathlib import Path

from desktop.core.model import Rect
from desktop.core.pdf import PageText, extract_page, open_pdf
from devkit.corpus.layout import Drawn

_SPACES = re.compile(r"\s+")


class CorpusError(Exception):
    """The generator drew something it cannot find again in its own PDF."""


@dataclass(frozen=True)
class TruthEntity:
    """One entity occurrence on one page; start/end index that page's PageText.text."""

    page: int
    start: int
    end: int
    type: str
    text: str
    rects: tuple[Rect, ...]


@dataclass(frozen=True)
class PartyInfo:
    name: str
    kind: str  # "company" | "person"
    short_name: str  # the defined term, e.g. "Supplier" or "Convergo"
    aliases: tuple[str, ...]
    email: str
    register_number: str
    vat_id: str
    role: str  # "contracting party" | "signer" | "witness" | "other"


@dataclass(frozen=True)
class GeneratedContract:
    name: str
    kind: str
    language: str
    pdf: bytes
    truth: tuple[TruthEntity, ...]
    parties: tuple[PartyInfo, ...]
    hard_cases: tuple[str, ...]  # which of HARD_CASES this contract contains


def normalise(text: str) -> str:
    return _SPACES.sub(" ", text.replace("\u00a0", " ")).strip()


class CharIndex:
    """PageText.chars_in_rect for many rectangles: centres sorted by y, so a query is a bisect
    plus a short scan instead of a pass over every character of the page."""

    def __init__(self, page: PageText):
        centres = [
            ((b[1] + b[3]) / 2, (b[0] + b[2]) / 2, i) for i, b in enumerate(page.boxes) if b is not None
        ]
        centres.sort()
        self.ys = [c[0] for c in centres]
        self.centres = centres

    def chars_in_rect(self, rect: Rect) -> list[int]:
        x0, y0, x1, y1 = rect
        lo, hi = bisect_left(self.ys, y0), bisect_right(self.ys, y1)
        return sorted(i for _, cx, i in self.centres[lo:hi] if x0 <= cx <= x1)


def read_truth(pdf: bytes, drawn: list[Drawn], name: str) -> tuple[TruthEntity, ...]:
    """Re-open the written PDF and turn each drawn entity into spans of the extracted page text."""
    doc = open_pdf(pdf, name)
    pages = {}
    out = []
    for item in drawn:
        by_page: dict[int, list[tuple[Rect, str]]] = {}
        for page_no, rect, text in item.parts:
            by_page.setdefault(page_no, []).append((rect, text))
        for page_no, parts in by_page.items():
            if page_no not in pages:
                text = extract_page(doc.load_page(page_no))
                pages[page_no] = (text, CharIndex(text))
            out.append(_entity(*pages[page_no], item.type, parts))
    doc.close()
    return tuple(out)


def _entity(page: PageText, index: CharIndex, type_: str, parts: list[tuple[Rect, str]]) -> TruthEntity:
    if type_ == "SIGNATURE":
        rect = tuple(round(v, 2) for v in parts[0][0])
        return TruthEntity(page.number, -1, -1, type_, "", (rect,))
    hits = sorted({i for rect, _ in parts for i in index.chars_in_rect(rect)})
    drawn = normalise(" ".join(text for _, text in parts))
    if not hits:
        raise CorpusError(f"page {page.number}: {type_} {drawn!r} has no characters in its rectangles")
    start, end = hits[0], hits[-1] + 1
    text = page.text[start:end]
    if normalise(text) != drawn:
        raise CorpusError(f"page {page.number}: {type_} drawn as {drawn!r} reads back as {text!r}")
    return TruthEntity(page.number, start, end, type_, text, page.span_boxes(start, end))


def truth_json(contract: GeneratedContract) -> str:
    return json.dumps(
        {
            "name": contract.name,
            "kind": contract.kind,
            "language": contract.language,
            "hard_cases": list(contract.hard_cases),
            "parties": [asdict(p) for p in contract.parties],
            "truth": [asdict(t) for t in contract.truth],
        },
        ensure_ascii=False,
        indent=1,
    )


def load_truth(path: Path) -> tuple[tuple[TruthEntity, ...], tuple[PartyInfo, ...]]:
    """Read a NAME.truth.json written by write_corpus."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    truth = tuple(
        TruthEntity(t["page"], t["start"], t["end"], t["type"], t["text"], tuple(tuple(r) for r in t["rects"]))
        for t in data["truth"]
    )
    parties = tuple(PartyInfo(**{**p, "aliases": tuple(p["aliases"])}) for p in data["parties"])
    return truth, parties
