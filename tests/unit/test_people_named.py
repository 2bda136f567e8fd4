"""People named in a contract are proposed: on a German page whatever the English model wrapped
them in or took them for."""

from __future__ import annotations

import pytest

from desktop.core.detect.spans import is_german, resolve_overlaps

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
