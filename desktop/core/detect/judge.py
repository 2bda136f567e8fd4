"""Judge each proposal of a document: keep what identifies a party, person or contact, suppress the
rest with the reason (suppressed findings stay stored and can be shown), and give every finding a
confidence with its reasons. Runs once per document, after per-page detection and after propagation."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from desktop.core.detect import registry
from desktop.core.detect.anchors import NO_ANCHOR
from desktop.core.detect.context import DocumentContext
from desktop.core.detect.dates import MONTH
from desktop.core.detect.gazetteer import locate
from desktop.core.detect.organisations import as_organisation
from desktop.core.detect.places import as_place
from desktop.core.detect.sentences import crosses_sentence
from desktop.core.detect.termlists import classify
from desktop.core.model import EntityType, Finding, Source, Status
from desktop.core.text.contacts import CONTACT
from desktop.core.text.stoplist import ROLE_WORDS, is_document_name, is_role_phrase

_NAME_TYPES = (EntityType.PERSON, EntityType.COMPANY)


def _words_of(text: str) -> list[str]:
    return text.split()


# Confidence by what supports a proposal: the share of distinct proposals with that support that
# identify someone on the 16 labelled development contracts, (true + 1) / (all + 2) so that a small
# count is not taken for certainty (bench/precision.py --calibrate prints the counts).
# A name anchored to a party (detect/anchors.py) is "party name"; what is left of the parties clause,
# acronyms, signatures and spread names is what no anchor holds.
CONFIDENCE = {"pattern": 0.95, "legal form": 0.97, "known party": 0.95, "same name": 0.96,
              "parties clause": 0.71, "signature or contact": 0.96, "party acronym": 0.75,
              "holds a party name": 0.94, "postal address": 0.94, "model only": 0.62, "suppressed": 0.06,
              "party name": 0.99}
_MORE_ROLES = frozenset(_words_of("""vendor vendors manufacturer sponsor reseller indemnitee indemnitees indemnitor sublicensee
sublicensees subcontractors person persons representative representatives addressee addressees designee designees
controlling inspected inspecting party's parties' agency agencies undersigned shareholder shareholders director
directors board committee panel counsel officer officers employees personnel"""))
_CONTACT_CUE = re.compile(r"(?:By:\s*(?:/s/)?|/s/|Name:|Attention:?|Attn\.?:?|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|c/o|"
                          r"Signature:?|Witness(?:\s+Name)?:?)\s*$", re.IGNORECASE)


def judge(pages: dict, findings: list[Finding], context: list[Finding] | None = None,
          known_parties: Iterable[str] = (), document: DocumentContext | None = None,
          ) -> tuple[list[Finding], list[Finding]]:
    """(every finding with its state and confidence, new findings trimmed out of fragments). The
    document's parties are read from `context` (default: the findings judged) and `known_parties`
    (the names and aliases of the parties linked to it), or taken from `document`, read from them
    already."""
    ctx = document or DocumentContext(pages, findings if context is None else context, tuple(known_parties))
    judged, trimmed = [], []
    for f in findings:
        if f.source == Source.MANUAL or f.status not in (Status.PROPOSED, Status.SUPPRESSED) or f.start < 0:
            judged.append(f)
            continue
        support, drop = assess(f, ctx)
        page = ctx.pages.get(f.page)
        if drop and (place := as_place(f, drop, page) or as_organisation(f, drop, page)) is not None:
            f, drop = place, None  # a quasi-identifier, not nothing
        if drop == "fragment across punctuation" and registry.judged_as(f.recognizer) == registry.LEGAL_FORM:
            part = _trim_fragment(ctx, f)
            if part is not None:
                trimmed.append(part)
                drop = f"fragment across punctuation (the name is proposed as {part.text!r})"
        judged.append(_with_state(f, support, drop, ctx))
    return judged, [_with_state(t, *assess(t, ctx), ctx) for t in trimmed]


def _with_state(f: Finding, support: str, drop: str | None, ctx: DocumentContext) -> Finding:
    """The finding proposed or suppressed; a suppressed name says which party anchor it lacked, a
    party's name which anchor holds it."""
    confidence = CONFIDENCE["suppressed"] if drop else CONFIDENCE[support]
    if drop and f.entity_type in _NAME_TYPES and drop not in _NOT_ANCHOR_RULES:
        drop = f"{drop} ({NO_ANCHOR})"
    reasons = [f"suppressed: {drop}"] if drop else [support]
    explanation = {**f.explanation, "confidence": confidence}
    if support == "party name" and not drop and (anchor := ctx.anchors.anchor_of(f.text)):
        reasons.append(anchor.origin)
        explanation["anchor"] = anchor.as_explanation()
    if not drop and registry.contact(f.recognizer) == registry.NOTICE:
        reasons.append(CONTACT_REASON)
        explanation["role"] = CONTACT  # the consent side proposes it as a contact, never as a party
    explanation["reasons"] = reasons
    return replace(f, status=Status.SUPPRESSED if drop else Status.PROPOSED, explanation=explanation)


def assess(f: Finding, ctx: DocumentContext) -> tuple[str, str | None]:
    """(what supports the proposal, why it is suppressed or None)."""
    judged_as = registry.judged_as(f.recognizer)
    if f.entity_type in _MODEL_QUASI_TYPES and judged_as == registry.MODEL:
        return "pattern", _quasi_guess_check(f, ctx)
    if f.entity_type not in _NAME_TYPES and not (f.entity_type == EntityType.ADDRESS and judged_as == registry.MODEL):
        return "pattern", _pattern_check(f)
    if judged_as in (registry.PATTERN, registry.SAME_NAME) and f.source != Source.PROPAGATED:
        return "pattern", None  # a pattern, or a recognizer this judge does not know, vouches for its own names
    if f.entity_type in _NAME_TYPES and (anchor := ctx.anchors.anchor_of(f.text)):
        # a party's name beats every rule below; only its lower-case use is another word
        lower = f.text == f.text.lower() and anchor.name != anchor.name.lower()
        return "party name", (_LOWER_PARTY if lower else None)
    if crosses_sentence(f.text):
        return "model only", "fragment across punctuation"
    if judged_as == registry.LEGAL_FORM:
        return "legal form", _legal_form_check(f, ctx)
    if judged_as == registry.KNOWN_PARTY:
        return "known party", None
    if f.source == Source.PROPAGATED:
        seed = f.explanation.get("name", "")
        lower = f.text == f.text.lower() and seed != seed.lower()
        return "same name", ("lower-case use of the word" if lower else _seed_check(seed, f, ctx))
    return _assess_model(f, ctx)


CONTACT_REASON = "a contact named in a notices clause: no consent needed, redacted"
_LOWER_PARTY = "lower-case use of a party's name (the party writes it with capitals)"
_NOT_ANCHOR_RULES = (_LOWER_PARTY,)
# An "address" that is a date ("June 5", "12 Sept. 2020"): a month's name or abbreviation as a word of its
# own; a street that only begins like one ("Junckplatz 48", "Marienplatz 1") is an address.
_DATE = re.compile(rf"^(?:\d{{1,2}}\s+)?{MONTH}\s+\d", re.IGNORECASE)
_FUNCTION_WORDS = frozenset(_words_of("the of and or to a an for in on by with should shall furthermore however concerning if "
                            "when where unless then also this that"))


def _pattern_check(f: Finding) -> str | None:
    """Structured identifiers stand, except an address that is a date and a web address with no name."""
    if f.entity_type == EntityType.ADDRESS and _DATE.match(f.text.strip()):
        return "number or date"
    if f.entity_type == EntityType.URL and not re.search(r"[A-Za-z]{3,}", f.text):
        return "number or date"  # "1.Se": a numbered line read as a domain
    return None


# A place or group the model guessed from one capitalised word is read like its guesses of names: the
# contract's role words ("Sublicensee", "Indemnitor") and words it also writes in lower case ("Equipment", "Liens") are no place and no nationality. A place the
# gazetteer knows stays one, whatever the role-word list says ("England", "Wales").
_MODEL_QUASI_TYPES = (EntityType.PLACE, EntityType.DEMOGRAPHIC)


def _quasi_guess_check(f: Finding, ctx: DocumentContext) -> str | None:
    text = f.text
    if f.entity_type == EntityType.PLACE and locate(text) is not None:
        return None
    if ctx.anchors.anchor_of(text):  # "Cerus" the model took for a place is the party's name, proposed as one
        return "a party's name"
    return _role(text) or _document_name(text) or (_lower_case(text, ctx) if len(text.split()) == 1 else None)


def _defined_phrase(f: Finding, ctx: DocumentContext) -> str | None:
    """"the Protected Field": a phrase of several words the contract defines, no place the gazetteer
    knows. One quoted word may be a person's or party's short name ("Tanbay"), and a span that opens
    with a quote is a place named in quotes, so neither is taken for a term."""
    text = f.text
    if len(text.split()) < 2 or re.search(r"[\"“”„«»]", text) or locate(text) is not None:
        return None
    return "defined term" if ctx.is_defined_term(text) else None


def _legal_form_check(f: Finding, ctx: DocumentContext) -> str | None:
    """A legal form that is an English word ("Company") after a comma, a function word or a heading is
    a clause, not a name; one followed by "Law" or "Act" is a statute."""
    text = " ".join(f.text.split())
    body = _without_form(text)
    if is_role_phrase(body):
        return "role word"
    words = body.split()
    if re.search(r",\s*(?:Company|Corporation|COMPANY|CORPORATION)$", text):
        return "fragment across punctuation"
    if words and (words[0].lower() in _FUNCTION_WORDS or words[-1].lower() in _FUNCTION_WORDS):
        return "fragment across punctuation"
    if re.search(r"[a-z]", text.split()[-1]) and body.isupper() and len(body) > 3:
        return "heading or section title"  # "INDEMNITY Company": a heading in capitals before a role word
    if re.match(r"\s+(?:Law|Act|Code)\b", ctx.pages[f.page].text[f.end:f.end + 6]):
        return "law or standard"
    if re.search(r"(?:Company|Corporation)$", text) and ctx.is_defined_term(text):
        return "defined term"
    return None


def _seed_check(seed: str, f: Finding, ctx: DocumentContext) -> str | None:
    """A propagated name is judged by the name it spreads: never a role, term, list entry or definition."""
    drop = (_role(seed) or _listed(seed, False) or _document_name(seed) or _not_a_person(f, seed)
            or (_lower_case(seed, ctx) if " " not in seed.strip() else None))
    if drop:
        return drop
    if _acronym(seed) and fold_key(seed) in ctx.generic_acronyms:
        return "technical term"
    if ctx.is_defined_term(seed) and not ctx.holds_party_name(seed):
        return "defined term"
    return None


def fold_key(text: str) -> str:
    return " ".join(text.split()).lower()


def _not_a_person(f: Finding, text: str) -> str | None:
    words = [w.lower() for w in text.split()]
    if f.entity_type == EntityType.PERSON and any(w in ("to", "and", "or", "the", "of") for w in words):
        return "not a person's name"
    return None


def _assess_model(f: Finding, ctx: DocumentContext) -> tuple[str, str | None]:
    text = f.text
    support = _anchor(f, ctx)
    if support == "model only" and ctx.holds_party_name(text):
        return "holds a party name", None
    address = support == "postal address"
    drop = (_lower_start(text) or _role(text) or _listed(text, address) or _document_name(text)
            or _digits(text) or _numbered_heading(text, ctx) or _not_a_person(f, text) or _address_word(text))
    if drop or support in ("signature or contact", "party acronym"):
        return support, drop
    if support == "parties clause":  # the model's place and name guesses there are trusted, not its terms
        # nor an organisation made of common words: the parties' own names there are anchored (anchors.py)
        common = f.entity_type == EntityType.COMPANY and f.explanation.get("generic_words")
        return support, (("defined term" if ctx.is_defined_term(text) else None) or _lower_case(text, ctx)
                         or ("common words" if common else None))
    if f.entity_type == EntityType.ADDRESS and not address:  # a place, unless the contract defines it
        return support, (_defined_phrase(f, ctx) or classify(text, ("jurisdictions",))
                         or "place named outside a postal address")
    if address:
        return support, None
    if ctx.is_defined_term(text):
        return support, "defined term"
    if _acronym(text) and (fold_key(text) in ctx.generic_acronyms
                           or fold_key(text) not in ctx.acronyms_defined and "&" not in text):
        return support, "technical term"  # a party's acronym is defined in the contract
    if ctx.is_heading(f):
        return support, "heading or section title"
    if ctx.used_in_lower_case(text):
        return support, "lower-case use elsewhere in the document"
    if f.explanation.get("generic_words") and not _person_shape(f, ctx):
        return support, "common words"
    return support, None


def _anchor(f: Finding, ctx: DocumentContext) -> str:
    if _acronym(f.text) and " ".join(f.text.split()).lower() in ctx.party_aliases:
        return "party acronym"
    if ctx.in_parties_clause(f):
        return "parties clause"
    before = ctx.pages[f.page].text[max(0, f.start - 20):f.start]
    if f.entity_type == EntityType.PERSON and (_CONTACT_CUE.search(before) or ctx.near_contact(f)):
        return "signature or contact"
    if ctx.in_address(f):
        return "postal address"
    return "model only"


def _trim_fragment(ctx: DocumentContext, f: Finding) -> Finding | None:
    """The part after the last sentence break, without leading numbers or lower-case words."""
    page = ctx.pages[f.page]
    start = f.start
    for m in re.finditer(r"[.;:]\s+", f.text):
        if crosses_sentence(f.text[:m.end() + 1]):
            start = f.start + m.end()
    while True:
        m = re.match(r"(?:\d[\d,.]*|[a-z][\w’']*)\s+", page.text[start:f.end])
        if not m:
            break
        start += m.end()
    text = page.text[start:f.end]
    if start == f.start or start >= f.end or is_role_phrase(_without_form(text)):
        return None
    boxes = page.span_boxes(start, f.end)
    return replace(f, start=start, text=text, boxes=boxes, id=None,
                   explanation={**f.explanation, "trimmed_from": " ".join(f.text.split())}) if boxes else None


def _without_form(text: str) -> str:
    return re.sub(r",?\s+(?:Inc|Incorporated|LLC|L\.L\.C|Ltd|Limited|Corp|Corporation|Company|Co|GmbH|AG|"
                  r"L\.P|LP|S\.A|plc)\.?$", "", text.strip(), flags=re.IGNORECASE)


def _words(text: str) -> list[str]:
    return re.findall(r"[A-Za-z][\w’'&\-]*", text)


def _lower_start(text: str) -> str | None:
    words = [w for w in text.split() if w.lower() not in ("the", "a", "an")]
    return "lower-case phrase" if words and words[0].islower() else None


def _role(text: str) -> str | None:
    if is_role_phrase(text):
        return "role word"
    words = [w.lower().rstrip("’'s") if w.lower().endswith(("’s", "'s")) else w.lower() for w in _words(text)]
    roles = [w for w in words if w in ROLE_WORDS or w in _MORE_ROLES]
    if roles and all(w in ROLE_WORDS or w in _MORE_ROLES or w in ("the", "of", "and", "or") for w in words):
        return "role word"
    return None


def _listed(text: str, address: bool) -> str | None:
    names = ("laws_standards", "public_bodies", "technical_terms") + (() if address else ("jurisdictions",))
    return classify(text, names)


_ROLE_START = frozenset(_words_of("""vendor vendor's vendor’s reseller reseller's reseller’s licensee licensor supplier customer
client contractor subcontractor manufacturer distributor sponsor sublicensee sublicensees sublicensee's
sublicensee’s purchaser seller buyer company company's company’s party third indemnified indemnifying receiving
disclosing authorized affiliate affiliates employee employees executive"""))


def _address_word(text: str) -> str | None:
    return "generic capitalised word" if fold_key(text) in ("suite", "ste", "floor", "unit", "room") else None


def _lower_case(text: str, ctx: DocumentContext) -> str | None:
    return "lower-case use elsewhere in the document" if ctx.used_in_lower_case(text) else None


def _numbered_heading(text: str, ctx: DocumentContext) -> str | None:
    """"20.9 Severability", "C. Subject": a section number or letter, then a word the contract also
    writes in lower case; or a phrase that starts with a role word ("Vendor Provided Equipment")."""
    m = re.match(r"^(?:\d+(?:\.\d+)*\.?|[A-Z]\.)\s+(.+)$", text.strip())
    if m and (text[0].isdigit() or ctx.used_in_lower_case(m.group(1).split()[0])):
        return "heading or section title"
    words = re.sub(r"^(?:the|a|an)\s+", "", " ".join(text.split()), flags=re.IGNORECASE).split()
    if len(words) >= 2 and words[0].lower() in _ROLE_START:
        return "role word"
    return None


# "Exhibit AA-4", "Appendix BA - Removal", "New Exhibits AA-1": a part of the document by its letter or
# number, whatever follows it, names no one.
_DOCUMENT_PART = re.compile(r"^(?i:(?:the\s+|new\s+)?(?:exhibits?|appendix|appendices|schedules?|annex(?:es)?|"
                            r"attachments?|anlagen?|anhang))\s+[A-Z0-9]{1,4}(?:[.\-][A-Z0-9]{1,4})*\b")


def _document_name(text: str) -> str | None:
    if _DOCUMENT_PART.match(" ".join(text.split())):
        return "section reference"
    return "document name" if is_document_name(text) else None


def _digits(text: str) -> str | None:
    letters = sum(c.isalpha() for c in text)
    return "number or date" if letters < 2 or sum(c.isdigit() for c in text) > letters else None


def _person_shape(f: Finding, ctx: DocumentContext) -> bool:
    """Two to four capitalised words with a middle initial ("Frank D.P. Ellis"), a surname that is
    no common word ("Glenn Anderson") or common words written only as a name ("Leonard Evans"), as a
    person's name is written; not "Completion Dates"."""
    words = f.text.split()
    if f.entity_type != EntityType.PERSON or not 2 <= len(words) <= 4 or not all(w[0].isupper() for w in words):
        return False
    initial = any(re.fullmatch(r"(?:[A-Z]\.)+", w) for w in words[1:-1])
    return initial or not f.explanation.get("generic_words") or _written_only_as_name(f, ctx)


_ARTICLE_BEFORE = re.compile(r"(?<![\w-])(?:the|a|an)\s+$", re.IGNORECASE)


def _written_only_as_name(f: Finding, ctx: DocumentContext) -> bool:
    """No article before it and none of its words, singular or plural, in lower case anywhere in the
    contract: common words used as a person's name ("Leonard Evans"), not a term ("the Plasma Disk",
    "Target Dates" beside "the date of delivery")."""
    if _ARTICLE_BEFORE.search(ctx.pages[f.page].text[max(0, f.start - 5):f.start]):
        return False
    forms = {form for w in _words(f.text) if len(w) > 2
             for form in (w, w + "s", re.sub(r"(?<=..)s$", "", w), re.sub(r"(?<=..)es$", "", w))}
    return not any(ctx.used_in_lower_case(form) for form in forms)


def _acronym(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return " " not in text.strip() and len(letters) >= 2 and all(c.isupper() for c in letters)

