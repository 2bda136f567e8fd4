"""A recognizer's prefilter only skips pages its patterns cannot match: on every text where the patterns
find something, the prefilter finds something too, and the recognizer's results are the same as with
no prefilter."""

from __future__ import annotations

import pytest

from desktop.core.detect import url
from desktop.core.detect.demographics import AGE, AgeRecognizer

AGES = ["The tenant, aged 45, lives alone.", "a man AGED fifty-two", "at the age of 63", "im Alter von 70 Jahren",
        "his age is 40 now", "whose age was thirty", "21 years of age", "a 63 years old teacher",
        "a 7-year-old child", "ein 58 Jahre alt Mann", "forty-five year old", "the employee's\nage\tof 30"]
NOT_AGES = ["This Agreement is dated 1 May 2020.", "damages of five years", "page 3 of 10", "URL: example.com"]


@pytest.mark.parametrize("text", AGES + NOT_AGES)
def test_age_prefilter_passes_every_text_age_matches(text):
    if AGE.search(text):
        assert AgeRecognizer.PREFILTER.search(text)
    recognizer = AgeRecognizer()
    with_filter = [(r.start, r.end, r.score) for r in recognizer.analyze(text, [])]
    recognizer.PREFILTER = None
    assert with_filter == [(r.start, r.end, r.score) for r in recognizer.analyze(text, [])]


def test_ages_are_still_found():
    assert all(AgeRecognizer().analyze(text, []) for text in AGES)


URLS = ["see https://www.example.com/terms", "www.clearance.de", "\"http://a.b.io\"", "mail to: x.y@EXAMPLE.COM"]


@pytest.mark.parametrize("text", URLS + ["No address here. None at all.", "Section 3.2 and 4.1", "U.S. law"])
def test_url_prefilter_keeps_presidio_results(text):
    ours = [(r.start, r.end, r.score) for r in url.UrlRecognizer().analyze(text, ["URL"])]
    presidio = [(r.start, r.end, r.score) for r in url.PresidioUrlRecognizer().analyze(text, ["URL"])]
    assert ours == presidio
    if text in URLS:
        assert ours
