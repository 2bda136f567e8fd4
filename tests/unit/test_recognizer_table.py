"""The recognizer table: every recognizer the analyzer runs is described in it, the detection rules read
it instead of recognizer names, and the detector version follows it and the term lists."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.core.detect import registry
from desktop.core.detect.analyzer import clearance_recognizers
from desktop.core.detect.context import DocumentContext
from desktop.core.detect.judge import assess
from desktop.core.model import EntityType, Finding, identifier_kind
from desktop.core.pdf import PageText

PACKAGE = Path(__file__).resolve().parents[2] / "desktop"


def test_every_recognizer_the_analyzer_runs_is_in_the_table_with_what_it_finds():
    running = {r.name: set(r.supported_entities) for r in clearance_recognizers()}
    described = {s.name: set(s.entity_types) for s in registry.RECOGNIZERS if s.name != "PropagatedName"}
    assert running == described


def test_the_table_says_which_identifiers_each_recognizer_finds():
    for spec in registry.RECOGNIZERS:
        kinds = {identifier_kind(t) for t in spec.entity_types}
        expected = registry.BOTH if kinds == {"direct", "quasi"} else kinds.pop()
        assert spec.identifier == expected, spec.name


def test_an_unknown_recognizer_vouches_for_itself_and_ranks_last():
    assert registry.spec("SomeOtherRecognizer") == registry.UNKNOWN
    assert registry.judged_as("SomeOtherRecognizer") == registry.PATTERN
    assert registry.priority("SomeOtherRecognizer") == 1


def test_no_product_module_names_a_development_recognizer():
    offenders = [str(p.relative_to(PACKAGE.parent)) for p in PACKAGE.rglob("*.py")
                 if "KnownPartiesRecognizer" in p.read_text(encoding="utf-8")]
    assert offenders == []


def test_the_development_kits_recognizer_is_judged_as_the_registry_says_once_loaded():
    from devkit.known_parties import NAME

    spec = registry.spec(NAME)
    assert (spec.judged_as, spec.anchors_party, spec.priority) == (registry.KNOWN_PARTY, True, 4)
    text = "Acme Widgets signs."
    page = PageText(0, text, (None,) * len(text), (-1,) * len(text), 500, 500)
    f = Finding(0, 0, 12, EntityType.COMPANY, "Acme Widgets", (), recognizer=NAME)
    assert assess(f, DocumentContext({0: page}, [f]))[0] in ("known party", "party name")


def test_an_app_recognizer_cannot_be_redescribed():
    with pytest.raises(ValueError):
        registry.register(registry.RecognizerSpec("CompanyRecognizer", (EntityType.COMPANY,), 1))


def test_the_detector_version_changes_with_the_table_and_the_term_lists(monkeypatch, tmp_path):
    before = registry.version_hash()
    assert registry.version_hash() == before  # stable: it keys a cache
    changed = registry.RECOGNIZERS[:-1] + (registry.RecognizerSpec("PropagatedName", (EntityType.PERSON,), 3),)
    monkeypatch.setattr(registry, "RECOGNIZERS", changed)
    assert registry.version_hash() != before
    monkeypatch.undo()
    source = registry.terms_dir()
    for path in source.glob("*.txt"):
        (tmp_path / path.name).write_bytes(path.read_bytes())
    monkeypatch.setattr(registry, "terms_dir", lambda: tmp_path)
    assert registry.version_hash() == before
    with (tmp_path / "technical_terms.txt").open("a", encoding="utf-8") as out:
        out.write("Flux Capacitor\n")
    assert registry.version_hash() != before


def test_the_detector_version_names_the_model_and_the_derived_hash():
    from desktop.core.detect import detector_version

    assert detector_version("xx_model") == f"clearance-detect-{registry.EPOCH}.{registry.version_hash()}/xx_model"
