"""The re-identification risk that remains in a batch once the quasi-identifier policy is applied:
pure functions over plain data (the store is read in `risk_store`, the report drawn in `risk_html`).

What counts as remaining. A document's *remaining tuple* is built from what a reader of the output can
see and could match against something they know, one `(class, value)` pair per distinct value:

- a quasi-identifier left as written: its class is `keep`; the reviewer rejected it; it was suppressed
  as identifying no one; its class was not approved (the export refuses such a document, but a store
  not yet exported is measured as it stands); or its treatment wrote it unchanged (under `generalise` a
  year alone, a time of day, a duration, a US state or a country stay as written);
- a generalised value that still carries real-world information: a city generalised to its country
  (the country is in the tuple). A date shifted by the document's secret offset (2 to 26 weeks either
  way) or an amount scaled by its secret factor (0.6-0.9 or 1.1-1.6) is not: the value shown matches no
  outside record, so it cannot single a document out by being matched. What such values still carry
  (the period to within half a year, the order of magnitude, every interval and ratio) is inference
  risk, which these figures do not measure;
- a pseudonym (`[REF-1]`) or a label (`[DATE]`) carries nothing: code pseudonyms count up per document.

Singling out is k-anonymity over the batch: documents with the same remaining tuple (as a set) form an
equivalence class, and a document's k is its class's size. A document with nothing remaining has no
tuple to be singled out by: it is counted apart (`nothing_remains`), not in the smallest k nor below
the threshold. Linkability is the share of documents that share a linking value with another document
of the batch: a reference code or an organisation that is no party left readable, or a corpus-wide
pseudonym of a direct identifier (`export.pseudonyms = corpus`: the same name, the same placeholder in
every document). Code pseudonyms (`[REF-1]`) count up per document and link nothing.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from desktop.core import settings
from desktop.core.model import Finding, Status
from desktop.core.redaction.redact import is_applied
from desktop.core.review.classes import CLASSES, DEFAULTS, DocumentKey, class_of, treat

# Why a quasi-identifier leaves readable, and the treatments that change it.
LEFT_REASONS = ("keep", "rejected", "suppressed", "unapproved", "unchanged")
TREATED_HOW = ("generalise", "pseudonymise", "redact")
# Classes whose generalised value is still real-world information a reader can match (a country).
COARSE_VISIBLE = frozenset({"places"})
# Classes whose values, left readable, link the documents they recur in (an order number, a bank).
LINKING = frozenset({"codes", "organisations"})
DEFAULT_K = settings.RISK_K.default  # the smallest equivalence class a batch should have (see README: k of 5)


@dataclass(frozen=True)
class QuasiItem:
    """One quasi-identifier of a document as the policy leaves it."""

    cls: str
    treated: bool
    how: str  # a TREATED_HOW when treated, else a LEFT_REASONS
    visible: str | None  # what still identifies in the output (folded), None when nothing does


@dataclass(frozen=True)
class DocumentQuasi:
    document_id: int
    name: str
    items: tuple[QuasiItem, ...] = ()
    links: tuple[str, ...] = ()  # values that link it to another document if they recur there

    @property
    def remaining(self) -> tuple[tuple[str, str], ...]:
        """The remaining quasi-identifier tuple: distinct (class, value) pairs, sorted."""
        return tuple(sorted({(i.cls, i.visible) for i in self.items if i.visible}))


def fold(text: str) -> str:
    return " ".join(text.split()).casefold()


# --- classifying one document's findings ----------------------------------------------------------------


def document_items(findings: list[Finding], treatments: dict[str, str], ok: set[str],
                   key: DocumentKey) -> tuple[QuasiItem, ...]:
    """Each quasi finding of a document, treated (and how) or left (and why), with what stays visible.
    The treatment is the export's own (`review.classes.treat`); a finding under an applied direct
    redaction (a date inside a confirmed address) goes with it."""
    done = {(f.page, f.start, f.end, f.entity_type): f for f in treat(findings, treatments, ok, key)}
    direct = [(f.page, f.start, f.end) for f in findings if is_applied(f) and f.identifier == "direct"
              and f.start >= 0]
    items = []
    for f in sorted(findings, key=lambda f: (f.page, f.start)):
        cls = class_of(f.entity_type)
        if cls is None or f.start < 0 or f.status == Status.REMOVED:
            continue
        t = done.get((f.page, f.start, f.end, f.entity_type))
        if t is not None:
            new = t.explanation["replacement"]
            how = _effective(t.explanation["treatment"], new)
            items.append(QuasiItem(cls, True, how, fold(new) if how == "generalise" and cls in COARSE_VISIBLE
                                   else None))
        elif any(p == f.page and s <= f.start and f.end <= e for p, s, e in direct):
            items.append(QuasiItem(cls, True, "redact", None))
        else:
            items.append(QuasiItem(cls, False, _left_reason(f, cls, treatments, ok), fold(f.text) or None))
    return tuple(items)


def _effective(treatment: str, replacement: str) -> str:
    """What a treatment did in fact: a label is a redaction (an unknown place), a numbered pseudonym a
    pseudonymisation (a code under `generalise`)."""
    body = replacement.strip()
    if body.startswith("[") and body.endswith("]"):
        return "pseudonymise" if body[-2].isdigit() else "redact"
    return treatment


def _left_reason(f: Finding, cls: str, treatments: dict[str, str], ok: set[str]) -> str:
    if f.status == Status.REJECTED:
        return "rejected"
    if f.status == Status.SUPPRESSED:
        return "suppressed"
    if f.status == Status.PROPOSED and cls not in ok:
        return "unapproved"
    if treatments.get(cls, DEFAULTS[cls]) == "keep" and f.status == Status.PROPOSED:
        return "keep"
    return "unchanged"


def link_values(items: tuple[QuasiItem, ...], pseudonyms: list[str] = ()) -> tuple[str, ...]:
    """A document's linking values: every reference code (or organisation) left readable and every
    corpus-wide pseudonym."""
    codes = {i.visible for i in items if i.cls in LINKING and not i.treated and i.visible}
    return tuple(sorted(codes | set(pseudonyms)))


# --- the figures -----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Singling:
    threshold: int
    k_of: dict[int, int]  # document -> k, documents with a remaining tuple only
    nothing_remains: tuple[int, ...]
    min_k: int | None
    below: tuple[int, ...]  # documents with k < threshold
    histogram: dict[int, int]  # k -> how many documents have it
    classes: int  # equivalence classes


def k_anonymity(tuples: dict[int, tuple], threshold: int = DEFAULT_K) -> Singling:
    """Equivalence classes of the documents' remaining tuples (compared as sets; empty ones apart)."""
    if threshold < 1:
        raise ValueError("the k threshold is at least 1")
    keys = {doc: frozenset(t) for doc, t in tuples.items()}
    sizes = Counter(k for k in keys.values() if k)
    k_of = {doc: sizes[k] for doc, k in keys.items() if k}
    return Singling(threshold=threshold, k_of=k_of,
                    nothing_remains=tuple(sorted(doc for doc, k in keys.items() if not k)),
                    min_k=min(k_of.values()) if k_of else None,
                    below=tuple(sorted(doc for doc, k in k_of.items() if k < threshold)),
                    histogram=dict(sorted(Counter(k_of.values()).items())), classes=len(sizes))


@dataclass(frozen=True)
class Linkage:
    share: float  # documents sharing a linking value with another / documents
    linked: tuple[int, ...]
    shared: dict[str, tuple[int, ...]]  # value -> the documents it links (two or more)


def linkability(links: dict[int, tuple[str, ...]]) -> Linkage:
    where: dict[str, set[int]] = {}
    for doc, values in links.items():
        for v in set(values):
            where.setdefault(v, set()).add(doc)
    shared = {v: tuple(sorted(docs)) for v, docs in sorted(where.items()) if len(docs) > 1}
    linked = tuple(sorted({d for docs in shared.values() for d in docs}))
    return Linkage(share=len(linked) / len(links) if links else 0.0, linked=linked, shared=shared)


def class_counts(docs: list[DocumentQuasi]) -> dict[str, dict]:
    """Per class: found, treated (by treatment) and left (by reason)."""
    out = {c: {"found": 0, "treated": dict.fromkeys(TREATED_HOW, 0), "left": dict.fromkeys(LEFT_REASONS, 0)}
           for c in CLASSES}
    for d in docs:
        for i in d.items:
            row = out[i.cls]
            row["found"] += 1
            row["treated" if i.treated else "left"][i.how] += 1
    return out


@dataclass(frozen=True)
class RiskReport:
    scope: str  # "batch ID" or "store (reviewed documents)"
    policy: dict[str, str]
    documents: tuple[DocumentQuasi, ...]
    singling: Singling
    linkage: Linkage
    classes: dict[str, dict] = field(default_factory=dict)

    def summary(self) -> dict:
        """The figures alone, without any value or name: what the export manifest records."""
        s = self.singling
        return {"documents": len(self.documents), "k_threshold": s.threshold, "min_k": s.min_k,
                "below_threshold": len(s.below), "nothing_remains": len(s.nothing_remains),
                "equivalence_classes": s.classes, "k_histogram": {str(k): n for k, n in s.histogram.items()},
                "linkability": round(self.linkage.share, 4), "linked_documents": len(self.linkage.linked),
                "classes": {c: {"found": r["found"], "treated": sum(r["treated"].values()),
                                "left": sum(r["left"].values())} for c, r in self.classes.items()}}

    def line(self) -> str:
        """The figures in one line."""
        s, n = self.singling, len(self.documents)
        left = sum(sum(r["left"].values()) for r in self.classes.values())
        found = sum(r["found"] for r in self.classes.values())
        k = (f"smallest k {s.min_k} (threshold {s.threshold}), {len(s.below)} of {n} document(s) below"
             if s.min_k is not None else "no quasi-identifier remains in any document")
        return (f"risk: {k}; linkability {self.linkage.share:.0%} ({len(self.linkage.linked)} of {n} "
                f"document(s) share a code or pseudonym); {left} of {found} quasi-identifier(s) left")

    def to_json(self) -> dict:
        s = self.singling
        return {"scope": self.scope, "policy": self.policy, "summary": self.summary(), "classes": self.classes,
                "documents": [{"id": d.document_id, "name": d.name, "k": s.k_of.get(d.document_id),
                               "below_threshold": d.document_id in s.below,
                               "remaining": [{"class": c, "value": v} for c, v in d.remaining],
                               "left": dict(Counter(i.how for i in d.items if not i.treated)),
                               "treated": dict(Counter(i.how for i in d.items if i.treated)),
                               "links": [v for v in d.links if v in self.linkage.shared]}
                              for d in self.documents],
                "linkability": {"share": round(self.linkage.share, 4), "linked": list(self.linkage.linked),
                                "shared": {v: list(ds) for v, ds in self.linkage.shared.items()}}}


def risk_report(scope: str, policy: dict[str, str], docs: list[DocumentQuasi],
                threshold: int = DEFAULT_K) -> RiskReport:
    return RiskReport(scope=scope, policy=dict(policy), documents=tuple(docs),
                      singling=k_anonymity({d.document_id: d.remaining for d in docs}, threshold),
                      linkage=linkability({d.document_id: d.links for d in docs}), classes=class_counts(docs))
