"""Attributes of a person, English and German: occupation ("primary school teacher", "Ingenieurin"),
age ("aged 45", "63 years old") and nationality or group (spaCy's NORP: "Kurdish", "Swedish"). Each names no one alone and singles a person out with the rest (a quasi-identifier
class); the model's nationality before a law, court or language names the jurisdiction, not a person."""

from __future__ import annotations

import re

from desktop.core.detect.base import RegexRecognizer
from desktop.core.detect.numbers import NUMBER_WORDS
from desktop.core.detect.registry import is_model
from desktop.core.model import EntityType
from desktop.core.text.stoplist import is_role_phrase

# Occupations, from the major groups of the ILO's ISCO-08 as people write them; the roles a contract
# gives its signatories (director, officer, manager) are left to the signature block and the stoplist.
_OCCUPATIONS = """
accountant actor actress architect artist auditor baker banker barrister biologist bookkeeper builder
businessman businesswoman butcher carpenter cashier chef chemist cleaner clerk cook craftsman dancer
dentist designer doctor driver economist editor electrician engineer entrepreneur farmer firefighter
fisherman gardener geologist hairdresser housewife journalist labourer laborer lecturer librarian
locksmith mechanic merchant midwife miner musician nurse painter pensioner pharmacist photographer
physician physicist physiotherapist pilot plumber poet politician porter postman priest professor
programmer psychiatrist psychologist publisher radiologist reporter researcher sailor scientist
seaman shepherd shopkeeper singer soldier student surgeon tailor taxi-driver teacher technician
therapist trader translator veterinarian waiter waitress watchman welder writer imam pastor rabbi
Arzt Ärztin Lehrer Lehrerin Ingenieur Ingenieurin Krankenschwester Journalist Journalistin Landwirt
Rentner Rentnerin Student Studentin Kaufmann Kauffrau Handwerker Polizist Polizistin
lawyer advocate solicitor notary dancer captain corporal sergeant lieutenant colonel major-general
Rechtsanwalt Rechtsanwältin Anwalt Anwältin Notar Notarin
"""
_OCCUPATION_PHRASES = """
police officer civil servant medical practitioner general practitioner research assistant teaching
assistant university professor school teacher primary school teacher secondary school teacher
social worker security guard lorry driver truck driver bus driver taxi driver shop assistant
factory worker construction worker office worker farm worker care worker nursing assistant
army officer military officer naval officer customs officer prison officer tax inspector
"""
_WORDS = sorted({w for w in _OCCUPATIONS.split()} | {w + "s" for w in _OCCUPATIONS.split() if w.islower()},
                key=len, reverse=True)


def _phrases() -> list[str]:
    words = _OCCUPATION_PHRASES.split()
    known = {"officer", "servant", "practitioner", "assistant", "professor", "teacher", "worker", "guard",
             "driver", "inspector"}
    out, current = [], []
    for w in words:  # a phrase ends at its head noun
        current.append(w)
        if w in known:
            out.append(" ".join(current))
            current = []
    return sorted(out, key=len, reverse=True)


# The kind of work before the occupation belongs to it ("ballet dancer", "artillery captain", "retired
# non-commissioned officer"): up to two lower-case words that are no article, pronoun, preposition or verb.
_NOT_MODIFIER_WORDS = ("a an the as was is were are be been being his her their its our my your who which that "
                  "and or of for to by with from at in on into former also then worked works became become "
                  "employed appointed any each every some other such this these those no not two three four five six seven "
                  "eight nine ten several many few")
_NOT_MODIFIERS = _NOT_MODIFIER_WORDS.split()
_MODIFIER = (r"(?:(?:(?!(?:" + "|".join(_NOT_MODIFIERS) + r")\b)[a-z][a-z\-\u2011]{2,}\s+){1,2}(?=[A-Za-zÄÖÜäöü]))?")
OCCUPATION = re.compile(
    r"(?<![\w-])" + _MODIFIER + r"(?:" + "|".join(re.escape(p).replace(r"\ ", r"\s+") + "s?" for p in _phrases())
    + "|" + "|".join(re.escape(w) for w in _WORDS) + r")(?![\w-])")
_AGE_NUMBER = r"(?:\d{1,3}|" + NUMBER_WORDS + r")"
# a date of birth is a date (detect/dates.py); only the age is this class's
AGE = re.compile(r"(?i:(?<![\w-])(?:aged|age\s+of|im\s+Alter\s+von)\s+" + _AGE_NUMBER + r"(?:\s+(?:years|Jahren))?"
                 r"|(?:(?<=age is )|(?<=age was ))" + _AGE_NUMBER + r"(?!\s*(?:%|per|days|months))"
                 r"|(?<![\w-])" + _AGE_NUMBER + r"\s+years\s+of\s+age"
                 r"|(?<![\w-])" + _AGE_NUMBER + r"[\s-]+years?[\s-]+old|(?<![\w-])" + _AGE_NUMBER
                 + r"-year-old|(?<![\w-])" + _AGE_NUMBER + r"\s+Jahre\s+alt)(?!\w)")
_JURISDICTION_AFTER = re.compile(r"\s+(?:law|laws|courts?|language|GAAP|Civil\s+Code|Commercial\s+Code|"
                                 r"Recht|Gerichte?|Sprache)\b", re.IGNORECASE)




# A signatory's job title: in a "Title:" field, or after the name it belongs to, behind a comma or in the
# next column of a signature block ("Robert W. Stallings, President", "Janet M. Baker,     President").
_TITLE = (r"(?:(?:Senior|Executive|Vice|Assistant|Deputy|Sr\.?|SR|Exec\.|EVP|SVP)\s+)*(?:President|Chief\s+[A-Z][a-z]+"
          r"(?:\s+[A-Z][a-z]+)?\s+Officer|CEO|CFO|COO|CTO|Chairman|Chairwoman|Chair|Secretary|Treasurer|General\s+Manager|"
          r"Managing\s+Director|Director|Manager|General\s+Counsel|Partner|Owner|Geschäftsführer(?:in)?|"
          r"Prokurist(?:in)?|Vorstand|Vorsitzende[rn]?)")
TITLE_FIELD = re.compile(r"\b(?:Title|Titel|Position|Funktion)\s*:[ \t]*(?P<value>[A-Z][^\n:]{1,60}?)"
                         r"(?=[ \t]*(?:\n|$|[ \t]{2}|[A-Z][a-z]+:))")
_WORD_BEFORE = re.compile(r"([\w’']+)\.?(?:,\s+|[ \t]{3,})$")
TITLE_AFTER_NAME = re.compile(r"(?<=[a-z.])(?:,\s+|[ \t]{3,})(?P<value>" + _TITLE + r")\b")


class OccupationRecognizer(RegexRecognizer):
    ENTITY = EntityType.DEMOGRAPHIC
    PATTERNS = (("occupation", OCCUPATION, 0.5), ("job title", TITLE_FIELD, 0.6), ("job title", TITLE_AFTER_NAME, 0.5))

    def refine(self, text: str, start: int, end: int) -> tuple[int, int] | None:
        """A title after a role word is a list of roles ("the Company, Director or Manager"), not a person's."""
        before = _WORD_BEFORE.search(text, max(0, start - 60), start)
        return None if before and is_role_phrase(before.group(1)) else (start, end)
    CONTEXT = ("profession", "occupation", "works as", "employed as", "beruf")


# Each alternative of AGE holds one of these (its look-behind's "age is " too), in the same case-blind
# sense; on the development contracts 19 pages of 262 do, and AGE costs a tenth of what it did.
_AGE_WORDS = re.compile(r"(?i:aged|age\s+of|alter\s+von|age\s+is\s|age\s+was\s|years\s+of\s+age|years?[\s-]+old|"
                        r"jahre\s+alt)")


class AgeRecognizer(RegexRecognizer):
    ENTITY = EntityType.DEMOGRAPHIC
    PATTERNS = (("age", AGE, 0.6),)
    PREFILTER = _AGE_WORDS
    CONTEXT = ("age", "born", "old", "alter", "geboren")


_NATIONAL = re.compile(r"\s+(?:nationals?|citizens?|Staatsangehörige[rn]?)\b")


def nationalities(text: str, items: list[dict]) -> list[dict]:
    """The model's nationalities and groups; one before a law, court or language names the jurisdiction,
    no attribute of a person, and is the PLACE it stands for ("governed by German law", as "the laws of
    Delaware" is); one before "national" or "citizen" takes the word in ("a Turkish national")."""
    out = []
    for i in items:
        if i["entity_type"] == EntityType.DEMOGRAPHIC and is_model(i["recognizer"]):
            if _JURISDICTION_AFTER.match(text, i["end"]):
                i = {**i, "entity_type": EntityType.PLACE.value,
                     "explanation": {**i["explanation"], "model_type": i["entity_type"], "jurisdiction": True}}
            if (m := _NATIONAL.match(text, i["end"])) is not None:
                i = {**i, "end": m.end()}
        out.append(i)
    return out
