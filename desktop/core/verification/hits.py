"""What the verifier reads: one term found in one channel of a redacted output."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Hit:
    channel: str
    term: str
    where: str
    page: int | None = None  # where a reader sees it on a page, and the boxes to redact it there
    boxes: tuple = ()
