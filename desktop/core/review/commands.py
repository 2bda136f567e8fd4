"""The reviewer's commands: plain functions over the review session and the window (`ctx.ui`).

The window (`ctx.ui`) offers: `page`, `show_page(n)`, `show_finding()`, `set_mode(mode)`,
`zoom_by(factor)`, `zoom_reset()`, `fit_width()`, `step_document(step)`, `ask_find()`, `show_hit()`,
`chosen_hits()`, `toggle_hit()`,
`show_cheatsheet()`, `show_about()`, `message(text)`.
"""

from __future__ import annotations

from desktop.core.model import EntityType, Status
from desktop.core.review.command_registry import CommandError, Context, command

BOX_STEP = 1.0  # points moved or resized per arrow key press


def _show(ctx: Context) -> None:
    if ctx.ui is not None:
        ctx.ui.show_finding()


# --- navigation ---------------------------------------------------------------------------------

@command("finding-next", category="Navigate")
def finding_next(ctx):
    """Go to the next finding."""
    ctx.require_session().next()
    _show(ctx)


@command("finding-prev", category="Navigate")
def finding_prev(ctx):
    """Go to the previous finding."""
    ctx.require_session().prev()
    _show(ctx)


@command("finding-first", category="Navigate")
def finding_first(ctx):
    """Go to the first finding of the document."""
    ctx.require_session().first()
    _show(ctx)


@command("finding-next-open", category="Navigate")
def finding_next_open(ctx):
    """Go to the next finding that is still undecided."""
    ctx.require_session().next_open()
    _show(ctx)


# It decides nothing, but the findings listed change: the table and the counts are repainted.
@command("suppressed-toggle", category="View", decides=True, repeat=False)
def suppressed_toggle(ctx):
    """Show or hide the candidates detection suppressed (state "suppressed", why in the Why column)."""
    shown = ctx.require_session().toggle_suppressed()
    if ctx.ui is not None:
        ctx.ui.show_finding()
        ctx.ui.message("Suppressed candidates shown: confirm one to redact it" if shown
                       else "Suppressed candidates hidden")


@command("page-next", category="Navigate")
def page_next(ctx):
    """Show the next page (and its first finding)."""
    _step_page(ctx, 1)


@command("page-prev", category="Navigate")
def page_prev(ctx):
    """Show the previous page (and its first finding)."""
    _step_page(ctx, -1)


def _step_page(ctx, step: int) -> None:
    session = ctx.require_session()
    page = min(max(ctx.ui.page + step, 0), session.document["pages"] - 1)
    found = session.first_on_page(page)
    if found is not None and found.page == page:
        _show(ctx)
    else:
        ctx.ui.show_page(page)


@command("document-next", category="Navigate")
def document_next(ctx):
    """Open the next document of the queue."""
    ctx.ui.step_document(1)


@command("document-prev", category="Navigate")
def document_prev(ctx):
    """Open the previous document of the queue."""
    ctx.ui.step_document(-1)


# --- decisions ----------------------------------------------------------------------------------

@command("finding-accept", category="Decide", decides=True, repeat=False)
def finding_accept(ctx):
    """Confirm the redaction of the current finding and go to the next undecided one."""
    _decide_current(ctx, Status.CONFIRMED)


@command("finding-reject", category="Decide", decides=True, repeat=False)
def finding_reject(ctx):
    """Reject the current finding (keep the text) and go to the next undecided one."""
    _decide_current(ctx, Status.REJECTED)


_VERB = {Status.CONFIRMED: "confirmed", Status.REJECTED: "rejected"}


def _decide_current(ctx, status: str) -> None:
    session = ctx.require_session()
    here = session.current
    overturned = session.decide_and_advance(status)
    if ctx.ui is not None:
        if overturned:  # only ever the finding on screen: say so, it changes an earlier decision
            undo_keys = ", ".join(ctx.ui.keymap.keys_for("undo", "review")[:1]) or "undo"
            ctx.ui.message(f"“{here.text}” changed from {overturned} to {_VERB[status]} — {undo_keys} undoes it")
        elif session.current is not None and session.current.status != Status.PROPOSED:
            ctx.ui.message("Every finding of this document is decided")
    _show(ctx)


@command("finding-accept-all", category="Decide", decides=True, repeat=False)
def finding_accept_all(ctx):
    """Confirm every open occurrence of this text in the document and go to the next undecided one."""
    _decide_all(ctx, Status.CONFIRMED, "document")


@command("finding-reject-all", category="Decide", decides=True, repeat=False)
def finding_reject_all(ctx):
    """Reject every open occurrence of this text in the document and go to the next undecided one."""
    _decide_all(ctx, Status.REJECTED, "document")


@command("queue-accept-all", category="Decide", decides=True, repeat=False, scope="queue")
def queue_accept_all(ctx):
    """Confirm every open occurrence of this text in every document of the queue."""
    _decide_all(ctx, Status.CONFIRMED, "queue")


@command("queue-reject-all", category="Decide", decides=True, repeat=False, scope="queue")
def queue_reject_all(ctx):
    """Reject every open occurrence of this text in every document of the queue."""
    _decide_all(ctx, Status.REJECTED, "queue")


def _decide_all(ctx, status: str, scope: str) -> None:
    session = ctx.require_session()
    text = session.current.text if session.current else ""
    group = session.set_status_all_same_text(status, scope)  # counted by decision: a quasi one counts too
    changed = len({d["finding_id"] for d in session.store.decisions() if d["group_id"] == group}) if group else 0
    session.next_open()  # as a and x do: one key per name, then on to the next undecided finding
    ctx.ui.message(f"{'Confirmed' if status == Status.CONFIRMED else 'Rejected'} {changed} "
                   f"occurrence(s) of “{text}” in the {scope}")
    _show(ctx)


@command("undo", category="Decide", decides=True, repeat=False)
def undo(ctx):
    """Undo the last decision."""
    if ctx.require_session().undo() is None:
        ctx.ui.message("Nothing to undo")
    _show(ctx)


@command("redo", category="Decide", decides=True, repeat=False)
def redo(ctx):
    """Redo the last undone decision."""
    if ctx.require_session().redo() is None:
        ctx.ui.message("Nothing to redo")
    _show(ctx)


# --- entity type (the `type` mode: one key picks the type) ----------------------------------------

@command("finding-set-type", category="Decide", repeat=False)
def finding_set_type(ctx):
    """Change the entity type of the current finding (then press the type's key)."""
    if ctx.require_session().current is None:
        raise CommandError("no finding selected")
    ctx.ui.set_mode("type")


def _type_command(name: str, entity_type: EntityType, every: bool) -> None:
    def set_type(ctx):
        session = ctx.require_session()
        try:
            group = session.set_type(entity_type, every=every)
        finally:
            ctx.ui.set_mode("review")
        if every and ctx.ui is not None:
            changed = len({d["finding_id"] for d in session.store.decisions() if d["group_id"] == group}) if group else 0
            ctx.ui.message(f"{changed} occurrence(s) of “{session.current.text}” made {entity_type.label}")
        _show(ctx)

    what = "every occurrence of the current finding's text" if every else "the current finding"
    set_type.__doc__ = f"Make {what} of type {entity_type.label}."
    suffix = "-all" if every else ""
    set_type.__qualname__ = set_type.__name__ = f"type_{name}{suffix.replace('-', '_')}"
    command(f"type-{name}{suffix}", category="Entity type", modes=("type",), menu=False, decides=True,
            repeat=False)(set_type)


for _name, _type in [("person", EntityType.PERSON), ("company", EntityType.COMPANY),
                     ("address", EntityType.ADDRESS), ("email", EntityType.EMAIL),
                     ("phone", EntityType.PHONE), ("iban", EntityType.IBAN),
                     ("register", EntityType.REGISTER), ("vat", EntityType.VAT),
                     ("envelope", EntityType.ENVELOPE), ("url", EntityType.URL),
                     ("signature", EntityType.SIGNATURE), ("other", EntityType.OTHER)]:
    _type_command(_name, _type, every=False)  # the type's key: this occurrence
    _type_command(_name, _type, every=True)  # the key in capitals: every occurrence in the document


@command("type-cancel", category="Entity type", modes=("type",), menu=False, repeat=False)
def type_cancel(ctx):
    """Keep the entity type as it is."""
    ctx.ui.set_mode("review")


# --- boxes --------------------------------------------------------------------------------------

def _box_command(cid: str, doc: str, method: str, dx: float, dy: float) -> None:
    def change_box(ctx):
        getattr(ctx.require_session(), method)(dx, dy)
        _show(ctx)

    change_box.__doc__ = doc
    change_box.__qualname__ = change_box.__name__ = cid.replace("-", "_")
    command(cid, category="Box")(change_box)  # an adjustment, not a decision: held down, a box keeps moving


for _cid, _doc, _method, _dx, _dy in [
    ("box-move-left", "Move the current box left by one point.", "move_box", -BOX_STEP, 0),
    ("box-move-right", "Move the current box right by one point.", "move_box", BOX_STEP, 0),
    ("box-move-up", "Move the current box up by one point.", "move_box", 0, -BOX_STEP),
    ("box-move-down", "Move the current box down by one point.", "move_box", 0, BOX_STEP),
    ("box-narrow", "Make the current box one point narrower.", "resize_box", -BOX_STEP, 0),
    ("box-widen", "Make the current box one point wider.", "resize_box", BOX_STEP, 0),
    ("box-shorten", "Make the current box one point lower in height.", "resize_box", 0, -BOX_STEP),
    ("box-heighten", "Make the current box one point taller.", "resize_box", 0, BOX_STEP),
]:
    _box_command(_cid, _doc, _method, _dx, _dy)


@command("box-next", category="Box")
def box_next(ctx):
    """Pick the next box of a finding that spans several lines."""
    ctx.require_session().next_box()
    _show(ctx)


# --- keyboard word selection (the `select` mode) ----------------------------------------------------

@command("select-start", category="Select", repeat=False)
def select_start(ctx):
    """Select words with the keyboard to redact them (Enter redacts, Esc cancels)."""
    ctx.require_session().start_selection(ctx.ui.page)
    ctx.ui.set_mode("select")


def _selection(ctx):
    sel = ctx.require_session().selection
    if sel is None:
        ctx.ui.set_mode("review")
        raise CommandError("nothing is selected")
    return sel


def _select_command(cid: str, doc: str, action) -> None:
    def change_selection(ctx):
        action(_selection(ctx))
        ctx.ui.show_page(ctx.ui.page)

    change_selection.__doc__ = doc
    change_selection.__qualname__ = change_selection.__name__ = cid.replace("-", "_")
    command(cid, category="Select", modes=("select",), menu=False, repeat=False)(change_selection)


for _cid, _doc, _action in [
    ("select-word-next", "Move the selection one word on.", lambda s: s.move(1)),
    ("select-word-prev", "Move the selection one word back.", lambda s: s.move(-1)),
    ("select-extend", "Add the next word to the selection.", lambda s: s.extend(1)),
    ("select-shrink", "Drop the last word of the selection.", lambda s: s.extend(-1)),
    ("select-line-down", "Move the selection to the start of the next line.", lambda s: s.move_line(1)),
    ("select-line-up", "Move the selection to the start of the previous line.", lambda s: s.move_line(-1)),
]:
    _select_command(_cid, _doc, _action)


@command("select-redact", category="Select", modes=("select",), menu=False, decides=True, repeat=False)
def select_redact(ctx):
    """Redact the selected words."""
    try:
        made = ctx.require_session().redact_selection()
    finally:
        ctx.ui.set_mode("review")
    ctx.ui.message(f"Redacted “{made.text}” — press t to set its type")
    _show(ctx)


@command("select-cancel", category="Select", modes=("select",), menu=False, repeat=False)
def select_cancel(ctx):
    """Leave word selection without redacting."""
    ctx.require_session().selection = None
    ctx.ui.set_mode("review")
    ctx.ui.show_page(ctx.ui.page)


# --- find -----------------------------------------------------------------------------------------

@command("find", category="Find", repeat=False)
def find(ctx):
    """Find text in the document (case and line breaks ignored)."""
    ctx.require_session()
    ctx.ui.ask_find()


@command("find-next", category="Find", repeat=False)
def find_next(ctx):
    """Go to the next hit of the last find."""
    _step_hit(ctx, 1)


@command("find-prev", category="Find", repeat=False)
def find_prev(ctx):
    """Go to the previous hit of the last find."""
    _step_hit(ctx, -1)


def _step_hit(ctx, step: int) -> None:
    hit = ctx.require_session().step_hit(step)
    if hit is None:
        raise CommandError("no find hits; press / to find")
    ctx.ui.show_hit()


@command("find-toggle-hit", category="Find", repeat=False)
def find_toggle_hit(ctx):
    """Leave the current find hit out of redact-all, or take it back in."""
    session = ctx.require_session()
    if session.hit is None:
        raise CommandError("no find hits; press / to find")
    kept = ctx.ui.toggle_hit()
    ctx.ui.message(f"Hit {session.hit_index + 1} {'will' if kept else 'will not'} be redacted")


@command("find-redact-all", category="Find", decides=True, repeat=False)
def find_redact_all(ctx):
    """Redact every ticked hit of the last find (all of them unless some were left out)."""
    session = ctx.require_session()
    if not session.query:
        raise CommandError("nothing found yet; press / to find")
    hits = ctx.ui.chosen_hits() if hasattr(ctx.ui, "chosen_hits") else session.find_text(session.query)
    n = session.redact_hits(hits, query=session.query)
    ctx.ui.message(f"Redacted {n} of {len(session.hits)} hit(s) of “{session.query}”")
    _show(ctx)


# --- view -----------------------------------------------------------------------------------------

@command("zoom-in", category="View")
def zoom_in(ctx):
    """Zoom in."""
    ctx.ui.zoom_by(1.25)


@command("zoom-out", category="View")
def zoom_out(ctx):
    """Zoom out."""
    ctx.ui.zoom_by(0.8)


@command("zoom-reset", category="View")
def zoom_reset(ctx):
    """Show the page at its real size (100 %)."""
    ctx.ui.zoom_reset()


@command("zoom-fit-width", category="View")
def zoom_fit_width(ctx):
    """Fit the page to the width of the view."""
    ctx.ui.fit_width()


@command("cheat-sheet", category="Help")
def cheat_sheet(ctx):
    """Show every command and its keys."""
    ctx.ui.show_cheatsheet()


@command("about", category="Help")
def about(ctx):
    """Show the version of Clearance and of its detector."""
    ctx.ui.show_about()
