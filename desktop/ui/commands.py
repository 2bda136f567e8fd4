"""The window's own commands: open, export, quit, consent panel, registry, withdrawal, redacted preview.

Declared here without importing Qt, so that the keymap and `clearance keys` know them where PySide6
is missing; each imports its dialog only when it runs. The window registers them when it is built
(`register_window_commands`); the core registry names no window module.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from desktop.core.review.command_registry import CommandError, Context, command


def translate(context: str, text: str) -> str:
    """A dialog's text in the window's language (Qt is imported by then: the command runs in the window)."""
    from desktop.ui.i18n import translate as qt_translate

    return qt_translate(context, text)

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


@_window_command("consent-import", category="Consent", scope="queue", repeat=False)
def consent_import(ctx):
    """Import consents from a CSV file into the registry (every row or none)."""
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from desktop.core.consent.importing import SUMMARY_TEMPLATES, import_consent_csv
    from desktop.core.runtime.language import translate_filled
    from desktop.ui.i18n import CORE_CONTEXT

    window = _window(ctx)
    chosen, _ = QFileDialog.getOpenFileName(window, translate("WindowCommands", "Import consents"), "",
                                            translate("WindowCommands", "CSV files (*.csv *.CSV);;All files (*)"))
    if not chosen:
        return
    done = import_consent_csv(window.store, Path(chosen))
    if done.problems:
        QMessageBox.warning(window, translate("WindowCommands", "Nothing was imported"), "\n".join(done.problems[:20]))
        return
    window.message(translate_filled(done.summary, SUMMARY_TEMPLATES, lambda text: translate(CORE_CONTEXT, text)))
    window.refresh(queue=True, all_documents=True)  # every document's consent may change


def _registry_view(ctx):
    from desktop.ui.registry_view import RegistryView

    window = _window(ctx)
    view = RegistryView(ctx.store, window, keymap=window.keymap)
    view.show()
    view.search.setFocus()
    return view


# --- file: open, export, quit ----------------------------------------------------------------------

@_window_command("file-open", category="File")
def file_open(ctx):
    """Open PDF files: they join the queue and are scanned in the background."""
    from PySide6.QtWidgets import QFileDialog

    window = _window(ctx)
    chosen, _ = QFileDialog.getOpenFileNames(window, translate("WindowCommands", "Open contracts"), "",
                                              translate("WindowCommands", "PDF files (*.pdf *.PDF)"))
    if chosen:
        window.add_files([Path(p) for p in chosen])


@_window_command("folder-open", category="File")
def folder_open(ctx):
    """Open a folder: its PDFs (in every sub-folder) join the queue and are scanned in the background."""
    from PySide6.QtWidgets import QFileDialog

    window = _window(ctx)
    chosen = QFileDialog.getExistingDirectory(window, translate("WindowCommands", "Open a folder of contracts"))
    if chosen:
        window.add_files([Path(chosen)])


@_window_command("file-recent", category="File")
def file_recent(ctx):
    """Open a recent file or folder again: the ten last added, newest first."""
    from desktop.ui.recent import RecentDialog, recent_paths

    window = _window(ctx)
    dialog = RecentDialog(recent_paths(), window)
    window.recent_dialog = dialog
    if dialog.exec() and dialog.chosen() is not None:
        window.add_files([dialog.chosen()])


@_window_command("export-batch", category="File", scope="queue", repeat=False)
def export_batch(ctx):
    """Export: check every document not exported yet, sign off the batch and write it to a folder."""
    from desktop.ui.export_flow import run_export_flow

    if ctx.store is None:
        raise CommandError("no store is open")
    window = _window(ctx)
    run_export_flow(getattr(window, "workspace", ctx.store), window)


@_window_command("quit", category="File", repeat=False)
def quit_app(ctx):
    """Quit Clearance (every decision is already saved)."""
    from PySide6.QtWidgets import QApplication

    _window(ctx).close()
    QApplication.instance().quit()


@_window_command("preview-redacted", category="View", repeat=False)
def preview_redacted(ctx):
    """Show or hide the current page as it will be exported, with every confirmed redaction applied."""
    from desktop.ui.redaction_preview import show_preview

    window = _window(ctx)
    if ctx.session is None or ctx.store is None:
        raise CommandError("open a document first")
    show_preview(window, getattr(window, "workspace", ctx.store), ctx.session.doc_id, max(window.page, 0))


# The QA queue's commands and File → New batch from folder… (declared in their own module).
import desktop.ui.qa_commands  # noqa: E402,F401
