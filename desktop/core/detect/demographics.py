"""Attributes of a person, English and German: occupation ("primary school teacher", "Ingenieurin"),
age ("aged 45", "63 years old") and nationality or group (spaCy's NORP: "Kurdish", "Swedish"). Each names no one alone and singles a person out with the rest (a quasi-identifier
class); the model's nationality before a law, court or language names the jurisdiction, not a person."""

from __future__ import annotations

import re

from desktop.core.detect.base import RegexRecognizer
from desktop.core.detect.numbers import NUMBER_WORDS
from desktop.core.detect.registry import is_model
from desktop.core.model import EntityType

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


OCCUPATION = re.compile(
    r"(?<![\w-])(?:" + "|".join(re.escape(p).replace(r"\ ", r"\s+") + "s?" for p in _phrases())
    + "|" + "|".join(re.escape(w) for w in _WORDS) + r")(?![\w-])")
_AGE_NUMBER = r"(?:\d{1,3}|" + NUMBER_WORDS + r")"
# a date of birth is a date (detect/dates.py); only the age is this class's
AGE = re.compile(r"(?i:(?<![\w-])(?:aged|im\s+Alter\s+von)\s+" + _AGE_NUMBER + r"(?:\s+(?:years|Jahren))?"
                 r"|(?<![\w-])" + _AGE_NUMBER + r"[\s-]+years?[\s-]+old|(?<![\w-])" + _AGE_NUMBER
                 + r"-year-old|(?<![\w-])" + _AGE_NUMBER + r"\s+Jahre\s+alt)(?!\w)")
_JURISDICTION_AFTER = re.compile(r"\s+(?:law|laws|courts?|language|GAAP|Civil\s+Code|Commercial\s+Code|"
                                 r"Recht|Gerichte?|Sprache)\b", re.IGNORECASE)




class OccupationRecognizer(RegexRecognizer):
    ENTITY = EntityType.DEMOGRAPHIC
    PATTERNS = (("occupation", OCCUPATION, 0.5),)
    CONTEXT = ("profession", "occupation", "works as", "employed as", "beruf")


class AgeRecognizer(RegexRecognizer):
    ENTITY = EntityType.DEMOGRAPHIC
    PATTERNS = (("age", AGE, 0.6),)
    CONTEXT = ("age", "born", "old", "alter", "geboren")


def nationalities(text: str, items: list[dict]) -> list[dict]:
    """The model's nationalities and groups, less those before a law, court or language (the governing
    law is no attribute of a person)."""
    return [i for i in items if not (i["entity_type"] == EntityType.DEMOGRAPHIC and is_model(i["recognizer"])
                                      and _JURISDICTION_AFTER.match(text, i["end"]))]
