"""Quasi-identifiers by class: the store's policy per class (keep, generalise, pseudonymise, redact),
the reviewer's approval of a class per document (one decision, not one per finding), and each
approved finding's replacement text, computed with a per-document key from the store's secret."""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass, replace

from desktop.core import settings
from desktop.core.detect.amounts import scale_amount
from desktop.core.detect.dates import shift_date
from desktop.core.detect.gazetteer import locate
from desktop.core.detect.numbers import scale_words
from desktop.core.model import EntityType, Finding, Status
from desktop.core.store.areas import QuasiReviewStore, SettingsStore, SettingsTransactionStore

# class -> the entity types it holds
CLASSES: dict[str, tuple[str, ...]] = {
    "dates": (EntityType.DATE,), "amounts": (EntityType.MONEY, EntityType.QUANTITY),
    "codes": (EntityType.REFERENCE,), "places": (EntityType.PLACE,),
    "demographics": (EntityType.DEMOGRAPHIC,), "organisations": (EntityType.ORGANISATION,),
}
TREATMENTS = settings.TREATMENTS
DEFAULTS = settings.QUASI_DEFAULTS  # each class's treatment unless the store's policy says otherwise
STANDARDS = {
    "dates": "HIPAA Safe Harbor: dates but the year; shifted by one secret offset per document (whole "
             "weeks): intervals, order and weekdays kept",
    "amounts": "Art. 29 WP 05/2014 generalisation (ISO/IEC 20889 randomisation): scaled by one secret factor "
               "per document, sums and ratios kept",
    "codes": "HIPAA Safe Harbor: any unique number or code; typed consistent pseudonyms ([REF-1]) keep "
             "cross-references",
    "places": "HIPAA Safe Harbor: places smaller than a state; a city becomes its country, a state or country "
              "stays, an unknown place is redacted",
    "demographics": "Art. 29 WP 05/2014 inference: a person's nationality, occupation or age singles them out "
                    "with the rest and has no offline hierarchy to climb; redacted with a typed label",
    "organisations": "Art. 29 WP 05/2014 linkability: a court reveals a place, a bank or auditor links the "
                     "parties; typed consistent pseudonyms ([ORG-1]) keep cross-references",
}
# The store's random key, made once (shared with corpus-wide pseudonyms, kept out of the chain as a hash).
SECRET_SETTING = settings.PSEUDONYM_SECRET.key


def class_of(entity_type: str) -> str | None:
    return next((c for c, types in CLASSES.items() if entity_type in types), None)


# --- the store: policy, approvals, secret -----------------------------------------------------------


def policy(store: SettingsStore) -> dict[str, str]:
    """The treatment of each class in this store (the defaults where none was set)."""
    return {c: settings.get(store, settings.QUASI_POLICY[c]) for c in CLASSES}


def set_policy(store: SettingsStore, cls: str, treatment: str) -> None:
    if cls not in CLASSES or treatment not in TREATMENTS:
        raise ValueError(f"{cls} is one of {', '.join(CLASSES)}, a treatment one of {', '.join(TREATMENTS)}")
    settings.set(store, settings.QUASI_POLICY[cls], treatment)  # audited like every setting


def approved(store: SettingsStore, doc_id: int) -> set[str]:
    return {c for c in CLASSES if settings.get(store, settings.QUASI_APPROVED, doc_id, c)}


def approve(store: SettingsTransactionStore, doc_id: int, classes) -> list[str]:
    """Approve classes of a document under the store's policy (one audited decision each); returns the
    classes newly approved."""
    done = []
    with store.atomic():
        for c in classes:
            if settings.set(store, settings.QUASI_APPROVED, True, doc_id, c):
                done.append(c)
    return done


def unapprove(store: SettingsTransactionStore, doc_id: int, classes) -> None:
    """Take approvals back (an undo in the window): audited like the approval."""
    with store.atomic():
        for c in classes:
            if settings.get(store, settings.QUASI_APPROVED, doc_id, c):
                settings.set(store, settings.QUASI_APPROVED, False, doc_id, c)


def _by_class(type_counts: dict[str, int]) -> dict[str, int]:
    out: dict[str, int] = {}
    for entity_type, n in type_counts.items():
        c = class_of(entity_type)
        if c:
            out[c] = out.get(c, 0) + n
    return out


def pending(store: QuasiReviewStore, doc_id: int) -> dict[str, int]:
    """Class -> findings still proposed in each class of the document that is not approved yet: what one
    approval decides. The one rule the walk, the counts and the window follow (quasi findings are never
    open one by one)."""
    found = _by_class(store.quasi_open_counts(doc_id).get(doc_id, {}))
    ok = approved(store, doc_id) if found else set()
    return {c: found[c] for c in CLASSES if c in found and c not in ok}


def pending_by_document(store: QuasiReviewStore) -> dict[int, dict[str, int]]:
    """`pending` for every document that holds a class not approved yet (one query, then the approvals)."""
    out = {}
    for doc_id, counts in store.quasi_open_counts().items():
        found, ok = _by_class(counts), approved(store, doc_id)
        waiting = {c: found[c] for c in CLASSES if c in found and c not in ok}
        if waiting:
            out[doc_id] = waiting
    return out


def classes_found(findings: list[Finding]) -> dict[str, int]:
    """Class -> proposed findings of that class (what an approval decides)."""
    out: dict[str, int] = {}
    for f in findings:
        c = class_of(f.entity_type)
        if c and f.status == Status.PROPOSED:
            out[c] = out.get(c, 0) + 1
    return out


def open_reasons(store: QuasiReviewStore, doc_id: int) -> list[str]:
    """Why a document's findings are not all decided: direct findings still proposed, quasi classes not approved."""
    findings = store.findings(doc_id)
    direct = sum(f.status == Status.PROPOSED and f.identifier == "direct" for f in findings)
    reasons = [f"{direct} finding(s) still proposed; confirm or reject them first"] if direct else []
    ok = approved(store, doc_id)
    waiting = {c: n for c, n in classes_found(findings).items() if c not in ok}
    if waiting:
        reasons.append("quasi-identifier class(es) not approved: " + ", ".join(f"{c} ({n})" for c, n in waiting.items())
                       + "; approve each class once (clearance review --accept-all or --approve CLASS)")
    return reasons


def store_secret(store: SettingsStore) -> bytes:
    secret = settings.get(store, settings.PSEUDONYM_SECRET)
    if secret is None:
        secret = secrets.token_hex(32)
        settings.set(store, settings.PSEUDONYM_SECRET, secret)
    return bytes.fromhex(secret)


# --- the treatment ------------------------------------------------------------------------------


@dataclass(frozen=True)
class DocumentKey:
    """What one document's generalisation uses: a shift in whole weeks and a factor, from an HMAC of the
    document's sha256 under the store's secret: reproducible, and not guessable from the output."""

    days: int
    factor: float

    @classmethod
    def of(cls, secret: bytes, sha256: str) -> DocumentKey:
        digest = hmac.new(secret, f"quasi\x00{sha256}".encode(), hashlib.sha256).digest()
        weeks = 2 + digest[0] % 25  # 2..26 weeks
        days = 7 * weeks * (1 if digest[1] & 1 else -1)
        u = int.from_bytes(digest[2:6], "big") / 2**32
        factor = 0.6 + 0.3 * u if digest[6] & 1 else 1.1 + 0.5 * u  # never close to 1
        return cls(days, round(factor, 4))


def replacement(f: Finding, treatment: str, key: DocumentKey, codes: dict[str, str]) -> str | None:
    """What a quasi finding becomes under a treatment: None to keep the text."""
    if treatment == "keep":
        return None
    label = f"[{f.entity_type.split('_')[0]}]"
    if treatment == "redact":
        return label
    if f.entity_type == EntityType.REFERENCE or treatment == "pseudonymise":
        typed = {EntityType.REFERENCE: "REF", EntityType.DATE: "DATE", EntityType.MONEY: "AMOUNT",
                 EntityType.QUANTITY: "QTY", EntityType.PLACE: "PLACE",
                 EntityType.ORGANISATION: "ORG", EntityType.DEMOGRAPHIC: "DEM"}.get(f.entity_type, "Q")
        folded = " ".join(f.text.split()).casefold()
        if folded not in codes:
            codes[folded] = f"[{typed}-{sum(v.startswith(f'[{typed}-') for v in codes.values()) + 1}]"
        return codes[folded]
    if f.entity_type == EntityType.DATE:
        moved = shift_date(f.text, key.days)
        if moved is not None:
            return moved
        # a year alone is kept by Safe Harbor, a time of day or a duration says nothing about a date
        return None if not any(c.isalpha() for c in f.text) or _time_or_year(f.text) else label
    if f.entity_type in (EntityType.MONEY, EntityType.QUANTITY):
        return scale_amount(f.text, key.factor) or scale_words(f.text, key.factor) or label
    if f.entity_type == EntityType.PLACE:
        if f.explanation.get("jurisdiction"):  # "German" in "German law": the governing law stays, as a country does
            return f.text
        where = locate(f.text)
        if where is None:
            return label
        level, country = where
        return f.text if level in ("country", "state") else country
    return label


def _time_or_year(text: str) -> bool:
    import re

    return re.fullmatch(r"\s*(?:\d{1,2}[:.]\d{2}\s?(?:[ap]\.?m\.?|Uhr|hrs|h)?\.?|\d{1,2}\s?[ap]\.?m\.?|\d{4})\s*",
                        text, re.IGNORECASE) is not None


def treat(findings: list[Finding], treatments: dict[str, str], ok: set[str], key: DocumentKey) -> list[Finding]:
    """The quasi findings of a document to apply, each confirmed with its replacement in the explanation
    (`replacement`), in reading order so that code pseudonyms count up through the document. A finding
    of an approved class that is still proposed follows the class; one the reviewer confirmed is treated
    even if its class is not approved (redacted where the class is kept); a rejected one stays."""
    codes: dict[str, str] = {}
    out = []
    for f in sorted(findings, key=lambda f: (f.page, f.start)):
        cls = class_of(f.entity_type)
        if cls is None or f.start < 0:
            continue
        if not (f.status == Status.CONFIRMED or (f.status == Status.PROPOSED and cls in ok)):
            continue
        treatment = treatments.get(cls, DEFAULTS[cls])
        if treatment == "keep" and f.status == Status.CONFIRMED:
            treatment = "redact"
        new = replacement(f, treatment, key, codes)
        if new is None or new == f.text:
            continue
        out.append(replace(f, status=Status.CONFIRMED,
                           explanation={**f.explanation, "replacement": new, "treatment": treatment}))
    return out


def document_treatment(store: SettingsStore, doc: dict, findings: list[Finding]) -> list[Finding]:
    """A stored document's quasi findings as they will be applied at export."""
    if not any(class_of(f.entity_type) for f in findings):
        return []
    key = DocumentKey.of(store_secret(store), doc["sha256"])
    return treat(findings, policy(store), approved(store, doc["id"]), key)


# --- what the reviewer sees -----------------------------------------------------------------------

_GENERALISED = {"dates": "shifted by the document's offset", "amounts": "scaled by the document's factor",
                "codes": "a typed pseudonym ([REF-n]), the same wherever it recurs",
                "places": "its country (a state or country stays, an unknown place is redacted)",
                "organisations": "a typed label (no hierarchy to climb)",
                "demographics": "a typed label (no hierarchy to climb)"}


def treatment_note(cls: str, treatment: str) -> str:
    """How people read a treatment of a class: "shifted by the document's offset (generalise)"."""
    what = {"keep": "kept as written", "redact": "redacted (a typed label)",
            "pseudonymise": "a typed pseudonym, the same wherever it recurs",
            "generalise": _GENERALISED.get(cls, "a typed label")}[treatment]
    return f"{what} ({treatment})"


def preview(store: SettingsStore, doc: dict, findings: list[Finding]) -> dict[int, str]:
    """Finding id -> what the policy makes of each quasi finding, for the reviewer: the class, the
    treatment, the replacement where it can be computed (a date or amount needs the store's secret, made
    at the first export, never by looking), and whether the class is approved. A rejected finding is an
    exception: it keeps its text."""
    treatments, ok = policy(store), approved(store, doc["id"])
    secret = settings.get(store, settings.PSEUDONYM_SECRET)
    key = DocumentKey.of(bytes.fromhex(secret), doc["sha256"]) if secret else None
    codes: dict[str, str] = {}
    out = {}
    for f in sorted(findings, key=lambda f: (f.page, f.start)):
        cls = class_of(f.entity_type)
        if cls is None or f.id is None:
            continue
        if f.status == Status.REJECTED:
            out[f.id] = f"{cls} → kept as written: an exception to the class"
            continue
        treatment = treatments.get(cls, DEFAULTS[cls])
        if treatment == "keep" and f.status == Status.CONFIRMED:
            treatment = "redact"
        note = treatment_note(cls, treatment)
        needs_key = treatment == "generalise" and f.entity_type in (EntityType.DATE, EntityType.MONEY,
                                                                    EntityType.QUANTITY)
        if f.start >= 0 and (key is not None or not needs_key):
            new = replacement(f, treatment, key, codes)
            note = f"“{new}”, {note}" if new and new != f.text else f"kept as written, {note}"
        state = "decided one by one" if f.status == Status.CONFIRMED else (
            "class approved" if cls in ok else "class pending approval")
        out[f.id] = f"{cls} → {note}; {state}"
    return out
