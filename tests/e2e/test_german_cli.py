"""The command line in German: with CLEARANCE_LANGUAGE=de the reports and tables commands print
(consent, findings, review, redact, consistency, verify, approval, risk, settings) keep no English line,
a user's mistake answers in German with the same exit code, every subcommand's --help is German, and
what machines read (--json, tab-separated listings) is the same in both languages."""

from __future__ import annotations

import argparse
import re
from dataclasses import replace
from pathlib import Path

import pymupdf
import pytest

from desktop import cli
from desktop.cli import main
from desktop.core.consent.parties import Party, Role
from desktop.core.model import EntityType, Source, Status
from desktop.core.pdf import extract_page, open_pdf, sha256_bytes
from desktop.core.redaction.redact import find_terms
from desktop.core.store import Store

SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "consents-sample.csv"
NAME = "Jolene Marchetti"
# English words a report line is made of; none of them is also a German word.
ENGLISH = re.compile(r"\b(?:the|and|of|to|on|by|for|with|was|were|is|are|not|no|none|document|documents|"
                     r"page|pages|finding|findings|file|files|batch|consent|consents|party|parties|redacted|found|"
                     r"stored|imported|failed|verified|written|linked|proposed|confirmed|rejected|granted|withdrawn|"
                     r"valid|until|eligible|blocked|readable|occurrence|added|updated|unchanged|new|matches|"
                     r"contracting|signer|contact|needs|attention|redaction|channel|every|invalid|value)\b", re.IGNORECASE)


def _contract(folder: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((72, 100), f"Dieser Vertrag wird von {NAME} unterzeichnet.", fontsize=11)
    page.insert_text((72, 130), "Lieferungen erfolgen binnen zehn Tagen.", fontsize=11)
    path = folder / "vertrag.pdf"
    path.write_bytes(doc.tobytes())
    return path


@pytest.fixture
def store_path(tmp_path):
    pdf = _contract(tmp_path).read_bytes()
    path = tmp_path / "speicher.sqlite"
    with Store(path) as store:
        doc_id, _ = store.add_document(sha256=sha256_bytes(pdf), path=str(tmp_path / "vertrag.pdf"),
                                       name="vertrag.pdf", pages=1, size=len(pdf))
        found = find_terms(extract_page(open_pdf(pdf).load_page(0)), [NAME])
        store.add_findings(doc_id, [replace(f, entity_type=EntityType.PERSON, status=Status.PROPOSED,
                                            source=Source.DETECTED) for f in found])
        store.set_document_status(doc_id, "scanned")
        party_id, _ = store.add_party(Party(NAME, kind="person"), origin="scan")
        store.link_party(doc_id, party_id, Role.SIGNER, confirmed=False, source="signature-block")
    return path


def run(capsys, monkeypatch, language: str, *argv) -> tuple[int, str]:
    monkeypatch.setenv("CLEARANCE_LANGUAGE", language)
    try:
        code = main([str(a) for a in argv])
    except SystemExit as exc:  # argparse's complaint about an option's value
        code = exc.code
    out, err = capsys.readouterr()
    return code, out + err


def english_lines(text: str, data: tuple[str, ...]) -> list[str]:
    """Lines with an English word left once the data they name (paths, names, ids) is taken out;
    tab-separated listings are data for scripts and stay as they are."""
    out = []
    for line in text.splitlines():
        if "\t" in line:
            continue
        bare = line
        for value in data:
            bare = bare.replace(value, " ")
        if ENGLISH.search(bare):
            out.append(line)
    return out


def test_reports_and_tables_speak_german(capsys, monkeypatch, store_path, tmp_path):
    store = ("--store", store_path)
    terms = tmp_path / "begriffe.txt"
    terms.write_text(NAME + "\n", encoding="utf-8")
    commands = [
        ("consent", "import", SAMPLE, *store),
        ("consent", "show", "Acme Widgets GmbH", *store),
        ("consent", "links", "vertrag.pdf", *store),
        ("findings", "vertrag.pdf", *store),
        ("review", "--accept-all", *store),
        ("consent", "links", "vertrag.pdf", *store),
        ("redact", tmp_path / "vertrag.pdf", "-o", tmp_path / "geschwaerzt.pdf", "--terms", terms),
        ("consistency", store_path),
    ]
    data = (str(tmp_path), NAME, "Acme Widgets GmbH", "vertrag.pdf", "ai-training", "research")
    spoken = {}
    for argv in commands:
        code, text = run(capsys, monkeypatch, "de", *argv)
        assert code in (0, 3), (argv, text)  # 3: `consent links` of a document that may not leave yet
        assert text.strip(), argv
        spoken[argv[:2]] = text
        assert english_lines(text, data) == [], (argv, text)
    assert "Unterzeichner" in spoken[("consent", "links")]  # the role, in the core's German word
    assert "Schwärzung" in spoken[("redact", tmp_path / "vertrag.pdf")]


def test_the_control_english_report_lines_are_found(capsys, monkeypatch, store_path):
    """The check above finds English: the same commands in English fail it."""
    code, text = run(capsys, monkeypatch, "en", "consent", "links", "vertrag.pdf", "--store", store_path)
    assert english_lines(text, (NAME, "vertrag.pdf", "ai-training"))


def test_json_and_tab_separated_output_is_the_same_in_both_languages(capsys, monkeypatch, store_path):
    for argv in (("findings", "vertrag.pdf", "--json", "--store", store_path),
                 ("consent", "import", SAMPLE, "--store", store_path),  # so that the list below lists rows
                 ("consent", "list", "--store", store_path)):
        _, english = run(capsys, monkeypatch, "en", *argv)
        _, german = run(capsys, monkeypatch, "de", *argv)
        if argv[1] != "import":
            assert german == english and german.strip(), argv


def _parsers(parser: argparse.ArgumentParser, path=()):
    yield path, parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield from _parsers(sub, (*path, name))


def _help_texts(language: str, monkeypatch) -> dict:
    monkeypatch.setenv("CLEARANCE_LANGUAGE", language)
    texts = {}
    for path, parser in _parsers(cli.build_parser()):
        for action in parser._actions:
            texts[(path, action.dest)] = action.help
            for choice in getattr(action, "_choices_actions", ()):
                texts[(path, "command", choice.dest)] = choice.help
    return texts


def test_every_subcommands_help_is_german(monkeypatch, capsys):
    english, german = _help_texts("en", monkeypatch), _help_texts("de", monkeypatch)
    helped = {k: v for k, v in english.items() if v and v != argparse.SUPPRESS}
    assert len(helped) > 150
    assert [k for k, v in helped.items() if german[k] == v] == []
    monkeypatch.setenv("CLEARANCE_LANGUAGE", "de")
    with pytest.raises(SystemExit):
        main(["consent", "links", "--help"])
    out = capsys.readouterr().out
    assert out.startswith("Aufruf: clearance consent links") and "Optionen:" in out
    monkeypatch.setenv("CLEARANCE_LANGUAGE", "en")
    cli.build_parser()  # argparse's own words in English again for the tests that follow


@pytest.mark.slow  # detects with the spaCy model
def test_the_scan_report_speaks_german(capsys, monkeypatch, tmp_path):
    folder = tmp_path / "eingang"
    folder.mkdir()
    _contract(folder)
    code, text = run(capsys, monkeypatch, "de", "scan", folder, "--store", tmp_path / "neu.sqlite", "--workers", 1)
    assert code == 0 and text.startswith("Dokumente: 1 eingelesen"), text
    assert english_lines(text, (str(tmp_path),)) == [], text


MISTAKES = [
    ("findings", "vertrag.pdf", "--store", "{tmp}/fehlt.sqlite"),  # a store that is not there
    ("findings", "nirgends.pdf", "--store", "{store}"),  # a document the store does not hold
    ("risk", "--k", "0", "--store", "{store}"),  # a bad option value
    ("risk", "--k", "viele", "--store", "{store}"),  # not a number: argparse's own complaint
    ("consent", "show", "Niemand GmbH", "--store", "{store}"),
    ("verify", "{tmp}/fehlt"),
    ("redact", "{tmp}/vertrag.pdf", "-o", "{tmp}/aus.pdf"),  # nothing to redact
    ("settings", "set", "--store", "{store}", "risk-k", "99"),  # the core's own message (desktop.core.settings)
    ("approval", "kein-stapel", "--store", "{store}"),  # the core's own message (desktop.core.export.approval)
]


@pytest.mark.parametrize("argv", MISTAKES, ids=lambda a: " ".join(a[:2]))
def test_a_users_mistake_answers_in_german_with_the_same_exit_code(capsys, monkeypatch, store_path, tmp_path, argv):
    argv = [a.format(tmp=tmp_path, store=store_path) for a in argv]
    english_code, english = run(capsys, monkeypatch, "en", *argv)
    german_code, german = run(capsys, monkeypatch, "de", *argv)
    assert english_code == german_code != 0, (english, german)
    assert len(german.strip().splitlines()) == 1 and german != english, german
    data = (str(tmp_path), "vertrag.pdf", "nirgends.pdf", "Niemand GmbH", "kein-stapel", "risk-k", "--k",
            "`clearance scan`", "`consent import`")  # paths, names and commands
    assert english_lines(english, data) and english_lines(german, data) == [], german


def _signed_batch(store_path: Path, tmp_path: Path, monkeypatch) -> tuple[str, object]:
    """A batch of the fixture's contract, built and signed off as reviewed by a trusted signer."""
    from batch_fixture import CHECKS_WITH_CONSENT, add_contract
    from signer_fixture import memory_signer, trusted

    from desktop.core.export import checks
    from desktop.core.export.batch import build_batch
    from desktop.core.export.signoff import sign_off

    monkeypatch.setattr(checks, "EXPORT_CHECKS", list(CHECKS_WITH_CONSENT))
    alice = memory_signer("alice")
    with Store(store_path) as store:
        trusted(store, alice)
        batch = build_batch(store, [add_contract(store, tmp_path)]).batch_id
        sign_off(store, batch, alice, "reviewed")
    return batch, alice


def test_verify_approval_risk_and_settings_speak_german_and_their_json_is_the_same(capsys, monkeypatch, store_path,
                                                                                 tmp_path):
    from desktop.core import settings

    batch, alice = _signed_batch(store_path, tmp_path, monkeypatch)
    # The settings' names and values are what `settings set` takes, in either language (all at their default).
    values = tuple(t for s in settings.SETTINGS for t in (f"{s.name}: {s.word(s.default)}", f"Vorgabe {s.word(s.default)}",
                                                          f"default {s.word(s.default)}", s.allowed()))
    values += tuple(f"{s.name}:" for s in settings.FAMILIES)
    data = (str(tmp_path.parent), batch, alice.fingerprint, alice.fingerprint[:16], "alice", "contract.pdf", "vertrag.pdf",
            "ai-training", "sha256", "first-key", *values)
    spoken = {}
    for argv in (("verify", store_path), ("approval", batch, "--store", store_path), ("risk", store_path),
                 ("settings", "show", "--store", store_path)):
        english_code, english = run(capsys, monkeypatch, "en", *argv)
        code, german = run(capsys, monkeypatch, "de", *argv)
        assert code == english_code and german.strip(), (argv, german)
        assert english_lines(english, data), argv  # the control: the English lines are found
        assert english_lines(german, data) == [], (argv, german)
        spoken[argv[0]] = german
    assert "Prüfkette" in spoken["verify"] and re.search(rf"Stapel {batch}: Manifest und \d+ Datei\(en\)", spoken["verify"])
    assert f"Stapel {batch} Freigabe 1 (geprüft von alice)" in spoken["verify"]  # a label within a line, too
    assert "geprüft von alice" in spoken["approval"]
    assert "dates: generalise" in spoken["settings"]  # a value as `settings set` takes it back
    for argv in (("approval", batch, "--store", store_path, "--json"), ("risk", store_path, "--json")):
        _, english = run(capsys, monkeypatch, "en", *argv)
        _, german = run(capsys, monkeypatch, "de", *argv)
        assert german == english and german.strip(), argv


def test_a_bad_consent_file_is_told_line_by_line_in_german(capsys, monkeypatch, store_path, tmp_path):
    from desktop.core.consent.csvio import COLUMNS

    bad = tmp_path / "einwilligungen.csv"
    bad.write_text("party_name,party_kind,purpose,status\nAcme GmbH,company,ai-training,granted\n", encoding="utf-8")
    english_code, english = run(capsys, monkeypatch, "en", "consent", "import", bad, "--store", store_path)
    german_code, german = run(capsys, monkeypatch, "de", "consent", "import", bad, "--store", store_path)
    assert english_code == german_code == 2
    data = (str(tmp_path), ",".join(COLUMNS), "version")
    assert english_lines(english, data) and english_lines(german, data) == [], german
    assert german.startswith(f"{bad}: Zeile 1: fehlerhafte Kopfzeile (fehlende Spalten: version)")
