"""The QA of an automatic batch: draw a seeded page sample of its output, mark each page, estimate, seal.

A miss is fixed at once wherever its text is readable in the batch's documents (a confirmed finding,
through the review's redact-all path), and its page stays a miss in the estimate: the sample measures
the batch as it was built. `seal` then builds the batch again with the fixes, its manifest carrying the
policy and the QA record (pages, seed, misses, rate, bound, method); that batch is the one signed.
"""

from __future__ import annotations

import json
import secrets

from desktop.core.assurance.fix import redact_everywhere
from desktop.core.export.batch import ExportError, build_batch
from desktop.core.export.signoff import valid_signoffs
from desktop.core.qa import sample as sampling
from desktop.core.qa.estimate import estimate
from desktop.core.qa.gate import signoff_refusal
from desktop.core.text.terms import term_regex

COUNTING = ("a page counts as missed if the officer found anything still readable on it, even after the miss "
            "was fixed across the batch; the sample measures the batch as it was built")


class QaError(Exception):
    """A QA request that cannot be carried out; the message is one line for people."""


def manifest_of(batch: dict) -> dict:
    return json.loads(bytes(batch["manifest"]))


def qa_batch(store, batch_id: str | None = None) -> dict:
    """The named batch, else the newest unsigned automatic batch that no sealed batch replaced."""
    if batch_id is not None:
        batch = store.batch(batch_id)
        if batch is None:
            raise QaError(f"no batch {batch_id!r} in {store.path}")
        return batch
    sealed = {store.batch_policy(b).get("seals") for b in store.qa_batches()}
    for row in reversed(store.batches()):
        policy = store.batch_policy(row["id"])
        if policy and "seals" not in policy and row["id"] not in sealed and not valid_signoffs(store, row["id"]):
            return store.batch(row["id"])
    raise QaError("no unsigned automatic batch to sample (clearance batch FOLDER builds one; or give --batch ID)")


def _pages(store, batch: dict) -> tuple[list[sampling.Page], dict[str, int]]:
    """The batch's pages in manifest order, and each source sha256's document id in the store."""
    documents = manifest_of(batch)["documents"]
    by_sha = {d["sha256"]: d["id"] for d in store.documents()}
    return sampling.population(documents), {d["source_sha256"]: by_sha.get(d["source_sha256"]) for d in documents}


def draw_sample(store, batch_id: str | None, pages: int, seed: int | None = None, stratified: bool = False) -> dict:
    """Draw `pages` pages of the batch's output (a seed is made and recorded when none is given). A batch
    keeps one seed: drawing again with more pages makes the sample larger and keeps the pages marked."""
    batch = qa_batch(store, batch_id)
    policy = store.batch_policy(batch["id"]) or {}
    if "seals" in policy:
        raise QaError(f"batch {batch['id']} records the QA of batch {policy['seals']}; sample that one")
    population, ids = _pages(store, batch)
    before = store.qa_sample(batch["id"])
    if before:
        if seed is not None and seed != before["seed"]:
            raise QaError(f"batch {batch['id']} was sampled with seed {before['seed']}; a batch keeps its seed "
                          "(drawing with other seeds until one looks good would void the estimate)")
        if stratified != before["stratified"]:
            raise QaError(f"batch {batch['id']} was sampled {'stratified' if before['stratified'] else 'uniformly'}; "
                          "keep the same design")
        if pages <= len(before["pages"]):
            raise QaError(f"batch {batch['id']} has a sample of {len(before['pages'])} pages; ask for more to "
                          "make it larger")
        seed = before["seed"]
    seed = secrets.randbelow(2**31) if seed is None else seed
    try:
        drawn = sampling.draw(population, pages, seed, stratified)
    except ValueError as exc:
        raise QaError(str(exc)) from exc
    if before and not {p["page_id"] for p in before["pages"]} <= {p.page_id for p in drawn}:
        raise QaError("the larger stratified sample would drop pages already drawn; draw a few more pages")
    rows = [{"page_id": p.page_id, "document_id": ids.get(p.document), "page": p.number, "stratum": p.document}
            for p in drawn]
    store.add_qa_sample(batch["id"], seed, stratified, float(policy.get("confidence", 0.95)), rows)
    return store.qa_sample(batch["id"])


def _sample_or_fail(store, batch: dict) -> dict:
    found = store.qa_sample(batch["id"])
    if not found:
        raise QaError(f"batch {batch['id']} has no QA sample yet (clearance qa draw STORE --pages N)")
    return found


def mark_page(store, batch_id: str | None, page_id: str, missed: str | None = None,
              entity_type: str = "OTHER") -> dict:
    """Mark a sampled page clean, or record a miss on it and redact that text across the batch."""
    batch = qa_batch(store, batch_id)
    current = _sample_or_fail(store, batch)
    page = next((p for p in current["pages"] if p["page_id"] == page_id), None)
    if page is None:
        raise QaError(f"{page_id} is not a page of batch {batch['id']}'s sample (clearance qa report lists them)")
    if missed is None:
        if page["verdict"] == "missed":
            raise QaError(f"{page_id} has a miss; it stays a miss in the estimate")
        store.add_qa_mark(batch["id"], page_id, "clean")
        return {"page": page_id, "verdict": "clean", "fixed": {}}
    missed = missed.strip()
    text = next((r["text"] for r in store.page_rows(page["document_id"] or -1) if r["number"] == page["page"]), None)
    pattern = term_regex(missed, whole_words=False) if missed else None
    if text is None or pattern is None or not pattern.search(text):
        raise QaError(f"“{missed}” is not on page {page_id} (type it as the page shows it)")
    doc_ids = [i for i in _pages(store, batch)[1].values() if i is not None]
    fixed = redact_everywhere(store, doc_ids, missed, entity_type)
    store.add_qa_mark(batch["id"], page_id, "missed", missed, entity_type, sum(fixed.values()))
    return {"page": page_id, "verdict": "missed", "fixed": fixed}


def report(store, batch_id: str | None = None, confidence: float | None = None) -> dict:
    """The sample, every mark and the estimate, as plain data (the CLI prints it, --json dumps it)."""
    batch = qa_batch(store, batch_id)
    manifest = manifest_of(batch)
    policy = store.batch_policy(batch["id"]) or manifest.get("qa_policy") or {}
    if "seals" in policy:  # a sealed batch: its manifest holds the record
        return {"batch": batch["id"], "policy": policy, "sealed": True, **manifest.get("qa", {})}
    current = store.qa_sample(batch["id"])
    population, _ = _pages(store, batch)
    conf = confidence or float(policy.get("confidence", 0.95))
    pages = current["pages"] if current else []
    est = estimate(pages, conf, policy.get("target"),
                   sampling.strata(population) if current and current["stratified"] else None)
    return {"batch": batch["id"], "policy": policy, "sealed": False, "population": len(population),
            "seed": current["seed"] if current else None, "stratified": bool(current and current["stratified"]),
            **est.to_dict(), "counting": COUNTING,
            "pages": [{"page_id": p["page_id"], "document_id": p["document_id"], "page": p["page"] + 1,
                       "verdict": p["verdict"], "misses": p["misses"]} for p in pages]}


def qa_record(store, batch: dict) -> dict:
    """What the sealed batch's manifest records: the sample, the misses (page and type, never the text),
    the estimate and the method, and the population it was drawn from (source sha256 and pages)."""
    found = report(store, batch["id"])
    documents = manifest_of(batch)["documents"]
    return {"sampled_batch": batch["id"], "seed": found["seed"], "stratified": found["stratified"],
            "population": [{"source_sha256": d["source_sha256"], "pages": d["pages"]} for d in documents],
            "pages": [p["page_id"] for p in found["pages"]],
            "misses": [{"page": p["page_id"], "type": m["type"], "occurrences_fixed": m["fixed"]}
                       for p in found["pages"] for m in p["misses"]],
            **{k: found[k] for k in ("pages_marked", "pages_with_miss", "miss_rate", "effective_misses",
                                     "upper_bound", "confidence", "target", "method")},
            "counting": COUNTING}


def seal(store, batch_id: str | None = None, progress=None):
    """Build the batch again with every fix, its manifest recording the policy and the QA sample; refused
    (nothing built) while the sample is incomplete or the bound is above the target."""
    batch = qa_batch(store, batch_id)
    policy = store.batch_policy(batch["id"])
    if not policy:
        raise QaError(f"batch {batch['id']} is no automatic batch (it has no QA policy)")
    _sample_or_fail(store, batch)
    record = qa_record(store, batch)
    extra = {"qa_policy": {k: v for k, v in policy.items() if k != "seals"}, "qa": record}
    refusal = signoff_refusal({"batch": batch["id"], **extra})
    if refusal:
        raise QaError(refusal)
    from desktop.core.assurance.report_html import REPORT_FILE, batch_report_html

    doc_ids = [i for i in _pages(store, batch)[1].values() if i is not None]
    manifest = manifest_of(batch)
    page = batch_report_html(store, batch["id"], for_export=True, qa=record)  # names no one: it leaves too
    try:
        result = build_batch(store, doc_ids, purpose=manifest["purpose"], progress=progress,
                             manifest_extra=extra, extra_files=((REPORT_FILE, page.encode("utf-8")),))
    except ExportError as exc:
        raise QaError(str(exc)) from exc
    if result.batch_id:
        store.set_batch_policy(result.batch_id, {**policy, "seals": batch["id"]})
    return result
