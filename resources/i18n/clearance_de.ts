<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>About</name>
    <message>
        <source>Review, redact and sign off contracts before they leave as AI-training data. Works offline.</source>
        <translation>Verträge prüfen, schwärzen und freigeben, bevor sie als KI-Trainingsdaten das Haus verlassen. Arbeitet offline.</translation>
    </message>
    <message>
        <source>About Clearance</source>
        <translation>Über Clearance</translation>
    </message>
</context>
<context>
    <name>ApprovalDialog</name>
    <message>
        <source>Approve batch {batch}</source>
        <translation>Stapel {batch} freigeben</translation>
    </message>
    <message>
        <source>Running every check again on the batch&apos;s documents…</source>
        <translation>Jede Prüfung der Dokumente des Stapels läuft erneut…</translation>
    </message>
    <message>
        <source>leave empty to approve; a reason here makes Enter refuse the batch</source>
        <translation>leer lassen, um freizugeben; ein Grund hier lässt Enter den Stapel ablehnen</translation>
    </message>
    <message>
        <source>&amp;Approve and write</source>
        <translation>&amp;Freigeben und schreiben</translation>
    </message>
    <message>
        <source>Re&amp;fuse</source>
        <translation>&amp;Ablehnen</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <source>&amp;Documents (Up/Down), their checks now:</source>
        <translation>&amp;Dokumente (Pfeil hoch/runter), ihre Prüfungen jetzt:</translation>
    </message>
    <message>
        <source>Documents and &amp;redacted pages</source>
        <translation>Dokumente und &amp;geschwärzte Seiten</translation>
    </message>
    <message>
        <source>Ma&amp;nifest</source>
        <translation>Ma&amp;nifest</translation>
    </message>
    <message>
        <source>Refuse &amp;because:</source>
        <translation>Ablehnen &amp;wegen:</translation>
    </message>
    <message>
        <source>Signe&amp;r:</source>
        <translation>Unte&amp;rzeichner:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>Checking the batch</source>
        <translation>Stapel wird geprüft</translation>
    </message>
    <message>
        <source>The batch could not be read: {reason}</source>
        <translation>Der Stapel konnte nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <source>Up/Down: documents, Left/Right: pages, Ctrl+Tab: the manifest. Alt+P: your passphrase, Enter approves; a reason in Refuse because makes Enter refuse.</source>
        <translation>Pfeil hoch/runter: Dokumente, Pfeil links/rechts: Seiten, Ctrl+Tab: das Manifest. Alt+P: Ihre Passphrase, Enter gibt frei; ein Grund unter Ablehnen wegen lässt Enter ablehnen.</translation>
    </message>
    <message>
        <source>This batch has every sign-off it needs.</source>
        <translation>Dieser Stapel hat jede Freigabe, die er braucht.</translation>
    </message>
    <message>
        <source>NOT a trusted signature</source>
        <translation>KEINE vertrauenswürdige Signatur</translation>
    </message>
    <message>
        <source>{file}: redacted page {page} of {pages}, as it leaves (Left/Right)</source>
        <translation>{file}: geschwärzte Seite {page} von {pages}, wie sie hinausgeht (Pfeil links/rechts)</translation>
    </message>
    <message>
        <source>Approve batch {batch}: {file}, page {page}</source>
        <translation>Stapel {batch} freigeben: {file}, Seite {page}</translation>
    </message>
    <message>
        <source>no signer on this computer: run `clearance signer create NAME` first</source>
        <translation>kein Unterzeichner auf diesem Rechner: zuerst `clearance signer create NAME` ausführen</translation>
    </message>
    <message>
        <source>Approved by {signer} and written to {folder}.</source>
        <translation>Freigegeben von {signer} und geschrieben nach {folder}.</translation>
    </message>
    <message>
        <source>Refused by {signer}, recorded in the audit log: {reason}</source>
        <translation>Abgelehnt von {signer}, im Prüfprotokoll erfasst: {reason}</translation>
    </message>
    <message>
        <source>{reason}. Nothing was signed.</source>
        <translation>{reason}. Nichts wurde signiert.</translation>
    </message>
</context>
<context>
    <name>CheatSheet</name>
    <message>
        <source>Review</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Word selection (after v)</source>
        <translation>Wortauswahl (nach v)</translation>
    </message>
    <message>
        <source>Entity type (after t)</source>
        <translation>Entitätstyp (nach t)</translation>
    </message>
    <message>
        <source>Residue list (after g i)</source>
        <translation>Restliste (nach g i)</translation>
    </message>
    <message>
        <source>QA sample (after g v)</source>
        <translation>QS-Stichprobe (nach g v)</translation>
    </message>
    <message>
        <source>menu</source>
        <translation>Menü</translation>
    </message>
    <message>
        <source>Clearance — keys</source>
        <translation>Clearance — Tastenbelegung</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>review</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>select</source>
        <translation>Auswahl</translation>
    </message>
    <message>
        <source>type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>residue</source>
        <translation>Reste</translation>
    </message>
    <message>
        <source>qa</source>
        <translation>QS</translation>
    </message>
    <message>
        <source>Box</source>
        <translation>Kasten</translation>
    </message>
    <message>
        <source>Make the current box one point taller.</source>
        <translation>Den aktuellen Kasten um einen Punkt höher machen.</translation>
    </message>
    <message>
        <source>Move the current box down by one point.</source>
        <translation>Den aktuellen Kasten um einen Punkt nach unten verschieben.</translation>
    </message>
    <message>
        <source>Move the current box left by one point.</source>
        <translation>Den aktuellen Kasten um einen Punkt nach links verschieben.</translation>
    </message>
    <message>
        <source>Move the current box right by one point.</source>
        <translation>Den aktuellen Kasten um einen Punkt nach rechts verschieben.</translation>
    </message>
    <message>
        <source>Move the current box up by one point.</source>
        <translation>Den aktuellen Kasten um einen Punkt nach oben verschieben.</translation>
    </message>
    <message>
        <source>Make the current box one point narrower.</source>
        <translation>Den aktuellen Kasten um einen Punkt schmaler machen.</translation>
    </message>
    <message>
        <source>Pick the next box of a finding that spans several lines.</source>
        <translation>Den nächsten Kasten einer Fundstelle wählen, die sich über mehrere Zeilen erstreckt.</translation>
    </message>
    <message>
        <source>Make the current box one point lower in height.</source>
        <translation>Den aktuellen Kasten um einen Punkt niedriger machen.</translation>
    </message>
    <message>
        <source>Make the current box one point wider.</source>
        <translation>Den aktuellen Kasten um einen Punkt breiter machen.</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Einwilligung</translation>
    </message>
    <message>
        <source>Import consents from a CSV file into the registry (every row or none).</source>
        <translation>Einwilligungen aus einer CSV-Datei ins Register einlesen (alle Zeilen oder keine).</translation>
    </message>
    <message>
        <source>Show the consent panel of the current document and put the keyboard in it.</source>
        <translation>Die Einwilligungsleiste des aktuellen Dokuments zeigen und die Tastatur dorthin setzen.</translation>
    </message>
    <message>
        <source>Open the consent registry: search parties and their consents.</source>
        <translation>Das Einwilligungsregister öffnen: Parteien und ihre Einwilligungen suchen.</translation>
    </message>
    <message>
        <source>Withdraw a party&apos;s consent and list the exported files to purge.</source>
        <translation>Die Einwilligung einer Partei widerrufen und die zu löschenden exportierten Dateien auflisten.</translation>
    </message>
    <message>
        <source>Decide</source>
        <translation>Entscheiden</translation>
    </message>
    <message>
        <source>Confirm the redaction of the current finding and go to the next undecided one.</source>
        <translation>Die Schwärzung der aktuellen Fundstelle bestätigen und zur nächsten offenen Fundstelle gehen.</translation>
    </message>
    <message>
        <source>Confirm every open occurrence of this text in the document and go to the next undecided one.</source>
        <translation>Jedes offene Vorkommen dieses Texts im Dokument bestätigen und zur nächsten offenen Fundstelle gehen.</translation>
    </message>
    <message>
        <source>Reject the current finding (keep the text) and go to the next undecided one.</source>
        <translation>Die aktuelle Fundstelle ablehnen (Text bleibt stehen) und zur nächsten offenen Fundstelle gehen.</translation>
    </message>
    <message>
        <source>Reject every open occurrence of this text in the document and go to the next undecided one.</source>
        <translation>Jedes offene Vorkommen dieses Texts im Dokument ablehnen und zur nächsten offenen Fundstelle gehen.</translation>
    </message>
    <message>
        <source>Change the entity type of the current finding (then press the type&apos;s key).</source>
        <translation>Den Entitätstyp der aktuellen Fundstelle ändern (danach die Taste des Typs drücken).</translation>
    </message>
    <message>
        <source>Approve every quasi-identifier class of the document (dates, amounts, codes, places) under the policy.</source>
        <translation>Jede Quasi-Identifikator-Klasse des Dokuments (Daten, Beträge, Kennungen, Orte) nach der Richtlinie freigeben.</translation>
    </message>
    <message>
        <source>Approve the current quasi-identifier&apos;s class (on a direct finding: this document&apos;s pending classes) in every document of the queue.</source>
        <translation>Die Klasse des aktuellen Quasi-Identifikators (bei einer direkten Fundstelle: die offenen Klassen dieses Dokuments) in jedem Dokument der Warteschlange freigeben.</translation>
    </message>
    <message>
        <source>Confirm every open occurrence of this text in every document of the queue.</source>
        <translation>Jedes offene Vorkommen dieses Texts in jedem Dokument der Warteschlange bestätigen.</translation>
    </message>
    <message>
        <source>Reject every open occurrence of this text in every document of the queue.</source>
        <translation>Jedes offene Vorkommen dieses Texts in jedem Dokument der Warteschlange ablehnen.</translation>
    </message>
    <message>
        <source>Redo the last undone decision.</source>
        <translation>Die zuletzt rückgängig gemachte Entscheidung wiederherstellen.</translation>
    </message>
    <message>
        <source>Undo the last decision.</source>
        <translation>Die letzte Entscheidung rückgängig machen.</translation>
    </message>
    <message>
        <source>Entity type</source>
        <translation>Entitätstyp</translation>
    </message>
    <message>
        <source>Make the current finding of type Address.</source>
        <translation>Der aktuellen Fundstelle den Typ Adresse geben.</translation>
    </message>
    <message>
        <source>address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Make every occurrence of the current finding&apos;s text of type Address.</source>
        <translation>Jedem Vorkommen des Texts der aktuellen Fundstelle den Typ Adresse geben.</translation>
    </message>
    <message>
        <source>address-all</source>
        <translation>Adresse-alle</translation>
    </message>
    <message>
        <source>Keep the entity type as it is.</source>
        <translation>Den Entitätstyp unverändert lassen.</translation>
    </message>
    <message>
        <source>cancel</source>
        <translation>abbrechen</translation>
    </message>
    <message>
        <source>Make the current finding of type Company.</source>
        <translation>Der aktuellen Fundstelle den Typ Unternehmen geben.</translation>
    </message>
    <message>
        <source>company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Make every occurrence of the current finding&apos;s text of type Company.</source>
        <translation>Jedem Vorkommen des Texts der aktuellen Fundstelle den Typ Unternehmen geben.</translation>
    </message>
    <message>
        <source>company-all</source>
        <translation>Unternehmen-alle</translation>
    </message>
    <message>
        <source>Make the current finding of type E-mail.</source>
        <translation>Der aktuellen Fundstelle den Typ E-Mail geben.</translation>
    </message>
    <message>
        <source>email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Make every occurrence of the current finding&apos;s text of type E-mail.</source>
        <translation>Jedem Vorkommen des Texts der aktuellen Fundstelle den Typ E-Mail geben.</translation>
    </message>
    <message>
        <source>email-all</source>
        <translation>E-Mail-alle</translation>
    </message>
    <message>
        <source>Make the current finding of type Envelope ID.</source>
        <translation>Der aktuellen Fundstelle den Typ Umschlag-ID geben.</translation>
    </message>
    <message>
        <source>envelope</source>
        <translation>Umschlag</translation>
    </message>
    <message>
        <source>Make every occurrence of the current finding&apos;s text of type Envelope ID.</source>
        <translation>Jedem Vorkommen des Texts der aktuellen Fundstelle den Typ Umschlag-ID geben.</translation>
    </message>
    <message>
        <source>envelope-all</source>
        <translation>Umschlag-alle</translation>
    </message>
    <message>
        <source>Make the current finding of type IBAN.</source>
        <translation>Der aktuellen Fundstelle den Typ IBAN geben.</translation>
    </message>
    <message>
        <source>iban</source>
        <translation>IBAN-Nr</translation>
    </message>
    <message>
        <source>Make every occurrence of the current finding&apos;s text of type IBAN.</source>
        <translation>Jedem Vorkommen des Texts der aktuellen Fundstelle den Typ IBAN geben.</translation>
    </message>
    <message>
        <source>iban-all</source>
        <translation>IBAN-alle</translation>
    </message>
    <message>
        <source>Make the current finding of type Other.</source>
        <translation>Der aktuellen Fundstelle den Typ Sonstiges geben.</translation>
    </message>
    <message>
        <source>other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Make every occurrence of the current finding&apos;s text of type Other.</source>
        <translation>Jedem Vorkommen des Texts der aktuellen Fundstelle den Typ Sonstiges geben.</translation>
    </message>
    <message>
        <source>other-all</source>
        <translation>Sonstiges-alle</translation>
    </message>
    <message>
        <source>Make the current finding of type Person.</source>
        <translation>Der aktuellen Fundstelle den Typ Person geben.</translation>
    </message>
    <message>
        <source>person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Make every occurrence of the current finding&apos;s text of type Person.</source>
        <translation>Jedem Vorkommen des Texts der aktuellen Fundstelle den Typ Person geben.</translation>
    </message>
    <message>
        <source>person-all</source>
        <translation>Person-alle</translation>
    </message>
    <message>
        <source>Make the current finding of type Phone.</source>
        <translation>Der aktuellen Fundstelle den Typ Telefon geben.</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Make every occurrence of the current finding&apos;s text of type Phone.</source>
        <translation>Jedem Vorkommen des Texts der aktuellen Fundstelle den Typ Telefon geben.</translation>
    </message>
    <message>
        <source>phone-all</source>
        <translation>Telefon-alle</translation>
    </message>
    <message>
        <source>Make the current finding of type Register no..</source>
        <translation>Der aktuellen Fundstelle den Typ Registernummer geben.</translation>
    </message>
    <message>
        <source>register</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>Make every occurrence of the current finding&apos;s text of type Register no..</source>
        <translation>Jedem Vorkommen des Texts der aktuellen Fundstelle den Typ Registernummer geben.</translation>
    </message>
    <message>
        <source>register-all</source>
        <translation>Register-alle</translation>
    </message>
    <message>
        <source>Make the current finding of type Signature.</source>
        <translation>Der aktuellen Fundstelle den Typ Unterschrift geben.</translation>
    </message>
    <message>
        <source>signature</source>
        <translation>Unterschrift</translation>
    </message>
    <message>
        <source>Make every occurrence of the current finding&apos;s text of type Signature.</source>
        <translation>Jedem Vorkommen des Texts der aktuellen Fundstelle den Typ Unterschrift geben.</translation>
    </message>
    <message>
        <source>signature-all</source>
        <translation>Unterschrift-alle</translation>
    </message>
    <message>
        <source>Make the current finding of type URL.</source>
        <translation>Der aktuellen Fundstelle den Typ URL geben.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>Webadresse</translation>
    </message>
    <message>
        <source>Make every occurrence of the current finding&apos;s text of type URL.</source>
        <translation>Jedem Vorkommen des Texts der aktuellen Fundstelle den Typ URL geben.</translation>
    </message>
    <message>
        <source>url-all</source>
        <translation>Webadresse-alle</translation>
    </message>
    <message>
        <source>Make the current finding of type VAT ID.</source>
        <translation>Der aktuellen Fundstelle den Typ USt-IdNr. geben.</translation>
    </message>
    <message>
        <source>vat</source>
        <translation>USt-IdNr</translation>
    </message>
    <message>
        <source>Make every occurrence of the current finding&apos;s text of type VAT ID.</source>
        <translation>Jedem Vorkommen des Texts der aktuellen Fundstelle den Typ USt-IdNr. geben.</translation>
    </message>
    <message>
        <source>vat-all</source>
        <translation>USt-IdNr-alle</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>New batch from folder: scan it, decide every finding by the default policy, build an unsigned batch.</source>
        <translation>Neuer Stapel aus Ordner: einlesen, jede Fundstelle nach der Standardrichtlinie entscheiden, einen nicht unterzeichneten Stapel bilden.</translation>
    </message>
    <message>
        <source>Export: check every document not exported yet, sign off the batch and write it to a folder.</source>
        <translation>Exportieren: jedes noch nicht exportierte Dokument prüfen, den Stapel freigeben und in einen Ordner schreiben.</translation>
    </message>
    <message>
        <source>Open PDF files: they join the queue and are scanned in the background.</source>
        <translation>PDF-Dateien öffnen: sie kommen in die Warteschlange und werden im Hintergrund durchsucht.</translation>
    </message>
    <message>
        <source>Open a recent file or folder again: the ten last added, newest first.</source>
        <translation>Eine zuletzt verwendete Datei oder einen Ordner erneut öffnen: die zehn zuletzt hinzugefügten, die neuesten zuerst.</translation>
    </message>
    <message>
        <source>Open a folder: its PDFs (in every sub-folder) join the queue and are scanned in the background.</source>
        <translation>Einen Ordner öffnen: seine PDFs (in allen Unterordnern) kommen in die Warteschlange und werden im Hintergrund durchsucht.</translation>
    </message>
    <message>
        <source>Quit Clearance (every decision is already saved).</source>
        <translation>Clearance beenden (jede Entscheidung ist bereits gespeichert).</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Find text in the document (case and line breaks ignored).</source>
        <translation>Text im Dokument suchen (Groß-/Kleinschreibung und Zeilenumbrüche werden ignoriert).</translation>
    </message>
    <message>
        <source>Go to the next hit of the last find.</source>
        <translation>Zum nächsten Treffer der letzten Suche gehen.</translation>
    </message>
    <message>
        <source>Go to the previous hit of the last find.</source>
        <translation>Zum vorigen Treffer der letzten Suche gehen.</translation>
    </message>
    <message>
        <source>Redact every ticked hit of the last find (all of them unless some were left out).</source>
        <translation>Jeden angehakten Treffer der letzten Suche schwärzen (alle, sofern keiner ausgelassen wurde).</translation>
    </message>
    <message>
        <source>Leave the current find hit out of redact-all, or take it back in.</source>
        <translation>Den aktuellen Suchtreffer vom Alles-Schwärzen ausnehmen oder wieder aufnehmen.</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hilfe</translation>
    </message>
    <message>
        <source>Show the version of Clearance and of its detector.</source>
        <translation>Die Version von Clearance und seiner Erkennung anzeigen.</translation>
    </message>
    <message>
        <source>Show every command and its keys.</source>
        <translation>Jeden Befehl mit seinen Tasten anzeigen.</translation>
    </message>
    <message>
        <source>Navigate</source>
        <translation>Navigieren</translation>
    </message>
    <message>
        <source>Open the next document of the queue.</source>
        <translation>Das nächste Dokument der Warteschlange öffnen.</translation>
    </message>
    <message>
        <source>Open the previous document of the queue.</source>
        <translation>Das vorige Dokument der Warteschlange öffnen.</translation>
    </message>
    <message>
        <source>Go to the first finding of the document.</source>
        <translation>Zur ersten Fundstelle des Dokuments gehen.</translation>
    </message>
    <message>
        <source>Go to the next finding.</source>
        <translation>Zur nächsten Fundstelle gehen.</translation>
    </message>
    <message>
        <source>Go to the next finding that is still undecided.</source>
        <translation>Zur nächsten noch offenen Fundstelle gehen.</translation>
    </message>
    <message>
        <source>Go to the previous finding.</source>
        <translation>Zur vorigen Fundstelle gehen.</translation>
    </message>
    <message>
        <source>Show the next page (and its first finding).</source>
        <translation>Die nächste Seite (und ihre erste Fundstelle) zeigen.</translation>
    </message>
    <message>
        <source>Show the previous page (and its first finding).</source>
        <translation>Die vorige Seite (und ihre erste Fundstelle) zeigen.</translation>
    </message>
    <message>
        <source>QA</source>
        <translation>QS</translation>
    </message>
    <message>
        <source>List names redacted in one document but readable or rejected in another, by party, to redact everywhere.</source>
        <translation>Namen auflisten, die in einem Dokument geschwärzt, in einem anderen aber lesbar oder abgelehnt sind, nach Partei, um sie überall zu schwärzen.</translation>
    </message>
    <message>
        <source>Mark the sampled page clean: nothing identifying is readable on it (recorded).</source>
        <translation>Die Stichprobenseite als sauber markieren: nichts Identifizierendes ist darauf lesbar (wird protokolliert).</translation>
    </message>
    <message>
        <source>clean</source>
        <translation>sauber</translation>
    </message>
    <message>
        <source>Leave the QA sample and go back to the review.</source>
        <translation>Die QS-Stichprobe verlassen und zur Prüfung zurückkehren.</translation>
    </message>
    <message>
        <source>close</source>
        <translation>schließen</translation>
    </message>
    <message>
        <source>Record a miss on the sampled page (its text and type); it is redacted across the batch.</source>
        <translation>Einen Fehltreffer auf der Stichprobenseite erfassen (Text und Typ); er wird im ganzen Stapel geschwärzt.</translation>
    </message>
    <message>
        <source>miss</source>
        <translation>Fehltreffer</translation>
    </message>
    <message>
        <source>Show the next sampled page.</source>
        <translation>Die nächste Stichprobenseite zeigen.</translation>
    </message>
    <message>
        <source>next</source>
        <translation>weiter</translation>
    </message>
    <message>
        <source>Show the previous sampled page.</source>
        <translation>Die vorige Stichprobenseite zeigen.</translation>
    </message>
    <message>
        <source>prev</source>
        <translation>zurück</translation>
    </message>
    <message>
        <source>Open the QA sample of the newest unsigned automatic batch: its pages as they leave, to mark.</source>
        <translation>Die QS-Stichprobe des neuesten nicht unterzeichneten automatischen Stapels öffnen: seine Seiten, wie sie hinausgehen, zum Markieren.</translation>
    </message>
    <message>
        <source>Residue</source>
        <translation>Reste</translation>
    </message>
    <message>
        <source>Leave the residue list and go back to the findings.</source>
        <translation>Die Restliste verlassen und zu den Fundstellen zurückkehren.</translation>
    </message>
    <message>
        <source>Mark the current residue group fine: it identifies no one (recorded; u undoes it).</source>
        <translation>Die aktuelle Restgruppe als unbedenklich markieren: sie identifiziert niemanden (wird protokolliert; u macht es rückgängig).</translation>
    </message>
    <message>
        <source>fine</source>
        <translation>unbedenklich</translation>
    </message>
    <message>
        <source>List what still looks identifying but was never proposed: redact or mark fine each group.</source>
        <translation>Auflisten, was noch identifizierend aussieht, aber nie vorgeschlagen wurde: jede Gruppe schwärzen oder als unbedenklich markieren.</translation>
    </message>
    <message>
        <source>Go to the next residue group.</source>
        <translation>Zur nächsten Restgruppe gehen.</translation>
    </message>
    <message>
        <source>Go to the previous residue group.</source>
        <translation>Zur vorigen Restgruppe gehen.</translation>
    </message>
    <message>
        <source>Redact every occurrence of the current residue group (recorded; u undoes it).</source>
        <translation>Jedes Vorkommen der aktuellen Restgruppe schwärzen (wird protokolliert; u macht es rückgängig).</translation>
    </message>
    <message>
        <source>redact</source>
        <translation>schwärzen</translation>
    </message>
    <message>
        <source>Undo the last decision (a residue group&apos;s included).</source>
        <translation>Die letzte Entscheidung rückgängig machen (auch die einer Restgruppe).</translation>
    </message>
    <message>
        <source>undo</source>
        <translation>rückgängig</translation>
    </message>
    <message>
        <source>Select</source>
        <translation>Auswahl</translation>
    </message>
    <message>
        <source>Leave word selection without redacting.</source>
        <translation>Die Wortauswahl ohne Schwärzen verlassen.</translation>
    </message>
    <message>
        <source>Add the next word to the selection.</source>
        <translation>Das nächste Wort zur Auswahl hinzufügen.</translation>
    </message>
    <message>
        <source>extend</source>
        <translation>erweitern</translation>
    </message>
    <message>
        <source>Move the selection to the start of the next line.</source>
        <translation>Die Auswahl an den Anfang der nächsten Zeile setzen.</translation>
    </message>
    <message>
        <source>line-down</source>
        <translation>Zeile-runter</translation>
    </message>
    <message>
        <source>Move the selection to the start of the previous line.</source>
        <translation>Die Auswahl an den Anfang der vorigen Zeile setzen.</translation>
    </message>
    <message>
        <source>line-up</source>
        <translation>Zeile-hoch</translation>
    </message>
    <message>
        <source>Redact the selected words.</source>
        <translation>Die ausgewählten Wörter schwärzen.</translation>
    </message>
    <message>
        <source>Drop the last word of the selection.</source>
        <translation>Das letzte Wort der Auswahl entfernen.</translation>
    </message>
    <message>
        <source>shrink</source>
        <translation>verkleinern</translation>
    </message>
    <message>
        <source>Select words with the keyboard to redact them (Enter redacts, Esc cancels).</source>
        <translation>Wörter mit der Tastatur auswählen, um sie zu schwärzen (Enter schwärzt, Esc bricht ab).</translation>
    </message>
    <message>
        <source>Move the selection one word on.</source>
        <translation>Die Auswahl um ein Wort weiterbewegen.</translation>
    </message>
    <message>
        <source>word-next</source>
        <translation>Wort-weiter</translation>
    </message>
    <message>
        <source>Move the selection one word back.</source>
        <translation>Die Auswahl um ein Wort zurückbewegen.</translation>
    </message>
    <message>
        <source>word-prev</source>
        <translation>Wort-zurück</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Ansicht</translation>
    </message>
    <message>
        <source>Show or hide the current page as it will be exported, with every confirmed redaction applied.</source>
        <translation>Die aktuelle Seite so zeigen oder ausblenden, wie sie exportiert wird, mit jeder bestätigten Schwärzung.</translation>
    </message>
    <message>
        <source>Show or hide the candidates detection suppressed (state &quot;suppressed&quot;, why in the Why column).</source>
        <translation>Die von der Erkennung unterdrückten Kandidaten zeigen oder ausblenden (Status „unterdrückt“, Grund in der Spalte Warum).</translation>
    </message>
    <message>
        <source>Fit the page to the width of the view.</source>
        <translation>Die Seite an die Breite der Ansicht anpassen.</translation>
    </message>
    <message>
        <source>Zoom in.</source>
        <translation>Vergrößern.</translation>
    </message>
    <message>
        <source>Zoom out.</source>
        <translation>Verkleinern.</translation>
    </message>
    <message>
        <source>Show the page at its real size (100 %).</source>
        <translation>Die Seite in Originalgröße zeigen (100 %).</translation>
    </message>
</context>
<context>
    <name>ConsentBadge</name>
    <message>
        <source>eligible</source>
        <translation>zulässig</translation>
    </message>
    <message>
        <source>needs attention</source>
        <translation>prüfen</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>gesperrt</translation>
    </message>
    <message>
        <source>every party consented: </source>
        <translation>jede Partei hat eingewilligt: </translation>
    </message>
</context>
<context>
    <name>ConsentPanel</name>
    <message>
        <source>/ search the registry, Enter links as contracting party</source>
        <translation>/ im Register suchen, Enter verknüpft als Vertragspartei</translation>
    </message>
    <message>
        <source>Consent: {verdict}</source>
        <translation>Einwilligung: {verdict}</translation>
    </message>
    <message>
        <source>  [proposed]</source>
        <translation>  [vorgeschlagen]</translation>
    </message>
    <message>
        <source>found in: {source}</source>
        <translation>gefunden in: {source}</translation>
    </message>
    <message>
        <source>Change the party&apos;s kind</source>
        <translation>Art der Partei ändern</translation>
    </message>
    <message>
        <source>no party {name!r} in the registry</source>
        <translation>keine Partei {name!r} im Register</translation>
    </message>
    <message>
        <source>… and {count} more (hover to read all)</source>
        <translation>… und {count} weitere (Maus darüber zeigt alle)</translation>
    </message>
</context>
<context>
    <name>ConsistencyDialog</name>
    <message>
        <source>Names redacted somewhere, readable elsewhere</source>
        <translation>Anderswo geschwärzte Namen, die hier lesbar sind</translation>
    </message>
    <message>
        <source>Party / name</source>
        <translation>Partei / Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Redacted in</source>
        <translation>Geschwärzt in</translation>
    </message>
    <message>
        <source>Readable or rejected in</source>
        <translation>Lesbar oder abgelehnt in</translation>
    </message>
    <message>
        <source>Reading every page for the redacted names…</source>
        <translation>Jede Seite wird nach den geschwärzten Namen gelesen…</translation>
    </message>
    <message>
        <source>&amp;Redact everywhere</source>
        <translation>Übe&amp;rall schwärzen</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>Z&amp;urücknehmen</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <source>Up/Down: names. R (or Alt+R) redacts the chosen name (or the chosen party&apos;s names) wherever it is readable or was rejected; U (or Alt+U) takes the last one back; Esc closes.</source>
        <translation>Pfeil hoch/runter: Namen. R (oder Alt+R) schwärzt den gewählten Namen (oder die Namen der gewählten Partei) überall, wo er lesbar ist oder abgelehnt wurde; U (oder Alt+U) nimmt die letzte Schwärzung zurück; Esc schließt.</translation>
    </message>
    <message>
        <source>Redacted {terms}: {count} occurrence(s) in {documents} document(s). U takes it back.</source>
        <translation>Geschwärzt {terms}: {count} Vorkommen in {documents} Dokument(en). U nimmt es zurück.</translation>
    </message>
    <message>
        <source>{name} ({count}x readable)</source>
        <translation>{name} ({count}x lesbar)</translation>
    </message>
    <message>
        <source>{name} (rejected)</source>
        <translation>{name} (abgelehnt)</translation>
    </message>
    <message>
        <source>{count} name(s) redacted somewhere are readable or rejected elsewhere.</source>
        <translation>{count} anderswo geschwärzte Name(n) sind an anderer Stelle lesbar oder abgelehnt.</translation>
    </message>
    <message>
        <source>Every redacted name is redacted everywhere.</source>
        <translation>Jeder geschwärzte Name ist überall geschwärzt.</translation>
    </message>
    <message>
        <source>The report could not be read: {reason}</source>
        <translation>Der Bericht konnte nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <source>Taken back in {documents} document(s).</source>
        <translation>Zurückgenommen in {documents} Dokument(en).</translation>
    </message>
</context>
<context>
    <name>ConsistencyNotice</name>
    <message>
        <source>Names readable &amp;elsewhere…</source>
        <translation>Anderswo &amp;lesbare Namen…</translation>
    </message>
    <message>
        <source>Sign &amp;knowing they stay readable</source>
        <translation>&amp;Trotzdem signieren: sie bleiben lesbar</translation>
    </message>
    <message>
        <source>Looking for names redacted in one document and readable in another…</source>
        <translation>Suche nach Namen, die in einem Dokument geschwärzt und in einem anderen lesbar sind…</translation>
    </message>
    <message>
        <source>The consistency of the names could not be read: {reason}</source>
        <translation>Die Einheitlichkeit der Namen konnte nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <source>Every name redacted somewhere is redacted in these documents too.</source>
        <translation>Jeder anderswo geschwärzte Name ist auch in diesen Dokumenten geschwärzt.</translation>
    </message>
    <message>
        <source>{count} name(s) redacted somewhere are readable elsewhere (or were rejected) in these documents.</source>
        <translation>{count} anderswo geschwärzte Name(n) sind in diesen Dokumenten lesbar (oder wurden abgelehnt).</translation>
    </message>
    <message>
        <source>Still looking for names readable elsewhere; sign in a moment.</source>
        <translation>Die Suche nach anderswo lesbaren Namen läuft noch; gleich signieren.</translation>
    </message>
    <message>
        <source>{count} name(s) redacted somewhere are readable elsewhere: open the list (Alt+E) and redact them, or tick Sign knowing they stay readable (Alt+K).</source>
        <translation>{count} anderswo geschwärzte Name(n) sind an anderer Stelle lesbar: die Liste öffnen (Alt+L) und sie schwärzen, oder Trotzdem signieren ankreuzen (Alt+T).</translation>
    </message>
</context>
<context>
    <name>Core</name>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>scanning</source>
        <translation>wird durchsucht</translation>
    </message>
    <message>
        <source>scanned</source>
        <translation>durchsucht</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation>geprüft</translation>
    </message>
    <message>
        <source>exported</source>
        <translation>exportiert</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>widerrufen</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>Register no.</source>
        <translation>Registernummer</translation>
    </message>
    <message>
        <source>VAT ID</source>
        <translation>USt-IdNr.</translation>
    </message>
    <message>
        <source>Envelope ID</source>
        <translation>Umschlag-ID</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Unterschrift</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Reference no.</source>
        <translation>Aktenzeichen</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Demographic</source>
        <translation>Demografisches Merkmal</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>vorgeschlagen</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>bestätigt</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>suppressed</source>
        <translation>unterdrückt</translation>
    </message>
    <message>
        <source>company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>contracting party</source>
        <translation>Vertragspartei</translation>
    </message>
    <message>
        <source>signer</source>
        <translation>Unterzeichner</translation>
    </message>
    <message>
        <source>witness</source>
        <translation>Zeuge</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>Kontaktperson</translation>
    </message>
    <message>
        <source>other person named</source>
        <translation>andere genannte Person</translation>
    </message>
    <message>
        <source>granted</source>
        <translation>erteilt</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>verweigert</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <source>eligible</source>
        <translation>zulässig</translation>
    </message>
    <message>
        <source>needs-attention</source>
        <translation>prüfen</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>gesperrt</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Stapel</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Sha256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>keep</source>
        <translation>behalten</translation>
    </message>
    <message>
        <source>generalise</source>
        <translation>verallgemeinern</translation>
    </message>
    <message>
        <source>pseudonymise</source>
        <translation>pseudonymisieren</translation>
    </message>
    <message>
        <source>redact</source>
        <translation>schwärzen</translation>
    </message>
    <message>
        <source>clean</source>
        <translation>sauber</translation>
    </message>
    <message>
        <source>miss</source>
        <translation>Fehltreffer</translation>
    </message>
    <message>
        <source>unapproved</source>
        <translation>nicht freigegeben</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>genehmigt</translation>
    </message>
    <message>
        <source>every document is exported already</source>
        <translation>jedes Dokument ist bereits exportiert</translation>
    </message>
    <message>
        <source>no confirmed parties: confirm who the parties of this document are</source>
        <translation>keine bestätigten Parteien: bestätigen, wer die Parteien dieses Dokuments sind</translation>
    </message>
    <message>
        <source>{name} ({role}) has no consent of their own and is still readable in {count} place(s): redact it</source>
        <translation>{name} ({role}) hat keine eigene Einwilligung und ist an {count} Stelle(n) noch lesbar: schwärzen</translation>
    </message>
    <message>
        <source>{name}: proposed as {role}, not confirmed</source>
        <translation>{name}: als {role} vorgeschlagen, nicht bestätigt</translation>
    </message>
    <message>
        <source>{name} ({role}): {reason}</source>
        <translation>{name} ({role}): {reason}</translation>
    </message>
    <message>
        <source>no consent for {purpose}</source>
        <translation>keine Einwilligung für {purpose}</translation>
    </message>
    <message>
        <source>consent only starts on {day}</source>
        <translation>Einwilligung gilt erst ab {day}</translation>
    </message>
    <message>
        <source>consent withdrawn on {day}{version}</source>
        <translation>Einwilligung am {day} widerrufen{version}</translation>
    </message>
    <message>
        <source>consent refused{version}</source>
        <translation>Einwilligung verweigert{version}</translation>
    </message>
    <message>
        <source>consent withdrawn{version}</source>
        <translation>Einwilligung widerrufen{version}</translation>
    </message>
    <message>
        <source>consent expired on {day}{version}</source>
        <translation>Einwilligung am {day} abgelaufen{version}</translation>
    </message>
    <message>
        <source>consent expired{version}</source>
        <translation>Einwilligung abgelaufen{version}</translation>
    </message>
    <message>
        <source>consent has no grant date{version}</source>
        <translation>Einwilligung ohne Erteilungsdatum{version}</translation>
    </message>
    <message>
        <source> (version {version})</source>
        <translation> (Fassung {version})</translation>
    </message>
    <message>
        <source>{imported}; {count} duplicate row(s) skipped</source>
        <translation>{imported}; {count} doppelte Zeile(n) übersprungen</translation>
    </message>
    <message>
        <source>{added} consent(s) added, {updated} updated, {unchanged} unchanged; {parties} new part(y/ies), {parties_updated} updated</source>
        <translation>{added} Einwilligung(en) hinzugefügt, {updated} aktualisiert, {unchanged} unverändert; {parties} neue Partei(en), {parties_updated} aktualisiert</translation>
    </message>
    <message>
        <source>Open findings</source>
        <translation>Offene Fundstellen</translation>
    </message>
    <message>
        <source>Every page readable</source>
        <translation>Jede Seite lesbar</translation>
    </message>
    <message>
        <source>Original file unchanged</source>
        <translation>Originaldatei unverändert</translation>
    </message>
    <message>
        <source>Verification (no redacted text readable)</source>
        <translation>Verifikation (kein geschwärzter Text lesbar)</translation>
    </message>
    <message>
        <source>Residue looked at (nothing identifying left unseen)</source>
        <translation>Reste gesichtet (nichts Identifizierendes ungesehen)</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Einwilligung</translation>
    </message>
    <message>
        <source>Batch file is the one signed off</source>
        <translation>Stapeldatei ist die freigegebene</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>the head beside the store ({path})</source>
        <translation>der Kopf neben dem Speicher ({path})</translation>
    </message>
    <message>
        <source>the head in this account&apos;s data folder ({path})</source>
        <translation>der Kopf im Datenordner dieses Kontos ({path})</translation>
    </message>
    <message>
        <source>{path}: no such store</source>
        <translation>{path}: kein solcher Speicher</translation>
    </message>
    <message>
        <source>{path}: cannot read the store ({exc})</source>
        <translation>{path}: der Speicher kann nicht gelesen werden ({exc})</translation>
    </message>
    <message>
        <source>{path}: is a folder; give the store file (e.g. {value})</source>
        <translation>{path}: ist ein Ordner; die Speicherdatei angeben (z. B. {value})</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of Clearance (schema {current}, this version reads up to {SCHEMA_VERSION}); update Clearance to open it</source>
        <translation>{path} wurde von einer neueren Clearance-Version geschrieben (Schema {current}, diese Version liest bis {SCHEMA_VERSION}); Clearance aktualisieren, um ihn zu öffnen</translation>
    </message>
    <message>
        <source>{path}: not a Clearance store (it holds other tables)</source>
        <translation>{path}: kein Clearance-Speicher (er enthält andere Tabellen)</translation>
    </message>
    <message>
        <source>{path}: the store holds nothing yet (it is still being created, or was never set up); run `clearance scan` on it first</source>
        <translation>{path}: der Speicher enthält noch nichts (er wird noch angelegt oder wurde nie eingerichtet); zuerst `clearance scan` darauf ausführen</translation>
    </message>
    <message>
        <source>{path}: not a readable Clearance store ({exc})</source>
        <translation>{path}: kein lesbarer Clearance-Speicher ({exc})</translation>
    </message>
    <message>
        <source>{path}: its folder is read-only and {name} holds changes not yet in the store; copy both files to a writable folder</source>
        <translation>{path}: sein Ordner ist schreibgeschützt und {name} enthält Änderungen, die noch nicht im Speicher sind; beide Dateien in einen beschreibbaren Ordner kopieren</translation>
    </message>
    <message>
        <source>{path}: cannot create the store&apos;s folder ({strerror})</source>
        <translation>{path}: der Ordner des Speichers kann nicht angelegt werden ({strerror})</translation>
    </message>
    <message>
        <source>{path}: cannot open the store for writing ({exc}); check that it and its folder are writable</source>
        <translation>{path}: der Speicher kann nicht zum Schreiben geöffnet werden ({exc}); prüfen, ob er und sein Ordner beschreibbar sind</translation>
    </message>
    <message>
        <source>{path}: not a Clearance store ({exc})</source>
        <translation>{path}: kein Clearance-Speicher ({exc})</translation>
    </message>
    <message>
        <source>{path}: cannot record the audit chain&apos;s head ({value}); nothing was changed</source>
        <translation>{path}: der Kopf der Prüfkette kann nicht festgehalten werden ({value}); nichts wurde geändert</translation>
    </message>
    <message>
        <source>{path}: another Clearance process kept the store locked for {value} s; try again</source>
        <translation>{path}: ein anderer Clearance-Prozess hielt den Speicher {value} s lang gesperrt; erneut versuchen</translation>
    </message>
    <message>
        <source>{path}: the store is read-only ({exc})</source>
        <translation>{path}: der Speicher ist schreibgeschützt ({exc})</translation>
    </message>
    <message>
        <source>{path}: not a Clearance store (no audit log)</source>
        <translation>{path}: kein Clearance-Speicher (kein Prüfprotokoll)</translation>
    </message>
    <message>
        <source>no party {party_id}</source>
        <translation>keine Partei {party_id}</translation>
    </message>
    <message>
        <source>{name} (id {party_id}) holds consents and a {kind} of that name exists (id {target}); correct the consent file instead</source>
        <translation>{name} (ID {party_id}) hat Einwilligungen, und es gibt eine {kind} dieses Namens (ID {target}); stattdessen die Einwilligungsdatei berichtigen</translation>
    </message>
    <message>
        <source>OCR read this page with {ocr_confidence}% confidence: check it by eye</source>
        <translation>OCR hat diese Seite mit {ocr_confidence} % Sicherheit gelesen: mit dem Auge prüfen</translation>
    </message>
    <message>
        <source>the disk is full; free some space and run the command again (nothing of the failed step was kept)</source>
        <translation>der Datenträger ist voll; Platz schaffen und den Befehl erneut ausführen (vom fehlgeschlagenen Schritt wurde nichts behalten)</translation>
    </message>
    <message>
        <source>the store is read-only; make the store file and its folder writable, or work on a copy</source>
        <translation>der Speicher ist schreibgeschützt; Speicherdatei und Ordner beschreibbar machen oder mit einer Kopie arbeiten</translation>
    </message>
    <message>
        <source>the store file is damaged ({exc}); restore it from a backup (`clearance verify` says what it can still read)</source>
        <translation>die Speicherdatei ist beschädigt ({exc}); aus einer Sicherung wiederherstellen (`clearance verify` sagt, was es noch lesen kann)</translation>
    </message>
    <message>
        <source>findings.{column} cannot be changed by a decision</source>
        <translation>findings.{column} kann durch keine Entscheidung geändert werden</translation>
    </message>
    <message>
        <source>no finding {finding_id}</source>
        <translation>keine Fundstelle {finding_id}</translation>
    </message>
    <message>
        <source>a page is marked {join}, not {verdict}</source>
        <translation>eine Seite wird als {join} markiert, nicht als {verdict}</translation>
    </message>
    <message>
        <source>unknown residue decision {decision}</source>
        <translation>unbekannte Restentscheidung {decision}</translation>
    </message>
    <message>
        <source>{table} row {key}</source>
        <translation>{table} Zeile {key}</translation>
    </message>
    <message>
        <source>{table}: {count} rows differ from the audit chain; the first {MAX_ROWS_NAMED} follow</source>
        <translation>{table}: {count} Zeilen weichen von der Prüfkette ab; die ersten {MAX_ROWS_NAMED} folgen</translation>
    </message>
    <message>
        <source>{label}: not in the audit chain (added outside Clearance)</source>
        <translation>{label}: nicht in der Prüfkette (außerhalb von Clearance hinzugefügt)</translation>
    </message>
    <message>
        <source>{label}: in the audit chain but gone from the table (deleted outside Clearance)</source>
        <translation>{label}: in der Prüfkette, aber nicht mehr in der Tabelle (außerhalb von Clearance gelöscht)</translation>
    </message>
    <message>
        <source>{label}: changed outside Clearance ({said})</source>
        <translation>{label}: außerhalb von Clearance geändert ({said})</translation>
    </message>
    <message>
        <source>another key is already trusted as {name} (fingerprint {fingerprint}); give this signer another name</source>
        <translation>ein anderer Schlüssel ist bereits als {name} vertrauenswürdig (Fingerabdruck {fingerprint}); diesem Unterzeichner einen anderen Namen geben</translation>
    </message>
    <message>
        <source>no key with fingerprint {fingerprint} is trusted in this store</source>
        <translation>kein Schlüssel mit dem Fingerabdruck {fingerprint} ist in diesem Speicher vertrauenswürdig</translation>
    </message>
    <message>
        <source>{name}&apos;s key was revoked already</source>
        <translation>der Schlüssel von {name} wurde bereits gesperrt</translation>
    </message>
    <message>
        <source>{name}: no such file</source>
        <translation>{name}: keine solche Datei</translation>
    </message>
    <message>
        <source>{name}: the file is empty (0 bytes)</source>
        <translation>{name}: die Datei ist leer (0 Bytes)</translation>
    </message>
    <message>
        <source>{name}: {value} MB is over the {value2} MB limit</source>
        <translation>{name}: {value} MB liegen über der Grenze von {value2} MB</translation>
    </message>
    <message>
        <source>{name}: not a PDF (no %PDF header)</source>
        <translation>{name}: keine PDF-Datei (kein %PDF-Kopf)</translation>
    </message>
    <message>
        <source>{name}: the PDF is password-protected; remove the password and import it again</source>
        <translation>{name}: die PDF-Datei ist kennwortgeschützt; das Kennwort entfernen und sie erneut einlesen</translation>
    </message>
    <message>
        <source>{name}: the PDF has no pages</source>
        <translation>{name}: die PDF-Datei hat keine Seiten</translation>
    </message>
    <message>
        <source>{name}: {count} pages is over the {MAX_PAGES}-page limit</source>
        <translation>{name}: {count} Seiten liegen über der Grenze von {MAX_PAGES} Seiten</translation>
    </message>
    <message>
        <source>{name}: the PDF is damaged and cannot be read ({exc})</source>
        <translation>{name}: die PDF-Datei ist beschädigt und kann nicht gelesen werden ({exc})</translation>
    </message>
    <message>
        <source>damaged: {readable} of {pages} pages readable</source>
        <translation>beschädigt: {readable} von {pages} Seiten lesbar</translation>
    </message>
    <message>
        <source>damaged: {count} of {total} pages readable ({detail})</source>
        <translation>beschädigt: {count} von {total} Seiten lesbar ({detail})</translation>
    </message>
    <message>
        <source>{name}: the PDF is damaged: none of its {total} page(s) can be read</source>
        <translation>{name}: die PDF-Datei ist beschädigt: keine ihrer {total} Seite(n) kann gelesen werden</translation>
    </message>
    <message>
        <source>its content (object {xref}) is missing from the file</source>
        <translation>ihr Inhalt (Objekt {xref}) fehlt in der Datei</translation>
    </message>
    <message>
        <source>page {value}: a region of {value2} x {value3} inches is too large to read by OCR at {dpi} dpi; nothing on it could be checked</source>
        <translation>Seite {value}: ein Bereich von {value2} x {value3} Zoll ist zu groß, um ihn mit OCR bei {dpi} dpi zu lesen; nichts darauf konnte geprüft werden</translation>
    </message>
    <message>
        <source>a PageSource needs a path or bytes</source>
        <translation>eine PageSource braucht einen Pfad oder Bytes</translation>
    </message>
    <message>
        <source>{name}: the file changed since it was imported; import it again</source>
        <translation>{name}: die Datei hat sich seit dem Einlesen geändert; erneut einlesen</translation>
    </message>
    <message>
        <source>{name}: moved or deleted since it was imported (was {path}); scan its new place to go on</source>
        <translation>{name}: seit dem Einlesen verschoben oder gelöscht (war {path}); den neuen Ort durchsuchen, um weiterzumachen</translation>
    </message>
    <message>
        <source>{name}: cannot be read ({strerror})</source>
        <translation>{name}: kann nicht gelesen werden ({strerror})</translation>
    </message>
    <message>
        <source>audit chain: {count} entries</source>
        <translation>Prüfkette: {count} Einträge</translation>
    </message>
    <message>
        <source>sign-off {id}: its batch {batch_id} is not in the store</source>
        <translation>Freigabe {id}: ihr Stapel {batch_id} ist nicht im Speicher</translation>
    </message>
    <message>
        <source>audit entry {seq}: records a sign-off of batch {batch_id}, which is not in the store</source>
        <translation>Protokolleintrag {seq}: hält eine Freigabe von Stapel {batch_id} fest, der nicht im Speicher ist</translation>
    </message>
    <message>
        <source>batch {id}</source>
        <translation>Stapel {id}</translation>
    </message>
    <message>
        <source>{label} file {name}: missing</source>
        <translation>{label} Datei {name}: fehlt</translation>
    </message>
    <message>
        <source>audit chain: {count} links</source>
        <translation>Prüfkette: {count} Glieder</translation>
    </message>
    <message>
        <source>{relative_to}: not listed in the manifest</source>
        <translation>{relative_to}: nicht im Manifest aufgeführt</translation>
    </message>
    <message>
        <source>{relative_to}/: a folder the manifest does not list</source>
        <translation>{relative_to}/: ein Ordner, den das Manifest nicht aufführt</translation>
    </message>
    <message>
        <source>QA sample: {count} page(s) drawn again from seed {seed}; {pages_with_miss} with a miss, upper bound {upper_bound} at {confidence}</source>
        <translation>QS-Stichprobe: {count} Seite(n) erneut aus Startwert {seed} gezogen; {pages_with_miss} mit Fehltreffer, obere Schranke {upper_bound} bei {confidence}</translation>
    </message>
    <message>
        <source>the store {store_path} holds batch {batch_id}, its manifest and sign-offs</source>
        <translation>der Speicher {store_path} enthält Stapel {batch_id}, sein Manifest und seine Freigaben</translation>
    </message>
    <message>
        <source>the store file is damaged (PRAGMA integrity_check: {one_line})</source>
        <translation>die Speicherdatei ist beschädigt (PRAGMA integrity_check: {one_line})</translation>
    </message>
    <message>
        <source>batch {id} {line}</source>
        <translation>Stapel {id} {line}</translation>
    </message>
    <message>
        <source>{label}: records audit entry {seq} but the chain ends at {last} (its tail was cut)</source>
        <translation>{label}: hält Protokolleintrag {seq} fest, aber die Kette endet bei {last} (ihr Ende wurde abgeschnitten)</translation>
    </message>
    <message>
        <source>{label}: the audit entry {seq} it records was changed</source>
        <translation>{label}: der festgehaltene Protokolleintrag {seq} wurde geändert</translation>
    </message>
    <message>
        <source>{MANIFEST_FILE}: QA {p}</source>
        <translation>{MANIFEST_FILE}: QS {p}</translation>
    </message>
    <message>
        <source>batch {batch_id} {line}</source>
        <translation>Stapel {batch_id} {line}</translation>
    </message>
    <message>
        <source>batch {batch_id}: {removeprefix}</source>
        <translation>Stapel {batch_id}: {removeprefix}</translation>
    </message>
    <message>
        <source>the store {store_path} does not know batch {batch_id}: its export was never committed (an orphan folder); it must not leave</source>
        <translation>der Speicher {store_path} kennt Stapel {batch_id} nicht: sein Export wurde nie festgeschrieben (ein verwaister Ordner); er darf nicht hinaus</translation>
    </message>
    <message>
        <source>the store holds batch {batch_id} with another manifest</source>
        <translation>der Speicher enthält Stapel {batch_id} mit einem anderen Manifest</translation>
    </message>
    <message>
        <source>{count} sign-off(s) in the folder are not in the store&apos;s batch {batch_id}</source>
        <translation>{count} Freigabe(n) im Ordner sind nicht im Stapel {batch_id} des Speichers</translation>
    </message>
    <message>
        <source>{store_path}: the file is damaged (PRAGMA integrity_check: {one_line})</source>
        <translation>{store_path}: die Datei ist beschädigt (PRAGMA integrity_check: {one_line})</translation>
    </message>
    <message>
        <source>{store_path}: written by an older Clearance (schema {schema}); open it once with this version (e.g. `clearance signer list --store {store_path2}`) to upgrade it, then trust its signers&apos; keys (see README, Trust and sign-off)</source>
        <translation>{store_path}: von einer älteren Clearance geschrieben (Schema {schema}); einmal mit dieser Version öffnen (z. B. `clearance signer list --store {store_path2}`), um ihn zu aktualisieren, dann den Schlüsseln seiner Unterzeichner vertrauen (siehe README, Trust and sign-off)</translation>
    </message>
    <message>
        <source>consents, parties, links, settings, trusted and revoked keys: {sum} rows as the chain recorded them</source>
        <translation>Einwilligungen, Parteien, Verknüpfungen, Einstellungen, vertrauenswürdige und gesperrte Schlüssel: {sum} Zeilen, wie die Kette sie festhielt</translation>
    </message>
    <message>
        <source>batch {id}: manifest and {count} file(s)</source>
        <translation>Stapel {id}: Manifest und {count} Datei(en)</translation>
    </message>
    <message>
        <source>{label}: manifest changed (sha256 differs from the one recorded)</source>
        <translation>{label}: Manifest geändert (sha256 weicht vom festgehaltenen ab)</translation>
    </message>
    <message>
        <source>{label}: no export entry in the audit log</source>
        <translation>{label}: kein Exporteintrag im Prüfprotokoll</translation>
    </message>
    <message>
        <source>{label}: manifest is not readable JSON (changed)</source>
        <translation>{label}: Manifest ist kein lesbares JSON (geändert)</translation>
    </message>
    <message>
        <source>{SIGNOFFS_FILE} or {AUDIT_FILE}: not what Clearance writes (changed)</source>
        <translation>{SIGNOFFS_FILE} oder {AUDIT_FILE}: nicht das, was Clearance schreibt (geändert)</translation>
    </message>
    <message>
        <source>{MANIFEST_FILE}: changed (its hash is not the one recorded in the audit trail)</source>
        <translation>{MANIFEST_FILE}: geändert (sein Hash ist nicht der im Prüfprotokoll festgehaltene)</translation>
    </message>
    <message>
        <source>no trusted key given: pass --trust FILE with each signer&apos;s public key (clearance signer export)</source>
        <translation>kein vertrauenswürdiger Schlüssel angegeben: --trust DATEI mit dem öffentlichen Schlüssel jedes Unterzeichners übergeben (clearance signer export)</translation>
    </message>
    <message>
        <source>no sign-off for this batch</source>
        <translation>keine Freigabe für diesen Stapel</translation>
    </message>
    <message>
        <source>{folder}: cannot be compared with the store ({exc})</source>
        <translation>{folder}: kann nicht mit dem Speicher verglichen werden ({exc})</translation>
    </message>
    <message>
        <source>audit entry {i}: missing or out of order (found seq {seq})</source>
        <translation>Protokolleintrag {i}: fehlt oder steht außer der Reihe (gefunden: seq {seq})</translation>
    </message>
    <message>
        <source>audit entry {seq}: does not link to entry {value} (prev_hash changed)</source>
        <translation>Protokolleintrag {seq}: verweist nicht auf Eintrag {value} (prev_hash geändert)</translation>
    </message>
    <message>
        <source>{label}: manifest differs from the one recorded in the audit log</source>
        <translation>{label}: Manifest weicht vom im Prüfprotokoll festgehaltenen ab</translation>
    </message>
    <message>
        <source>{label} file {name}: content changed (sha256 differs from the manifest)</source>
        <translation>{label} Datei {name}: Inhalt geändert (sha256 weicht vom Manifest ab)</translation>
    </message>
    <message>
        <source>{folder}: not a complete export folder ({exc})</source>
        <translation>{folder}: kein vollständiger Exportordner ({exc})</translation>
    </message>
    <message>
        <source>a file entry without a name</source>
        <translation>ein Dateieintrag ohne Namen</translation>
    </message>
    <message>
        <source>{MANIFEST_FILE}: not readable JSON (changed)</source>
        <translation>{MANIFEST_FILE}: kein lesbares JSON (geändert)</translation>
    </message>
    <message>
        <source>{name}: missing</source>
        <translation>{name}: fehlt</translation>
    </message>
    <message>
        <source>batch {batch_id}: QA sample {id}: {differs}</source>
        <translation>Stapel {batch_id}: QS-Stichprobe {id}: {differs}</translation>
    </message>
    <message>
        <source>batch {batch_id} QA sample {id}: {count} page(s) drawn again from seed {seed}</source>
        <translation>Stapel {batch_id} QS-Stichprobe {id}: {count} Seite(n) erneut aus Startwert {seed} gezogen</translation>
    </message>
    <message>
        <source>audit entry {seq} ({kind}): payload is not valid JSON (changed)</source>
        <translation>Protokolleintrag {seq} ({kind}): Nutzdaten sind kein gültiges JSON (geändert)</translation>
    </message>
    <message>
        <source>{name}: content changed (sha256 differs from the manifest)</source>
        <translation>{name}: Inhalt geändert (sha256 weicht vom Manifest ab)</translation>
    </message>
    <message>
        <source>{name}: sha256 matches</source>
        <translation>{name}: sha256 stimmt</translation>
    </message>
    <message>
        <source>batch {batch_id}: QA sample {id} is not readable (changed)</source>
        <translation>Stapel {batch_id}: QS-Stichprobe {id} ist nicht lesbar (geändert)</translation>
    </message>
    <message>
        <source>audit entry {seq} ({kind}): content changed (hash mismatch)</source>
        <translation>Protokolleintrag {seq} ({kind}): Inhalt geändert (Hash stimmt nicht)</translation>
    </message>
    <message>
        <source>page {shown}</source>
        <translation>Seite {shown}</translation>
    </message>
    <message>
        <source>pages {shown}</source>
        <translation>Seiten {shown}</translation>
    </message>
    <message>
        <source>, ... ({count} pages)</source>
        <translation>, ... ({count} Seiten)</translation>
    </message>
    <message>
        <source>no page (document level)</source>
        <translation>keine Seite (Dokumentebene)</translation>
    </message>
    <message>
        <source>OCR read no word in the picture it shows</source>
        <translation>OCR hat im gezeigten Bild kein Wort gelesen</translation>
    </message>
    <message>
        <source>OCR confidence {ocr_confidence}% (under {LOW_CONFIDENCE}%)</source>
        <translation>OCR-Sicherheit {ocr_confidence} % (unter {LOW_CONFIDENCE} %)</translation>
    </message>
    <message>
        <source>visual must be one of {VISUAL_MODES}</source>
        <translation>visual muss eines von {VISUAL_MODES} sein</translation>
    </message>
    <message>
        <source>{name}&apos;s key ({fingerprint}) is not trusted in this store; only a trusted signer accepts a restore</source>
        <translation>der Schlüssel von {name} ({fingerprint}) ist in diesem Speicher nicht vertrauenswürdig; nur ein vertrauenswürdiger Unterzeichner nimmt eine Wiederherstellung an</translation>
    </message>
    <message>
        <source>nothing to accept: the chain ends at the last head Clearance recorded</source>
        <translation>nichts anzunehmen: die Kette endet beim letzten Kopf, den Clearance festhielt</translation>
    </message>
    <message>
        <source>audit entry {seq}: a restore to entry {seq2} (last head seen {last_head_seen}) accepted by {signer}</source>
        <translation>Protokolleintrag {seq}: eine Wiederherstellung auf Eintrag {seq2} (zuletzt gesehener Kopf {last_head_seen}), angenommen von {signer}</translation>
    </message>
    <message>
        <source>audit entry {seq}: an accepted restore whose signature does not verify or whose key is not trusted</source>
        <translation>Protokolleintrag {seq}: eine angenommene Wiederherstellung, deren Signatur nicht stimmt oder deren Schlüssel nicht vertrauenswürdig ist</translation>
    </message>
    <message>
        <source>{label}: made after the key was revoked (audit entry {revoked})</source>
        <translation>{label}: nach der Sperrung des Schlüssels erteilt (Protokolleintrag {revoked})</translation>
    </message>
    <message>
        <source>sign-off {i} ({meaning} by {signer})</source>
        <translation>Freigabe {i} ({meaning} von {signer})</translation>
    </message>
    <message>
        <source>{label}: signature does not verify (the sign-off was changed)</source>
        <translation>{label}: Signatur stimmt nicht (die Freigabe wurde geändert)</translation>
    </message>
    <message>
        <source>{label}: signed by a key that is not trusted (fingerprint {fp}); only keys given with --trust or trusted in the store count</source>
        <translation>{label}: von einem nicht vertrauenswürdigen Schlüssel signiert (Fingerabdruck {fp}); nur mit --trust angegebene oder im Speicher vertrauenswürdige Schlüssel zählen</translation>
    </message>
    <message>
        <source>the first key both lines of trust go back to, {name} ({fingerprint}), is not trusted here (give its public key with --trust): any key can head a line</source>
        <translation>der erste Schlüssel, auf den beide Vertrauenslinien zurückgehen, {name} ({fingerprint}), ist hier nicht vertrauenswürdig (seinen öffentlichen Schlüssel mit --trust angeben): jeder Schlüssel kann eine Linie anführen</translation>
    </message>
    <message>
        <source>--revoked needs --trust FILE: the list counts only if a trusted key signed it</source>
        <translation>--revoked braucht --trust DATEI: die Liste zählt nur, wenn ein vertrauenswürdiger Schlüssel sie signiert hat</translation>
    </message>
    <message>
        <source>{path}: the revocation list&apos;s signature does not verify (changed)</source>
        <translation>{path}: die Signatur der Sperrliste stimmt nicht (geändert)</translation>
    </message>
    <message>
        <source>{path}: signed by a key that is not given with --trust (fingerprint {fp})</source>
        <translation>{path}: von einem Schlüssel signiert, der nicht mit --trust angegeben ist (Fingerabdruck {fp})</translation>
    </message>
    <message>
        <source>trusted in the store</source>
        <translation>im Speicher vertrauenswürdig</translation>
    </message>
    <message>
        <source> (made before named signers)</source>
        <translation> (erteilt vor benannten Unterzeichnern)</translation>
    </message>
    <message>
        <source>{label}: made after the key was revoked on {revoked_on} (the revocation list)</source>
        <translation>{label}: erteilt, nachdem der Schlüssel am {revoked_on} gesperrt wurde (laut Sperrliste)</translation>
    </message>
    <message>
        <source>{label}: the public key is not readable (changed)</source>
        <translation>{label}: der öffentliche Schlüssel ist nicht lesbar (geändert)</translation>
    </message>
    <message>
        <source>{label}: the signed fingerprint is not the signing key&apos;s</source>
        <translation>{label}: der signierte Fingerabdruck ist nicht der des signierenden Schlüssels</translation>
    </message>
    <message>
        <source>{label}: signed as {signer} but the key is trusted as {name}</source>
        <translation>{label}: als {signer} signiert, aber der Schlüssel ist als {name} vertrauenswürdig</translation>
    </message>
    <message>
        <source>{label}: signed a different manifest (the manifest was changed after sign-off)</source>
        <translation>{label}: hat ein anderes Manifest signiert (das Manifest wurde nach der Freigabe geändert)</translation>
    </message>
    <message>
        <source>{label}: covers audit entry {seq} but the chain ends at {last} (its tail was cut)</source>
        <translation>{label}: deckt Protokolleintrag {seq} ab, aber die Kette endet bei {last} (ihr Ende wurde abgeschnitten)</translation>
    </message>
    <message>
        <source>{label}: {join} differ from what was signed (changed)</source>
        <translation>{label}: {join} weichen vom Signierten ab (geändert)</translation>
    </message>
    <message>
        <source>the {meaning} sign-off by {signer}: {problem}</source>
        <translation>die Freigabe „{meaning}“ von {signer}: {problem}</translation>
    </message>
    <message>
        <source>{path}: not a revocation list written by clearance signer revocations ({exc})</source>
        <translation>{path}: keine von clearance signer revocations geschriebene Sperrliste ({exc})</translation>
    </message>
    <message>
        <source>{label}: duplicates sign-off {seen} (a copied sign-off)</source>
        <translation>{label}: doppelt zu Freigabe {seen} (eine kopierte Freigabe)</translation>
    </message>
    <message>
        <source>{label}: key {fp} trusted as {name} ({source}){old}</source>
        <translation>{label}: Schlüssel {fp} vertrauenswürdig als {name} ({source}){old}</translation>
    </message>
    <message>
        <source>{label}: the audit entry {seq} it covers was changed</source>
        <translation>{label}: der abgedeckte Protokolleintrag {seq} wurde geändert</translation>
    </message>
    <message>
        <source>audit entries {join} record the same sign-off twice</source>
        <translation>die Protokolleinträge {join} halten dieselbe Freigabe zweimal fest</translation>
    </message>
    <message>
        <source>audit entry {seqs} records a sign-off ({meaning} by {signer}) that is missing (deleted)</source>
        <translation>Protokolleintrag {seqs} hält eine Freigabe fest ({meaning} von {signer}), die fehlt (gelöscht)</translation>
    </message>
    <message>
        <source>sign-off {i} ({meaning} by {signer}): not in the audit chain</source>
        <translation>Freigabe {i} ({meaning} von {signer}): nicht in der Prüfkette</translation>
    </message>
    <message>
        <source>the manifest names {name} ({fingerprint}) as {meaning} signer, but that sign-off is missing</source>
        <translation>das Manifest nennt {name} ({fingerprint}) als Unterzeichner „{meaning}“, aber diese Freigabe fehlt</translation>
    </message>
    <message>
        <source>four eyes: reviewed by {signer} and approved by {signer2}, two trusted keys on two branches of trust below the first key {name} ({fingerprint})</source>
        <translation>Vier Augen: geprüft von {signer} und genehmigt von {signer2}, zwei vertrauenswürdige Schlüssel auf zwei Vertrauensästen unter dem ersten Schlüssel {name} ({fingerprint})</translation>
    </message>
    <message>
        <source>four-eyes: the two keys may be one person&apos;s: {refusals}</source>
        <translation>Vier Augen: die beiden Schlüssel könnten einer Person gehören: {refusals}</translation>
    </message>
    <message>
        <source>four eyes: waiting for an approval by a key on another branch ({refusals})</source>
        <translation>Vier Augen: wartet auf eine Genehmigung durch einen Schlüssel auf einem anderen Ast ({refusals})</translation>
    </message>
    <message>
        <source>four-eyes: the batch needs a &apos;reviewed&apos; and an &apos;approved&apos; sign-off by two different trusted keys</source>
        <translation>Vier Augen: der Stapel braucht eine Freigabe „geprüft“ und eine Freigabe „genehmigt“ von zwei verschiedenen vertrauenswürdigen Schlüsseln</translation>
    </message>
    <message>
        <source>four eyes: waiting for the approved sign-off by a second key</source>
        <translation>Vier Augen: wartet auf die Freigabe „genehmigt“ durch einen zweiten Schlüssel</translation>
    </message>
    <message>
        <source>the manifest does not list this file</source>
        <translation>das Manifest führt diese Datei nicht auf</translation>
    </message>
    <message>
        <source>the stored file differs from the one the manifest lists (sha256); the store was changed</source>
        <translation>die gespeicherte Datei weicht von der im Manifest aufgeführten ab (sha256); der Speicher wurde geändert</translation>
    </message>
    <message>
        <source>no batch {batch_id} in the store</source>
        <translation>kein Stapel {batch_id} im Speicher</translation>
    </message>
    <message>
        <source>batch {batch_id} has no document file {file_name}</source>
        <translation>Stapel {batch_id} hat keine Dokumentdatei {file_name}</translation>
    </message>
    <message>
        <source>a refusal needs a reason: what must change before you approve</source>
        <translation>eine Ablehnung braucht eine Begründung: was sich vor der Genehmigung ändern muss</translation>
    </message>
    <message>
        <source>the reason is {count} characters long; say it in at most {MAX_REASON}</source>
        <translation>die Begründung ist {count} Zeichen lang; höchstens {MAX_REASON} verwenden</translation>
    </message>
    <message>
        <source>batch {batch_id} has every sign-off it needs already; there is nothing to refuse</source>
        <translation>Stapel {batch_id} hat bereits jede nötige Freigabe; es gibt nichts abzulehnen</translation>
    </message>
    <message>
        <source>{name}&apos;s key ({fp}) is not trusted in this store; only a trusted signer&apos;s refusal is recorded</source>
        <translation>der Schlüssel von {name} ({fp}) ist in diesem Speicher nicht vertrauenswürdig; nur die Ablehnung eines vertrauenswürdigen Unterzeichners wird festgehalten</translation>
    </message>
    <message>
        <source>{name}&apos;s key ({fp}) was revoked; it signs nothing any more</source>
        <translation>der Schlüssel von {name} ({fp}) wurde gesperrt; er signiert nichts mehr</translation>
    </message>
    <message>
        <source>this key ({fp}) signed batch {batch_id} itself; a refusal is another person&apos;s word</source>
        <translation>dieser Schlüssel ({fp}) hat Stapel {batch_id} selbst signiert; eine Ablehnung ist das Wort einer anderen Person</translation>
    </message>
    <message>
        <source>{file_name} has no page {value} (it has {page_count})</source>
        <translation>{file_name} hat keine Seite {value} (sie hat {page_count})</translation>
    </message>
    <message>
        <source>the store does not verify, nothing was exported: {problems}</source>
        <translation>der Speicher besteht die Prüfung nicht, nichts wurde exportiert: {problems}</translation>
    </message>
    <message>
        <source>the manifest would carry a redacted name; nothing was exported</source>
        <translation>das Manifest enthielte einen geschwärzten Namen; nichts wurde exportiert</translation>
    </message>
    <message>
        <source>{name}: its consent changed while the batch was prepared ({reasons}); nothing was exported</source>
        <translation>{name}: seine Einwilligung hat sich geändert, während der Stapel vorbereitet wurde ({reasons}); nichts wurde exportiert</translation>
    </message>
    <message>
        <source>{note}; the unreadable pages cannot be checked for names</source>
        <translation>{note}; die unlesbaren Seiten können nicht auf Namen geprüft werden</translation>
    </message>
    <message>
        <source>{count} residue group(s) not looked at ({count2} occurrence(s) of text that still looks identifying but was never proposed or was rejected): redact or mark each fine (g i in the window, `clearance residue`), or set the residue policy to automatic</source>
        <translation>{count} Restgruppe(n) nicht angesehen ({count2} Vorkommen von Text, der noch identifizierend aussieht, aber nie vorgeschlagen oder abgelehnt wurde): jede schwärzen oder als unbedenklich markieren (g i im Fenster, `clearance residue`) oder die Restrichtlinie auf automatisch setzen</translation>
    </message>
    <message>
        <source>{title} could not run: {exc}</source>
        <translation>{title} konnte nicht laufen: {exc}</translation>
    </message>
    <message>
        <source>the verifier read {count} further occurrence(s) of redacted text on page(s) {join} and they were redacted too; they are kept as findings added at export</source>
        <translation>der Verifizierer las {count} weitere(s) Vorkommen geschwärzten Texts auf Seite(n) {join}, die ebenfalls geschwärzt wurden; sie bleiben als beim Export ergänzte Fundstellen erhalten</translation>
    </message>
    <message>
        <source>{path} has changed since it was imported (sha256 differs); import it again</source>
        <translation>{path} hat sich seit dem Einlesen geändert (sha256 weicht ab); erneut einlesen</translation>
    </message>
    <message>
        <source>the original file cannot be read: {reason}</source>
        <translation>die Originaldatei kann nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <source>the original file cannot be read: {strerror}</source>
        <translation>die Originaldatei kann nicht gelesen werden: {strerror}</translation>
    </message>
    <message>
        <source>no document {doc_id} in the store</source>
        <translation>kein Dokument {doc_id} im Speicher</translation>
    </message>
    <message>
        <source>{name} has no page {value} (it has {pages})</source>
        <translation>{name} hat keine Seite {value} (es hat {pages})</translation>
    </message>
    <message>
        <source>{target} is a file; choose a new or empty folder</source>
        <translation>{target} ist eine Datei; einen neuen oder leeren Ordner wählen</translation>
    </message>
    <message>
        <source>{target} is not empty; choose a new or empty folder (nothing was written)</source>
        <translation>{target} ist nicht leer; einen neuen oder leeren Ordner wählen (nichts wurde geschrieben)</translation>
    </message>
    <message>
        <source>batch {batch_id} may not leave yet: {missing}</source>
        <translation>Stapel {batch_id} darf noch nicht hinaus: {missing}</translation>
    </message>
    <message>
        <source>the store does not verify, nothing was signed: {problems}</source>
        <translation>der Speicher besteht die Prüfung nicht, nichts wurde signiert: {problems}</translation>
    </message>
    <message>
        <source>{parent}: cannot write there ({strerror})</source>
        <translation>{parent}: dort kann nicht geschrieben werden ({strerror})</translation>
    </message>
    <message>
        <source>the written batch does not verify, nothing was exported: {problems}</source>
        <translation>der geschriebene Stapel besteht die Prüfung nicht, nichts wurde exportiert: {problems}</translation>
    </message>
    <message>
        <source>{target}: the batch could not be written ({value}); nothing was exported</source>
        <translation>{target}: der Stapel konnte nicht geschrieben werden ({value}); nichts wurde exportiert</translation>
    </message>
    <message>
        <source>{target}: the batch is signed and kept in the store, but its folder could not be put in place ({value})</source>
        <translation>{target}: der Stapel ist signiert und im Speicher verwahrt, aber sein Ordner konnte nicht an seinen Platz gelegt werden ({value})</translation>
    </message>
    <message>
        <source>added at export: the verifier read {read} in {join} on page {value}</source>
        <translation>beim Export ergänzt: der Verifizierer las {read} in {join} auf Seite {value}</translation>
    </message>
    <message>
        <source>risk: {k}; linkability {share} ({count} of {n} document(s) share a code or pseudonym); {left} of {found} quasi-identifier(s) left</source>
        <translation>Risiko: {k}; Verknüpfbarkeit {share} ({count} von {n} Dokument(en) teilen eine Kennung oder ein Pseudonym); {left} von {found} Quasi-Identifikator(en) übrig</translation>
    </message>
    <message>
        <source>the k threshold is at least 1</source>
        <translation>die k-Schwelle ist mindestens 1</translation>
    </message>
    <message>
        <source>store (reviewed documents, not a batch)</source>
        <translation>Speicher (geprüfte Dokumente, kein Stapel)</translation>
    </message>
    <message>
        <source>batch {batch_id}</source>
        <translation>Stapel {batch_id}</translation>
    </message>
    <message>
        <source>no batch {batch_id} in {path} (`clearance risk` with no batch takes the newest)</source>
        <translation>kein Stapel {batch_id} in {path} (`clearance risk` ohne Stapel nimmt den neuesten)</translation>
    </message>
    <message>
        <source>{name}&apos;s key ({fingerprint}) is not trusted in this store; a colleague must run `clearance signer trust {name2}.pub` first</source>
        <translation>der Schlüssel von {name} ({fingerprint}) ist in diesem Speicher nicht vertrauenswürdig; ein Kollege muss zuerst `clearance signer trust {name2}.pub` ausführen</translation>
    </message>
    <message>
        <source>it has no sign-off by a trusted key</source>
        <translation>er hat keine Freigabe durch einen vertrauenswürdigen Schlüssel</translation>
    </message>
    <message>
        <source>{name}&apos;s key ({fp}) was revoked on {revoked_at}{value}; it signs nothing any more</source>
        <translation>der Schlüssel von {name} ({fp}) wurde am {revoked_at}{value} gesperrt; er signiert nichts mehr</translation>
    </message>
    <message>
        <source>this key ({fp}) already signed batch {id} as {meaning}; a second sign-off needs another person&apos;s key</source>
        <translation>dieser Schlüssel ({fp}) hat Stapel {id} bereits als {meaning} signiert; eine zweite Freigabe braucht den Schlüssel einer anderen Person</translation>
    </message>
    <message>
        <source>four-eyes rule: the batch needs a &apos;reviewed&apos; sign-off by a trusted key before it can be approved</source>
        <translation>Vier-Augen-Regel: der Stapel braucht eine Freigabe „geprüft“ durch einen vertrauenswürdigen Schlüssel, bevor er genehmigt werden kann</translation>
    </message>
    <message>
        <source>four-eyes rule: {four_eyes_refusal}; the first key adds the reviewer&apos;s and the approver&apos;s keys (clearance signer trust NAME.pub --by FIRST), who then sign</source>
        <translation>Vier-Augen-Regel: {four_eyes_refusal}; der erste Schlüssel fügt die Schlüssel des Prüfers und des Genehmigenden hinzu (clearance signer trust NAME.pub --by ERSTER), die dann signieren</translation>
    </message>
    <message>
        <source>four-eyes rule: {refusals}; the approval needs a key added through another branch of trust</source>
        <translation>Vier-Augen-Regel: {refusals}; die Genehmigung braucht einen Schlüssel, der über einen anderen Vertrauensast hinzugefügt wurde</translation>
    </message>
    <message>
        <source>four-eyes rule: this account&apos;s key folder holds both {signer}&apos;s key, which reviewed batch {id}, and {here}&apos;s; the approval must be made by another person with their own key, in their own account</source>
        <translation>Vier-Augen-Regel: der Schlüsselordner dieses Kontos enthält sowohl den Schlüssel von {signer}, der Stapel {id} geprüft hat, als auch den von {here}; die Genehmigung muss eine andere Person mit ihrem eigenen Schlüssel in ihrem eigenen Konto erteilen</translation>
    </message>
    <message>
        <source>meaning must be one of {join}, not {meaning}</source>
        <translation>die Bedeutung muss eine von {join} sein, nicht {meaning}</translation>
    </message>
    <message>
        <source>a sign-off needs a signer&apos;s key (clearance signer create NAME)</source>
        <translation>eine Freigabe braucht den Schlüssel eines Unterzeichners (clearance signer create NAME)</translation>
    </message>
    <message>
        <source>four-eyes is on: it needs an &apos;approved&apos; sign-off by a second trusted key (clearance signoff {batch_id} --meaning approved --signer NAME)</source>
        <translation>Vier Augen ist an: er braucht eine Freigabe „genehmigt“ durch einen zweiten vertrauenswürdigen Schlüssel (clearance signoff {batch_id} --meaning approved --signer NAME)</translation>
    </message>
    <message>
        <source>four-eyes is on and its two keys may be one person&apos;s: {refusals}</source>
        <translation>Vier Augen ist an, und seine beiden Schlüssel könnten einer Person gehören: {refusals}</translation>
    </message>
    <message>
        <source>the chain runs to {last} but the last head Clearance recorded is {top}: entries {value}-{last2} were added outside Clearance</source>
        <translation>die Kette reicht bis {last}, aber der letzte von Clearance festgehaltene Kopf ist {top}: die Einträge {value}-{last2} wurden außerhalb von Clearance hinzugefügt</translation>
    </message>
    <message>
        <source>the chain ends at {last}, the last head seen was {top}: its newest entries were cut, or this is an older copy of the store (a restored backup, or a copy made without its -wal file); `clearance verify STORE --accept-restore --signer NAME` accepts a restore on purpose</source>
        <translation>die Kette endet bei {last}, der zuletzt gesehene Kopf war {top}: ihre neuesten Einträge wurden abgeschnitten, oder dies ist eine ältere Kopie des Speichers (eine wiederhergestellte Sicherung oder eine Kopie ohne ihre -wal-Datei); `clearance verify SPEICHER --accept-restore --signer NAME` nimmt eine gewollte Wiederherstellung an</translation>
    </message>
    <message>
        <source>audit entry {rewritten} is not the one the last head recorded (the chain was rewritten)</source>
        <translation>Protokolleintrag {rewritten} ist nicht der, den der letzte Kopf festhielt (die Kette wurde umgeschrieben)</translation>
    </message>
    <message>
        <source>the chain is empty, the last head seen was {top}: its entries were deleted</source>
        <translation>die Kette ist leer, der zuletzt gesehene Kopf war {top}: ihre Einträge wurden gelöscht</translation>
    </message>
    <message>
        <source>chain head: no head file for this store on this computer (a store from elsewhere, or older than head files); a cut tail cannot be seen</source>
        <translation>Kettenkopf: keine Kopfdatei für diesen Speicher auf diesem Rechner (ein Speicher von anderswo oder älter als Kopfdateien); ein abgeschnittenes Ende ist nicht zu erkennen</translation>
    </message>
    <message>
        <source>{where}: unreadable (changed outside Clearance)</source>
        <translation>{where}: unlesbar (außerhalb von Clearance geändert)</translation>
    </message>
    <message>
        <source>{where}: changed outside Clearance (its MAC does not verify)</source>
        <translation>{where}: außerhalb von Clearance geändert (sein MAC stimmt nicht)</translation>
    </message>
    <message>
        <source>{where}: belongs to another store</source>
        <translation>{where}: gehört zu einem anderen Speicher</translation>
    </message>
    <message>
        <source>chain head: entry {last} is the last head Clearance recorded ({where}{value})</source>
        <translation>Kettenkopf: Eintrag {last} ist der letzte von Clearance festgehaltene Kopf ({where}{value})</translation>
    </message>
    <message>
        <source>the passphrase is empty or only spaces</source>
        <translation>die Passphrase ist leer oder besteht nur aus Leerzeichen</translation>
    </message>
    <message>
        <source>the passphrase needs at least {MIN_PASSPHRASE} characters (a few words make a good one)</source>
        <translation>die Passphrase braucht mindestens {MIN_PASSPHRASE} Zeichen (ein paar Wörter ergeben eine gute)</translation>
    </message>
    <message>
        <source>the passphrase repeats a few characters; use at least {MIN_DISTINCT} different ones</source>
        <translation>die Passphrase wiederholt wenige Zeichen; mindestens {MIN_DISTINCT} verschiedene verwenden</translation>
    </message>
    <message>
        <source>a single word alone is guessed from a dictionary; use several words, or add digits or punctuation</source>
        <translation>ein einzelnes Wort wird aus einem Wörterbuch erraten; mehrere Wörter verwenden oder Ziffern oder Satzzeichen hinzufügen</translation>
    </message>
    <message>
        <source>does not hold an Ed25519 key</source>
        <translation>enthält keinen Ed25519-Schlüssel</translation>
    </message>
    <message>
        <source>{folder} is not a plain folder (a symbolic link?); keys are kept only in one</source>
        <translation>{folder} ist kein gewöhnlicher Ordner (ein symbolischer Link?); Schlüssel werden nur in einem solchen verwahrt</translation>
    </message>
    <message>
        <source>{folder} belongs to another user; keys are kept only in a folder of your own</source>
        <translation>{folder} gehört einem anderen Benutzer; Schlüssel werden nur in einem eigenen Ordner verwahrt</translation>
    </message>
    <message>
        <source>{folder} can be written by others; make it owner-only first (chmod 700 {folder2})</source>
        <translation>{folder} ist für andere beschreibbar; zuerst nur für den Eigentümer freigeben (chmod 700 {folder2})</translation>
    </message>
    <message>
        <source>{path} is a symbolic link; a key is opened only from a file of its own</source>
        <translation>{path} ist ein symbolischer Link; ein Schlüssel wird nur aus einer eigenen Datei geöffnet</translation>
    </message>
    <message>
        <source>{path} is not a plain file</source>
        <translation>{path} ist keine gewöhnliche Datei</translation>
    </message>
    <message>
        <source>{path} belongs to another user; a key is opened only from your own file</source>
        <translation>{path} gehört einem anderen Benutzer; ein Schlüssel wird nur aus einer eigenen Datei geöffnet</translation>
    </message>
    <message>
        <source>{path} can be read by others; make it owner-only (chmod 600) first</source>
        <translation>{path} ist für andere lesbar; zuerst nur für den Eigentümer freigeben (chmod 600)</translation>
    </message>
    <message>
        <source>not a Clearance key file</source>
        <translation>keine Clearance-Schlüsseldatei</translation>
    </message>
    <message>
        <source>scrypt cost n={n} r={r} p={p} is not one Clearance writes</source>
        <translation>scrypt-Kosten n={n} r={r} p={p} schreibt Clearance nicht</translation>
    </message>
    <message>
        <source>not a readable Clearance key file ({exc})</source>
        <translation>keine lesbare Clearance-Schlüsseldatei ({exc})</translation>
    </message>
    <message>
        <source>it carries no line of trust (signed by an older Clearance, or changed)</source>
        <translation>er trägt keine Vertrauenslinie (von einer älteren Clearance signiert oder geändert)</translation>
    </message>
    <message>
        <source>its line of trust starts at another key (changed)</source>
        <translation>seine Vertrauenslinie beginnt bei einem anderen Schlüssel (geändert)</translation>
    </message>
    <message>
        <source>its line of trust runs in a circle (changed)</source>
        <translation>seine Vertrauenslinie läuft im Kreis (geändert)</translation>
    </message>
    <message>
        <source>{who} and {who2} go back to two different first keys ({who3}, {who4}): nothing shows they are two people</source>
        <translation>{who} und {who2} gehen auf zwei verschiedene erste Schlüssel zurück ({who3}, {who4}): nichts zeigt, dass es zwei Personen sind</translation>
    </message>
    <message>
        <source>{who} and {who2} were both added below {who3}, who could have made both; the two keys must be added through two different keys below the first key</source>
        <translation>{who} und {who2} wurden beide unter {who3} hinzugefügt, der beide erzeugt haben könnte; die beiden Schlüssel müssen über zwei verschiedene Schlüssel unter dem ersten Schlüssel hinzugefügt werden</translation>
    </message>
    <message>
        <source>link {value} of its line of trust does not name the key above it (changed)</source>
        <translation>Glied {value} seiner Vertrauenslinie nennt nicht den Schlüssel darüber (geändert)</translation>
    </message>
    <message>
        <source>{name}&apos;s signature adding {name2} does not verify (changed)</source>
        <translation>die Signatur von {name}, die {name2} hinzufügt, stimmt nicht (geändert)</translation>
    </message>
    <message>
        <source>{who} is a key no trusted key added (the store&apos;s first key): it could have added every other key, so it signs neither side of four eyes</source>
        <translation>{who} ist ein Schlüssel, den kein vertrauenswürdiger Schlüssel hinzugefügt hat (der erste Schlüssel des Speichers): er könnte jeden anderen Schlüssel hinzugefügt haben, darum signiert er keine Seite der vier Augen</translation>
    </message>
    <message>
        <source>{who} was added {how} {who2}, who could have made it a second identity</source>
        <translation>{who} wurde {how} {who2} hinzugefügt, der ihn als zweite Identität erzeugt haben könnte</translation>
    </message>
    <message>
        <source>link {value} of its line of trust: the key is not its fingerprint&apos;s (changed)</source>
        <translation>Glied {value} seiner Vertrauenslinie: der Schlüssel gehört nicht zu seinem Fingerabdruck (geändert)</translation>
    </message>
    <message>
        <source>link {value} of its line of trust: the key is not readable (changed)</source>
        <translation>Glied {value} seiner Vertrauenslinie: der Schlüssel ist nicht lesbar (geändert)</translation>
    </message>
    <message>
        <source>its line of trust stops before the key that was added by no key (cut)</source>
        <translation>seine Vertrauenslinie endet vor dem Schlüssel, den kein Schlüssel hinzugefügt hat (abgeschnitten)</translation>
    </message>
    <message>
        <source>{name} is not a signer name: use letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos; (ASCII, starting with a letter or digit, at most 64)</source>
        <translation>{name} ist kein Unterzeichnername: Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; oder &apos;-&apos; verwenden (ASCII, beginnend mit Buchstabe oder Ziffer, höchstens 64)</translation>
    </message>
    <message>
        <source>{problem}; nothing was created</source>
        <translation>{problem}; nichts wurde angelegt</translation>
    </message>
    <message>
        <source>no signer {name} on this computer (clearance signer list; clearance signer create)</source>
        <translation>kein Unterzeichner {name} auf diesem Rechner (clearance signer list; clearance signer create)</translation>
    </message>
    <message>
        <source>there is no old signing key ({path}) to adopt</source>
        <translation>es gibt keinen alten Signaturschlüssel ({path}) zu übernehmen</translation>
    </message>
    <message>
        <source>{path}: the fingerprint does not belong to the key (the file was changed)</source>
        <translation>{path}: der Fingerabdruck gehört nicht zum Schlüssel (die Datei wurde geändert)</translation>
    </message>
    <message>
        <source>wrong passphrase for signer {name}</source>
        <translation>falsche Passphrase für Unterzeichner {name}</translation>
    </message>
    <message>
        <source>not a Clearance public key file</source>
        <translation>keine Datei mit öffentlichem Clearance-Schlüssel</translation>
    </message>
    <message>
        <source>{path}: not a Clearance public key file ({exc})</source>
        <translation>{path}: keine Datei mit öffentlichem Clearance-Schlüssel ({exc})</translation>
    </message>
    <message>
        <source>{text} is not on or off</source>
        <translation>{text} ist weder on noch off</translation>
    </message>
    <message>
        <source>no setting {name}; settings: {join}</source>
        <translation>keine Einstellung {name}; Einstellungen: {join}</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
    <message>
        <source>{name} takes {count} argument(s), not {count2}</source>
        <translation>{name} nimmt {count} Argument(e), nicht {count2}</translation>
    </message>
    <message>
        <source>{name} is on or off, not {value}</source>
        <translation>{name} ist on oder off, nicht {value}</translation>
    </message>
    <message>
        <source>{name} is {low} to {high}, not {text}</source>
        <translation>{name} ist {low} bis {high}, nicht {text}</translation>
    </message>
    <message>
        <source>{name} is a whole number, not {value}</source>
        <translation>{name} ist eine ganze Zahl, nicht {value}</translation>
    </message>
    <message>
        <source>{name} is {low} to {high}, not {value}</source>
        <translation>{name} ist {low} bis {high}, nicht {value}</translation>
    </message>
    <message>
        <source>{name} is on or off, not {text}</source>
        <translation>{name} ist on oder off, nicht {text}</translation>
    </message>
    <message>
        <source>{name} is {join}, not {value}</source>
        <translation>{name} ist {join}, nicht {value}</translation>
    </message>
    <message>
        <source>{name} is text, not {value}</source>
        <translation>{name} ist Text, nicht {value}</translation>
    </message>
    <message>
        <source>{direct} finding(s) still proposed; confirm or reject them first</source>
        <translation>{direct} Fundstelle(n) noch vorgeschlagen; zuerst bestätigen oder ablehnen</translation>
    </message>
    <message>
        <source>{cls} is one of {join}, a treatment one of {join2}</source>
        <translation>{cls} ist eine von {join}, eine Behandlung eine von {join2}</translation>
    </message>
    <message>
        <source>nothing to redact: “{text}” is no longer readable</source>
        <translation>nichts zu schwärzen: „{text}“ ist nicht mehr lesbar</translation>
    </message>
    <message>
        <source>unknown scope {scope}</source>
        <translation>unbekannter Geltungsbereich {scope}</translation>
    </message>
    <message>
        <source>{c} is empty</source>
        <translation>{c} ist leer</translation>
    </message>
    <message>
        <source>missing columns: {join}</source>
        <translation>fehlende Spalten: {join}</translation>
    </message>
    <message>
        <source>unknown columns: {join}</source>
        <translation>unbekannte Spalten: {join}</translation>
    </message>
    <message>
        <source>columns given twice: {join}</source>
        <translation>doppelt angegebene Spalten: {join}</translation>
    </message>
    <message>
        <source>larger than {value} MB, more than a text file of this kind holds; give the file itself (or split it)</source>
        <translation>größer als {value} MB, mehr als eine Textdatei dieser Art enthält; die Datei selbst angeben (oder sie aufteilen)</translation>
    </message>
    <message>
        <source>not a text file (it holds NUL characters)</source>
        <translation>keine Textdatei (sie enthält NUL-Zeichen)</translation>
    </message>
    <message>
        <source>line 1: bad header ({value}); expected {join}</source>
        <translation>Zeile 1: fehlerhafte Kopfzeile ({value}); erwartet: {join}</translation>
    </message>
    <message>
        <source>party_kind {shown} is not company or person</source>
        <translation>party_kind {shown} ist weder company noch person</translation>
    </message>
    <message>
        <source>status {shown} is not one of {join}</source>
        <translation>status {shown} ist keiner von {join}</translation>
    </message>
    <message>
        <source>purpose {shown} must be lower-case words joined by &apos;-&apos; (e.g. ai-training)</source>
        <translation>purpose {shown} muss aus kleingeschriebenen, mit &apos;-&apos; verbundenen Wörtern bestehen (z. B. ai-training)</translation>
    </message>
    <message>
        <source>email {shown} is not an e-mail address</source>
        <translation>email {shown} ist keine E-Mail-Adresse</translation>
    </message>
    <message>
        <source>a granted consent needs granted_on</source>
        <translation>eine erteilte Einwilligung braucht granted_on</translation>
    </message>
    <message>
        <source>a withdrawn consent needs withdrawn_on</source>
        <translation>eine widerrufene Einwilligung braucht withdrawn_on</translation>
    </message>
    <message>
        <source>valid_until {valid_until} is before granted_on {granted_on}</source>
        <translation>valid_until {valid_until} liegt vor granted_on {granted_on}</translation>
    </message>
    <message>
        <source>withdrawn_on {withdrawn_on} is before granted_on {granted_on}</source>
        <translation>withdrawn_on {withdrawn_on} liegt vor granted_on {granted_on}</translation>
    </message>
    <message>
        <source>not readable as UTF-16 text, though it starts like it (it reads as no plain letter, digit or line break); save it as UTF-8 and try again</source>
        <translation>nicht als UTF-16-Text lesbar, obwohl sie so beginnt (sie ergibt keine gewöhnlichen Buchstaben, Ziffern oder Zeilenumbrüche); als UTF-8 speichern und erneut versuchen</translation>
    </message>
    <message>
        <source>not a text file (it holds NUL bytes)</source>
        <translation>keine Textdatei (sie enthält NUL-Bytes)</translation>
    </message>
    <message>
        <source>line 1: {exc}</source>
        <translation>Zeile 1: {exc}</translation>
    </message>
    <message>
        <source>line {line}: more fields than the header has columns</source>
        <translation>Zeile {line}: mehr Felder, als die Kopfzeile Spalten hat</translation>
    </message>
    <message>
        <source>line {line}: {name} has other party details than on line {seen_party}</source>
        <translation>Zeile {line}: {name} hat andere Parteiangaben als in Zeile {seen_party}</translation>
    </message>
    <message>
        <source>{column} holds a control character (U+{ord})</source>
        <translation>{column} enthält ein Steuerzeichen (U+{ord})</translation>
    </message>
    <message>
        <source>{column} is {count} characters long (at most {MAX_FIELD})</source>
        <translation>{column} ist {count} Zeichen lang (höchstens {MAX_FIELD})</translation>
    </message>
    <message>
        <source>{column} {shown} is not a date (YYYY-MM-DD)</source>
        <translation>{column} {shown} ist kein Datum (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>not UTF-16 text, though it starts like it (cut off or damaged); save it as UTF-8 and try again</source>
        <translation>kein UTF-16-Text, obwohl sie so beginnt (abgeschnitten oder beschädigt); als UTF-8 speichern und erneut versuchen</translation>
    </message>
    <message>
        <source>not UTF-8 text (byte 0x{data} at offset {start}); save it as UTF-8 and try again</source>
        <translation>kein UTF-8-Text (Byte 0x{data} an Stelle {start}); als UTF-8 speichern und erneut versuchen</translation>
    </message>
    <message>
        <source>line {start}: {exc}; nothing after it was read</source>
        <translation>Zeile {start}: {exc}; nichts danach wurde gelesen</translation>
    </message>
    <message>
        <source>line {line}: {problem}</source>
        <translation>Zeile {line}: {problem}</translation>
    </message>
    <message>
        <source>line {line}: same party, purpose and version as line {first} with other values</source>
        <translation>Zeile {line}: dieselbe Partei, derselbe Zweck und dieselbe Fassung wie Zeile {first}, mit anderen Werten</translation>
    </message>
    <message>
        <source>no party {party} in the registry</source>
        <translation>keine Partei {party} im Register</translation>
    </message>
    <message>
        <source>{name}: a withdrawal on {day} is before the consent for {purpose} (v{version}) was granted on {granted_on}</source>
        <translation>{name}: ein Widerruf am {day} liegt vor der Erteilung der Einwilligung für {purpose} (v{version}) am {granted_on}</translation>
    </message>
    <message>
        <source>{name} holds no consent for {purpose} to withdraw</source>
        <translation>{name} hat keine Einwilligung für {purpose}, die widerrufen werden könnte</translation>
    </message>
    <message>
        <source>{path}: is a folder; give the CSV file</source>
        <translation>{path}: ist ein Ordner; die CSV-Datei angeben</translation>
    </message>
    <message>
        <source>{path}: {total} error(s); nothing was imported</source>
        <translation>{path}: {total} Fehler; nichts wurde eingelesen</translation>
    </message>
    <message>
        <source>{path}: no consent rows (only a header or empty lines); nothing was imported</source>
        <translation>{path}: keine Einwilligungszeilen (nur eine Kopfzeile oder leere Zeilen); nichts wurde eingelesen</translation>
    </message>
    <message>
        <source>{groups} residue group(s), {occurrences} occurrence(s): {open} not looked at</source>
        <translation>{groups} Restgruppe(n), {occurrences} Vorkommen: {open} nicht angesehen</translation>
    </message>
    <message>
        <source>the residue policy is automatic</source>
        <translation>die Restrichtlinie ist automatisch</translation>
    </message>
    <message>
        <source>decided by an automatic run (clearance review --accept-all or --reject-all)</source>
        <translation>durch einen automatischen Lauf entschieden (clearance review --accept-all oder --reject-all)</translation>
    </message>
    <message>
        <source>no residue ({redacted} group(s) redacted)</source>
        <translation>keine Reste ({redacted} Gruppe(n) geschwärzt)</translation>
    </message>
    <message>
        <source>no residue</source>
        <translation>keine Reste</translation>
    </message>
    <message>
        <source>{groups} residue group(s), {occurrences} occurrence(s): all looked at</source>
        <translation>{groups} Restgruppe(n), {occurrences} Vorkommen: alle angesehen</translation>
    </message>
    <message>
        <source>{groups} residue group(s), {occurrences} occurrence(s): {open} not looked at (automatic: recorded in the manifest)</source>
        <translation>{groups} Restgruppe(n), {occurrences} Vorkommen: {open} nicht angesehen (automatisch: im Manifest festgehalten)</translation>
    </message>
    <message>
        <source>no batch policy {name} (one of {join})</source>
        <translation>keine Stapelrichtlinie {name} (eine von {join})</translation>
    </message>
    <message>
        <source>{folder}: no document could be scanned</source>
        <translation>{folder}: kein Dokument konnte durchsucht werden</translation>
    </message>
    <message>
        <source>no unsigned automatic batch to sample (clearance batch FOLDER builds one; or give --batch ID)</source>
        <translation>kein unsignierter automatischer Stapel für eine Stichprobe (clearance batch ORDNER bildet einen; oder --batch ID angeben)</translation>
    </message>
    <message>
        <source>batch {id} records the QA of batch {seals}; sample that one</source>
        <translation>Stapel {id} hält die QS von Stapel {seals} fest; jenen stichprobenartig prüfen</translation>
    </message>
    <message>
        <source>the larger stratified sample would drop pages already drawn; draw a few more pages</source>
        <translation>die größere geschichtete Stichprobe ließe bereits gezogene Seiten fallen; ein paar Seiten mehr ziehen</translation>
    </message>
    <message>
        <source>batch {id} has no QA sample yet (clearance qa draw STORE --pages N)</source>
        <translation>Stapel {id} hat noch keine QS-Stichprobe (clearance qa draw SPEICHER --pages N)</translation>
    </message>
    <message>
        <source>{page_id} is not a page of batch {id}&apos;s sample (clearance qa report lists them)</source>
        <translation>{page_id} ist keine Seite der Stichprobe von Stapel {id} (clearance qa report listet sie auf)</translation>
    </message>
    <message>
        <source>“{missed}” is not on page {page_id} (type it as the page shows it)</source>
        <translation>„{missed}“ steht nicht auf Seite {page_id} (so eingeben, wie die Seite es zeigt)</translation>
    </message>
    <message>
        <source>batch {id} is no automatic batch (it has no QA policy)</source>
        <translation>Stapel {id} ist kein automatischer Stapel (er hat keine QS-Richtlinie)</translation>
    </message>
    <message>
        <source>no batch {batch_id} in {path}</source>
        <translation>kein Stapel {batch_id} in {path}</translation>
    </message>
    <message>
        <source>batch {id} was sampled with seed {seed}; a batch keeps its seed (drawing with other seeds until one looks good would void the estimate)</source>
        <translation>Stapel {id} wurde mit Startwert {seed} gezogen; ein Stapel behält seinen Startwert (mit anderen Startwerten zu ziehen, bis einer gut aussieht, machte die Schätzung wertlos)</translation>
    </message>
    <message>
        <source>batch {id} was sampled {value}; keep the same design</source>
        <translation>Stapel {id} wurde {value} gezogen; dasselbe Verfahren beibehalten</translation>
    </message>
    <message>
        <source>batch {id} has a sample of {count} pages; ask for more to make it larger</source>
        <translation>Stapel {id} hat eine Stichprobe von {count} Seiten; mehr verlangen, um sie zu vergrößern</translation>
    </message>
    <message>
        <source>{page_id} has a miss; it stays a miss in the estimate</source>
        <translation>{page_id} hat einen Fehltreffer; er bleibt einer in der Schätzung</translation>
    </message>
    <message>
        <source>the confidence must lie between 0 and 1</source>
        <translation>die Sicherheit muss zwischen 0 und 1 liegen</translation>
    </message>
    <message>
        <source>misses cannot be negative</source>
        <translation>Fehltreffer können nicht negativ sein</translation>
    </message>
    <message>
        <source>the target rate must lie between 0 and 1</source>
        <translation>die Zielrate muss zwischen 0 und 1 liegen</translation>
    </message>
    <message>
        <source>batch {batch} must show a miss rate of at most {target} at {confidence} and records no QA sample: draw and mark one (clearance qa draw, qa mark), then `clearance qa seal` builds the batch that records it</source>
        <translation>Stapel {batch} muss eine Fehlerrate von höchstens {target} bei {confidence} zeigen und hält keine QS-Stichprobe fest: eine ziehen und markieren (clearance qa draw, qa mark), dann bildet `clearance qa seal` den Stapel, der sie festhält</translation>
    </message>
    <message>
        <source>the QA sample is incomplete: {pages_marked} of {count} pages marked</source>
        <translation>die QS-Stichprobe ist unvollständig: {pages_marked} von {count} Seiten markiert</translation>
    </message>
    <message>
        <source>the miss rate&apos;s {confidence} upper bound is {upper_bound}, above the target of {target} ({pages_with_miss} page(s) with a miss in {count}); mark a larger sample (clearance qa draw --pages N)</source>
        <translation>die obere {confidence}-Schranke der Fehlerrate ist {upper_bound}, über dem Ziel von {target} ({pages_with_miss} Seite(n) mit Fehltreffer unter {count}); eine größere Stichprobe markieren (clearance qa draw --pages N)</translation>
    </message>
    <message>
        <source>the batch has a QA target and records no sample</source>
        <translation>der Stapel hat ein QS-Ziel und hält keine Stichprobe fest</translation>
    </message>
    <message>
        <source>the QA record&apos;s misses do not agree with its pages</source>
        <translation>die Fehltreffer des QS-Protokolls stimmen nicht mit seinen Seiten überein</translation>
    </message>
    <message>
        <source>the QA record&apos;s upper bound does not follow from its sample and misses</source>
        <translation>die obere Schranke des QS-Protokolls folgt nicht aus seiner Stichprobe und seinen Fehltreffern</translation>
    </message>
    <message>
        <source>the recorded QA sample is not what seed {seed} draws from the batch&apos;s pages</source>
        <translation>die festgehaltene QS-Stichprobe ist nicht das, was Startwert {seed} aus den Seiten des Stapels zieht</translation>
    </message>
    <message>
        <source>a sample is 1 to {count} pages (the batch has {count2}), not {n}</source>
        <translation>eine Stichprobe umfasst 1 bis {count} Seiten (der Stapel hat {count2}), nicht {n}</translation>
    </message>
    <message>
        <source>the recorded QA sample cannot be drawn again ({exc})</source>
        <translation>die festgehaltene QS-Stichprobe kann nicht erneut gezogen werden ({exc})</translation>
    </message>
    <message>
        <source>empty key in {text}</source>
        <translation>leere Taste in {text}</translation>
    </message>
    <message>
        <source>empty key</source>
        <translation>leere Taste</translation>
    </message>
    <message>
        <source>{message}; using the default keys</source>
        <translation>{message}; die vorgegebenen Tasten werden verwendet</translation>
    </message>
    <message>
        <source>unknown modifier {m} in key {text}</source>
        <translation>unbekannte Zusatztaste {m} in Taste {text}</translation>
    </message>
    <message>
        <source>unknown key name {key} in {text}</source>
        <translation>unbekannter Tastenname {key} in {text}</translation>
    </message>
    <message>
        <source>unknown mode [{mode}] (known: {join})</source>
        <translation>unbekannter Modus [{mode}] (bekannt: {join})</translation>
    </message>
    <message>
        <source>[{mode}] must be a table of command = keys</source>
        <translation>[{mode}] muss eine Tabelle aus Befehl = Tasten sein</translation>
    </message>
    <message>
        <source>{path}: not valid TOML ({exc})</source>
        <translation>{path}: kein gültiges TOML ({exc})</translation>
    </message>
    <message>
        <source>{path}: cannot be read ({exc})</source>
        <translation>{path}: kann nicht gelesen werden ({exc})</translation>
    </message>
    <message>
        <source>[{mode}] {cid}: no such command</source>
        <translation>[{mode}] {cid}: kein solcher Befehl</translation>
    </message>
    <message>
        <source>[{mode}] {cid}: the command does not work in this mode</source>
        <translation>[{mode}] {cid}: der Befehl wirkt in diesem Modus nicht</translation>
    </message>
    <message>
        <source>[{mode}] {cid}: keys must be a string or a list of strings</source>
        <translation>[{mode}] {cid}: Tasten müssen eine Zeichenkette oder eine Liste von Zeichenketten sein</translation>
    </message>
    <message>
        <source>[{mode}] {key} is bound to both {seen} and {cid}</source>
        <translation>[{mode}] {key} ist sowohl an {seen} als auch an {cid} gebunden</translation>
    </message>
    <message>
        <source>[{mode}] {key} ({seen}) hides the sequence {other} ({seen2})</source>
        <translation>[{mode}] {key} ({seen}) verdeckt die Folge {other} ({seen2})</translation>
    </message>
    <message>
        <source>Make {name} (id {party_id}) a {kind} in the registry? This changes it for all {where} that link it.</source>
        <translation>{name} (ID {party_id}) im Register zu {kind} machen? Das ändert es für alle {where}, die darauf verweisen.</translation>
    </message>
    <message>
        <source>Make {name} a {kind}? Its links in {where} move to the registry&apos;s {kind2} {name2} (id {id}), whose {held} consent record{value} then count{value2}.</source>
        <translation>{name} zu {kind} machen? Seine Verknüpfungen in {where} gehen auf {kind2} {name2} (ID {id}) des Registers über, dessen {held} Einwilligungseintrag{value} dann zählt{value2}.</translation>
    </message>
    <message>
        <source>all {started} detection actors on the Ray cluster were lost (the last: {why}); what finished is kept, and the same command goes on from there</source>
        <translation>alle {started} Erkennungs-Actors im Ray-Cluster gingen verloren (zuletzt: {why}); was fertig ist, bleibt, und derselbe Befehl macht dort weiter</translation>
    </message>
    <message>
        <source>a detection actor on the Ray cluster was lost ({why}); its pages go to the {count} left</source>
        <translation>ein Erkennungs-Actor im Ray-Cluster ging verloren ({why}); seine Seiten gehen an die {count} übrigen</translation>
    </message>
    <message>
        <source>the cluster refused this machine ({getattr}); {TOKEN_HINT}</source>
        <translation>der Cluster hat diesen Rechner abgewiesen ({getattr}); {TOKEN_HINT}</translation>
    </message>
    <message>
        <source>the cluster did not let this machine in within {JOIN_TIMEOUT_S} s; {TOKEN_HINT}</source>
        <translation>der Cluster hat diesen Rechner nicht binnen {JOIN_TIMEOUT_S} s aufgenommen; {TOKEN_HINT}</translation>
    </message>
    <message>
        <source>RAY_AUTH_TOKEN is set but RAY_AUTH_MODE is not, so Ray would not send the token; {TOKEN_HINT}</source>
        <translation>RAY_AUTH_TOKEN ist gesetzt, RAY_AUTH_MODE aber nicht, also würde Ray das Token nicht senden; {TOKEN_HINT}</translation>
    </message>
    <message>
        <source>{address} is not HOST:PORT</source>
        <translation>{address} ist nicht HOST:PORT</translation>
    </message>
    <message>
        <source>--engine ray needs Ray, which is not installed: {INSTALL_HINT}</source>
        <translation>--engine ray braucht Ray, das nicht installiert ist: {INSTALL_HINT}</translation>
    </message>
    <message>
        <source>this machine&apos;s loopback network (127.0.0.1) does not answer ({value})</source>
        <translation>das Loopback-Netz dieses Rechners (127.0.0.1) antwortet nicht ({value})</translation>
    </message>
    <message>
        <source>nothing answers at {address} ({value})</source>
        <translation>unter {address} antwortet nichts ({value})</translation>
    </message>
    <message>
        <source>cannot {where}: {exc}</source>
        <translation>{where} nicht möglich: {exc}</translation>
    </message>
    <message>
        <source>cannot {where}: {reason}</source>
        <translation>{where} nicht möglich: {reason}</translation>
    </message>
    <message>
        <source>{reason} (if the cluster uses token authentication: {TOKEN_HINT})</source>
        <translation>{reason} (falls der Cluster Token-Anmeldung verwendet: {TOKEN_HINT})</translation>
    </message>
    <message>
        <source>the cluster refused this machine (no token or another one); {TOKEN_HINT}</source>
        <translation>der Cluster hat diesen Rechner abgewiesen (kein oder ein anderes Token); {TOKEN_HINT}</translation>
    </message>
    <message>
        <source>{shard}: changed since `scan --out` wrote it (its sha256 is not the one in {name})</source>
        <translation>{shard}: geändert, seit `scan --out` es schrieb (sein sha256 ist nicht das in {name})</translation>
    </message>
    <message>
        <source>{shard}: {name}: page {page} of {pages} is no page</source>
        <translation>{shard}: {name}: Seite {page} von {pages} ist keine Seite</translation>
    </message>
    <message>
        <source>{shard}: {name}: {sha256} is not a sha256</source>
        <translation>{shard}: {name}: {sha256} ist kein sha256</translation>
    </message>
    <message>
        <source>{where}: its results are not a list of spans</source>
        <translation>{where}: seine Ergebnisse sind keine Liste von Spannen</translation>
    </message>
    <message>
        <source>{folder}: {name}: results for page {value}, but the file has {pages} page(s)</source>
        <translation>{folder}: {name}: Ergebnisse für Seite {value}, aber die Datei hat {pages} Seite(n)</translation>
    </message>
    <message>
        <source>{shard}: {name} page {value} appears twice with different results; which one is true cannot be told</source>
        <translation>{shard}: {name} Seite {value} erscheint zweimal mit verschiedenen Ergebnissen; welches stimmt, lässt sich nicht sagen</translation>
    </message>
    <message>
        <source>{shard}: no digest beside it ({name}); only shards as `scan --out` wrote them are imported</source>
        <translation>{shard}: kein Digest daneben ({name}); nur Shards, wie `scan --out` sie schrieb, werden importiert</translation>
    </message>
    <message>
        <source>{shard}: column {column} of a row is {name}, not {name2}</source>
        <translation>{shard}: Spalte {column} einer Zeile ist {name}, nicht {name2}</translation>
    </message>
    <message>
        <source>{where}: its results are not JSON (empty or cut)</source>
        <translation>{where}: seine Ergebnisse sind kein JSON (leer oder abgeschnitten)</translation>
    </message>
    <message>
        <source>{where}: a result is not a span with start, end, entity_type and score</source>
        <translation>{where}: ein Ergebnis ist keine Spanne mit start, end, entity_type und score</translation>
    </message>
    <message>
        <source>{where}: a span {start}..{end} is empty or before the page</source>
        <translation>{where}: eine Spanne {start}..{end} ist leer oder liegt vor der Seite</translation>
    </message>
    <message>
        <source>{folder}: {name} page {value}: a span {start}..{end} ends beyond the page&apos;s {count} characters</source>
        <translation>{folder}: {name} Seite {value}: eine Spanne {start}..{end} endet hinter den {count} Zeichen der Seite</translation>
    </message>
    <message>
        <source>{folder}: no findings shards (*.parquet) here; give the folder `scan --out` wrote</source>
        <translation>{folder}: hier sind keine Fund-Shards (*.parquet); geben Sie den Ordner an, den `scan --out` schrieb</translation>
    </message>
    <message>
        <source>{folder}: detected with {join}, but this store uses {version}; set the same spaCy model or scan again</source>
        <translation>{folder}: erkannt mit {join}, aber dieser Speicher verwendet {version}; dasselbe spaCy-Modell einstellen oder neu scannen</translation>
    </message>
    <message>
        <source>Parquet shards need pyarrow, which is not installed: {INSTALL_HINT}</source>
        <translation>Parquet-Shards brauchen pyarrow, das nicht installiert ist: {INSTALL_HINT}</translation>
    </message>
    <message>
        <source>{exc}; nothing was imported</source>
        <translation>{exc}; nichts wurde importiert</translation>
    </message>
    <message>
        <source>{shard}: not a findings shard (its columns are not the ones `scan --out` writes); nothing was imported</source>
        <translation>{shard}: kein Fund-Shard (seine Spalten sind nicht die, die `scan --out` schreibt); nichts wurde importiert</translation>
    </message>
    <message>
        <source>{exc}; nothing more was imported</source>
        <translation>{exc}; nichts weiter wurde importiert</translation>
    </message>
    <message>
        <source>{shard}: not a readable findings shard ({splitlines}); nothing was imported</source>
        <translation>{shard}: kein lesbarer Fund-Shard ({splitlines}); nichts wurde importiert</translation>
    </message>
    <message>
        <source>a second trusted signer must approve each export</source>
        <translation>ein zweiter vertrauenswürdiger Unterzeichner muss jeden Export genehmigen</translation>
    </message>
    <message>
        <source>review: every residue group decided before export; automatic: export redacts what was not</source>
        <translation>review: jede Restgruppe vor dem Export entschieden; automatic: der Export schwärzt, was nicht entschieden wurde</translation>
    </message>
    <message>
        <source>what export does with dates (quasi-identifiers)</source>
        <translation>was der Export mit Daten macht (Quasi-Identifikatoren)</translation>
    </message>
    <message>
        <source>what export does with amounts (quasi-identifiers)</source>
        <translation>was der Export mit Beträgen macht (Quasi-Identifikatoren)</translation>
    </message>
    <message>
        <source>what export does with codes (quasi-identifiers)</source>
        <translation>was der Export mit Kennungen macht (Quasi-Identifikatoren)</translation>
    </message>
    <message>
        <source>what export does with places (quasi-identifiers)</source>
        <translation>was der Export mit Orten macht (Quasi-Identifikatoren)</translation>
    </message>
    <message>
        <source>what export does with demographics (quasi-identifiers)</source>
        <translation>was der Export mit demografischen Angaben macht (Quasi-Identifikatoren)</translation>
    </message>
    <message>
        <source>what export does with organisations (quasi-identifiers)</source>
        <translation>was der Export mit Organisationen macht (Quasi-Identifikatoren)</translation>
    </message>
    <message>
        <source>the smallest group size `clearance risk` and the manifest hold a batch to</source>
        <translation>die kleinste Gruppengröße, an der `clearance risk` und das Manifest einen Stapel messen</translation>
    </message>
    <message>
        <source>the window&apos;s language at its next start: auto follows the system locale (CLEARANCE_LANGUAGE overrides it)</source>
        <translation>die Sprache des Fensters beim nächsten Start: auto folgt dem Gebietsschema des Systems (CLEARANCE_LANGUAGE geht vor)</translation>
    </message>
    <message>
        <source>write the finding&apos;s type ([PERSON]) in each redaction box</source>
        <translation>den Typ der Fundstelle ([PERSON]) in jeden Schwärzungskasten schreiben</translation>
    </message>
    <message>
        <source>contract: pseudonyms numbered per contract; corpus: one name, one pseudonym across a batch</source>
        <translation>contract: Pseudonyme je Vertrag nummeriert; corpus: ein Name, ein Pseudonym im ganzen Stapel</translation>
    </message>
    <message>
        <source>another installed spaCy model for detection (unset: the bundled one)</source>
        <translation>ein anderes installiertes spaCy-Modell für die Erkennung (nicht gesetzt: das mitgelieferte)</translation>
    </message>
    <message>
        <source>the store&apos;s random key for pseudonyms and shifted dates (hex; chained as its hash)</source>
        <translation>der Zufallsschlüssel des Speichers für Pseudonyme und verschobene Daten (hex; als sein Hash in der Kette)</translation>
    </message>
    <message>
        <source>the review list shows the candidates detection suppressed too</source>
        <translation>die Prüfliste zeigt auch die Kandidaten, die die Erkennung unterdrückt hat</translation>
    </message>
    <message>
        <source>where the reviewer was in the queue (JSON: document, finding)</source>
        <translation>wo der Prüfer in der Warteschlange stand (JSON: Dokument, Fundstelle)</translation>
    </message>
    <message>
        <source>a document&apos;s quasi-identifier class approved under the store&apos;s policy (document id, class)</source>
        <translation>eine Quasi-Identifikator-Klasse eines Dokuments, nach der Richtlinie des Speichers freigegeben (Dokument-ID, Klasse)</translation>
    </message>
    <message>
        <source>the finding the reviewer last had selected in a document (document id)</source>
        <translation>die Fundstelle, die der Prüfer in einem Dokument zuletzt ausgewählt hatte (Dokument-ID)</translation>
    </message>
    <message>
        <source>anyone who opens the store: `clearance settings set` or the export flow&apos;s check box</source>
        <translation>jeder, der den Speicher öffnet: `clearance settings set` oder das Kontrollkästchen des Exportablaufs</translation>
    </message>
    <message>
        <source>anyone who opens the store: `clearance settings set`</source>
        <translation>jeder, der den Speicher öffnet: `clearance settings set`</translation>
    </message>
    <message>
        <source>no command sets it: a store&apos;s settings row, for deployments and tests</source>
        <translation>kein Befehl setzt sie: eine Einstellungszeile des Speichers, für Installationen und Tests</translation>
    </message>
    <message>
        <source>Clearance itself, at the first export that needs it</source>
        <translation>Clearance selbst, beim ersten Export, der sie braucht</translation>
    </message>
    <message>
        <source>the review window, as the reviewer works</source>
        <translation>das Prüffenster, während der Prüfer arbeitet</translation>
    </message>
    <message>
        <source>the reviewer: the review window, `clearance review --approve/--accept-all`</source>
        <translation>der Prüfer: das Prüffenster, `clearance review --approve/--accept-all`</translation>
    </message>
    <message>
        <source>(set)</source>
        <translation>(gesetzt)</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>dates</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>amounts</source>
        <translation>Beträge</translation>
    </message>
    <message>
        <source>codes</source>
        <translation>Kennungen</translation>
    </message>
    <message>
        <source>places</source>
        <translation>Orte</translation>
    </message>
    <message>
        <source>demographics</source>
        <translation>Demografie</translation>
    </message>
    <message>
        <source>organisations</source>
        <translation>Organisationen</translation>
    </message>
    <message>
        <source>open a document first</source>
        <translation>zuerst ein Dokument öffnen</translation>
    </message>
    <message>
        <source>no finding selected</source>
        <translation>keine Fundstelle ausgewählt</translation>
    </message>
    <message>
        <source>nothing is selected</source>
        <translation>nichts ist ausgewählt</translation>
    </message>
    <message>
        <source>no find hits; press / to find</source>
        <translation>keine Suchtreffer; / drücken, um zu suchen</translation>
    </message>
    <message>
        <source>nothing found yet; press / to find</source>
        <translation>noch nichts gefunden; / drücken, um zu suchen</translation>
    </message>
    <message>
        <source>the selection holds no text</source>
        <translation>die Auswahl enthält keinen Text</translation>
    </message>
    <message>
        <source>the box is too small</source>
        <translation>der Kasten ist zu klein</translation>
    </message>
    <message>
        <source>no residue group selected</source>
        <translation>keine Restgruppe ausgewählt</translation>
    </message>
    <message>
        <source>the page text of this document is not available</source>
        <translation>der Seitentext dieses Dokuments ist nicht verfügbar</translation>
    </message>
    <message>
        <source>this finding has no box</source>
        <translation>diese Fundstelle hat keinen Kasten</translation>
    </message>
    <message>
        <source>this command needs the review window</source>
        <translation>dieser Befehl braucht das Prüffenster</translation>
    </message>
    <message>
        <source>no store is open</source>
        <translation>kein Speicher ist geöffnet</translation>
    </message>
    <message>
        <source>no text given: nothing was recorded</source>
        <translation>kein Text angegeben: nichts wurde erfasst</translation>
    </message>
</context>
<context>
    <name>DocumentQueue</name>
    <message>
        <source>Adding files…</source>
        <translation>Dateien werden hinzugefügt…</translation>
    </message>
    <message>
        <source>Adding files… {progress}</source>
        <translation>Dateien werden hinzugefügt… {progress}</translation>
    </message>
    <message>
        <source>Adding files cancelled: the files added before it stay in the queue</source>
        <translation>Hinzufügen abgebrochen: die bis dahin hinzugefügten Dateien bleiben in der Warteschlange</translation>
    </message>
    <message>
        <source>The files could not be added: {error}</source>
        <translation>Die Dateien konnten nicht hinzugefügt werden: {error}</translation>
    </message>
    <message>
        <source>{added} document(s) added, {duplicates} already in the queue</source>
        <translation>{added} Dokument(e) hinzugefügt, {duplicates} bereits in der Warteschlange</translation>
    </message>
    <message>
        <source>, {count} cannot be opened</source>
        <translation>, {count} lassen sich nicht öffnen</translation>
    </message>
    <message>
        <source>Detecting entities in {name}…</source>
        <translation>Entitäten werden erkannt in {name}…</translation>
    </message>
    <message>
        <source>Detecting entities</source>
        <translation>Entitäten erkennen</translation>
    </message>
    <message>
        <source>Detecting entities… {done}/{total} pages</source>
        <translation>Entitäten werden erkannt… {done}/{total} Seiten</translation>
    </message>
    <message>
        <source>Detection cancelled: the pages done are kept, and the rest resumes when the window opens again</source>
        <translation>Erkennung abgebrochen: die fertigen Seiten bleiben erhalten, der Rest folgt beim nächsten Öffnen des Fensters</translation>
    </message>
    <message>
        <source>Detection failed: {problem}</source>
        <translation>Erkennung fehlgeschlagen: {problem}</translation>
    </message>
    <message>
        <source>Detection finished</source>
        <translation>Erkennung abgeschlossen</translation>
    </message>
</context>
<context>
    <name>ExportFlow</name>
    <message>
        <source>Choose</source>
        <translation>Auswählen</translation>
    </message>
    <message>
        <source>Folders</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>refused by {refused} of {checks} checks</source>
        <translation>abgelehnt von {refused} der {checks} Prüfungen</translation>
    </message>
    <message>
        <source>passes every check</source>
        <translation>besteht jede Prüfung</translation>
    </message>
    <message>
        <source>Residue: {residue}</source>
        <translation>Reste: {residue}</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Hinweis: {note}</translation>
    </message>
    <message>
        <source>No document to export.</source>
        <translation>Kein Dokument zu exportieren.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>the batch goes into this new or empty folder (created if needed)</source>
        <translation>der Stapel kommt in diesen neuen oder leeren Ordner (wird bei Bedarf angelegt)</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Wählen…</translation>
    </message>
    <message>
        <source>Checking, redacting and verifying…</source>
        <translation>Prüfen, schwärzen und verifizieren…</translation>
    </message>
    <message>
        <source>Four eyes: a second signer must approve</source>
        <translation>Vier Augen: ein zweiter Unterzeichner muss freigeben</translation>
    </message>
    <message>
        <source>&amp;Build a new batch</source>
        <translation>&amp;Neuen Stapel bilden</translation>
    </message>
    <message>
        <source>&amp;Approval screen…</source>
        <translation>Frei&amp;gabeansicht…</translation>
    </message>
    <message>
        <source>&amp;Sign and write</source>
        <translation>&amp;Signieren und schreiben</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <source>Signe&amp;r:</source>
        <translation>Unte&amp;rzeichner:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Meaning:</source>
        <translation>&amp;Bedeutung:</translation>
    </message>
    <message>
        <source>{count} document(s) for {purpose}: every check, per document</source>
        <translation>{count} Dokument(e) für {purpose}: jede Prüfung, je Dokument</translation>
    </message>
    <message>
        <source>Batch &lt;b&gt;{batch}&lt;/b&gt; was signed off as reviewed and waits for a second signer&apos;s approval.</source>
        <translation>Stapel &lt;b&gt;{batch}&lt;/b&gt; wurde als geprüft freigegeben und wartet auf die Freigabe eines zweiten Unterzeichners.</translation>
    </message>
    <message>
        <source>Pick your own key and type its passphrase: Enter approves and writes the batch; Build a new batch instead checks every document again.</source>
        <translation>Den eigenen Schlüssel wählen und seine Passphrase eingeben: Enter gibt den Stapel frei und schreibt ihn; Neuen Stapel bilden prüft stattdessen jedes Dokument erneut.</translation>
    </message>
    <message>
        <source>Measuring the re-identification risk once the batch is built…</source>
        <translation>Das Re-Identifikationsrisiko wird gemessen, sobald der Stapel gebildet ist…</translation>
    </message>
    <message>
        <source>Batch {batch} names {signer} as its {meaning} signer. Choose that again, or Build a new batch for {chosen}.</source>
        <translation>Stapel {batch} nennt {signer} als Unterzeichner ({meaning}). Diesen wieder wählen oder einen neuen Stapel bilden für {chosen}.</translation>
    </message>
    <message>
        <source>no signer</source>
        <translation>keinen Unterzeichner</translation>
    </message>
    <message>
        <source>Batch {batch}: {passed} document(s) pass and are ready to sign; {refused} refused. Type your passphrase; Enter signs and writes.</source>
        <translation>Stapel {batch}: {passed} Dokument(e) bestehen und können signiert werden; {refused} abgelehnt. Passphrase eingeben; Enter signiert und schreibt.</translation>
    </message>
    <message>
        <source>No document passed the checks; nothing to sign or write.</source>
        <translation>Kein Dokument hat die Prüfungen bestanden; nichts zu signieren oder zu schreiben.</translation>
    </message>
    <message>
        <source>The batch could not be built: {reason}</source>
        <translation>Der Stapel konnte nicht gebildet werden: {reason}</translation>
    </message>
    <message>
        <source>Export into this folder</source>
        <translation>In diesen Ordner exportieren</translation>
    </message>
    <message>
        <source>Choose a folder first.</source>
        <translation>Zuerst einen Ordner wählen.</translation>
    </message>
    <message>
        <source>No signer on this computer: run `clearance signer create NAME` first.</source>
        <translation>Kein Unterzeichner auf diesem Rechner: zuerst `clearance signer create NAME` ausführen.</translation>
    </message>
    <message>
        <source>{error}. Nothing was written.</source>
        <translation>{error}. Nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>Signed off as {meaning} by {signer} (key {key}). Four eyes: a second signer picks their key, types the passphrase and presses Enter to approve and write.</source>
        <translation>Freigegeben als {meaning} von {signer} (Schlüssel {key}). Vier Augen: ein zweiter Unterzeichner wählt seinen Schlüssel, gibt die Passphrase ein und drückt Enter, um freizugeben und zu schreiben.</translation>
    </message>
    <message>
        <source>{meaning} by {signer}</source>
        <translation>{meaning} von {signer}</translation>
    </message>
    <message>
        <source>{size:,} bytes</source>
        <translation>{size:,} Bytes</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exportiert</translation>
    </message>
    <message>
        <source>Batch &lt;b&gt;{batch}&lt;/b&gt;, signed off as {signed}.</source>
        <translation>Stapel &lt;b&gt;{batch}&lt;/b&gt;, freigegeben als {signed}.</translation>
    </message>
    <message>
        <source>Folder: &lt;b&gt;{folder}&lt;/b&gt;</source>
        <translation>Ordner: &lt;b&gt;{folder}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Not in this batch (refused):</source>
        <translation>Nicht in diesem Stapel (abgelehnt):</translation>
    </message>
    <message>
        <source>Written to {folder}.</source>
        <translation>Geschrieben nach {folder}.</translation>
    </message>
</context>
<context>
    <name>FindField</name>
    <message>
        <source>Find in document — Enter to find, Esc to close</source>
        <translation>Im Dokument suchen — Enter sucht, Esc schließt</translation>
    </message>
</context>
<context>
    <name>FindPanel</name>
    <message>
        <source>p. {page}</source>
        <translation>S. {page}</translation>
    </message>
    <message>
        <source>hit {number} of {count}</source>
        <translation>Treffer {number} von {count}</translation>
    </message>
    <message>
        <source>no hits</source>
        <translation>keine Treffer</translation>
    </message>
</context>
<context>
    <name>FindingDetails</name>
    <message>
        <source>
Quasi-identifier, reviewed by class: {note}</source>
        <translation>
Quasi-Identifikator, nach Klasse geprüft: {note}</translation>
    </message>
    <message>
        <source>{type} “{text}” on page {page}, {state}</source>
        <translation>{type} „{text}“ auf Seite {page}, {state}</translation>
    </message>
    <message>
        <source>
Why: {why}</source>
        <translation>
Warum: {why}</translation>
    </message>
    <message>
        <source>drawn or selected by the reviewer</source>
        <translation>vom Prüfer gezogen oder ausgewählt</translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source> · manual</source>
        <translation> · manuell</translation>
    </message>
    <message>
        <source> · by class: {cls}</source>
        <translation> · nach Klasse: {cls}</translation>
    </message>
</context>
<context>
    <name>JobBar</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop {title} after the current page; the rest resumes later</source>
        <translation>{title} nach der aktuellen Seite anhalten; der Rest folgt später</translation>
    </message>
</context>
<context>
    <name>JobDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>No documents yet: clearance gui FILE.pdf adds them</source>
        <translation>Noch keine Dokumente: clearance gui DATEI.pdf fügt sie hinzu</translation>
    </message>
    <message>
        <source>An export that never finished left {folders}: its batch is not published (delete the folder)</source>
        <translation>Ein nicht beendeter Export hat {folders} hinterlassen: sein Stapel ist nicht veröffentlicht (Ordner löschen)</translation>
    </message>
    <message>
        <source>Clearance — {name}</source>
        <translation>Clearance — {name}</translation>
    </message>
    <message>
        <source>Page {n}  ⚠ check by eye</source>
        <translation>Seite {n}  ⚠ selbst ansehen</translation>
    </message>
    <message>
        <source>Page {n}</source>
        <translation>Seite {n}</translation>
    </message>
    <message>
        <source>Document {decided}/{total} decided · Queue {queue_decided}/{queue_total}</source>
        <translation>Dokument {decided}/{total} entschieden · Warteschlange {queue_decided}/{queue_total}</translation>
    </message>
    <message>
        <source> · Pending approval: </source>
        <translation> · Freigabe ausstehend: </translation>
    </message>
    <message>
        <source>{count} more occurrence(s) of the linked parties&apos; names proposed</source>
        <translation>{count} weitere Vorkommen der Namen der verknüpften Parteien vorgeschlagen</translation>
    </message>
</context>
<context>
    <name>MissDialog</name>
    <message>
        <source>Miss on {page}</source>
        <translation>Fehltreffer auf {page}</translation>
    </message>
    <message>
        <source>Text still readable</source>
        <translation>Noch lesbarer Text</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
</context>
<context>
    <name>PageImages</name>
    <message>
        <source>Page {number}: {note}</source>
        <translation>Seite {number}: {note}</translation>
    </message>
    <message>
        <source>Page {number} cannot be shown: {reason}</source>
        <translation>Seite {number} kann nicht angezeigt werden: {reason}</translation>
    </message>
</context>
<context>
    <name>QaCommands</name>
    <message>
        <source>QA sample: {sampled} page(s), {marked} marked</source>
        <translation>QS-Stichprobe: {sampled} Seite(n), {marked} markiert</translation>
    </message>
    <message>
        <source>{page}: clean</source>
        <translation>{page}: sauber</translation>
    </message>
    <message>
        <source>{page}: miss “{text}” recorded; redacted {count} occurrence(s) in {documents} document(s); the page counts as a miss</source>
        <translation>{page}: Fehltreffer „{text}“ erfasst; {count} Vorkommen in {documents} Dokument(en) geschwärzt; die Seite zählt als Fehltreffer</translation>
    </message>
    <message>
        <source>New batch from folder</source>
        <translation>Neuer Stapel aus Ordner</translation>
    </message>
    <message>
        <source>Building an automatic batch from {folder}…</source>
        <translation>Automatischer Stapel wird gebildet aus {folder}…</translation>
    </message>
    <message>
        <source>batch {batch}: unsigned, {refused} document(s) refused, {failed} file(s) failed; draw its QA sample with clearance qa draw</source>
        <translation>Stapel {batch}: nicht unterzeichnet, {refused} Dokument(e) abgelehnt, {failed} Datei(en) fehlgeschlagen; seine QS-Stichprobe mit clearance qa draw ziehen</translation>
    </message>
    <message>
        <source>no document passed the checks</source>
        <translation>kein Dokument hat die Prüfungen bestanden</translation>
    </message>
    <message>
        <source>No batch: {reason}</source>
        <translation>Kein Stapel: {reason}</translation>
    </message>
</context>
<context>
    <name>QaQueue</name>
    <message>
        <source>batch {batch} has no QA sample yet (clearance qa draw STORE --pages N)</source>
        <translation>Stapel {batch} hat noch keine QS-Stichprobe (clearance qa draw SPEICHER --pages N)</translation>
    </message>
    <message>
        <source>to mark</source>
        <translation>zu markieren</translation>
    </message>
    <message>
        <source>{verdict:8}  {page_id}  document {document} page {page}  {misses}</source>
        <translation>{verdict:13}  {page_id}  Dokument {document} Seite {page}  {misses}</translation>
    </message>
    <message>
        <source>{marked} of {sampled} marked, {missed} with a miss; {confidence:.0%} upper bound {bound:.2%}</source>
        <translation>{marked} von {sampled} markiert, {missed} mit Fehltreffer; obere {confidence:.0%}-Schranke {bound:.2%}</translation>
    </message>
    <message>
        <source> (target {target:.2%})</source>
        <translation> (Ziel {target:.2%})</translation>
    </message>
    <message>
        <source>QA sample of batch {batch} (seed {seed}): {bound}   —   {hint}</source>
        <translation>QS-Stichprobe von Stapel {batch} (Startwert {seed}): {bound}   —   {hint}</translation>
    </message>
    <message>
        <source>Rendering the page as it leaves…</source>
        <translation>Die Seite wird so dargestellt, wie sie hinausgeht…</translation>
    </message>
    <message>
        <source>The page could not be rendered: {reason}</source>
        <translation>Die Seite konnte nicht dargestellt werden: {reason}</translation>
    </message>
    <message>
        <source> — at or under the target</source>
        <translation> — am oder unter dem Ziel</translation>
    </message>
    <message>
        <source> — above the target of {target:.2%}</source>
        <translation> — über dem Ziel von {target:.2%}</translation>
    </message>
    <message>
        <source>Estimate: {marked} / {sampled} pages marked, {missed} with a miss, rate {rate:.2%}, {confidence:.0%} upper bound {bound:.2%}{verdict}</source>
        <translation>Schätzung: {marked} / {sampled} Seiten markiert, {missed} mit Fehltreffer, Quote {rate:.2%}, obere {confidence:.0%}-Schranke {bound:.2%}{verdict}</translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Einwilligung</translation>
    </message>
    <message>
        <source>cannot open</source>
        <translation>nicht zu öffnen</translation>
    </message>
</context>
<context>
    <name>RecentDialog</name>
    <message>
        <source>Recent files</source>
        <translation>Zuletzt verwendet</translation>
    </message>
    <message>
        <source>Enter adds the file or folder to the queue again:</source>
        <translation>Enter fügt die Datei oder den Ordner wieder der Warteschlange hinzu:</translation>
    </message>
    <message>
        <source>No files added yet.</source>
        <translation>Noch keine Dateien hinzugefügt.</translation>
    </message>
</context>
<context>
    <name>RedactionPreview</name>
    <message>
        <source>Redacting…</source>
        <translation>Wird geschwärzt…</translation>
    </message>
    <message>
        <source>The preview could not be made: {reason}</source>
        <translation>Die Vorschau konnte nicht erstellt werden: {reason}</translation>
    </message>
    <message>
        <source>Redacted preview: page {number}</source>
        <translation>Geschwärzte Vorschau: Seite {number}</translation>
    </message>
</context>
<context>
    <name>RegistryView</name>
    <message>
        <source>Consent registry</source>
        <translation>Einwilligungsregister</translation>
    </message>
    <message>
        <source>name, alias, e-mail, register number or VAT ID; Down to the list</source>
        <translation>Name, Alias, E-Mail, Registernummer oder USt-IdNr.; Pfeil nach unten zur Liste</translation>
    </message>
    <message>
        <source>Party / purpose</source>
        <translation>Partei / Zweck</translation>
    </message>
    <message>
        <source>Kind / status</source>
        <translation>Art / Stand</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Erteilt</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Fassung</translation>
    </message>
    <message>
        <source>Withdraw consent… ({keys})</source>
        <translation>Einwilligung widerrufen… ({keys})</translation>
    </message>
</context>
<context>
    <name>ResiduePanel</name>
    <message>
        <source>✓ fine</source>
        <translation>✓ unbedenklich</translation>
    </message>
    <message>
        <source>• open</source>
        <translation>• offen</translation>
    </message>
    <message>
        <source>p. {pages}</source>
        <translation>S. {pages}</translation>
    </message>
    <message>
        <source>Residue of {name}: {summary}   —   {hint}</source>
        <translation>Reste in {name}: {summary}   —   {hint}</translation>
    </message>
</context>
<context>
    <name>RiskPanel</name>
    <message>
        <source>no quasi-identifier remains in any of {n} document(s)</source>
        <translation>in keinem der {n} Dokument(e) bleibt ein Quasi-Identifikator</translation>
    </message>
    <message>
        <source>smallest k {k} (threshold {threshold}); {below} of {n} document(s) below the threshold</source>
        <translation>kleinstes k {k} (Schwelle {threshold}); {below} von {n} Dokument(en) unter der Schwelle</translation>
    </message>
    <message>
        <source>{k}; linkability {share:.0%} ({linked} of {n} document(s) share a code or pseudonym)</source>
        <translation>{k}; Verknüpfbarkeit {share:.0%} ({linked} von {n} Dokument(en) teilen eine Kennung oder ein Pseudonym)</translation>
    </message>
    <message>
        <source>nothing remains</source>
        <translation>nichts bleibt</translation>
    </message>
    <message>
        <source>No risk figures: no batch was built.</source>
        <translation>Keine Risikozahlen: kein Stapel wurde gebildet.</translation>
    </message>
    <message>
        <source>class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>policy</source>
        <translation>Richtlinie</translation>
    </message>
    <message>
        <source>found</source>
        <translation>gefunden</translation>
    </message>
    <message>
        <source>treated</source>
        <translation>behandelt</translation>
    </message>
    <message>
        <source>left</source>
        <translation>übrig</translation>
    </message>
    <message>
        <source>No quasi-identifier found in the batch.</source>
        <translation>Kein Quasi-Identifikator im Stapel gefunden.</translation>
    </message>
    <message>
        <source> and {count} more</source>
        <translation> und {count} weitere</translation>
    </message>
    <message>
        <source>Re-identification risk</source>
        <translation>Re-Identifikationsrisiko</translation>
    </message>
    <message>
        <source>Below the threshold: {names}. &lt;code&gt;clearance risk&lt;/code&gt; lists what remains.</source>
        <translation>Unter der Schwelle: {names}. &lt;code&gt;clearance risk&lt;/code&gt; listet, was bleibt.</translation>
    </message>
</context>
<context>
    <name>Why</name>
    <message>
        <source>confidence</source>
        <translation>Konfidenz</translation>
    </message>
    <message>
        <source>score</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>address holds</source>
        <translation>Adresse enthält</translation>
    </message>
    <message>
        <source>model type</source>
        <translation>Modelltyp</translation>
    </message>
    <message>
        <source>jurisdiction</source>
        <translation>Gerichtsstand</translation>
    </message>
    <message>
        <source>anchor</source>
        <translation>Anker</translation>
    </message>
    <message>
        <source>role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>trimmed from</source>
        <translation>gekürzt aus</translation>
    </message>
    <message>
        <source>not a party</source>
        <translation>keine Partei</translation>
    </message>
    <message>
        <source>not an address</source>
        <translation>keine Adresse</translation>
    </message>
    <message>
        <source>recognizer</source>
        <translation>Erkenner</translation>
    </message>
    <message>
        <source>pattern</source>
        <translation>Muster</translation>
    </message>
    <message>
        <source>model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>original score</source>
        <translation>ursprünglicher Wert</translation>
    </message>
    <message>
        <source>context word</source>
        <translation>Kontextwort</translation>
    </message>
    <message>
        <source>context boost</source>
        <translation>Kontextzuschlag</translation>
    </message>
    <message>
        <source>validation</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>spread from</source>
        <translation>übertragen von</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>origin</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>a contact named in a notices clause: no consent needed, redacted</source>
        <translation>eine in einer Mitteilungsklausel genannte Kontaktperson: keine Einwilligung nötig, geschwärzt</translation>
    </message>
    <message>
        <source>lower-case use of a party&apos;s name (the party writes it with capitals)</source>
        <translation>kleingeschriebener Gebrauch eines Parteinamens (die Partei schreibt ihn groß)</translation>
    </message>
    <message>
        <source>legal form</source>
        <translation>Rechtsform</translation>
    </message>
    <message>
        <source>known party</source>
        <translation>bekannte Partei</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>gleicher Name</translation>
    </message>
    <message>
        <source>parties clause</source>
        <translation>Parteienklausel</translation>
    </message>
    <message>
        <source>signature or contact</source>
        <translation>Unterschrift oder Kontakt</translation>
    </message>
    <message>
        <source>party acronym</source>
        <translation>Kürzel einer Partei</translation>
    </message>
    <message>
        <source>holds a party name</source>
        <translation>enthält einen Parteinamen</translation>
    </message>
    <message>
        <source>postal address</source>
        <translation>Postanschrift</translation>
    </message>
    <message>
        <source>model only</source>
        <translation>nur Modell</translation>
    </message>
    <message>
        <source>suppressed</source>
        <translation>unterdrückt</translation>
    </message>
    <message>
        <source>party name</source>
        <translation>Parteiname</translation>
    </message>
    <message>
        <source>suppressed: {drop}</source>
        <translation>unterdrückt: {drop}</translation>
    </message>
    <message>
        <source>defined term</source>
        <translation>definierter Begriff</translation>
    </message>
    <message>
        <source>lower-case phrase</source>
        <translation>kleingeschriebene Wendung</translation>
    </message>
    <message>
        <source>generic capitalised word</source>
        <translation>allgemeines großgeschriebenes Wort</translation>
    </message>
    <message>
        <source>lower-case use elsewhere in the document</source>
        <translation>anderswo im Dokument kleingeschrieben</translation>
    </message>
    <message>
        <source>document name</source>
        <translation>Dokumentname</translation>
    </message>
    <message>
        <source>number or date</source>
        <translation>Zahl oder Datum</translation>
    </message>
    <message>
        <source>{drop} ({NO_ANCHOR})</source>
        <translation>{drop} ({NO_ANCHOR})</translation>
    </message>
    <message>
        <source>fragment across punctuation</source>
        <translation>Bruchstück über Satzzeichen hinweg</translation>
    </message>
    <message>
        <source>a party&apos;s name</source>
        <translation>der Name einer Partei</translation>
    </message>
    <message>
        <source>role word</source>
        <translation>Rollenwort</translation>
    </message>
    <message>
        <source>heading or section title</source>
        <translation>Überschrift oder Abschnittstitel</translation>
    </message>
    <message>
        <source>law or standard</source>
        <translation>Gesetz oder Norm</translation>
    </message>
    <message>
        <source>technical term</source>
        <translation>Fachbegriff</translation>
    </message>
    <message>
        <source>not a person&apos;s name</source>
        <translation>kein Personenname</translation>
    </message>
    <message>
        <source>common words</source>
        <translation>gewöhnliche Wörter</translation>
    </message>
    <message>
        <source>section reference</source>
        <translation>Abschnittsverweis</translation>
    </message>
    <message>
        <source>fragment across punctuation (the name is proposed as {text})</source>
        <translation>Bruchstück über Satzzeichen hinweg (der Name wird als {text} vorgeschlagen)</translation>
    </message>
    <message>
        <source>no party anchor: not a party&apos;s name in the parties clause, no signature block, not a linked party</source>
        <translation>kein Parteianker: kein Parteiname in der Parteienklausel, kein Unterschriftsblock, keine verknüpfte Partei</translation>
    </message>
    <message>
        <source>party</source>
        <translation>Partei</translation>
    </message>
    <message>
        <source>signer</source>
        <translation>Unterzeichner</translation>
    </message>
    <message>
        <source>alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>a name described as a company or a person (&quot;, a Nevada corporation&quot;, &quot;, registered in&quot;)</source>
        <translation>ein als Unternehmen oder Person beschriebener Name („, a Nevada corporation“, „, registered in“)</translation>
    </message>
    <message>
        <source>a trade name (d/b/a, trading as) of a party</source>
        <translation>ein Handelsname (d/b/a, trading as) einer Partei</translation>
    </message>
    <message>
        <source>the short name of {join}</source>
        <translation>der Kurzname von {join}</translation>
    </message>
    <message>
        <source>a domain of the party {name} ({origin})</source>
        <translation>eine Domain der Partei {name} ({origin})</translation>
    </message>
    <message>
        <source>linked party</source>
        <translation>verknüpfte Partei</translation>
    </message>
    <message>
        <source>a name of the parties clause</source>
        <translation>ein Name der Parteienklausel</translation>
    </message>
    <message>
        <source>the same words as the {lower} found elsewhere in the document</source>
        <translation>dieselben Wörter wie {lower} anderswo im Dokument</translation>
    </message>
    <message>
        <source>party name: {origin}</source>
        <translation>Parteiname: {origin}</translation>
    </message>
    <message>
        <source>{value} on page {value2}</source>
        <translation>{value} auf Seite {value2}</translation>
    </message>
    <message>
        <source>name of {text} without its legal form</source>
        <translation>Name von {text} ohne Rechtsform</translation>
    </message>
    <message>
        <source>defined as short name of {text} on page {value}</source>
        <translation>als Kurzname von {text} auf Seite {value} definiert</translation>
    </message>
    <message>
        <source>signature block on page {value}</source>
        <translation>Unterschriftsblock auf Seite {value}</translation>
    </message>
    <message>
        <source>place named outside a postal address</source>
        <translation>außerhalb einer Postanschrift genannter Ort</translation>
    </message>
    <message>
        <source>public body or court</source>
        <translation>Behörde oder Gericht</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>Kontaktperson</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>“{query}” is not in this document</source>
        <translation>„{query}“ kommt in diesem Dokument nicht vor</translation>
    </message>
    <message>
        <source>the Find menu</source>
        <translation>das Menü Suchen</translation>
    </message>
    <message>
        <source>a click</source>
        <translation>ein Klick</translation>
    </message>
    <message>
        <source>{count} hit(s) of “{query}” — n/N to step, {toggle} to leave one out, {keys} to redact the ticked ones</source>
        <translation>{count} Treffer für „{query}“ — n/N blättert, {toggle} nimmt einen aus, {keys} schwärzt die angehakten</translation>
    </message>
</context>
<context>
    <name>WindowCommands</name>
    <message>
        <source>Import consents</source>
        <translation>Einwilligungen einlesen</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.CSV);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.CSV);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>Nichts wurde eingelesen</translation>
    </message>
    <message>
        <source>Open contracts</source>
        <translation>Verträge öffnen</translation>
    </message>
    <message>
        <source>PDF files (*.pdf *.PDF)</source>
        <translation>PDF-Dateien (*.pdf *.PDF)</translation>
    </message>
    <message>
        <source>Open a folder of contracts</source>
        <translation>Einen Ordner mit Verträgen öffnen</translation>
    </message>
</context>
<context>
    <name>WithdrawDialog</name>
    <message>
        <source>Withdraw consent: {party}</source>
        <translation>Einwilligung widerrufen: {party}</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>&amp;Widerrufen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Purpose</source>
        <translation>&amp;Zweck</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Save as CSV…</source>
        <translation>Als CSV &amp;speichern…</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <source>{text!r} is not a date (YYYY-MM-DD)</source>
        <translation>{text!r} ist kein Datum (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>Withdrawal of {purpose} recorded for {party} on {day}. {count} exported file(s) hold the party&apos;s documents and must be purged:</source>
        <translation>Widerruf für {purpose} bei {party} am {day} erfasst. {count} exportierte Datei(en) enthalten Dokumente der Partei und müssen gelöscht werden:</translation>
    </message>
    <message>
        <source>Save the purge list</source>
        <translation>Löschliste speichern</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>{path}: cannot be written ({reason}); the list is still here</source>
        <translation>{path}: kann nicht geschrieben werden ({reason}); die Liste bleibt hier</translation>
    </message>
    <message>
        <source>{count} file(s) to purge, saved to {path}</source>
        <translation>{count} zu löschende Datei(en), gespeichert in {path}</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>the store file (default: clearance.sqlite in the user&apos;s data directory)</source>
        <translation>die Speicherdatei (Vorgabe: clearance.sqlite im Datenordner des Benutzers)</translation>
    </message>
    <message>
        <source>{path}: no such store (check --store; `clearance scan` or `consent import` creates one)</source>
        <translation>{path}: kein solcher Speicher (--store prüfen; `clearance scan` oder `consent import` legt einen an)</translation>
    </message>
    <message>
        <source>{prog}: {message} (see `{prog} --help`)</source>
        <translation>{prog}: {message} (siehe `{prog} --help`)</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>Aufruf: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>Positionsargumente</translation>
    </message>
    <message>
        <source>options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>diese Hilfe zeigen und beenden</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>die Versionsnummer des Programms zeigen und beenden</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>Argument %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>unbekannte Argumente: %s</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>nicht erlaubt zusammen mit Argument %s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>folgende Argumente fehlen: %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>eines der Argumente %s ist nötig</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>erwartet ein Argument</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>erwartet höchstens ein Argument</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>erwartet mindestens ein Argument</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>mehrdeutige Option: %(option)s passt zu %(matches)s</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>ungültiger Wert für %(type)s: %(value)r</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>ungültige Wahl: %(value)r (möglich: %(choices)s)</translation>
    </message>
    <message>
        <source>Review, redact and sign off contracts before they leave as AI-training data.</source>
        <translation>Verträge prüfen, schwärzen und freigeben, bevor sie als KI-Trainingsdaten das Haus verlassen.</translation>
    </message>
    <message>
        <source>show the traceback of an error (also CLEARANCE_DEBUG=1; before or after the command)</source>
        <translation>bei einem Fehler den Traceback zeigen (auch CLEARANCE_DEBUG=1; vor oder nach dem Befehl)</translation>
    </message>
    <message>
        <source>scan, review, redact, verify and export a generated contract in a temporary store</source>
        <translation>einen erzeugten Vertrag in einem temporären Speicher durchsuchen, prüfen, schwärzen, verifizieren und exportieren</translation>
    </message>
    <message>
        <source>interrupted; what was finished is stored, run the command again to go on</source>
        <translation>unterbrochen; was fertig war, ist gespeichert; den Befehl erneut ausführen, um fortzufahren</translation>
    </message>
    <message>
        <source>note: {folder} was staged by an export that never finished; its batch is not published (delete the folder)</source>
        <translation>Hinweis: {folder} wurde von einem nicht beendeten Export angelegt; sein Stapel ist nicht veröffentlicht (Ordner löschen)</translation>
    </message>
    <message>
        <source>the store is busy: another Clearance process kept it locked; try again</source>
        <translation>der Speicher ist belegt: ein anderer Clearance-Prozess hielt ihn gesperrt; erneut versuchen</translation>
    </message>
    <message>
        <source>a file is not UTF-8 text ({error})</source>
        <translation>eine Datei ist kein UTF-8-Text ({error})</translation>
    </message>
    <message>
        <source>out of memory: the input is too large for this computer</source>
        <translation>kein Arbeitsspeicher mehr: die Eingabe ist zu groß für diesen Rechner</translation>
    </message>
    <message>
        <source>internal error: {kind}: {error} (run the command again with --debug to see where)</source>
        <translation>interner Fehler: {kind}: {error} (den Befehl mit --debug erneut ausführen, um die Stelle zu sehen)</translation>
    </message>
    <message>
        <source>{path}: is a folder; give a file name</source>
        <translation>{path}: ist ein Ordner; einen Dateinamen angeben</translation>
    </message>
    <message>
        <source>{path}: the folder {folder} does not exist</source>
        <translation>{path}: der Ordner {folder} existiert nicht</translation>
    </message>
    <message>
        <source>{path}: cannot write there (permission denied or read-only)</source>
        <translation>{path}: dort kann nicht geschrieben werden (keine Berechtigung oder schreibgeschützt)</translation>
    </message>
    <message>
        <source>{path}: is a folder; give the {what}</source>
        <translation>{path}: ist ein Ordner; die Datei angeben ({what})</translation>
    </message>
    <message>
        <source>refused {name}: {reasons}</source>
        <translation>abgelehnt {name}: {reasons}</translation>
    </message>
    <message>
        <source>open the review window</source>
        <translation>das Prüffenster öffnen</translation>
    </message>
    <message>
        <source>contracts to add to the queue</source>
        <translation>Verträge, die in die Warteschlange kommen</translation>
    </message>
    <message>
        <source>the window cannot start ({error})</source>
        <translation>das Fenster kann nicht starten ({error})</translation>
    </message>
    <message>
        <source>import PDFs (files or folders) and detect what identifies a party</source>
        <translation>PDFs (Dateien oder Ordner) einlesen und erkennen, was eine Partei identifiziert</translation>
    </message>
    <message>
        <source>detection processes (default 2), or Ray actors (default: every CPU of the cluster)</source>
        <translation>Erkennungsprozesse (Vorgabe 2) oder Ray-Akteure (Vorgabe: jede CPU des Clusters)</translation>
    </message>
    <message>
        <source>where detection runs: worker processes here, or a Ray job (pip install clearance[cluster])</source>
        <translation>wo die Erkennung läuft: Arbeitsprozesse hier oder ein Ray-Job (pip install clearance[cluster])</translation>
    </message>
    <message>
        <source>join the Ray cluster at ADDR (HOST:6379) instead of starting a local Ray</source>
        <translation>dem Ray-Cluster unter ADDR (HOST:6379) beitreten, statt ein lokales Ray zu starten</translation>
    </message>
    <message>
        <source>with --engine ray: write the results as Parquet shards in DIR instead of a store</source>
        <translation>mit --engine ray: die Ergebnisse als Parquet-Teile in DIR schreiben statt in einen Speicher</translation>
    </message>
    <message>
        <source>list the findings of one document</source>
        <translation>die Fundstellen eines Dokuments auflisten</translation>
    </message>
    <message>
        <source>print a JSON list</source>
        <translation>eine JSON-Liste ausgeben</translation>
    </message>
    <message>
        <source>{path}: no such file or folder</source>
        <translation>{path}: keine solche Datei und kein solcher Ordner</translation>
    </message>
    <message>
        <source>documents: {imported} imported, {duplicates} already stored, {failed} failed</source>
        <translation>Dokumente: {imported} eingelesen, {duplicates} schon gespeichert, {failed} fehlgeschlagen</translation>
    </message>
    <message>
        <source>, {count} damaged</source>
        <translation>, {count} beschädigt</translation>
    </message>
    <message>
        <source>pages: {count}</source>
        <translation>Seiten: {count}</translation>
    </message>
    <message>
        <source>, mean confidence {percent:.0f}%</source>
        <translation>, mittlere Sicherheit {percent:.0f} %</translation>
    </message>
    <message>
        <source>read by OCR: {count} page(s)</source>
        <translation>per OCR gelesen: {count} Seite(n)</translation>
    </message>
    <message>
        <source>check by eye: {name} page {page}: {reason}</source>
        <translation>mit eigenen Augen prüfen: {name} Seite {page}: {reason}</translation>
    </message>
    <message>
        <source>new findings:</source>
        <translation>neue Fundstellen:</translation>
    </message>
    <message>
        <source>warning: {reason}</source>
        <translation>Warnung: {reason}</translation>
    </message>
    <message>
        <source>note: {name}: being scanned by another Clearance process (pid {pid}); left to it</source>
        <translation>Hinweis: {name}: wird von einem anderen Clearance-Prozess durchsucht (PID {pid}); ihm überlassen</translation>
    </message>
    <message>
        <source>{count} file(s) failed:</source>
        <translation>{count} Datei(en) fehlgeschlagen:</translation>
    </message>
    <message>
        <source>{name} (document {id}, {pages} pages, {findings} findings)</source>
        <translation>{name} (Dokument {id}, {pages} Seiten, {findings} Fundstellen)</translation>
    </message>
    <message>
        <source>load Parquet shards written by `scan --engine ray --out DIR`</source>
        <translation>von `scan --engine ray --out DIR` geschriebene Parquet-Teile laden</translation>
    </message>
    <message>
        <source>where the scanned PDFs are on this machine, if not at the paths they were scanned from</source>
        <translation>wo die durchsuchten PDFs auf diesem Rechner liegen, falls nicht unter den Pfaden, von denen sie durchsucht wurden</translation>
    </message>
    <message>
        <source>--ray-address and --out need --engine ray</source>
        <translation>--ray-address und --out brauchen --engine ray</translation>
    </message>
    <message>
        <source>--out writes shards instead of a store; give one of --out and --store</source>
        <translation>--out schreibt Teilstücke statt eines Speichers; eines von --out und --store angeben</translation>
    </message>
    <message>
        <source>documents: {detected} detected, {already} already in {folder}, {failed} failed</source>
        <translation>Dokumente: {detected} erkannt, {already} schon in {folder}, {failed} fehlgeschlagen</translation>
    </message>
    <message>
        <source>detection results (before names are propagated on import):</source>
        <translation>Erkennungsergebnisse (bevor Namen beim Einlesen übertragen werden):</translation>
    </message>
    <message>
        <source>redact every occurrence of terms (and/or detections) in one PDF, then verify</source>
        <translation>jedes Vorkommen von Begriffen (und/oder Erkennungen) in einer PDF schwärzen, dann verifizieren</translation>
    </message>
    <message>
        <source>strings to redact, one per line</source>
        <translation>zu schwärzende Zeichenfolgen, eine pro Zeile</translation>
    </message>
    <message>
        <source>also redact every entity the detector proposes (not those it suppressed)</source>
        <translation>auch jede vom Erkenner vorgeschlagene Entität schwärzen (nicht die unterdrückten)</translation>
    </message>
    <message>
        <source>write the entity type in each box instead of plain black</source>
        <translation>den Entitätstyp in jedes Feld schreiben statt schlichtem Schwarz</translation>
    </message>
    <message>
        <source>verify every page by OCR of its rendering, not only pages with pictures or unusual fonts</source>
        <translation>jede Seite per OCR ihrer Darstellung verifizieren, nicht nur Seiten mit Bildern oder ungewöhnlichen Schriften</translation>
    </message>
    <message>
        <source>note: {note}</source>
        <translation>Hinweis: {note}</translation>
    </message>
    <message>
        <source>the output must be a new file; the original is kept as it is</source>
        <translation>die Ausgabe muss eine neue Datei sein; das Original bleibt, wie es ist</translation>
    </message>
    <message>
        <source>nothing to redact: give --terms FILE and/or --accept-detected</source>
        <translation>nichts zu schwärzen: --terms DATEI und/oder --accept-detected angeben</translation>
    </message>
    <message>
        <source>{path}: {summary}; a redaction could not be checked on the pages nobody can read</source>
        <translation>{path}: {summary}; eine Schwärzung ließe sich auf den Seiten, die niemand lesen kann, nicht prüfen</translation>
    </message>
    <message>
        <source>added: {term!r} on page {page}, found by the verifier in {channels}</source>
        <translation>ergänzt: {term!r} auf Seite {page}, vom Verifizierer gefunden in {channels}</translation>
    </message>
    <message>
        <source>LEAK {channel}: {term!r} at {where}</source>
        <translation>LECK {channel}: {term!r} bei {where}</translation>
    </message>
    <message>
        <source>{count} leak(s) found; {path} was not written</source>
        <translation>{count} Leck(s) gefunden; {path} wurde nicht geschrieben</translation>
    </message>
    <message>
        <source>{count} page(s) read by OCR</source>
        <translation>{count} Seite(n) per OCR gelesen</translation>
    </message>
    <message>
        <source>no page needed OCR</source>
        <translation>keine Seite brauchte OCR</translation>
    </message>
    <message>
        <source>NOT VERIFIED {reason}</source>
        <translation>NICHT VERIFIZIERT {reason}</translation>
    </message>
    <message>
        <source>{path}: {count} redaction(s); nothing found where it could be read ({read}), but {unread} page(s) could not be read and are NOT verified</source>
        <translation>{path}: {count} Schwärzung(en); nichts gefunden, wo gelesen werden konnte ({read}), aber {unread} Seite(n) konnten nicht gelesen werden und sind NICHT verifiziert</translation>
    </message>
    <message>
        <source>; {count} added by the verification loop</source>
        <translation>; {count} von der Verifizierungsschleife ergänzt</translation>
    </message>
    <message>
        <source>{path}: {count} redaction(s), verified in every channel ({read})</source>
        <translation>{path}: {count} Schwärzung(en), in jedem Kanal verifiziert ({read})</translation>
    </message>
    <message>
        <source>{path}: no terms in the file (one per line)</source>
        <translation>{path}: keine Begriffe in der Datei (einer je Zeile)</translation>
    </message>
    <message>
        <source>build, verify and sign off an export batch of fully reviewed documents</source>
        <translation>einen Exportstapel vollständig geprüfter Dokumente bilden, verifizieren und freigeben</translation>
    </message>
    <message>
        <source>also write the batch to this new or empty folder</source>
        <translation>den Stapel auch in diesen neuen oder leeren Ordner schreiben</translation>
    </message>
    <message>
        <source>the signer whose key signs (clearance signer list)</source>
        <translation>der Unterzeichner, dessen Schlüssel signiert (clearance signer list)</translation>
    </message>
    <message>
        <source>documents to export (default: every one not exported yet)</source>
        <translation>zu exportierende Dokumente (Vorgabe: jedes noch nicht exportierte)</translation>
    </message>
    <message>
        <source>residue {name}: {summary}</source>
        <translation>Rest {name}: {summary}</translation>
    </message>
    <message>
        <source>no document passed the export checks; nothing was exported</source>
        <translation>kein Dokument hat die Exportprüfungen bestanden; nichts wurde exportiert</translation>
    </message>
    <message>
        <source>note: {name}: {note}</source>
        <translation>Hinweis: {name}: {note}</translation>
    </message>
    <message>
        <source>batch {batch}: {count} document(s)</source>
        <translation>Stapel {batch}: {count} Dokument(e)</translation>
    </message>
    <message>
        <source>smallest k {k} (threshold {threshold}), {below} of {count} document(s) below</source>
        <translation>kleinstes k {k} (Schwelle {threshold}), {below} von {count} Dokument(en) darunter</translation>
    </message>
    <message>
        <source>no quasi-identifier remains</source>
        <translation>kein Quasi-Identifikator bleibt</translation>
    </message>
    <message>
        <source>risk: {k}; linkability {linkability:.0%}; `clearance risk --batch {batch}` for the values</source>
        <translation>Risiko: {k}; Verknüpfbarkeit {linkability:.0%}; die Werte mit `clearance risk --batch {batch}`</translation>
    </message>
    <message>
        <source>render a page of a stored document as it will be exported (PNG)</source>
        <translation>eine Seite eines gespeicherten Dokuments so darstellen, wie sie exportiert wird (PNG)</translation>
    </message>
    <message>
        <source>page number, from 1 (default 1)</source>
        <translation>Seitenzahl, ab 1 (Vorgabe 1)</translation>
    </message>
    <message>
        <source>scale of the rendering, {low:g} to {high:g} (default 1.5)</source>
        <translation>Maßstab der Darstellung, {low:g} bis {high:g} (Vorgabe 1.5)</translation>
    </message>
    <message>
        <source>not a number: {text!r}</source>
        <translation>keine Zahl: {text!r}</translation>
    </message>
    <message>
        <source>{text!r} is not a zoom from {low:g} to {high:g}</source>
        <translation>{text!r} ist kein Zoom von {low:g} bis {high:g}</translation>
    </message>
    <message>
        <source>no document {name!r} in {store}</source>
        <translation>kein Dokument {name!r} in {store}</translation>
    </message>
    <message>
        <source>{path}: page {page} of {name} as it will be exported ({width}x{height})</source>
        <translation>{path}: Seite {page} von {name}, wie sie exportiert wird ({width}x{height})</translation>
    </message>
    <message>
        <source>check the chain, trusted sign-offs and file hashes of a store or export folder</source>
        <translation>Kette, vertrauenswürdige Freigaben und Datei-Hashes eines Speichers oder Exportordners prüfen</translation>
    </message>
    <message>
        <source>signers&apos; public key files; only their sign-offs count (a store: default its trusted keys)</source>
        <translation>Dateien mit öffentlichen Schlüsseln von Unterzeichnern; nur deren Freigaben zählen (ein Speicher: Vorgabe seine vertrauenswürdigen Schlüssel)</translation>
    </message>
    <message>
        <source>an export folder: also check that this store committed its batch and sign-offs</source>
        <translation>ein Exportordner: auch prüfen, dass dieser Speicher seinen Stapel und seine Freigaben festgeschrieben hat</translation>
    </message>
    <message>
        <source>an export folder: fail unless two different trusted keys reviewed and approved it</source>
        <translation>ein Exportordner: fehlschlagen, außer zwei verschiedene vertrauenswürdige Schlüssel haben ihn geprüft und genehmigt</translation>
    </message>
    <message>
        <source>an export folder: a revocation list (clearance signer revocations) signed by a --trust key</source>
        <translation>ein Exportordner: eine Sperrliste (clearance signer revocations), signiert von einem --trust-Schlüssel</translation>
    </message>
    <message>
        <source>a store restored from a backup on purpose: a trusted --signer signs that its shorter chain is the one to keep (audited)</source>
        <translation>ein absichtlich aus einer Sicherung wiederhergestellter Speicher: ein vertrauenswürdiger --signer signiert, dass seine kürzere Kette die gültige ist (protokolliert)</translation>
    </message>
    <message>
        <source>the signer who accepts a restore (--accept-restore)</source>
        <translation>der Unterzeichner, der eine Wiederherstellung annimmt (--accept-restore)</translation>
    </message>
    <message>
        <source>--store, --require-four-eyes and --revoked check an export folder, not a store</source>
        <translation>--store, --require-four-eyes und --revoked prüfen einen Exportordner, keinen Speicher</translation>
    </message>
    <message>
        <source>--accept-restore takes a store file and --signer NAME (a signer the store trusts)</source>
        <translation>--accept-restore nimmt eine Speicherdatei und --signer NAME (einen Unterzeichner, dem der Speicher vertraut)</translation>
    </message>
    <message>
        <source>restore accepted by {signer} (key {key}): the chain ends at {seq}, the last head seen was {last}; recorded in the audit chain</source>
        <translation>Wiederherstellung angenommen von {signer} (Schlüssel {key}): die Kette endet bei {seq}, das zuletzt gesehene Ende war {last}; in der Prüfkette vermerkt</translation>
    </message>
    <message>
        <source>no terminal to ask for the passphrase; set {variable}</source>
        <translation>kein Terminal, um nach der Passphrase zu fragen; {variable} setzen</translation>
    </message>
    <message>
        <source>Again: </source>
        <translation>Noch einmal: </translation>
    </message>
    <message>
        <source>the two passphrases differ; nothing was created</source>
        <translation>die beiden Passphrasen unterscheiden sich; nichts wurde angelegt</translation>
    </message>
    <message>
        <source>Passphrase of signer {name}: </source>
        <translation>Passphrase von Unterzeichner {name}: </translation>
    </message>
    <message>
        <source>named signers: create a key, export it, trust a colleague&apos;s, list them</source>
        <translation>benannte Unterzeichner: einen Schlüssel anlegen, exportieren, dem eines Kollegen vertrauen, auflisten</translation>
    </message>
    <message>
        <source>make a signer&apos;s key pair, the private key encrypted with a passphrase</source>
        <translation>das Schlüsselpaar eines Unterzeichners anlegen, den privaten Schlüssel mit einer Passphrase verschlüsselt</translation>
    </message>
    <message>
        <source>adopt the old unencrypted per-account key (signing-key.pem) under this name</source>
        <translation>den alten unverschlüsselten Schlüssel des Benutzerkontos (signing-key.pem) unter diesem Namen übernehmen</translation>
    </message>
    <message>
        <source>write a signer&apos;s public key and fingerprint for colleagues</source>
        <translation>den öffentlichen Schlüssel und Fingerabdruck eines Unterzeichners für Kollegen schreiben</translation>
    </message>
    <message>
        <source>trust a colleague&apos;s public key in a store (an audited event)</source>
        <translation>dem öffentlichen Schlüssel eines Kollegen in einem Speicher vertrauen (protokolliert)</translation>
    </message>
    <message>
        <source>an already-trusted signer who agrees, with their key (needed for every key but a new store&apos;s first)</source>
        <translation>ein bereits vertrauenswürdiger Unterzeichner, der zustimmt, mit seinem Schlüssel (nötig für jeden Schlüssel außer dem ersten eines neuen Speichers)</translation>
    </message>
    <message>
        <source>revoke a trusted key (audited): it signs nothing from now on, while its earlier sign-offs stay valid</source>
        <translation>einen vertrauenswürdigen Schlüssel sperren (protokolliert): er signiert ab jetzt nichts mehr, seine früheren Freigaben bleiben gültig</translation>
    </message>
    <message>
        <source>why, for the audit trail (e.g. a lost laptop)</source>
        <translation>warum, für die Prüfspur (z. B. ein verlorener Laptop)</translation>
    </message>
    <message>
        <source>write the store&apos;s revoked keys as a list signed by a trusted signer, for `verify DIR --revoked FILE`</source>
        <translation>die gesperrten Schlüssel des Speichers als von einem vertrauenswürdigen Unterzeichner signierte Liste schreiben, für `verify DIR --revoked FILE`</translation>
    </message>
    <message>
        <source>a signer the store trusts</source>
        <translation>ein Unterzeichner, dem der Speicher vertraut</translation>
    </message>
    <message>
        <source>signers on this computer and signers the store trusts</source>
        <translation>Unterzeichner auf diesem Rechner und Unterzeichner, denen der Speicher vertraut</translation>
    </message>
    <message>
        <source>New passphrase for signer {name}: </source>
        <translation>Neue Passphrase für Unterzeichner {name}: </translation>
    </message>
    <message>
        <source>signer {name}: fingerprint {short} ({fingerprint})</source>
        <translation>Unterzeichner {name}: Fingerabdruck {short} ({fingerprint})</translation>
    </message>
    <message>
        <source>give colleagues your public key: clearance signer export {name} -o {name}.pub</source>
        <translation>Kollegen den eigenen öffentlichen Schlüssel geben: clearance signer export {name} -o {name}.pub</translation>
    </message>
    <message>
        <source>{path}: public key of {name}, fingerprint {short}</source>
        <translation>{path}: öffentlicher Schlüssel von {name}, Fingerabdruck {short}</translation>
    </message>
    <message>
        <source>{name} ({short}): now trusted in {store}</source>
        <translation>{name} ({short}): jetzt vertrauenswürdig in {store}</translation>
    </message>
    <message>
        <source>{name} ({short}): already trusted in {store}</source>
        <translation>{name} ({short}): bereits vertrauenswürdig in {store}</translation>
    </message>
    <message>
        <source>, added by {name}</source>
        <translation>, hinzugefügt von {name}</translation>
    </message>
    <message>
        <source>note: the store trusted no key yet, so this first one needed no second signer (audited); every further key needs --by NAME, a signer already trusted</source>
        <translation>Hinweis: der Speicher vertraute noch keinem Schlüssel, daher brauchte dieser erste keinen zweiten Unterzeichner (protokolliert); jeder weitere Schlüssel braucht --by NAME, einen bereits vertrauenswürdigen Unterzeichner</translation>
    </message>
    <message>
        <source>trusting {name}&apos;s key takes two: give --by NAME, a signer this store already trusts, who agrees with their key</source>
        <translation>dem Schlüssel von {name} zu vertrauen braucht zwei: --by NAME angeben, einen Unterzeichner, dem dieser Speicher schon vertraut und der mit seinem Schlüssel zustimmt</translation>
    </message>
    <message>
        <source>{name}&apos;s key ({short}) is not trusted in {store}; only a trusted signer can add a key</source>
        <translation>der Schlüssel von {name} ({short}) ist in {store} nicht vertrauenswürdig; nur ein vertrauenswürdiger Unterzeichner kann einen Schlüssel hinzufügen</translation>
    </message>
    <message>
        <source>{name} ({short}): revoked in {store}; it signs nothing from now on, and sign-offs it made before stay valid</source>
        <translation>{name} ({short}): gesperrt in {store}; er signiert ab jetzt nichts mehr, seine früheren Freigaben bleiben gültig</translation>
    </message>
    <message>
        <source>{name}&apos;s key ({short}) is not trusted in {store}; only a trusted signer signs the revocation list</source>
        <translation>der Schlüssel von {name} ({short}) ist in {store} nicht vertrauenswürdig; nur ein vertrauenswürdiger Unterzeichner signiert die Sperrliste</translation>
    </message>
    <message>
        <source>{path}: {count} revoked key(s), signed by {name} ({short})</source>
        <translation>{path}: {count} gesperrte(r) Schlüssel, signiert von {name} ({short})</translation>
    </message>
    <message>
        <source>{key!r} names no trusted key in {store} (trusted: {names})</source>
        <translation>{key!r} benennt keinen vertrauenswürdigen Schlüssel in {store} (vertrauenswürdig: {names})</translation>
    </message>
    <message>
        <source>{key!r} names more than one trusted key in {store} (trusted: {names})</source>
        <translation>{key!r} benennt mehr als einen vertrauenswürdigen Schlüssel in {store} (vertrauenswürdig: {names})</translation>
    </message>
    <message>
        <source>signers on this computer:</source>
        <translation>Unterzeichner auf diesem Rechner:</translation>
    </message>
    <message>
        <source>none (clearance signer create NAME)</source>
        <translation>keine (clearance signer create NAME)</translation>
    </message>
    <message>
        <source>(fingerprint: clearance signer export NAME)</source>
        <translation>(Fingerabdruck: clearance signer export NAME)</translation>
    </message>
    <message>
        <source>trusted in {store}: none (no store yet)</source>
        <translation>vertrauenswürdig in {store}: keine (noch kein Speicher)</translation>
    </message>
    <message>
        <source>trusted in {store}:</source>
        <translation>vertrauenswürdig in {store}:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>  revoked {day}</source>
        <translation>  gesperrt {day}</translation>
    </message>
    <message>
        <source>add a sign-off to a batch (e.g. the approval under four eyes)</source>
        <translation>einem Stapel eine Freigabe hinzufügen (z. B. die Zweitfreigabe im Vier-Augen-Prinzip)</translation>
    </message>
    <message>
        <source>then write the batch to this new or empty folder</source>
        <translation>den Stapel dann in diesen neuen oder leeren Ordner schreiben</translation>
    </message>
    <message>
        <source>note: the store trusted no signer yet; {name}&apos;s key is now trusted (audited)</source>
        <translation>Hinweis: der Speicher vertraute noch keinem Unterzeichner; dem Schlüssel von {name} wird jetzt vertraut (protokolliert)</translation>
    </message>
    <message>
        <source>batch {batch}: signed off as {meaning} by {signer} (key {short})</source>
        <translation>Stapel {batch}: freigegeben als {meaning} von {signer} (Schlüssel {short})</translation>
    </message>
    <message>
        <source>not written to {folder}: {reason}</source>
        <translation>nicht nach {folder} geschrieben: {reason}</translation>
    </message>
    <message>
        <source>written to {folder} and verified</source>
        <translation>nach {folder} geschrieben und verifiziert</translation>
    </message>
    <message>
        <source>show or change a store&apos;s settings (changes are audited)</source>
        <translation>die Einstellungen eines Speichers zeigen oder ändern (Änderungen werden protokolliert)</translation>
    </message>
    <message>
        <source>change a setting: {names}</source>
        <translation>eine Einstellung ändern: {names}</translation>
    </message>
    <message>
        <source>every setting of the store: its value, its default and what it may be</source>
        <translation>jede Einstellung des Speichers: ihr Wert, ihre Vorgabe und was sie sein darf</translation>
    </message>
    <message>
        <source>{name} is not changed here ({who})</source>
        <translation>{name} wird nicht hier geändert ({who})</translation>
    </message>
    <message>
        <source>{name}: {value}  (default {default}; {allowed})</source>
        <translation>{name}: {value}  (Vorgabe {default}; {allowed})</translation>
    </message>
    <message>
        <source>{name}: {count} stored  ({help})</source>
        <translation>{name}: {count} gespeichert  ({help})</translation>
    </message>
    <message>
        <source>confirm or reject every open finding (and proposed party link) at once</source>
        <translation>jede offene Fundstelle (und vorgeschlagene Parteiverknüpfung) auf einmal bestätigen oder ablehnen</translation>
    </message>
    <message>
        <source>confirm every proposed finding and every proposed party link, and approve every quasi-identifier class found (dates, amounts, codes, places) under the store&apos;s policy</source>
        <translation>jede vorgeschlagene Fundstelle und jede vorgeschlagene Parteiverknüpfung bestätigen und jede gefundene Quasi-Identifikator-Klasse (Daten, Beträge, Codes, Orte) nach der Richtlinie des Speichers genehmigen</translation>
    </message>
    <message>
        <source>approve a quasi-identifier class under the store&apos;s policy (repeatable): in the documents named, else in every document that holds findings of it still pending, as g Q does in the window</source>
        <translation>eine Quasi-Identifikator-Klasse nach der Richtlinie des Speichers genehmigen (wiederholbar): in den genannten Dokumenten, sonst in jedem Dokument mit noch offenen Fundstellen dieser Klasse, wie g Q im Fenster</translation>
    </message>
    <message>
        <source>reject every proposed finding (keep the text)</source>
        <translation>jede vorgeschlagene Fundstelle ablehnen (den Text behalten)</translation>
    </message>
    <message>
        <source>document ids or file names (default: all)</source>
        <translation>Dokument-IDs oder Dateinamen (Vorgabe: alle)</translation>
    </message>
    <message>
        <source>{count} quasi-identifier class approval(s) in {documents} document(s)</source>
        <translation>{count} Genehmigung(en) von Quasi-Identifikator-Klassen in {documents} Dokument(en)</translation>
    </message>
    <message>
        <source>{count} finding(s) confirmed and {links} party link(s) confirmed in {documents} document(s)</source>
        <translation>{count} Fundstelle(n) bestätigt und {links} Parteiverknüpfung(en) bestätigt in {documents} Dokument(en)</translation>
    </message>
    <message>
        <source>{count} finding(s) rejected in {documents} document(s)</source>
        <translation>{count} Fundstelle(n) abgelehnt in {documents} Dokument(en)</translation>
    </message>
    <message>
        <source>; {count} quasi-identifier class approval(s) (one per class and document)</source>
        <translation>; {count} Genehmigung(en) von Quasi-Identifikator-Klassen (eine pro Klasse und Dokument)</translation>
    </message>
    <message>
        <source>the consent registry: parties, consents, links, withdrawals</source>
        <translation>das Einwilligungsregister: Parteien, Einwilligungen, Verknüpfungen, Widerrufe</translation>
    </message>
    <message>
        <source>import consents from a CSV file (all rows or none)</source>
        <translation>Einwilligungen aus einer CSV-Datei einlesen (alle Zeilen oder keine)</translation>
    </message>
    <message>
        <source>write the registry as CSV</source>
        <translation>das Register als CSV schreiben</translation>
    </message>
    <message>
        <source>list consents</source>
        <translation>Einwilligungen auflisten</translation>
    </message>
    <message>
        <source>a party with its consents and documents</source>
        <translation>eine Partei mit ihren Einwilligungen und Dokumenten</translation>
    </message>
    <message>
        <source>record a withdrawal and print the files to purge</source>
        <translation>einen Widerruf erfassen und die zu löschenden Dateien ausgeben</translation>
    </message>
    <message>
        <source>YYYY-MM-DD (default: today)</source>
        <translation>JJJJ-MM-TT (Vorgabe: heute)</translation>
    </message>
    <message>
        <source>link a party (id, name, alias or e-mail) to a document (confirmed) and propose its names wherever they occur</source>
        <translation>eine Partei (ID, Name, Alias oder E-Mail) mit einem Dokument verknüpfen (bestätigt) und ihre Namen überall vorschlagen, wo sie vorkommen</translation>
    </message>
    <message>
        <source>which party, when a company and a person share the name</source>
        <translation>welche Partei, wenn ein Unternehmen und eine Person den Namen teilen</translation>
    </message>
    <message>
        <source>remove a party from a document</source>
        <translation>eine Partei von einem Dokument lösen</translation>
    </message>
    <message>
        <source>make a party a company or a person (its links move to the registry&apos;s party of that kind and name, if there is one)</source>
        <translation>eine Partei zum Unternehmen oder zur Person machen (ihre Verknüpfungen gehen an die Partei dieser Art und dieses Namens im Register, falls es sie gibt)</translation>
    </message>
    <message>
        <source>forget the parties a scan added that no document links and no consent names (personal data kept for nothing)</source>
        <translation>die Parteien vergessen, die eine Durchsuchung anlegte und die kein Dokument verknüpft und keine Einwilligung nennt (umsonst aufbewahrte personenbezogene Daten)</translation>
    </message>
    <message>
        <source>only list them</source>
        <translation>nur auflisten</translation>
    </message>
    <message>
        <source>a document&apos;s parties and whether it may be exported</source>
        <translation>die Parteien eines Dokuments und ob es exportiert werden darf</translation>
    </message>
    <message>
        <source>{text!r} is not a date (YYYY-MM-DD)</source>
        <translation>{text!r} ist kein Datum (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>import</source>
        <translation>Einlesen</translation>
    </message>
    <message>
        <source>{count} consent(s) written to {path}</source>
        <translation>{count} Einwilligung(en) nach {path} geschrieben</translation>
    </message>
    <message>
        <source>no party {name!r} in the registry</source>
        <translation>keine Partei {name!r} im Register</translation>
    </message>
    <message>
        <source>register</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>VAT ID</source>
        <translation>USt-IdNr.</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>aliases</source>
        <translation>Aliasnamen</translation>
    </message>
    <message>
        <source>  consent {purpose} v{version}: {status}, granted {granted}, valid until {until}, withdrawn {withdrawn}; {evidence}</source>
        <translation>  Einwilligung {purpose} v{version}: {status}, erteilt {granted}, gültig bis {until}, widerrufen {withdrawn}; {evidence}</translation>
    </message>
    <message>
        <source>  document {id} {name}: {role}</source>
        <translation>  Dokument {id} {name}: {role}</translation>
    </message>
    <message>
        <source> (proposed)</source>
        <translation> (vorgeschlagen)</translation>
    </message>
    <message>
        <source>withdrawal recorded; {count} exported file(s) to purge</source>
        <translation>Widerruf erfasst; {count} exportierte Datei(en) zu löschen</translation>
    </message>
    <message>
        <source>{name} ({kind}, id {id})</source>
        <translation>{name} ({kind}, ID {id})</translation>
    </message>
    <message>
        <source>no party {name!r} of kind {kind} in the registry (import it first)</source>
        <translation>keine Partei {name!r} der Art {kind} im Register (zuerst einlesen)</translation>
    </message>
    <message>
        <source>no party {name!r} in the registry (import it first)</source>
        <translation>keine Partei {name!r} im Register (zuerst einlesen)</translation>
    </message>
    <message>
        <source>{name!r} names {count} parties: {parties}; give the id or --kind</source>
        <translation>{name!r} benennt {count} Parteien: {parties}; die ID oder --kind angeben</translation>
    </message>
    <message>
        <source>no document {name!r} in the store</source>
        <translation>kein Dokument {name!r} im Speicher</translation>
    </message>
    <message>
        <source>{party} linked to {document} as {role}; {count} more occurrence(s) of the linked parties&apos; names proposed</source>
        <translation>{party} mit {document} verknüpft als {role}; {count} weitere Vorkommen der Namen der verknüpften Parteien vorgeschlagen</translation>
    </message>
    <message>
        <source>{name} (id {id}) is now a {kind}</source>
        <translation>{name} (ID {id}) ist jetzt: {kind}</translation>
    </message>
    <message>
        <source>{name}: its document links moved to {party}, the registry&apos;s {kind} of that name</source>
        <translation>{name}: seine Dokumentverknüpfungen gingen an {party}, den Eintrag ({kind}) dieses Namens im Register</translation>
    </message>
    <message>
        <source>{party} is not linked to {document}</source>
        <translation>{party} ist nicht mit {document} verknüpft</translation>
    </message>
    <message>
        <source>{party} unlinked from {document}</source>
        <translation>{party} von {document} gelöst</translation>
    </message>
    <message>
        <source>would forget {count} party(ies) added by a scan and linked to nothing</source>
        <translation>würde {count} Partei(en) vergessen, die eine Durchsuchung anlegte und die mit nichts verknüpft sind</translation>
    </message>
    <message>
        <source>forgot {count} party(ies) added by a scan and linked to nothing</source>
        <translation>{count} Partei(en) vergessen, die eine Durchsuchung anlegte und die mit nichts verknüpft waren</translation>
    </message>
    <message>
        <source>{purpose} on {day}: {verdict}</source>
        <translation>{purpose} am {day}: {verdict}</translation>
    </message>
    <message>
        <source>exists already; an output is always a new file (choose another name or remove it first)</source>
        <translation>existiert bereits; eine Ausgabe ist immer eine neue Datei (einen anderen Namen wählen oder sie zuerst entfernen)</translation>
    </message>
    <message>
        <source>a batch waiting for approval: its documents with every check run again, the reviewer&apos;s signature, refusals so far; or refuse it with a reason</source>
        <translation>ein Stapel, der auf Genehmigung wartet: seine Dokumente mit jeder Prüfung erneut ausgeführt, die Signatur des Prüfers, bisherige Ablehnungen; oder ihn mit einer Begründung ablehnen</translation>
    </message>
    <message>
        <source>also print the manifest (formatted JSON)</source>
        <translation>auch das Manifest ausgeben (formatiertes JSON)</translation>
    </message>
    <message>
        <source>everything as one JSON object</source>
        <translation>alles als ein JSON-Objekt</translation>
    </message>
    <message>
        <source>refuse the batch with this reason (signed with --signer, recorded in the audit chain); approve with `clearance signoff`</source>
        <translation>den Stapel mit dieser Begründung ablehnen (mit --signer signiert, in der Prüfkette vermerkt); genehmigen mit `clearance signoff`</translation>
    </message>
    <message>
        <source>the approver whose key signs the refusal</source>
        <translation>der Genehmigende, dessen Schlüssel die Ablehnung signiert</translation>
    </message>
    <message>
        <source>--refuse needs --signer NAME: a refusal is signed by the approver&apos;s key</source>
        <translation>--refuse braucht --signer NAME: eine Ablehnung wird mit dem Schlüssel des Genehmigenden signiert</translation>
    </message>
    <message>
        <source>batch {batch}: refused by {signer}, recorded: {reason}</source>
        <translation>Stapel {batch}: abgelehnt von {signer}, vermerkt: {reason}</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>FEHLER</translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation>geprüft</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>genehmigt</translation>
    </message>
    <message>
        <source>batch {batch} ({purpose}, {created}), manifest sha256 {sha256}</source>
        <translation>Stapel {batch} ({purpose}, {created}), Manifest sha256 {sha256}</translation>
    </message>
    <message>
        <source>waiting: {missing}</source>
        <translation>wartet: {missing}</translation>
    </message>
    <message>
        <source>has every sign-off it needs</source>
        <translation>hat jede nötige Freigabe</translation>
    </message>
    <message>
        <source>{meaning} by {signer}, key {short} ({fingerprint}), {at}</source>
        <translation>{meaning} von {signer}, Schlüssel {short} ({fingerprint}), {at}</translation>
    </message>
    <message>
        <source>NOT TRUSTED</source>
        <translation>NICHT VERTRAUENSWÜRDIG</translation>
    </message>
    <message>
        <source>refused by {signer}, {at}: {reason}</source>
        <translation>abgelehnt von {signer}, {at}: {reason}</translation>
    </message>
    <message>
        <source>{name} -&gt; {file} ({pages} page(s))</source>
        <translation>{name} -&gt; {file} ({pages} Seite(n))</translation>
    </message>
    <message>
        <source>residue: {summary}</source>
        <translation>Reste: {summary}</translation>
    </message>
    <message>
        <source>an automatic batch: scan a folder, decide every finding by a policy, redact, verify and build an unsigned batch to sample (clearance qa)</source>
        <translation>ein automatischer Stapel: einen Ordner durchsuchen, jede Fundstelle nach einer Richtlinie entscheiden, schwärzen, verifizieren und einen unsignierten Stapel zur Stichprobe bilden (clearance qa)</translation>
    </message>
    <message>
        <source>thresholds and QA target: {policies}</source>
        <translation>Schwellen und QS-Ziel: {policies}</translation>
    </message>
    <message>
        <source>detection processes (default 2), or Ray actors</source>
        <translation>Erkennungsprozesse (Vorgabe 2) oder Ray-Akteure</translation>
    </message>
    <message>
        <source>where detection runs, as for `clearance scan`</source>
        <translation>wo die Erkennung läuft, wie bei `clearance scan`</translation>
    </message>
    <message>
        <source>join this Ray cluster (with --engine ray)</source>
        <translation>diesem Ray-Cluster beitreten (mit --engine ray)</translation>
    </message>
    <message>
        <source>{path}: no such folder</source>
        <translation>{path}: kein solcher Ordner</translation>
    </message>
    <message>
        <source>{path}: no document could be scanned; nothing to decide</source>
        <translation>{path}: kein Dokument konnte durchsucht werden; nichts zu entscheiden</translation>
    </message>
    <message>
        <source>batch {batch}: built by an earlier run for these {count} document(s) under policy {policy}</source>
        <translation>Stapel {batch}: von einem früheren Lauf für diese {count} Dokument(e) nach Richtlinie {policy} gebildet</translation>
    </message>
    <message>
        <source>decided: {redacted} finding(s) redacted, {kept} kept, in {count} document(s) (policy {policy})</source>
        <translation>entschieden: {redacted} Fundstelle(n) geschwärzt, {kept} belassen, in {count} Dokument(en) (Richtlinie {policy})</translation>
    </message>
    <message>
        <source>no document passed the export checks; no batch was built</source>
        <translation>kein Dokument hat die Exportprüfungen bestanden; kein Stapel wurde gebildet</translation>
    </message>
    <message>
        <source>batch {batch}: {count} document(s), unsigned</source>
        <translation>Stapel {batch}: {count} Dokument(e), unsigniert</translation>
    </message>
    <message>
        <source>next: clearance qa draw {store} --pages {need}   ({need} clean pages show a miss rate of at most {target:.1%} at {confidence:.0%})</source>
        <translation>als Nächstes: clearance qa draw {store} --pages {need}   ({need} saubere Seiten zeigen eine Fehlerquote von höchstens {target:.1%} bei {confidence:.0%})</translation>
    </message>
    <message>
        <source>--ray-address needs --engine ray</source>
        <translation>--ray-address braucht --engine ray</translation>
    </message>
    <message>
        <source>every name redacted somewhere and still readable (or rejected) elsewhere, grouped by party; exit 1 if there is any</source>
        <translation>jeder Name, der irgendwo geschwärzt und anderswo noch lesbar (oder abgelehnt) ist, nach Partei gruppiert; Exit 1, wenn es einen gibt</translation>
    </message>
    <message>
        <source>only the documents of this batch (default: every document)</source>
        <translation>nur die Dokumente dieses Stapels (Vorgabe: jedes Dokument)</translation>
    </message>
    <message>
        <source>print the report as JSON</source>
        <translation>den Bericht als JSON ausgeben</translation>
    </message>
    <message>
        <source>also write the report as one HTML file</source>
        <translation>den Bericht auch als eine HTML-Datei schreiben</translation>
    </message>
    <message>
        <source>redact every exception (or the named terms) wherever it is readable or was rejected</source>
        <translation>jede Ausnahme (oder die genannten Begriffe) überall schwärzen, wo sie lesbar ist oder abgelehnt wurde</translation>
    </message>
    <message>
        <source>{path}: no such store</source>
        <translation>{path}: kein solcher Speicher</translation>
    </message>
    <message>
        <source>redacted “{term}”: {count} occurrence(s)</source>
        <translation>geschwärzt „{term}“: {count} Vorkommen</translation>
    </message>
    <message>
        <source>no batch {batch!r} in {store}</source>
        <translation>kein Stapel {batch!r} in {store}</translation>
    </message>
    <message>
        <source>{documents} document(s), {terms} term(s); {exceptions} redacted in one document and readable or rejected in another</source>
        <translation>{documents} Dokument(e), {terms} Begriff(e); {exceptions} in einem Dokument geschwärzt und in einem anderen lesbar oder abgelehnt</translation>
    </message>
    <message>
        <source>  “{term}” ({type}): redacted in {documents}</source>
        <translation>  „{term}“ ({type}): geschwärzt in {documents}</translation>
    </message>
    <message>
        <source>    readable in {name} ({count}x)</source>
        <translation>    lesbar in {name} ({count}x)</translation>
    </message>
    <message>
        <source>    rejected by a reviewer in {name}</source>
        <translation>    von einem Prüfer abgelehnt in {name}</translation>
    </message>
    <message>
        <source>build a demo store from generated sample contracts</source>
        <translation>einen Demo-Speicher aus erzeugten Beispielverträgen bilden</translation>
    </message>
    <message>
        <source>folder for contracts/ and clearance.sqlite</source>
        <translation>Ordner für contracts/ und clearance.sqlite</translation>
    </message>
    <message>
        <source>how many contracts (default 6)</source>
        <translation>wie viele Verträge (Vorgabe 6)</translation>
    </message>
    <message>
        <source>generator seed (default 2026)</source>
        <translation>Startwert des Generators (Vorgabe 2026)</translation>
    </message>
    <message>
        <source>demo needs the development install (make run, or pip install -e &apos;.[demo]&apos; in a checkout); the installed app does not ship the sample-contract generator</source>
        <translation>demo braucht die Entwicklungsinstallation (make run oder pip install -e &apos;.[demo]&apos; in einem Checkout); die installierte App liefert den Beispielvertrags-Generator nicht mit</translation>
    </message>
    <message>
        <source>{path}: is a file; give a folder for the demo contracts and store</source>
        <translation>{path}: ist eine Datei; einen Ordner für die Demo-Verträge und den Speicher angeben</translation>
    </message>
    <message>
        <source>--count {count}: give at least one contract</source>
        <translation>--count {count}: mindestens einen Vertrag angeben</translation>
    </message>
    <message>
        <source>Scanning</source>
        <translation>Durchsuchen</translation>
    </message>
    <message>
        <source>Demo store {store}: {contracts} contracts, {pages} pages, {findings} findings</source>
        <translation>Demo-Speicher {store}: {contracts} Verträge, {pages} Seiten, {findings} Fundstellen</translation>
    </message>
    <message>
        <source>print every command of the review window with its keys (Markdown table)</source>
        <translation>jeden Befehl des Prüffensters mit seinen Tasten ausgeben (Markdown-Tabelle)</translation>
    </message>
    <message>
        <source>the keys as shipped, without your keymap.toml</source>
        <translation>die Tasten wie ausgeliefert, ohne die eigene keymap.toml</translation>
    </message>
    <message>
        <source>sample an automatic batch&apos;s redacted pages, mark them, estimate the miss rate</source>
        <translation>die geschwärzten Seiten eines automatischen Stapels stichprobenartig ziehen, markieren, die Fehlerquote schätzen</translation>
    </message>
    <message>
        <source>draw a seeded random sample of the batch&apos;s redacted pages</source>
        <translation>eine Zufallsstichprobe mit Startwert aus den geschwärzten Seiten des Stapels ziehen</translation>
    </message>
    <message>
        <source>pages in the sample</source>
        <translation>Seiten in der Stichprobe</translation>
    </message>
    <message>
        <source>the seed (default: a random one, recorded)</source>
        <translation>der Startwert (Vorgabe: ein zufälliger, vermerkt)</translation>
    </message>
    <message>
        <source>draw from each document in proportion to its pages (the estimate is weighted)</source>
        <translation>aus jedem Dokument im Verhältnis zu seinen Seiten ziehen (die Schätzung wird gewichtet)</translation>
    </message>
    <message>
        <source>print the sample as JSON</source>
        <translation>die Stichprobe als JSON ausgeben</translation>
    </message>
    <message>
        <source>mark a sampled page clean, or record what was still readable on it</source>
        <translation>eine gezogene Seite als sauber markieren oder erfassen, was auf ihr noch lesbar war</translation>
    </message>
    <message>
        <source>as `qa draw` and `qa report` list it (e.g. 3f2a9c01b2d4:5)</source>
        <translation>wie `qa draw` und `qa report` sie auflisten (z. B. 3f2a9c01b2d4:5)</translation>
    </message>
    <message>
        <source>the batch (default: the newest unsigned automatic one)</source>
        <translation>der Stapel (Vorgabe: der neueste unsignierte automatische)</translation>
    </message>
    <message>
        <source>nothing identifying is readable on the page</source>
        <translation>nichts Identifizierendes ist auf der Seite lesbar</translation>
    </message>
    <message>
        <source>text still readable on the page: redacted across the batch</source>
        <translation>auf der Seite noch lesbarer Text: im ganzen Stapel geschwärzt</translation>
    </message>
    <message>
        <source>the missed text&apos;s entity type (PERSON, COMPANY, ADDRESS, EMAIL_ADDRESS, PHONE_NUMBER, ...; default OTHER)</source>
        <translation>der Entitätstyp des übersehenen Texts (PERSON, COMPANY, ADDRESS, EMAIL_ADDRESS, PHONE_NUMBER, ...; Vorgabe OTHER)</translation>
    </message>
    <message>
        <source>pages sampled, misses, the miss rate and its exact upper bound</source>
        <translation>gezogene Seiten, Fehler, die Fehlerquote und ihre exakte obere Schranke</translation>
    </message>
    <message>
        <source>one-sided confidence (default: the batch&apos;s policy, else 0.95)</source>
        <translation>einseitige Sicherheit (Vorgabe: die Richtlinie des Stapels, sonst 0.95)</translation>
    </message>
    <message>
        <source>also write the batch&apos;s assurance report (sample, interval, findings by type and decision, consistency exceptions, refusals) as HTML</source>
        <translation>auch den Prüfbericht des Stapels (Stichprobe, Intervall, Fundstellen nach Typ und Entscheidung, Konsistenzausnahmen, Ablehnungen) als HTML schreiben</translation>
    </message>
    <message>
        <source>build the batch again with every fix, recording the QA sample, ready to sign (refused while the sample does not meet the target)</source>
        <translation>den Stapel mit jeder Korrektur neu bilden, mit der QS-Stichprobe vermerkt, bereit zum Signieren (abgelehnt, solange die Stichprobe das Ziel nicht erreicht)</translation>
    </message>
    <message>
        <source>stratified by document</source>
        <translation>nach Dokument geschichtet</translation>
    </message>
    <message>
        <source>uniform</source>
        <translation>gleichverteilt</translation>
    </message>
    <message>
        <source>batch {batch}: {count} page(s) drawn ({design}, seed {seed}, recorded)</source>
        <translation>Stapel {batch}: {count} Seite(n) gezogen ({design}, Startwert {seed}, vermerkt)</translation>
    </message>
    <message>
        <source>{page_id}  document {document} page {page}  {verdict}</source>
        <translation>{page_id}  Dokument {document} Seite {page}  {verdict}</translation>
    </message>
    <message>
        <source>--type {type}: not an entity type (one of {types})</source>
        <translation>--type {type}: kein Entitätstyp (einer von {types})</translation>
    </message>
    <message>
        <source>{page}: clean</source>
        <translation>{page}: sauber</translation>
    </message>
    <message>
        <source>{page}: miss “{missed}” ({type}) recorded; redacted {count} occurrence(s) in {documents} document(s) of the batch; the page counts as a miss</source>
        <translation>{page}: Fehler „{missed}“ ({type}) erfasst; {count} Vorkommen in {documents} Dokument(en) des Stapels geschwärzt; die Seite zählt als Fehler</translation>
    </message>
    <message>
        <source>--confidence lies between 0 and 1, not {value}</source>
        <translation>--confidence liegt zwischen 0 und 1, nicht {value}</translation>
    </message>
    <message>
        <source>clean</source>
        <translation>sauber</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>übersehen</translation>
    </message>
    <message>
        <source>to mark</source>
        <translation>zu markieren</translation>
    </message>
    <message>
        <source>batch {batch}: seals batch {sampled}: {pages} page(s), {misses} with a miss, upper bound {bound:.4f}</source>
        <translation>Stapel {batch}: besiegelt Stapel {sampled}: {pages} Seite(n), {misses} mit Fehler, obere Schranke {bound:.4f}</translation>
    </message>
    <message>
        <source>stratified</source>
        <translation>geschichtet</translation>
    </message>
    <message>
        <source>batch {batch}: {sampled} of {population} page(s) sampled (seed {seed}, {design}), {marked} marked</source>
        <translation>Stapel {batch}: {sampled} von {population} Seite(n) gezogen (Startwert {seed}, {design}), {marked} markiert</translation>
    </message>
    <message>
        <source>pages with a miss: {misses}; miss rate {rate:.4f}; {confidence:.0%} upper bound {bound:.4f} ({method})</source>
        <translation>Seiten mit Fehler: {misses}; Fehlerquote {rate:.4f}; obere {confidence:.0%}-Schranke {bound:.4f} ({method})</translation>
    </message>
    <message>
        <source>meets the target</source>
        <translation>erreicht das Ziel</translation>
    </message>
    <message>
        <source>sample incomplete</source>
        <translation>Stichprobe unvollständig</translation>
    </message>
    <message>
        <source>above the target</source>
        <translation>über dem Ziel</translation>
    </message>
    <message>
        <source>target {target:.2%} at {confidence:.0%}: {verdict}; {pages} page(s) needed with {misses} miss(es)</source>
        <translation>Ziel {target:.2%} bei {confidence:.0%}: {verdict}; {pages} Seite(n) nötig bei {misses} Fehler(n)</translation>
    </message>
    <message>
        <source>how pages count: {counting}</source>
        <translation>wie Seiten zählen: {counting}</translation>
    </message>
    <message>
        <source>  missed “{text}” ({type}, {fixed} fixed)</source>
        <translation>  übersehen „{text}“ ({type}, {fixed} korrigiert)</translation>
    </message>
    <message>
        <source>no document passed the export checks; nothing was sealed</source>
        <translation>kein Dokument hat die Exportprüfungen bestanden; nichts wurde versiegelt</translation>
    </message>
    <message>
        <source>batch {batch}: built with every fix and the QA record; sign it with `clearance signoff {batch} --meaning reviewed --signer NAME --to DIR`</source>
        <translation>Stapel {batch}: mit jeder Korrektur und dem QS-Vermerk gebildet; signieren mit `clearance signoff {batch} --meaning reviewed --signer NAME --to DIR`</translation>
    </message>
    <message>
        <source>list what still looks identifying but was never proposed (or was rejected), and redact it or mark it fine</source>
        <translation>auflisten, was noch identifizierend aussieht, aber nie vorgeschlagen (oder abgelehnt) wurde, und es schwärzen oder als unbedenklich markieren</translation>
    </message>
    <message>
        <source>a document (id or file name) in --store, a store file (every document), or a PDF file</source>
        <translation>ein Dokument (ID oder Dateiname) in --store, eine Speicherdatei (jedes Dokument) oder eine PDF-Datei</translation>
    </message>
    <message>
        <source>with a store: only this document (id or file name)</source>
        <translation>mit einem Speicher: nur dieses Dokument (ID oder Dateiname)</translation>
    </message>
    <message>
        <source>print JSON: documents, their groups, kinds, counts, pages</source>
        <translation>JSON ausgeben: Dokumente, ihre Gruppen, Arten, Anzahlen, Seiten</translation>
    </message>
    <message>
        <source>redact every occurrence of this residue text in the document (recorded; repeatable)</source>
        <translation>jedes Vorkommen dieses Resttexts im Dokument schwärzen (vermerkt; wiederholbar)</translation>
    </message>
    <message>
        <source>mark this residue text fine: it identifies no one (recorded; repeatable)</source>
        <translation>diesen Resttext als unbedenklich markieren: er identifiziert niemanden (vermerkt; wiederholbar)</translation>
    </message>
    <message>
        <source>redact every residue group nobody decided about</source>
        <translation>jede Restgruppe schwärzen, über die niemand entschieden hat</translation>
    </message>
    <message>
        <source>mark every residue group nobody decided about fine</source>
        <translation>jede Restgruppe, über die niemand entschieden hat, als unbedenklich markieren</translation>
    </message>
    <message>
        <source>{path}: is a folder; give a store file, a PDF file or a document of --store</source>
        <translation>{path}: ist ein Ordner; eine Speicherdatei, eine PDF-Datei oder ein Dokument von --store angeben</translation>
    </message>
    <message>
        <source>{path}: decisions are kept per stored document; `clearance scan` the file into a store first, then decide there</source>
        <translation>{path}: Entscheidungen werden je gespeichertem Dokument verwahrt; die Datei zuerst mit `clearance scan` in einen Speicher einlesen und dort entscheiden</translation>
    </message>
    <message>
        <source>{path}: not a PDF file nor a Clearance store</source>
        <translation>{path}: weder eine PDF-Datei noch ein Clearance-Speicher</translation>
    </message>
    <message>
        <source>{path}: no such file</source>
        <translation>{path}: keine solche Datei</translation>
    </message>
    <message>
        <source>--doc goes with a store file; {target!r} is not one</source>
        <translation>--doc gehört zu einer Speicherdatei; {target!r} ist keine</translation>
    </message>
    <message>
        <source>--redact and --fine name texts of one document: give it (a DOC, or --doc with a store)</source>
        <translation>--redact und --fine nennen Texte eines Dokuments: es angeben (ein DOK oder --doc mit einem Speicher)</translation>
    </message>
    <message>
        <source>{name}: marked fine: “{text}” ({kind}, {count}x)</source>
        <translation>{name}: als unbedenklich markiert: „{text}“ ({kind}, {count}x)</translation>
    </message>
    <message>
        <source>{name}: no residue “{text}” (`clearance residue` lists the texts)</source>
        <translation>{name}: kein Rest „{text}“ (`clearance residue` listet die Texte auf)</translation>
    </message>
    <message>
        <source>{name}: redacted “{text}” ({kind}): {count} occurrence(s) on page(s) {pages}</source>
        <translation>{name}: geschwärzt „{text}“ ({kind}): {count} Vorkommen auf Seite(n) {pages}</translation>
    </message>
    <message>
        <source>{name} (document {id}): {summary}</source>
        <translation>{name} (Dokument {id}): {summary}</translation>
    </message>
    <message>
        <source>{path}: {count} residue group(s), {occurrences} occurrence(s)</source>
        <translation>{path}: {count} Restgruppe(n), {occurrences} Vorkommen</translation>
    </message>
    <message>
        <source>the re-identification risk left in a batch: quasi-identifiers found, treated and left per class, k-anonymity across the batch, linkability</source>
        <translation>das in einem Stapel verbleibende Risiko der Re-Identifizierung: gefundene, behandelte und verbliebene Quasi-Identifikatoren pro Klasse, k-Anonymität über den Stapel, Verknüpfbarkeit</translation>
    </message>
    <message>
        <source>a store file (its newest batch, or every reviewed document if it has none), or a batch id in --store</source>
        <translation>eine Speicherdatei (ihr neuester Stapel oder, wenn keiner da ist, jedes geprüfte Dokument) oder eine Stapel-ID in --store</translation>
    </message>
    <message>
        <source>measure this batch of the store</source>
        <translation>diesen Stapel des Speichers messen</translation>
    </message>
    <message>
        <source>the k threshold: documents in smaller equivalence classes are listed (default: the store&apos;s risk.k_threshold, else 5)</source>
        <translation>die k-Schwelle: Dokumente in kleineren Äquivalenzklassen werden aufgelistet (Vorgabe: risk.k_threshold des Speichers, sonst 5)</translation>
    </message>
    <message>
        <source>also write the report as one self-contained HTML file</source>
        <translation>den Bericht auch als eine eigenständige HTML-Datei schreiben</translation>
    </message>
    <message>
        <source>--k is at least 1, not {k}</source>
        <translation>--k ist mindestens 1, nicht {k}</translation>
    </message>
    <message>
        <source>{path}: not a Clearance store</source>
        <translation>{path}: kein Clearance-Speicher</translation>
    </message>
    <message>
        <source>two batches named: {target!r} and --batch {batch!r}</source>
        <translation>zwei Stapel genannt: {target!r} und --batch {batch!r}</translation>
    </message>
    <message>
        <source>written to {path}</source>
        <translation>nach {path} geschrieben</translation>
    </message>
    <message>
        <source>{scope}: {count} document(s)</source>
        <translation>{scope}: {count} Dokument(e)</translation>
    </message>
    <message>
        <source>{cls:8} {policy:12} found {found:4}   treated: {treated}   left: {left}</source>
        <translation>{cls:14} {policy:16} gefunden {found:4}   behandelt: {treated}   übrig: {left}</translation>
    </message>
    <message>
        <source>k histogram: {counts}</source>
        <translation>k-Histogramm: {counts}</translation>
    </message>
    <message>
        <source>BELOW</source>
        <translation>DARUNTER</translation>
    </message>
    <message>
        <source>nothing remains</source>
        <translation>nichts bleibt</translation>
    </message>
    <message>
        <source>linked by {value}: document(s) {documents}</source>
        <translation>verknüpft durch {value}: Dokument(e) {documents}</translation>
    </message>
    <message>
        <source>no quasi-identifier remains in any document</source>
        <translation>in keinem Dokument bleibt ein Quasi-Identifikator</translation>
    </message>
    <message>
        <source>risk: {k}; linkability {share:.0%} ({linked} of {count} document(s) share a code or pseudonym); {left} of {found} quasi-identifier(s) left</source>
        <translation>Risiko: {k}; Verknüpfbarkeit {share:.0%} ({linked} von {count} Dokument(en) teilen eine Kennung oder ein Pseudonym); {left} von {found} Quasi-Identifikator(en) übrig</translation>
    </message>
</context>
<context>
    <name>flow</name>
    <message>
        <source>Choose a folder first.</source>
        <translation>Zuerst einen Ordner wählen.</translation>
    </message>
</context>
</TS>
