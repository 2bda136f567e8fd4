"""The window's own commands: consent panel, registry, withdrawal, export batch, redacted preview.

Declared here without importing Qt, so that the keymap and `clearance keys` know them where PySide6
is missing; each imports its dialog only when it runs. The window registers them when it is built
(`register_window_commands`); the core registry names no window module.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from desktop.core.commands import CommandError, Context, command

_DECLARED: list[tuple[Callable[[Context], object], dict]] = []


def _window_command(command_id: str, **traits):
    def declare(func):
        _DECLARED.append((func, {"command_id": command_id, **traits}))
        return func

    return declare


def register_window_commands() -> None:
    """Put the window's commands into the registry (again is harmless)."""
    for func, traits in _DECLARED:
        command(**traits)(func)


def _window(ctx: Context):
    if ctx.ui is None:
        raise CommandError("this command needs the review window")
    return ctx.ui


# --- consent (their changes can reach every document of the queue) ---------------------------------

@_window_command("consent-panel", category="Consent", scope="queue")
def consent_panel(ctx):
    """Show the consent panel of the current document and put the keyboard in it."""
    panel = _window(ctx).consent_panel
    panel.show()
    panel.list.setFocus()


@_window_command("consent-registry", category="Consent", scope="queue")
def consent_registry(ctx):
    """Open the consent registry: search parties and their consents."""
    _registry_view(ctx)


@_window_command("consent-withdraw", category="Consent", scope="queue")
def consent_withdraw(ctx):
    """Withdraw a party's consent and list the exported files to purge."""
    view = _registry_view(ctx)
    link = _window(ctx).consent_panel.current_link()
    if link is not None:  # the party selected in the consent panel; otherwise the reviewer picks one
        view.select_party(link.party.id)
        view.withdraw_selected()


def _registry_view(ctx):
    from desktop.ui.registry_view import RegistryView

    window = _window(ctx)
    view = RegistryView(ctx.store, window, keymap=window.keymap)
    view.show()
    view.search.setFocus()
    return view


# --- export ----------------------------------------------------------------------------------------

@_window_command("export-batch", category="Batch")
def export_batch(ctx):
    """Build, check and sign off an export batch of every document, then write it to a folder."""
    from PySide6.QtWidgets import QFileDialog

    from desktop.ui.signoff_dialog import SignoffDialog

    if ctx.store is None:
        raise CommandError("no store is open")
    dialog = SignoffDialog(ctx.store, [d["id"] for d in ctx.store.documents()], parent=ctx.ui)
    dialog.exec()
    if dialog.result and dialog.result.batch_id and ctx.store.signoffs(dialog.result.batch_id):
        folder = QFileDialog.getExistingDirectory(ctx.ui, "Write the batch to an empty folder")
        if folder:
            dialog.write_to(Path(folder))


@_window_command("preview-redacted", category="View")
def preview_redacted(ctx):
    """Show the current page as it will be exported, with every confirmed redaction applied."""
    from desktop.ui.redaction_preview import show_preview

    window = _window(ctx)
    if ctx.session is None or ctx.store is None:
        raise CommandError("open a document first")
    show_preview(window, ctx.store, ctx.session.doc_id, max(window.page, 0))
