"""People named in a contract are proposed: on a German page whatever the English model wrapped
them in or took them for, and in English when their names are common words."""

from __future__ import annotations

import pymupdf
import pytest

from desktop.core.detect import judge_and_propagate
from desktop.core.detect.spans import is_german, resolve_overlaps
from desktop.core.model import Finding, Status
from desktop.core.pdf import extract_page

GERMAN = ("Die Berichte des Auftragnehmers enthalten den Aufwand und die offenen Punkte und werden von Anna "
          "Berg freigegeben. Der Projektleiter berichtet an Jonas Keller. Die Vertraulichen Informationen "
          "bleiben geheim. Technische Unterlagen liegen bei. Weitere Unterlagen liegen im Anhang. Es gelten "
          "die allgemeinen Regeln, und Allgemeine Regeln des Hauses gehen vor.")


def _item(text, phrase, entity_type):
    start = text.index(phrase)
    return {"start": start, "end": start + len(phrase), "entity_type": entity_type, "recognizer": "SpacyRecognizer",
            "score": 0.85, "explanation": {"recognizer": "SpacyRecognizer"}}


@pytest.mark.parametrize(("phrase", "entity_type", "kept"), [
    ("von Anna Berg", "PERSON", "Anna Berg"),  # the preposition before the name is cut off
    ("Jonas Keller", "COMPANY", "Jonas Keller"),  # a person the model took for an organisation
    ("Vertraulichen Informationen", "COMPANY", None),  # an article before it: a term
    ("Technische Unterlagen", "COMPANY", None),  # an inflected adjective first
    ("Weitere Unterlagen", "COMPANY", None),
    ("Allgemeine Regeln", "COMPANY", None),  # the page writes its first word in lower case
    ("Aufwand und", "PERSON", None),  # one word is no name
])
def test_on_a_german_page_a_model_name_is_a_person_or_nothing(phrase, entity_type, kept):
    assert is_german(GERMAN)
    found = [(GERMAN[i["start"]:i["end"]], i["entity_type"], i["explanation"].get("model_type"))
             for i in resolve_overlaps(GERMAN, [_item(GERMAN, phrase, entity_type)])]
    model_type = entity_type if entity_type != "PERSON" else None
    assert found == ([(kept, "PERSON", model_type)] if kept else [])


def _page(text):
    doc = pymupdf.open()
    page = doc.new_page(width=500, height=500)
    page.insert_textbox(pymupdf.Rect(20, 20, 480, 480), text, fontsize=9)
    return extract_page(page)


ENGLISH = ("The Employee shall report to Leonard Evans, who may assign other duties. The Target Dates are set out "
           "in the plan, and each target is reviewed monthly. The price of the Plasma Disk is fixed for a year. "
           "Martin Cole Hall approves the budget.")


@pytest.mark.parametrize(("name", "status"), [
    ("Leonard Evans", Status.PROPOSED),  # common words the contract never writes in lower case
    ("Martin Cole Hall", Status.PROPOSED),
    ("Target Dates", Status.SUPPRESSED),  # "target" also in lower case: a term
    ("Plasma Disk", Status.SUPPRESSED),  # "the Plasma Disk": an article before it
])
def test_a_person_whose_name_is_made_of_common_words_is_proposed(name, status):
    page = _page(ENGLISH)
    start = page.text.index(name)
    finding = Finding(page=0, start=start, end=start + len(name), entity_type="PERSON", text=name,
                      boxes=page.span_boxes(start, start + len(name)), score=0.85, recognizer="SpacyRecognizer",
                      explanation={"recognizer": "SpacyRecognizer", "generic_words": True})
    [judged] = [f for f in judge_and_propagate([page], [finding]) if f.start == start]
    assert judged.status == status, judged.explanation["reasons"]
