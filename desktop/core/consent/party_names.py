"""What makes a name a document gives a party's name: labels, footers, defined terms and truncations
are not parties. Pure text rules, used when a document's parties are proposed (linking.py)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from desktop.core.text.stoplist import FIELD_LABELS, is_role_phrase
from desktop.core.text.terms import base_name, normalise_name

# Labels of the next field or of a notice block, which end a name ("ATTN", "Telephone", "E-mail").
_LABEL_WORDS = [*FIELD_LABELS, "ATTN", "Attn", "Attention", "Telephone", "Tel", "Phone", "Fax", "Telefax",
                "Facsimile", "E-?mail(?: Address)?", "Email Address", "Address", "Mobile", "Telefon", r"z\.Hd"]
_LABELS = "|".join(dict.fromkeys(f"{w}|{w.upper()}" for w in _LABEL_WORDS))
_TRAILING_LABEL = re.compile(rf"(?:\s+(?:{_LABELS})\.?:?)+$")
_LEADING_LABEL = re.compile(rf"^(?:(?:{_LABELS})\.?:\s*|(?:Name|NAME|ATTN|Attn|Attention|ATTENTION)\.?\s+)+")
_POSSESSIVE = re.compile(r"[’']s?$")
# Words that head a signature block or a page rather than naming a signer ("AGREED TO AND ACCEPTED").
_HEADING = re.compile(r"(?i:\b(?:accepted|accepte|agreed|acknowledged|witness|whereof|signed|executed|approved|"
                      r"confirmed|signature|page|sincerely|confidential)\b)")
# A defined term, not a name: "Effective Date", "EffectiveDate", "the Marathon Parties".
_DEFINED_TERM = re.compile(r"(?i:date|parties|party|parteien|partei|vertragsparteien)$")


def clean_name(name: str) -> str:
    """A name without the field labels around it, a possessive or a trade-mark sign: "Name How Kok
    Choong", "Joseph Moravec Email Address", "PivX's", "Gridiron BioNutrients™" name "How Kok Choong",
    "Joseph Moravec", "PivX", "Gridiron BioNutrients"."""
    name = " ".join(name.replace("™", " ").replace("®", " ").split())
    name = _LEADING_LABEL.sub("", name)
    name = _TRAILING_LABEL.sub("", name).strip(" ,;:")
    return _POSSESSIVE.sub("", name) if " " not in name else name  # "PivX's" in "PivX's signature"


def is_heading(name: str) -> bool:
    return _HEADING.search(name) is not None


def is_defined_term(name: str, document_text: str) -> bool:
    """A term the contract defines rather than a name: it ends in "Date" or "Parties", or the contract
    also writes it in lower case ("the Racing Team" beside "a racing team"): names are not."""
    if _DEFINED_TERM.search(name.replace(" ", "")) or is_role_phrase(name):
        return True
    if name == name.lower() or not any(c.isupper() for c in name[1:] + name[:1]):
        return False
    lowered = r"(?<![\w&@./-])" + re.escape(" ".join(name.split()).lower()) + r"(?![\w&@-])"
    return re.search(lowered, document_text) is not None


def without_truncations(names: list[str]) -> list[str]:
    """Drop a name that only starts or only ends a longer one found too ("Mutual Insurance Corporation"
    of "... of America", "Detto" of "Detto Technologies", "Mobility LLC" of "AT&T Mobility LLC",
    "COM, INC." of "EDIETS.COM, INC."): proposing both would make two parties of one."""
    keys = {normalise_name(n) for n in names}
    texts = {" ".join(n.split()).casefold() for n in names}

    def part(name: str) -> bool:
        key, text = normalise_name(name), " ".join(name.split()).casefold()
        return (any(k != key and (k.startswith(key + " ") or k.endswith(" " + key)) for k in keys)
                or any(t != text and t.endswith(text) and t[-len(text) - 1] in " .&-" for t in texts))

    return [n for n in names if not part(n)]


def running_lines(texts: Iterable[str]) -> set[str]:
    """Lines that recur on most pages (running headers and footers, "Source: X, 10-K, 2019"): they name
    the filer or the document, not who contracts. Digits are folded so page numbers do not count."""
    texts = list(texts)
    if len(texts) < 3:
        return set()
    counts = Counter(key for text in texts for key in {_line_key(line) for line in text.splitlines()} if key)
    return {key for key, n in counts.items() if n >= max(3, len(texts) // 2)}


def without_running_lines(text: str, running: set[str]) -> str:
    if not running:
        return text
    # blanked, not removed: offsets into the page stay those of the findings
    return "".join(" " * len(line.rstrip("\n")) + line[len(line.rstrip("\n")):] if _line_key(line) in running else line
                   for line in text.splitlines(keepends=True))


def _line_key(line: str) -> str:
    return re.sub(r"\d+", "#", " ".join(line.split()))


def initials(name: str) -> set[str]:
    """The initials a name may be shortened to, with and without its small words and legal form:
    "Mutual Insurance Corporation of America" gives "MICOA" and "MICA"."""
    words = [w for w in re.split(r"[\s\-]+", name.strip(" ,.")) if w and w[0].isalnum()]
    with_small = "".join(w[0] for w in words).upper()
    without = "".join(w[0] for w in words if not w.islower()).upper()
    out = {with_small, without}
    body = [w for w in words if base_name(f"x {w}") != "x"]  # without its legal form
    out |= {"".join(w[0] for w in body).upper(), "".join(w[0] for w in body if not w.islower()).upper()}
    return {i for i in out if len(i) >= 2}
