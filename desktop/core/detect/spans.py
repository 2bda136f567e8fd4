"""Presidio results -> Findings: overlaps resolved, role words dropped, boxes from character boxes."""

from __future__ import annotations

import re

from desktop.core.detect import registry
from desktop.core.detect.address_extend import extend_addresses
from desktop.core.detect.demographics import nationalities
from desktop.core.detect.places import join_places, lone_places
from desktop.core.model import EntityType, Finding, Source
from desktop.core.pdf import PageText
from desktop.core.text.stoplist import FIELD_LABELS, is_role_phrase

_NAME_TYPES = {EntityType.PERSON, EntityType.COMPANY}
# A model-found name that ends in the next field's label ("Cheryl Tran Title" before ": General Counsel").
_LABEL_TAIL = re.compile(rf"\s+(?:{'|'.join(FIELD_LABELS)})$")


def result_to_dict(result, model: str = "") -> dict:
    """A Presidio RecognizerResult as plain JSON-able data (what workers send and the cache keeps)."""
    exp = result.analysis_explanation
    recognizer = (exp.recognizer if exp else None) or result.recognition_metadata.get("recognizer_name", "")
    explanation = {"recognizer": recognizer, "score": round(result.score, 3)}
    if exp is not None:
        explanation.update({k: v for k, v in {
            "pattern": exp.pattern_name, "original_score": round(exp.original_score, 3),
            "context_word": exp.supportive_context_word or None,
            "context_boost": round(exp.score_context_improvement, 3) or None,
            "validation": exp.validation_result, "text": exp.textual_explanation}.items() if v is not None})
    if registry.is_model(recognizer) and model:
        explanation["model"] = model
    return {"start": result.start, "end": result.end, "entity_type": result.entity_type,
            "score": round(result.score, 3), "recognizer": recognizer, "explanation": explanation}


def mark_generic(text: str, items: list[dict], words: frozenset[str]) -> None:
    """Flag model-found names and places made only of common English words: they are not propagated,
    and the document's judge suppresses them unless something else shows they name a party."""
    for item in items:
        if registry.is_model(item["recognizer"]) and words:
            tokens = re.findall(r"[A-Za-z]+", text[item["start"]:item["end"]])
            # a short word in capitals is an acronym ("DHL", "MMI"), not a common word
            common = [_is_word(t.lower(), words) and not (t.isupper() and 1 < len(t) <= 3) for t in tokens]
            if tokens and all(common):
                item["explanation"]["generic_words"] = True
            elif tokens and common[-1]:
                item["explanation"]["last_word_common"] = True  # "John Smith" may still be a person


def _is_word(token: str, words: frozenset[str]) -> bool:
    stems = (token, token[:-1] if token.endswith("s") else "", token[:-2] if token.endswith("es") else "",
             token[:-3] + "y" if token.endswith("ies") else "")
    return len(token) <= 3 or any(s in words for s in stems if s)


def _rank(item: dict) -> tuple:
    return (registry.priority(item["recognizer"]), item["end"] - item["start"], item["score"])


def _plausible(text: str, item: dict) -> bool:
    span = text[item["start"]:item["end"]]
    if sum(c.isalnum() for c in span) < 2:
        return False
    if item["entity_type"] in _NAME_TYPES:
        if is_role_phrase(span) or sum(c.isalpha() for c in span) < 2:
            return False
        if registry.is_model(item["recognizer"]) and not _plausible_ner_name(span):
            return False
    elif item["entity_type"] == EntityType.ADDRESS and registry.is_model(item["recognizer"]):
        # a lone place name ("California", "Berlin") locates no one; postal addresses come from patterns
        return len(span.split()) >= 2 or any(c.isdigit() for c in span)
    return True


def _plausible_ner_name(span: str) -> bool:
    """The small model tags headings and clauses set in capitals as organisations; names in capitals
    are found by the legal-form pattern and by propagation instead. A name never runs from one text
    block into the next (a heading into a table header, "Preisblatt\nPosition"): a name wrapped
    within a paragraph is joined with a space, not a block break, nor the tab between table cells."""
    if sum(c.isdigit() for c in span) > len(span) / 3 or "\n" in span or "\t" in span:
        return False
    letters = [c for c in span if c.isalpha()]
    return not (all(c.isupper() for c in letters) and (len(letters) > 5 or len(span.split()) >= 2))


_GERMAN_WORDS = frozenset(["der", "die", "das", "und", "ist", "nicht", "mit", "von", "den", "zu", "des", "im", "für", "auf", "eine", "einer", "wird", "sich", "dem", "bei", "nach", "oder", "werden", "durch", "dieses", "dieser", "vertrag"])
# Articles, pronouns and prepositions (with their contracted forms): a name on a German page never
# starts or contains one ("Zum Zeichen", "Gemäß Anlage").
_GERMAN_NOISE = frozenset(["der", "die", "das", "dieser", "diese", "dieses", "ein", "eine", "einer", "den", "dem",
                           "des", "von", "und", "zu", "mit", "im", "am", "zum", "zur", "beim", "vom", "ins", "ans",
                           "für", "auf", "bei", "nach", "unter", "über", "gemäß", "laut", "ohne", "gegen", "seit",
                           "aus", "als", "wie", "oder", "sowie", "bis", "ab", "je", "pro", "per"])


def is_german(text: str) -> bool:
    words = re.findall(r"[a-zäöüß]+", text.lower())
    return len(words) >= 20 and sum(w in _GERMAN_WORDS for w in words) / len(words) > 0.08


def _on_german_page(text: str, item: dict, lower_case: set[str]) -> dict | None:
    """The English model reads capitalised German nouns as names: on a German page only a name of two
    to four capitalised words is kept from it, as a person; companies come from legal forms. The
    model often takes in the preposition before a name ("von Anna Berg freigegeben") and tags a
    person it does not know as an organisation ("berichtet an Anna Berg"): the preposition is cut
    off, and the organisation kept as the person it is shaped like (the judge still suppresses
    one made of common words), unless it reads as a German term (`_german_term`)."""
    if not registry.is_model(item["recognizer"]):
        return item
    if item["entity_type"] not in _NAME_TYPES:
        return None
    words = list(re.finditer(r"\S+", text[item["start"]:item["end"]]))
    while words and words[0].group().lower() in _GERMAN_NOISE:
        words.pop(0)
    while words and words[-1].group().lower() in _GERMAN_NOISE:
        words.pop()
    if not (2 <= len(words) <= 4 and all(w.group()[0].isupper() and w.group().lower() not in _GERMAN_NOISE
                                         for w in words)):
        return None
    start, end = item["start"] + words[0].start(), item["start"] + words[-1].end()
    if (start, end, item["entity_type"]) == (item["start"], item["end"], EntityType.PERSON):
        return item
    if item["entity_type"] != EntityType.PERSON and _german_term(text, start, words[0].group(), lower_case):
        return None
    explanation = dict(item["explanation"])
    if item["entity_type"] != EntityType.PERSON:
        explanation["model_type"] = item["entity_type"]
    if (start, end) != (item["start"], item["end"]):
        explanation["trimmed_from"] = " ".join(text[item["start"]:item["end"]].split())
    return {**item, "start": start, "end": end, "entity_type": EntityType.PERSON.value, "explanation": explanation}


_ARTICLE_BEFORE = re.compile(r"(?:^|\s)(?:der|die|das|den|dem|des|ein|eine|einer|eines|einem)\s+$", re.IGNORECASE)
# An inflected adjective ("Vertraulichen", "Technische", "Weitere"): no given name ends so.
_ADJECTIVE = re.compile(r"(?:lich|ig|isch|bar|sam|haft|los|er)(?:e|en|em|es)$")


def _german_term(text: str, start: int, first: str, lower_case: set[str]) -> bool:
    """An organisation the model found is a term, not a person, when an article stands before it
    ("die Vertraulichen Informationen"), its first word is an inflected adjective or one the page
    also writes in lower case ("weitere", "allgemeinen")."""
    return (_ARTICLE_BEFORE.search(text[max(0, start - 8):start]) is not None
            or (len(first) > 5 and _ADJECTIVE.search(first.lower()) is not None) or _stem(first) in lower_case)


def _stem(word: str) -> str:
    """A German word without its inflection ending ("vertraulichen" -> "vertraulich")."""
    word = word.lower()
    return re.sub(r"(?:en|em|er|es|e|n)$", "", word) if len(word) > 5 else word


def _lower_case_stems(text: str) -> set[str]:
    """The words a page writes in lower case, by stem: adjectives and verbs, never names."""
    return {_stem(w) for w in re.findall(r"(?<![\w-])[a-zäöüß][a-zäöüß]{3,}", text)}


def resolve_overlaps(text: str, items: list[dict]) -> list[dict]:
    """Keep one claim per character: the higher-ranked result wins; a same-type overlap merges into
    one span; a lower-ranked result keeps only a part left over outside the winner, if any. An address
    is one result first, whatever found its parts (`extend_addresses`)."""
    accepted: list[dict] = []
    items = join_places(text, lone_places(text, extend_addresses(text, items)))  # a place outside an address is a PLACE
    items = nationalities(text, items)
    if is_german(text):
        lower_case = _lower_case_stems(text)
        items = [i for i in (_on_german_page(text, i, lower_case) for i in items) if i is not None]
    for item in sorted((i for i in items if _plausible(text, i)), key=_rank, reverse=True):
        item = dict(item)
        for other in accepted:
            if item["end"] <= other["start"] or item["start"] >= other["end"]:
                continue
            if item["entity_type"] == other["entity_type"] and registry.priority(item["recognizer"]) >= 3:
                other["start"], other["end"] = min(other["start"], item["start"]), max(other["end"], item["end"])
                item = None
                break
            if item["start"] >= other["start"] and item["end"] <= other["end"]:
                item = None
                break
            if registry.is_model(item["recognizer"]) and registry.contact(other["recognizer"]) == registry.NOTICE:
                item = None  # the notices rule read this line: beside the name are its cue, a label or an office
                break
            # partial overlap: keep the longer remainder outside the winner
            left, right = (item["start"], other["start"]), (other["end"], item["end"])
            item["start"], item["end"] = max((left, right), key=lambda s: s[1] - s[0])
        if item is not None and _trim(text, item) and _drop_label_tail(text, item) and _plausible(text, item):
            accepted.append(item)
    return sorted(accepted, key=lambda i: (i["start"], i["end"]))


def _trim(text: str, item: dict) -> bool:
    """Strip surrounding spaces, punctuation and unpaired brackets or quotes; False when nothing is left."""
    start, end = item["start"], item["end"]
    while start < end and (text[start].isspace() or text[start] in ",;:\"'“”„"
                           or (text[start] == "(" and ")" not in text[start:end])):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:(\"'“”„"
                           or (text[end - 1] == ")" and "(" not in text[start:end])):
        end -= 1
    item["start"], item["end"] = start, end
    return end > start


def _drop_label_tail(text: str, item: dict) -> bool:
    """End a model-found name before a field label it ran into: the label's word is followed by a
    colon, and at least two words of the name remain."""
    if not registry.is_model(item["recognizer"]) or not re.match(r"[ \t]*:", text[item["end"]:]):
        return True
    span = text[item["start"]:item["end"]]
    tail = _LABEL_TAIL.search(span)
    if tail is not None and len(span[:tail.start()].split()) >= 2:
        item["end"] = item["start"] + tail.start()
    return True


def to_findings(page: PageText, items: list[dict], source: str = Source.DETECTED) -> list[Finding]:
    """Findings with one box per line, from the page's character boxes (never by searching text)."""
    out = []
    for i in items:
        boxes = page.span_boxes(i["start"], i["end"])
        if not boxes:
            continue
        out.append(Finding(page=page.number, start=i["start"], end=i["end"], entity_type=i["entity_type"],
                           text=page.text[i["start"]:i["end"]], boxes=boxes, score=i["score"],
                           recognizer=i["recognizer"], explanation=i["explanation"], source=source))
    return out
