"""The batch's re-identification risk as the sign-off shows it, above the passphrase: the figures of
`clearance risk --batch ID --json` (desktop.core.export.risk_store.batch_figures), drawn as text only:
per class found, treated and left; the smallest k against the threshold and the documents below it; a
histogram of k as bars of text; the linkability share; under them the same figures as charts
(`desktop.core.export.risk_plots.risk_png`, drawn in core off the GUI thread). No value of a document is
shown here."""

from __future__ import annotations

import html

from PySide6.QtGui import QPixmap

from desktop.ui.i18n import CORE_CONTEXT, translate

BAR = "\u2588"  # one block per document in the histogram
BAR_WIDTH = 30  # the longest bar, in blocks


def headline(figures: dict) -> str:
    """The figures in one sentence (what a reader checks before typing the passphrase)."""
    s = figures["summary"]
    n = s["documents"]
    if s["min_k"] is None:
        k = translate("RiskPanel", "no quasi-identifier remains in any of {n} document(s)").format(n=n)
    else:
        k = translate("RiskPanel", "smallest k {k} (threshold {threshold}); {below} of {n} document(s) below the "
                      "threshold").format(k=s["min_k"], threshold=s["k_threshold"], below=s["below_threshold"], n=n)
    return translate("RiskPanel", "{k}; linkability {share:.0%} ({linked} of {n} document(s) share a code or "
                     "pseudonym)").format(k=k, share=s["linkability"], linked=s["linked_documents"], n=n)


def histogram_rows(figures: dict) -> list[tuple[str, str, int]]:
    """(label, bar, documents) per k, smallest first; "nothing remains" last when any document has nothing."""
    s = figures["summary"]
    counts = [(f"k = {k}", n) for k, n in sorted(s["k_histogram"].items(), key=lambda kv: int(kv[0]))]
    if s["nothing_remains"]:
        counts.append((translate("RiskPanel", "nothing remains"), s["nothing_remains"]))
    top = max((n for _, n in counts), default=0)
    return [(label, BAR * max(1, round(BAR_WIDTH * n / top)), n) for label, n in counts]


def _left(row: dict) -> str:
    parts = [f"{translate(CORE_CONTEXT, how)} {n}" for how, n in row["left"].items() if n]
    return f"{sum(row['left'].values())}" + (f" ({', '.join(parts)})" if parts else "")


def risk_html(figures: dict | None) -> str:
    """The figures as a small HTML table (rich text of a QLabel)."""
    if figures is None:
        return "<p><i>" + html.escape(translate("RiskPanel", "No risk figures: no batch was built.")) + "</i></p>"
    s = figures["summary"]
    colour = "#c92a2a" if s["below_threshold"] else "#2b8a3e"
    rows = "".join(
        f"<tr><td>{html.escape(translate(CORE_CONTEXT, cls))}</td>"
        f"<td>{html.escape(translate(CORE_CONTEXT, figures['policy'].get(cls, '')))}</td>"
        f"<td align='right'>{row['found']}</td><td align='right'>{sum(row['treated'].values())}</td>"
        f"<td>{html.escape(_left(row))}</td></tr>"
        for cls, row in figures["classes"].items() if row["found"])
    heads = [html.escape(w) for w in (translate("RiskPanel", "class"), translate("RiskPanel", "policy"),
                                      translate("RiskPanel", "found"), translate("RiskPanel", "treated"),
                                      translate("RiskPanel", "left"))]
    table = (("<table cellspacing='0' cellpadding='3'><tr><th align='left'>{}</th><th align='left'>{}</th>"
              "<th>{}</th><th>{}</th><th align='left'>{}</th></tr>").format(*heads) + rows + "</table>" if rows
             else "<p>" + html.escape(translate("RiskPanel", "No quasi-identifier found in the batch.")) + "</p>")
    bars = "".join(f"<tr><td>{html.escape(label)}</td><td style='color:{colour}'>{bar}</td><td>{n}</td></tr>"
                   for label, bar, n in histogram_rows(figures))
    below = [d["name"] for d in figures["documents"] if d["below_threshold"]]
    more = translate("RiskPanel", " and {count} more").format(count=len(below) - 5) if len(below) > 5 else ""
    names = ", ".join(html.escape(n) for n in below[:5]) + html.escape(more)
    title = html.escape(translate("RiskPanel", "Re-identification risk"))
    return (f"<p><b>{title}</b> ({html.escape(figures['scope'])}): "
            f"<span style='color:{colour}'>{html.escape(headline(figures))}</span></p>" + table
            + (f"<table cellspacing='0' cellpadding='1'>{bars}</table>" if bars else "")
            + ("<p>" + translate("RiskPanel", "Below the threshold: {names}. <code>clearance risk</code> lists what "
                                 "remains.").format(names=names) + "</p>" if below else ""))


def risk_pixmap(png: bytes | None) -> QPixmap:
    """The charts' PNG bytes as a pixmap for a QLabel (an empty pixmap when there are none)."""
    pixmap = QPixmap()
    if png:
        pixmap.loadFromData(png, "PNG")
    return pixmap
