"""The quasi-identifier classes' commands: `g q` approves every class of the document at once (one
decision per class, one undo step), `g Q` a class in every document of the queue that holds it (one
decision per class and document, one undo step); a single quasi finding is overridden as an exception with the usual
reject (`x`, after moving to it with `j`/`k`): it keeps its text, recorded like every decision."""

from __future__ import annotations

from desktop.core.review.classes import policy, treatment_note
from desktop.core.review.command_registry import command


@command("quasi-approve", category="Decide", decides=True, repeat=False)
def quasi_approve(ctx):
    """Approve every quasi-identifier class of the document (dates, amounts, codes, places) under the policy."""
    session = ctx.require_session()
    done = session.approve_classes()
    if ctx.ui is None:
        return
    if not done:
        ctx.ui.message("No quasi-identifier class of this document is waiting for approval")
    else:
        treatments = policy(session.store)
        ctx.ui.message("Approved " + "; ".join(f"{c} ({n}): {treatment_note(c, treatments[c])}"
                                               for c, n in done.items()) + " — u undoes it")
    ctx.ui.show_finding()


@command("quasi-approve-queue", category="Decide", decides=True, repeat=False, scope="queue")
def quasi_approve_queue(ctx):
    """Approve the current quasi-identifier's class (on a direct finding: this document's pending classes) in every document of the queue."""
    session = ctx.require_session()
    which = session.classes_to_approve_everywhere()
    done = session.approve_classes_everywhere(which)
    if ctx.ui is None:
        return
    if not done:
        ctx.ui.message(f"No document of the queue has {', '.join(which) or 'a quasi-identifier class'} waiting "
                       "for approval")
    else:
        treatments = policy(session.store)
        ctx.ui.message("Approved in the queue: " + "; ".join(
            f"{c} in {docs} document(s), {n} finding(s): {treatment_note(c, treatments[c])}"
            for c, (docs, n) in done.items()) + " — u undoes it")
    ctx.ui.show_finding()
