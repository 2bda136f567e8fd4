"""IBANs with valid check digits (Presidio's recognizer validates the mod-97 checksum)."""

from __future__ import annotations

from presidio_analyzer.predefined_recognizers import IbanRecognizer as PresidioIbanRecognizer

from desktop.core.model import EntityType


class IbanRecognizer(PresidioIbanRecognizer):
    def __init__(self):
        super().__init__(supported_entity=EntityType.IBAN, name="IbanRecognizer",
                         context=["iban", "bank", "account", "konto", "bankverbindung", "transfer"])
