"""The parts a postal address is made of, as regular expressions: streets, units, postcodes, states, countries."""

from __future__ import annotations

import re
from collections.abc import Iterator


def _split(text: str) -> list[str]:
    return text.split()


def _words(text: str) -> str:
    return "|".join(sorted((re.escape(w) for w in text.split("|") if w), key=len, reverse=True))


# A capitalised word, in capitals or not ("Gateway", "APELDOORN", "Saint-Honoré", "AT&T", "Hwy.")
CAP = r"[A-ZÀ-ÖØ-Þ][\wÀ-ÿ’'&\-]*\.?"
# Small words inside a name ("Avenue of the Americas", "Route de Bazancourt", "Frankfurt am Main")
PARTICLE = _words("of|the|de|du|des|la|le|les|del|della|dei|di|da|do|dos|das|e|y|am|an|der|den|dem|im|zum|zur|auf|"
                  "bei|ob|sur|sous|en|upon|on|van|von|op|aan|het|ter|ten|in|'s")
# Street words: English and Romance ones stand as words, Germanic ones also end compounds ("Hauptstraße")
_STREET_WORD_LIST = (
    "Street|St.|Road|Rd.|Rd|Avenue|Ave.|Ave|Av.|Boulevard|Blvd.|Blvd|Drive|Dr.|Lane|Ln.|Way|Court|Ct.|Ct|CT|"
    "Place|Pl.|Plaza|Square|Sq.|Terrace|Parkway|Pkwy.|Pkwy|Highway|Hwy.|Hwy|Expressway|Expy.|Freeway|Circle|"
    "Cir.|Crescent|Close|Row|Mews|Gardens|Grove|Ridge|Trail|Turnpike|Pike|Alley|Wharf|Quay|Broadway|Causeway|"
    "rue|Rue|avenue|boulevard|bd|Bd|place|chemin|Chemin|allée|Allée|impasse|Impasse|quai|Quai|route|Route|"
    "cours|Cours|passage|Passage|voie|Voie|Calle|calle|C/|Avenida|avenida|Avda.|Paseo|paseo|Carretera|Ctra.|"
    "Camino|Ronda|Travesía|Glorieta|Rambla|Rua|rua|Travessa|Largo|Praça|Estrada|Alameda|Calçada|Rodovia|"
    "Via|via|Viale|viale|Piazza|piazza|Piazzale|Corso|corso|Vicolo|Strada|strada|Lungotevere|Contrada|Borgo")
_STREET_WORDS = _words(_STREET_WORD_LIST)
# "-Ring" only after a hyphen: "Engineering" and "Offering" end in "ring" too
_STREET_SUFFIXES = ("straße|strasse|str.|weg|gasse|allee|platz|-ring|damm|ufer|chaussee|steig|pfad|markt|"
                    "straat|laan|gracht|plein|kade|dijk|singel|steeg|dreef|vej|gatan|vägen|veien")
_STREET_SUFFIX = "(?:" + "|".join(re.escape(w) for w in _STREET_SUFFIXES.split("|")) + ")"
STREET_WORD = rf"(?:(?<![\w.])(?:{_STREET_WORDS}|Ring)(?![\w])|(?<![\w])[\w\-]*{_STREET_SUFFIX}(?![\w]))"
STREET_WORD_RE = re.compile(STREET_WORD, re.IGNORECASE)


def _shared_beginnings(words: list[str]) -> str:
    """The words as one alternation that writes each shared beginning once ("st(?:reet|\\.)"): Python's
    regex engine then compares one character per branch where a flat list has it try every word."""
    by_first: dict[str, list[str]] = {}
    for word in sorted(set(words)):
        by_first.setdefault(word[0], []).append(word[1:])
    branches = []
    for first, rests in by_first.items():
        longer = [rest for rest in rests if rest]
        if len(rests) == 1:
            branches.append(re.escape(first + rests[0]))
        else:
            optional = "?" if len(longer) < len(rests) else ""
            branches.append(f"{re.escape(first)}(?:{_shared_beginnings(longer)}){optional}")
    return "|".join(branches)


# Every match of STREET_WORD_RE ends in a street word, "Ring" or a street suffix before a character that is
# no letter, digit or "_". Looked for in the page's lower case, without the pattern's look-behinds and
# case-blind letters, this is found about fifteen times faster than the pattern.
_STREET_WORD_ENDINGS = [w.lower() for w in _STREET_WORD_LIST.split("|")] + ["ring"] + _STREET_SUFFIXES.split("|")
_STREET_WORD_ENDING = re.compile(rf"(?:{_shared_beginnings(_STREET_WORD_ENDINGS)})(?![\w])")
# Case-blind matching takes a character for a letter of those words exactly when its lower case is that
# letter (checked for every character), except for these three, read as "i" and "s"; "İ" is also the one
# character whose lower case is two characters long. A page that holds one is read by the pattern alone.
_UNLIKE_THEIR_LOWER_CASE = re.compile("[\u0130\u0131\u017f]")
_NOT_SPACE = re.compile(r"\S*")


def street_words(text: str) -> Iterator[re.Match]:
    """The matches of STREET_WORD_RE.finditer(text), found faster: the pattern reads only the stretches
    between white space that hold the end of a street word. A match never holds white space, so it lies
    in such a stretch; the white space around a stretch is no letter, digit or "-", so the pattern's
    look-behind and look-ahead decide there as on the whole page, and no match runs from one stretch
    into the next."""
    if _UNLIKE_THEIR_LOWER_CASE.search(text):
        yield from STREET_WORD_RE.finditer(text)
        return
    read_to = 0
    for ending in _STREET_WORD_ENDING.finditer(text.lower()):
        start = ending.start()
        if start < read_to:
            continue  # in the stretch just read
        while start > read_to and not text[start - 1].isspace():
            start -= 1
        read_to = _NOT_SPACE.match(text, ending.end()).end()
        yield from STREET_WORD_RE.finditer(text, start, read_to)
# A street word that closes a street's name ("Granville Road", "Lini Highway"), as English names are written
STREET_TYPE_RE = re.compile(rf"(?:{_STREET_WORDS})", re.IGNORECASE)
# Compass points after or before a street name ("NE 21st Street", "Lake Blvd. NE", "30th Avenue S")
DIRECTION = r"(?:N\.E\.|N\.W\.|S\.E\.|S\.W\.|N\.|S\.|E\.|W\.|NE|NW|SE|SW|N|S|E|W)(?![\w])"
ORDINAL = r"\d{1,4}(?:st|nd|rd|th|ST|ND|RD|TH)\b"
_NUMBER_WORDS = "One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten"
# A house number: "23", "12a", "3-11", "17/2", "#3", "No. 92", "One"
HOUSE_NUMBER = (rf"(?:(?:No\.?|Nr\.?|N°|Nº|n°|#)\s?\d{{1,5}}[A-Za-z]?|\d{{1,6}}[A-Za-z]?(?:\s?[-–/]\s?\d{{1,5}}[A-Za-z]?)?"
                rf"|(?:{_NUMBER_WORDS})(?=\s+[A-Z]))")
# Words that stand inside an address after a capitalised word or number, but never end a name alone
NAME_WORD = rf"(?:{CAP}|{ORDINAL}|{DIRECTION})"
UNIT = (r"(?:(?:Suite|SUITE|Ste\.?|STE\.?|Unit|UNIT|Apt\.?|APT\.?|Fl\.|Rm\.?|Bldg\.?|Mailstop|Mail\s+Stop|Dept\.?|"
        r"Lvl\.?|Top|Int\.|(?i:Apartment|Floor|Room|Building|Level|Office|Tower|Block|Wing|Piso|Planta|Andar|"
        r"Edifício|Edificio|Bâtiment|Bloco|Bloque|Escalera|Sala|Loja|Escritório|Oficina|Puerta|Bureau|Étage|Etage|"
        r"Stock|Stiege|Scala|Interno|Piano|bus))\s?#?\s?[A-Z0-9][\w\-]{0,9}(?![\w])"
        r"|\d{1,3}(?:st|nd|rd|th|\.?º|\.?ª|\.|e|er|ème)?\s?(?i:Floor|Fl\.|Stock|OG|Etage|étage|andar|piso|piano|"
        r"verdieping)(?![\w])"
        r"|\d{1,2}/?F(?![\w])|#\s?\d{1,5}[A-Za-z]?(?![\w])|\d{1,3}-[Cc]home(?![\w])|[A-Z]\d{3,5}(?![\w]))")
POBOX = (r"(?:P\.?\s?O\.?\s?Box|PO\s?BOX|P\.O\.B\.|Post\s+Office\s+Box|Postfach|Apartado(?:\s+de\s+Correos)?|"
         r"Case\s+postale|Casella\s+postale|Caixa\s+Postal|Postbus|B\.?P\.)\s?\d{1,7}(?:[ ]\d{2,3}){0,3}(?![\w])")
BUILDING_WORD = _words("Plaza|Haus|House|Hous|Tower|Towers|Centre|Center|Building|Park|Campus|Complex|Court|Edifício|"
                       "Edificio|Torre|Wisma|Estate|Chambers|Hall|Mansion|Quarter|Business Park|Trade Center|Arcade|"
                       "Palazzo|Residence|Haus|Hof")
US_STATES = ("Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|"
              "Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|"
              "Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|"
              "North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|"
              "South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming|"
              "District of Columbia|Puerto Rico|Alberta|British Columbia|Manitoba|New Brunswick|Newfoundland|"
              "Nova Scotia|Ontario|Quebec|Québec|Saskatchewan")
_STATE_CODES = ("AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|"
                "OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|DC|PR|AB|BC|MB|NB|NL|NS|ON|PE|QC|SK")
# A state or province by its code ("CA", "NJ.", "QC") or an Italian province in brackets ("(MI)"); a
# state's name reads as a place ("Dallas, Texas 75219"), as "New York" and "Oklahoma City" must
STATE = rf"(?:(?:{_STATE_CODES})\.?(?![\w])|\([A-Z]{{2}}\))"
_COUNTRIES = ("United States of America|United States|USA|U.S.A.|United Kingdom|UK|U.K.|Great Britain|England|"
              "Scotland|Wales|Northern Ireland|Ireland|Germany|Deutschland|Federal Republic of Germany|Austria|"
              "Österreich|Switzerland|Schweiz|Suisse|Svizzera|France|Belgium|Belgique|België|Belgien|The Netherlands|"
              "Netherlands|Nederland|Niederlande|Holland|Luxembourg|Luxemburg|Italy|Italia|Italien|Spain|España|"
              "Spanien|Portugal|Denmark|Danmark|Sweden|Sverige|Norway|Norge|Finland|Suomi|Iceland|Poland|Polska|"
              "Czech Republic|Czechia|Slovakia|Hungary|Slovenia|Croatia|Romania|Bulgaria|Greece|Cyprus|Malta|"
              "Liechtenstein|Monaco|Estonia|Latvia|Lithuania|Turkey|Israel|Canada|Mexico|Brazil|Brasil|Argentina|"
              "Chile|Colombia|Peru|Japan|China|People's Republic of China|PRC|Hong Kong|Hong Kong SAR|Macau|Taiwan|"
              "Korea|Republic of Korea|South Korea|Singapore|Malaysia|Thailand|Vietnam|Indonesia|Philippines|India|"
              "Australia|New Zealand|South Africa|United Arab Emirates|UAE|Saudi Arabia|Qatar|Egypt|Nigeria|Kenya|"
              "Vanuatu|Cayman Islands|British Virgin Islands|Bermuda|Bahamas|Jersey|Guernsey|Isle of Man|Gibraltar|"
              "Channel Islands|Frankreich|Vereinigtes Königreich|Schweden|Dänemark|Norwegen|Polen|Japon|Giappone")
COUNTRY = rf"(?:(?:the\s+|The\s+|THE\s+)?(?:{_words(_COUNTRIES)})(?![\w]))"
COUNTRY_RE = re.compile(COUNTRY, re.IGNORECASE)
# Postcodes: ZIP and ZIP+4, Canadian, British, Dutch, Portuguese, Japanese, prefixed European, plain 4 or 5 digits
POSTCODE = (r"(?:\d{5}-\d{4}|[A-Z]\d[A-Z]\s?\d[A-Z]\d|[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}|\d{4}\s?[A-Z]{2}(?![\w])|"
            r"\d{4}-\d{3}|\d{3}-\d{4}|(?:[A-Z]{1,3}-)\d{4,5}|\d{5}|\d{4})(?![\w])(?!-\d)")
# A capitalised word that is never part of an address: labels, legal forms, titles, months, references
STOP_WORDS = frozenset(w.lower() for w in _split("""
Attention Attn Att Tel Tel. Telephone Phone Fax Facsimile Email E-mail Mail Telefon Telefax Tél Mobile Cell Web
Website Internet Re Subject Dear Gentlemen Ladies Sirs Copy Cc Name Title By Date Signature Witness Address
Inc Inc. Incorporated LLC L.L.C. Ltd Ltd. Limited Corp Corp. Corporation Company Co Co. GmbH AG SA S.A. SAS S.A.S.
SARL BV B.V. NV N.V. plc PLC LLP LP L.P. KG UG SE Lda Lda. S.L. SpA S.p.A. Srl S.r.l. Pty Holdings
Mr Mr. Mrs Mrs. Ms Ms. Prof Prof. Herr Frau
January February March April May June July August September October November December
Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Januar Februar März Juni Juli Oktober Dezember
Section Sections Article Articles Exhibit Schedule Annex Appendix Attachment Clause Paragraph Page Pages Rule Chapter
Part Item Days Day Years Year Months Month Weeks Hours Units Shares Percent Dollars Euro EUR USD
Agreement Party Parties Licensee Licensor Supplier Customer Vendor Buyer Seller Manufacturer Distributor
"""))
