"""A large store made directly through the store API, no PDFs: documents with page texts, parties and
decided findings, some names left readable on purpose. For the consistency report's tests and bench."""

from __future__ import annotations

import hashlib
import random
from dataclasses import dataclass

from desktop.core.consent.parties import Party
from desktop.core.model import EntityType, Finding, Source, Status
from desktop.core.pdf import PageText

FILLER = ("The Supplier shall deliver the goods on time and in accordance with the specifications. "
          "Payment is due within thirty days of invoice. Either party may terminate this agreement "
          "with ninety days written notice. ")


@dataclass(frozen=True)
class Planted:
    documents: int
    parties: int
    inconsistent: dict[int, str]  # document id -> the party name left readable there (redacted elsewhere)


def _page(number: int, text: str) -> PageText:
    return PageText(number=number, text=text, boxes=(), lines=(), width=595.0, height=842.0)


def build_store(store, documents: int, pages: int = 3, parties: int | None = None, readable_every: int = 100,
                seed: int = 1) -> Planted:
    """`documents` contracts of `pages` pages between two parties drawn from a pool (each party in
    several documents); every party-name occurrence is a confirmed finding, except in every
    `readable_every`-th document, where one of its parties' names stays readable."""
    rng = random.Random(seed)
    pool = [f"Northwind {i:05d} GmbH" for i in range(parties or max(2, documents // 4))]
    inconsistent: dict[int, str] = {}
    with store.atomic():
        ids = {name: store.add_party(Party(name), origin="synthetic")[0] for name in pool}
        for n in range(documents):
            a, b = rng.sample(pool, 2)
            texts = [f"This agreement is made between {a} and {b}. " + FILLER * 8 if p == 0 else
                     FILLER * 10 + f"Signed for {a} and for {b}." for p in range(pages)]
            sha = hashlib.sha256(f"{seed}:{n}".encode()).hexdigest()
            doc_id, _ = store.add_document(sha256=sha, path=f"/synthetic/{n:06d}.pdf", name=f"{n:06d}.pdf",
                                           pages=pages, size=0)
            store.save_pages(doc_id, [_page(p, t) for p, t in enumerate(texts)])
            leave = b if readable_every and n % readable_every == readable_every - 1 else None
            if leave:
                inconsistent[doc_id] = leave
            found = []
            for p, text in enumerate(texts):
                for name in (a, b):
                    if name == leave:
                        continue
                    start = text.find(name)
                    while start >= 0:
                        found.append(Finding(page=p, start=start, end=start + len(name), entity_type=EntityType.COMPANY,
                                             text=name, boxes=(), recognizer="synthetic", source=Source.DETECTED,
                                             status=Status.CONFIRMED))
                        start = text.find(name, start + 1)
            store.add_findings(doc_id, found)
            for name in (a, b):
                store.link_party(doc_id, ids[name], "contracting party", confirmed=True, source="synthetic")
    return Planted(documents, len(pool), inconsistent)
