"""Export's policy on what the verifier still reads: redact it too, ask the verifier again (a bounded
closed loop), and keep what was added as findings the reviewer can see and undo.

The verifier (`desktop.core.verification`) only reads and reports; deciding to redact what it found is
the export's, here, so the verifier never imports the redactor (an import contract says so)."""

from __future__ import annotations

from dataclasses import dataclass, replace

from desktop.core.model import EntityType, Finding, Source, Status
from desktop.core.pdf import PageText
from desktop.core.redaction.redact import redact_pdf, redact_terms
from desktop.core.verification.match import squash
from desktop.core.verification.output import Hit, VerifyReport, verify_redacted

MAX_ROUNDS = 3


@dataclass(frozen=True)
class LoopResult:
    pdf: bytes
    found: tuple[Finding, ...]  # the redactor's own findings of the terms
    added: tuple[Finding, ...]  # occurrences the verifier read and the export then redacted
    report: VerifyReport  # of the final output
    rounds: int  # verifications run

    def added_by_place(self) -> dict[tuple[str, int], list[str]]:
        """(term, page) -> the channels in which the verifier read what the loop then redacted."""
        out: dict[tuple[str, int], list[str]] = {}
        for f in self.added:
            channels = out.setdefault((f.text, f.page), [])
            if f.explanation["channel"] not in channels:
                channels.append(f.explanation["channel"])
        return out


def places(found: list[Finding]) -> list[tuple[int, tuple[str, ...]]]:
    """(page, channels) of each place on a page the findings cover: findings whose boxes overlap are
    one place (the verifier reads one place in several channels, and a name and its shorter form)."""
    groups: list[tuple[int, list[Finding]]] = []
    for f in sorted(found, key=lambda f: f.page):
        group = next((g for page, g in groups if page == f.page and _overlaps_any(f, g)), None)
        if group is None:
            groups.append((f.page, [f]))
        else:
            group.append(f)
    return [(page, tuple(dict.fromkeys(f.explanation.get("channel", "") for f in g))) for page, g in groups]


def redact_verified(pdf_bytes: bytes, terms: list[str], *, extra: list[Finding] = (), label_mode: bool = False,
                    visual: str = "auto", max_rounds: int = MAX_ROUNDS, pages=None) -> LoopResult:
    """Redact every occurrence of the terms (and the `extra` findings), then close the loop on it."""
    out, found = redact_terms(pdf_bytes, terms, label_mode=label_mode, extra=list(extra), pages=pages)
    return replace(close_loop(out, terms, label_mode=label_mode, visual=visual, max_rounds=max_rounds),
                   found=tuple(found))


def close_loop(redacted: bytes, terms: list[str], *, label_mode: bool = False, visual: str = "auto",
               max_rounds: int = MAX_ROUNDS, rejected: list[Finding] = ()) -> LoopResult:
    """Verify a redacted file; where the verifier reads a term on a page (text layer or rendering)
    the redactor left, redact it there and verify again, up to `max_rounds` times. Hits the loop
    cannot place on a page stay in the report, and so do hits where a person `rejected` a finding:
    the loop redacts what nobody decided about, never against a decision."""
    out = redacted
    added: list[Finding] = []
    tried: set[tuple] = set()
    rounds = 0
    while True:
        report = verify_redacted(out, terms, visual=visual)
        rounds += 1
        fixes = [f for f in map(_finding, report.hits)
                 if f is not None and (f.page, f.boxes) not in tried and not _overlaps_any(f, rejected)]
        if report.ok or not fixes or rounds > max_rounds:
            return LoopResult(out, (), tuple(added), report, rounds)
        tried.update((f.page, f.boxes) for f in fixes)
        added += fixes
        out = redact_pdf(out, fixes, label_mode=label_mode)


def rejected_at(hit: Hit, rejected: list[Finding]) -> bool:
    """Whether a hit lies where a person rejected a finding."""
    finding = _finding(hit)
    return finding is not None and _overlaps_any(finding, rejected)


def export_findings(added: list[Finding], pages: list[PageText], redacted: list[Finding]) -> list[Finding]:
    """What the loop redacted, as findings to store: one per place (what overlaps on a page is one place,
    as the verifier reads one place in several channels and rounds), over the characters of the original
    page its boxes cover (none: a box, as over a picture), typed as the redacted text it is a form of (a
    company stays a company in the training text), confirmed, with source `export` and the reason."""
    by_page = {p.number: p for p in pages}
    types = {squash(f.text): f.entity_type for f in redacted if f.start >= 0 and f.text.strip()}
    out: list[Finding] = []
    for f in sorted(added, key=lambda f: f.page):
        page = by_page.get(f.page)
        chars = sorted({i for box in f.boxes for i in page.chars_in_rect(box)}) if page else []
        start, end = (chars[0], chars[-1] + 1) if chars else (-1, -1)
        i = next((i for i, o in enumerate(out) if o.page == f.page and (
            _overlaps_any(f, [o]) or (start >= 0 and o.start >= 0 and start < o.end and o.start < end))), None)
        channels, terms = [f.explanation["channel"]], [f.text]
        if i is not None:
            o = out.pop(i)
            channels, terms = [*o.explanation["channels"], *channels], [*o.explanation["read"], *terms]
            f = replace(f, boxes=_outermost((*o.boxes, *f.boxes)))
            start, end = (min(start, o.start), max(end, o.end)) if start >= 0 and o.start >= 0 else \
                (max(start, o.start), max(end, o.end))
        channels, terms = list(dict.fromkeys(channels)), list(dict.fromkeys(terms))
        text = max(terms, key=len)
        out.append(replace(f, start=start, end=end, text=text, source=Source.EXPORT, status=Status.CONFIRMED,
                           entity_type=types.get(squash(text), f.entity_type),
                           explanation={"reasons": [added_reason(terms, channels, f.page)], "read": terms,
                                        "channel": channels[0], "channels": channels}))
    return out


def added_reason(terms: list[str], channels: list[str], page: int) -> str:
    read = " and ".join(map(repr, terms))
    return f"added at export: the verifier read {read} in {', '.join(channels)} on page {page + 1}"


def _outermost(boxes: tuple) -> tuple:
    """The boxes no other box contains (one copy of each)."""
    unique = tuple(dict.fromkeys(boxes))
    return tuple(b for b in unique if not any(o != b and o[0] <= b[0] and o[1] <= b[1] and o[2] >= b[2]
                                                  and o[3] >= b[3] for o in unique))


def _overlaps_any(finding: Finding, others: list[Finding]) -> bool:
    return any(o.page == finding.page and _intersect(a, b) for o in others for a in o.boxes for b in finding.boxes)


def _intersect(a: tuple, b: tuple) -> bool:
    return min(a[2], b[2]) > max(a[0], b[0]) and min(a[3], b[3]) > max(a[1], b[1])


def _finding(hit: Hit) -> Finding | None:
    if hit.page is None or not hit.boxes:
        return None
    # Placed like text (its boxes are trimmed as the redactor trims text), not as a manual box.
    return Finding(page=hit.page, start=0, end=len(hit.term), entity_type=EntityType.OTHER, text=hit.term, boxes=hit.boxes,
                   recognizer="verifier", explanation={"channel": hit.channel}, source=Source.MANUAL,
                   status=Status.CONFIRMED)
