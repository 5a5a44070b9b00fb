<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>AccessibleParts</name>
    <message>
        <source>{name}: scroll up and down</source>
        <translation>{name}: nach oben und unten scrollen</translation>
    </message>
    <message>
        <source>{name}: scroll sideways</source>
        <translation>{name}: zur Seite scrollen</translation>
    </message>
    <message>
        <source>{name}: columns</source>
        <translation>{name}: Spalten</translation>
    </message>
    <message>
        <source>{name}: rows</source>
        <translation>{name}: Zeilen</translation>
    </message>
</context>
<context>
    <name>ActivationDialog</name>
    <message>
        <source>Activate {name}</source>
        <translation>{name} freischalten</translation>
    </message>
    <message>
        <source>Activate {n} volunteer</source>
        <translation>{n} Person freischalten</translation>
    </message>
    <message>
        <source>Activate {n} volunteers</source>
        <translation>{n} Personen freischalten</translation>
    </message>
    <message>
        <source> and {n} more</source>
        <translation> und {n} weitere</translation>
    </message>
    <message>
        <source>&amp;Identity checked (photo ID, or the email or phone they signed up with)</source>
        <translation>&amp;Identität geprüft (Ausweis, oder die E-Mail bzw. Telefonnummer der Anmeldung)</translation>
    </message>
    <message>
        <source>&amp;Identity of all {n} checked (photo ID, or their sign-up email or phone)</source>
        <translation>&amp;Identität aller {n} geprüft (Ausweis, oder E-Mail bzw. Telefon der Anmeldung)</translation>
    </message>
    <message>
        <source>Identity checked</source>
        <translation>Identität geprüft</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Kampagnen</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Arbeitsplatz</translation>
    </message>
    <message>
        <source>No fixed station</source>
        <translation>Kein fester Arbeitsplatz</translation>
    </message>
    <message>
        <source>{name} (this station)</source>
        <translation>{name} (dieser Arbeitsplatz)</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Sprachen</translation>
    </message>
    <message>
        <source>Keep each volunteer&apos;s languages</source>
        <translation>Sprachen jeder Person behalten</translation>
    </message>
    <message>
        <source>&amp;Shift ends at</source>
        <translation>&amp;Schicht endet um</translation>
    </message>
    <message>
        <source>Set a shift end</source>
        <translation>Schichtende festlegen</translation>
    </message>
    <message>
        <source>Shift end time</source>
        <translation>Uhrzeit des Schichtendes</translation>
    </message>
    <message>
        <source>&amp;Campaigns</source>
        <translation>&amp;Kampagnen</translation>
    </message>
    <message>
        <source>S&amp;tation</source>
        <translation>&amp;Arbeitsplatz</translation>
    </message>
    <message>
        <source>&amp;Languages</source>
        <translation>S&amp;prachen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Tick “Identity checked” once you have checked who they are.</source>
        <translation>Hake „Identität geprüft“ an, sobald du geprüft hast, wer die Person ist.</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>From date</source>
        <translation>Von Datum</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Bis Datum</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation>&amp;Bis</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Refresh the audit log</source>
        <translation>Protokoll aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV &amp;exportieren…</translation>
    </message>
    <message>
        <source>Export the audit log as CSV</source>
        <translation>Protokoll als CSV exportieren</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Arbeitsplatz</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>{old} → {new}</source>
        <translation>{old} → {new}</translation>
    </message>
    <message>
        <source>{n} contacts</source>
        <translation>{n} Kontakte</translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation>{hours} Std.</translation>
    </message>
    <message>
        <source>campaign ids: {ids}</source>
        <translation>Kampagnen-IDs: {ids}</translation>
    </message>
    <message>
        <source>The latest {n} events; the export has them all.</source>
        <translation>Die letzten {n} Einträge; der Export enthält alle.</translation>
    </message>
    <message>
        <source>{n} events</source>
        <translation>{n} Einträge</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Protokoll exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Wrote {n} audit events to {file}.</source>
        <translation>{n} Einträge in {file} geschrieben.</translation>
    </message>
</context>
<context>
    <name>CallLabels</name>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Being called</source>
        <translation>Wird angerufen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Callback</source>
        <translation>Rückruf</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobil</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Privat</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Arbeit</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andere</translation>
    </message>
</context>
<context>
    <name>CallListModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>ZIP</source>
        <translation>PLZ</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Last result</source>
        <translation>Letztes Ergebnis</translation>
    </message>
    <message>
        <source>Last call</source>
        <translation>Letzter Anruf</translation>
    </message>
    <message>
        <source>Callback</source>
        <translation>Rückruf</translation>
    </message>
</context>
<context>
    <name>CallListView</name>
    <message>
        <source>Search by name, ZIP or city</source>
        <translation>Suche nach Name, PLZ oder Ort</translation>
    </message>
    <message>
        <source>Search by name, ZIP or city (Ctrl+F)</source>
        <translation>Suche nach Name, PLZ oder Ort (Strg+F)</translation>
    </message>
    <message>
        <source>Show contacts with status</source>
        <translation>Kontakte mit Status zeigen</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>How many contacts match</source>
        <translation>Wie viele Kontakte passen</translation>
    </message>
    <message>
        <source>Refresh (F5)</source>
        <translation>Aktualisieren (F5)</translation>
    </message>
    <message>
        <source>Refresh the call list</source>
        <translation>Anrufliste aktualisieren</translation>
    </message>
    <message>
        <source>Back (Esc)</source>
        <translation>Zurück (Esc)</translation>
    </message>
    <message>
        <source>Back to calling</source>
        <translation>Zurück zum Anrufen</translation>
    </message>
    <message>
        <source>Call list</source>
        <translation>Anrufliste</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Scroll the call list</source>
        <translation>Anrufliste scrollen</translation>
    </message>
    <message>
        <source>Scroll the columns</source>
        <translation>Spalten scrollen</translation>
    </message>
    <message>
        <source>Call list: {name}</source>
        <translation>Anrufliste: {name}</translation>
    </message>
    <message>
        <source>All statuses ({n})</source>
        <translation>Alle Status ({n})</translation>
    </message>
    <message>
        <source>{n} contacts</source>
        <translation>{n} Kontakte</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Wird gezählt…</translation>
    </message>
    <message>
        <source>1 contact</source>
        <translation>1 Kontakt</translation>
    </message>
    <message>
        <source>loading rows…</source>
        <translation>Zeilen werden geladen…</translation>
    </message>
</context>
<context>
    <name>CallTimer</name>
    <message>
        <source>Call timer</source>
        <translation>Gesprächsdauer</translation>
    </message>
</context>
<context>
    <name>CallbackEditor</name>
    <message>
        <source>Call back at (Alt+B)</source>
        <translation>Rückruf um (Alt+B)</translation>
    </message>
    <message>
        <source>Callback date and time, in the contact&apos;s time</source>
        <translation>Datum und Uhrzeit des Rückrufs, in der Zeit der Person</translation>
    </message>
    <message>
        <source>Choose “call back” as the result first</source>
        <translation>Wähle zuerst „Rückruf“ als Ergebnis</translation>
    </message>
    <message>
        <source>their time, {zone}</source>
        <translation>ihre Zeit, {zone}</translation>
    </message>
    <message>
        <source>your time (their time zone is unknown)</source>
        <translation>deine Zeit (ihre Zeitzone ist unbekannt)</translation>
    </message>
</context>
<context>
    <name>CallingPage</name>
    <message>
        <source>Kept.</source>
        <translation>Behalten.</translation>
    </message>
    <message>
        <source>Choose a result first: keys 1–9 (F1–F9 while typing).</source>
        <translation>Wähle zuerst ein Ergebnis: Tasten 1–9 (F1–F9 beim Tippen).</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Skipping…</source>
        <translation>Wird übersprungen…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Your call was saved, but that contact&apos;s turn had run out and someone else now has them on their list.</source>
        <translation>Dein Anruf ist gespeichert, aber die Zeit für diesen Kontakt war um, und jetzt hat ihn jemand anderes auf der Liste.</translation>
    </message>
    <message>
        <source>Alt+S</source>
        <translation>Alt+S</translation>
    </message>
    <message>
        <source>Alt+E</source>
        <translation>Alt+E</translation>
    </message>
    <message>
        <source>This call has a result, answers or notes that are not saved. Save with Ctrl+Enter, or press {key} again to drop them.</source>
        <translation>Dieser Anruf hat ungespeicherte Ergebnisse, Antworten oder Notizen. Speichere mit Strg+Enter oder drück noch einmal {key}, um sie zu verwerfen.</translation>
    </message>
    <message>
        <source>Nobody is left to call in {campaign} right now.</source>
        <translation>In {campaign} ist gerade niemand mehr anzurufen.</translation>
    </message>
    <message>
        <source>No dialer answered the call link: dial the number by hand (Copy puts it on the clipboard).</source>
        <translation>Kein Telefonprogramm hat reagiert: Wähl die Nummer von Hand (Kopieren legt sie in die Zwischenablage).</translation>
    </message>
</context>
<context>
    <name>CampaignPicker</name>
    <message>
        <source>Choose a campaign</source>
        <translation>Wähl eine Kampagne</translation>
    </message>
    <message>
        <source>Pick with the arrow keys and press Enter to start calling.</source>
        <translation>Wähl mit den Pfeiltasten und drück Enter, um loszulegen.</translation>
    </message>
    <message>
        <source>Your campaigns</source>
        <translation>Deine Kampagnen</translation>
    </message>
    <message>
        <source>Scroll the campaigns</source>
        <translation>Kampagnen scrollen</translation>
    </message>
    <message>
        <source>Start calling (Enter)</source>
        <translation>Anrufen starten (Enter)</translation>
    </message>
    <message>
        <source>Start calling</source>
        <translation>Anrufen starten</translation>
    </message>
    <message>
        <source>Call list (Ctrl+L)</source>
        <translation>Anrufliste (Strg+L)</translation>
    </message>
    <message>
        <source>Show the call list</source>
        <translation>Anrufliste zeigen</translation>
    </message>
    <message>
        <source>Refresh (F5)</source>
        <translation>Aktualisieren (F5)</translation>
    </message>
    <message>
        <source>Refresh the campaigns</source>
        <translation>Kampagnen aktualisieren</translation>
    </message>
    <message>
        <source>Loading your campaigns…</source>
        <translation>Deine Kampagnen werden geladen…</translation>
    </message>
    <message>
        <source>{n} contacts left</source>
        <translation>noch {n} Kontakte</translation>
    </message>
    <message>
        <source>{n} callbacks due</source>
        <translation>{n} Rückrufe fällig</translation>
    </message>
    <message>
        <source>You are not assigned to a campaign yet: please ask a shift lead.</source>
        <translation>Du bist noch keiner Kampagne zugeteilt: Frag bitte die Schichtleitung.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
</context>
<context>
    <name>CanvassLabels</name>
    <message>
        <source>Checked out</source>
        <translation>Übernommen</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Handed back</source>
        <translation>Zurückgegeben</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Door to door</source>
        <translation>Haustür</translation>
    </message>
    <message>
        <source>By phone</source>
        <translation>Telefon</translation>
    </message>
</context>
<context>
    <name>CanvassPage</name>
    <message>
        <source>Turf</source>
        <translation>Gebiet</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>Haushalte</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Checkouts on this laptop</source>
        <translation>Gebiete auf diesem Laptop</translation>
    </message>
    <message>
        <source>Canvass status</source>
        <translation>Stand der Haustürarbeit</translation>
    </message>
    <message>
        <source>Check &amp;out a turf…</source>
        <translation>Gebiet &amp;übernehmen…</translation>
    </message>
    <message>
        <source>&amp;Work it</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Print walk sheets…</source>
        <translation>Laufzettel &amp;drucken…</translation>
    </message>
    <message>
        <source>Save walk sheets as P&amp;DF…</source>
        <translation>Laufzettel als PD&amp;F speichern…</translation>
    </message>
    <message>
        <source>&amp;Key in paper sheets</source>
        <translation>&amp;Papierbögen eintippen</translation>
    </message>
    <message>
        <source>E&amp;xtend…</source>
        <translation>&amp;Verlängern…</translation>
    </message>
    <message>
        <source>&amp;Hand back…</source>
        <translation>&amp;Zurückgeben…</translation>
    </message>
    <message>
        <source>Check &amp;in</source>
        <translation>Ab&amp;schließen</translation>
    </message>
    <message>
        <source>Canvassing</source>
        <translation>Haustürarbeit</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>The CRM connection cannot be used: {reason}</source>
        <translation>Die CRM-Verbindung ist nicht nutzbar: {reason}</translation>
    </message>
    <message>
        <source>Checked out &apos;{name}&apos;: {h} households, {p} people until {until}.</source>
        <translation>„{name}“ übernommen: {h} Haushalte, {p} Personen bis {until}.</translation>
    </message>
    <message>
        <source>Offline: the CRM was not asked to hold these contacts for you; they are held on this laptop only.</source>
        <translation>Offline: Das CRM hält diese Kontakte nicht für dich fest; sie sind nur auf diesem Laptop reserviert.</translation>
    </message>
    <message>
        <source>{n} others are held by someone else in the CRM.</source>
        <translation>{n} weitere sind im CRM für jemand anderen reserviert.</translation>
    </message>
    <message>
        <source>Extend the checkout</source>
        <translation>Übernahme verlängern</translation>
    </message>
    <message>
        <source>Hours to add:</source>
        <translation>Zusätzliche Stunden:</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; now runs until {until}.</source>
        <translation>„{name}“ läuft jetzt bis {until}.</translation>
    </message>
    <message>
        <source>Hand back &apos;{name}&apos;?</source>
        <translation>„{name}“ zurückgeben?</translation>
    </message>
    <message>
        <source>Its contacts go back to the list now and it takes no more results. What was recorded stays and is synced with the next sync.</source>
        <translation>Die Kontakte gehen jetzt zurück in die Liste, neue Ergebnisse sind nicht mehr möglich. Was erfasst ist, bleibt und wird beim nächsten Abgleich übertragen.</translation>
    </message>
    <message>
        <source>Hand back</source>
        <translation>Zurückgeben</translation>
    </message>
    <message>
        <source>handed back</source>
        <translation>zurückgegeben</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; was {what}.</source>
        <translation>„{name}“ wurde {what}.</translation>
    </message>
    <message>
        <source>Checking in &apos;{name}&apos;: syncing…</source>
        <translation>„{name}“ wird abgeschlossen: Abgleich läuft…</translation>
    </message>
    <message>
        <source>checked in</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is {state}: it can be read and printed, but takes no new results.</source>
        <translation>„{name}“ ist {state}: Du kannst es lesen und drucken, aber keine neuen Ergebnisse eintragen.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
</context>
<context>
    <name>CanvassStatusBar</name>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Checked-out turf</source>
        <translation>Übernommenes Gebiet</translation>
    </message>
    <message>
        <source>Waiting to sync</source>
        <translation>Wartet auf Abgleich</translation>
    </message>
    <message>
        <source>● Online</source>
        <translation>● Online</translation>
    </message>
    <message>
        <source>The CRM answers.</source>
        <translation>Das CRM antwortet.</translation>
    </message>
    <message>
        <source>○ Offline (no CRM connected)</source>
        <translation>○ Offline (kein CRM verbunden)</translation>
    </message>
    <message>
        <source>The CRM does not answer.</source>
        <translation>Das CRM antwortet nicht.</translation>
    </message>
    <message>
        <source>Turf expired: check it in</source>
        <translation>Gebiet abgelaufen: bitte abschließen</translation>
    </message>
    <message>
        <source>{n} to send</source>
        <translation>{n} zu senden</translation>
    </message>
    <message>
        <source>○ Offline</source>
        <translation>○ Offline</translation>
    </message>
    <message>
        <source>Turf &apos;{name}&apos; expired: check it in</source>
        <translation>Gebiet „{name}“ abgelaufen: bitte abschließen</translation>
    </message>
    <message>
        <source>Turf until {until}</source>
        <translation>Gebiet bis {until}</translation>
    </message>
    <message>
        <source>Turf &apos;{name}&apos; until {until}</source>
        <translation>Gebiet „{name}“ bis {until}</translation>
    </message>
    <message>
        <source>{n} waiting to sync</source>
        <translation>{n} warten auf Abgleich</translation>
    </message>
    <message>
        <source>, {n} refused (review)</source>
        <translation>, {n} abgelehnt (prüfen)</translation>
    </message>
</context>
<context>
    <name>CheckoutDialog</name>
    <message>
        <source>Check out a turf</source>
        <translation>Gebiet übernehmen</translation>
    </message>
    <message>
        <source>List to cut the turf from</source>
        <translation>Liste, aus der das Gebiet kommt</translation>
    </message>
    <message>
        <source>ZIP codes</source>
        <translation>Postleitzahlen</translation>
    </message>
    <message>
        <source>e.g. 60601, 60602 (empty: all)</source>
        <translation>z. B. 60601, 60602 (leer: alle)</translation>
    </message>
    <message>
        <source>Streets (tick with Space; none: all)</source>
        <translation>Straßen (ankreuzen mit Leertaste; keine: alle)</translation>
    </message>
    <message>
        <source>Number of households (0: all)</source>
        <translation>Anzahl Haushalte (0: alle)</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Hours until the checkout expires</source>
        <translation>Stunden, bis die Übernahme abläuft</translation>
    </message>
    <message>
        <source> h</source>
        <translation> Std.</translation>
    </message>
    <message>
        <source>How the turf is worked</source>
        <translation>Wie das Gebiet bearbeitet wird</translation>
    </message>
    <message>
        <source>Name of the turf</source>
        <translation>Name des Gebiets</translation>
    </message>
    <message>
        <source>e.g. Oak Street north</source>
        <translation>z. B. Eichenstraße Nord</translation>
    </message>
    <message>
        <source>Reading the list…</source>
        <translation>Liste wird gelesen…</translation>
    </message>
    <message>
        <source>What the cut takes</source>
        <translation>Was der Zuschnitt enthält</translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation>&amp;Liste</translation>
    </message>
    <message>
        <source>&amp;ZIP codes</source>
        <translation>&amp;Postleitzahlen</translation>
    </message>
    <message>
        <source>S&amp;treets</source>
        <translation>S&amp;traßen</translation>
    </message>
    <message>
        <source>&amp;Households</source>
        <translation>&amp;Haushalte</translation>
    </message>
    <message>
        <source>&amp;For</source>
        <translation>&amp;Dauer</translation>
    </message>
    <message>
        <source>&amp;Mode</source>
        <translation>&amp;Art</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>Check &amp;out</source>
        <translation>Ü&amp;bernehmen</translation>
    </message>
    <message>
        <source>{campaign}: {list} ({n} open)</source>
        <translation>{campaign}: {list} ({n} offen)</translation>
    </message>
    <message>
        <source>No list has anyone open to canvass.</source>
        <translation>Keine Liste hat noch offene Haustüren.</translation>
    </message>
    <message>
        <source>Type a ZIP code to see its streets.</source>
        <translation>Gib eine PLZ ein, um ihre Straßen zu sehen.</translation>
    </message>
    <message>
        <source>{street} ({n})</source>
        <translation>{street} ({n})</translation>
    </message>
    <message>
        <source>Nobody open matches this cut. Widen it or pick another list.</source>
        <translation>Niemand Offenes passt zu diesem Zuschnitt. Erweitere ihn oder wähl eine andere Liste.</translation>
    </message>
    <message>
        <source>{h} households, {p} people on {s} streets: {names}</source>
        <translation>{h} Haushalte, {p} Personen in {s} Straßen: {names}</translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Reason (optional, kept in the audit log)</source>
        <translation>Grund (freiwillig, steht im Protokoll)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>ConsoleLabels</name>
    <message>
        <source>Activated</source>
        <translation>Freigeschaltet</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Reactivated</source>
        <translation>Wieder aktiviert</translation>
    </message>
    <message>
        <source>PIN reset</source>
        <translation>PIN zurückgesetzt</translation>
    </message>
    <message>
        <source>Role changed</source>
        <translation>Rolle geändert</translation>
    </message>
    <message>
        <source>Contacts imported</source>
        <translation>Kontakte importiert</translation>
    </message>
    <message>
        <source>Results exported</source>
        <translation>Ergebnisse exportiert</translation>
    </message>
    <message>
        <source>Contact erased</source>
        <translation>Kontakt gelöscht</translation>
    </message>
    <message>
        <source>Contact&apos;s data exported</source>
        <translation>Daten eines Kontakts exportiert</translation>
    </message>
    <message>
        <source>Old data purged</source>
        <translation>Alte Daten gelöscht</translation>
    </message>
    <message>
        <source>Sent to the CRM again</source>
        <translation>Erneut ans CRM gesendet</translation>
    </message>
    <message>
        <source>Not sent to the CRM</source>
        <translation>Nicht ans CRM gesendet</translation>
    </message>
    <message>
        <source>Kept the CRM&apos;s value</source>
        <translation>Wert aus dem CRM behalten</translation>
    </message>
    <message>
        <source>Sent our value</source>
        <translation>Unseren Wert gesendet</translation>
    </message>
    <message>
        <source>Turf checked out</source>
        <translation>Gebiet übernommen</translation>
    </message>
    <message>
        <source>Turf extended</source>
        <translation>Gebiet verlängert</translation>
    </message>
    <message>
        <source>Turf handed back</source>
        <translation>Gebiet zurückgegeben</translation>
    </message>
    <message>
        <source>Turf checked in</source>
        <translation>Gebiet abgeschlossen</translation>
    </message>
    <message>
        <source>Contact rate too high</source>
        <translation>Kontaktquote zu hoch</translation>
    </message>
    <message>
        <source>Contact rate too low</source>
        <translation>Kontaktquote zu niedrig</translation>
    </message>
    <message>
        <source>Many very short calls</source>
        <translation>Viele sehr kurze Anrufe</translation>
    </message>
    <message>
        <source>Same result every call</source>
        <translation>Immer dasselbe Ergebnis</translation>
    </message>
</context>
<context>
    <name>ContactFields</name>
    <message>
        <source>CRM id</source>
        <translation>CRM-ID</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Vollständiger Name</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>Handy</translation>
    </message>
    <message>
        <source>Home phone</source>
        <translation>Telefon privat</translation>
    </message>
    <message>
        <source>Work phone</source>
        <translation>Telefon geschäftlich</translation>
    </message>
    <message>
        <source>Other phone</source>
        <translation>Weitere Nummer</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Straße</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Bundesstaat</translation>
    </message>
    <message>
        <source>ZIP / postal code</source>
        <translation>PLZ</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Do not call (yes/no)</source>
        <translation>Nicht anrufen (ja/nein)</translation>
    </message>
    <message>
        <source>Numbers not to call</source>
        <translation>Nummern, die nicht angerufen werden</translation>
    </message>
    <message>
        <source>No email (yes/no)</source>
        <translation>Keine E-Mails (ja/nein)</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>Geburtsjahr</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Polling place</source>
        <translation>Wahllokal</translation>
    </message>
</context>
<context>
    <name>ContactHeader</name>
    <message>
        <source>On this call</source>
        <translation>Dieser Anruf</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(kein Name)</translation>
    </message>
    <message>
        <source>say “{hint}”</source>
        <translation>sprich: „{hint}“</translation>
    </message>
    <message>
        <source>Callback</source>
        <translation>Rückruf</translation>
    </message>
    <message>
        <source>Age {age}</source>
        <translation>{age} Jahre</translation>
    </message>
    <message>
        <source>Tried {n}× before</source>
        <translation>Schon {n}× versucht</translation>
    </message>
    <message>
        <source>calling hours {start}–{end}</source>
        <translation>Anrufzeit {start}–{end}</translation>
    </message>
    <message>
        <source>Their local time is unknown: check before calling ({window}).</source>
        <translation>Die Ortszeit der Person ist unbekannt: Prüf sie vor dem Anruf ({window}).</translation>
    </message>
    <message>
        <source>{time} their time: inside {window}</source>
        <translation>{time} bei ihnen: innerhalb der {window}</translation>
    </message>
    <message>
        <source>{time} their time: OUTSIDE {window}. Do not call now.</source>
        <translation>{time} bei ihnen: AUSSERHALB der {window}. Jetzt nicht anrufen.</translation>
    </message>
</context>
<context>
    <name>ContactScreen</name>
    <message>
        <source>Save &amp;&amp; next (Ctrl+Enter)</source>
        <translation>Speichern &amp;&amp; weiter (Strg+Enter)</translation>
    </message>
    <message>
        <source>Save and next contact</source>
        <translation>Speichern und nächster Kontakt</translation>
    </message>
    <message>
        <source>Skip (Alt+S)</source>
        <translation>Überspringen (Alt+S)</translation>
    </message>
    <message>
        <source>Skip this contact</source>
        <translation>Diesen Kontakt überspringen</translation>
    </message>
    <message>
        <source>End session (Alt+E)</source>
        <translation>Beenden (Alt+E)</translation>
    </message>
    <message>
        <source>End calling session</source>
        <translation>Anrufsitzung beenden</translation>
    </message>
    <message>
        <source>Keep this contact (Alt+K)</source>
        <translation>Kontakt behalten (Alt+K)</translation>
    </message>
    <message>
        <source>Keep this contact</source>
        <translation>Kontakt behalten</translation>
    </message>
    <message>
        <source>Scroll the contact</source>
        <translation>Kontakt scrollen</translation>
    </message>
    <message>
        <source>Scroll sideways</source>
        <translation>Zur Seite scrollen</translation>
    </message>
    <message>
        <source>Your hold on this contact has run out: someone else may get them. Keep it?</source>
        <translation>Die Zeit für diesen Kontakt ist um: jemand anderes kann ihn jetzt bekommen. Behalten?</translation>
    </message>
    <message>
        <source>This contact is held for you for {n} more min; then someone else may get them.</source>
        <translation>Dieser Kontakt ist noch {n} Min. für dich reserviert, danach kann ihn jemand anderes bekommen.</translation>
    </message>
</context>
<context>
    <name>CoreMessages</name>
    <message>
        <source>Enter your volunteer code and your PIN.</source>
        <translation>Gib deinen Code und deine PIN ein.</translation>
    </message>
    <message>
        <source>That code and PIN do not match. Check them against your slip.</source>
        <translation>Code und PIN passen nicht zusammen. Vergleich sie mit deinem Zettel.</translation>
    </message>
    <message>
        <source>That code and PIN do not match. {left} try left before the code is locked.</source>
        <translation>Code und PIN passen nicht zusammen. Noch {left} Versuch, dann wird der Code gesperrt.</translation>
    </message>
    <message>
        <source>That code and PIN do not match. {left} tries left before the code is locked.</source>
        <translation>Code und PIN passen nicht zusammen. Noch {left} Versuche, dann wird der Code gesperrt.</translation>
    </message>
    <message>
        <source>Too many wrong PINs: this code is locked until {time}. A shift lead can reset your PIN.</source>
        <translation>Zu oft die falsche PIN: Dieser Code ist bis {time} gesperrt. Die Schichtleitung kann deine PIN zurücksetzen.</translation>
    </message>
    <message>
        <source>Your PIN is still being issued: try again in a moment, or ask a shift lead to reset it.</source>
        <translation>Deine PIN wird noch erstellt: Versuch es gleich noch einmal oder bitte die Schichtleitung, sie zurückzusetzen.</translation>
    </message>
    <message>
        <source>Your account is waiting to be activated: please see a shift lead.</source>
        <translation>Dein Konto wartet auf die Freischaltung: Geh bitte zur Schichtleitung.</translation>
    </message>
    <message>
        <source>Your account is suspended for now: please see a shift lead.</source>
        <translation>Dein Konto ist gerade pausiert: Geh bitte zur Schichtleitung.</translation>
    </message>
    <message>
        <source>Your account has been deactivated: please ask a shift lead to reactivate it.</source>
        <translation>Dein Konto ist deaktiviert: Bitte die Schichtleitung, es wieder zu aktivieren.</translation>
    </message>
    <message>
        <source>This contact is no longer yours to call (the lease expired or was released).</source>
        <translation>Dieser Kontakt ist nicht mehr für dich reserviert (abgelaufen oder freigegeben).</translation>
    </message>
    <message>
        <source>The campaign &apos;{name}&apos; is closed.</source>
        <translation>Die Kampagne „{name}“ ist beendet.</translation>
    </message>
    <message>
        <source>You are not assigned to the campaign &apos;{name}&apos;. A shift lead can assign you.</source>
        <translation>Du bist der Kampagne „{name}“ nicht zugeteilt. Die Schichtleitung kann das ändern.</translation>
    </message>
    <message>
        <source>Choose a date and time for the callback.</source>
        <translation>Wähl Datum und Uhrzeit für den Rückruf.</translation>
    </message>
    <message>
        <source>The callback time is in the past; choose a later time.</source>
        <translation>Die Rückrufzeit liegt in der Vergangenheit; wähl eine spätere.</translation>
    </message>
    <message>
        <source>Sign-in refused.</source>
        <translation>Anmeldung abgelehnt.</translation>
    </message>
    <message>
        <source>This contact&apos;s time zone is unknown (no ZIP code, state or local number), so no callback time can be checked against the calling hours.</source>
        <translation>Die Zeitzone dieses Kontakts ist unbekannt (keine PLZ, kein Bundesstaat, keine Ortsvorwahl), darum kann kein Rückrufzeitpunkt mit den Anrufzeiten abgeglichen werden.</translation>
    </message>
    <message>
        <source>The callback time {time} ({zone}) is outside the calling hours for this contact ({hours}).</source>
        <translation>Der Rückruf am {time} ({zone}) liegt außerhalb der Anrufzeiten für diesen Kontakt ({hours}).</translation>
    </message>
    <message>
        <source>The callback time {time} ({zone}) is outside the calling hours for this contact ({hours}). The next possible time is {next}.</source>
        <translation>Der Rückruf am {time} ({zone}) liegt außerhalb der Anrufzeiten für diesen Kontakt ({hours}). Frühestens möglich: {next}.</translation>
    </message>
    <message>
        <source>The callback time {time} ({zone}) is outside the calling hours for this contact ({hours} in every zone they may be in).</source>
        <translation>Der Rückruf am {time} ({zone}) liegt außerhalb der Anrufzeiten für diesen Kontakt ({hours} in jeder Zeitzone, in der er sein könnte).</translation>
    </message>
    <message>
        <source>The callback time {time} ({zone}) is outside the calling hours for this contact ({hours} in every zone they may be in). The next possible time is {next}.</source>
        <translation>Der Rückruf am {time} ({zone}) liegt außerhalb der Anrufzeiten für diesen Kontakt ({hours} in jeder Zeitzone, in der er sein könnte). Frühestens möglich: {next}.</translation>
    </message>
    <message>
        <source>no calls that day</source>
        <translation>an diesem Tag keine Anrufe</translation>
    </message>
    <message>
        <source>Campaign {campaign_id} does not exist.</source>
        <translation>Kampagne {campaign_id} gibt es nicht.</translation>
    </message>
    <message>
        <source>List entry {entry_id} does not exist.</source>
        <translation>Listeneintrag {entry_id} gibt es nicht.</translation>
    </message>
    <message>
        <source>The CRM cannot be reached. Check in again when the laptop is online; nothing was changed.</source>
        <translation>Das CRM ist nicht erreichbar. Schließ erneut ab, sobald der Laptop online ist; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>No CRM is connected on this laptop, so the results cannot be synced. Hand the turf back to free its contacts here; the results wait in the outbox.</source>
        <translation>Auf diesem Laptop ist kein CRM verbunden, darum können die Ergebnisse nicht synchronisiert werden. Gib das Gebiet zurück, um seine Kontakte hier freizugeben; die Ergebnisse warten im Postausgang.</translation>
    </message>
    <message>
        <source>Call list {list_id} does not exist.</source>
        <translation>Anrufliste {list_id} gibt es nicht.</translation>
    </message>
    <message>
        <source>Check a turf out for between half an hour and {number} days.</source>
        <translation>Übernimm ein Gebiet für eine halbe Stunde bis {number} Tage.</translation>
    </message>
    <message>
        <source>A checkout can run for at most {number} days.</source>
        <translation>Eine Übernahme kann höchstens {number} Tage dauern.</translation>
    </message>
    <message>
        <source>Checkout {checkout_id} does not exist.</source>
        <translation>Übernahme {checkout_id} gibt es nicht.</translation>
    </message>
    <message>
        <source>The checkout &apos;{name}&apos; has already ended.</source>
        <translation>Die Übernahme „{name}“ ist schon beendet.</translation>
    </message>
    <message>
        <source>The checkout &apos;{name}&apos; was handed back or checked in; it takes no new work.</source>
        <translation>Die Übernahme „{name}“ wurde zurückgegeben oder abgeschlossen; sie nimmt keine neue Arbeit an.</translation>
    </message>
    <message>
        <source>The checkout &apos;{name}&apos; has expired: its contacts can be read but take no new results. Check it in to sync what it holds.</source>
        <translation>Die Übernahme „{name}“ ist abgelaufen: Ihre Kontakte sind lesbar, nehmen aber keine neuen Ergebnisse an. Schließ sie ab, um zu synchronisieren, was sie enthält.</translation>
    </message>
    <message>
        <source>Nobody open on this list matches the cut (they may be done, leased to someone, or in another checkout). Widen the cut or pick another list.</source>
        <translation>Niemand Offenes auf dieser Liste passt zum Zuschnitt (erledigt, an jemanden vergeben oder in einer anderen Übernahme). Erweitere den Zuschnitt oder wähle eine andere Liste.</translation>
    </message>
    <message>
        <source>&apos;{mode}&apos; is not a canvass mode (phone or door).</source>
        <translation>„{mode}“ ist keine Wahlkampfart (Telefon oder Haustür).</translation>
    </message>
    <message>
        <source>Only a shift lead or an admin can check in a checkout.</source>
        <translation>Nur eine Schichtleitung oder ein Admin kann eine Übernahme abschließen.</translation>
    </message>
    <message>
        <source>Only a shift lead or an admin can check out a turf.</source>
        <translation>Nur eine Schichtleitung oder ein Admin kann ein Gebiet übernehmen.</translation>
    </message>
    <message>
        <source>Only a shift lead or an admin can extend a checkout.</source>
        <translation>Nur eine Schichtleitung oder ein Admin kann eine Übernahme verlängern.</translation>
    </message>
    <message>
        <source>Only a shift lead or an admin can hand back a checkout.</source>
        <translation>Nur eine Schichtleitung oder ein Admin kann eine Übernahme zurückgeben.</translation>
    </message>
    <message>
        <source>Results of &apos;{name}&apos; have not reached the CRM yet ({waiting} waiting). Connect and sync, then check in again; nothing was released.</source>
        <translation>Ergebnisse von „{name}“ sind noch nicht im CRM ({waiting} warten). Verbinde und synchronisiere, dann schließ erneut ab; nichts wurde freigegeben.</translation>
    </message>
    <message>
        <source>Choose a result: 1–{count}.</source>
        <translation>Wähle ein Ergebnis: 1–{count}.</translation>
    </message>
    <message>
        <source>This campaign has no script.</source>
        <translation>Diese Kampagne hat kein Skript.</translation>
    </message>
    <message>
        <source>&apos;{typed}&apos; is not a result: use 1–{count}.</source>
        <translation>„{typed}“ ist kein Ergebnis: nimm 1–{count}.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not an answer here: use 1–{count}.</source>
        <translation>„{value}“ ist hier keine Antwort: nimm 1–{count}.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not an answer here: this question takes text.</source>
        <translation>„{value}“ ist hier keine Antwort: Diese Frage nimmt Text.</translation>
    </message>
    <message>
        <source>The script does not come to this question after the answer to &apos;{prompt}&apos;; leave it blank.</source>
        <translation>Nach der Antwort auf „{prompt}“ kommt das Skript nicht zu dieser Frage; lass sie leer.</translation>
    </message>
    <message>
        <source>Nothing to save: type at least one result.</source>
        <translation>Nichts zu speichern: Gib mindestens ein Ergebnis ein.</translation>
    </message>
    <message>
        <source>Nothing from this sheet was saved: row {row}: {problem}{more}</source>
        <translation>Von diesem Bogen wurde nichts gespeichert: Zeile {row}: {problem}{more}</translation>
    </message>
    <message>
        <source>This person is not in the turf.</source>
        <translation>Diese Person ist nicht im Gebiet.</translation>
    </message>
    <message>
        <source>This person is on the sheet twice.</source>
        <translation>Diese Person steht zweimal auf dem Bogen.</translation>
    </message>
    <message>
        <source>This question is not in the script.</source>
        <translation>Diese Frage ist nicht im Skript.</translation>
    </message>
    <message>
        <source>The visit time is in the future; check the sheet&apos;s date.</source>
        <translation>Der Besuch liegt in der Zukunft; prüf das Datum des Bogens.</translation>
    </message>
    <message>
        <source>List entry {entry_id} is not in the turf of &apos;{name}&apos;.</source>
        <translation>Listeneintrag {entry_id} ist nicht im Gebiet von „{name}“.</translation>
    </message>
    <message>
        <source>&apos;{source}&apos; is not a way results are taken.</source>
        <translation>„{source}“ ist keine Art, Ergebnisse aufzunehmen.</translation>
    </message>
    <message>
        <source>Take at least one household.</source>
        <translation>Nimm mindestens einen Haushalt.</translation>
    </message>
    <message>
        <source>The campaign of &apos;{name}&apos; has no door results.</source>
        <translation>Die Kampagne von „{name}“ hat keine Haustür-Ergebnisse.</translation>
    </message>
    <message>
        <source> (and {count} more)</source>
        <translation> (und {count} weitere)</translation>
    </message>
    <message>
        <source>Conflict {conflict_id} is not open.</source>
        <translation>Konflikt {conflict_id} ist nicht offen.</translation>
    </message>
    <message>
        <source>Contact {contact_id} does not exist.</source>
        <translation>Kontakt {contact_id} gibt es nicht.</translation>
    </message>
    <message>
        <source>The {field} is longer than {limit}.</source>
        <translation>Das Feld „{field}“ ist länger als {limit} Zeichen.</translation>
    </message>
    <message>
        <source>{field} was edited here after this conflict; that newer edit is kept. Keep the CRM&apos;s value to close this conflict.</source>
        <translation>{field} wurde hier nach diesem Konflikt geändert; diese neuere Änderung bleibt. Behalte den Wert aus dem CRM, um den Konflikt zu schließen.</translation>
    </message>
    <message>
        <source>Only a contact detail can be re-sent; the other rules decide by themselves.</source>
        <translation>Nur eine Kontaktangabe kann erneut gesendet werden; die anderen Regeln entscheiden selbst.</translation>
    </message>
    <message>
        <source>These contact fields cannot be edited: {items}.</source>
        <translation>Diese Kontaktfelder lassen sich nicht bearbeiten: {items}.</translation>
    </message>
    <message>
        <source>Cannot write the rejects file {path}: {strerror}. Choose another place for it.</source>
        <translation>Die Datei für abgelehnte Zeilen {path} lässt sich nicht schreiben: {strerror}. Wähle einen anderen Ort dafür.</translation>
    </message>
    <message>
        <source>The import of {name} was cancelled; nothing was imported.</source>
        <translation>Der Import von {name} wurde abgebrochen; nichts wurde importiert.</translation>
    </message>
    <message>
        <source>&apos;{region}&apos; is not a region code like US, DE or FR.</source>
        <translation>„{region}“ ist kein Regionscode wie US, DE oder FR.</translation>
    </message>
    <message>
        <source>Cannot read the mapping {path}: {strerror}.</source>
        <translation>Die Zuordnung {path} lässt sich nicht lesen: {strerror}.</translation>
    </message>
    <message>
        <source>The mapping {name} names the column &apos;{name2}&apos;, which the file does not have.</source>
        <translation>Die Zuordnung {name} nennt die Spalte „{name2}“, die die Datei nicht hat.</translation>
    </message>
    <message>
        <source>The mapping {name} needs a &apos;columns&apos; object of column name to field name.</source>
        <translation>Die Zuordnung {name} braucht ein Objekt „columns“ von Spaltenname zu Feldname.</translation>
    </message>
    <message>
        <source>The mapping {name} is not JSON ({exc}).</source>
        <translation>Die Zuordnung {name} ist kein JSON ({exc}).</translation>
    </message>
    <message>
        <source>The mapping&apos;s delimiter must be &apos;,&apos;, &apos;;&apos; or a tab.</source>
        <translation>Das Trennzeichen der Zuordnung muss „,“, „;“ oder ein Tab sein.</translation>
    </message>
    <message>
        <source>No column holds a name: map one to First name, Last name or Full name.</source>
        <translation>Keine Spalte enthält einen Namen: Ordne eine Vorname, Nachname oder Vollständiger Name zu.</translation>
    </message>
    <message>
        <source>No column holds a phone number: map one to a phone field.</source>
        <translation>Keine Spalte enthält eine Telefonnummer: Ordne eine einem Telefonfeld zu.</translation>
    </message>
    <message>
        <source>&apos;{target}&apos; is not a field a contact has.</source>
        <translation>„{target}“ ist kein Feld eines Kontakts.</translation>
    </message>
    <message>
        <source>Two columns (&apos;{header}&apos; and &apos;{header2}&apos;) are both mapped to {targets}; choose one.</source>
        <translation>Zwei Spalten („{header}“ und „{header2}“) sind beide {targets} zugeordnet; wähle eine.</translation>
    </message>
    <message>
        <source>longer than {limit} characters</source>
        <translation>länger als {limit} Zeichen</translation>
    </message>
    <message>
        <source>no name is given</source>
        <translation>kein Name angegeben</translation>
    </message>
    <message>
        <source>no phone number to call</source>
        <translation>keine Telefonnummer zum Anrufen</translation>
    </message>
    <message>
        <source>its time zone cannot be found (no US ZIP code, no state and no local number), so it could never be called in its calling hours</source>
        <translation>die Zeitzone lässt sich nicht bestimmen (keine US-Postleitzahl, kein Bundesstaat, keine Ortsvorwahl), darum könnte der Kontakt nie in seinen Anrufzeiten angerufen werden</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a country this app knows</source>
        <translation>„{value}“ ist kein Land, das die App kennt</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a whole number from {low} to {high}</source>
        <translation>„{value}“ ist keine ganze Zahl von {low} bis {high}</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a valid phone number (region {region})</source>
        <translation>„{value}“ ist keine gültige Telefonnummer (Region {region})</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a US ZIP code</source>
        <translation>„{value}“ ist keine US-Postleitzahl</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not an email address</source>
        <translation>„{value}“ ist keine E-Mail-Adresse</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is neither yes nor no</source>
        <translation>„{value}“ ist weder ja noch nein</translation>
    </message>
    <message>
        <source>a quote opened here is never closed, so the rest of the file ran into this cell; close the quote and import again</source>
        <translation>ein hier geöffnetes Anführungszeichen wird nie geschlossen, darum lief der Rest der Datei in diese Zelle; schließ es und importiere erneut</translation>
    </message>
    <message>
        <source>Cannot read {path}: {strerror}.</source>
        <translation>{path} lässt sich nicht lesen: {strerror}.</translation>
    </message>
    <message>
        <source>{name} cannot be read after line {row_end}: {exc}. Check for a quote that is never closed.</source>
        <translation>{name} lässt sich nach Zeile {row_end} nicht lesen: {exc}. Prüf, ob ein Anführungszeichen nie geschlossen wird.</translation>
    </message>
    <message>
        <source>The delimiter must be a comma, a semicolon or a tab.</source>
        <translation>Das Trennzeichen muss ein Komma, ein Semikolon oder ein Tab sein.</translation>
    </message>
    <message>
        <source>{name} is empty: it has no header line.</source>
        <translation>{name} ist leer: Es fehlt die Kopfzeile.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a CSV file.</source>
        <translation>{path} ist ein Ordner, keine CSV-Datei.</translation>
    </message>
    <message>
        <source>{name} is not {upper} after line {row_end}; choose its encoding by hand.</source>
        <translation>{name} ist nach Zeile {row_end} nicht {upper}; wähle die Kodierung selbst.</translation>
    </message>
    <message>
        <source>{name} is not {upper}; choose its encoding by hand.</source>
        <translation>{name} ist nicht {upper}; wähle die Kodierung selbst.</translation>
    </message>
    <message>
        <source>{name} is not a CSV file ({exc}).</source>
        <translation>{name} ist keine CSV-Datei ({exc}).</translation>
    </message>
    <message>
        <source>&apos;{encoding}&apos; is not an encoding this app knows.</source>
        <translation>„{encoding}“ ist keine Kodierung, die die App kennt.</translation>
    </message>
    <message>
        <source>{source} is not a text file; save the list as CSV (comma or semicolon separated).</source>
        <translation>{source} ist keine Textdatei; speichere die Liste als CSV (durch Komma oder Semikolon getrennt).</translation>
    </message>
    <message>
        <source>{source} says it is {upper} but is not.</source>
        <translation>{source} gibt sich als {upper} aus, ist es aber nicht.</translation>
    </message>
    <message>
        <source>{path} cannot be opened as a call-center database ({reason}). Nothing was changed.</source>
        <translation>{path} lässt sich nicht als Callcenter-Datenbank öffnen ({reason}). Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a database file.</source>
        <translation>{path} ist ein Ordner, keine Datenbankdatei.</translation>
    </message>
    <message>
        <source>{path} is locked by another program or app instance that is writing to it. Close the other instance or wait a moment, then try again.</source>
        <translation>{path} ist von einem anderen Programm oder einer anderen Instanz der App gesperrt, die gerade schreibt. Schließ die andere Instanz oder warte kurz, dann versuch es noch einmal.</translation>
    </message>
    <message>
        <source>{path} is not a call-center database (it is not an SQLite file). Nothing was changed; pass another file with --db.</source>
        <translation>{path} ist keine Callcenter-Datenbank (keine SQLite-Datei). Nichts wurde geändert; gib mit --db eine andere Datei an.</translation>
    </message>
    <message>
        <source>{name} is {status}, not active, and cannot make calls.</source>
        <translation>{name} ist {status}, nicht aktiv, und kann keine Anrufe machen.</translation>
    </message>
    <message>
        <source>Volunteer {volunteer_id} does not exist.</source>
        <translation>Person {volunteer_id} gibt es nicht.</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of this app (schema {current}). Install the newer version to open it; nothing was changed.</source>
        <translation>{path} wurde von einer neueren Version dieser App geschrieben (Schema {current}). Installiere die neuere Version, um sie zu öffnen; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>&apos;{status}&apos; is not a review filter; use one of {items}.</source>
        <translation>„{status}“ ist kein Filter der Prüfliste; nimm einen von {items}.</translation>
    </message>
    <message>
        <source>Outbox rows {items} are not waiting for review.</source>
        <translation>Die Postausgangs-Zeilen {items} warten nicht auf Prüfung.</translation>
    </message>
    <message>
        <source>Phone {phone_id} does not exist.</source>
        <translation>Telefonnummer {phone_id} gibt es nicht.</translation>
    </message>
    <message>
        <source>Contact {contact_id} was erased already.</source>
        <translation>Kontakt {contact_id} wurde schon gelöscht.</translation>
    </message>
    <message>
        <source>&apos;{request}&apos; is not a request; use erase or opt_out.</source>
        <translation>„{request}“ ist keine Anfrage; nimm erase oder opt_out.</translation>
    </message>
    <message>
        <source>Only an admin can erase a person or export their data.</source>
        <translation>Nur ein Admin kann eine Person löschen oder ihre Daten exportieren.</translation>
    </message>
    <message>
        <source>Answer {answer_id} does not belong to question &apos;{key}&apos;.</source>
        <translation>Antwort {answer_id} gehört nicht zu Frage „{key}“.</translation>
    </message>
    <message>
        <source>The call ends before it starts; check the call timer.</source>
        <translation>Der Anruf endet, bevor er beginnt; prüf die Gesprächsdauer.</translation>
    </message>
    <message>
        <source>The callback time needs a time zone.</source>
        <translation>Der Rückrufzeitpunkt braucht eine Zeitzone.</translation>
    </message>
    <message>
        <source>The campaign &apos;{campaign_name}&apos; has no script to answer.</source>
        <translation>Die Kampagne „{campaign_name}“ hat kein Skript zum Beantworten.</translation>
    </message>
    <message>
        <source>List entry {entry_id} does not exist or its campaign has no callback result.</source>
        <translation>Listeneintrag {entry_id} gibt es nicht, oder seine Kampagne hat kein Rückruf-Ergebnis.</translation>
    </message>
    <message>
        <source>Phone {phone_id} is not one of this contact&apos;s numbers.</source>
        <translation>Telefonnummer {phone_id} gehört nicht zu diesem Kontakt.</translation>
    </message>
    <message>
        <source>Question &apos;{key}&apos; is answered twice.</source>
        <translation>Frage „{key}“ ist zweimal beantwortet.</translation>
    </message>
    <message>
        <source>Question &apos;{key}&apos; needs one of its answers.</source>
        <translation>Frage „{key}“ braucht eine ihrer Antworten.</translation>
    </message>
    <message>
        <source>Question {question_id} is not in this campaign&apos;s script.</source>
        <translation>Frage {question_id} ist nicht im Skript dieser Kampagne.</translation>
    </message>
    <message>
        <source>Result code {result_code_id} is not one of the campaign &apos;{campaign_name}&apos;.</source>
        <translation>Ergebnis {result_code_id} gehört nicht zur Kampagne „{campaign_name}“.</translation>
    </message>
    <message>
        <source>Keep personal data for at least one day.</source>
        <translation>Bewahre persönliche Daten mindestens einen Tag auf.</translation>
    </message>
    <message>
        <source>{rate}% contacts on {calls} calls (room: {room}%)</source>
        <translation>{rate}&#xa0;% Kontakte bei {calls} Anrufen (Raum: {room}&#xa0;%)</translation>
    </message>
    <message>
        <source>all {calls} calls recorded as {code}</source>
        <translation>alle {calls} Anrufe als {code} erfasst</translation>
    </message>
    <message>
        <source>{short} of {calls} calls under {seconds} s</source>
        <translation>{short} von {calls} Anrufen unter {seconds} s</translation>
    </message>
    <message>
        <source>The device sign-in failed ({exc}); try again.</source>
        <translation>Die Geräte-Anmeldung ist fehlgeschlagen ({exc}); versuch es noch einmal.</translation>
    </message>
    <message>
        <source>The keyring backend {name} keeps secrets in a plain file; the Salesforce sign-in needs the OS keyring. Choose another backend (see &apos;keyring --list&apos;).</source>
        <translation>Der Schlüsselbund {name} speichert Geheimnisse in einer einfachen Datei; die Salesforce-Anmeldung braucht den Schlüsselbund des Systems. Wähle einen anderen (siehe &apos;keyring --list&apos;).</translation>
    </message>
    <message>
        <source>No answer came back from the browser in time; run &apos;callcenter crm connect&apos; again.</source>
        <translation>Vom Browser kam nicht rechtzeitig eine Antwort; führ &apos;callcenter crm connect&apos; noch einmal aus.</translation>
    </message>
    <message>
        <source>No OS keyring is available to keep the Salesforce sign-in safely, and this app never stores it in a file. Install and unlock one (GNOME Keyring or KWallet on Linux; macOS and Windows have one built in), then run &apos;callcenter crm connect&apos;.</source>
        <translation>Es gibt keinen Schlüsselbund des Systems, der die Salesforce-Anmeldung sicher aufbewahrt, und diese App speichert sie nie in einer Datei. Installiere und entsperre einen (GNOME Keyring oder KWallet unter Linux; macOS und Windows haben einen eingebaut), dann führ &apos;callcenter crm connect&apos; aus.</translation>
    </message>
    <message>
        <source>Nobody approved the code in time; run the command again.</source>
        <translation>Niemand hat den Code rechtzeitig bestätigt; führ den Befehl noch einmal aus.</translation>
    </message>
    <message>
        <source>The OS keyring could not be changed ({exc}).</source>
        <translation>Der Schlüsselbund des Systems ließ sich nicht ändern ({exc}).</translation>
    </message>
    <message>
        <source>The OS keyring could not be read ({exc}).</source>
        <translation>Der Schlüsselbund des Systems ließ sich nicht lesen ({exc}).</translation>
    </message>
    <message>
        <source>The OS keyring refused to store the Salesforce sign-in ({exc}).</source>
        <translation>Der Schlüsselbund des Systems hat die Salesforce-Anmeldung nicht gespeichert ({exc}).</translation>
    </message>
    <message>
        <source>Port {port} on this computer is busy, so the browser cannot hand the sign-in back. Close the program using it or pass another --redirect-port.</source>
        <translation>Port {port} auf diesem Computer ist belegt, darum kann der Browser die Anmeldung nicht zurückgeben. Schließ das Programm, das ihn nutzt, oder gib einen anderen --redirect-port an.</translation>
    </message>
    <message>
        <source>Salesforce did not grant access ({reason}).</source>
        <translation>Salesforce hat keinen Zugriff gewährt ({reason}).</translation>
    </message>
    <message>
        <source>Salesforce no longer accepts this workstation&apos;s sign-in (it was revoked or has expired). Run &apos;callcenter crm connect&apos; again.</source>
        <translation>Salesforce akzeptiert die Anmeldung dieses Arbeitsplatzes nicht mehr (widerrufen oder abgelaufen). Führ &apos;callcenter crm connect&apos; noch einmal aus.</translation>
    </message>
    <message>
        <source>Salesforce refused the sign-in ({exc}).</source>
        <translation>Salesforce hat die Anmeldung abgelehnt ({exc}).</translation>
    </message>
    <message>
        <source>Salesforce&apos;s sign-in service at {login_url} cannot be reached ({name}). Check the network and try again.</source>
        <translation>Der Salesforce-Anmeldedienst unter {login_url} ist nicht erreichbar ({name}). Prüf das Netzwerk und versuch es noch einmal.</translation>
    </message>
    <message>
        <source>Salesforce&apos;s sign-in service gave an unexpected answer.</source>
        <translation>Der Salesforce-Anmeldedienst hat unerwartet geantwortet.</translation>
    </message>
    <message>
        <source>The Salesforce session expired; run &apos;callcenter crm connect&apos;.</source>
        <translation>Die Salesforce-Sitzung ist abgelaufen; führ &apos;callcenter crm connect&apos; aus.</translation>
    </message>
    <message>
        <source>The sign-in answer did not match this request; try again.</source>
        <translation>Die Anmeldeantwort passt nicht zu dieser Anfrage; versuch es noch einmal.</translation>
    </message>
    <message>
        <source>The sign-in page returned no authorization code; try again.</source>
        <translation>Die Anmeldeseite hat keinen Autorisierungscode geliefert; versuch es noch einmal.</translation>
    </message>
    <message>
        <source>The sign-in was refused in the browser.</source>
        <translation>Die Anmeldung wurde im Browser abgelehnt.</translation>
    </message>
    <message>
        <source>Signing in failed: {exc}. Try again.</source>
        <translation>Die Anmeldung ist fehlgeschlagen: {exc}. Versuch es noch einmal.</translation>
    </message>
    <message>
        <source>This workstation is not connected to Salesforce at {instance_url}. Run &apos;callcenter crm connect&apos; first.</source>
        <translation>Dieser Arbeitsplatz ist nicht mit Salesforce unter {instance_url} verbunden. Führ zuerst &apos;callcenter crm connect&apos; aus.</translation>
    </message>
    <message>
        <source>Salesforce&apos;s answer arrived incomplete</source>
        <translation>die Antwort von Salesforce kam unvollständig an</translation>
    </message>
    <message>
        <source>the connection failed or was cut</source>
        <translation>die Verbindung ist fehlgeschlagen oder abgebrochen</translation>
    </message>
    <message>
        <source>the network timed out</source>
        <translation>das Netzwerk hat zu lange gebraucht</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>&apos;{url}&apos; is not a web address (it should start with https://).</source>
        <translation>„{url}“ ist keine Webadresse (sie sollte mit https:// beginnen).</translation>
    </message>
    <message>
        <source>This org has used {used} of its {limit} daily API requests; the sync stopped early to leave the rest for the org&apos;s other tools. Nothing was lost.</source>
        <translation>Diese Organisation hat {used} ihrer {limit} täglichen API-Anfragen verbraucht; die Synchronisierung hat früh angehalten, damit der Rest für ihre anderen Werkzeuge bleibt. Nichts ging verloren.</translation>
    </message>
    <message>
        <source>Salesforce was busy ({code})</source>
        <translation>Salesforce war ausgelastet ({code})</translation>
    </message>
    <message>
        <source>Salesforce could not be reached properly ({problem}). Nothing was lost; the sync will pick up where it stopped. Check the network and try again.</source>
        <translation>Salesforce war nicht richtig erreichbar ({problem}). Nichts ging verloren; die Synchronisierung macht dort weiter, wo sie aufgehört hat. Prüf das Netzwerk und versuch es noch einmal.</translation>
    </message>
    <message>
        <source>Salesforce refused this workstation&apos;s session even after renewing it. Run &apos;callcenter crm connect&apos; again.</source>
        <translation>Salesforce hat die Sitzung dieses Arbeitsplatzes auch nach dem Erneuern abgelehnt. Führ &apos;callcenter crm connect&apos; noch einmal aus.</translation>
    </message>
    <message>
        <source>Salesforce&apos;s daily API limit for this org is used up; the sync stopped and nothing was lost. It will work again when the limit resets (within 24 hours), or ask the CRM admin to raise it.</source>
        <translation>Das tägliche API-Limit von Salesforce für diese Organisation ist aufgebraucht; die Synchronisierung hat angehalten, nichts ging verloren. Sie klappt wieder, sobald das Limit zurückgesetzt wird (innerhalb von 24 Stunden), oder bitte den CRM-Admin, es zu erhöhen.</translation>
    </message>
    <message>
        <source>&apos;{url}&apos; uses plain http; Salesforce needs https:// (plain http is only allowed for a test server on this computer).</source>
        <translation>„{url}“ nutzt einfaches http; Salesforce braucht https:// (einfaches http geht nur für einen Testserver auf diesem Computer).</translation>
    </message>
    <message>
        <source>the network answered with a web page instead of Salesforce (a Wi-Fi sign-in page or a proxy?)</source>
        <translation>das Netzwerk hat mit einer Webseite statt mit Salesforce geantwortet (eine WLAN-Anmeldeseite oder ein Proxy?)</translation>
    </message>
    <message>
        <source>The contact is not in Salesforce (it has no Salesforce id here), so this cannot be sent. Sync again after the contact exists in Salesforce, then retry.</source>
        <translation>Der Kontakt ist nicht in Salesforce (er hat hier keine Salesforce-ID), darum lässt sich das nicht senden. Synchronisiere erneut, sobald es den Kontakt in Salesforce gibt, dann versuch es noch einmal.</translation>
    </message>
    <message>
        <source>This app does not know how to send &apos;{kind}&apos; rows to Salesforce.</source>
        <translation>Diese App weiß nicht, wie sie Zeilen vom Typ „{kind}“ an Salesforce sendet.</translation>
    </message>
    <message>
        <source>The app speaks {items}, not &apos;{language}&apos;.</source>
        <translation>Die App spricht {items}, nicht „{language}“.</translation>
    </message>
    <message>
        <source>Dialing works with tel or sip, not &apos;{scheme}&apos;.</source>
        <translation>Wählen geht mit tel oder sip, nicht mit „{scheme}“.</translation>
    </message>
    <message>
        <source>There is no &apos;{theme}&apos; theme; try {items}.</source>
        <translation>Es gibt kein Design „{theme}“; versuch {items}.</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>wartend</translation>
    </message>
    <message>
        <source>suspended</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <source>Only an active shift lead or admin can decide what is sent to the CRM.</source>
        <translation>Nur eine aktive Schichtleitung oder Admins können entscheiden, was ans CRM geht.</translation>
    </message>
    <message>
        <source>The CRM refused a read the sync needs ({code}: {message}). Nothing was lost; ask your CRM admin to look at it.</source>
        <translation>Das CRM hat eine Abfrage abgelehnt, die der Abgleich braucht ({code}: {message}). Nichts ging verloren; bitte die CRM-Verwaltung, sich das anzusehen.</translation>
    </message>
    <message>
        <source>The sync stopped because the app was closing; it goes on from there next time.</source>
        <translation>Der Abgleich wurde beendet, weil die App geschlossen wurde; beim nächsten Mal geht er dort weiter.</translation>
    </message>
    <message>
        <source>This workstation is not connected to a CRM. Run &apos;callcenter crm connect --instance https://YOUR-ORG.my.salesforce.com&apos; first.</source>
        <translation>Dieser Arbeitsplatz ist mit keinem CRM verbunden. Führ zuerst &apos;callcenter crm connect --instance https://YOUR-ORG.my.salesforce.com&apos; aus.</translation>
    </message>
    <message>
        <source>No volunteer has the code or id &apos;{ref}&apos;.</source>
        <translation>Niemand hat den Code oder die ID „{ref}“.</translation>
    </message>
    <message>
        <source>Unknown role &apos;{role}&apos;; use one of: {items}.</source>
        <translation>Unbekannte Rolle „{role}“; nimm eine von: {items}.</translation>
    </message>
    <message>
        <source>Unknown status &apos;{status}&apos;; use one of: {items}.</source>
        <translation>Unbekannter Status „{status}“; nimm einen von: {items}.</translation>
    </message>
    <message>
        <source>{source} cannot be read after line {line_num}: {exc}.</source>
        <translation>{source} lässt sich nach Zeile {line_num} nicht lesen: {exc}.</translation>
    </message>
    <message>
        <source>a volunteer with the email {email} is already registered</source>
        <translation>jemand mit der E-Mail {email} ist schon registriert</translation>
    </message>
    <message>
        <source>{source} is empty.</source>
        <translation>{source} ist leer.</translation>
    </message>
    <message>
        <source>{source} has no first and last name columns (columns found: {shown}). Name them e.g. &apos;First name&apos; and &apos;Last name&apos;.</source>
        <translation>{source} hat keine Spalten für Vor- und Nachname (gefundene Spalten: {shown}). Nenn sie z. B. „First name“ und „Last name“.</translation>
    </message>
    <message>
        <source>{name} is {number} MB: too big for a volunteer list.</source>
        <translation>{name} hat {number} MB: zu groß für eine Freiwilligenliste.</translation>
    </message>
    <message>
        <source>a name is longer than {limit} characters</source>
        <translation>ein Name ist länger als {limit} Zeichen</translation>
    </message>
    <message>
        <source>a first and a last name are needed</source>
        <translation>Vor- und Nachname werden gebraucht</translation>
    </message>
    <message>
        <source>&apos;{word}&apos; is not a language code like en, de or fr</source>
        <translation>„{word}“ ist kein Sprachcode wie en, de oder fr</translation>
    </message>
    <message>
        <source>&apos;{phone}&apos; is not a phone number</source>
        <translation>„{phone}“ ist keine Telefonnummer</translation>
    </message>
    <message>
        <source>&apos;{email}&apos; is not an email address</source>
        <translation>„{email}“ ist keine E-Mail-Adresse</translation>
    </message>
    <message>
        <source>{source} is not a CSV file ({exc}).</source>
        <translation>{source} ist keine CSV-Datei ({exc}).</translation>
    </message>
    <message>
        <source>{name} with this phone number is already registered</source>
        <translation>{name} mit dieser Telefonnummer ist schon registriert</translation>
    </message>
    <message>
        <source>the phone number is longer than {limit} characters</source>
        <translation>die Telefonnummer ist länger als {limit} Zeichen</translation>
    </message>
    <message>
        <source>same volunteer as line {line}</source>
        <translation>dieselbe Person wie in Zeile {line}</translation>
    </message>
    <message>
        <source>{name} is {status}: activate them to issue a PIN.</source>
        <translation>{name} ist {status}: Aktiviere die Person, um eine PIN auszugeben.</translation>
    </message>
    <message>
        <source>Cannot activate {name}{more}: the account is {status}.</source>
        <translation>{name}{more} kann nicht aktiviert werden: Das Konto ist {status}.</translation>
    </message>
    <message>
        <source>Cannot deactivate {name}{more}: the account is {status}.</source>
        <translation>{name}{more} kann nicht deaktiviert werden: Das Konto ist {status}.</translation>
    </message>
    <message>
        <source>Cannot reactivate {name}{more}: the account is {status}.</source>
        <translation>{name}{more} kann nicht reaktiviert werden: Das Konto ist {status}.</translation>
    </message>
    <message>
        <source>Cannot suspend {name}{more}: the account is {status}.</source>
        <translation>{name}{more} kann nicht pausiert werden: Das Konto ist {status}.</translation>
    </message>
    <message>
        <source>{name} is an admin; only an admin can change their account.</source>
        <translation>{name} ist Admin; nur ein Admin kann dieses Konto ändern.</translation>
    </message>
    <message>
        <source>{name} is a shift lead; only an admin can change their account.</source>
        <translation>{name} ist Schichtleitung; nur ein Admin kann dieses Konto ändern.</translation>
    </message>
    <message>
        <source>No campaign with id {value}.</source>
        <translation>Keine Kampagne mit der ID {value}.</translation>
    </message>
    <message>
        <source>No volunteer with id {missing}.</source>
        <translation>Niemand mit der ID {missing}.</translation>
    </message>
    <message>
        <source>&apos;{email}&apos; is not an email address.</source>
        <translation>„{email}“ ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>Only an active shift lead or admin can manage volunteers.</source>
        <translation>Nur eine aktive Schichtleitung oder Admins können Freiwillige verwalten.</translation>
    </message>
    <message>
        <source>Only an admin can change roles.</source>
        <translation>Nur ein Admin kann Rollen ändern.</translation>
    </message>
    <message>
        <source>Unknown action &apos;{action}&apos;.</source>
        <translation>Unbekannte Aktion „{action}“.</translation>
    </message>
    <message>
        <source>A volunteer needs a first and a last name.</source>
        <translation>Freiwillige brauchen einen Vor- und einen Nachnamen.</translation>
    </message>
    <message>
        <source>This would leave no active admin; make someone else admin first.</source>
        <translation>Dann gäbe es keine aktiven Admins mehr; mach zuerst jemand anderen zum Admin.</translation>
    </message>
    <message>
        <source>Select at least one volunteer.</source>
        <translation>Wähl mindestens eine Person aus.</translation>
    </message>
</context>
<context>
    <name>DataPage</name>
    <message>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <source>&amp;Import contacts…</source>
        <translation>Kontakte &amp;importieren…</translation>
    </message>
    <message>
        <source>Import contacts from a CSV file</source>
        <translation>Kontakte aus einer CSV-Datei importieren</translation>
    </message>
    <message>
        <source>E&amp;xport results…</source>
        <translation>Ergebnisse e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Export the campaign&apos;s call results as CSV</source>
        <translation>Die Anrufergebnisse der Kampagne als CSV exportieren</translation>
    </message>
    <message>
        <source>Bring a list in from any CRM&apos;s CSV export, or take the calls, answers and notes out in a layout a CRM&apos;s bulk upload accepts.</source>
        <translation>Hol eine Liste aus dem CSV-Export eines beliebigen CRM herein, oder gib Anrufe, Antworten und Notizen so aus, wie der Massenimport eines CRM sie annimmt.</translation>
    </message>
    <message>
        <source>{name} (closed)</source>
        <translation>{name} (beendet)</translation>
    </message>
    <message>
        <source>Imported {file}: {added} added, {rejected} rows rejected.</source>
        <translation>{file} importiert: {added} hinzugefügt, {rejected} Zeilen abgelehnt.</translation>
    </message>
    <message>
        <source>Export call results</source>
        <translation>Anrufergebnisse exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Wrote {n} call results to {file}.</source>
        <translation>{n} Anrufergebnisse in {file} geschrieben.</translation>
    </message>
</context>
<context>
    <name>DemoSignInPanel</name>
    <message>
        <source>Demo sign-in</source>
        <translation>Demo-Anmeldung</translation>
    </message>
    <message>
        <source>This is a demo database with made-up volunteers. Each one shows a different kind of account.</source>
        <translation>Das ist eine Demo-Datenbank mit erfundenen Freiwilligen. Jede Zeile zeigt eine andere Art von Konto.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Nutzen</translation>
    </message>
    <message>
        <source>Fill in the sign-in for {name}</source>
        <translation>Anmeldung für {name} ausfüllen</translation>
    </message>
</context>
<context>
    <name>DisplaySettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Like the system ({language})</source>
        <translation>Wie das System ({language})</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Farben</translation>
    </message>
    <message>
        <source>Like the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Hoher Kontrast</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>&amp;Colours</source>
        <translation>&amp;Farben</translation>
    </message>
    <message>
        <source>Colours change at once. A new language shows on the sign-in screen at once and everywhere else from the next sign-in.</source>
        <translation>Farben ändern sich sofort. Eine neue Sprache gilt sofort auf der Anmeldeseite und überall sonst ab der nächsten Anmeldung.</translation>
    </message>
    <message>
        <source>Call with</source>
        <translation>Anrufen mit</translation>
    </message>
    <message>
        <source>Phone app (tel:)</source>
        <translation>Telefon-App (tel:)</translation>
    </message>
    <message>
        <source>Internet phone (SIP)</source>
        <translation>Internettelefon (SIP)</translation>
    </message>
    <message>
        <source>SIP domain</source>
        <translation>SIP-Domain</translation>
    </message>
    <message>
        <source>Call &amp;with</source>
        <translation>Anrufen &amp;mit</translation>
    </message>
    <message>
        <source>SIP &amp;domain</source>
        <translation>SIP-&amp;Domain</translation>
    </message>
</context>
<context>
    <name>DoorModeView</name>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>Households in walk order</source>
        <translation>Haushalte in Laufreihenfolge</translation>
    </message>
    <message>
        <source>People at this door</source>
        <translation>Personen an dieser Tür</translation>
    </message>
    <message>
        <source>&amp;Save household</source>
        <translation>Haushalt &amp;speichern</translation>
    </message>
    <message>
        <source>Alt+B</source>
        <translation>Alt+B</translation>
    </message>
    <message>
        <source>Door to door: {name}</source>
        <translation>Haustür: {name}</translation>
    </message>
    <message>
        <source>{keys}. Enter saves the household; Tab gives each person their own.</source>
        <translation>{keys}. Enter speichert den Haushalt; mit Tab bekommt jede Person ein eigenes.</translation>
    </message>
</context>
<context>
    <name>FieldLabels</name>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Straße</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Bundesstaat</translation>
    </message>
    <message>
        <source>ZIP code</source>
        <translation>PLZ</translation>
    </message>
    <message>
        <source>Polling place</source>
        <translation>Wahllokal</translation>
    </message>
    <message>
        <source>Do not call</source>
        <translation>Nicht anrufen</translation>
    </message>
    <message>
        <source>No emails</source>
        <translation>Keine E-Mails</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>FlaggedCallsDialog</name>
    <message>
        <source>{name}: {kind}</source>
        <translation>{name}: {kind}</translation>
    </message>
    <message>
        <source>Loading the calls…</source>
        <translation>Anrufe werden geladen…</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Calls behind the flag</source>
        <translation>Anrufe hinter dem Hinweis</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>{n} calls, newest first.</source>
        <translation>{n} Anrufe, neueste zuerst.</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Household on the same number</source>
        <translation>Haushalt unter derselben Nummer</translation>
    </message>
    <message>
        <source>Earlier calls</source>
        <translation>Frühere Anrufe</translation>
    </message>
    <message>
        <source>Nobody else.</source>
        <translation>Niemand sonst.</translation>
    </message>
    <message>
        <source>on {number}</source>
        <translation>unter {number}</translation>
    </message>
    <message>
        <source>and {n} more</source>
        <translation>und {n} weitere</translation>
    </message>
    <message>
        <source>None: this is the first call.</source>
        <translation>Keine: Das ist der erste Anruf.</translation>
    </message>
    <message>
        <source>by {name}</source>
        <translation>von {name}</translation>
    </message>
    <message>
        <source>and {n} earlier calls</source>
        <translation>und {n} frühere Anrufe</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import contacts</source>
        <translation>Kontakte importieren</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Zu importierende Datei</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>Datei &amp;wählen…</translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation>Die zu importierende Datei wählen</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Zeichenkodierung</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>Erkannt</translation>
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8 mit BOM</translation>
    </message>
    <message>
        <source>Windows (Western)</source>
        <translation>Windows (westeuropäisch)</translation>
    </message>
    <message>
        <source>Separator</source>
        <translation>Trennzeichen</translation>
    </message>
    <message>
        <source>Comma</source>
        <translation>Komma</translation>
    </message>
    <message>
        <source>Semicolon</source>
        <translation>Semikolon</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <source>{name} (closed)</source>
        <translation>{name} (beendet)</translation>
    </message>
    <message>
        <source>Call list</source>
        <translation>Anrufliste</translation>
    </message>
    <message>
        <source>Region of numbers without a country code</source>
        <translation>Region für Nummern ohne Ländervorwahl</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>Lesen als</translation>
    </message>
    <message>
        <source>Phone region</source>
        <translation>Telefonregion</translation>
    </message>
    <message>
        <source>Columns and fields</source>
        <translation>Spalten und Felder</translation>
    </message>
    <message>
        <source>The first rows of the file</source>
        <translation>Die ersten Zeilen der Datei</translation>
    </message>
    <message>
        <source>Select the whole preview</source>
        <translation>Die ganze Vorschau auswählen</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Fortschritt des Imports</translation>
    </message>
    <message>
        <source>Rows that were rejected or changed</source>
        <translation>Abgelehnte oder geänderte Zeilen</translation>
    </message>
    <message>
        <source>&amp;Save mapping…</source>
        <translation>Zuordnung &amp;speichern…</translation>
    </message>
    <message>
        <source>Save the column mapping</source>
        <translation>Die Spaltenzuordnung speichern</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Import the contacts</source>
        <translation>Die Kontakte importieren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Cancel or close</source>
        <translation>Abbrechen oder schließen</translation>
    </message>
    <message>
        <source>Columns: what each one holds</source>
        <translation>Spalten: was jede enthält</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>CSV or text files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>CSV- oder Textdateien (*.csv *.txt *.tsv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Detected: {x}</source>
        <translation>Erkannt: {x}</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>Komma</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>Semikolon</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>{n} columns; check what each one holds, then import.</source>
        <translation>{n} Spalten; prüfe, was jede enthält, dann importiere.</translation>
    </message>
    <message>
        <source>(column {n})</source>
        <translation>(Spalte {n})</translation>
    </message>
    <message>
        <source>Field for the column {name}</source>
        <translation>Feld für die Spalte {name}</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(nicht importiert)</translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation>{file} wird importiert…</translation>
    </message>
    <message>
        <source>{n} rows</source>
        <translation>{n} Zeilen</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>{file}: {added} added, {merged} merged with contacts already here, {again} repeated rows merged, {listed} already on a list of the campaign, {rejected} rows rejected, {warnings} values left out.</source>
        <translation>{file}: {added} hinzugefügt, {merged} mit vorhandenen Kontakten zusammengeführt, {again} doppelte Zeilen zusammengeführt, {listed} schon auf einer Liste der Kampagne, {rejected} Zeilen abgelehnt, {warnings} Werte weggelassen.</translation>
    </message>
    <message>
        <source>Every problem is in {file}.</source>
        <translation>Jedes Problem steht in {file}.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was imported.</source>
        <translation>Abgebrochen: Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>row not imported</source>
        <translation>Zeile nicht importiert</translation>
    </message>
    <message>
        <source>value left out</source>
        <translation>Wert weggelassen</translation>
    </message>
    <message>
        <source>Line {line}, column {column}</source>
        <translation>Zeile {line}, Spalte {column}</translation>
    </message>
    <message>
        <source>Line {line}</source>
        <translation>Zeile {line}</translation>
    </message>
    <message>
        <source>Mappings (*.json)</source>
        <translation>Zuordnungen (*.json)</translation>
    </message>
    <message>
        <source>Saved the mapping to {file}.</source>
        <translation>Zuordnung in {file} gespeichert.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>ListProgressPanel</name>
    <message>
        <source>No active call lists.</source>
        <translation>Keine aktiven Anruflisten.</translation>
    </message>
    <message>
        <source>{done} done of {total} ({share}), {left} left</source>
        <translation>{done} von {total} erledigt ({share}), {left} offen</translation>
    </message>
    <message>
        <source>Progress of {name}</source>
        <translation>Fortschritt von {name}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Call Center</source>
        <translation>Call Center</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Language, colours and calling (Ctrl+,)</source>
        <translation>Sprache, Farben und Anrufen (Strg+,)</translation>
    </message>
    <message>
        <source>Database: {name}</source>
        <translation>Datenbank: {name}</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <source>A demo database with made-up people.</source>
        <translation>Eine Demo-Datenbank mit erfundenen Personen.</translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Meldung schließen</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Something went wrong: {detail}</source>
        <translation>Da ist etwas schiefgelaufen: {detail}</translation>
    </message>
</context>
<context>
    <name>PaperEntryView</name>
    <message>
        <source>Who walked this sheet</source>
        <translation>Wer mit diesem Bogen unterwegs war</translation>
    </message>
    <message>
        <source>When the doors were visited</source>
        <translation>Wann die Türen besucht wurden</translation>
    </message>
    <message>
        <source>&amp;Canvasser</source>
        <translation>&amp;Unterwegs war</translation>
    </message>
    <message>
        <source>&amp;Visited</source>
        <translation>&amp;Besucht am</translation>
    </message>
    <message>
        <source>Type each person&apos;s result key and answer numbers as ticked on the sheet; Enter moves on. Leave a row empty for a door not visited. Ctrl+S saves.</source>
        <translation>Tipp für jede Person die Ergebnistaste und die Antwortnummern so ein, wie sie auf dem Bogen angekreuzt sind; Enter geht weiter. Lass eine Zeile leer, wenn die Tür nicht besucht wurde. Strg+S speichert.</translation>
    </message>
    <message>
        <source>Sheet rows, one per person</source>
        <translation>Zeilen des Bogens, eine pro Person</translation>
    </message>
    <message>
        <source>Problems on the sheet</source>
        <translation>Probleme auf dem Bogen</translation>
    </message>
    <message>
        <source>&amp;Save sheet</source>
        <translation>Bogen &amp;speichern</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>Paper sheets: {name}</source>
        <translation>Papierbögen: {name}</translation>
    </message>
    <message>
        <source>Type at least one result, and pick the canvasser.</source>
        <translation>Tipp mindestens ein Ergebnis ein und wähl aus, wer unterwegs war.</translation>
    </message>
    <message>
        <source>Saved {n} results from the sheet.</source>
        <translation>{n} Ergebnisse vom Bogen gespeichert.</translation>
    </message>
    <message>
        <source>row {row}: {message}</source>
        <translation>Zeile {row}: {message}</translation>
    </message>
    <message>
        <source> (and {n} more)</source>
        <translation> (und {n} weitere)</translation>
    </message>
    <message>
        <source>Nothing was saved. Fix: {problems}</source>
        <translation>Nichts gespeichert. Bitte korrigieren: {problems}</translation>
    </message>
    <message>
        <source>{n} cell needs a look (its tooltip says why).</source>
        <translation>{n} Zelle braucht einen Blick (der Tooltip sagt, warum).</translation>
    </message>
    <message>
        <source>{n} cells need a look (their tooltips say why).</source>
        <translation>{n} Zellen brauchen einen Blick (die Tooltips sagen, warum).</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
</context>
<context>
    <name>PaperGridModel</name>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Q{n}</source>
        <translation>F{n}</translation>
    </message>
</context>
<context>
    <name>PhoneModeView</name>
    <message>
        <source>Choose a result first: keys 1–9 (F1–F9 while typing).</source>
        <translation>Wähle zuerst ein Ergebnis: Tasten 1–9 (F1–F9 beim Tippen).</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Nobody is left to phone in this turf right now.</source>
        <translation>In diesem Gebiet ist gerade niemand mehr anzurufen.</translation>
    </message>
</context>
<context>
    <name>PhonesPanel</name>
    <message>
        <source>Phone numbers</source>
        <translation>Telefonnummern</translation>
    </message>
    <message>
        <source>No number left that may be called.</source>
        <translation>Keine Nummer mehr, die angerufen werden darf.</translation>
    </message>
    <message>
        <source>wrong number</source>
        <translation>falsche Nummer</translation>
    </message>
    <message>
        <source>do not call</source>
        <translation>nicht anrufen</translation>
    </message>
    <message>
        <source>tried {n}×</source>
        <translation>{n}× versucht</translation>
    </message>
    <message>
        <source>Call (Alt+C)</source>
        <translation>Anrufen (Alt+C)</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Anrufen</translation>
    </message>
    <message>
        <source>Call {number}</source>
        <translation>{number} anrufen</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy {number}</source>
        <translation>{number} kopieren</translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation>Falsche Nummer</translation>
    </message>
    <message>
        <source>Mark {number} as a wrong number</source>
        <translation>{number} als falsche Nummer markieren</translation>
    </message>
</context>
<context>
    <name>QuestionPage</name>
    <message>
        <source>Answer in their own words</source>
        <translation>Antwort in ihren eigenen Worten</translation>
    </message>
    <message>
        <source>Or type their answer…</source>
        <translation>Oder tipp ihre Antwort ein…</translation>
    </message>
    <message>
        <source>Next (Enter)</source>
        <translation>Weiter (Enter)</translation>
    </message>
    <message>
        <source>Next question</source>
        <translation>Nächste Frage</translation>
    </message>
</context>
<context>
    <name>QueuePage</name>
    <message>
        <source>Waiting to be activated</source>
        <translation>Warten auf Freischaltung</translation>
    </message>
    <message>
        <source>Find in the queue</source>
        <translation>In der Warteliste suchen</translation>
    </message>
    <message>
        <source>Find by name or email</source>
        <translation>Nach Name oder E-Mail suchen</translation>
    </message>
    <message>
        <source>Show &amp;returning volunteers</source>
        <translation>&amp;Wiederkehrende zeigen</translation>
    </message>
    <message>
        <source>Also show deactivated volunteers</source>
        <translation>Auch deaktivierte Freiwillige zeigen</translation>
    </message>
    <message>
        <source>Pending volunteers</source>
        <translation>Wartende Freiwillige</translation>
    </message>
    <message>
        <source>&amp;Activate selected…</source>
        <translation>Auswahl &amp;freischalten…</translation>
    </message>
    <message>
        <source>Activate selected volunteers</source>
        <translation>Ausgewählte freischalten</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Strg+Enter</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>CSV &amp;importieren…</translation>
    </message>
    <message>
        <source>Import a sign-up list from CSV</source>
        <translation>Anmeldeliste aus CSV importieren</translation>
    </message>
    <message>
        <source>Ctrl+N: new walk-in. Enter adds them to the queue, selected.</source>
        <translation>Strg+N: neue Person ohne Anmeldung. Enter setzt sie ausgewählt auf die Warteliste.</translation>
    </message>
    <message>
        <source>{n} volunteer</source>
        <translation>{n} Person</translation>
    </message>
    <message>
        <source>{n} volunteers</source>
        <translation>{n} Personen</translation>
    </message>
    <message>
        <source>&amp;Activate {n} volunteer…</source>
        <translation>{n} Person &amp;freischalten…</translation>
    </message>
    <message>
        <source>&amp;Activate {n} volunteers…</source>
        <translation>{n} Personen &amp;freischalten…</translation>
    </message>
    <message>
        <source>Select one or more volunteers first (Shift+arrows selects several).</source>
        <translation>Wähl zuerst eine oder mehrere Personen aus (Umschalt+Pfeiltasten wählt mehrere).</translation>
    </message>
    <message>
        <source>Activating…</source>
        <translation>Wird freigeschaltet…</translation>
    </message>
    <message>
        <source>Activated {n} volunteer. Storing the PIN…</source>
        <translation>{n} Person freigeschaltet. PIN wird gespeichert…</translation>
    </message>
    <message>
        <source>Activated {n} volunteers. Storing their PINs…</source>
        <translation>{n} Personen freigeschaltet. PINs werden gespeichert…</translation>
    </message>
    <message>
        <source>PIN ready: {n} volunteer can sign in now.</source>
        <translation>PIN bereit: {n} Person kann sich jetzt anmelden.</translation>
    </message>
    <message>
        <source>PINs ready: {n} volunteers can sign in now.</source>
        <translation>PINs bereit: {n} Personen können sich jetzt anmelden.</translation>
    </message>
    <message>
        <source>{name} is in the queue, selected: Ctrl+Enter activates.</source>
        <translation>{name} ist ausgewählt auf der Warteliste: Strg+Enter schaltet frei.</translation>
    </message>
    <message>
        <source>Import a sign-up list</source>
        <translation>Anmeldeliste importieren</translation>
    </message>
    <message>
        <source>CSV or text files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>CSV- oder Textdateien (*.csv *.txt *.tsv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation>{file} wird importiert…</translation>
    </message>
    <message>
        <source>{file}: {added} added to the queue, {dupes} duplicates skipped, {bad} rows rejected.</source>
        <translation>{file}: {added} auf die Warteliste, {dupes} doppelte übersprungen, {bad} Zeilen abgelehnt.</translation>
    </message>
    <message>
        <source>Line {line}: rejected, {why}</source>
        <translation>Zeile {line}: abgelehnt, {why}</translation>
    </message>
    <message>
        <source>Line {line}: skipped, {why}</source>
        <translation>Zeile {line}: übersprungen, {why}</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>The other rows were added. Fix the rejected rows and import the file again.</source>
        <translation>Die anderen Zeilen sind drin. Korrigier die abgelehnten und importier die Datei noch einmal.</translation>
    </message>
</context>
<context>
    <name>ResultPanel</name>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Keys 1–9 pick a result; F1–F9 work while typing.</source>
        <translation>Tasten 1–9 wählen ein Ergebnis; beim Tippen F1–F9.</translation>
    </message>
    <message>
        <source>Notes (Alt+N)</source>
        <translation>Notizen (Alt+N)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>What should the next caller know?</source>
        <translation>Was sollte die nächste Person wissen?</translation>
    </message>
    <message>
        <source>Key {key}, or F{key} while typing</source>
        <translation>Taste {key}, beim Tippen F{key}</translation>
    </message>
    <message>
        <source>Press {key}, or F{key} while typing</source>
        <translation>Drück {key}, beim Tippen F{key}</translation>
    </message>
</context>
<context>
    <name>ResultsChart</name>
    <message>
        <source>Results by code</source>
        <translation>Ergebnisse nach Code</translation>
    </message>
    <message>
        <source>and {n} more</source>
        <translation>und {n} weitere</translation>
    </message>
    <message>
        <source>No calls yet</source>
        <translation>Noch keine Anrufe</translation>
    </message>
</context>
<context>
    <name>RoomPage</name>
    <message>
        <source>Signed in</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>Calls in the last hour</source>
        <translation>Anrufe in der letzten Stunde</translation>
    </message>
    <message>
        <source>Contact rate</source>
        <translation>Kontaktquote</translation>
    </message>
    <message>
        <source>Calls today</source>
        <translation>Anrufe heute</translation>
    </message>
    <message>
        <source>Campaign shown</source>
        <translation>Gezeigte Kampagne</translation>
    </message>
    <message>
        <source>All campaigns</source>
        <translation>Alle Kampagnen</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Last updated</source>
        <translation>Zuletzt aktualisiert</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>Quality flags</source>
        <translation>Qualitätshinweise</translation>
    </message>
    <message>
        <source>Show &amp;calls…</source>
        <translation>&amp;Anrufe zeigen…</translation>
    </message>
    <message>
        <source>Show the calls behind the flag</source>
        <translation>Anrufe hinter dem Hinweis zeigen</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Arbeitsplatz</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Da</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Anrufe</translation>
    </message>
    <message>
        <source>Per hour</source>
        <translation>Pro Stunde</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Short</source>
        <translation>Kurz</translation>
    </message>
    <message>
        <source>Volunteers&apos; pace</source>
        <translation>Tempo der Freiwilligen</translation>
    </message>
    <message>
        <source>ZIP</source>
        <translation>PLZ</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Quote</translation>
    </message>
    <message>
        <source>Results by ZIP</source>
        <translation>Ergebnisse nach PLZ</translation>
    </message>
    <message>
        <source>Results by code</source>
        <translation>Ergebnisse nach Code</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>Freiwillige</translation>
    </message>
    <message>
        <source>Call lists</source>
        <translation>Anruflisten</translation>
    </message>
    <message>
        <source>Not updated: {why}</source>
        <translation>Nicht aktualisiert: {why}</translation>
    </message>
    <message>
        <source>1 contact</source>
        <translation>1 Kontakt</translation>
    </message>
    <message>
        <source>{n} contacts</source>
        <translation>{n} Kontakte</translation>
    </message>
    <message>
        <source>last hour {rate}</source>
        <translation>letzte Stunde {rate}</translation>
    </message>
    <message>
        <source>Quality flags ({n})</source>
        <translation>Qualitätshinweise ({n})</translation>
    </message>
    <message>
        <source>Quality flags: none</source>
        <translation>Qualitätshinweise: keine</translation>
    </message>
    <message>
        <source>Updated {time}</source>
        <translation>Aktualisiert {time}</translation>
    </message>
</context>
<context>
    <name>ScriptPanel</name>
    <message>
        <source>Script</source>
        <translation>Leitfaden</translation>
    </message>
    <message>
        <source>Previous question (Alt+Left)</source>
        <translation>Vorige Frage (Alt+←)</translation>
    </message>
    <message>
        <source>Previous question</source>
        <translation>Vorige Frage</translation>
    </message>
    <message>
        <source>This campaign has no script: note what was said.</source>
        <translation>Diese Kampagne hat keinen Leitfaden: Notier, was gesagt wurde.</translation>
    </message>
    <message>
        <source>The contact speaks {language}.</source>
        <translation>Die Person spricht {language}.</translation>
    </message>
    <message>
        <source>End of the script.</source>
        <translation>Ende des Leitfadens.</translation>
    </message>
    <message>
        <source>Answered: {answers}</source>
        <translation>Beantwortet: {answers}</translation>
    </message>
    <message>
        <source>Nothing answered yet.</source>
        <translation>Noch nichts beantwortet.</translation>
    </message>
</context>
<context>
    <name>SessionSummaryDialog</name>
    <message>
        <source>Session summary: {name}</source>
        <translation>Zusammenfassung: {name}</translation>
    </message>
    <message>
        <source>at the door</source>
        <translation>an der Tür</translation>
    </message>
    <message>
        <source>from paper</source>
        <translation>vom Papier</translation>
    </message>
    <message>
        <source>by phone</source>
        <translation>am Telefon</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Doors knocked</source>
        <translation>Geklopfte Türen</translation>
    </message>
    <message>
        <source>{n} of {total} households</source>
        <translation>{n} von {total} Haushalten</translation>
    </message>
    <message>
        <source>People with a result</source>
        <translation>Personen mit Ergebnis</translation>
    </message>
    <message>
        <source>{n} of {total}</source>
        <translation>{n} von {total}</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>By result</source>
        <translation>Nach Ergebnis</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>{start} to {end} ({duration})</source>
        <translation>{start} bis {end} ({duration})</translation>
    </message>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <source>Waiting to sync</source>
        <translation>Wartet auf Abgleich</translation>
    </message>
    <message>
        <source>Refused by the CRM (review)</source>
        <translation>Vom CRM abgelehnt (prüfen)</translation>
    </message>
    <message>
        <source>Conflicts to review</source>
        <translation>Konflikte zum Prüfen</translation>
    </message>
    <message>
        <source>No data-quality flags.</source>
        <translation>Keine Hinweise zur Datenqualität.</translation>
    </message>
    <message>
        <source>Data-quality flags</source>
        <translation>Hinweise zur Datenqualität</translation>
    </message>
    <message>
        <source>Data-quality flags (a reason to look, not proof):</source>
        <translation>Hinweise zur Datenqualität (ein Grund hinzuschauen, kein Beweis):</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>Calling</source>
        <translation>Anrufen</translation>
    </message>
    <message>
        <source>Shift lead console</source>
        <translation>Schichtleitung</translation>
    </message>
    <message>
        <source>Canvass</source>
        <translation>Haustür</translation>
    </message>
    <message>
        <source>Your shift lead ended your session.</source>
        <translation>Deine Schichtleitung hat deine Sitzung beendet.</translation>
    </message>
</context>
<context>
    <name>ShiftLeadConsole</name>
    <message>
        <source>Console sections</source>
        <translation>Bereiche der Schichtleitung</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Warteliste</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>Freiwillige</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Raum</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Console status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Queue ({n})</source>
        <translation>Warteliste ({n})</translation>
    </message>
</context>
<context>
    <name>ShiftNumbersBar</name>
    <message>
        <source>Your shift</source>
        <translation>Deine Schicht</translation>
    </message>
    <message>
        <source>Calls: {n}</source>
        <translation>Anrufe: {n}</translation>
    </message>
    <message>
        <source>Reached: {n}</source>
        <translation>Erreicht: {n}</translation>
    </message>
    <message>
        <source>On calls: {time}</source>
        <translation>Am Telefon: {time}</translation>
    </message>
    <message>
        <source>Pace: {pace} calls/hour</source>
        <translation>Tempo: {pace} Anrufe/Std.</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Type the code and PIN from your slip.</source>
        <translation>Gib Code und PIN von deinem Zettel ein.</translation>
    </message>
    <message>
        <source>Volunteer code</source>
        <translation>Dein Code</translation>
    </message>
    <message>
        <source>&amp;Volunteer code</source>
        <translation>Dein &amp;Code</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>&amp;PIN</source>
        <translation>&amp;PIN</translation>
    </message>
    <message>
        <source>Sign-in problem</source>
        <translation>Problem bei der Anmeldung</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Datenbank wird geöffnet…</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Anmeldung läuft…</translation>
    </message>
</context>
<context>
    <name>SlipSheets</name>
    <message>
        <source>Phone bank sign-in</source>
        <translation>Anmeldung zum Telefonieren</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>At any workstation, type your code and your PIN on the sign-in screen and press Enter. Keep your PIN to yourself. Forgot it? A shift lead gives you a new one.</source>
        <translation>Gib an einem beliebigen Arbeitsplatz deinen Code und deine PIN auf der Anmeldeseite ein und drück Enter. Behalte deine PIN für dich. Vergessen? Die Schichtleitung gibt dir eine neue.</translation>
    </message>
    <message>
        <source>Volunteer sign-in slips</source>
        <translation>Anmeldezettel für Freiwillige</translation>
    </message>
</context>
<context>
    <name>SlipsDialog</name>
    <message>
        <source>Code and PIN for {n} volunteer</source>
        <translation>Code und PIN für {n} Person</translation>
    </message>
    <message>
        <source>Codes and PINs for {n} volunteers</source>
        <translation>Codes und PINs für {n} Personen</translation>
    </message>
    <message>
        <source>Shown once: print the slips or save them as PDF now. When you close this window the PINs are gone; a forgotten PIN needs a reset.</source>
        <translation>Nur einmal sichtbar: Druck die Zettel jetzt oder speichere sie als PDF. Wenn du das Fenster schließt, sind die PINs weg; eine vergessene PIN muss zurückgesetzt werden.</translation>
    </message>
    <message>
        <source>PIN status</source>
        <translation>PIN-Status</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>New codes and PINs</source>
        <translation>Neue Codes und PINs</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>Print slips</source>
        <translation>Zettel drucken</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Als &amp;PDF speichern…</translation>
    </message>
    <message>
        <source>Save slips as PDF</source>
        <translation>Zettel als PDF speichern</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close and forget the PINs</source>
        <translation>Schließen und PINs vergessen</translation>
    </message>
    <message>
        <source>Storing the PINs… they work in a few seconds.</source>
        <translation>PINs werden gespeichert… In ein paar Sekunden funktionieren sie.</translation>
    </message>
    <message>
        <source>PIN ready: the volunteer can sign in now.</source>
        <translation>PIN bereit: Die Person kann sich jetzt anmelden.</translation>
    </message>
    <message>
        <source>PINs ready: all {n} volunteers can sign in now.</source>
        <translation>PINs bereit: Alle {n} Personen können sich jetzt anmelden.</translation>
    </message>
    <message>
        <source>Volunteer sign-in slips</source>
        <translation>Anmeldezettel für Freiwillige</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Saved {n} page to {file}. It holds PINs: print it, then delete it.</source>
        <translation>{n} Seite in {file} gespeichert. Die Datei enthält PINs: ausdrucken, dann löschen.</translation>
    </message>
    <message>
        <source>Saved {n} pages to {file}. It holds PINs: print it, then delete it.</source>
        <translation>{n} Seiten in {file} gespeichert. Die Datei enthält PINs: ausdrucken, dann löschen.</translation>
    </message>
</context>
<context>
    <name>SyncReviewDialog</name>
    <message>
        <source>Sync: to review</source>
        <translation>Abgleich: zu prüfen</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>The CRM&apos;s message</source>
        <translation>Meldung des CRM</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>Not kept</source>
        <translation>Nicht behalten</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Refused by the CRM</source>
        <translation>Vom CRM abgelehnt</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikte</translation>
    </message>
    <message>
        <source>Show refused rows</source>
        <translation>Abgelehnte Zeilen anzeigen</translation>
    </message>
    <message>
        <source>Waiting for a decision</source>
        <translation>Warten auf Entscheidung</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Verworfen</translation>
    </message>
    <message>
        <source>Send the selected rows at the next sync</source>
        <translation>Die ausgewählten Zeilen beim nächsten Abgleich senden</translation>
    </message>
    <message>
        <source>&amp;Send again</source>
        <translation>&amp;Erneut senden</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Do not send the selected rows; they stay listed under Dismissed</source>
        <translation>Die ausgewählten Zeilen nicht senden; sie bleiben unter „Verworfen“ aufgeführt</translation>
    </message>
    <message>
        <source>&amp;Keep the CRM&apos;s value</source>
        <translation>Wert des CRM &amp;behalten</translation>
    </message>
    <message>
        <source>Agree with the CRM: nothing is sent</source>
        <translation>Dem CRM zustimmen: Es wird nichts gesendet</translation>
    </message>
    <message>
        <source>Send &amp;my value</source>
        <translation>&amp;Meinen Wert senden</translation>
    </message>
    <message>
        <source>Send the value not kept to the CRM at the next sync</source>
        <translation>Den nicht behaltenen Wert beim nächsten Abgleich ans CRM senden</translation>
    </message>
    <message>
        <source>Only a shift lead or admin can decide these.</source>
        <translation>Nur eine Schichtleitung oder Admins können hier entscheiden.</translation>
    </message>
    <message>
        <source>Conflicts (decided by the rules; the value not kept)</source>
        <translation>Konflikte (nach den Regeln entschieden; der nicht behaltene Wert)</translation>
    </message>
    <message>
        <source>Decision saved.</source>
        <translation>Entscheidung gespeichert.</translation>
    </message>
    <message>
        <source>A call</source>
        <translation>Ein Anruf</translation>
    </message>
    <message>
        <source>Do not call</source>
        <translation>Nicht anrufen</translation>
    </message>
    <message>
        <source>A wrong number</source>
        <translation>Eine falsche Nummer</translation>
    </message>
    <message>
        <source>A volunteer&apos;s status</source>
        <translation>Status einer Freiwilligen / eines Freiwilligen</translation>
    </message>
    <message>
        <source>A contact&apos;s details</source>
        <translation>Angaben zu einem Kontakt</translation>
    </message>
    <message>
        <source>Contact details: the CRM wins</source>
        <translation>Kontaktangaben: das CRM gewinnt</translation>
    </message>
    <message>
        <source>Do not call only turns on</source>
        <translation>„Nicht anrufen“ wird nur eingeschaltet</translation>
    </message>
    <message>
        <source>An opt-out only turns on</source>
        <translation>Ein Widerspruch wird nur eingeschaltet</translation>
    </message>
    <message>
        <source>A member&apos;s status only moves forward</source>
        <translation>Der Status eines Mitglieds geht nur voran</translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message>
        <source>Sync with the CRM</source>
        <translation>Abgleich mit dem CRM</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Jetzt abgleichen</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>What the CRM refused, and conflicts</source>
        <translation>Was das CRM abgelehnt hat, und Konflikte</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Abgleich läuft…</translation>
    </message>
    <message>
        <source>No CRM connected</source>
        <translation>Kein CRM verbunden</translation>
    </message>
    <message>
        <source>Not synced: see details</source>
        <translation>Nicht abgeglichen: siehe Details</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Noch nicht abgeglichen</translation>
    </message>
    <message>
        <source>Synced {time}</source>
        <translation>Abgeglichen {time}</translation>
    </message>
    <message>
        <source>{n} to review</source>
        <translation>{n} zu prüfen</translation>
    </message>
    <message>
        <source>Connect with: callcenter crm connect --instance URL</source>
        <translation>Verbinden mit: callcenter crm connect --instance URL</translation>
    </message>
    <message>
        <source>CRM: {url}</source>
        <translation>CRM: {url}</translation>
    </message>
    <message>
        <source>{n} waiting to be sent</source>
        <translation>{n} warten auf das Senden</translation>
    </message>
    <message>
        <source>{n} refused by the CRM, {c} conflicts (callcenter crm review)</source>
        <translation>{n} vom CRM abgelehnt, {c} Konflikte (callcenter crm review)</translation>
    </message>
    <message>
        <source>Last problem: {message}</source>
        <translation>Letztes Problem: {message}</translation>
    </message>
</context>
<context>
    <name>VolunteerLabels</name>
    <message>
        <source>Volunteer</source>
        <translation>Ehrenamt</translation>
    </message>
    <message>
        <source>Shift lead</source>
        <translation>Schichtleitung</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Deaktiviert</translation>
    </message>
</context>
<context>
    <name>VolunteerTable</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Sprachen</translation>
    </message>
    <message>
        <source>Signed up</source>
        <translation>Angemeldet am</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Returning</source>
        <translation>Wiederkehrend</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Arbeitsplatz</translation>
    </message>
    <message>
        <source>Shift ends</source>
        <translation>Schichtende</translation>
    </message>
</context>
<context>
    <name>VolunteersPage</name>
    <message>
        <source>Find volunteers</source>
        <translation>Freiwillige suchen</translation>
    </message>
    <message>
        <source>Find by name, email or code</source>
        <translation>Nach Name, E-Mail oder Code suchen</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Nach Status filtern</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Role filter</source>
        <translation>Nach Rolle filtern</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>Alle Rollen</translation>
    </message>
    <message>
        <source>Signed in now</source>
        <translation>Gerade angemeldet</translation>
    </message>
    <message>
        <source>Only volunteers signed in now</source>
        <translation>Nur gerade Angemeldete</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>Freiwillige</translation>
    </message>
    <message>
        <source>&amp;Suspend…</source>
        <translation>&amp;Pausieren…</translation>
    </message>
    <message>
        <source>Suspend selected</source>
        <translation>Ausgewählte pausieren</translation>
    </message>
    <message>
        <source>&amp;Reactivate</source>
        <translation>&amp;Wieder aktivieren</translation>
    </message>
    <message>
        <source>Reactivate selected</source>
        <translation>Ausgewählte wieder aktivieren</translation>
    </message>
    <message>
        <source>&amp;Deactivate…</source>
        <translation>&amp;Deaktivieren…</translation>
    </message>
    <message>
        <source>Deactivate selected</source>
        <translation>Ausgewählte deaktivieren</translation>
    </message>
    <message>
        <source>Reset &amp;PIN</source>
        <translation>P&amp;IN zurücksetzen</translation>
    </message>
    <message>
        <source>Reset PIN</source>
        <translation>PIN zurücksetzen</translation>
    </message>
    <message>
        <source>New role</source>
        <translation>Neue Rolle</translation>
    </message>
    <message>
        <source>Change r&amp;ole</source>
        <translation>R&amp;olle ändern</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>Rolle ändern</translation>
    </message>
    <message>
        <source>&amp;End shift…</source>
        <translation>Schicht &amp;beenden…</translation>
    </message>
    <message>
        <source>End shift: deactivate all active volunteers</source>
        <translation>Schicht beenden: alle aktiven Freiwilligen deaktivieren</translation>
    </message>
    <message>
        <source>{n} volunteer</source>
        <translation>{n} Person</translation>
    </message>
    <message>
        <source>{n} volunteers</source>
        <translation>{n} Personen</translation>
    </message>
    <message>
        <source>Suspend {name}?</source>
        <translation>{name} pausieren?</translation>
    </message>
    <message>
        <source>Suspend {n} volunteers?</source>
        <translation>{n} Personen pausieren?</translation>
    </message>
    <message>
        <source>They are signed out at once and cannot sign in until reactivated. Contacts they hold go back to the list; their calls are kept.</source>
        <translation>Wer pausiert ist, wird sofort abgemeldet und kann sich erst nach der Reaktivierung wieder anmelden. Reservierte Kontakte gehen zurück in die Liste; die Anrufe bleiben.</translation>
    </message>
    <message>
        <source>Suspend</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <source>Deactivate {name}?</source>
        <translation>{name} deaktivieren?</translation>
    </message>
    <message>
        <source>Deactivate {n} volunteers?</source>
        <translation>{n} Personen deaktivieren?</translation>
    </message>
    <message>
        <source>They are signed out at once, here and on every workstation, and cannot sign in again. Contacts they hold go back to the list; their calls are kept.</source>
        <translation>Wer deaktiviert ist, wird sofort abgemeldet, hier und an jedem Arbeitsplatz, und kann sich nicht mehr anmelden. Reservierte Kontakte gehen zurück in die Liste; die Anrufe bleiben.</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Deaktivieren</translation>
    </message>
    <message>
        <source>Suspended {n} volunteer</source>
        <translation>{n} Person pausiert</translation>
    </message>
    <message>
        <source>Suspended {n} volunteers</source>
        <translation>{n} Personen pausiert</translation>
    </message>
    <message>
        <source>Reactivated {n} volunteer</source>
        <translation>{n} Person wieder aktiviert</translation>
    </message>
    <message>
        <source>Reactivated {n} volunteers</source>
        <translation>{n} Personen wieder aktiviert</translation>
    </message>
    <message>
        <source>Deactivated {n} volunteer</source>
        <translation>{n} Person deaktiviert</translation>
    </message>
    <message>
        <source>Deactivated {n} volunteers</source>
        <translation>{n} Personen deaktiviert</translation>
    </message>
    <message>
        <source>{done}. Signed out: {signed_out}. Contacts back on the list: {released}.</source>
        <translation>{done}. Abgemeldet: {signed_out}. Kontakte zurück in der Liste: {released}.</translation>
    </message>
    <message>
        <source>Nobody to sign out: no volunteer is active.</source>
        <translation>Niemand abzumelden: Keine Freiwilligen sind aktiv.</translation>
    </message>
    <message>
        <source>End the shift: deactivate {n} active volunteer?</source>
        <translation>Schicht beenden: {n} aktive Person deaktivieren?</translation>
    </message>
    <message>
        <source>End the shift: deactivate all {n} active volunteers?</source>
        <translation>Schicht beenden: alle {n} aktiven Personen deaktivieren?</translation>
    </message>
    <message>
        <source>Everyone with the volunteer role is signed out at once and their contacts go back to the list; their calls are kept. Shift leads and admins stay active. Returning volunteers are activated again from the queue with a new code.</source>
        <translation>Alle mit der Rolle Ehrenamt werden sofort abgemeldet, ihre Kontakte gehen zurück in die Liste; ihre Anrufe bleiben. Schichtleitungen und Admins bleiben aktiv. Wer wiederkommt, wird über die Warteliste mit neuem Code freigeschaltet.</translation>
    </message>
    <message>
        <source>End shift</source>
        <translation>Schicht beenden</translation>
    </message>
    <message>
        <source>New PIN for {n} volunteer.</source>
        <translation>Neue PIN für {n} Person.</translation>
    </message>
    <message>
        <source>New PINs for {n} volunteers.</source>
        <translation>Neue PINs für {n} Personen.</translation>
    </message>
    <message>
        <source>Role changed to {role} for {n} volunteer.</source>
        <translation>Rolle für {n} Person auf {role} geändert.</translation>
    </message>
    <message>
        <source>Role changed to {role} for {n} volunteers.</source>
        <translation>Rolle für {n} Personen auf {role} geändert.</translation>
    </message>
</context>
<context>
    <name>WalkInForm</name>
    <message>
        <source>Walk-in</source>
        <translation>Ohne Anmeldung</translation>
    </message>
    <message>
        <source>Register a walk-in</source>
        <translation>Person ohne Anmeldung erfassen</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Email (optional)</source>
        <translation>E-Mail (freiwillig)</translation>
    </message>
    <message>
        <source>Phone (optional)</source>
        <translation>Telefon (freiwillig)</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Sprachen</translation>
    </message>
    <message>
        <source>Language codes, e.g. en, de, fr</source>
        <translation>Sprachcodes, z. B. de, en, fr</translation>
    </message>
    <message>
        <source>&amp;Add to queue</source>
        <translation>Auf die &amp;Warteliste</translation>
    </message>
    <message>
        <source>Add walk-in to the queue</source>
        <translation>Person auf die Warteliste setzen</translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation>&amp;Vorname</translation>
    </message>
    <message>
        <source>La&amp;st name</source>
        <translation>&amp;Nachname</translation>
    </message>
    <message>
        <source>E&amp;mail</source>
        <translation>&amp;E-Mail</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <source>Lan&amp;guages</source>
        <translation>&amp;Sprachen</translation>
    </message>
</context>
<context>
    <name>WalkSheet</name>
    <message>
        <source>No street</source>
        <translation>Ohne Straße</translation>
    </message>
    <message>
        <source>Walk sheet: {name}</source>
        <translation>Laufzettel: {name}</translation>
    </message>
    <message>
        <source>Page {n} of {total}</source>
        <translation>Seite {n} von {total}</translation>
    </message>
    <message>
        <source>{campaign} · checked out until {until}</source>
        <translation>{campaign} · übernommen bis {until}</translation>
    </message>
    <message>
        <source>Door: {results}</source>
        <translation>Tür: {results}</translation>
    </message>
    <message>
        <source>(no address)</source>
        <translation>(keine Adresse)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>{street} (continued)</source>
        <translation>{street} (Fortsetzung)</translation>
    </message>
    <message>
        <source>Walk sheets: {name}</source>
        <translation>Laufzettel: {name}</translation>
    </message>
    <message>
        <source>Save walk sheets as PDF</source>
        <translation>Laufzettel als PDF speichern</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Saved {n} page of walk sheets to {file}.</source>
        <translation>{n} Seite Laufzettel in {file} gespeichert.</translation>
    </message>
    <message>
        <source>Saved {n} pages of walk sheets to {file}.</source>
        <translation>{n} Seiten Laufzettel in {file} gespeichert.</translation>
    </message>
</context>
</TS>
