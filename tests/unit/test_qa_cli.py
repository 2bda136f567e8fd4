"""`clearance qa draw / mark / report / seal` on an automatic batch: the figures, the one-line refusals."""

from __future__ import annotations

import json

import pytest
from qa_fixture import automatic_batch, qa_policy

from desktop.cli import main


def _json(capsys, *argv) -> dict:
    capsys.readouterr()
    assert main(list(argv)) == 0
    return json.loads(capsys.readouterr().out)


def test_report_gives_the_exact_bounds(store, tmp_path, monkeypatch, capsys):
    automatic_batch(store, tmp_path, monkeypatch, qa_policy(target=0.7))
    path = str(store.path)
    drawn = _json(capsys, "qa", "draw", path, "--pages", "3", "--seed", "4", "--json")
    pages = [p["page_id"] for p in drawn["pages"]]
    assert drawn["seed"] == 4 and len(pages) == 3
    for page in pages:
        assert main(["qa", "mark", path, page, "--clean"]) == 0
    clean = _json(capsys, "qa", "report", path, "--json")
    assert clean["pages_sampled"] == 3 and clean["pages_with_miss"] == 0
    assert round(clean["upper_bound"], 4) == round(1 - 0.05 ** (1 / 3), 4) == 0.6316
    assert clean["meets_target"] and clean["pages_needed"] == 3
    assert round(_json(capsys, "qa", "report", path, "--json", "--confidence", "0.9")["upper_bound"], 4) == 0.5358


def test_a_miss_gives_the_clopper_pearson_bound_and_blocks_the_seal(store, tmp_path, monkeypatch, capsys):
    batch = automatic_batch(store, tmp_path, monkeypatch, qa_policy(target=0.7))
    path = str(store.path)
    pages = [p["page_id"] for p in _json(capsys, "qa", "draw", path, "--pages", "4", "--json", "--seed", "1")["pages"]]
    assert main(["qa", "mark", path, pages[0], "--missed", "Licensee", "--type", "other"]) == 0
    assert "redacted 4 occurrence(s) in 4 document(s)" in capsys.readouterr().out
    for page in pages[1:]:
        main(["qa", "mark", path, page, "--clean"])
    got = _json(capsys, "qa", "report", path, "--json", "--batch", batch)
    # Clopper-Pearson, 1 miss in 4 pages at 95% one-sided: the p where (1-p)^4 + 4p(1-p)^3 = 0.05
    assert (got["pages_with_miss"], round(got["upper_bound"], 4)) == (1, 0.7514)
    assert got["pages"][0]["misses"][0]["text"] == "Licensee"
    html = tmp_path / "report.html"
    assert main(["qa", "report", path, "--html", str(html)]) == 0
    page = html.read_text(encoding="utf-8")
    assert "0.7514" in page and "Licensee" in page and page.count("<svg") >= 2  # the interval, the findings
    capsys.readouterr()
    assert main(["qa", "seal", path]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "above the target of 70.00%" in err[0]


@pytest.mark.parametrize(("argv", "message"), [
    (["qa", "draw", "{store}", "--pages", "99"], "1 to 4 pages"),
    (["qa", "mark", "{store}", "nope:1", "--clean"], "no QA sample yet"),
    (["qa", "mark", "{store}", "nope:1", "--missed", "x", "--type", "BANANA"], "not an entity type"),
    (["qa", "report", "{missing}"], "no such store"),
])
def test_mistakes_get_one_line_and_exit_2(store, tmp_path, monkeypatch, capsys, argv, message):
    automatic_batch(store, tmp_path, monkeypatch, qa_policy())
    argv = [a.format(store=store.path, missing=tmp_path / "none.sqlite") for a in argv]
    capsys.readouterr()
    assert main(argv) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and message in err[0], err
