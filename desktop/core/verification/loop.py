"""Redact, verify, and redact again where the verifier still reads a term: a bounded closed loop."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.core.model import EntityType, Finding, Source, Status
from desktop.core.redaction.redact import redact_pdf, redact_terms
from desktop.core.verification.output import Hit, VerifyReport, verify_redacted

MAX_ROUNDS = 3


@dataclass(frozen=True)
class LoopResult:
    pdf: bytes
    found: tuple[Finding, ...]  # the redactor's own findings of the terms
    added: tuple[Finding, ...]  # occurrences the verifier found and the loop redacted
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


def redact_verified(pdf_bytes: bytes, terms: list[str], *, extra: list[Finding] = (), label_mode: bool = False,
                    visual: str = "auto", max_rounds: int = MAX_ROUNDS, pages=None) -> LoopResult:
    """Redact every occurrence of the terms (and the `extra` findings), then verify; where the
    verifier reads a term on a page (text layer or rendering) the redactor left, redact it there and
    verify again, up to `max_rounds` times. Hits the loop cannot place on a page stay in the report."""
    out, found = redact_terms(pdf_bytes, terms, label_mode=label_mode, extra=list(extra), pages=pages)
    added: list[Finding] = []
    tried: set[tuple] = set()
    rounds = 0
    while True:
        report = verify_redacted(out, terms, visual=visual)
        rounds += 1
        fixes = [f for f in map(_finding, report.hits) if f is not None and (f.page, f.boxes) not in tried]
        if report.ok or not fixes or rounds > max_rounds:
            return LoopResult(out, tuple(found), tuple(added), report, rounds)
        tried.update((f.page, f.boxes) for f in fixes)
        added += fixes
        out = redact_pdf(out, fixes, label_mode=label_mode)


def _finding(hit: Hit) -> Finding | None:
    if hit.page is None or not hit.boxes:
        return None
    # Placed like text (its boxes are trimmed as the redactor trims text), not as a manual box.
    return Finding(page=hit.page, start=0, end=len(hit.term), entity_type=EntityType.OTHER, text=hit.term, boxes=hit.boxes,
                   recognizer="verifier", explanation={"channel": hit.channel}, source=Source.MANUAL,
                   status=Status.CONFIRMED)
