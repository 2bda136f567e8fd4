"""Whether a page's text layer says what the page shows.

A PDF's text layer is what its fonts' character maps say the glyphs are. When a map is wrong (an
old converter, a subset font with a broken ToUnicode, an obfuscated file), the page shows a name
while extraction reads letter salad: detection finds nothing and a verifier that trusts the layer
calls the page clean. Contract prose is full of function words ("the", "of", "der", "de"); a
layer with almost none among many words is suspect, and OCR of the rendering settles it.
"""

from __future__ import annotations

import re

# The commonest function words (articles, pronouns, prepositions, conjunctions, auxiliaries) of
# English, German, French, Spanish, Italian and Dutch; written for Clearance from general knowledge
# of the languages, not from any contract.
FUNCTION_WORDS = frozenset(["a", "an", "the", "and", "or", "but", "if", "of", "to", "in", "on", "at", "by", "for", "with", "from", "as", "into", "onto", "upon", "over", "under", "about", "after", "before", "between", "through", "during", "without", "within", "against", "among", "this", "that", "these", "those", "it", "its", "he", "she", "they", "them", "his", "her", "their", "we", "our", "you", "your", "i", "me", "my", "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "do", "does", "did", "shall", "will", "would", "should", "may", "might", "must", "can", "could", "not", "no", "nor", "all", "any", "each", "such", "other", "than", "then", "there", "here", "which", "who", "whom", "whose", "what", "when", "where", "why", "how", "so", "also", "only", "same", "both", "either", "neither", "per", "via", "herein", "hereof", "hereto", "hereby", "thereof", "therein", "whereas", "under", "until", "unless", "while", "der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "eines", "einem", "einen", "und", "oder", "aber", "wenn", "von", "zu", "im", "in", "an", "auf", "aus", "bei", "mit", "nach", "seit", "vom", "zum", "zur", "für", "über", "unter", "gegen", "ohne", "um", "durch", "ist", "sind", "war", "waren", "wird", "werden", "wurde", "hat", "haben", "hatte", "kann", "können", "muss", "soll", "sollen", "darf", "nicht", "kein", "keine", "sich", "sie", "er", "es", "wir", "ihr", "ihre", "sein", "seine", "dieser", "diese", "dieses", "als", "auch", "nur", "wie", "so", "dass", "daß", "le", "la", "les", "un", "une", "des", "du", "de", "et", "ou", "mais", "si", "à", "au", "aux", "en", "dans", "sur", "sous", "par", "pour", "avec", "sans", "entre", "est", "sont", "été", "être", "avoir", "a", "ont", "ce", "cette", "ces", "qui", "que", "dont", "il", "elle", "ils", "elles", "nous", "vous", "leur", "leurs", "son", "sa", "ses", "ne", "pas", "el", "los", "las", "unos", "unas", "del", "al", "y", "o", "pero", "si", "en", "con", "sin", "por", "para", "sobre", "entre", "es", "son", "fue", "ser", "estar", "este", "esta", "estos", "estas", "que", "quien", "cuyo", "su", "sus", "no", "se", "lo", "il", "lo", "gli", "i", "una", "uno", "e", "o", "ma", "se", "di", "da", "in", "con", "su", "per", "tra", "fra", "è", "sono", "essere", "avere", "questo", "questa", "che", "non", "het", "een", "en", "of", "maar", "als", "van", "te", "in", "op", "aan", "bij", "met", "voor", "door", "naar", "uit", "is", "zijn", "was", "waren", "wordt", "worden", "heeft", "hebben", "dit", "dat", "deze", "die", "niet", "geen", "ook"])

MIN_WORDS = 10  # on a page with fewer words the share says nothing; a table or a title page may still pass (OCR then agrees)
MAX_FUNCTION_SHARE = 0.08  # prose in these languages runs at 30-50%; letter salad at a few per cent (by chance)
_WORD = re.compile(r"[^\W\d_]{1,}")


def function_word_share(text: str) -> tuple[float, int]:
    """(share of the words that are function words, number of words)."""
    words = [w.casefold() for w in _WORD.findall(text)]
    if not words:
        return 0.0, 0
    return sum(w in FUNCTION_WORDS for w in words) / len(words), len(words)


def looks_garbled(text: str) -> bool:
    """A text layer with many words and almost no function word: its character maps may be wrong.
    A list or a table can look the same, so this only says a page is worth reading by OCR."""
    share, count = function_word_share(text)
    return count >= MIN_WORDS and share <= MAX_FUNCTION_SHARE


def agreement(layer_text: str, ocr_words: list[str]) -> float:
    """Share of the words OCR read well (four letters or more) that the text layer also holds;
    1.0 when OCR read no such word (nothing to contradict the layer)."""
    layer = {w.casefold() for w in _WORD.findall(layer_text)}
    read = [w.casefold() for word in ocr_words for w in _WORD.findall(word) if len(w) >= 4]
    if not read:
        return 1.0
    return sum(w in layer for w in read) / len(read)
