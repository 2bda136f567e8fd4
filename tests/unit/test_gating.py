"""The name model reads only the windows that could hold an entity it would find (detect/gating.py): the
text it skips held none, so gated and ungated detection give the same results, and a window read
once is served from the cache."""

from __future__ import annotations

import pytest

from desktop.core.detect.gating import WindowCache, kept, model_windows

# Two excerpts of development contracts (SEC filings, public record), as PyMuPDF reads them.
SPONSORSHIP = (
    "Exhibit 10.41 \nSPONSORSHIP AGREEMENT  \nThis Sponsorship Agreement (the “Agreement”) is entered into "
    "effective January 1, 2010 by and between Stallings Capital Group Consultants, Ltd., a Texas limited "
    "partnership dba Bob Stallings Racing (“Racing”), and GAINSCO, INC., a Texas corporation (the “Sponsor”).  "
    "\nRacing organized and operated a racing team engaging in Daytona Prototype Series auto racing (the "
    "“Racing Team”) in professional races in 2005 through 2008, and the Sponsor was the primary sponsor of the "
    "Racing Team pursuant to Sponsorship Agreements dated February 7, 2005. Racing has invited the Sponsor to "
    "continue to act as the primary sponsor of the Racing Team for 2010, and the Sponsor desires to act in "
    "that capacity. This Agreement is governed by the laws of England and Wales.")
SIGNATURES = (
    "Marathon Partners L.P.\nBy: Marathon Partners Equity Management, LLC, its General Partner\nBy:\t/s/ "
    "Mario D. Cibell\nName:\tMario D. Cibelli\nTitle:\tManaging Member\nMarathon Focus Fund L.P.\nBy: Cibelli "
    "Research & Management, LLC, its General Partner\nBy:\t/s/ Mario D. Cibell\nName:\tMario D. Cibelli\n"
    "Title:\tManaging Member\n[Signature Page to Cooperation Agreement]")


def test_text_without_a_capitalised_word_is_not_sent_to_the_model():
    assert model_windows("the licensee shall pay the fees within thirty days of the invoice.") == []


def test_a_window_holds_the_name_with_context_on_both_sides():
    text = "payment is due to the supplier, and notices go to Anna Berg at the address below within ten days"
    [window] = model_windows(text)
    assert window.start < text.index("Anna") and window.end > text.index("Berg") + 4
    assert window.start > 0 and window.end < len(text)  # the rest of the sentence is not read


def test_a_capitalised_word_the_page_writes_in_lower_case_is_no_name_alone():
    text = "the insurance shall cover the racing season; the Insurance is due yearly and so on for all"
    assert model_windows(text) == []
    assert model_windows(text.replace("the Insurance", "Insurance Proceeds")) != []  # beside another


def test_entities_at_a_cut_edge_are_not_kept():
    text = "zero one two three four five six seven Anna Berg six seven eight nine ten eleven twelve"
    [window] = model_windows(text)
    inner = text[window.start:window.end]
    edge = (0, inner.index(" "), "ORG")  # the window's first word: the cut may have made it
    name = (inner.index("Anna"), inner.index("Berg") + 4, "PERSON")
    assert kept(window, (edge, name)) == [(name[0] + window.start, name[1] + window.start, "PERSON")]


def test_the_cache_keeps_the_most_recently_used():
    cache = WindowCache(size=2)
    cache.put("a", ())
    cache.put("b", ((0, 1, "ORG"),))
    assert cache.get("a") == ()
    cache.put("c", ())
    assert cache.get("b") is None and cache.get("a") == () and cache.get("c") == ()


@pytest.fixture(scope="module")
def sample() -> list[str]:
    from desktop.core.pdf import extract_pages, open_pdf
    from devkit.corpus import generate_contract

    return [p.text for p in extract_pages(open_pdf(generate_contract(5001).pdf))] + [SPONSORSHIP, SIGNATURES]


def test_gated_detection_finds_what_the_model_over_every_word_finds(sample):
    from desktop.core.detect import pool

    pool.detect_texts(["warm up"])
    engine = pool._analyzer.nlp_engine
    try:
        engine.gated = False
        ungated = pool.detect_texts(sample)
        engine.gated, engine.cache = True, WindowCache()
        gated = pool.detect_texts(sample)
        lookups, hits = engine.cache.lookups, engine.cache.hits
        assert lookups > 0 and hits < lookups
        again = pool.detect_texts(sample)
    finally:
        engine.gated = True
    assert any(i["recognizer"] == "SpacyRecognizer" for page in ungated for i in page)
    assert gated == ungated
    # the second read is all cache, with the same results
    assert again == gated and engine.cache.lookups - lookups == engine.cache.hits - hits == lookups
    sent = sum(w.end - w.start for text in sample for w in model_windows(text))
    assert sent < sum(len(text) for text in sample)
