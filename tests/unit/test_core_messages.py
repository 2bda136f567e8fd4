"""The core's messages in German: the command line finds a message the core filled (an error, a line of
`verify`) again by its template in the catalogue and fills the German template with its fields
(desktop.core.runtime.language.core_message); tools/i18n_registry.py keeps those templates there."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from desktop.core import settings
from desktop.core.pdf import PdfError, read_pdf_bytes
from desktop.core.runtime.language import catalogue, core_message

ROOT = Path(__file__).resolve().parents[2]


def load_registry():
    spec = importlib.util.spec_from_file_location("i18n_registry_tool", ROOT / "tools" / "i18n_registry.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_catalogue_holds_every_template_the_core_and_the_detector_have_now():
    tool = load_registry()
    table = catalogue("de")
    messages = tool.message_templates(tool.CORE_MESSAGE_SOURCES)
    assert len(messages) > 200 and "{path}: no such store" in messages
    assert [t for t in messages if ("Core", t) not in table] == [], "run `make i18n` and translate the new messages"
    reasons = tool.why_texts()
    assert "suppressed: {drop}" in reasons and "context word" in reasons
    assert [t for t in reasons if ("Why", t) not in table] == [], "run `make i18n` and translate the new reasons"


def test_a_filled_message_of_the_core_reads_in_german(tmp_path):
    with pytest.raises(PdfError) as raised:
        read_pdf_bytes(tmp_path / "fehlt.pdf")
    assert core_message(raised.value.reason, "de") == "fehlt.pdf: keine solche Datei"
    with pytest.raises(settings.SettingError) as raised:
        settings.by_name("farbe")
    assert core_message(str(raised.value), "de").startswith("keine Einstellung 'farbe'; Einstellungen: four-eyes, ")


def test_a_field_that_is_itself_a_message_or_a_word_is_translated_and_a_name_is_not():
    said = "sign-off 2 (approved by Bob Approved): signature does not verify (the sign-off was changed)"
    assert core_message(said, "de") == \
        "Freigabe 2 (genehmigt von Bob Approved): Signatur stimmt nicht (die Freigabe wurde geändert)"
    assert core_message(said, "en") == said
    assert core_message("Acme Widgets GmbH", "de") == "Acme Widgets GmbH"  # no template: as it is
    assert core_message("no residue", "de") == "keine Reste"  # a whole message the catalogue holds
