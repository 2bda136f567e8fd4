"""The redacted preview: a core rendering of a page with the confirmed boxes applied."""

from __future__ import annotations

from desktop.core.export.preview import render_redacted_page
from desktop.core.model import Finding
from devkit.leaks import make_leak_fixture


def test_redacted_preview_renders_the_page_without_the_name():
    fixture = make_leak_fixture(channels=("page-text",))
    plain = render_redacted_page(fixture.pdf, [], 0)
    box = Finding(page=0, start=-1, end=-1, entity_type="OTHER", text="", boxes=((60, 80, 400, 110),),
                  status="confirmed", source="manual")
    redacted = render_redacted_page(fixture.pdf, [box], 0)
    assert (redacted.width, redacted.height) == (plain.width, plain.height)
    assert redacted.samples.count(b"\x00\x00\x00") > plain.samples.count(b"\x00\x00\x00")
