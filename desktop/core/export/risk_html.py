"""The risk report as one self-contained HTML file: tables, and the charts of `risk_plots` (per class found,
treated and left; documents per k with the threshold; linkability) as inline SVG with their text drawn as
paths (no script, no font, no image fetched from anywhere)."""

from __future__ import annotations

from html import escape

from desktop.core.export.risk import LEFT_REASONS, TREATED_HOW, RiskReport
from desktop.core.export.risk_plots import risk_svgs

_STYLE = """body{font:14px/1.4 system-ui,sans-serif;margin:2em;max-width:60em;color:#222}
table{border-collapse:collapse;margin:.5em 0 1.5em}th,td{border:1px solid #ccc;padding:.25em .6em;text-align:left}
td.n{text-align:right}figure{margin:.5em 0}figure svg{max-width:100%;height:auto}tr.below td{background:#fde8e8}.note{color:#555;font-size:13px}"""


def render_html(report: RiskReport) -> str:
    s, lk = report.singling, report.linkage
    n = len(report.documents)
    head = (f"<h1>Re-identification risk: {escape(report.scope)}</h1>"
            f"<p>{n} document(s); k threshold {s.threshold}. "
            + (f"Smallest k <b>{s.min_k}</b>; <b>{len(s.below)}</b> document(s) below the threshold; "
               if s.min_k is not None else "No quasi-identifier remains in any document; ")
            + f"{len(s.nothing_remains)} with nothing remaining. Linkability <b>{lk.share:.0%}</b> "
              f"({len(lk.linked)} document(s) share a code or pseudonym with another).</p>")
    charts = risk_svgs(report.to_json())
    body = [head, "<h2>Policy and quasi-identifiers per class</h2>", _figure(charts["classes"]), _classes(report),
            "<h2>Singling out: documents per k</h2>", _figure(charts["k"]),
            "<h2>Documents</h2>", _documents(report), "<h2>Linkability</h2>", _figure(charts["linkability"]),
            _links(report), _NOTE]
    return ("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
            f"<title>Risk: {escape(report.scope)}</title><style>{_STYLE}</style></head><body>"
            + "\n".join(body) + "</body></html>\n")


def _classes(report: RiskReport) -> str:
    cols = [f"treated: {h}" for h in TREATED_HOW] + [f"left: {r}" for r in LEFT_REASONS]
    rows = []
    for cls, r in report.classes.items():
        cells = [r["treated"][h] for h in TREATED_HOW] + [r["left"][x] for x in LEFT_REASONS]
        rows.append(f"<tr><td>{escape(cls)}</td><td>{escape(report.policy.get(cls, ''))}</td>"
                    f"<td class=n>{r['found']}</td>" + "".join(f"<td class=n>{c}</td>" for c in cells) + "</tr>")
    return ("<table><tr><th>class</th><th>policy</th><th>found</th>" + "".join(f"<th>{c}</th>" for c in cols)
            + "</tr>" + "".join(rows) + "</table>")


def _documents(report: RiskReport) -> str:
    s = report.singling
    rows = []
    for d in report.documents:
        k = s.k_of.get(d.document_id)
        remaining = "; ".join(f"{escape(c)}: {escape(v)}" for c, v in d.remaining) or "<i>nothing</i>"
        below = " class=below" if d.document_id in s.below else ""
        rows.append(f"<tr{below}><td>{escape(d.name)}</td><td class=n>{'' if k is None else k}</td>"
                    f"<td>{remaining}</td></tr>")
    return ("<table><tr><th>document</th><th>k</th><th>quasi-identifiers remaining as they leave</th></tr>"
            + "".join(rows) + "</table>")


def _links(report: RiskReport) -> str:
    lk = report.linkage
    if not lk.shared:
        return "<p>No document shares a readable code or a pseudonym with another.</p>"
    names = {d.document_id: d.name for d in report.documents}
    rows = "".join(f"<tr><td>{escape(v)}</td><td>{escape(', '.join(names.get(x, str(x)) for x in docs))}</td></tr>"
                   for v, docs in lk.shared.items())
    return f"<table><tr><th>shared value</th><th>documents</th></tr>{rows}</table>"


def _figure(svg: str) -> str:
    return f"<figure>{svg}</figure>"


_NOTE = ("<p class=note>k counts the documents of this batch sharing the same remaining quasi-identifiers: it "
         "measures singling out among the batch, not against outside data, and says nothing of what the "
         "clauses' words, shifted dates' intervals or scaled amounts' ratios let a reader infer. Linkability "
         "counts documents sharing a readable reference code or a corpus-wide pseudonym with another.</p>")
