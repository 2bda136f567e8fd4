"""Shared fixtures: a fresh store per test, Qt offscreen, the development corpus path."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Tests read English texts whatever the machine's locale; tests of the German window set it themselves.
os.environ["CLEARANCE_LANGUAGE"] = "en"

ROOT = Path(__file__).resolve().parents[1]
CUAD_DIR = ROOT.parent / "shared" / "corpus" / "cuad-dev"


@pytest.fixture
def store(tmp_path):
    from desktop.core.store import Store

    s = Store(tmp_path / "clearance.sqlite", actor="tester")
    yield s
    s.close()


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path_factory, monkeypatch):
    """Keep keys, config and caches of every test out of the real user directories."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))


@pytest.fixture(autouse=True)
def _cheap_key_wrapping(monkeypatch):
    """New signer keys in tests are wrapped at scrypt's lowest accepted cost, not the shipped quarter
    second; tests/unit/test_signer_keys.py checks the shipped cost and undoes this where it matters."""
    from desktop.core.trust import keyfile

    monkeypatch.setattr(keyfile, "cost", keyfile.MIN_ACCEPTED)
