"""A name written with look-alike letters of other scripts ("Zeldа" with a Cyrillic а) or compatibility
forms (full-width letters) is the name a person reads: the redactor finds it, the verifier finds it with
its own folding, and a company's name is found in its web and e-mail domains too."""

from __future__ import annotations

from pathlib import Path

import pymupdf
import pytest

from desktop.cli import main
from desktop.core.text.terms import TermMatcher
from desktop.core.verification.match import TermIndex

CYRILLIC_A, CYRILLIC_E, CYRILLIC_I, GREEK_ZETA = "\u0430", "\u0435", "\u0406", "\u0396"
LOOKALIKES = [  # (term, text, what is found in the text)
    ("Zelda Quartermain", f"with Zeld{CYRILLIC_A} Qu{CYRILLIC_A}rterm{CYRILLIC_A}in of Berlin",
     f"Zeld{CYRILLIC_A} Qu{CYRILLIC_A}rterm{CYRILLIC_A}in"),
    ("Zelda Quartermain", f"signed {GREEK_ZETA}{CYRILLIC_E}lda Quartermain, CEO", f"{GREEK_ZETA}{CYRILLIC_E}lda Quartermain"),
    ("Ivan Petrov", f"Mr {CYRILLIC_I}van Petrov agrees", f"{CYRILLIC_I}van Petrov"),
    ("Ivan Petrov", "Mr \uff29\uff56\uff41\uff4e Petrov agrees", "\uff29\uff56\uff41\uff4e Petrov"),  # full-width
    (f"Zeld{CYRILLIC_A} Quartermain", "plain Zelda Quartermain here", "Zelda Quartermain"),  # a term typed so
]


@pytest.mark.parametrize(("term", "text", "found"), LOOKALIKES)
def test_the_redactor_reads_lookalike_letters_as_a_person_does(term, text, found):
    assert [text[a:b] for a, b in TermMatcher([term]).spans(text)] == [found]


@pytest.mark.parametrize(("term", "text", "found"), LOOKALIKES)
def test_the_verifier_reads_them_with_its_own_folding(term, text, found):
    assert [text[m.start:m.end] for m in TermIndex([term]).find(text, offsets=True)] == [found]


def test_a_different_name_in_another_script_is_no_match():
    text = f"Mr Iv{CYRILLIC_A}r Petrova"
    assert TermMatcher(["Ivan Petrov"]).spans(text) == []
    assert TermIndex(["Ivan Petrov"]).find(text, offsets=True) == []


@pytest.mark.parametrize("term", ["Example Corp GmbH", "Example Corp"])
def test_a_companys_domains_go_with_its_name(term):
    text = "Write to zelda@examplecorp.de or visit www.example-corp.de; example.org and corp.de stay."
    found = [text[a:b] for a, b in TermMatcher([term]).spans(text)]
    assert found == ["zelda@examplecorp.de", "www.example-corp.de"]


def _lookalike_contract(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page()
    font = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"  # Cyrillic glyphs (Debian fonts-dejavu-core)
    page.insert_text((72, 100), f"This agreement is made with Zeld{CYRILLIC_A} Qu{CYRILLIC_A}rterm{CYRILLIC_A}in "
                     "of Berlin.", fontname="dejavu", fontfile=font, fontsize=11)
    page.insert_text((72, 130), "Contact: zelda@examplecorp.de and the rest of this line stays.",
                     fontname="helv", fontsize=11)
    doc.save(path)
    doc.close()
    return path


def test_redact_removes_a_lookalike_name_and_the_companys_domain(tmp_path, capsys):
    source = _lookalike_contract(tmp_path / "in.pdf")
    (tmp_path / "terms.txt").write_text("Zelda Quartermain\nExample Corp\n")
    code = main(["redact", str(source), "-o", str(tmp_path / "out.pdf"), "--terms", str(tmp_path / "terms.txt")])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert "0 redaction(s)" not in out and "2 redaction(s), verified" in out
    with pymupdf.open(tmp_path / "out.pdf") as doc:
        text = doc[0].get_text()
    assert "Qu" not in text and "examplecorp" not in text
    assert "of Berlin." in text and "the rest of this line stays." in text


def test_the_installer_ships_the_confusables_data():
    spec = (Path(__file__).resolve().parents[2] / "packaging" / "clearance.spec").read_text()
    assert 'collect_data_files("confusable_homoglyphs", includes=["confusables.json"])' in spec
