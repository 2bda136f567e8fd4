"""Clause templates of the generated contracts, English and German.

Placeholders: {a} {b} refer to a party by its defined term (or, now and then, by its full name);
{A} {B} the same at the start of a sentence; German adds the cases {a_gen} {a_dat} {a_acc}.
{a.name} {a.caps} {a.address} {a.email} {a.phone} {a.url} {a.iban} {a.vat} {a.register}
{contact} {contact.email} {contact.phone} {date} {amount} are entities; {a.court} {city} plain.
"""

from __future__ import annotations

# Roles per contract kind: (A, B) as (defined term, nominative, genitive, dative, accusative).
ROLES = {
    "en": {
        "service": (("Customer",) * 5, ("Provider",) * 5),
        "supply": (("Buyer",) * 5, ("Supplier",) * 5),
        "nda": (("Disclosing Party",) * 5, ("Recipient",) * 5),
        "employment": (("Company",) * 5, ("Employee",) * 5),
    },
    "de": {
        "service": (
            ("Auftraggeber", "der Auftraggeber", "des Auftraggebers", "dem Auftraggeber", "den Auftraggeber"),
            ("Auftragnehmer", "der Auftragnehmer", "des Auftragnehmers", "dem Auftragnehmer", "den Auftragnehmer"),
        ),
        "supply": (
            ("Besteller", "der Besteller", "des Bestellers", "dem Besteller", "den Besteller"),
            ("Lieferant", "der Lieferant", "des Lieferanten", "dem Lieferanten", "den Lieferanten"),
        ),
        "nda": (
            ("Offenlegende Partei", "die offenlegende Partei", "der offenlegenden Partei", "der offenlegenden Partei", "die offenlegende Partei"),
            ("Empfangende Partei", "die empfangende Partei", "der empfangenden Partei", "der empfangenden Partei", "die empfangende Partei"),
        ),
        "employment": (
            ("Arbeitgeber", "der Arbeitgeber", "des Arbeitgebers", "dem Arbeitgeber", "den Arbeitgeber"),
            ("Arbeitnehmer", "der Arbeitnehmer", "des Arbeitnehmers", "dem Arbeitnehmer", "den Arbeitnehmer"),
        ),
    },
}

TITLES = {
    "en": {"service": "Services Agreement", "supply": "Supply Agreement", "nda": "Mutual Non-Disclosure Agreement", "employment": "Employment Agreement"},
    "de": {"service": "Dienstleistungsvertrag", "supply": "Liefervertrag", "nda": "Geheimhaltungsvereinbarung", "employment": "Arbeitsvertrag"},
}

WORDS = {
    "en": {
        "between": "between", "and": "and", "recitals": "Recitals", "whereas": "WHEREAS",
        "witness": "IN WITNESS WHEREOF the parties have executed this Agreement on the dates set out below.",
        "for": "For and on behalf of", "name": "Name:", "title": "Title:", "date": "Date:",
        "witnessed": "Witnessed by:", "page": "Page {page} of {total}", "schedule": "Schedule",
        "prices": "Price Schedule", "contacts": "Contacts", "definitions": "Definitions and Interpretation",
        "item": "Item", "price": "Price", "due": "Due date", "role": "Role", "email": "E-mail", "phone": "Phone",
        "rotated": "Delivery Plan (landscape)",
    },
    "de": {
        "between": "zwischen", "and": "und", "recitals": "Präambel", "whereas": "Vorbemerkung:",
        "witness": "Zum Zeichen ihres Einverständnisses haben die Parteien diesen Vertrag wie folgt unterzeichnet.",
        "for": "Für", "name": "Name:", "title": "Funktion:", "date": "Datum:",
        "witnessed": "Zeuge:", "page": "Seite {page} von {total}", "schedule": "Anlage",
        "prices": "Preisblatt", "contacts": "Ansprechpartner", "definitions": "Begriffsbestimmungen",
        "item": "Position", "price": "Preis", "due": "Fällig am", "role": "Funktion", "email": "E-Mail", "phone": "Telefon",
        "rotated": "Lieferplan (Querformat)",
    },
}

RECITALS = {
    "en": [
        "{A} operates a business in the field of its trade and wishes to engage {b} on the terms of this Agreement.",
        "{B} has the experience, personnel and resources needed to perform its obligations under this Agreement, and {a.caps} has relied on the representations of {b} in entering into it.",
        "The parties have held discussions since {date} and now wish to record the terms agreed between them.",
    ],
    "de": [
        "{A} ist in ihrem Geschäftsbereich tätig und beabsichtigt, {b_acc} nach Maßgabe dieses Vertrages zu beauftragen.",
        "{B} verfügt über die erforderliche Erfahrung, das Personal und die Mittel, um die Pflichten aus diesem Vertrag zu erfüllen.",
        "Die Parteien haben seit dem {date} Gespräche geführt und wollen das Ergebnis in diesem Vertrag festhalten.",
    ],
}

# (heading, paragraphs) per kind; COMMON follows the kind-specific clauses.
CLAUSES = {
    "en": {
        "service": [
            ("Services", [
                "{B} shall provide the services described in Schedule 1 (the \"Services\") to {a} with due skill, care and diligence and in accordance with good industry practice.",
                "{B} shall appoint {contact} ({contact.email}, {contact.phone}) as its account manager, who shall be the first point of contact of {a} for all matters relating to the Services.",
                "Any change to the Services requires a written change request signed by {a} and {b}. {b.name} shall not unreasonably refuse a change requested by {a}.",
            ]),
            ("Service Levels", [
                "{B} shall make the Services available 99.5% of each calendar month. If {b} fails to meet this level, {a} shall be entitled to a service credit of {amount} for each full percentage point.",
                "Incidents shall be reported to the service desk at {b.email} or by telephone on {b.phone}, twenty-four hours a day.",
            ]),
        ],
        "supply": [
            ("Supply of Products", [
                "{B} shall sell and {a} shall buy the products listed in the Price Schedule (the \"Products\") in the quantities stated in each purchase order issued by {a}.",
                "Each purchase order shall be sent to {b.email}. {B} shall confirm or reject a purchase order within five (5) Business Days; a purchase order not rejected is deemed accepted by {b.caps}.",
            ]),
            ("Delivery and Risk", [
                "{B} shall deliver the Products DAP (Incoterms 2020) to the premises of {a} at {a.address}, or such other address as {a} notifies in writing.",
                "Risk in the Products passes to {a} on delivery. Title passes on payment in full of the price of {amount} or the relevant part of it.",
            ]),
            ("Warranty", [
                "{B} warrants that the Products shall for a period of twenty-four (24) months from delivery conform to their specification and be free from defects in material and workmanship.",
            ]),
        ],
        "nda": [
            ("Confidential Information", [
                "\"Confidential Information\" means all information disclosed by {a} to {b}, whether before or after {date}, in any form, including business plans, customer lists, source code and the terms of this Agreement.",
                "{B} shall keep the Confidential Information secret, use it only for the evaluation of a possible business relationship with {a.name} (the \"Purpose\") and disclose it only to those of its employees who need to know it for the Purpose.",
            ]),
            ("Exceptions", [
                "The obligations of {b} do not apply to Confidential Information that is or becomes public other than through a breach of this Agreement, or that {b} can show was lawfully known to it before disclosure by {a}.",
            ]),
            ("Return of Information", [
                "On written request of {a}, {b} shall within ten (10) days return or destroy all Confidential Information and confirm this in writing to {contact} at {contact.email}.",
            ]),
        ],
        "employment": [
            ("Position and Duties", [
                "{A} employs {b} as {b.title} with effect from {date}. {B} shall report to {contact}, who may assign other reasonable duties consistent with that position.",
                "The place of work is the office of {a} at {a.address}. {a.name} may require {b} to work at other locations for short periods.",
            ]),
            ("Remuneration", [
                "{B} shall receive a gross annual salary of {amount}, payable in twelve equal monthly instalments in arrears into the account of {b} with IBAN {b.iban}.",
                "{A} may pay a discretionary bonus of up to {amount} per calendar year. No bonus is payable if {b} has given or received notice of termination before {date}.",
            ]),
            ("Working Time and Holidays", [
                "The normal working time is forty (40) hours per week. {B} is entitled to thirty (30) working days of paid holiday per calendar year, to be agreed with {contact}.",
            ]),
        ],
    },
    "de": {
        "service": [
            ("Vertragsgegenstand", [
                "{B} erbringt für {a_acc} die in Anlage 1 beschriebenen Leistungen (die \"Leistungen\") mit der Sorgfalt eines ordentlichen Kaufmanns und nach dem Stand der Technik.",
                "{B} benennt {contact} ({contact.email}, Tel. {contact.phone}) als Ansprechpartner für alle Fragen zu den Leistungen.",
                "Änderungen der Leistungen bedürfen eines schriftlichen Änderungsauftrags, der von {a.name} und {b.name} unterzeichnet ist.",
            ]),
            ("Verfügbarkeit", [
                "{B} stellt die Leistungen zu 99,5 % je Kalendermonat bereit. Wird diese Verfügbarkeit unterschritten, erhält {a} eine Gutschrift von {amount} je vollem Prozentpunkt.",
                "Störungen sind dem Service-Desk unter {b.email} oder telefonisch unter {b.phone} zu melden.",
            ]),
        ],
        "supply": [
            ("Lieferung von Waren", [
                "{B} verkauft und {a} kauft die im Preisblatt aufgeführten Waren (die \"Waren\") in den in der jeweiligen Bestellung genannten Mengen.",
                "Bestellungen sind an {b.email} zu richten. {B} bestätigt oder lehnt eine Bestellung innerhalb von fünf (5) Werktagen ab; eine nicht abgelehnte Bestellung gilt als von {b.caps} angenommen.",
            ]),
            ("Lieferung und Gefahrübergang", [
                "Die Lieferung erfolgt DAP (Incoterms 2020) an den Sitz {a_gen} in {a.address}.",
                "Die Gefahr geht mit der Übergabe auf {a_acc} über. Das Eigentum geht mit vollständiger Zahlung des Kaufpreises von {amount} über.",
            ]),
            ("Gewährleistung", [
                "{B} gewährleistet für einen Zeitraum von vierundzwanzig (24) Monaten ab Lieferung, dass die Waren der Spezifikation entsprechen und frei von Sach- und Rechtsmängeln sind.",
            ]),
        ],
        "nda": [
            ("Vertrauliche Informationen", [
                "\"Vertrauliche Informationen\" sind alle Informationen, die {a} {b_dat} vor oder nach dem {date} in beliebiger Form offenlegt, insbesondere Geschäftspläne, Kundenlisten und Quellcode.",
                "{B} hält die Vertraulichen Informationen geheim und verwendet sie ausschließlich zur Prüfung einer möglichen Geschäftsbeziehung mit der {a.name} (der \"Zweck\").",
            ]),
            ("Ausnahmen", [
                "Die Pflichten {b_gen} gelten nicht für Informationen, die ohne Verstoß gegen diese Vereinbarung öffentlich bekannt sind oder werden.",
            ]),
            ("Rückgabe", [
                "Auf schriftliche Anforderung {a_gen} gibt {b} alle Vertraulichen Informationen binnen zehn (10) Tagen zurück und bestätigt dies schriftlich gegenüber {contact} ({contact.email}).",
            ]),
        ],
        "employment": [
            ("Beginn und Tätigkeit", [
                "{B} wird mit Wirkung zum {date} als {b.title} eingestellt. {B} berichtet an {contact}.",
                "Arbeitsort ist der Sitz {a_gen} in {a.address}. Die {a.name} kann {b_acc} vorübergehend an anderen Orten einsetzen.",
            ]),
            ("Vergütung", [
                "{B} erhält ein Bruttojahresgehalt von {amount}, zahlbar in zwölf gleichen Monatsraten auf das Konto {b_gen} mit der IBAN {b.iban}.",
                "{A} kann eine freiwillige Sonderzahlung von bis zu {amount} je Kalenderjahr leisten.",
            ]),
            ("Arbeitszeit und Urlaub", [
                "Die regelmäßige Arbeitszeit beträgt vierzig (40) Stunden pro Woche. {B} hat Anspruch auf dreißig (30) Arbeitstage Urlaub im Kalenderjahr, abzustimmen mit {contact}.",
            ]),
        ],
    },
}

COMMON = {
    "en": [
        ("Fees and Payment", [
            "{A} shall pay {b} the fees of {amount} plus VAT within thirty (30) days of receipt of a correct invoice. Invoices shall state the VAT ID of {b.name} ({b.vat}) and of {a} ({a.vat}).",
            "All payments shall be made to the account of {b} with IBAN {b.iban}, or to such other account as {b} notifies to {a} in writing at least ten (10) days in advance.",
            "Late payments bear interest from the due date at the statutory rate. The first invoice is due on {date}.",
        ]),
        ("Term and Termination", [
            "This Agreement commences on {date} and continues for an initial term of twenty-four (24) months. Either party may terminate it by giving three (3) months' written notice expiring at the end of the initial term or at any time after.",
            "Either party may terminate this Agreement with immediate effect if the other commits a material breach that is not remedied within thirty (30) days of notice.",
        ]),
        ("Confidentiality", [
            "Each party shall keep confidential the Confidential Information of the other party and shall not use it for any purpose other than the performance of this Agreement. This clause survives termination for five (5) years.",
        ]),
        ("Data Protection", [
            "Each party shall comply with the General Data Protection Regulation. Questions on data protection may be addressed to the data protection officer of {a}, {contact}, at {contact.email}. Further information is available at {a.url}.",
        ]),
        ("Liability", [
            "Neither party excludes liability for death or personal injury caused by negligence or for fraud. Subject to this, the total liability of {b} in any contract year shall not exceed {amount}.",
        ]),
        ("Notices", [
            "Notices under this Agreement shall be in writing and sent to {a.name}, {a.address}, e-mail {a.email}, telephone {a.phone}, and to {b.name}, {b.address}, e-mail {b.email}, telephone {b.phone}, or to such other address as a party notifies.",
        ]),
        ("General", [
            "This Agreement constitutes the entire agreement between {a.caps} and {b.caps} and supersedes all prior agreements relating to its subject matter. No variation is effective unless in writing and signed by both parties.",
            "This Agreement is governed by the laws of England and Wales. The courts of London have exclusive jurisdiction. If any provision is held invalid, the remaining provisions remain in force.",
        ]),
    ],
    "de": [
        ("Vergütung und Zahlung", [
            "{A} zahlt {b_dat} eine Vergütung von {amount} zuzüglich gesetzlicher Umsatzsteuer innerhalb von dreißig (30) Tagen nach Zugang einer ordnungsgemäßen Rechnung. Rechnungen enthalten die USt-IdNr. der {b.name} ({b.vat}) und {a_gen} ({a.vat}).",
            "Zahlungen erfolgen auf das Konto {b_gen} mit der IBAN {b.iban}. Die erste Rechnung ist am {date} fällig.",
        ]),
        ("Laufzeit und Kündigung", [
            "Dieser Vertrag tritt am {date} in Kraft und läuft für eine feste Laufzeit von vierundzwanzig (24) Monaten. Danach kann jede Partei mit einer Frist von drei (3) Monaten zum Monatsende kündigen.",
            "Das Recht zur fristlosen Kündigung aus wichtigem Grund bleibt unberührt.",
        ]),
        ("Vertraulichkeit", [
            "Jede Partei behandelt die Vertraulichen Informationen der anderen Partei vertraulich und verwendet sie nur zur Durchführung dieses Vertrages. Diese Pflicht gilt fünf (5) Jahre über das Vertragsende hinaus.",
        ]),
        ("Datenschutz", [
            "Die Parteien beachten die Datenschutz-Grundverordnung. Datenschutzbeauftragter {a_gen} ist {contact}, erreichbar unter {contact.email}. Weitere Informationen unter {a.url}.",
        ]),
        ("Haftung", [
            "Die Haftung für Vorsatz und grobe Fahrlässigkeit ist unbeschränkt. Im Übrigen ist die Haftung {b_gen} je Vertragsjahr auf {amount} begrenzt.",
        ]),
        ("Mitteilungen", [
            "Mitteilungen bedürfen der Textform und sind zu richten an die {a.name}, {a.address}, E-Mail {a.email}, Telefon {a.phone}, sowie an die {b.name}, {b.address}, E-Mail {b.email}, Telefon {b.phone}.",
        ]),
        ("Schlussbestimmungen", [
            "Dieser Vertrag enthält die gesamte Vereinbarung zwischen der {a.caps} und der {b.caps}. Änderungen und Ergänzungen bedürfen der Schriftform.",
            "Es gilt das Recht der Bundesrepublik Deutschland. Gerichtsstand ist {city}. Sollte eine Bestimmung unwirksam sein, bleibt die Wirksamkeit der übrigen Bestimmungen unberührt.",
        ]),
    ],
}

# Paragraphs of schedules, drawn at random to pad a contract to a requested length.
SCHEDULE = {
    "en": [
        "{B} shall perform the work package described in this section by {date} at a fixed price of {amount}.",
        "Acceptance tests shall be carried out jointly by {a} and {b}; {contact} ({contact.phone}) coordinates the tests for {a}.",
        "Deliverables are to be sent to {a.email} and are deemed received on the next Business Day.",
        "Milestone payments of {amount} each are due on {date} and on the completion of each subsequent phase.",
        "Reports of {b.name} shall list hours spent, open issues and risks, and shall be approved by {contact}.",
        "{A} shall provide access to its premises at {a.address} during normal business hours on reasonable notice.",
        "Travel expenses are reimbursed at cost up to {amount} per month, against receipts, on invoices quoting {b.vat}.",
    ],
    "de": [
        "{B} erbringt das in diesem Abschnitt beschriebene Arbeitspaket bis zum {date} zum Festpreis von {amount}.",
        "Die Abnahme erfolgt gemeinsam durch {a_acc} und {b_acc}; {contact} (Tel. {contact.phone}) koordiniert die Prüfung.",
        "Arbeitsergebnisse sind an {a.email} zu übermitteln und gelten am folgenden Werktag als zugegangen.",
        "Abschlagszahlungen von je {amount} sind am {date} und nach Abschluss jeder weiteren Phase fällig.",
        "Berichte der {b.name} enthalten Aufwand, offene Punkte und Risiken und werden von {contact} freigegeben.",
        "{A} gewährt Zugang zu den Räumen in {a.address} während der üblichen Geschäftszeiten.",
        "Reisekosten werden bis zu {amount} monatlich gegen Beleg erstattet; Rechnungen nennen die USt-IdNr. {b.vat}.",
    ],
}
