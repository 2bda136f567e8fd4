"""A name planted in every channel of a PDF is gone after `clearance redact --terms`, by every reader."""

import io
import zlib

import pymupdf
import pypdf
import pytest

from desktop.cli import main
from desktop.core.verification.output import normalise, verify_redacted
from devkit.leaks import CHANNELS, make_leak_fixture

NAME = "Jolene Marchetti"
NEEDLES = ("jolene", "marchetti")  # either half of the name is a leak


@pytest.fixture(scope="module")
def fixture():
    return make_leak_fixture(NAME)


@pytest.fixture
def redacted(fixture, tmp_path):
    src, out, terms = tmp_path / "in.pdf", tmp_path / "out.pdf", tmp_path / "terms.txt"
    src.write_bytes(fixture.pdf)
    terms.write_text(f"{NAME}\n", encoding="utf-8")
    assert main(["redact", str(src), "-o", str(out), "--terms", str(terms)]) == 0
    return out.read_bytes()


def _independent_texts(pdf: bytes):
    """What a reader other than our verifier sees: pypdf text and every object, raw decompressed bytes."""
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    for page in reader.pages:
        yield page.extract_text()
    for num in range(1, len(reader.xref_objStm) + max(len(t) for t in reader.xref.values()) + 2):
        try:
            obj = reader.get_object(num)
        except Exception:
            continue
        yield str(obj)
        if isinstance(obj, pypdf.generic.StreamObject):
            yield obj.get_data().decode("latin-1")
    doc = pymupdf.open(stream=pdf, filetype="pdf")
    for xref in range(1, doc.xref_length()):
        yield doc.xref_object(xref)
        if doc.xref_is_stream(xref):
            yield doc.xref_stream(xref).decode("latin-1")
    yield pdf.decode("latin-1")
    for chunk in pdf.split(b"stream")[1:]:
        try:
            data = zlib.decompressobj().decompress(chunk.lstrip(b"\r\n"))
        except zlib.error:
            continue
        yield data.decode("latin-1")


def test_fixture_plants_the_name_in_every_channel(fixture):
    assert len(fixture.channels) >= 14
    assert fixture.pdf.count(b"%%EOF") == 2  # the incremental update is really there


def test_nothing_readable_after_redact_and_text_survives(redacted, fixture):
    assert verify_redacted(redacted, [NAME]).ok
    for text in _independent_texts(redacted):
        folded = normalise(text).replace("\\", "")
        assert not any(n in folded for n in NEEDLES)
    page = pymupdf.open(stream=redacted, filetype="pdf").load_page(0).get_text()
    for line in fixture.survivors:
        assert line in page


# Where the verifier must see each planted name, by its own channel names.
EXPECTED_CHANNEL = {
    "page-text": "page-text (pypdf)", "wrapped-line": "page-text (pypdf)", "nbsp": "page-text",
    "metadata": "metadata", "xmp": "xmp", "outline": "outline", "text-annotation": "annotation",
    "highlight-contents": "annotation", "free-text-annotation": "annotation", "form-field": "form-field",
    "link-uri": "link", "embedded-file": "attachment", "actual-text": "page-text",
    "incremental-update": "file-bytes",
}


@pytest.mark.parametrize("channel", CHANNELS)
def test_verify_reports_each_planted_channel_when_redaction_is_skipped(channel):
    planted = make_leak_fixture(NAME, channels=(channel,))
    report = verify_redacted(planted.pdf, [NAME])
    assert EXPECTED_CHANNEL[channel] in report.channels()
    assert all(h.term == NAME for h in report.hits)


def test_the_loop_redacts_what_the_redactor_missed(fixture, tmp_path, capsys, monkeypatch):
    from desktop.core.redaction import redact

    src, out, terms = tmp_path / "in.pdf", tmp_path / "out.pdf", tmp_path / "terms.txt"
    src.write_bytes(fixture.pdf)
    terms.write_text(NAME, encoding="utf-8")
    monkeypatch.setattr(redact, "find_terms", lambda page, terms: [])  # a redaction that misses the text
    assert main(["redact", str(src), "-o", str(out), "--terms", str(terms)]) == 0
    captured = capsys.readouterr()
    assert "added: 'Jolene Marchetti' on page 1" in captured.err and "added by the verification loop" in captured.out
    text = pymupdf.open(out).load_page(0).get_text()
    assert "Marchetti" not in text and fixture.survivors[0] in text


def test_redact_refuses_to_write_when_the_loop_cannot_remove_a_leak(fixture, tmp_path, capsys, monkeypatch):
    from desktop.core.export import reredact as loop
    from desktop.core.redaction import redact

    src, out, terms = tmp_path / "in.pdf", tmp_path / "out.pdf", tmp_path / "terms.txt"
    src.write_bytes(fixture.pdf)
    terms.write_text(NAME, encoding="utf-8")
    monkeypatch.setattr(redact, "find_terms", lambda page, terms: [])
    monkeypatch.setattr(loop, "redact_pdf", lambda pdf, findings, **kw: pdf)  # boxes that remove nothing
    assert main(["redact", str(src), "-o", str(out), "--terms", str(terms)]) == 1
    assert "LEAK page-text" in capsys.readouterr().err
    assert not out.exists()


def test_short_terms_are_skipped_with_a_note():
    report = verify_redacted(make_leak_fixture(NAME, channels=("page-text",)).pdf, ["Jo"])
    assert report.ok and "skipped" in report.notes[0]


def test_bad_input_gets_one_line(tmp_path, capsys):
    bad, terms = tmp_path / "bad.pdf", tmp_path / "t.txt"
    bad.write_bytes(b"not a pdf at all")
    terms.write_text(NAME)
    assert main(["redact", str(bad), "-o", str(tmp_path / "o.pdf"), "--terms", str(terms)]) == 2
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and "not a PDF" in err
