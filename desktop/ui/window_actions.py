"""What the review commands ask of the window (`ctx.ui`)."""

from __future__ import annotations

from desktop.core.review.keymap import key_rows
from desktop.ui.cheatsheet import CheatSheet
from desktop.ui.i18n import core_text, registry_text, translate


class WindowActions:
    """The interface desktop.core.review.commands uses as `ctx.ui`; mixed into MainWindow, which
    provides `session`, `view`, `keymap`, `dispatcher`, `mode_label`, `keys_label`, `find_panel`."""

    def show_finding(self) -> None:
        s = self.session
        if s is None or s.current is None:
            return
        f = s.current
        self.show_page(f.page)
        box = f.boxes[min(s.box_index, len(f.boxes) - 1)] if f.boxes else None
        self.view.reveal([box] if box else f.boxes)

    def set_mode(self, mode: str) -> None:
        self.dispatcher.set_mode(mode)
        hint = {"review": "", **{m: "  " + self._mode_hint(m) for m in ("select", "type", "residue")}}
        self.mode_label.setText(registry_text(mode).upper() + hint.get(mode, ""))
        self.mode_label.setProperty("mode", mode)
        self.mode_label.style().polish(self.mode_label)
        self.update_highlights()

    def _mode_hint(self, mode: str) -> str:
        return " · ".join(f"{r.keys[0]} {registry_text(r.command.split('-', 1)[1])}" for r in key_rows(self.keymap)
                          if r.mode == mode and r.keys)

    def show_pending_keys(self, keys: str) -> None:
        self.keys_label.setText(keys)

    def zoom_by(self, factor: float) -> None:
        self.view.zoom_by(factor)
        self._keep_finding_in_view()

    def zoom_reset(self) -> None:
        self.view.zoom_reset()
        self._keep_finding_in_view()

    def fit_width(self) -> None:
        self.view.fit_width()
        self._keep_finding_in_view()

    def _keep_finding_in_view(self) -> None:
        """A zoom scales around the view's centre; the current finding (or find hit) stays in sight."""
        s = self.session
        if s is None or s.current is None or s.current.page != self.page or not s.current.boxes:
            return
        box = s.current.boxes[min(s.box_index, len(s.current.boxes) - 1)]
        self.view.reveal([box], jump=True)  # no glide after a zoom: the finding is simply where it was

    def ask_find(self) -> None:
        self.find_panel.ask()

    def _close_find(self) -> None:
        """Esc in the find bar: the bar and its highlights go (the hits are forgotten)."""
        self.find_panel.hide()
        if self.session is not None:
            self.session.hits, self.session.hit_index = [], -1
            self.update_highlights()
        self.view.setFocus()

    def _find(self, query: str) -> None:
        self.view.setFocus()  # the hit list stays; n/N step through it from the page
        hit = self.session.find(query) if self.session else None
        self.find_panel.show_hits(self.session.hits if self.session else [],
                                  lambda n: self.session.page_text(n).text)
        if hit is None:
            self.find_panel.mark(-1)
            self.message(translate("WindowActions", "“{query}” is not in this document").format(query=query))
        else:
            keys = (", ".join(self.keymap.keys_for("find-redact-all", "review"))
                    or translate("WindowActions", "the Find menu"))
            toggle = ", ".join(self.keymap.keys_for("find-toggle-hit", "review")) or translate("WindowActions", "a click")
            self.message(translate("WindowActions", "{count} hit(s) of “{query}” — n/N to step, {toggle} to leave one "
                                   "out, {keys} to redact the ticked ones").format(
                count=len(self.session.hits), query=query, toggle=toggle, keys=keys))
            self.show_hit()

    def show_hit(self) -> None:
        """Show the current find hit: its page, the hit in view, marked in the list and counted."""
        hit = self.session.hit if self.session else None
        if hit is None:
            return
        self.show_page(hit.page)
        self.view.reveal(self.session.page_text(hit.page).span_boxes(hit.start, hit.end))
        self.find_panel.mark(self.session.hit_index)

    def chosen_hits(self) -> list:
        """The hits redact-all takes: those still ticked in the list."""
        hits = self.session.hits if self.session else []
        return [hits[i] for i in self.find_panel.chosen() if i < len(hits)]

    def toggle_hit(self) -> bool:
        return self.find_panel.toggle(self.session.hit_index) if self.session else False

    def show_cheatsheet(self) -> None:
        CheatSheet(self.keymap, self).exec()

    def show_about(self) -> None:
        from desktop.ui.about import show_about

        show_about(self)

    def show_residue(self) -> None:
        """Show the residue list with its current group, and that group's first occurrence on the page."""
        s = self.session
        if s is None or s.residue_view is None:
            return
        self.residue_panel.show_residue(s.residue_view, s.residue_index, self._mode_hint("residue"))
        group = s.residue_group
        if group is not None:
            o = next((o for o in group.occurrences if o.page == self.page), group.occurrences[0])
            self.show_page(o.page)
            self.view.reveal(s.page_text(o.page).span_boxes(o.start, o.end))
        self.update_highlights()

    def hide_residue(self) -> None:
        self.residue_panel.hide()
        self.update_highlights()
        self.view.setFocus()

    def message(self, text: str, timeout: int = 6000) -> None:
        # The core's messages (a command that cannot run now, a file that cannot be added) are in the
        # catalogue too; the window's own are translated where they are made.
        self.statusBar().showMessage(core_text(text), timeout)
