"""Recognizers as data: what each recognizer finds, which result wins an overlap, how the document's
judge treats its names, whether a name it finds stands for a party, and whether it is a contact.
The rules of `spans.py`, `judge.py`, `context.py` and `anchors.py` read this table instead of
naming recognizers, and the detector version (`version_hash`) is derived from it and the term lists.

To add a recognizer: one file in this package, one entry in `RECOGNIZERS`, and the recognizer in
`analyzer.clearance_recognizers` (a test checks the two agree)."""

from __future__ import annotations

import hashlib
import json
from dataclasses import astuple, dataclass

from desktop.core.detect.termlists import terms_dir
from desktop.core.model import EntityType

# How the judge treats a recognizer's names (detect/judge.py).
PATTERN = "pattern"  # vouches for itself: structured identifiers, and names of a recognizer the judge does not know
LEGAL_FORM = "legal form"  # a company name by its legal form: checked for clauses, statutes and headings
KNOWN_PARTY = "known party"  # a name the registry gave: never second-guessed
MODEL = "model"  # the statistical model: kept only where something in the document supports it
SAME_NAME = "same name"  # another occurrence of a name found elsewhere (judged by the name it spreads)

# Whether a recognizer's finding near a name makes that name a contact (detect/context.py).
ADDRESS = "address"  # a postal address: a name beside it is in an address block
REACH = "reach"  # a phone number or e-mail address: a name beside it is a contact person
NOTICE = "notice"  # the name itself is a contact a notices clause names (judge.py marks it so)

DIRECT, QUASI, BOTH = "direct", "quasi", "direct and quasi"

# Bump only when detection changes in a way the table and the term lists do not show (a recognizer's
# pattern, the overlap rules, the model mapping): the version keys the detection cache.
EPOCH = "18"


@dataclass(frozen=True)
class RecognizerSpec:
    name: str  # the Presidio recognizer's name, as findings carry it
    entity_types: tuple[str, ...]
    priority: int = 1  # which result wins an overlap (spans.py): higher first; 3 and up merge same-type overlaps
    judged_as: str = PATTERN
    anchors_party: bool = False  # a name it finds stands for a party (the parties' names, their aliases)
    contact: str = ""  # ADDRESS or REACH: what a name beside its finding is; NOTICE: the name is a contact
    identifier: str = DIRECT  # direct or quasi identifier (desktop.core.quasi treats the quasi ones per class)


_E = EntityType
# Validated or structured identifiers first, the statistical model last; an address read whole beats a
# name pattern that runs into it ("CA 94061 NFLA ... Inc.").
RECOGNIZERS: tuple[RecognizerSpec, ...] = (
    RecognizerSpec("SpacyRecognizer", (_E.PERSON, _E.COMPANY, _E.ADDRESS, _E.DEMOGRAPHIC), 1, MODEL,
                   identifier=BOTH),
    RecognizerSpec("EmailRecognizer", (_E.EMAIL,), 5, contact=REACH),
    RecognizerSpec("UrlRecognizer", (_E.URL,), 3),
    RecognizerSpec("IbanRecognizer", (_E.IBAN,), 5),
    RecognizerSpec("PhoneRecognizer", (_E.PHONE,), 4, contact=REACH),
    RecognizerSpec("EnvelopeIdRecognizer", (_E.ENVELOPE,), 5),
    RecognizerSpec("CompanyRecognizer", (_E.COMPANY,), 4, LEGAL_FORM, anchors_party=True),
    RecognizerSpec("RegisterNumberRecognizer", (_E.REGISTER,), 5),
    RecognizerSpec("VatIdRecognizer", (_E.VAT,), 5),
    RecognizerSpec("AddressRecognizer", (_E.ADDRESS,), 5, contact=ADDRESS),
    RecognizerSpec("NoticeContactRecognizer", (_E.PERSON,), 4, contact=NOTICE),
    RecognizerSpec("DateRecognizer", (_E.DATE,), 3, identifier=QUASI),
    RecognizerSpec("MoneyRecognizer", (_E.MONEY,), 3, identifier=QUASI),
    RecognizerSpec("QuantityRecognizer", (_E.QUANTITY,), 2, identifier=QUASI),
    RecognizerSpec("ReferenceCodeRecognizer", (_E.REFERENCE,), 4, identifier=QUASI),
    RecognizerSpec("OccupationRecognizer", (_E.DEMOGRAPHIC,), 1, identifier=QUASI),
    RecognizerSpec("AgeRecognizer", (_E.DEMOGRAPHIC,), 1, identifier=QUASI),
    # not a Presidio recognizer: the names propagation proposes again (desktop.core.text.propagate)
    RecognizerSpec("PropagatedName", (_E.PERSON, _E.COMPANY, _E.EMAIL), 4, SAME_NAME),
)
MODEL_NAME = "SpacyRecognizer"
# What a recognizer the table does not name is: a pattern that vouches for itself, lowest in overlaps.
UNKNOWN = RecognizerSpec("", (), 1, PATTERN)

_BY_NAME = {r.name: r for r in RECOGNIZERS}
_ADDED: dict[str, RecognizerSpec] = {}


def register(spec: RecognizerSpec) -> None:
    """Describe a recognizer the app does not run (the development kit's, which tests add ad hoc).
    It does not change the detector version: the app never produces its findings."""
    if spec.name in _BY_NAME:
        raise ValueError(f"{spec.name!r} is one of the app's recognizers")
    _ADDED[spec.name] = spec


def spec(name: str) -> RecognizerSpec:
    """The table's entry for a recognizer's name (`UNKNOWN` for one it does not name)."""
    return _BY_NAME.get(name) or _ADDED.get(name) or UNKNOWN


def priority(name: str) -> int:
    return spec(name).priority


def judged_as(name: str) -> str:
    return spec(name).judged_as


def is_model(name: str) -> bool:
    return spec(name).judged_as == MODEL


def anchors_party(name: str) -> bool:
    return spec(name).anchors_party


def contact(name: str) -> str:
    return spec(name).contact


def version_hash() -> str:
    """A short hash of the app's table and the term lists the judge reads: it changes with them."""
    digest = hashlib.sha256()
    for entry in RECOGNIZERS:
        digest.update(json.dumps(astuple(entry)).encode())
    for path in sorted(terms_dir().glob("*.txt")):
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:10]
