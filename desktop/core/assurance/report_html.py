"""The batch's assurance report as one self-contained HTML file: the QA sample and its estimate with the
interval drawn, findings by type and decision, consistency exceptions and refused documents.

Charts are matplotlib figures (desktop/core/export/plots.py) inlined as SVG with text as paths: nothing is
fetched. The copy written into an export folder (`for_export`) names no one: misses by page and type,
exceptions and refusals by document id, never a text or a file name, since names leave with neither.
"""

from __future__ import annotations

import json
from collections import Counter
from html import escape

from desktop.core.assurance.consistency import ConsistencyReport, consistency
from desktop.core.assurance.qa import QaError, manifest_of, report
from desktop.core.export.plots import Bars, bar_chart, figure, png_bytes, svg_inline
from desktop.core.model import type_label

REPORT_FILE = "assurance.html"
_STYLE = """body{font:14px/1.4 system-ui,sans-serif;margin:2em;max-width:60em;color:#222}
table{border-collapse:collapse;margin:.5em 0 1.5em}th,td{border:1px solid #ccc;padding:.25em .6em;text-align:left}
td.n{text-align:right}figure{margin:.5em 0}figure svg{max-width:100%;height:auto}.note{color:#555;font-size:13px}
tr.miss td{background:#fde8e8}"""


def _page(title: str, body: list[str]) -> str:
    return ("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
            f"<title>{escape(title)}</title><style>{_STYLE}</style></head><body>" + "\n".join(body) + "</body></html>\n")


def interval_svg(rate: float, upper: float, target: float | None, confidence: float) -> str:
    return svg_inline(interval_figure(rate, upper, target, confidence), "miss rate and its upper confidence bound")


def interval_png(rate: float, upper: float, target: float | None, confidence: float, dpi: int = 80) -> bytes:
    """The same chart as PNG bytes, for the window's QA queue."""
    return png_bytes(interval_figure(rate, upper, target, confidence), dpi)


def interval_figure(rate: float, upper: float, target: float | None, confidence: float):
    """The estimate as a line from 0 to the upper bound with the observed rate on it, and the target."""
    fig, [ax] = figure(1, 6.0, 1.4)
    ax.hlines(0, 0, upper, colors="#4c6ef5", linewidth=6)
    ax.plot([rate], [0], "o", color="#222")
    ax.annotate(f"rate {rate:.2%}", (rate, 0), (0, 10), textcoords="offset points", ha="center")
    ax.annotate(f"{confidence:.0%} bound {upper:.2%}", (upper, 0), (0, -16), textcoords="offset points", ha="center")
    right = max(upper, target or 0) * 1.25 or 0.05
    if target is not None:
        ax.axvline(target, color="#c92a2a", linestyle="--")
        ax.annotate(f"target {target:.2%}", (target, 0.6), ha="left", color="#c92a2a")
    ax.set_xlim(0, right)
    ax.set_ylim(-1, 1)
    ax.set_yticks([])
    ax.xaxis.set_major_formatter(lambda v, _pos: f"{v:.1%}")
    ax.set_title("miss rate: one-sided interval", loc="left")
    return fig


def _findings_svg(store, doc_ids: list[int]) -> tuple[str, list[list]]:
    counts: Counter = Counter()
    for doc_id in doc_ids:
        counts.update((type_label(f.entity_type), str(f.status)) for f in store.findings(doc_id))
    types = sorted({t for t, _ in counts})
    states = sorted({s for _, s in counts})
    series = {s: tuple(float(counts[(t, s)]) for t in types) for s in states}
    chart = bar_chart(Bars("findings by type and decision", tuple(types), series, ylabel="findings"), 7.5, 2.8)
    rows = [["type", *states]] + [[t, *(counts[(t, s)] for s in states)] for t in types]
    return svg_inline(chart, "findings by type and decision"), rows


def _table(rows: list[list]) -> str:
    if len(rows) <= 1:
        return "<p class=\"note\">none</p>"
    head = "".join(f"<th>{escape(str(c))}</th>" for c in rows[0])
    body = "".join("<tr>" + "".join(f"<td class=\"n\">{c}</td>" if isinstance(c, int | float) else
                                     f"<td>{escape(str(c))}</td>" for c in r) + "</tr>" for r in rows[1:])
    return f"<table><tr>{head}</tr>{body}</table>"


def batch_report_html(store, batch_id: str, for_export: bool = False, qa: dict | None = None) -> str:
    """The assurance report of a batch (`qa`: its QA record when the caller has it)."""
    batch = store.batch(batch_id)
    manifest = manifest_of(batch)
    if qa is None:
        try:
            qa = report(store, batch_id)
        except QaError:
            qa = {}
    by_sha = {d["sha256"]: d for d in store.documents()}
    docs = [by_sha[d["source_sha256"]] for d in manifest["documents"] if d["source_sha256"] in by_sha]
    doc_ids = [d["id"] for d in docs]
    body = [f"<h1>Batch {escape(batch_id)}</h1>",
            f"<p>{len(docs)} document(s), {sum(d['pages'] for d in manifest['documents'])} page(s); purpose "
            f"{escape(manifest['purpose'])}; policy {escape(json.dumps(manifest.get('qa_policy') or {}))}</p>"]
    body += _qa_section(qa, for_export)
    findings_svg, rows = _findings_svg(store, doc_ids)
    body += ["<h2>Findings by type and decision</h2>", f"<figure>{findings_svg}</figure>", _table(rows)]
    body += ["<h2>Consistency exceptions</h2>", _consistency_rows(consistency(store, doc_ids), for_export)]
    body += ["<h2>Refused documents</h2>", _refusals(store, batch_id, manifest, for_export)]
    return _page(f"Batch {batch_id}", body)


def _qa_section(qa: dict, for_export: bool) -> list[str]:
    if not qa or qa.get("pages_sampled", len(qa.get("pages", []))) == 0:
        return ["<h2>QA sample</h2>", "<p class=\"note\">no QA sample drawn</p>"]
    pages = qa.get("pages", [])
    n = len(pages)
    out = ["<h2>QA sample and estimate</h2>",
           f"<p>{n} page(s) drawn with seed {qa.get('seed')} ({'stratified by document' if qa.get('stratified') else 'uniform'}); "
           f"{qa.get('pages_with_miss')} with a miss; rate {qa.get('miss_rate', 0):.4f}; one-sided "
           f"{qa.get('confidence', 0.95):.0%} upper bound <b>{qa.get('upper_bound', 1):.4f}</b>"
           + (f"; target {qa['target']:.2%}" if qa.get("target") is not None else "") + f". {escape(qa.get('method', ''))}."
           f" <span class=\"note\">{escape(qa.get('counting', ''))}</span></p>",
           f"<figure>{interval_svg(qa.get('miss_rate', 0), qa.get('upper_bound', 1), qa.get('target'), qa.get('confidence', 0.95))}</figure>"]
    if isinstance(pages[0], dict):  # the store's report: verdicts and texts
        rows = [["page", "verdict", "misses"]] + [
            [p["page_id"], p["verdict"] or "to mark",
             "; ".join(f"{m['type']}" + ("" if for_export else f" “{m['text']}”") for m in p["misses"])]
            for p in pages]
    else:  # a manifest's record: page ids and misses by page and type
        missed = {m["page"]: m["type"] for m in qa.get("misses", [])}
        rows = [["page", "verdict", "misses"]] + [[p, "missed" if p in missed else "clean", missed.get(p, "")]
                                                  for p in pages]
    return out + [_table(rows)]


def _consistency_rows(found: ConsistencyReport, for_export: bool) -> str:
    rows = [["party", "term", "redacted in", "readable in", "rejected in"]]
    for party, uses in found.by_party().items():
        for u in uses:
            rows.append(["(withheld)" if for_export else party, "(withheld)" if for_export else u.term,
                         len(u.redacted), ", ".join(map(str, sorted(u.readable))), ", ".join(map(str, sorted(u.rejected)))])
    return _table(rows)


def _refusals(store, batch_id: str, manifest: dict, for_export: bool) -> str:
    """Documents the automatic run asked for and the batch does not hold, with the reasons it gave."""
    policy = store.batch_policy(batch_id) or {}
    wanted = set(policy.get("documents") or [])
    held = {d["source_sha256"] for d in manifest["documents"]}
    reasons: dict[int, list[str]] = {}
    for e in store.audit_entries():
        if e["kind"] == "export-refused" and e["payload"].get("document") in wanted:
            reasons[e["payload"]["document"]] = e["payload"].get("reasons", [])
    rows = [["document", "why"]]
    for doc_id in sorted(wanted):
        doc = store.document(doc_id)
        if doc and doc["sha256"] not in held:
            rows.append([doc_id if for_export else doc["name"],
                         f"{len(reasons.get(doc_id, []))} reason(s)" if for_export else "; ".join(reasons.get(doc_id, []))])
    return _table(rows)


def consistency_html(found: ConsistencyReport) -> str:
    body = [f"<h1>Consistency: {len(found.exceptions)} exception(s) in {len(found.documents)} document(s)</h1>",
            "<p>Each term below is redacted in at least one document and readable, or rejected by a reviewer, "
            "in another.</p>", _consistency_rows(found, False)]
    return _page("Consistency", body)
