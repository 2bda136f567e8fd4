"""Sample-contract generator: determinism, truth that matches the PDF, every hard case present."""

from __future__ import annotations

import re
from collections import Counter

import pymupdf
import pytest

from desktop.core.pdf import extract_pages, open_pdf
from devkit.corpus import KINDS, LANGUAGES, generate_contract, load_truth, write_corpus
from devkit.corpus.fakes import iban_check_digits, iban_is_valid
from devkit.corpus.texts import ROLES
from devkit.corpus.truth import normalise

SEED = 9100  # any seed; the corpus-wide checks use 20 consecutive seeds from here
ENVELOPE = re.compile(r"(Docusign|DocuSign|Adobe Sign) (Envelope|Transaction) ID: ([0-9A-F]{8}(-[0-9A-F]{4}){3}-[0-9A-F]{12})")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    out = tmp_path_factory.mktemp("corpus")
    paths = write_corpus(out, count=20, seed=SEED)
    return [(p, *load_truth(p.with_suffix(".truth.json"))) for p in paths]


def _pages(pdf: bytes):
    doc = open_pdf(pdf)
    return doc, extract_pages(doc)


def test_same_seed_gives_identical_bytes_and_other_seeds_differ():
    first, again, other = generate_contract(4242), generate_contract(4242), generate_contract(4243)
    assert first.pdf == again.pdf
    assert first.truth == again.truth
    assert other.pdf != first.pdf


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("language", LANGUAGES)
def test_kind_and_language_are_honoured(kind, language):
    contract = generate_contract(7, kind=kind, language=language)
    assert (contract.kind, contract.language) == (kind, language)
    assert kind in contract.name and language in contract.name
    doc, pages = _pages(contract.pdf)
    assert doc.page_count >= 2
    parties = [p for p in contract.parties if p.role == "contracting party"]
    assert len(parties) == 2
    assert {p.kind for p in parties} == ({"company", "person"} if kind == "employment" else {"company"})


def test_truth_matches_the_extracted_page_text(corpus):
    for path, truth, _ in corpus:
        doc, pages = _pages(path.read_bytes())
        for t in truth:
            page = pages[t.page]
            w, h = page.box_space
            assert all(0 <= r[0] < r[2] <= w and 0 <= r[1] < r[3] <= h for r in t.rects), t
            if t.type == "SIGNATURE":
                assert (t.start, t.end) == (-1, -1) and len(t.rects) == 1
                continue
            assert normalise(page.text[t.start : t.end]) == normalise(t.text) != ""
            hits = {i for r in t.rects for i in page.chars_in_rect(r)}
            assert min(hits) == t.start and max(hits) == t.end - 1, t


def test_every_entity_type_occurs(corpus):
    counts = Counter(t.type for _, truth, _ in corpus for t in truth)
    expected = {"PERSON", "COMPANY", "ADDRESS", "EMAIL_ADDRESS", "PHONE_NUMBER", "IBAN_CODE", "REGISTER_NUMBER",
                "VAT_ID", "ENVELOPE_ID", "URL", "SIGNATURE", "DATE", "AMOUNT"}
    assert expected <= set(counts)
    assert counts["PERSON"] >= 100 and counts["COMPANY"] >= 100


def test_ibans_pass_mod_97(corpus):
    ibans = [t.text for _, truth, _ in corpus for t in truth if t.type == "IBAN_CODE"]
    assert len(ibans) >= 20
    assert all(iban_is_valid(normalise(i)) for i in ibans)


@pytest.mark.parametrize(("country", "bban", "check"), [
    ("DE", "370400440532013000", "89"),  # the standard published examples
    ("GB", "NWBK60161331926819", "29"),
    ("NL", "ABNA0417164300", "91"),
])
def test_iban_check_digits_match_published_examples(country, bban, check):
    assert iban_check_digits(country, bban) == check
    assert iban_is_valid(f"{country}{check}{bban}")
    assert not iban_is_valid(f"{country}{int(check) % 97 + 1:02d}{bban}")


def test_every_page_has_an_envelope_id(corpus):
    for path, truth, _ in corpus:
        doc, pages = _pages(path.read_bytes())
        ids = {t.page: t.text for t in truth if t.type == "ENVELOPE_ID"}
        assert set(ids) == set(range(doc.page_count))
        for page in pages:
            match = ENVELOPE.search(page.text)
            assert match and match.group(3) == ids[page.number]


def _wrapped(truth, pages) -> bool:
    return any(t.type in ("PERSON", "COMPANY") and len(t.rects) == 2 and t.rects[0][1] < t.rects[1][1] for t in truth)


def _nbsp_name(doc, truth, pages) -> bool:
    for page in doc:
        shown = b"".join(bytes.fromhex(h.decode()) for h in re.findall(rb"<([0-9a-fA-F]+)>", page.read_contents()))
        names = [t.text for t in truth if t.page == page.number and t.type in ("PERSON", "COMPANY") and " " in t.text]
        if any(n.replace(" ", "\u00a0").encode("latin-1") in shown for n in names):
            return True
    return False


def _two_column(pages) -> bool:
    for page in pages:
        lefts = {round(b[0]) for i, b in enumerate(page.boxes) if b and (i == 0 or page.text[i - 1] == "\n")}
        if any(x > page.box_space[0] / 2 for x in lefts) and any(x < 100 for x in lefts):
            return True
    return False


def _table(doc) -> bool:
    return any(sum(1 for d in page.get_drawings() if d["items"] and d["items"][0][0] == "re") >= 8 for page in doc)


def test_every_hard_case_occurs_in_twenty_contracts(corpus):
    found = Counter()
    for path, truth, _ in corpus:
        doc, pages = _pages(path.read_bytes())
        found["wrapped-name"] += _wrapped(truth, pages)
        found["nbsp-name"] += _nbsp_name(doc, truth, pages)
        found["two-column"] += _two_column(pages)
        found["table"] += _table(doc)
        found["rotated-page"] += any(page.rotation for page in doc)
        found["signature-image"] += any(page.get_images() for page in doc)
        found["signature-ink"] += any(d["items"] and d["items"][0][0] == "c" for page in doc for d in page.get_drawings())
    missing = [case for case in ("wrapped-name", "nbsp-name", "two-column", "table", "rotated-page", "signature-image", "signature-ink") if not found[case]]
    assert not missing, found


def test_parties_are_named_in_the_text(corpus):
    for path, truth, parties in corpus:
        texts = {normalise(t.text).upper() for t in truth}
        for party in parties:
            assert party.name.upper() in texts, (path.name, party.name)
        roles = Counter(p.role for p in parties)
        assert roles["contracting party"] == 2 and roles["signer"] == 2 and roles["witness"] == 1


def test_requested_page_count_is_reached():
    contract = generate_contract(11, kind="service", language="de", pages=12)
    assert pymupdf.open(stream=contract.pdf).page_count >= 12


ROLE_WORDS = {forms[0].casefold() for by_kind in ROLES.values() for pair in by_kind.values() for forms in pair}
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def _occurrences(term: str, text: str) -> list[tuple[int, int]]:
    """Whole-word, case-insensitive matches of `term`, any whitespace (line breaks too) between its words."""
    pattern = r"(?<!\w)" + r"\s+".join(re.escape(w) for w in term.split()) + r"(?!\w)"
    return [m.span() for m in re.finditer(pattern, text, re.IGNORECASE)]


def _identifiers(party) -> set[str]:
    short = {party.short_name} if party.short_name.casefold() not in ROLE_WORDS else set()
    return {party.name, *party.aliases, *short, party.email, party.register_number, party.vat_id} - {""}


@pytest.fixture(scope="module")
def fresh_contracts():
    return [generate_contract(seed) for seed in range(7000, 7020)]


def test_truth_covers_every_occurrence_of_every_name_and_email(fresh_contracts):
    """Searched in the page text, independent of what the generator recorded while drawing."""
    misses = []
    for c in fresh_contracts:
        terms = set().union(*(_identifiers(p) for p in c.parties))
        for page in _pages(c.pdf)[1]:
            entities = [t for t in c.truth if t.page == page.number and t.start >= 0]
            for term in terms:
                for start, end in _occurrences(term, page.text):
                    if not any(t.start < end and start < t.end for t in entities):
                        misses.append((c.name, page.number, term, page.text[max(0, start - 30) : end + 10]))
            for m in EMAIL.finditer(page.text):
                if not any(t.type == "EMAIL_ADDRESS" and t.start <= m.start() and m.end() <= t.end for t in entities):
                    misses.append((c.name, page.number, "e-mail", m.group()))
    assert not misses
    brands = [p for c in fresh_contracts for p in c.parties if p.role == "contracting party" and p.short_name.casefold() not in ROLE_WORDS]
    assert len(brands) >= 5  # defined short names that are names ("QMX") are among the terms searched
