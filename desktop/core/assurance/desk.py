"""What the window asks of corpus-scale assurance, over the workspace's connections (any thread).

`QaDesk(workspace)` holds no store of its own: every call takes the connection of the thread it runs on
from the workspace (`workspace.connection()`), as the workspace's own operations do.
"""

from __future__ import annotations

from pathlib import Path

from desktop.core.assurance import qa
from desktop.core.assurance.autobatch import BatchRun, run_batch
from desktop.core.assurance.consistency import ConsistencyReport, consistency, redact_exceptions
from desktop.core.assurance.fix import undo_everywhere
from desktop.core.assurance.policies import policy
from desktop.core.export.preview import redacted_preview


class QaDesk:
    def __init__(self, workspace):
        self.workspace = workspace

    def sample(self, batch_id: str | None = None) -> dict:
        """The QA report of the batch (default: the newest unsigned automatic one): pages, verdicts, bound."""
        with self.workspace.connection() as store:
            return qa.report(store, batch_id)

    def mark(self, batch_id: str, page_id: str, missed: str | None = None, entity_type: str = "OTHER") -> dict:
        with self.workspace.connection() as store:
            return qa.mark_page(store, batch_id, page_id, missed, entity_type)

    def output_page(self, doc_id: int, number: int, zoom: float):
        """The page as it leaves: every decision applied to the checked original."""
        with self.workspace.connection() as store:
            return redacted_preview(store, doc_id, number, zoom)

    def consistency(self, doc_ids: list[int] | None = None) -> ConsistencyReport:
        """Names redacted in one document and readable or rejected in another (`clearance consistency`)."""
        with self.workspace.connection() as store:
            return consistency(store, doc_ids)

    def redact_everywhere(self, report: ConsistencyReport, terms: list[str]) -> tuple[dict[str, int], dict]:
        """`clearance consistency --redact-everywhere TERM...`: occurrences redacted per term, and the
        decision groups per document that `undo` takes back."""
        groups: dict[int, list[str]] = {}
        with self.workspace.connection() as store:
            return redact_exceptions(store, report, terms, groups), groups

    def undo(self, groups: dict[int, list[str]]) -> int:
        with self.workspace.connection() as store:
            return undo_everywhere(store, groups)

    def new_batch(self, folder: Path, policy_name: str = "default", progress=None) -> tuple[BatchRun, list]:
        """Scan a folder and build its automatic batch (`clearance batch`), on a background thread; returns
        the run and the files that failed."""
        from desktop.core.scan.documents import scan_paths

        with self.workspace.connection() as store:
            report = scan_paths(store, [Path(folder)], progress=progress)
            scanned = {d["id"] for d in store.documents() if d["status"] == "scanned"}
            ids = sorted(set(report.imports.imported + report.imports.duplicates) & scanned)
            if not ids:
                raise qa.QaError(f"{folder}: no document could be scanned")
            return run_batch(store, ids, policy(policy_name), progress=progress), list(report.imports.failed)
