"""The QA queue's commands and File → New batch from folder…: declared without Qt (the dialogs are
imported when they run), registered with the window's own commands."""

from __future__ import annotations

from desktop.core.review.command_registry import CommandError
from desktop.ui.commands import _window, _window_command, translate


def _queue(ctx):
    window = _window(ctx)
    if getattr(window, "qa_queue", None) is None:
        from desktop.ui.qa_queue import QaQueue

        window.qa_queue = QaQueue(window)
        box = window.view.parentWidget().layout()  # the page column: the sample goes above the page
        box.insertWidget(box.indexOf(window.view), window.qa_queue.panel, 3)
    return window.qa_queue


@_window_command("qa-sample", category="QA", repeat=False)
def qa_sample(ctx):
    """Open the QA sample of the newest unsigned automatic batch: its pages as they leave, to mark."""
    from desktop.core.assurance.qa import QaError

    queue = _queue(ctx)
    try:
        report = queue.open()
    except (QaError, ValueError) as exc:
        raise CommandError(str(exc)) from exc
    _window(ctx).set_mode("qa")
    _window(ctx).message(translate("QaCommands", "QA sample: {sampled} page(s), {marked} marked").format(
        sampled=report["pages_sampled"], marked=report["pages_marked"]))


@_window_command("qa-next", category="QA", modes=("qa",), menu=False)
def qa_next(ctx):
    """Show the next sampled page."""
    _queue(ctx).step(1)


@_window_command("qa-prev", category="QA", modes=("qa",), menu=False)
def qa_prev(ctx):
    """Show the previous sampled page."""
    _queue(ctx).step(-1)


@_window_command("qa-clean", category="QA", modes=("qa",), menu=False, decides=True, repeat=False)
def qa_clean(ctx):
    """Mark the sampled page clean: nothing identifying is readable on it (recorded)."""
    from desktop.core.assurance.qa import QaError

    queue = _queue(ctx)
    page = queue.page["page_id"]
    try:
        queue.mark()
    except QaError as exc:
        raise CommandError(str(exc)) from exc
    _window(ctx).message(translate("QaCommands", "{page}: clean").format(page=page))


@_window_command("qa-miss", category="QA", modes=("qa",), menu=False, decides=True, repeat=False)
def qa_miss(ctx):
    """Record a miss on the sampled page (its text and type); it is redacted across the batch."""
    from desktop.core.assurance.qa import QaError
    from desktop.ui.qa_queue import MissDialog

    queue = _queue(ctx)
    page = queue.page["page_id"]
    dialog = MissDialog(page, _window(ctx))
    if not dialog.exec():
        return
    text, entity_type = dialog.miss()
    if not text:
        raise CommandError("no text given: nothing was recorded")
    try:
        done = queue.mark(text, entity_type)
    except QaError as exc:
        raise CommandError(str(exc)) from exc
    fixed = done["fixed"]
    _window(ctx).message(translate("QaCommands", "{page}: miss “{text}” recorded; redacted {count} occurrence(s) in "
                                   "{documents} document(s); the page counts as a miss").format(
        page=page, text=text, count=sum(fixed.values()), documents=len(fixed)))


@_window_command("qa-close", category="QA", modes=("qa",), menu=False, repeat=False)
def qa_close(ctx):
    """Leave the QA sample and go back to the review."""
    _queue(ctx).close()
    _window(ctx).set_mode("review")
    _window(ctx).view.setFocus()


@_window_command("consistency-list", category="QA", scope="queue", repeat=False)
def consistency_list(ctx):
    """List names redacted in one document but readable or rejected in another, by party, to redact everywhere."""
    from desktop.ui.consistency_dialog import ConsistencyDialog

    window = _window(ctx)
    dialog = ConsistencyDialog(window.workspace, parent=window)
    window.consistency_dialog = dialog  # kept while open: tests and the background read reach it
    dialog.exec()
    if dialog.changed and ctx.session is not None:
        ctx.session.reload()  # the open document's findings may be among those redacted
        window.refresh(queue=True, all_documents=True)


@_window_command("batch-new", category="File", scope="queue", repeat=False)
def batch_new(ctx):
    """New batch from folder: scan it, decide every finding by the default policy, build an unsigned batch."""
    from pathlib import Path

    from PySide6.QtWidgets import QFileDialog

    from desktop.ui.worker import run_in_background

    window = _window(ctx)
    chosen = QFileDialog.getExistingDirectory(window, translate("QaCommands", "New batch from folder"))
    if not chosen:
        return
    desk = _queue(ctx).desk
    window.message(translate("QaCommands", "Building an automatic batch from {folder}…").format(folder=chosen), 0)

    def done(result) -> None:
        run, failed = result
        batch = run.existing or (run.batch.batch_id if run.batch else None)
        refused = len(run.batch.refused) if run.batch else 0
        window.message(translate("QaCommands", "batch {batch}: unsigned, {refused} document(s) refused, {failed} file(s) "
                                 "failed; draw its QA sample with clearance qa draw").format(
            batch=batch, refused=refused, failed=len(failed)) if batch
            else translate("QaCommands", "no document passed the checks"))

    window.qa_batch_job = run_in_background(lambda progress: desk.new_batch(Path(chosen), "default", progress),
                                            done, lambda reason: window.message(
                                                translate("QaCommands", "No batch: {reason}").format(reason=reason)))
