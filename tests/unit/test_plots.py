"""The shared chart helper draws offline: matplotlib's font cache goes to the app's cache directory (not
the home directory), nothing is fetched, the same figure gives the same bytes, and inline SVG is
self-contained."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from desktop.core.export.plots import Bars, bar_chart, png_bytes, png_data_uri, svg_inline

ROOT = Path(__file__).resolve().parents[2]
CHART = Bars("documents per k", ("1", "2", "5"), {"documents": (3, 0, 7)}, threshold=1.5, threshold_label="k = 2")


def test_matplotlib_keeps_its_font_cache_in_the_app_cache(tmp_path):
    env = {k: v for k, v in os.environ.items() if k != "MPLCONFIGDIR"}
    env.update(XDG_CACHE_HOME=str(tmp_path / "cache"), HOME=str(tmp_path / "home"))
    code = ("import os; from desktop.core.export.plots import Bars, bar_chart, png_bytes; "
            "png_bytes(bar_chart(Bars('t', ('a',), {'n': (1,)}))); print(os.environ['MPLCONFIGDIR'])")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, check=True)
    where = Path(out.stdout.strip())
    assert where == tmp_path / "cache" / "Clearance" / "matplotlib"
    assert any(where.glob("fontlist-*.json"))  # the cache was written there
    assert not (tmp_path / "home").exists()  # and nothing in the home directory


def test_a_user_set_config_dir_is_left_alone(tmp_path):
    env = {**os.environ, "MPLCONFIGDIR": str(tmp_path / "mine")}
    code = "import os; from desktop.core.export.plots import figure; figure(); print(os.environ['MPLCONFIGDIR'])"
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == str(tmp_path / "mine")


def test_png_is_reproducible_and_a_real_png():
    a, b = png_bytes(bar_chart(CHART)), png_bytes(bar_chart(CHART))
    assert a[:8] == b"\x89PNG\r\n\x1a\n" and a == b
    other = png_bytes(bar_chart(Bars("documents per k", ("1", "2", "5"), {"documents": (3, 1, 7)})))
    assert other != a
    assert png_data_uri(bar_chart(CHART)).startswith("data:image/png;base64,iVBOR")


def test_inline_svg_is_self_contained_with_its_title():
    svg = svg_inline(bar_chart(CHART), "documents per k")
    assert svg.startswith("<svg ") and svg.rstrip().endswith("</svg>")
    assert "<title>documents per k</title>" in svg and "<?xml" not in svg and "DOCTYPE" not in svg
    urls = set(re.findall(r"(?:https?:)?//[^\s\"')]+", svg))
    assert urls <= {"http://www.w3.org/2000/svg", "http://www.w3.org/1999/xlink"}, urls
    assert "<text" not in svg  # glyphs drawn as paths: no font is named or fetched
    assert svg == svg_inline(bar_chart(CHART), "documents per k")  # no date, no random id


def test_an_empty_chart_says_so():
    svg = svg_inline(bar_chart(Bars("nothing", (), {})))
    assert svg.startswith("<svg")  # drawn, not raised
