"""A consent CSV into the registry, all rows or none: the one path of `clearance consent import` and
the window's Consent > Import CSV…."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.core.consent.csvio import ParsedConsents, read_consents

if TYPE_CHECKING:  # the store is a layer above: its areas are named for the type checker only
    from desktop.core.store.areas import PartiesStore


@dataclass
class CsvImport:
    """What an import did: `problems` (one line each) mean nothing was imported."""

    problems: list[str] = field(default_factory=list)
    summary: str = ""

    @property
    def imported(self) -> bool:
        return not self.problems


def checked_csv(path: Path) -> tuple[ParsedConsents | None, list[str]]:
    """The file's rows, or every problem that keeps them all out (one line each)."""
    if path.is_dir():
        return None, [f"{path}: is a folder; give the CSV file"]
    parsed = read_consents(path)
    if parsed.file_error:
        return None, [f"{path}: {parsed.file_error}"]
    if parsed.errors:
        more = [f"{path}: ... and {parsed.more_errors} more error(s)"] if parsed.more_errors else []
        total = len(parsed.errors) + parsed.more_errors
        return None, ([f"{path}: {e}" for e in parsed.errors] + more
                      + [f"{path}: {total} error(s); nothing was imported"])
    if not parsed.rows:
        return None, [f"{path}: no consent rows (only a header or empty lines); nothing was imported"]
    return parsed, []


def import_checked(store: PartiesStore, parsed: ParsedConsents,
                   progress: Callable[[int, int | None], None] | None = None) -> str:
    """Import rows `checked_csv` passed; returns the one-line summary."""
    report = store.import_consents(parsed.rows, total=len(parsed.rows), source=parsed.source, progress=progress)
    return (f"{report.consents_added} consent(s) added, {report.consents_updated} updated, {report.unchanged} "
            f"unchanged; {report.parties_added} new part(y/ies), {report.parties_updated} updated"
            + (f"; {parsed.duplicates} duplicate row(s) skipped" if parsed.duplicates else ""))


def import_consent_csv(store: PartiesStore, path: Path,
                       progress: Callable[[int, int | None], None] | None = None) -> CsvImport:
    parsed, problems = checked_csv(path)
    if problems:
        return CsvImport(problems)
    return CsvImport(summary=import_checked(store, parsed, progress))
