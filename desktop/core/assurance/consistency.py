"""Consistency across documents: a name redacted in one document and readable (or rejected) in another.

Every redacted direct identifier and every linked party's name, alias and e-mail is one term; each
document's stored page text is read once with all terms in one pass (the redactor's matcher), and each
occurrence is redacted (under a confirmed finding) or readable. A term redacted somewhere and readable
or rejected elsewhere is an exception. Terms are grouped by the party whose name they are.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field

from desktop.core.assurance.fix import redact_everywhere
from desktop.core.consent.parties import Party
from desktop.core.text.terms import TermMatcher, term_type, term_words

NO_PARTY = "(no registry party)"


def term_key(text: str) -> str:
    """Case, spacing, punctuation and look-alike letters folded: how the matcher reads a term."""
    return " ".join(term_words(text))


@dataclass
class TermUse:
    term: str  # as a party names it, else as first redacted
    entity_type: str
    party: str  # the party whose name, alias or e-mail it is, else NO_PARTY
    redacted: set[int] = field(default_factory=set)
    readable: dict[int, int] = field(default_factory=dict)  # document -> readable occurrences
    rejected: set[int] = field(default_factory=set)

    @property
    def exception(self) -> bool:
        return bool(self.redacted) and bool(self.readable or self.rejected)


@dataclass(frozen=True)
class ConsistencyReport:
    documents: dict[int, str]  # id -> name
    terms: tuple[TermUse, ...]

    @property
    def exceptions(self) -> list[TermUse]:
        return [t for t in self.terms if t.exception]

    def by_party(self) -> dict[str, list[TermUse]]:
        out: dict[str, list[TermUse]] = defaultdict(list)
        for t in self.exceptions:
            out[t.party].append(t)
        return dict(sorted(out.items(), key=lambda kv: (kv[0] == NO_PARTY, kv[0].casefold())))

    def to_dict(self) -> dict:
        names = self.documents

        def docs(ids):
            return [{"id": i, "name": names.get(i, str(i))} for i in sorted(ids)]

        return {"documents": len(names), "terms": len(self.terms), "exceptions": len(self.exceptions),
                "parties": [{"party": party, "terms": [
                    {"term": t.term, "type": t.entity_type, "redacted_in": docs(t.redacted),
                     "readable_in": [{**d, "occurrences": t.readable[d["id"]]} for d in docs(t.readable)],
                     "rejected_in": docs(t.rejected)} for t in uses]}
                    for party, uses in self.by_party().items()]}


def consistency(store, doc_ids: list[int] | None = None) -> ConsistencyReport:
    """The report over these documents (default: every document of the store)."""
    names = {d["id"]: d["name"] for d in store.documents() if doc_ids is None or d["id"] in set(doc_ids)}
    uses: dict[str, TermUse] = {}
    confirmed: dict[int, dict[int, list[tuple[int, int]]]] = defaultdict(lambda: defaultdict(list))
    for doc, page, start, end, entity_type, text, status in store.decided_direct_findings(doc_ids):
        key = term_key(text)
        if not key:
            continue
        use = uses.setdefault(key, TermUse(" ".join(text.split()), entity_type, NO_PARTY))
        if status == "confirmed":
            use.redacted.add(doc)
            if start >= 0:
                confirmed[doc][page].append((start, end))
        else:
            use.rejected.add(doc)
    for _doc, _party, name, aliases, email in store.all_party_links(doc_ids):
        for term in Party(name, aliases=tuple(json.loads(aliases or "[]")), email=email or "").terms:
            key = term_key(term or "")
            if not key:
                continue
            use = uses.setdefault(key, TermUse(term, "PARTY", name))
            if use.party == NO_PARTY:  # a redacted text that is a party's name is grouped under the party
                use.party, use.term = name, term
    _read_pages(store, doc_ids, uses, confirmed)
    return ConsistencyReport(names, tuple(sorted(uses.values(), key=lambda u: (u.party, u.term.casefold()))))


def _read_pages(store, doc_ids, uses: dict[str, TermUse], confirmed) -> None:
    """Each occurrence of a term in a page: redacted when a confirmed finding covers it, else readable."""
    matcher = TermMatcher(sorted(t.term for t in uses.values()))
    for doc, page, text in store.all_page_texts(doc_ids):
        spans = matcher.spans(text)
        if not spans:
            continue
        covered = confirmed.get(doc, {}).get(page, ())
        for start, end in spans:
            use = uses.get(term_key(text[start:end]))
            if use is None:
                continue  # a domain made of a name: the verifier's to read, not a term's occurrence
            if any(s <= start and end <= e for s, e in covered):
                use.redacted.add(doc)
            else:
                use.readable[doc] = use.readable.get(doc, 0) + 1


def redact_exceptions(store, report: ConsistencyReport, terms: list[str] | None = None,
                      groups: dict[int, list[str]] | None = None) -> dict[str, int]:
    """Redact each exception (or the named ones) in every document where it is readable or was rejected;
    returns occurrences redacted per term. `groups` receives the decision groups per document, which
    `desktop.core.assurance.fix.undo_everywhere` takes back."""
    wanted = {term_key(t) for t in terms} if terms else None
    done = {}
    for use in report.exceptions:
        if wanted is not None and term_key(use.term) not in wanted:
            continue
        entity_type = use.entity_type if use.entity_type != "PARTY" else str(term_type(use.term))
        made: dict[int, list[str]] = {}
        fixed = redact_everywhere(store, sorted(set(use.readable) | use.rejected), use.term, entity_type, made)
        for doc_id, doc_groups in made.items():
            if groups is not None:
                groups.setdefault(doc_id, []).extend(doc_groups)
        done[use.term] = sum(fixed.values())
    return done


def exceptions_in(report: ConsistencyReport, doc_ids) -> list[TermUse]:
    """The exceptions readable or rejected in one of these documents (those an export would let leave)."""
    wanted = set(doc_ids)
    return [t for t in report.exceptions if wanted & (set(t.readable) | t.rejected)]
