"""ReviewSession without a screen: cursor, decisions, propagation, boxes, manual redactions, undo."""

from __future__ import annotations

import pytest
from review_fixture import add_pdf, seed_by_text, small_contract_pdf, small_review_store

from desktop.core.review.errors import ReviewError
from desktop.core.review.history import REMOVED
from desktop.core.review.session import ReviewSession, resume_point


@pytest.fixture
def session(store):
    doc_id, source = small_review_store(store)
    return ReviewSession(store, doc_id, source.page_text)


def stored(store, session):
    return {f.id: f for f in store.findings(session.doc_id)}


def test_findings_are_in_page_then_reading_order(session):
    keys = [(f.page, f.start) for f in session.findings]
    assert keys == sorted(keys) and len(keys) == 8


def test_accept_and_reject_are_in_the_store_when_the_call_returns(store, session):
    first = session.current
    session.accept()
    session.next()
    session.reject()
    rows = stored(store, session)
    assert rows[first.id].status == "confirmed"
    assert rows[session.current.id].status == "rejected"
    assert [d["action"] for d in store.decisions(session.doc_id)] == ["accept", "reject"]


def test_the_page_listing_shows_a_decision_at_once(session):
    """What the page view paints (on_page) follows every decision, undo included."""
    first = session.current
    session.accept()

    def painted():
        return {f.id: f.status for f in session.on_page(first.page)}[first.id]

    assert painted() == "confirmed"
    session.undo()
    assert painted() == "proposed"


def test_accept_all_same_text_ignores_case_and_keeps_earlier_decisions(store, session):
    companies = [f for f in session.findings if f.entity_type == "COMPANY"]
    session.go_to(companies[1].id)
    session.reject()
    session.go_to(companies[0].id)
    session.accept_all_same_text()
    statuses = [stored(store, session)[f.id].status for f in companies]
    assert statuses == ["confirmed", "rejected", "confirmed", "confirmed"]  # incl. ACME WIDGETS GMBH
    assert {d["group_id"] for d in store.decisions(session.doc_id) if d["action"] == "accept-all-document"}


def test_reject_all_in_the_queue_reaches_other_documents(store, session):
    other_id, other_source = add_pdf(store, small_contract_pdf() + b"\n%other copy\n", "other.pdf")
    seed_by_text(store, other_id, other_source)
    session.go_to(next(f.id for f in session.findings if f.text == "Jane Doe"))
    session.reject_all_same_text(scope="queue")
    for doc in (session.doc_id, other_id):
        janes = [f for f in store.findings(doc) if f.text.split() == ["Jane", "Doe"]]
        assert janes and all(f.status == "rejected" for f in janes)
    assert session.progress().queue_decided == 6


def test_set_type_and_unknown_type(store, session):
    session.set_type("PERSON")
    assert stored(store, session)[session.current.id].entity_type == "PERSON"
    with pytest.raises(ValueError):
        session.set_type("NOT_A_TYPE")


def test_move_and_resize_change_only_the_current_box_of_a_two_line_finding(store, session):
    wrapped = next(f for f in session.findings if len(f.boxes) == 2)
    session.go_to(wrapped.id)
    session.next_box()
    session.move_box(2, -1)
    session.resize_box(3, 1)
    boxes = stored(store, session)[wrapped.id].boxes
    assert boxes[0] == wrapped.boxes[0]
    x0, y0, x1, y1 = wrapped.boxes[1]
    assert boxes[1] == pytest.approx((x0 + 2, y0 - 1, x1 + 5, y1))


def test_a_narrowed_box_names_what_the_page_shows_under_it_and_undo_brings_the_old_text_back(store, session):
    acme = next(f for f in session.findings if f.text == "Acme Widgets GmbH" and len(f.boxes) == 1)
    session.go_to(acme.id)
    page = session.page_text(acme.page)
    gmbh = page.text.index("GmbH", acme.start)
    cut = acme.boxes[0][2] - page.boxes[gmbh - 1][0]  # the box now ends before " GmbH"
    session.resize_box(-cut, 0)
    narrowed = stored(store, session)[acme.id]
    assert (narrowed.text, narrowed.start, narrowed.end) == ("Acme Widgets", acme.start, acme.start + len("Acme Widgets"))
    assert session.current.text == "Acme Widgets"  # the findings list shows it at once
    session.undo()
    assert stored(store, session)[acme.id].text == "Acme Widgets GmbH"


def test_resize_never_inverts_a_box(store, session):
    session.resize_box(-10_000, -10_000)
    x0, y0, x1, y1 = stored(store, session)[session.current.id].boxes[0]
    assert x1 - x0 >= 1 and y1 - y0 >= 1


def test_keyboard_selection_becomes_a_confirmed_manual_redaction(store, session):
    sel = session.start_selection(1)
    assert sel.text == "Signed"
    sel.move(2)
    sel.extend(2)
    assert sel.text == "Acme Widgets GmbH"
    made = session.redact_selection()
    row = stored(store, session)[made.id]
    assert (row.source, row.status, row.text) == ("manual", "confirmed", "Acme Widgets GmbH")
    assert session.current.id == made.id


def test_mouse_box_keeps_the_text_it_covers(store, session):
    page = session.page_text(0)
    x0, y0, x1, y1 = page.span_boxes(0, 4)[0]  # "This"
    made = session.add_manual_box(0, (x1 + 0.5, y1 + 0.5, x0 - 0.5, y0 - 0.5))  # drawn right-to-left
    assert made.text == "This" and made.start == -1
    with pytest.raises(ReviewError):
        session.add_manual_box(0, (10, 10, 10.5, 30))


def test_find_ignores_case_and_line_breaks_and_redacts_every_hit(store, session):
    hits = session.find_text("jane   DOE")
    assert [(h.page, h.text) for h in hits] == [(0, "Jane Doe"), (0, "Jane Doe"), (1, "Jane Doe")]
    assert session.redact_all_hits("written above") == 1
    assert session.redact_all_hits("jane doe") == 3
    rows = [f for f in store.findings(session.doc_id) if "jane doe" in f.text.lower() or "written" in f.text]
    assert all(f.status == "confirmed" for f in rows) and len(rows) == 4


def test_undo_and_redo_every_kind_of_decision(store, session):
    first = session.current
    session.accept()
    session.set_type("OTHER")
    session.move_box(5, 0)
    made = session.add_manual(1, 0, 6)
    for _ in range(4):
        session.undo()
    rows = stored(store, session)
    assert rows[first.id] == first  # type, status, boxes all back
    assert rows[made.id].status == REMOVED and made.id not in [f.id for f in session.findings]
    while session.redo():
        pass
    rows = stored(store, session)
    assert (rows[first.id].status, rows[first.id].entity_type) == ("confirmed", "OTHER")
    assert rows[made.id].status == "confirmed"
    actions = [d["action"] for d in store.decisions(session.doc_id)]
    assert actions.count("undo") == 4 and actions.count("redo") == 4  # history is appended, never erased


def test_undo_of_a_propagation_reverts_it_as_one(store, session):
    session.go_to(next(f.id for f in session.findings if f.entity_type == "COMPANY"))
    session.accept_all_same_text()
    assert session.progress().document_decided == 4
    session.undo()
    assert session.progress().document_decided == 0


def test_progress_counts_decided_over_total(session):
    session.accept()
    session.next()
    session.reject()
    p = session.progress()
    assert (p.document_decided, p.document_total, p.queue_decided, p.queue_total) == (2, 8, 2, 8)


def test_reopening_resumes_at_the_same_finding(store, session):
    session.next()
    session.next()
    here = session.current.id
    again = ReviewSession(store, session.doc_id)
    assert again.current.id == here
    assert resume_point(store) == (session.doc_id, here)


def test_no_findings_means_no_current_and_a_clear_error(store):
    doc_id, source = add_pdf(store, small_contract_pdf(), "empty.pdf")
    session = ReviewSession(store, doc_id, source.page_text)
    assert session.current is None and session.next() is None
    with pytest.raises(ReviewError, match="no finding selected"):
        session.accept()
