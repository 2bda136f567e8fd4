"""The curated lists of phrases that name no party: each loads, says where it comes from, and holds
what it should without swallowing a party's name."""

from __future__ import annotations

import pytest

from desktop.core.detect.termlists import LISTS, classify, load, parse, terms_dir

PARTY_NAMES = ("PivX", "Commnet Wireless", "Cargill", "Marathon Partners", "Detto Technologies", "Acme Court Holdings")


@pytest.mark.parametrize("name", sorted(LISTS))
def test_each_list_has_a_source_note_and_entries(name):
    text = (terms_dir() / f"{name}.txt").read_text(encoding="utf-8")
    header = [line for line in text.splitlines() if line.startswith("#")]
    assert any(line.startswith("# Source:") for line in header), f"{name}.txt needs a source note"
    terms = load(name)
    assert len(terms.exact) + len(terms.suffixes) + len(terms.prefixes) >= 20


@pytest.mark.parametrize("name, phrases", [
    ("laws_standards", ["the Securities Exchange Act of 1934", "UCC", "the Uniform Commercial Code",
                        "the US Foreign Corrupt Practices Act", "U.S. GAAP", "Ex Works"]),
    ("public_bodies", ["the Securities and Exchange Commission", "the American Arbitration Association", "NYSE",
                       "the Japanese Ministry of Health", "the U.S. Department of Defense", "the Court of Chancery"]),
    ("jurisdictions", ["the State of California", "the Commonwealth of Massachusetts", "Orange County",
                       "United States of America", "British Columbia", "the Southern District of New York"]),
    ("technical_terms", ["API", "TCP/IP", "HTML", "Electronic Data Interchange", "EDI", "Social Security"]),
])
def test_a_list_holds_its_phrases_and_no_party_name(name, phrases):
    terms = load(name)
    assert all(terms.matches(p) for p in phrases), [p for p in phrases if not terms.matches(p)]
    assert not any(terms.matches(p) for p in PARTY_NAMES)


def test_patterns_need_a_word_of_their_own():
    terms = parse("t", "# Source: test\n* Act\nMinistry of *\n* Ministry of *\nExact Name")
    assert terms.matches("the Clean Air Act") and not terms.matches("the Act")
    assert terms.matches("Ministry of Health") and terms.matches("the Japanese Ministry of Health")
    assert terms.matches("“Exact Name”") and not terms.matches("Exact Name Holdings")
    assert classify("Acme Corp.") is None


def test_german_contract_nouns_are_common_words_and_names_are_not():
    from desktop.core.detect.spans import mark_generic
    from desktop.core.detect.termlists import german_words

    text = (terms_dir() / "german_words.txt").read_text(encoding="utf-8")
    assert any(line.startswith("# Source:") for line in text.splitlines())
    words = german_words()
    assert {"abschnitt", "werktag", "haftung", "kündigung"} <= words and "striebitz" not in words
    line = "gemäß Abschnitt 3 und Striebitz"
    items = [{"recognizer": "SpacyRecognizer", "start": line.index(w), "end": line.index(w) + len(w),
              "explanation": {}} for w in ("Abschnitt", "Striebitz")]
    mark_generic(line, items, words)
    assert [bool(i["explanation"].get("generic_words")) for i in items] == [True, False]
