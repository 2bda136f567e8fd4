"""The quasi-identifier classes' commands: `g q` approves every class of the document at once (one
decision per class, one undo step); a single quasi finding is overridden as an exception with the usual
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
