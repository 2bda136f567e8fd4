"""Key presses to commands, per mode, from the keymap data; decisions come from deliberate presses only.

Two rules keep a decision from happening by accident:
- a held key never decides twice: a decision key must be released before it decides again. Qt
  flags auto-repeat on some platforms only: under X11 a held key arrives as release/press pairs that
  share one server timestamp and are not flagged, so a press that follows a release of the same key
  at the same instant counts as auto-repeat too, and so does a second press without a release;
- a key press is a command only at its first receiver, the focus widget. A text field that ignores
  Enter (the find bar, after it has found) lets Qt pass the same press on to its parents, and by
  then the focus may already be back on the page.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QLineEdit, QPlainTextEdit, QTextEdit

from desktop.core.review.command_registry import REGISTRY
from desktop.core.review.keymap import Keymap

_NAMES = {
    Qt.Key.Key_Return: "Enter", Qt.Key.Key_Enter: "Enter", Qt.Key.Key_Escape: "Esc",
    Qt.Key.Key_Left: "Left", Qt.Key.Key_Right: "Right", Qt.Key.Key_Up: "Up", Qt.Key.Key_Down: "Down",
    Qt.Key.Key_PageUp: "PgUp", Qt.Key.Key_PageDown: "PgDown", Qt.Key.Key_Home: "Home", Qt.Key.Key_End: "End",
    Qt.Key.Key_Space: "Space", Qt.Key.Key_Tab: "Tab", Qt.Key.Key_Backtab: "Tab",
    Qt.Key.Key_Backspace: "Backspace", Qt.Key.Key_Delete: "Delete",
    **{getattr(Qt.Key, f"Key_F{i}"): f"F{i}" for i in range(1, 13)},
}
_MODIFIER_KEYS = {Qt.Key.Key_Shift, Qt.Key.Key_Control, Qt.Key.Key_Alt, Qt.Key.Key_Meta, Qt.Key.Key_AltGr}
# A release and a press this close together (ms, server time) are one auto-repeat step, not two presses.
REPEAT_PAIR_MS = 2
SEQUENCE_TIMEOUT_MS = 1500
# A widget with this property set (and everything inside it) handles its own keys, like the consent
# panel's list: review keys must not fire while the reviewer works there.
OWN_KEYS_PROPERTY = "ownsKeys"


def chord_of(event: QKeyEvent) -> str | None:
    """The canonical chord (as written in keymap.toml) of a key press, or None for a bare modifier."""
    key = Qt.Key(event.key())
    if key in _MODIFIER_KEYS:
        return None
    mods = event.modifiers()
    ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier)
    alt = bool(mods & Qt.KeyboardModifier.AltModifier)
    shift = bool(mods & Qt.KeyboardModifier.ShiftModifier) or key == Qt.Key.Key_Backtab
    text = event.text()
    if key not in _NAMES and not ctrl and not alt and text and text.isprintable() and text != " ":
        return text  # the typed character already carries Shift: "A", "?", "]"
    name = _NAMES.get(key)
    if name is None:
        if Qt.Key.Key_A <= key <= Qt.Key.Key_Z or Qt.Key.Key_0 <= key <= Qt.Key.Key_9:
            name = chr(key)
        elif text and text.isprintable():
            name = text.upper()
        else:
            return None
    prefix = [m for m, on in (("Ctrl", ctrl), ("Alt", alt), ("Shift", shift)) if on]
    return "+".join([*prefix, name])


def _owns_keys(widget) -> bool:
    while widget is not None:
        if widget.property(OWN_KEYS_PROPERTY):
            return True
        widget = widget.parentWidget()
    return False


class KeyDispatcher(QObject):
    """An application event filter that turns the window's key presses into commands."""

    def __init__(self, window, keymap: Keymap):
        super().__init__(window)
        self.window = window
        self.keymap = keymap
        self.mode = "review"
        self.pending = ""
        self._timer = QTimer(self, singleShot=True, interval=SEQUENCE_TIMEOUT_MS)
        self._timer.timeout.connect(self.reset)
        self._released: tuple[int, int] | None = None  # (key, timestamp) of the last key release
        self._down: set[int] = set()  # keys pressed here and not released since
        QApplication.instance().installEventFilter(self)

    def reset(self) -> None:
        self.pending = ""
        self.window.show_pending_keys("")

    def set_mode(self, mode: str) -> None:
        self.mode = mode
        self.reset()

    def eventFilter(self, obj, event) -> bool:
        kind = event.type()
        if kind == QEvent.Type.KeyRelease:
            if not event.isAutoRepeat():
                self._released = (event.key(), event.timestamp())
                self._down.discard(event.key())
            return False
        if kind == QEvent.Type.ApplicationDeactivate:
            self._down.clear()  # a key released in another program sends us no release
            return False
        if kind != QEvent.Type.KeyPress or not self._is_ours(obj):
            return False
        chord = chord_of(event)
        if chord is None:
            return False
        repeated = self.is_auto_repeat(event)
        if not repeated:
            # Only the last key pressed repeats, so the others count as released: a release that
            # went elsewhere can never leave a key stuck for longer than the next other key.
            self._down = {event.key()}
        return self.handle(chord, repeated)

    def is_auto_repeat(self, event: QKeyEvent) -> bool:
        """True for a press made by holding a key down, whether or not the platform says so: a key
        pressed again without a release in between (X with detectable auto-repeat sends only
        presses), or a release and a press at the same instant (X without it)."""
        if event.isAutoRepeat() or event.key() in self._down:
            return True
        released = self._released
        # A timestamp of 0 means the platform gave none (synthetic events): no pair can be told then.
        return (released is not None and released[0] == event.key() and released[1] > 0
                and 0 <= event.timestamp() - released[1] <= REPEAT_PAIR_MS)

    def _is_ours(self, obj) -> bool:
        if not isinstance(obj, QObject) or not obj.isWidgetType() or obj.window() is not self.window:
            return False
        focus = QApplication.focusWidget()
        if obj is not (focus or self.window):  # a press passed on by a widget that ignored it
            return False
        # Typing into a text field (the find bar) is typing, not commands.
        text_input = QLineEdit | QTextEdit | QPlainTextEdit | QAbstractSpinBox
        if isinstance(obj, text_input):
            return False
        return not _owns_keys(obj)

    def handle(self, chord: str, auto_repeat: bool = False) -> bool:
        """Run the command bound to the pending keys + `chord`; True if the key was used."""
        keys = f"{self.pending} {chord}".strip()
        cid = self.keymap.command_for(self.mode, keys)
        if cid is None and self.keymap.is_prefix(self.mode, keys):
            self.pending = keys
            self.window.show_pending_keys(keys)
            self._timer.start()
            return True
        if cid is None and self.pending:  # an unfinished sequence: start again from this key
            self.reset()
            return self.handle(chord, auto_repeat)
        self.reset()
        if cid is None:
            return self.mode != "review"  # in select/type mode stray keys do nothing
        command = REGISTRY.get(cid)
        if auto_repeat and command is not None and not command.repeat:
            return True  # holding a decision's key down must not decide a run of findings
        self.window.run_command(cid)
        return True
