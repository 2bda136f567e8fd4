"""A reviewer's link decisions: confirm a party of a document, change its role, unlink it, and then
propose the linked parties' names, aliases and e-mails wherever they occur (window and CLI alike)."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.core.pdf import PdfError
from desktop.core.scan.documents import propagate_linked_parties
from desktop.core.store.areas import LinkedFindingsStore, PartiesStore


@dataclass(frozen=True)
class LinkChange:
    changed: bool  # False: there was nothing to change (e.g. unlinking a party that was not linked)
    proposed: int = 0  # new findings of the linked parties' names
    problem: str | None = None  # why the names could not be searched (the link itself stands)


def link_party(store: LinkedFindingsStore, doc_id: int, party_id: int, role: str, source: str = "manual",
               propagate: bool = True) -> LinkChange:
    """Confirm `party_id` as a party of the document in `role`, then propose its names everywhere.

    `propagate=False` leaves the names to a scan that is still running (it proposes them at its end).
    """
    store.link_party(doc_id, party_id, role, confirmed=True, source=source)
    return _proposed(store, doc_id, propagate)


def unlink_party(store: LinkedFindingsStore, doc_id: int, party_id: int, propagate: bool = True) -> LinkChange:
    """Remove the party from the document; the other parties' names are proposed as after any change."""
    if not store.unlink_party(doc_id, party_id):
        return LinkChange(False)
    store.forget_parties([party_id])  # a party a scan added and nothing else needs leaves the registry
    return _proposed(store, doc_id, propagate)


def kind_change_effect(store: PartiesStore, party_id: int, kind: str) -> str:
    """What making the party a company or a person moves, in one sentence for the reviewer to confirm:
    the change is registry-wide, not for this document alone."""
    party = store.party(party_id)
    documents = len(store.party_documents(party_id))
    where = f"{documents} document{'s' if documents != 1 else ''}"
    other = next((p for p in store.matching_parties(party.name) if p.kind == kind and p.id != party_id), None)
    if other is not None:
        held = len(store.consents(other.id))
        return (f"Make {party.name} a {kind}? Its links in {where} move to the registry's {kind} "
                f"{other.name} (id {other.id}), whose {held} consent record{'s' if held != 1 else ''} then "
                f"count{'s' if held == 1 else ''}.")
    return f"Make {party.name} (id {party_id}) a {kind} in the registry? This changes it for all {where} that link it."


def change_party_kind(store: LinkedFindingsStore, doc_id: int, party_id: int, kind: str, propagate: bool = True) -> tuple[int, LinkChange]:
    """Make a linked party a company or a person (see Store.set_party_kind: its links may move to the
    registry's party of that kind and name); returns the party id it now has and the names proposed."""
    now = store.set_party_kind(party_id, kind)
    return now, _proposed(store, doc_id, propagate)


def _proposed(store: LinkedFindingsStore, doc_id: int, propagate: bool) -> LinkChange:
    if not propagate:
        return LinkChange(True)
    try:
        added = sum(propagate_linked_parties(store, doc_id).values())
    except (OSError, PdfError) as exc:
        return LinkChange(True, 0, f"the parties' names could not be searched: {exc}")
    return LinkChange(True, added)
