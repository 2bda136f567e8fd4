"""The risk report's charts: per class found, treated and left; documents per k with the threshold; and
linkability. Built from the report's JSON figures (`RiskReport.to_json()`, what `clearance risk --json`
prints and the sign-off shows), so the HTML file and the window draw the same numbers. No value of a
document is drawn, only counts."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.core.export.plots import OK, WARN, Bars, bar_chart, png_bytes, svg_inline

NOTHING = "nothing\nremains"  # the documents with no remaining tuple: counted apart, never below the threshold
GREY = "#adb5bd"


@dataclass(frozen=True)
class RiskCharts:
    classes: Bars
    k: Bars
    linkability: Bars

    def all(self) -> tuple[Bars, Bars, Bars]:
        return (self.classes, self.k, self.linkability)


def class_chart(figures: dict) -> Bars:
    """Found, treated and left per class, for the classes found in the batch."""
    rows = {c: r for c, r in figures["classes"].items() if r["found"]}
    return Bars("quasi-identifiers per class", tuple(rows),
                {"found": tuple(r["found"] for r in rows.values()),
                 "treated": tuple(sum(r["treated"].values()) for r in rows.values()),
                 "left": tuple(sum(r["left"].values()) for r in rows.values())},
                ylabel="findings")


def k_chart(figures: dict) -> Bars:
    """Documents per equivalence-class size k, smallest first, those below the threshold in the warning
    colour; the dashed line stands where the threshold falls among the bars; the documents with nothing
    remaining last, in grey."""
    s = figures["summary"]
    threshold = s["k_threshold"]
    ks = sorted(int(k) for k in s["k_histogram"])
    counts = [s["k_histogram"][str(k)] for k in ks]
    labels = [str(k) for k in ks]
    colours = [WARN if k < threshold else OK for k in ks]
    if s["nothing_remains"]:
        labels.append(NOTHING)
        counts.append(s["nothing_remains"])
        colours.append(GREY)
    line = sum(k < threshold for k in ks) - 0.5 if ks else None
    return Bars(f"documents per k (smallest k {s['min_k'] if s['min_k'] is not None else '-'})", tuple(labels),
                {"documents": tuple(counts)}, xlabel="k: documents sharing the same remaining tuple",
                ylabel="documents", threshold=line, threshold_label=f"threshold {threshold}",
                bar_colours=tuple(colours))


def linkability_chart(figures: dict) -> Bars:
    """Documents that share a readable code or a pseudonym with another, against those that do not."""
    s = figures["summary"]
    linked = s["linked_documents"]
    return Bars(f"linkability {s['linkability']:.0%}", ("linked", "not linked"),
                {"documents": (linked, s["documents"] - linked)}, ylabel="documents",
                bar_colours=(WARN, OK))


def risk_charts(figures: dict) -> RiskCharts:
    return RiskCharts(class_chart(figures), k_chart(figures), linkability_chart(figures))


def risk_png(figures: dict, dpi: int = 90) -> bytes:
    """The three charts side by side as PNG bytes (720 by 225 pixels at 90 dpi): what the window shows
    under the figures."""
    charts = risk_charts(figures)
    return png_bytes(bar_chart(charts.all(), width=8.0, height=2.5), dpi=dpi)


def risk_svgs(figures: dict) -> dict[str, str]:
    """Each chart as inline SVG for the HTML report: name -> `<svg>` element."""
    charts = risk_charts(figures)
    widths = {"classes": 7.0, "k": 6.0, "linkability": 3.6}
    return {name: svg_inline(bar_chart(getattr(charts, name), width=widths[name], height=2.8),
                             getattr(charts, name).title)
            for name in ("classes", "k", "linkability")}
