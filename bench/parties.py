"""The parties Clearance proposes for each development contract, against the annotated parties and
the signers read from the signature blocks by hand (tests/data/cuad_dev_signers.json).

A proposal counts as noise when it is proposed as a contracting party or signer and is neither an
annotated party nor a labelled signer (an alias attached to its party is no proposal of its own).
Every labelled signer must be proposed as a signer. Contacts (people a notices clause names, "Attn:",
"c/o", "with a copy to") are listed per contract: proposed as contacts, they need no consent."""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

CUAD = ROOT.parent / "shared" / "corpus" / "cuad-dev"
SIGNERS = ROOT / "tests" / "data" / "cuad_dev_signers.json"
OUT = ROOT / "bench" / "results" / "parties.txt"


def party_proposals(pages, findings):
    """The consent panel's proposals for a document, against an empty registry (a first scan)."""
    from desktop.core.consent.linking import party_candidates, proposals_for

    kept = [f for f in findings if f.status != "suppressed"]
    return [p.candidate for p in proposals_for(party_candidates(pages, kept), [])]


def parties_proposed(contract: str, candidates, parties: dict) -> tuple[int, int, list[str]]:
    """Annotated party names proposed as a contracting party or as the alias of one: (found, total, missed)."""
    from desktop.core.consent import Role
    from desktop.core.text.terms import base_name

    proposed = {base_name(n.replace("™", "")) for c in candidates if c.role == Role.CONTRACTING
                for n in (c.name, *c.aliases)}
    names = parties[contract]["names"]
    missed = [n for n in names if base_name(n.replace("™", "")) not in proposed]
    return len(names) - len(missed), len(names), missed


def score(contract: str, candidates, parties: dict, signers: dict) -> tuple[list[str], list[str], list[str]]:
    """(noise, signers proposed as signers, signers missed) for one contract."""
    from desktop.core.consent import Role
    from desktop.core.text.terms import base_name

    known = {base_name(n.replace("™", "")) for n in parties[contract]["names"] + parties[contract]["parties_as_annotated"]
             + signers["parties_not_annotated"].get(contract, [])}
    signed = {base_name(n): n for n in signers["signers"].get(contract, [])}
    variants = {base_name(n) for n in signers["printed_variants"].get(contract, [])}
    noise, found = [], set()
    for c in candidates:
        key = base_name(c.name)
        if c.role == Role.SIGNER and key in signed:
            found.add(key)
        elif c.role in (Role.CONTRACTING, Role.SIGNER) and key not in known | variants and key not in signed:
            noise.append(f"{c.name} ({c.role})")
    return noise, [signed[k] for k in found], [n for k, n in signed.items() if k not in found]


def contacts_proposed(candidates) -> list[str]:
    """The names proposed as contacts, none of them a contracting party or a signer."""
    from desktop.core.consent import Role

    return [c.name for c in candidates if c.role == Role.CONTACT]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    from desktop.core.detect import DetectorPool, detect_document
    from desktop.core.pdf import extract_pages, open_path
    from desktop.core.runtime.offline import make_offline

    make_offline()
    parties = json.loads((CUAD / "parties.json").read_text())
    signers = json.loads(SIGNERS.read_text(encoding="utf-8"))
    start = time.perf_counter()
    rows, clean, signed_total, signed_found, named_found, named_total = [], 0, 0, 0, 0, 0
    contacts_total, with_contacts = 0, 0
    with DetectorPool(workers=args.workers) as pool:
        for path in sorted((CUAD / "pdf").iterdir()):
            doc, _ = open_path(path)
            pages = extract_pages(doc)
            candidates = party_proposals(pages, detect_document(pages, pool))
            noise, found, missed = score(path.name, candidates, parties, signers)
            got, total, absent = parties_proposed(path.name, candidates, parties)
            contacts = contacts_proposed(candidates)
            contacts_total, with_contacts = contacts_total + len(contacts), with_contacts + bool(contacts)
            named_found, named_total = named_found + got, named_total + total
            clean += not noise
            signed_total += len(found) + len(missed)
            signed_found += len(found)
            rows.append(f"  {path.name[:60]:<60} noise {len(noise):>2}  signers {len(found)}/{len(found) + len(missed)}"
                        f"  contacts {len(contacts)}"
                        + (f"\n      contacts: {'; '.join(contacts)}" if contacts else "")
                        + (f"\n      noise: {'; '.join(noise)}" if noise else "")
                        + (f"\n      signer not proposed as signer: {'; '.join(missed)}" if missed else "")
                        + (f"\n      annotated party not proposed: {'; '.join(absent)}" if absent else ""))
    lines = [f"{len(rows)} development contracts ({CUAD.name}), signers {SIGNERS.name}, "
             f"{time.perf_counter() - start:.0f} s",
             f"contracts with no proposed party that is not a party: {clean}/{len(rows)}",
             f"signature-block names proposed as signers: {signed_found}/{signed_total}",
             f"annotated party names proposed as a contracting party or its alias: {named_found}/{named_total}",
             f"people named in notices clauses proposed as contacts (no consent needed): {contacts_total} "
             f"in {with_contacts} contracts",
             *rows]
    text = "\n".join(lines)
    print(text)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(text + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
