"""Document-level propagation of party names and defined short names."""

from __future__ import annotations

import pymupdf

from desktop.core.model import Finding
from desktop.core.pdf import extract_page
from desktop.core.text.propagate import propagate


def _pages(*texts, width=400):
    doc = pymupdf.open()
    for text in texts:
        page = doc.new_page(width=width, height=400)
        page.insert_textbox(pymupdf.Rect(20, 20, width - 20, 380), text, fontsize=10)
    return [extract_page(p) for p in doc]


def _found(page, text, entity_type="COMPANY", recognizer="CompanyRecognizer", reasons=()):
    start = page.text.index(text)
    return Finding(page=page.number, start=start, end=start + len(text), entity_type=entity_type, text=text,
                   boxes=page.span_boxes(start, start + len(text)), recognizer=recognizer,
                   explanation={"reasons": list(reasons)})


def _texts(findings):
    return sorted((f.page, f.text) for f in findings)


def test_names_in_capitals_and_defined_short_names_are_propagated():
    pages = _pages('This Agreement is between ConvergTV Media Inc. ("ConvergTV") and the Company.',
                   "CONVERGTV MEDIA INC. shall pay. ConvergTV agrees. The Company agrees.")
    found = [_found(pages[0], "ConvergTV Media Inc.")]
    out = propagate(pages, found)
    assert _texts(out) == [(0, "ConvergTV"), (1, "CONVERGTV MEDIA INC."), (1, "ConvergTV")]
    assert all(f.source == "propagated" and f.explanation["origin"] for f in out)


def test_role_word_definitions_are_not_propagated():
    pages = _pages('Hansen Logistik GmbH (the "Supplier") and Jane Doe (the "Customer"). The Supplier ships. '
                   "The Customer pays Hansen Logistik GmbH.")
    found = [_found(pages[0], "Hansen Logistik GmbH"), _found(pages[0], "Jane Doe", "PERSON", "SpacyRecognizer")]
    out = propagate(pages, found)
    assert "Supplier" not in {f.text for f in out} and "Customer" not in {f.text for f in out}
    assert (0, "Hansen Logistik GmbH") in _texts(out)


def test_german_definition_and_known_party():
    pages = _pages("Salz & Gude KG, vertreten durch Anna Berg - nachfolgend \"Salz\" genannt - liefert. Salz haftet.")
    out = propagate(pages, [_found(pages[0], "Salz & Gude KG")], known_parties=["Anna Berg"])
    assert (0, "Salz") in _texts(out)
    assert any(f.text == "Anna Berg" and f.explanation["origin"] == "known party" for f in out)


def test_wrapped_and_nbsp_names_are_found():
    pages = _pages("Maximilian Mustermann signs.", "Payment is due to Maximilian\u00a0Mustermann now.",
                   "Notice to Maximilian\nMustermann in writing.")
    found = [_found(pages[0], "Maximilian Mustermann", "PERSON", "SpacyRecognizer", ["signature or contact"])]
    out = {f.page: f for f in propagate(pages, found)}
    assert out[1].text == "Maximilian Mustermann"  # NBSP is a space in page text
    assert pages[2].text[out[2].start:out[2].end] == "Maximilian Mustermann"
    assert len(out[2].boxes) == 2  # one box per line of the wrapped name


def test_a_signature_name_ends_before_the_next_field_label():
    pages = _pages("Name: Stephanie Watson Funktion: Geschäftsführerin Datum: 12.10.2025",
                   "Stephanie Watson und Frau Watson haben unterschrieben.")
    out = propagate(pages, [])
    assert (1, "Stephanie Watson") in _texts(out) and (1, "Watson") in _texts(out)
    assert not any("Funktion" in f.text for f in out)


def test_a_model_guess_alone_is_never_spread():
    pages = _pages("Maximilian Mustermann signs.", "Payment is due to Maximilian Mustermann now.")
    guess = _found(pages[0], "Maximilian Mustermann", "PERSON", "SpacyRecognizer")
    assert propagate(pages, [guess]) == []
    anchored = _found(pages[0], "Maximilian Mustermann", "PERSON", "SpacyRecognizer", ["parties clause"])
    assert _texts(propagate(pages, [anchored])) == [(1, "Maximilian Mustermann")]
