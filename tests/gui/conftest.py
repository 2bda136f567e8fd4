"""Fixtures the window's tests share."""

from __future__ import annotations

import pytest


@pytest.fixture
def flows(monkeypatch):
    """The export flows the window opens, shown without a nested event loop so the test can drive them."""
    from desktop.ui.export_flow import ExportFlow

    opened = []
    monkeypatch.setattr(ExportFlow, "exec", lambda self: opened.append(self) or self.show())
    return opened
