"""Find with a hit list: a counter, the current hit marked, and redact-all of the ticked hits only."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import Qt
from test_review_window import add_generated, open_window, press


def test_find_lists_hits_counts_marks_the_current_and_redacts_only_the_ticked(qtbot, store, tmp_path):
    doc_id = add_generated(store, 11, tmp_path)
    window = open_window(qtbot, store, tmp_path)
    s = window.session
    words = Counter(w.casefold() for r in store.page_rows(doc_id) for w in r["text"].split() if w.isalpha()
                    and len(w) > 5)
    word = next(w for w, n in words.most_common() if n >= 3)
    press(qtbot, window, "/")
    qtbot.keyClicks(window.find_bar, word)
    qtbot.keyClick(window.find_bar, Qt.Key.Key_Return)
    panel, hits = window.find_panel, list(s.hits)
    assert len(hits) >= 3 and panel.list.count() == len(hits) and panel.isVisible()
    assert panel.counter.text() == f"hit {s.hit_index + 1} of {len(hits)}"
    assert panel.list.currentRow() == s.hit_index and window.view.layer.current_hit
    assert all(f"[{' '.join(h.text.split())}]" in panel.list.item(i).text() for i, h in enumerate(hits))

    first = s.hit_index
    press(qtbot, window, "n")
    left_out = hits[(first + 1) % len(hits)]
    assert panel.counter.text() == f"hit {(first + 2 - 1) % len(hits) + 1} of {len(hits)}"
    assert panel.list.currentRow() == (first + 1) % len(hits)
    press(qtbot, window, "m")  # leave this one out
    press(qtbot, window, "g", "x")
    confirmed = [f for f in store.findings(doc_id) if f.status == "confirmed"]

    def covered(h):
        return any(f.page == h.page and f.start <= h.start and f.end >= h.end for f in confirmed)

    assert all(covered(h) for h in hits if h != left_out) and not covered(left_out)
    assert f"Redacted {len(hits) - 1} of {len(hits)}" in window.statusBar().currentMessage()
