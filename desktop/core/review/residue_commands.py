"""The residue list's commands: `g i` opens it (the `residue` mode), then one key redacts every occurrence
of the current group and one marks it fine; both are recorded and undone like any decision."""

from __future__ import annotations

from desktop.core.review.command_registry import Context, command


def _show(ctx: Context) -> None:
    if ctx.ui is not None:
        ctx.ui.show_residue()


def _say(ctx: Context, text: str) -> None:
    if ctx.ui is not None:
        ctx.ui.message(text)


@command("residue-list", category="Residue", repeat=False)
def residue_list(ctx):
    """List what still looks identifying but was never proposed: redact or mark fine each group."""
    residue = ctx.require_session().load_residue()
    if not residue.groups:
        _say(ctx, "No residue: nothing else in this document looks identifying")
        return
    ctx.require_session().next_open_residue()
    if ctx.ui is not None:
        ctx.ui.set_mode("residue")
    _show(ctx)
    _say(ctx, f"Residue: {residue.summary()}")


def _decide(ctx: Context, decision: str) -> None:
    s = ctx.require_session()
    group = s.decide_residue_current(decision)
    _show(ctx)
    done = "redacted everywhere" if decision == "redact" else "marked fine"
    left = len(s.residue_view.undecided) if s.residue_view else 0
    _say(ctx, f"“{group.text}” {done} ({group.count}x) — u undoes it; "
              + (f"{left} group(s) not looked at" if left else "every residue group is decided"))


@command("residue-next", category="Residue", modes=("residue",), menu=False)
def residue_next(ctx):
    """Go to the next residue group."""
    ctx.require_session().step_residue(1)
    _show(ctx)


@command("residue-prev", category="Residue", modes=("residue",), menu=False)
def residue_prev(ctx):
    """Go to the previous residue group."""
    ctx.require_session().step_residue(-1)
    _show(ctx)


@command("residue-redact", category="Residue", modes=("residue",), menu=False, decides=True, repeat=False)
def residue_redact(ctx):
    """Redact every occurrence of the current residue group (recorded; u undoes it)."""
    _decide(ctx, "redact")


@command("residue-fine", category="Residue", modes=("residue",), menu=False, decides=True, repeat=False)
def residue_fine(ctx):
    """Mark the current residue group fine: it identifies no one (recorded; u undoes it)."""
    _decide(ctx, "fine")


@command("residue-undo", category="Residue", modes=("residue",), menu=False, decides=True, repeat=False)
def residue_undo(ctx):
    """Undo the last decision (a residue group's included)."""
    s = ctx.require_session()
    if s.undo() is None:
        _say(ctx, "Nothing to undo")
    s.load_residue()
    _show(ctx)


@command("residue-close", category="Residue", modes=("residue",), menu=False, repeat=False)
def residue_close(ctx):
    """Leave the residue list and go back to the findings."""
    if ctx.ui is not None:
        ctx.ui.hide_residue()
        ctx.ui.set_mode("review")
