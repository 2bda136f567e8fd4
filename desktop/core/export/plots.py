"""Charts for reports, drawn offline with matplotlib's Agg renderer: a figure made here becomes PNG bytes
(for the window and for embedding as a data URI) or inline SVG text (for a self-contained HTML file).

matplotlib is imported on first use, never at module import, so a command that draws nothing pays
nothing. No pyplot and no interactive backend: a `Figure` with its own Agg canvas holds no global state
and needs neither Tk nor Qt, which the installer leaves out. matplotlib keeps a font cache in its
config directory; unless the user set `MPLCONFIGDIR`, that is the app's cache directory
(`.../Clearance/matplotlib`), not `~/.matplotlib` or `~/.config/matplotlib`. The only font used is
DejaVu Sans, which matplotlib ships: nothing is downloaded.
"""

from __future__ import annotations

import base64
import io
import os
import re
from collections.abc import Sequence
from dataclasses import dataclass

from desktop.core.runtime.offline import app_cache_dir

# Calm colours that read on screen and in print; the warning colour marks what is below a threshold.
PALETTE = ("#4c6ef5", "#2b8a3e", "#e8590c", "#868e96", "#ae3ec9", "#0c8599")
WARN = "#c92a2a"
OK = "#2e86c1"


def _matplotlib():
    """matplotlib, configured once: the app's cache for its font list, the Agg renderer only."""
    os.environ.setdefault("MPLCONFIGDIR", str(app_cache_dir() / "matplotlib"))
    import matplotlib

    matplotlib.rcParams.update({
        "font.family": "DejaVu Sans", "font.size": 9, "svg.fonttype": "path", "svg.hashsalt": "clearance",
        "axes.spines.top": False, "axes.spines.right": False, "axes.titlesize": 10,
    })
    return matplotlib


def figure(columns: int = 1, width: float = 6.0, height: float = 2.6):
    """A new figure with `columns` axes side by side (a list of axes), on its own Agg canvas."""
    _matplotlib()
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    fig = Figure(figsize=(width, height), layout="constrained")
    FigureCanvasAgg(fig)
    axes = fig.subplots(1, columns, squeeze=False)[0]
    return fig, list(axes)


@dataclass(frozen=True)
class Bars:
    """Grouped bars: one group per category, one bar per series (series name -> a value per category)."""

    title: str
    categories: tuple[str, ...]
    series: dict[str, tuple[float, ...]]
    ylabel: str = ""
    xlabel: str = ""
    colours: tuple[str, ...] = PALETTE
    threshold: float | None = None  # a dashed vertical line at this x (in category positions)
    threshold_label: str = ""
    bar_colours: tuple[str, ...] | None = None  # per category, for a single series


def draw_bars(ax, bars: Bars) -> None:
    """Draw grouped bars on an axes, each bar labelled with its value; an empty chart says so."""
    ax.set_title(bars.title, loc="left")
    if not bars.categories:
        ax.text(0.5, 0.5, "nothing to show", ha="center", va="center", transform=ax.transAxes, color="#868e96")
        ax.set_xticks([])
        ax.set_yticks([])
        return
    n = max(len(bars.series), 1)
    width = 0.8 / n
    for i, (name, values) in enumerate(bars.series.items()):
        xs = [c + (i - (n - 1) / 2) * width for c in range(len(bars.categories))]
        colour = list(bars.bar_colours) if bars.bar_colours and n == 1 else bars.colours[i % len(bars.colours)]
        drawn = ax.bar(xs, values, width * 0.95, label=name, color=colour)
        ax.bar_label(drawn, labels=[_number(v) for v in values], fontsize=7, padding=1)
    crowded = len(bars.categories) > 4  # long class names would run into each other
    ax.set_xticks(range(len(bars.categories)), bars.categories, rotation=30 if crowded else 0,
                  ha="right" if crowded else "center", fontsize=7 if crowded else None)
    ax.set_ylabel(bars.ylabel)
    ax.set_xlabel(bars.xlabel)
    ax.margins(y=0.15)
    ax.yaxis.get_major_locator().set_params(integer=True)
    if bars.threshold is not None:
        ax.axvline(bars.threshold, color=WARN, linestyle="--", linewidth=1)
        ax.text(bars.threshold, 1.0, f" {bars.threshold_label}", color=WARN, fontsize=7, va="top",
                transform=ax.get_xaxis_transform())
    if n > 1:  # in a row above the bars, where it covers none of them
        top = max((max(v, default=0) for v in bars.series.values()), default=0)
        ax.set_ylim(0, max(top, 1) * 1.4)
        ax.legend(fontsize=7, frameon=False, loc="upper center", ncols=n, handlelength=1, columnspacing=1)


def _number(v: float) -> str:
    return f"{v:g}" if v else ""


def bar_chart(bars: Bars | Sequence[Bars], width: float = 6.0, height: float = 2.6):
    """One figure holding one chart per `Bars`, side by side."""
    charts = [bars] if isinstance(bars, Bars) else list(bars)
    fig, axes = figure(len(charts), width, height)
    for ax, chart in zip(axes, charts):
        draw_bars(ax, chart)
    return fig


def png_bytes(fig, dpi: int = 100) -> bytes:
    """The figure as PNG bytes, the same bytes for the same figure (no date, no software tag)."""
    out = io.BytesIO()
    fig.savefig(out, format="png", dpi=dpi, metadata={"Software": None})
    return out.getvalue()


def png_data_uri(fig, dpi: int = 100) -> str:
    return "data:image/png;base64," + base64.b64encode(png_bytes(fig, dpi)).decode("ascii")


def svg_inline(fig, title: str = "") -> str:
    """The figure as an `<svg>` element to paste into HTML: no XML prolog, no DOCTYPE, no date, text as
    paths (no font to fetch), with an accessible title."""
    out = io.StringIO()
    fig.savefig(out, format="svg", metadata={"Date": None, "Creator": None})
    svg = out.getvalue()
    svg = svg[svg.index("<svg"):]
    svg = re.sub(r"<metadata>.*?</metadata>", "", svg, flags=re.DOTALL)
    if title:
        from html import escape

        svg = re.sub(r"(<svg\b[^>]*>)", rf'\1<title>{escape(title)}</title>', svg, count=1)
        svg = svg.replace("<svg ", '<svg role="img" ', 1)
    return svg
