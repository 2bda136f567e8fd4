"""People a notices clause names to be reached ("Attn: John Smith", "c/o", "with a copy to", "z. Hd.",
"zu Händen", "Ansprechpartner"): contacts, not parties. Their names are redacted like anyone's, but
they sign nothing and consent to nothing, so they are never proposed as a party or a signer.
Pure text rules, read by detection (the recognizer) and by the consent side (linking)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from desktop.core.text.first_characters import guarded
from desktop.core.text.stoplist import is_role_phrase
from desktop.core.text.terms import normalise_name

CONTACT = "contact"  # the role a finding's explanation gives a name a notices clause names

# The cue before a contact's name; a title (Mr., Frau) may stand between them.
_CUE = (r"(?:\b(?i:attn|attention)\b\.?\s*:?|(?<!\w)(?i:c/o)\b|\b(?i:with\s+a\s+copy\s+to|copy\s+to)\s*:?|"
        r"\b(?i:z\.\s?Hd\.?|zu\s+Händen)(?:\s+(?i:von|des|der))?\s*:?|\b(?i:Ansprechpartner(?:in)?|Kontaktperson)\s*:?)")
_TITLE = r"(?:(?i:Mr|Mrs|Ms|Dr|Prof|Herrn?|Frau)\.?[ \t\u00a0]+)*"
# A word of a person's name ("O'Neil", "Smith-Jones", "Müller") or an initial ("A.").
_WORD = r"[A-ZÄÖÜ](?:[^\W\d_]*(?:[’'\-][A-ZÄÖÜ]?[^\W\d_]+)+|[^\W\d_]+|\.)"
_LEGAL_FORM = r"(?i:Inc|Incorporated|LLC|L\.L\.C|Ltd|Limited|Corp|Corporation|Company|Co|GmbH|AG|KG|SE|plc|LLP|LP|S\.A|B\.V)"
_TITLE_WORD = r"(?i:Mr|Mrs|Ms|Dr|Prof|Herrn?|Frau)\.?[ \t\u00a0]"
# The name is read whole (an atomic group): cut short, "Frau Anna Schmidt an die" would give "Frau Anna".
# Run over every page: behind the look-ahead for its first characters (first_characters.py).
_CONTACT = guarded(re.compile(_CUE + r"[ \t\u00a0]*\n?[ \t\u00a0]*" + _TITLE + rf"(?!{_TITLE_WORD})"
                      + rf"(?P<name>(?>{_WORD}(?:[ \u00a0]{_WORD}){{1,3}}))"
                      # not the start of a company's name
                      + rf"(?![^\W_])(?![ \t]*(?:&|,?[ \t]+{_LEGAL_FORM}\b))"))
_FORM_WORD = re.compile(rf"(?<!\w){_LEGAL_FORM}\.?(?!\w)")
# Words that stand where a contact's name goes but name an office, not a person ("Attn: General Counsel").
_NOT_A_PERSON = frozenset(re.findall(r"\S+", """counsel general chief executive officer president vice director manager department
legal secretary treasurer head contracts notices accounts payable receivable finance compliance team office
board ceo cfo coo cto geschäftsführung geschäftsführer geschäftsführerin rechtsabteilung abteilung vorstand
leitung einkauf vertrieb buchhaltung lawyer attorney attorneys paralegal anwalt rechtsanwalt"""))


# A field label after the name ends it: "Attention: Mario Cibelli Email: ***" on one extracted line.
_FIELD_LABEL = re.compile(r"[ \u00a0](?i:e-?mail|mail|phone|telephone|tel|fax|facsimile|mobile|cell|address|"
                          r"telefon|telefax|handy|adresse)\b")


def contact_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each person's name that follows a contact cue in `text`."""
    out = []
    for m in _CONTACT.finditer(text):
        name = m.group("name")
        if (label := _FIELD_LABEL.search(name)) is not None:
            name = name[:label.start()]
            if len(name.split()) < 2:  # a first name alone is no name to propose
                continue
        words = {w.strip(".").lower() for w in name.split()}
        if (words & _NOT_A_PERSON or is_role_phrase(name) or _FORM_WORD.search(name)
                or not any(len(w) > 2 for w in name.split())):
            continue
        out.append((m.start("name"), m.start("name") + len(name)))
    return out


def contact_names(texts: Iterable[str]) -> set[str]:
    """The normalised names of every contact the texts name (for matching, as `normalise_name` folds)."""
    return {normalise_name(text[s:e]) for text in texts for s, e in contact_spans(text)}
