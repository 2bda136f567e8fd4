"""The risk report's charts draw risk.py's own figures: the bins and counts of the k histogram, the
threshold, found/treated/left per class and linkability; the HTML report embeds them as inline SVG and
fetches nothing."""

from __future__ import annotations

import re

from desktop.core.export.plots import OK, WARN, bar_chart
from desktop.core.export.risk import DocumentQuasi, QuasiItem, risk_report
from desktop.core.export.risk_html import render_html
from desktop.core.export.risk_plots import NOTHING, risk_charts, risk_png
from desktop.core.review.classes import DEFAULTS


def _doc(doc_id, *pairs, links=(), treated=0):
    items = tuple(QuasiItem(c, False, "keep", v) for c, v in pairs)
    items += tuple(QuasiItem("dates", True, "generalise", None) for _ in range(treated))
    return DocumentQuasi(doc_id, f"doc-{doc_id}.pdf", items, links)


DE, FR, PO = ("places", "germany"), ("places", "france"), ("codes", "po-1")
DOCS = [_doc(1, DE, links=("po-1",), treated=2), _doc(2, DE, links=("po-1",)), _doc(3, DE, treated=1),
        _doc(4, FR, PO, links=("po-1",)),
        _doc(5, FR, PO), _doc(6, ("amounts", "usd 5")), _doc(7), _doc(8, treated=3)]


def test_the_k_histogram_has_risk_py_bins_and_counts_and_marks_the_threshold():
    report = risk_report("batch X", DEFAULTS, DOCS, threshold=3)
    s = report.singling
    assert s.histogram == {1: 1, 2: 2, 3: 3} and len(s.nothing_remains) == 2  # the data under test
    k = risk_charts(report.to_json()).k
    assert k.categories == ("1", "2", "3", NOTHING)
    assert k.series == {"documents": (1, 2, 3, 2)}
    assert k.bar_colours == (WARN, WARN, OK, "#adb5bd")  # below the threshold in the warning colour
    assert k.threshold == 1.5  # the line between k = 2 and k = 3
    fig = bar_chart(k)
    (ax,) = fig.axes
    assert [round(p.get_height()) for p in ax.patches] == [1, 2, 3, 2]  # what is drawn is what was measured
    assert [t.get_text() for t in ax.get_xticklabels()] == ["1", "2", "3", NOTHING]
    (line,) = ax.lines
    assert list(line.get_xdata()) == [1.5, 1.5]
    high = risk_charts(risk_report("b", DEFAULTS, DOCS, threshold=1).to_json()).k
    assert high.threshold == -0.5 and WARN not in high.bar_colours  # every k at or above: the line before the bars


def test_per_class_and_linkability_charts_follow_the_counts():
    report = risk_report("batch X", DEFAULTS, DOCS, threshold=3)
    figures = report.to_json()
    charts = risk_charts(figures)
    assert charts.classes.categories == ("dates", "amounts", "codes", "places")  # the classes found, in order
    assert charts.classes.series == {"found": (6, 1, 2, 5), "treated": (6, 0, 0, 0), "left": (0, 1, 2, 5)}
    for i, cls in enumerate(charts.classes.categories):
        row = figures["summary"]["classes"][cls]
        assert (row["found"], row["treated"], row["left"]) == tuple(v[i] for v in charts.classes.series.values())
    assert report.linkage.linked == (1, 2, 4)
    assert charts.linkability.series == {"documents": (3, 5)} and charts.linkability.title == "linkability 38%"
    drawn = bar_chart(charts.all()).axes
    assert [round(p.get_height()) for p in drawn[0].patches] == [6, 1, 2, 5, 6, 0, 0, 0, 0, 1, 2, 5]
    assert [round(p.get_height()) for p in drawn[2].patches] == [3, 5]


def test_the_window_png_is_reproducible_and_follows_the_figures():
    figures = risk_report("batch X", DEFAULTS, DOCS, threshold=3).to_json()
    png = risk_png(figures)
    assert png.startswith(b"\x89PNG") and png == risk_png(figures)
    assert risk_png(risk_report("batch X", DEFAULTS, DOCS[:5], threshold=3).to_json()) != png


def test_the_html_report_embeds_the_three_charts_and_fetches_nothing():
    report = risk_report("batch X", DEFAULTS, DOCS, threshold=3)
    page = render_html(report)
    svgs = re.findall(r"<svg\b.*?</svg>", page, flags=re.DOTALL)
    titles = [re.search(r"<title>(.*?)</title>", s).group(1) for s in svgs]
    assert titles == ["quasi-identifiers per class", "documents per k (smallest k 1)", "linkability 38%"]
    assert page.index(svgs[0]) < page.index("<h2>Singling out") < page.index(svgs[1]) < page.index("<h2>Linkability")
    urls = set(re.findall(r"(?:https?:)?//[\w.-]+[^\s\"'<>)]*", page))
    assert urls <= {"http://www.w3.org/2000/svg", "http://www.w3.org/1999/xlink"}, urls
    assert not re.search(r"(src|href)=[\"'](?!#)", page) and "<script" not in page and "@import" not in page
    assert "po-1" in page and "germany" in page  # the tables still list what remains; the charts counts only


def test_an_empty_batch_is_drawn_without_error():
    figures = risk_report("batch X", DEFAULTS, [], threshold=5).to_json()
    charts = risk_charts(figures)
    assert charts.k.categories == () and charts.classes.categories == ()
    assert risk_png(figures).startswith(b"\x89PNG")
