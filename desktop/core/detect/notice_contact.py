"""People a notices clause names to be reached ("Attn: John Smith", "z. Hd. Frau Anna Schmidt"): a
person's name, proposed even where the model misses it, and marked a contact by the judge."""

from __future__ import annotations

from desktop.core.detect.base import RegexRecognizer
from desktop.core.model import EntityType
from desktop.core.text.contacts import contact_spans


class NoticeContactRecognizer(RegexRecognizer):
    ENTITY = EntityType.PERSON
    SCORE = 0.9

    def analyze(self, text, entities, nlp_artifacts=None):
        return [self.result(start, end, self.SCORE, "contact in a notices clause")
                for start, end in contact_spans(text)]
