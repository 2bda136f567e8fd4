"""Which words of a document are ordinary: the detector's common-word index (read without loading the model's
pipeline: a tenth of a second, not two), inflections, German nouns, and the words contracts are made of."""

from __future__ import annotations

import importlib.util
import re
from collections.abc import Iterable
from functools import cache
from pathlib import Path

from desktop.core.detect.analyzer import model_name
from desktop.core.detect.termlists import german_words
from desktop.core.pdf.textlayer import FUNCTION_WORDS
from desktop.core.text.stoplist import FIELD_LABELS, ROLE_WORDS


def word_set(text: str) -> frozenset[str]:
    return frozenset(text.split())


def _is_word(token: str, words: frozenset[str]) -> bool:
    """In the index, or a plural of a word in it (as detection's common-word flag reads it)."""
    stems = (token, token[:-1] if token.endswith("s") else "", token[:-2] if token.endswith("es") else "",
             token[:-3] + "y" if token.endswith("ies") else "")
    return len(token) <= 3 or any(s in words for s in stems if s)


MONTHS = word_set("january february march april may june july august september october november december "
                "januar februar märz april mai juni juli august oktober dezember")

FUNCTION = FUNCTION_WORDS | word_set("seinen ihren")

# Words of contracts that the general word index lacks: archaic clause words, and party roles in -ee/-or.
_CONTRACT_WORDS = word_set("""whereof witnesseth hereinafter hereunder thereunder herewith hereinabove therefor
notwithstanding gentlemen recitals indemnitee indemnitees indemnitor indemnitors sublicensee sublicensees designee
designees licensor licensors attn re cc encl ref danach sollte sollten weitere weiteren sofern soweit hiermit jedoch
insbesondere sowie gemäß hierzu hiervon ferner zudem außerdem sodann nachfolgend vorstehend nachdem falls""")
# Job titles and departments after "Name:" or "Attn:" ("Attn: Vice President", "Name: Chief Financial Officer").
_TITLE_WORDS = word_set("""vice chief senior executive general department division licensing environment engineering
marketing business development technology technical human resources compliance contracts contract administration
legal affairs operations office corporate assistant associate treasurer controller partner zeuge zeugin""")
LABELS = frozenset((*FIELD_LABELS, "Attn", "Attention", "Address", "Voice", "Facsimile", "Copy", "Email", "E-mail",
                     "Phone", "Fax", "Tel", "Telephone", "Notices", "Notice"))
_PREFIXES = ("non", "re", "sub", "un", "co", "pre", "inter", "multi", "over", "under", "out", "counter", "anti", "self")
# German capitalises every noun: a word after an article ("die Vereinbarung", "der vertraulichen Informationen")
# is a noun wherever the document writes it, and so is one with a noun's ending or a known word as its last part.
_GERMAN_ARTICLE = re.compile(r"\b(?:der|die|das|den|dem|des|ein|eine|einer|eines|einem|einen|zur|zum|im|vom|beim|ins|"
                             r"kein|keine|keinen|keiner|jede|jeder|jedes|jeden|diese|dieser|dieses|diesen|seine|"
                             r"seiner|seinen|ihre|ihrer|ihren|sämtliche|sämtlichen|etwaige|etwaigen)\s+"
                             r"(?:[a-zäöüß][\wäöüß-]*\s+){0,2}([A-ZÄÖÜ][a-zäöüß][\wäöüß-]*)")
_GERMAN_NOUN_ENDING = re.compile(r"(?:ung|heit|keit|schaft|tion|tät|nis|ismus|ierung|ität)(?:en|se|e|s)?$")
_GERMAN_INFLECTION = ("", "n", "en", "s", "es", "e", "er", "ern", "nen")
_ACRONYM_DEF = re.compile(r"\(\s*(?:the\s+)?[“\"']?([A-Z][A-Za-z&.-]{1,9})[”\"']?\s*\)")


class WordJudge:
    """Which words of a document are ordinary: in the common-word index (any inflection), written in
    lower case somewhere in the document, or an acronym it defines for ordinary words."""

    def __init__(self, texts: Iterable[str], words: frozenset[str] | None = None):
        texts = list(texts)
        self.words = common_words() if words is None else words
        self.lower = {w for t in texts for w in re.findall(r"(?<![\w@./-])[a-zäöüß][\w’'-]*", t)}
        self.lower |= {m.group(1).lower() for t in texts for m in _GERMAN_ARTICLE.finditer(t)}
        self.acronyms = {m.group(1).lower() for t in texts for m in _ACRONYM_DEF.finditer(t)
                         if self._expansion_common(t[max(0, m.start() - 120):m.start()], m.group(1))}

    def _expansion_common(self, before: str, acronym: str) -> bool:
        """The words an acronym abbreviates ("Free and Open Source Software (FOSS)") are all ordinary."""
        letters = [c for c in acronym if c.isupper()]
        words = re.findall(r"[A-Za-z][\w-]*", before)
        capitals = [w for w in words if w[0].isupper()][-len(letters):] if letters else []
        return (len(capitals) == len(letters) and [w[0] for w in capitals] == letters
                and all(self._known(w.lower()) for w in capitals))

    def common(self, word: str) -> bool:
        core = re.sub(r"(?i)[’']s$", "", word).strip(".’'-&,")
        core = re.sub(r"[.\d]+$", "", core)  # "September.05"
        low = core.lower()
        if sum(c.isalpha() for c in core) < 3 or re.fullmatch(r"(?i)[ivxlc]+", core):
            return True
        if "." in core and all(len(part) <= 2 for part in core.split(".")):  # C.F.R, U.S.C
            return True
        if low in self.lower or low in self.acronyms or (low.endswith("s") and low[:-1] in self.acronyms):
            return True
        parts = [p for p in low.split("-") if p]
        return self._known(low) or (len(parts) > 1 and all(self._known(p) for p in parts))

    def _known(self, low: str) -> bool:
        if low in ROLE_WORDS or low in FUNCTION_WORDS or low in _CONTRACT_WORDS or low in _TITLE_WORDS:
            return True
        if any(_is_word(stem, self.words) for stem in _stems(low)):
            return True
        for prefix in _PREFIXES:  # "Noninfringement", "Reinvestment", "Subchannel"
            if low.startswith(prefix) and len(low) - len(prefix) >= 4 and any(
                    _is_word(stem, self.words) for stem in _stems(low[len(prefix):])):
                return True
        return low in MONTHS or (len(low) >= 6 and bool(_GERMAN_NOUN_ENDING.search(low))) or self._german_compound(low)


    def _german_compound(self, low: str) -> bool:
        """A German contract word, inflected or as a part of a compound: "Monaten", "Abschlagszahlungen",
        "Preisblatt" (the curated German words only: an English word inside a name says nothing)."""
        german = german_words()
        for ending in _GERMAN_INFLECTION:
            base = low[: len(low) - len(ending)] if ending else low
            if not low.endswith(ending) or len(base) < 3:
                continue
            if base in german or any(base[i:] in german for i in range(1, len(base) - 3)):
                return True
        return any(low[:i] in german and len(low) - i >= 4 for i in range(5, len(low) - 3))


# Endings a word may be inflected or derived with, and what they replace. No "-er" or "-or": a
# surname is often a word plus one (Becker, Fischer, Miller), and "-er" words are in the index anyway.
_SUFFIXES = (("ied", "y"), ("ed", ""), ("ed", "e"), ("ing", ""), ("ing", "e"), ("ability", "able"),
             ("ibility", "ible"), ("ability", "e"), ("ity", ""), ("ity", "e"), ("able", ""), ("able", "e"),
             ("ly", ""), ("ment", ""), ("ness", ""))


def _stems(low: str) -> list[str]:
    """The word and what it may be inflected from: Supplied, Named, Omitted, Invoicing, Severability, Reimbursable."""
    out = [low]
    for suffix, repl in _SUFFIXES:
        if low.endswith(suffix) and len(low) - len(suffix) >= 3:
            stem = low[: -len(suffix)] + repl
            out.append(stem)
            if not repl and len(stem) > 3 and stem[-1] == stem[-2]:  # omitted, rotating
                out.append(stem[:-1])
    return out



def surname_after(word: str, after: str, judge: WordJudge) -> bool:
    """"Geisel" after "Bernhardine", "VENTURES" after "ZELLMORANT": a word written like the uncommon one
    before it, that the document never writes in lower case and that is no role, function, title or
    label word."""
    def style(w: str) -> str:
        return "upper" if w.isupper() and len(w) > 1 else "title" if w[:1].isupper() and w[1:].islower() else ""
    return bool(style(word)) and style(word) == style(after.rstrip(".,")) and \
        after.lower().strip(".,") not in judge.lower and not plain_word(after)


def plain_word(word: str) -> bool:
    """A word that starts no name: a role, function, title or field label word."""
    low = re.sub(r"[’']s$", "", word.strip(".,’'").lower())
    return low in ROLE_WORDS or low in FUNCTION or low in _TITLE_WORDS or word.strip(".:,") in LABELS


@cache
def common_words(model: str | None = None) -> frozenset[str]:
    """The words `detect.spans.mark_generic` calls common: the spaCy model's English lemma index (the
    table `detect.analyzer.english_words` reads from the loaded lemmatizer) and the German contract words."""
    return english_index(model_name(model)) | german_words()


def english_index(model: str) -> frozenset[str]:
    """The lemma index in the model package's files; empty when the model has none (another model)."""
    try:
        spec = importlib.util.find_spec(model)
    except (ImportError, ValueError):
        return frozenset()
    if spec is None or not spec.submodule_search_locations:
        return frozenset()
    import srsly

    for folder in spec.submodule_search_locations:
        for path in sorted(Path(folder).glob("**/lemmatizer/lookups/lookups.bin")):
            index = srsly.msgpack_loads(path.read_bytes()).get("lemma_index", {})
            return frozenset(w for words in index.values() for w in words)
    return frozenset()
