"""Decisions come from deliberate key presses only (offscreen; tests/gui/test_x11_keys.py does it under X)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication
from test_review_window import add_generated, open_window, press, status_of

from desktop.core.review.session import REMOVED


@pytest.fixture
def window(qtbot, store, tmp_path):
    add_generated(store, 11, tmp_path)
    return open_window(qtbot, store, tmp_path)


def key_event(kind, key, text, timestamp, auto_repeat=False):
    event = QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, text, auto_repeat)
    event.setTimestamp(timestamp)
    return event


def hold_like_x11(window, key, text, start=10_000, steps=25, interval=40):
    """What an X server sends for a held key: one press, then release/press pairs sharing a
    timestamp, none flagged as auto-repeat, then the real release."""
    target = window.view
    QApplication.sendEvent(target, key_event(QEvent.Type.KeyPress, key, text, start))
    t = start + 500
    for _ in range(steps):
        QApplication.sendEvent(target, key_event(QEvent.Type.KeyRelease, key, text, t))
        QApplication.sendEvent(target, key_event(QEvent.Type.KeyPress, key, text, t))
        t += interval
    QApplication.sendEvent(target, key_event(QEvent.Type.KeyRelease, key, text, t))
    return t


def decisions(store, doc_id):
    return [d for d in store.decisions(doc_id) if d["action"] in ("accept", "reject")]


@pytest.mark.parametrize("key,text,status", [(Qt.Key.Key_A, "a", "confirmed"), (Qt.Key.Key_X, "x", "rejected")])
def test_a_key_held_under_x11_decides_once_and_a_new_press_decides_again(window, store, key, text, status):
    s = window.session
    first = s.current
    end = hold_like_x11(window, key, text)
    made = decisions(store, s.doc_id)
    assert [(d["finding_id"], d["after"]["status"]) for d in made] == [(first.id, status)]
    QApplication.sendEvent(window.view, key_event(QEvent.Type.KeyPress, key, text, end + 200))
    assert len(decisions(store, s.doc_id)) == 2


def test_a_flagged_auto_repeat_never_decides(window, store):
    first = window.session.current
    QApplication.sendEvent(window.view, key_event(QEvent.Type.KeyPress, Qt.Key.Key_A, "a", 5, auto_repeat=True))
    assert status_of(store, first.id) == "proposed"


def test_a_held_move_key_still_repeats(window):
    s = window.session
    hold_like_x11(window, Qt.Key.Key_J, "j", steps=3)
    assert s.index == 4  # the press and three repeats


def test_enter_in_the_find_bar_finds_and_decides_nothing(qtbot, window, store):
    s = window.session
    current = s.current
    press(qtbot, window, "/")
    assert window.find_bar.hasFocus()
    qtbot.keyClicks(window.find_bar, current.text.split()[0])
    qtbot.keyClick(window.find_bar, Qt.Key.Key_Return)
    assert s.hits and store.decisions(s.doc_id) == []
    assert s.current.id == current.id and window.view.hasFocus()


def test_walking_a_page_with_a_never_changes_an_earlier_decision(qtbot, window, store):
    s = window.session
    press(qtbot, window, "j")
    rejected = s.current
    press(qtbot, window, "x")
    press(qtbot, window, "g", "g")
    for _ in range(len(s.findings) + 3):
        press(qtbot, window, "a")
    assert status_of(store, rejected.id) == "rejected"
    assert store.open_finding_count(s.doc_id) == 0
    assert window.statusBar().currentMessage() == "Every finding of this document is decided"


def test_changing_a_decision_happens_on_the_current_finding_visibly_and_undoably(qtbot, window, store):
    s = window.session
    first = s.current
    press(qtbot, window, "x", "g", "g")
    assert s.current.id == first.id
    press(qtbot, window, "a")
    assert status_of(store, first.id) == "confirmed"
    assert "changed from rejected to confirmed" in window.statusBar().currentMessage()
    press(qtbot, window, "u")
    assert status_of(store, first.id) == "rejected" and s.current.id == first.id


def test_one_undo_takes_back_a_run_of_box_nudges(qtbot, window, store):
    s = window.session
    target = s.current
    press(qtbot, window, Qt.Key.Key_Right, Qt.Key.Key_Right, Qt.Key.Key_Right)
    assert store.finding(target.id).boxes[0][0] == pytest.approx(target.boxes[0][0] + 3)
    press(qtbot, window, "u")
    assert store.finding(target.id).boxes == target.boxes
    assert window.view.layer.current_id == target.id


def test_an_undone_manual_box_is_removed_everywhere(qtbot, window, store):
    s = window.session
    press(qtbot, window, "v", "e", Qt.Key.Key_Return)
    made = s.current
    assert made.source == "manual" and status_of(store, made.id) == "confirmed"
    press(qtbot, window, "u")
    assert status_of(store, made.id) == REMOVED and made.id not in [f.id for f in s.findings]


def test_enter_in_the_consent_panels_registry_search_decides_nothing(qtbot, window, store):
    s = window.session
    press(qtbot, window, "c")
    panel = window.consent_panel
    qtbot.keyClick(panel.list, Qt.Key.Key_Slash)
    qtbot.keyClicks(panel.search, "nobody at all")
    qtbot.keyClick(panel.search, Qt.Key.Key_Return)
    assert store.decisions(s.doc_id) == []


def test_a_second_press_without_a_release_is_a_held_key(window, store):
    """X with detectable auto-repeat sends a held key as presses only, none flagged."""
    first = window.session.current
    for t in (1000, 1500, 1540, 1580):
        QApplication.sendEvent(window.view, key_event(QEvent.Type.KeyPress, Qt.Key.Key_A, "a", t))
    assert [d["finding_id"] for d in decisions(store, window.session.doc_id)] == [first.id]
    QApplication.sendEvent(window.view, key_event(QEvent.Type.KeyRelease, Qt.Key.Key_A, "a", 1600))
    QApplication.sendEvent(window.view, key_event(QEvent.Type.KeyPress, Qt.Key.Key_A, "a", 1900))
    assert len(decisions(store, window.session.doc_id)) == 2
