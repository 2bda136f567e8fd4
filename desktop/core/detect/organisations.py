"""Organisations that are no party (courts, public bodies, regulators, banks, auditors, insurers,
schools, parties and associations): the judge used to suppress them as naming no party; they are
ORGANISATION quasi-identifiers, since a court reveals a place and a bank or auditor links a contract to
its parties. They stay out of the direct figures: a party's own name is anchored before any of these
rules (detect/judge.py)."""

from __future__ import annotations

import re
from dataclasses import replace

from desktop.core.detect.registry import is_model
from desktop.core.model import EntityType, Finding

# The judge's reason for a listed public body or court (detect/termlists.py).
PUBLIC_BODY = "public body or court"
# Other reasons the judge gives a model-found organisation ("the Söke Labour Court (“the Court”)",
# "the Social Insurance Authority"): such a name is an institution when a word of it is the kind of
# institution.
_COMMON = ("defined term", "lower-case use elsewhere in the document", "common words", "fragment across punctuation")
_INSTITUTION = re.compile(
    r"\b(?:Authority|Authorities|Government|Ministry|Police|Gendarmerie|Prosecutor(?:’s|'s)?\s+Office|Office|"
    r"Bank|Bancorp|Sparkasse|Landesbank|University|Universität|Hospitals?|Clinic|Klinikum|Council|Parliament|"
    r"Municipality|Municipalities|Prefecture|Governorship|Inspectorate|Directorate|Department|Bureau|Agency|"
    r"Courts?|Tribunal|Commission|Prison|Army|Armed\s+Forces|Staff|Auditors?|Insurance|Insurers?|Versicherung|"
    r"Behörde|Gericht|Ministerium|Railways?|Registry|Ombudsman|Institute|Association|Union|Party|Foundation|"
    r"School|Academy|College|Board|Treasury|Chamber|Church|Ensemble|Borough|Assembly)\b")
# A name made only of the words that name a kind of court, ministry or government ("the Supreme Court",
# "the Court of Appeal", "the Ministry of Foreign Affairs") is one of a kind in every country and singles no
# one out; a word of its own makes it one institution: a place ("Istanbul", "the Turkish Government", which
# tells the country as "Turkey" does) or what it does ("Military", "Social Insurance").
_KIND = """the of for and supreme high higher federal constitutional administrative district regional
county circuit local court courts tribunal appeal appeals cassation first instance government parliament ministry
minister office department foreign affairs justice defence defense interior internal finance health education
state republic european international human rights commission nations"""
_KIND_WORDS = frozenset(_KIND.split())
# An institution's name in its own language or its acronym, in brackets after it: "(Amtsgericht)", "(ECJ)".
_OTHER_NAME = re.compile(r"[ \t]*\((?=[^()\n]{2,80}\))(?P<inner>[“\"„]?[A-ZÀ-Ý][^()\n]*)\)")
_ACRONYM = re.compile(r"[A-Z][A-Z0-9\-]{1,9}")
_NAME_BEFORE_BRACKET = re.compile(r"([A-Z][^()\n]{3,80}?)[ \t]*\([^()\n]*$")
_ARTICLE = re.compile(r"^(?:the|The|THE)\s+")


def is_institution(name: str) -> bool:
    """"Kayseri Administrative Court", "Social Insurance Authority", "Turkish Armed Forces": a name with
    the kind of institution in it and a word of its own; not "the Supreme Court", "Purchase Order"."""
    name = " ".join(name.split())
    if _INSTITUTION.search(name) is None:
        return False
    own = [w for w in re.findall(r"[^\W\d_]+", name) if w.casefold() not in _KIND_WORDS
           and _INSTITUTION.fullmatch(w) is None]
    return bool(own) and "Third" not in own  # not "the Council", "the Chamber", "Third Party"


def as_organisation(f: Finding, reason: str, page=None) -> Finding | None:
    """A model-found organisation the judge would suppress for `reason`, as the ORGANISATION it is,
    when it is an institution (`is_institution`) or a listed public body with a word of its own ("the
    Bundeskartellamt"); None if it is something else (a role word, a heading, a law). With the `page`,
    the span loses a leading article and takes in the institution's other name in brackets after it."""
    if not is_model(f.recognizer) or f.entity_type != EntityType.COMPANY:
        return None
    text = f.text.split("(")[0] if reason.startswith("fragment") else f.text  # "Police (Fremdenpolizei"
    if not text.strip() or (reason.startswith("fragment") and "(" not in f.text):
        return None
    if page is not None and _ACRONYM.fullmatch(f.text) and _stands_for_institution(page.text, f.start, f.end):
        return replace(f, entity_type=EntityType.ORGANISATION.value,
                       explanation={**f.explanation, "model_type": f.entity_type, "not_a_party": reason})
    listed = reason.startswith(PUBLIC_BODY) and not f.explanation.get("generic_words")
    if not (listed or ((reason.startswith(PUBLIC_BODY) or reason in _COMMON) and is_institution(text))):
        return None
    org = replace(f, entity_type=EntityType.ORGANISATION.value,
                  explanation={**f.explanation, "model_type": f.entity_type, "not_a_party": reason})
    return _whole_name(org, f.start + len(text.rstrip(" \t")), page) if page is not None else org


def _stands_for_institution(text: str, start: int, end: int) -> bool:
    """An acronym beside the institution it abbreviates: "PKK (the Kurdistan Workers' Party)", "the
    People’s Labour Party (Halkın Emek Partisi, HEP)"."""
    after = _OTHER_NAME.match(text, end) or re.match(r"[ \t]*\((?:the\s+)([^()\n]{3,80})\)", text[end:])
    if after is not None and is_institution(after.group(after.lastindex or 0)):
        return True
    before = _NAME_BEFORE_BRACKET.search(text, max(0, start - 120), start)
    return before is not None and is_institution(before.group(1))


def _whole_name(f: Finding, end: int, page) -> Finding:
    """The organisation from its first word to `end`, then over a bracket with its other name."""
    start = f.start + (m.end() if (m := _ARTICLE.match(f.text)) else 0)
    if (other := _OTHER_NAME.match(page.text, end)) is not None:
        end = other.end()
    boxes = page.span_boxes(start, end)
    if (start, end) == (f.start, f.end) or not boxes:
        return f
    return replace(f, start=start, end=end, text=page.text[start:end], boxes=boxes, id=None)
