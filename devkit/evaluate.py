"""Recall and precision of findings against ground truth, by box coverage (used by tests and bench)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from desktop.core.model import EntityType, Rect, Status
from desktop.core.pdf import PageText

DIRECT_IDENTIFIERS = (EntityType.PERSON, EntityType.COMPANY, EntityType.EMAIL, EntityType.PHONE, EntityType.IBAN,
                      EntityType.ENVELOPE, EntityType.REGISTER, EntityType.VAT)
SCORED_TYPES = (*DIRECT_IDENTIFIERS, EntityType.ADDRESS, EntityType.URL, EntityType.SIGNATURE)


@dataclass
class Score:
    """Counts per truth type (found/total) and over findings (correct/total)."""

    found: Counter = field(default_factory=Counter)
    total: Counter = field(default_factory=Counter)
    correct_findings: int = 0
    findings: int = 0
    missed: list = field(default_factory=list)

    def recall(self, types: Iterable[str] | None = None) -> float:
        types = list(types) if types is not None else list(self.total)
        total = sum(self.total[t] for t in types)
        return sum(self.found[t] for t in types) / total if total else 1.0

    def precision(self) -> float:
        return self.correct_findings / self.findings if self.findings else 1.0

    def add(self, other: Score) -> None:
        self.found.update(other.found)
        self.total.update(other.total)
        self.correct_findings += other.correct_findings
        self.findings += other.findings
        self.missed.extend(other.missed)

    def table(self) -> str:
        rows = [f"{t:<16} {self.found[t]:>5}/{self.total[t]:<5} {self.recall([t]):.3f}" for t in sorted(self.total)]
        return "\n".join(rows)


def _inside(point: tuple[float, float], rect: Rect, slack: float = 0.5) -> bool:
    return rect[0] - slack <= point[0] <= rect[2] + slack and rect[1] - slack <= point[1] <= rect[3] + slack


def _overlaps(a: Rect, b: Rect) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def _centres(page: PageText, start: int, end: int) -> list[tuple[float, float]]:
    out = []
    for i in range(start, end):
        box = page.boxes[i] if 0 <= i < len(page.boxes) else None
        if box is not None and not page.text[i].isspace():
            out.append(((box[0] + box[2]) / 2, (box[1] + box[3]) / 2))
    return out


def score_findings(pages: dict[int, PageText], truth: Iterable, findings: Iterable,
                   types: Iterable[str] = SCORED_TYPES) -> Score:
    """A truth entity is found when finding boxes on its page cover the centres of all its characters
    (a signature: when a finding box overlaps its rectangle), whatever the finding's type. A finding is
    correct when one of its boxes covers a character centre (or a signature) of a scored truth entity.
    Suppressed findings are not proposals and count for neither; quasi-identifiers (dates, amounts,
    places...) count towards finding a truth entity but not in precision: the generated truth labels
    direct identifiers only, and quasi-identifiers are measured apart (bench/quasi.py, bench/tab.py)."""
    types = set(types)
    score = Score()
    truth = [t for t in truth if t.type in types]
    findings = [f for f in findings if f.status != Status.SUPPRESSED]  # not proposed: neither found nor wrong
    by_page: dict[int, list] = {}
    for f in findings:
        by_page.setdefault(f.page, []).append(f)
    truth_points: dict[int, list[tuple[float, float]]] = {}
    truth_rects: dict[int, list[Rect]] = {}
    for t in truth:
        score.total[t.type] += 1
        page = pages[t.page]
        boxes = [b for f in by_page.get(t.page, []) for b in f.boxes]
        if t.start < 0 or t.type == EntityType.SIGNATURE:
            truth_rects.setdefault(t.page, []).extend(t.rects)
            hit = any(_overlaps(r, b) for r in t.rects for b in boxes)
        else:
            points = _centres(page, t.start, t.end)
            truth_points.setdefault(t.page, []).extend(points)
            hit = bool(points) and all(any(_inside(p, b) for b in boxes) for p in points)
        if hit:
            score.found[t.type] += 1
        else:
            score.missed.append(t)
    for f in findings:
        if f.identifier == "quasi":
            continue  # dates, amounts, places...: treated by class, reported apart, no proposal to judge here
        score.findings += 1
        points, rects = truth_points.get(f.page, []), truth_rects.get(f.page, [])
        if any(_inside(p, b) for b in f.boxes for p in points) or any(_overlaps(r, b) for b in f.boxes for r in rects):
            score.correct_findings += 1
    return score
