"""Lines of trust, and when two keys are two people's.

Every key a store trusts was added by one already-trusted key that signed its record (vouch.py), back
to a key that no key added: the store's first key, trusted by one person alone when the store was
new. A key's line is that chain, from the key up to its first key; each link carries the vouch that
added it, so anyone can check the line with the keys' signatures alone.

Whoever holds a key can add any number of keys below it, so every key below a key may be that one
person's second identity. Four eyes therefore asks for two keys on two different branches below
one first key: a key's branch is the key just below the first key on its line. Two keys below one
added key (alice added mallory, or alice added m1, which added m2) are one branch, whoever signed;
the first key itself could have added every key and signs neither side.
"""

from __future__ import annotations

from desktop.core.trust.signers import fingerprint, short
from desktop.core.trust.vouch import vouch_valid


def link(row: dict, vouched_by: dict | None) -> dict:
    """One link of a line: a trusted key (name, fingerprint, public key) and the vouch that added it."""
    out = {"name": row["name"], "fingerprint": row["fingerprint"], "public_key": row["public_key"]}
    return {**out, "vouched_by": vouched_by} if vouched_by else out


def line_of(fp: str, rows: dict[str, dict], vouches: dict[str, dict]) -> list[dict]:
    """The line of the trusted key `fp`: the key, the key that added it, ... up to a key no key added.
    `rows` are trusted keys by fingerprint, `vouches` the vouch that added each (from the audit chain)."""
    line: list[dict] = []
    seen: set[str] = set()
    while fp in rows and fp not in seen:
        seen.add(fp)
        line.append(link(rows[fp], vouches.get(fp)))
        fp = (vouches.get(fp) or {}).get("fingerprint", "")
    return line


def line_problem(line: object, signing_fp: str) -> str | None:
    """Why a line carried in a sign-off proves nothing (None when every vouch verifies and the links
    chain from the signing key up to a key no key added)."""
    if not isinstance(line, list) or not line or not all(isinstance(x, dict) for x in line):
        return "it carries no line of trust (signed by an older Clearance, or changed)"
    if line[0].get("fingerprint") != signing_fp:
        return "its line of trust starts at another key (changed)"
    for i, x in enumerate(line):
        try:
            if fingerprint(str(x.get("public_key"))) != x.get("fingerprint"):
                return f"link {i + 1} of its line of trust: the key is not its fingerprint's (changed)"
        except ValueError:
            return f"link {i + 1} of its line of trust: the key is not readable (changed)"
        by = x.get("vouched_by")
        if i == len(line) - 1:
            if by:
                return "its line of trust stops before the key that was added by no key (cut)"
            continue
        above = line[i + 1]
        if not isinstance(by, dict) or by.get("fingerprint") != above.get("fingerprint") \
                or by.get("public_key") != above.get("public_key"):
            return f"link {i + 1} of its line of trust does not name the key above it (changed)"
        if not vouch_valid(by, str(x.get("name")), str(x.get("public_key")), str(x.get("fingerprint"))):
            return f"{above.get('name')}'s signature adding {x.get('name')} does not verify (changed)"
    if len({x.get("fingerprint") for x in line}) != len(line):
        return "its line of trust runs in a circle (changed)"
    return None


def _who(line: list[dict]) -> str:
    return f"{line[0].get('name')} ({short(str(line[0].get('fingerprint')))})"


def four_eyes_refusal(reviewer: list[dict], approver: list[dict]) -> str | None:
    """Why the reviewing and approving keys, given their lines, may be one person; None if two people's."""
    for line in (reviewer, approver):
        if len(line) < 2:
            return (f"{_who(line)} is a key no trusted key added (the store's first key): it could have added "
                    "every other key, so it signs neither side of four eyes")
    if reviewer[-1]["fingerprint"] != approver[-1]["fingerprint"]:
        return (f"{_who(reviewer)} and {_who(approver)} go back to two different first keys "
                f"({_who(reviewer[-1:])}, {_who(approver[-1:])}): nothing shows they are two people")
    for one, other in ((reviewer, approver), (approver, reviewer)):
        if any(x["fingerprint"] == one[0]["fingerprint"] for x in other[1:]):
            how = "by" if other[1]["fingerprint"] == one[0]["fingerprint"] else "through a key added by"
            return f"{_who(other)} was added {how} {_who(one)}, who could have made it a second identity"
    if reviewer[-2]["fingerprint"] == approver[-2]["fingerprint"]:
        return (f"{_who(reviewer)} and {_who(approver)} were both added below {_who(reviewer[-2:-1])}, who could "
                "have made both; the two keys must be added through two different keys below the first key")
    return None
