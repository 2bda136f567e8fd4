"""Consent CSV: good files, malformed rows with line numbers, duplicates, re-import, 100,000 rows at once."""

import hashlib
import io
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from desktop.core.consent import ConsentRecord, Party
from desktop.core.consent.csvio import COLUMNS, parse_consents, read_consents, write_consents
from desktop.core.store.consent_import import rows_digest

SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "consents-sample.csv"
HEADER = ",".join(COLUMNS)


def csv_text(*rows: str) -> str:
    return "\n".join([HEADER, *rows]) + "\n"


GOOD = "Acme GmbH,company,HRB 1,DE1,legal@acme.example,ACME|Acme,ai-training,granted,2024-01-01,2025-01-01,,1,form"


def test_the_sample_file_imports(store):
    parsed = read_consents(SAMPLE)
    assert parsed.errors == []
    report = store.import_consents(parsed.rows)
    assert report.consents_added == len(parsed.rows) == len(SAMPLE.read_text().splitlines()) - 1
    acme = store.find_party("ACME WIDGETS G.m.b.H.")
    assert acme is not None and acme.aliases == ("ACME", "Acme Widgets")
    assert {c.purpose for c in store.consents(acme.id)} == {"ai-training", "research"}


MALFORMED = [
    ("Acme GmbH,firm,,,,,ai-training,granted,2024-01-01,,,1,", "party_kind 'firm'"),
    ("Acme GmbH,company,,,,,ai-training,granted,2024-13-01,,,1,", "granted_on '2024-13-01' is not a date"),
    ("Acme GmbH,company,,,,,ai-training,granted,,,,1,", "a granted consent needs granted_on"),
    ("Acme GmbH,company,,,,,ai-training,withdrawn,2024-01-01,,,1,", "a withdrawn consent needs withdrawn_on"),
    ("Acme GmbH,company,,,,,ai-training,maybe,2024-01-01,,,1,", "status 'maybe'"),
    (",company,,,,,ai-training,granted,2024-01-01,,,1,", "party_name is empty"),
    ("Acme GmbH,company,,,,,ai-training,granted,2024-01-01,,,,", "version is empty"),
    ("Acme GmbH,company,,,,,AI Training,granted,2024-01-01,,,1,", "purpose 'AI Training'"),
    ("Acme GmbH,company,,,not-an-address,,ai-training,granted,2024-01-01,,,1,", "is not an e-mail address"),
    ("Acme GmbH,company,,,,,ai-training,granted,2024-05-01,2024-01-01,,1,", "valid_until 2024-01-01 is before"),
    ("Acme GmbH,company,,,,,ai-training,granted,2024-01-01,,,1,,extra", "more fields than the header"),
]


@pytest.mark.parametrize(("row", "message"), MALFORMED, ids=[m for _, m in MALFORMED])
def test_a_malformed_row_is_reported_with_its_line(row, message):
    parsed = parse_consents(csv_text(GOOD, row))
    assert len(parsed.errors) == 1
    assert parsed.errors[0].startswith("line 3: ") and message in parsed.errors[0]


def test_line_numbers_count_quoted_newlines():
    parsed = parse_consents(csv_text(GOOD.replace(",form", ',"two\nlines"'), GOOD.replace("granted", "nope")))
    assert [e.split(":")[0] for e in parsed.errors] == ["line 4"]


def test_a_bad_header_is_one_clear_error():
    parsed = parse_consents("name,purpose\nAcme,ai-training\n")
    assert len(parsed.errors) == 1 and "missing columns: party_name" in parsed.errors[0]
    assert "unknown columns: name" in parsed.errors[0]


@pytest.mark.parametrize("data", [b"\xff\xfe\x00bad", b"\xff\xfebad", b"\xfe\xff\x62\x61\x64\x00"])
def test_an_unreadable_file_is_one_clear_error(tmp_path, data):
    bad = tmp_path / "x.csv"
    bad.write_bytes(data)
    [error] = read_consents(bad).errors
    assert error.startswith(f"{bad}: not") and "UTF-16" in error and "save it as UTF-8" in error
    assert error.isascii() and error.isprintable()  # the reason, never the file's bytes read as CJK


def test_identical_duplicate_rows_import_once_and_conflicting_ones_are_errors():
    parsed = parse_consents(csv_text(GOOD, GOOD))
    assert (len(parsed.rows), parsed.duplicates, parsed.errors) == (1, 1, [])
    conflicting = parse_consents(csv_text(GOOD, GOOD.replace("2025-01-01", "2026-01-01")))
    assert conflicting.errors == ["line 3: same party, purpose and version as line 2 with other values"]
    other_details = parse_consents(csv_text(GOOD, GOOD.replace("HRB 1", "HRB 2").replace(",1,form", ",2,form")))
    assert "other party details than on line 2" in other_details.errors[0]


def test_reimporting_the_same_file_changes_nothing(store):
    rows = read_consents(SAMPLE).rows
    first = store.import_consents(rows)
    head = store.audit_head()
    again = store.import_consents(read_consents(SAMPLE).rows)
    assert first.changed and not again.changed
    assert again.unchanged == len(rows)
    assert store.audit_head() == head


def test_a_changed_row_updates_one_record_and_the_import_entry_keeps_the_old_value(store):
    store.import_consents(parse_consents(csv_text(GOOD)).rows)
    report = store.import_consents(parse_consents(csv_text(GOOD.replace("2025-01-01", "2026-01-01"))).rows)
    assert (report.consents_updated, report.consents_added) == (1, 0)
    last = store.audit_entries()[-1]
    assert last["kind"] == "consent-import"
    assert [(u["before"], u["after"]) for u in last["payload"]["updates"]] == [
        ({"valid_until": "2025-01-01"}, {"valid_until": "2026-01-01"})]


def test_a_file_import_writes_one_audit_entry_that_pins_the_file_and_its_rows(store, tmp_path):
    path = tmp_path / "registry.csv"
    path.write_bytes(SAMPLE.read_bytes())
    parsed = read_consents(path)
    before = len(store.audit_entries())
    report = store.import_consents(parsed.rows, source=parsed.source)
    entries = store.audit_entries()[before:]
    assert [e["kind"] for e in entries] == ["consent-import"]
    payload = entries[0]["payload"]
    assert (payload["file"], payload["file_sha256"]) == ("registry.csv", hashlib.sha256(path.read_bytes()).hexdigest())
    assert payload["rows"] == len(parsed.rows)
    assert payload["rows_sha256"] == rows_digest(parsed.rows)
    assert payload["rows_sha256"] != rows_digest(parsed.rows[:-1])
    assert {k: payload[k] for k in ("parties_added", "consents_added", "unchanged")} == {
        "parties_added": report.parties_added, "consents_added": len(parsed.rows), "unchanged": 0}


def test_export_then_import_gives_the_same_registry(store, tmp_path):
    from desktop.core.store import Store

    store.import_consents(read_consents(SAMPLE).rows)
    out = io.StringIO()
    write_consents(store.consent_table(), out)
    other = Store(tmp_path / "other.sqlite")
    other.import_consents(parse_consents(out.getvalue()).rows)
    def without_ids(s):
        return [(replace(p, id=None), replace(c, id=None, party_id=None)) for p, c in s.consent_table()]

    assert without_ids(other) == without_ids(store) and len(without_ids(store)) == 6
    other.close()


def test_a_failure_mid_import_leaves_nothing(store):
    rows = parse_consents(csv_text(GOOD, GOOD.replace("Acme GmbH", "Beta Ltd"))).rows
    boom = rows + [rows[0][:1] + (None,)]  # the third row breaks inside the transaction
    with pytest.raises(AttributeError):
        store.import_consents(boom)
    assert store.parties() == [] and store.consents() == []


def test_100000_rows_import_in_one_transaction_with_progress(store):
    n = 100_000  # built as records: parsing is tested above, this is about the one transaction
    rows = [(Party(f"Party {i} GmbH", register_number=f"HRB {i}"),
             ConsentRecord(None, "ai-training", "granted", "1", date(2024, 1, 1), evidence=f"form {i}"))
            for i in range(n)]
    calls = []

    def progress(done, total):
        calls.append((done, total, store.db.conn.in_transaction))

    before = len(store.audit_entries())
    report = store.import_consents(rows, total=n, progress=progress)
    assert report.consents_added == report.parties_added == n
    assert calls[-1][:2] == (n, n) and len(calls) >= 100
    assert all(in_tx for _, _, in_tx in calls)  # every progress report came from inside the one transaction
    assert [d for d, _, _ in calls] == sorted(d for d, _, _ in calls)
    assert store.db.execute("SELECT COUNT(*) FROM consents").fetchone()[0] == n
    assert [e["kind"] for e in store.audit_entries()[before:]] == ["consent-import"]
    assert store.find_party("PARTY 99999 G.m.b.H.").register_number == "HRB 99999"


@pytest.mark.parametrize("cell", ["=HYPERLINK(\"http://x\")", "+49 30 1234", "-1", "@SUM(A1)", "'=already quoted"])
def test_export_quotes_formula_cells_and_import_reads_them_back(store, cell):
    evil = Party("Acme GmbH", aliases=(cell,))
    store.import_consents([(evil, ConsentRecord(None, "ai-training", "granted", "1", date(2024, 1, 1),
                                                evidence=cell))])
    out = io.StringIO()
    write_consents(store.consent_table(), out)
    import csv

    [written] = list(csv.reader(io.StringIO(out.getvalue())))[1:]
    assert written[5] == written[-1] == "'" + cell  # a spreadsheet shows it as text
    assert not any(field.startswith(("=", "+", "-", "@")) for field in written)
    [(party, consent)] = parse_consents(out.getvalue()).rows
    assert party.aliases == (cell,) and consent.evidence == cell


def test_export_drops_control_characters():
    out = io.StringIO()
    write_consents([(Party("Acme\x1b[31m GmbH\x00"), ConsentRecord(None, "ai-training", "granted", "1",
                                                                    date(2024, 1, 1), evidence="a\x07b"))], out)
    assert "\x1b" not in out.getvalue() and "\x00" not in out.getvalue() and "\x07" not in out.getvalue()
    assert "Acme[31m GmbH" in out.getvalue() and ",ab" in out.getvalue()


def test_import_rejects_duplicate_columns_control_characters_and_long_fields():
    twice = parse_consents(HEADER + ",status\n" + GOOD + ",granted\n")
    assert len(twice.errors) == 1 and "columns given twice: status" in twice.errors[0]
    controls = parse_consents(csv_text(GOOD.replace("form", "a\x1b[2Jb"), GOOD.replace("Acme GmbH", "A\x00B")))
    assert [e.split(":")[0] for e in controls.errors] == ["line 2", "line 3"] and not controls.rows
    assert "evidence holds a control character (U+001B)" in controls.errors[0]
    assert "\x1b" not in "".join(controls.errors)
    long = parse_consents(csv_text(GOOD.replace("form", "x" * 200_000)))
    assert len(long.errors) == 1 and not long.rows and "line 2" in long.errors[0]


def test_every_problem_of_a_row_is_reported_up_to_a_limit():
    bad = GOOD.replace("company", "firm").replace("granted", "maybe").replace("2024-01-01", "soon")
    parsed = parse_consents(csv_text(bad))
    assert len(parsed.errors) == 3 and all(e.startswith("line 2:") for e in parsed.errors)
    many = parse_consents(csv_text(*[bad.replace("Acme", f"A{i}") for i in range(50)]))
    assert len(many.errors) == 100 and many.more_errors == 50


def test_utf16_with_its_mark_is_read_latin1_is_refused_by_name(tmp_path):
    good = tmp_path / "utf16.csv"
    good.write_bytes(csv_text(GOOD.replace("Acme", "Müller")).encode("utf-16"))
    assert len(read_consents(good).rows) == 1
    latin = tmp_path / "latin.csv"
    latin.write_bytes(csv_text(GOOD.replace("Acme", "Müller")).encode("latin-1"))
    parsed = read_consents(latin)
    assert parsed.file_error and "not UTF-8" in parsed.file_error and not parsed.rows
