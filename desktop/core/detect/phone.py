"""Phone and fax numbers in German national and international formats, via python-phonenumbers."""

from __future__ import annotations

from presidio_analyzer.predefined_recognizers import PhoneRecognizer as PresidioPhoneRecognizer

from desktop.core.model import EntityType

REGIONS = ("DE", "AT", "CH", "GB", "US", "FR", "NL", "BE", "IT", "ES")


class PhoneRecognizer(PresidioPhoneRecognizer):
    """Presidio's recognizer with the regions contracts here come from; a valid number in a contract
    is an identifier by itself, so the base score does not wait for context words."""

    SCORE = 0.6
    CONTEXT = ["phone", "telephone", "tel", "fax", "mobile", "cell", "call", "telefon", "telefax", "mobil",
               "durchwahl"]

    def __init__(self):
        super().__init__(context=self.CONTEXT, supported_entity=EntityType.PHONE, supported_regions=REGIONS,
                         name="PhoneRecognizer")
