"""Overlap resolution and mapping spans to per-line boxes."""

from __future__ import annotations

import pymupdf

from desktop.core.detect.spans import resolve_overlaps, to_findings
from desktop.core.pdf import extract_page


def _item(start, end, entity_type, recognizer, score=0.85):
    return {"start": start, "end": end, "entity_type": entity_type, "recognizer": recognizer, "score": score,
            "explanation": {"recognizer": recognizer}}


def _spans(text, items):
    return [(text[i["start"]:i["end"]], i["entity_type"]) for i in resolve_overlaps(text, items)]


def test_contained_url_gives_way_to_email():
    text = "write to john@acme-widgets.de today"
    s = text.index("john")
    items = [_item(s, s + 20, "EMAIL_ADDRESS", "EmailRecognizer", 1.0),
             _item(s + 5, s + 20, "URL", "UrlRecognizer", 0.5)]
    assert _spans(text, items) == [("john@acme-widgets.de", "EMAIL_ADDRESS")]


def test_pattern_company_beats_partial_model_span():
    text = "ACME Widgets GmbH, Hauptstraße 5, 10115 Berlin"
    items = [_item(0, 17, "COMPANY", "CompanyRecognizer", 0.9),
             _item(0, 31, "COMPANY", "SpacyRecognizer"),
             _item(19, 46, "ADDRESS", "AddressRecognizer")]
    assert _spans(text, items) == [("ACME Widgets GmbH", "COMPANY"), ("Hauptstraße 5, 10115 Berlin", "ADDRESS")]


def test_same_type_overlap_merges():
    text = "Hauptstraße 5, 10115 Berlin"
    items = [_item(0, 13, "ADDRESS", "AddressRecognizer"), _item(15, 27, "ADDRESS", "AddressRecognizer"),
             _item(0, 27, "ADDRESS", "AddressRecognizer")]
    assert _spans(text, items) == [(text, "ADDRESS")]


def test_role_words_and_capitalised_headings_are_dropped():
    text = "the Company and Receiving Party under LIMITATION OF LIABILITY"
    items = [_item(0, 11, "COMPANY", "SpacyRecognizer"), _item(16, 31, "PERSON", "SpacyRecognizer"),
             _item(38, 61, "COMPANY", "SpacyRecognizer")]
    assert _spans(text, items) == []


def test_a_model_name_running_into_the_next_text_block_is_dropped():
    text = "Preisblatt\nPosition Preis\nwith Anna Berg as contact"
    s = text.index("Anna")
    items = [_item(0, 19, "PERSON", "SpacyRecognizer"), _item(s, s + 9, "PERSON", "SpacyRecognizer")]
    assert _spans(text, items) == [("Anna Berg", "PERSON")]


def test_on_a_german_page_a_phrase_with_a_preposition_is_no_name():
    text = ("Zum Zeichen ihres Einverständnisses haben die Parteien diesen Vertrag unterzeichnet, und der "
            "Vertrag wird mit der Unterschrift von Anna Berg wirksam; die Parteien sind an die Regeln gebunden.")
    items = [_item(0, 11, "PERSON", "SpacyRecognizer"),
             _item(text.index("Anna"), text.index("Anna") + 9, "PERSON", "SpacyRecognizer")]
    assert _spans(text, items) == [("Anna Berg", "PERSON")]


def test_a_model_name_ends_before_the_next_field_label():
    text = "Name: Cheryl Tran Title: General Counsel\nName: Owen Finch Title : VP\nsigned by Mary Ann Title."
    items = [_item(text.index(n), text.index(n) + len(n), "PERSON", "SpacyRecognizer")
             for n in ("Cheryl Tran Title", "Owen Finch Title", "Mary Ann Title")]
    # A label is a label only before its colon: "Title." ends a sentence and may be a surname.
    assert [t for t, _ in _spans(text, items)] == ["Cheryl Tran", "Owen Finch", "Mary Ann Title"]


def test_wrapped_span_gives_one_box_per_line():
    doc = pymupdf.open()
    page = doc.new_page(width=300, height=200)
    page.insert_textbox(pymupdf.Rect(20, 20, 140, 120), "Agreement with Maximilian\nMustermann today", fontsize=11)
    text = extract_page(page)
    start = text.text.index("Maximilian")
    [finding] = to_findings(text, [_item(start, start + len("Maximilian Mustermann"), "PERSON", "SpacyRecognizer")])
    assert finding.text == "Maximilian Mustermann"
    assert len(finding.boxes) == 2
    first, second = finding.boxes
    assert second[1] >= first[3] - 1  # the second box is on the next line down
