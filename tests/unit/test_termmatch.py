"""The redactor's one-pass matcher finds what one pattern per term found, for all terms at once."""

import pytest

from desktop.core.pdf import extract_pages, open_pdf
from desktop.core.text.terms import TermMatcher, term_pattern
from devkit.corpus.contract import generate_contract


@pytest.mark.parametrize(("term", "text", "found"), [
    ("Jane Doe", "Signed: JANE\u00a0DOE, CEO", "JANE\u00a0DOE"),
    ("Jane Doe", "wrapped Jane\nDoe here", "Jane\nDoe"),
    ("Halvorsen", "by Halvor-\nsen today", "Halvor-\nsen"),
    ("Halvorsen", "by Halvor\u00adsen today", "Halvor\u00adsen"),
    ("the Support Period", "during the “Support Period”", "the “Support Period"),
    ("the Offering Memorandum", "a copy of the\nOffering Memorandum", "the\nOffering Memorandum"),
    ("Jane Doe", "jane.doe@example.com", "jane.doe"),
    ("Ann Lee", "Joanna Leeds", None),
])
def test_one_term(term, text, found):
    spans = TermMatcher([term]).spans(text)
    assert [text[a:b] for a, b in spans] == ([found] if found else [])


def test_longest_term_wins_where_terms_overlap():
    text = "Acme Widgets Corp and Acme"
    spans = TermMatcher(["Acme", "Acme Widgets Corp", "Widgets"]).spans(text)
    assert [text[a:b] for a, b in spans] == ["Acme Widgets Corp", "Acme"]


def test_all_terms_at_once_find_what_each_term_alone_finds():
    contract = generate_contract(11)
    doc = open_pdf(contract.pdf)
    pages = extract_pages(doc, ocr=False)
    doc.close()
    terms = sorted({t.text for t in contract.truth})
    together = TermMatcher(terms)
    for page in pages:
        patterns = [p for t in terms if (p := term_pattern(t, loose_separators=True))]
        one_by_one = {m.start() for p in patterns for m in p.finditer(page.text)}
        # every occurrence a single-term pattern finds starts a match of the combined one, or lies
        # inside a longer term's match
        spans = together.spans(page.text)
        for start in one_by_one:
            assert any(a <= start < b for a, b in spans), page.text[start:start + 40]
