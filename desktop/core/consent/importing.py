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


# The summary's templates: the window and the command line translate them (their fields are numbers).
IMPORTED = ("{added} consent(s) added, {updated} updated, {unchanged} unchanged; {parties} new part(y/ies), "
            "{parties_updated} updated")
SKIPPED = "{imported}; {count} duplicate row(s) skipped"
SUMMARY_TEMPLATES = (SKIPPED, IMPORTED)


def import_checked(store: PartiesStore, parsed: ParsedConsents,
                   progress: Callable[[int, int | None], None] | None = None) -> str:
    """Import rows `checked_csv` passed; returns the one-line summary."""
    report = store.import_consents(parsed.rows, total=len(parsed.rows), source=parsed.source, progress=progress)
    imported = IMPORTED.format(added=report.consents_added, updated=report.consents_updated,
                               unchanged=report.unchanged, parties=report.parties_added,
                               parties_updated=report.parties_updated)
    return SKIPPED.format(imported=imported, count=parsed.duplicates) if parsed.duplicates else imported


def import_consent_csv(store: PartiesStore, path: Path,
                       progress: Callable[[int, int | None], None] | None = None) -> CsvImport:
    parsed, problems = checked_csv(path)
    if problems:
        return CsvImport(problems)
    return CsvImport(summary=import_checked(store, parsed, progress))
