<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>AccessibleParts</name>
    <message>
        <source>{name}: scroll up and down</source>
        <translation>{name}&#xa0;: défiler vers le haut ou le bas</translation>
    </message>
    <message>
        <source>{name}: scroll sideways</source>
        <translation>{name}&#xa0;: défiler sur le côté</translation>
    </message>
    <message>
        <source>{name}: columns</source>
        <translation>{name}&#xa0;: colonnes</translation>
    </message>
    <message>
        <source>{name}: rows</source>
        <translation>{name}&#xa0;: lignes</translation>
    </message>
</context>
<context>
    <name>ActivationDialog</name>
    <message>
        <source>Activate {name}</source>
        <translation>Activer {name}</translation>
    </message>
    <message>
        <source>Activate {n} volunteer</source>
        <translation>Activer {n} bénévole</translation>
    </message>
    <message>
        <source>Activate {n} volunteers</source>
        <translation>Activer {n} bénévoles</translation>
    </message>
    <message>
        <source> and {n} more</source>
        <translation> et {n} de plus</translation>
    </message>
    <message>
        <source>&amp;Identity checked (photo ID, or the email or phone they signed up with)</source>
        <translation>&amp;Identité vérifiée (pièce d&apos;identité, ou e-mail ou téléphone de l&apos;inscription)</translation>
    </message>
    <message>
        <source>&amp;Identity of all {n} checked (photo ID, or their sign-up email or phone)</source>
        <translation>&amp;Identité des {n} vérifiée (pièce d&apos;identité, ou e-mail ou téléphone d&apos;inscription)</translation>
    </message>
    <message>
        <source>Identity checked</source>
        <translation>Identité vérifiée</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campagnes</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>No fixed station</source>
        <translation>Pas de poste fixe</translation>
    </message>
    <message>
        <source>{name} (this station)</source>
        <translation>{name} (ce poste)</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Keep each volunteer&apos;s languages</source>
        <translation>Garder les langues de chaque bénévole</translation>
    </message>
    <message>
        <source>&amp;Shift ends at</source>
        <translation>&amp;Fin du créneau à</translation>
    </message>
    <message>
        <source>Set a shift end</source>
        <translation>Fixer la fin du créneau</translation>
    </message>
    <message>
        <source>Shift end time</source>
        <translation>Heure de fin du créneau</translation>
    </message>
    <message>
        <source>&amp;Campaigns</source>
        <translation>&amp;Campagnes</translation>
    </message>
    <message>
        <source>S&amp;tation</source>
        <translation>&amp;Poste</translation>
    </message>
    <message>
        <source>&amp;Languages</source>
        <translation>&amp;Langues</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Tick “Identity checked” once you have checked who they are.</source>
        <translation>Cochez «&#xa0;Identité vérifiée&#xa0;» une fois que vous avez vérifié qui est la personne.</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>From date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Du</translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation>&amp;Au</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ctualiser</translation>
    </message>
    <message>
        <source>Refresh the audit log</source>
        <translation>Actualiser le journal</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exporter en CSV…</translation>
    </message>
    <message>
        <source>Export the audit log as CSV</source>
        <translation>Exporter le journal en CSV</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>Bénévole</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>{old} → {new}</source>
        <translation>{old} → {new}</translation>
    </message>
    <message>
        <source>{n} contacts</source>
        <translation>{n} contacts</translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation>{hours} h</translation>
    </message>
    <message>
        <source>campaign ids: {ids}</source>
        <translation>identifiants de campagne&#xa0;: {ids}</translation>
    </message>
    <message>
        <source>The latest {n} events; the export has them all.</source>
        <translation>Les {n} derniers événements&#xa0;; l&apos;export les contient tous.</translation>
    </message>
    <message>
        <source>{n} events</source>
        <translation>{n} événements</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Exporter le journal</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Wrote {n} audit events to {file}.</source>
        <translation>{n} événements écrits dans {file}.</translation>
    </message>
</context>
<context>
    <name>CallLabels</name>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Being called</source>
        <translation>En cours d&apos;appel</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Callback</source>
        <translation>Rappel</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Passé</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Portable</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Domicile</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Travail</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
</context>
<context>
    <name>CallListModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>ZIP</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <source>Last result</source>
        <translation>Dernier résultat</translation>
    </message>
    <message>
        <source>Last call</source>
        <translation>Dernier appel</translation>
    </message>
    <message>
        <source>Callback</source>
        <translation>Rappel</translation>
    </message>
</context>
<context>
    <name>CallListView</name>
    <message>
        <source>Search by name, ZIP or city</source>
        <translation>Chercher par nom, code postal ou ville</translation>
    </message>
    <message>
        <source>Search by name, ZIP or city (Ctrl+F)</source>
        <translation>Chercher par nom, code postal ou ville (Ctrl+F)</translation>
    </message>
    <message>
        <source>Show contacts with status</source>
        <translation>Afficher les contacts au statut</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>How many contacts match</source>
        <translation>Nombre de contacts trouvés</translation>
    </message>
    <message>
        <source>Refresh (F5)</source>
        <translation>Actualiser (F5)</translation>
    </message>
    <message>
        <source>Refresh the call list</source>
        <translation>Actualiser la liste d&apos;appels</translation>
    </message>
    <message>
        <source>Back (Esc)</source>
        <translation>Retour (Échap)</translation>
    </message>
    <message>
        <source>Back to calling</source>
        <translation>Retour aux appels</translation>
    </message>
    <message>
        <source>Call list</source>
        <translation>Liste d&apos;appels</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>Scroll the call list</source>
        <translation>Faire défiler la liste d&apos;appels</translation>
    </message>
    <message>
        <source>Scroll the columns</source>
        <translation>Faire défiler les colonnes</translation>
    </message>
    <message>
        <source>Call list: {name}</source>
        <translation>Liste d&apos;appels&#xa0;: {name}</translation>
    </message>
    <message>
        <source>All statuses ({n})</source>
        <translation>Tous les statuts ({n})</translation>
    </message>
    <message>
        <source>{n} contacts</source>
        <translation>{n} contacts</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Comptage…</translation>
    </message>
    <message>
        <source>1 contact</source>
        <translation>1 contact</translation>
    </message>
    <message>
        <source>loading rows…</source>
        <translation>chargement des lignes…</translation>
    </message>
</context>
<context>
    <name>CallTimer</name>
    <message>
        <source>Call timer</source>
        <translation>Durée de l&apos;appel</translation>
    </message>
</context>
<context>
    <name>CallbackEditor</name>
    <message>
        <source>Call back at (Alt+B)</source>
        <translation>Rappeler le (Alt+B)</translation>
    </message>
    <message>
        <source>Callback date and time, in the contact&apos;s time</source>
        <translation>Date et heure du rappel, à l&apos;heure de la personne</translation>
    </message>
    <message>
        <source>Choose “call back” as the result first</source>
        <translation>Choisissez d&apos;abord «&#xa0;rappel&#xa0;» comme résultat</translation>
    </message>
    <message>
        <source>their time, {zone}</source>
        <translation>leur heure, {zone}</translation>
    </message>
    <message>
        <source>your time (their time zone is unknown)</source>
        <translation>votre heure (leur fuseau est inconnu)</translation>
    </message>
</context>
<context>
    <name>CallingPage</name>
    <message>
        <source>Kept.</source>
        <translation>Conservé.</translation>
    </message>
    <message>
        <source>Choose a result first: keys 1–9 (F1–F9 while typing).</source>
        <translation>Choisissez d&apos;abord un résultat&#xa0;: touches 1–9 (F1–F9 pendant la saisie).</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Skipping…</source>
        <translation>On passe…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Your call was saved, but that contact&apos;s turn had run out and someone else now has them on their list.</source>
        <translation>Votre appel est enregistré, mais le tour de ce contact était passé et quelqu&apos;un d&apos;autre l&apos;a maintenant sur sa liste.</translation>
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
        <translation>Cet appel a un résultat, des réponses ou des notes non enregistrés. Enregistrez avec Ctrl+Entrée, ou appuyez de nouveau sur {key} pour les abandonner.</translation>
    </message>
    <message>
        <source>Nobody is left to call in {campaign} right now.</source>
        <translation>Plus personne à appeler dans {campaign} pour le moment.</translation>
    </message>
    <message>
        <source>No dialer answered the call link: dial the number by hand (Copy puts it on the clipboard).</source>
        <translation>Aucun logiciel d&apos;appel n&apos;a répondu&#xa0;: composez le numéro à la main (Copier le met dans le presse-papiers).</translation>
    </message>
</context>
<context>
    <name>CampaignPicker</name>
    <message>
        <source>Choose a campaign</source>
        <translation>Choisissez une campagne</translation>
    </message>
    <message>
        <source>Pick with the arrow keys and press Enter to start calling.</source>
        <translation>Choisissez avec les flèches et appuyez sur Entrée pour commencer les appels.</translation>
    </message>
    <message>
        <source>Your campaigns</source>
        <translation>Vos campagnes</translation>
    </message>
    <message>
        <source>Scroll the campaigns</source>
        <translation>Faire défiler les campagnes</translation>
    </message>
    <message>
        <source>Start calling (Enter)</source>
        <translation>Commencer les appels (Entrée)</translation>
    </message>
    <message>
        <source>Start calling</source>
        <translation>Commencer les appels</translation>
    </message>
    <message>
        <source>Call list (Ctrl+L)</source>
        <translation>Liste d&apos;appels (Ctrl+L)</translation>
    </message>
    <message>
        <source>Show the call list</source>
        <translation>Afficher la liste d&apos;appels</translation>
    </message>
    <message>
        <source>Refresh (F5)</source>
        <translation>Actualiser (F5)</translation>
    </message>
    <message>
        <source>Refresh the campaigns</source>
        <translation>Actualiser les campagnes</translation>
    </message>
    <message>
        <source>Loading your campaigns…</source>
        <translation>Chargement de vos campagnes…</translation>
    </message>
    <message>
        <source>{n} contacts left</source>
        <translation>encore {n} contacts</translation>
    </message>
    <message>
        <source>{n} callbacks due</source>
        <translation>{n} rappels à faire</translation>
    </message>
    <message>
        <source>You are not assigned to a campaign yet: please ask a shift lead.</source>
        <translation>Vous n&apos;êtes encore affecté·e à aucune campagne&#xa0;: demandez à votre responsable d&apos;équipe.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
</context>
<context>
    <name>CanvassLabels</name>
    <message>
        <source>Checked out</source>
        <translation>Emprunté</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expiré</translation>
    </message>
    <message>
        <source>Handed back</source>
        <translation>Rendu</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Clôturé</translation>
    </message>
    <message>
        <source>Door to door</source>
        <translation>Porte-à-porte</translation>
    </message>
    <message>
        <source>By phone</source>
        <translation>Par téléphone</translation>
    </message>
</context>
<context>
    <name>CanvassPage</name>
    <message>
        <source>Turf</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Jusqu&apos;au</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>Foyers</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Checkouts on this laptop</source>
        <translation>Secteurs sur cet ordinateur</translation>
    </message>
    <message>
        <source>Canvass status</source>
        <translation>État du porte-à-porte</translation>
    </message>
    <message>
        <source>Check &amp;out a turf…</source>
        <translation>&amp;Emprunter un secteur…</translation>
    </message>
    <message>
        <source>&amp;Work it</source>
        <translation>&amp;Travailler</translation>
    </message>
    <message>
        <source>&amp;Print walk sheets…</source>
        <translation>&amp;Imprimer les feuilles de route…</translation>
    </message>
    <message>
        <source>Save walk sheets as P&amp;DF…</source>
        <translation>Feuilles de route en P&amp;DF…</translation>
    </message>
    <message>
        <source>&amp;Key in paper sheets</source>
        <translation>&amp;Saisir les feuilles papier</translation>
    </message>
    <message>
        <source>E&amp;xtend…</source>
        <translation>&amp;Prolonger…</translation>
    </message>
    <message>
        <source>&amp;Hand back…</source>
        <translation>&amp;Rendre…</translation>
    </message>
    <message>
        <source>Check &amp;in</source>
        <translation>&amp;Clôturer</translation>
    </message>
    <message>
        <source>Canvassing</source>
        <translation>Porte-à-porte</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>The CRM connection cannot be used: {reason}</source>
        <translation>La connexion au CRM est inutilisable&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Checked out &apos;{name}&apos;: {h} households, {p} people until {until}.</source>
        <translation>«&#xa0;{name}&#xa0;» emprunté&#xa0;: {h} foyers, {p} personnes jusqu&apos;au {until}.</translation>
    </message>
    <message>
        <source>Offline: the CRM was not asked to hold these contacts for you; they are held on this laptop only.</source>
        <translation>Hors ligne&#xa0;: le CRM ne vous réserve pas ces contacts&#xa0;; ils ne sont réservés que sur cet ordinateur.</translation>
    </message>
    <message>
        <source>{n} others are held by someone else in the CRM.</source>
        <translation>{n} autres sont réservés par quelqu&apos;un d&apos;autre dans le CRM.</translation>
    </message>
    <message>
        <source>Extend the checkout</source>
        <translation>Prolonger l&apos;emprunt</translation>
    </message>
    <message>
        <source>Hours to add:</source>
        <translation>Heures à ajouter&#xa0;:</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; now runs until {until}.</source>
        <translation>«&#xa0;{name}&#xa0;» court maintenant jusqu&apos;au {until}.</translation>
    </message>
    <message>
        <source>Hand back &apos;{name}&apos;?</source>
        <translation>Rendre «&#xa0;{name}&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>Its contacts go back to the list now and it takes no more results. What was recorded stays and is synced with the next sync.</source>
        <translation>Ses contacts retournent dans la liste et il ne prend plus de résultats. Ce qui est saisi reste et part à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Hand back</source>
        <translation>Rendre</translation>
    </message>
    <message>
        <source>handed back</source>
        <translation>rendu</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; was {what}.</source>
        <translation>«&#xa0;{name}&#xa0;» a été {what}.</translation>
    </message>
    <message>
        <source>Checking in &apos;{name}&apos;: syncing…</source>
        <translation>Clôture de «&#xa0;{name}&#xa0;»&#xa0;: synchronisation…</translation>
    </message>
    <message>
        <source>checked in</source>
        <translation>clôturé</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is {state}: it can be read and printed, but takes no new results.</source>
        <translation>«&#xa0;{name}&#xa0;» est {state}&#xa0;: vous pouvez le lire et l&apos;imprimer, mais plus y saisir de résultats.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
</context>
<context>
    <name>CanvassStatusBar</name>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Checked-out turf</source>
        <translation>Secteur emprunté</translation>
    </message>
    <message>
        <source>Waiting to sync</source>
        <translation>En attente de synchronisation</translation>
    </message>
    <message>
        <source>● Online</source>
        <translation>● En ligne</translation>
    </message>
    <message>
        <source>The CRM answers.</source>
        <translation>Le CRM répond.</translation>
    </message>
    <message>
        <source>○ Offline (no CRM connected)</source>
        <translation>○ Hors ligne (aucun CRM connecté)</translation>
    </message>
    <message>
        <source>The CRM does not answer.</source>
        <translation>Le CRM ne répond pas.</translation>
    </message>
    <message>
        <source>Turf expired: check it in</source>
        <translation>Secteur expiré&#xa0;: clôturez-le</translation>
    </message>
    <message>
        <source>{n} to send</source>
        <translation>{n} à envoyer</translation>
    </message>
    <message>
        <source>○ Offline</source>
        <translation>○ Hors ligne</translation>
    </message>
    <message>
        <source>Turf &apos;{name}&apos; expired: check it in</source>
        <translation>Secteur «&#xa0;{name}&#xa0;» expiré&#xa0;: clôturez-le</translation>
    </message>
    <message>
        <source>Turf until {until}</source>
        <translation>Secteur jusqu&apos;à {until}</translation>
    </message>
    <message>
        <source>Turf &apos;{name}&apos; until {until}</source>
        <translation>Secteur «&#xa0;{name}&#xa0;» jusqu&apos;au {until}</translation>
    </message>
    <message>
        <source>{n} waiting to sync</source>
        <translation>{n} en attente de synchronisation</translation>
    </message>
    <message>
        <source>, {n} refused (review)</source>
        <translation>, {n} refusés (à revoir)</translation>
    </message>
</context>
<context>
    <name>CheckoutDialog</name>
    <message>
        <source>Check out a turf</source>
        <translation>Emprunter un secteur</translation>
    </message>
    <message>
        <source>List to cut the turf from</source>
        <translation>Liste d&apos;où vient le secteur</translation>
    </message>
    <message>
        <source>ZIP codes</source>
        <translation>Codes postaux</translation>
    </message>
    <message>
        <source>e.g. 60601, 60602 (empty: all)</source>
        <translation>p. ex. 60601, 60602 (vide&#xa0;: tous)</translation>
    </message>
    <message>
        <source>Streets (tick with Space; none: all)</source>
        <translation>Rues (cochez avec Espace&#xa0;; aucune&#xa0;: toutes)</translation>
    </message>
    <message>
        <source>Number of households (0: all)</source>
        <translation>Nombre de foyers (0&#xa0;: tous)</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>Hours until the checkout expires</source>
        <translation>Heures avant l&apos;expiration de l&apos;emprunt</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>How the turf is worked</source>
        <translation>Comment le secteur est travaillé</translation>
    </message>
    <message>
        <source>Name of the turf</source>
        <translation>Nom du secteur</translation>
    </message>
    <message>
        <source>e.g. Oak Street north</source>
        <translation>p. ex. rue des Chênes nord</translation>
    </message>
    <message>
        <source>Reading the list…</source>
        <translation>Lecture de la liste…</translation>
    </message>
    <message>
        <source>What the cut takes</source>
        <translation>Ce que contient le découpage</translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation>&amp;Liste</translation>
    </message>
    <message>
        <source>&amp;ZIP codes</source>
        <translation>Codes &amp;postaux</translation>
    </message>
    <message>
        <source>S&amp;treets</source>
        <translation>&amp;Rues</translation>
    </message>
    <message>
        <source>&amp;Households</source>
        <translation>&amp;Foyers</translation>
    </message>
    <message>
        <source>&amp;For</source>
        <translation>&amp;Durée</translation>
    </message>
    <message>
        <source>&amp;Mode</source>
        <translation>&amp;Mode</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>Check &amp;out</source>
        <translation>&amp;Emprunter</translation>
    </message>
    <message>
        <source>{campaign}: {list} ({n} open)</source>
        <translation>{campaign}&#xa0;: {list} ({n} ouverts)</translation>
    </message>
    <message>
        <source>No list has anyone open to canvass.</source>
        <translation>Aucune liste n&apos;a de porte encore ouverte.</translation>
    </message>
    <message>
        <source>Type a ZIP code to see its streets.</source>
        <translation>Saisissez un code postal pour voir ses rues.</translation>
    </message>
    <message>
        <source>{street} ({n})</source>
        <translation>{street} ({n})</translation>
    </message>
    <message>
        <source>Nobody open matches this cut. Widen it or pick another list.</source>
        <translation>Personne d&apos;ouvert ne correspond à ce découpage. Élargissez-le ou choisissez une autre liste.</translation>
    </message>
    <message>
        <source>{h} households, {p} people on {s} streets: {names}</source>
        <translation>{h} foyers, {p} personnes dans {s} rues&#xa0;: {names}</translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Reason (optional, kept in the audit log)</source>
        <translation>Motif (facultatif, gardé dans le journal)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>ConsoleLabels</name>
    <message>
        <source>Activated</source>
        <translation>Activé</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspendu</translation>
    </message>
    <message>
        <source>Reactivated</source>
        <translation>Réactivé</translation>
    </message>
    <message>
        <source>PIN reset</source>
        <translation>PIN réinitialisé</translation>
    </message>
    <message>
        <source>Role changed</source>
        <translation>Rôle modifié</translation>
    </message>
    <message>
        <source>Contacts imported</source>
        <translation>Contacts importés</translation>
    </message>
    <message>
        <source>Results exported</source>
        <translation>Résultats exportés</translation>
    </message>
    <message>
        <source>Contact erased</source>
        <translation>Contact effacé</translation>
    </message>
    <message>
        <source>Contact&apos;s data exported</source>
        <translation>Données d&apos;un contact exportées</translation>
    </message>
    <message>
        <source>Old data purged</source>
        <translation>Anciennes données supprimées</translation>
    </message>
    <message>
        <source>Sent to the CRM again</source>
        <translation>Renvoyé au CRM</translation>
    </message>
    <message>
        <source>Not sent to the CRM</source>
        <translation>Non envoyé au CRM</translation>
    </message>
    <message>
        <source>Kept the CRM&apos;s value</source>
        <translation>Valeur du CRM conservée</translation>
    </message>
    <message>
        <source>Sent our value</source>
        <translation>Notre valeur envoyée</translation>
    </message>
    <message>
        <source>Turf checked out</source>
        <translation>Secteur emprunté</translation>
    </message>
    <message>
        <source>Turf extended</source>
        <translation>Secteur prolongé</translation>
    </message>
    <message>
        <source>Turf handed back</source>
        <translation>Secteur rendu</translation>
    </message>
    <message>
        <source>Turf checked in</source>
        <translation>Secteur clôturé</translation>
    </message>
    <message>
        <source>Contact rate too high</source>
        <translation>Taux de contact trop élevé</translation>
    </message>
    <message>
        <source>Contact rate too low</source>
        <translation>Taux de contact trop bas</translation>
    </message>
    <message>
        <source>Many very short calls</source>
        <translation>Beaucoup d&apos;appels très courts</translation>
    </message>
    <message>
        <source>Same result every call</source>
        <translation>Toujours le même résultat</translation>
    </message>
</context>
<context>
    <name>ContactFields</name>
    <message>
        <source>CRM id</source>
        <translation>Identifiant CRM</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>Portable</translation>
    </message>
    <message>
        <source>Home phone</source>
        <translation>Téléphone domicile</translation>
    </message>
    <message>
        <source>Work phone</source>
        <translation>Téléphone travail</translation>
    </message>
    <message>
        <source>Other phone</source>
        <translation>Autre numéro</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Rue</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>ZIP / postal code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Do not call (yes/no)</source>
        <translation>Ne pas appeler (oui/non)</translation>
    </message>
    <message>
        <source>Numbers not to call</source>
        <translation>Numéros à ne pas appeler</translation>
    </message>
    <message>
        <source>No email (yes/no)</source>
        <translation>Pas de courriel (oui/non)</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>Année de naissance</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Polling place</source>
        <translation>Bureau de vote</translation>
    </message>
</context>
<context>
    <name>ContactHeader</name>
    <message>
        <source>On this call</source>
        <translation>Cet appel</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>say “{hint}”</source>
        <translation>dites «&#xa0;{hint}&#xa0;»</translation>
    </message>
    <message>
        <source>Callback</source>
        <translation>Rappel</translation>
    </message>
    <message>
        <source>Age {age}</source>
        <translation>{age} ans</translation>
    </message>
    <message>
        <source>Tried {n}× before</source>
        <translation>Déjà {n} essai(s)</translation>
    </message>
    <message>
        <source>calling hours {start}–{end}</source>
        <translation>heures d&apos;appel {start}–{end}</translation>
    </message>
    <message>
        <source>Their local time is unknown: check before calling ({window}).</source>
        <translation>Leur heure locale est inconnue&#xa0;: vérifiez avant d&apos;appeler ({window}).</translation>
    </message>
    <message>
        <source>{time} their time: inside {window}</source>
        <translation>{time} chez eux&#xa0;: dans les {window}</translation>
    </message>
    <message>
        <source>{time} their time: OUTSIDE {window}. Do not call now.</source>
        <translation>{time} chez eux&#xa0;: EN DEHORS des {window}. N&apos;appelez pas maintenant.</translation>
    </message>
</context>
<context>
    <name>ContactScreen</name>
    <message>
        <source>Save &amp;&amp; next (Ctrl+Enter)</source>
        <translation>Enregistrer &amp;&amp; suivant (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Save and next contact</source>
        <translation>Enregistrer et contact suivant</translation>
    </message>
    <message>
        <source>Skip (Alt+S)</source>
        <translation>Passer (Alt+S)</translation>
    </message>
    <message>
        <source>Skip this contact</source>
        <translation>Passer ce contact</translation>
    </message>
    <message>
        <source>End session (Alt+E)</source>
        <translation>Terminer (Alt+E)</translation>
    </message>
    <message>
        <source>End calling session</source>
        <translation>Terminer la session d&apos;appels</translation>
    </message>
    <message>
        <source>Keep this contact (Alt+K)</source>
        <translation>Garder ce contact (Alt+K)</translation>
    </message>
    <message>
        <source>Keep this contact</source>
        <translation>Garder ce contact</translation>
    </message>
    <message>
        <source>Scroll the contact</source>
        <translation>Faire défiler le contact</translation>
    </message>
    <message>
        <source>Scroll sideways</source>
        <translation>Défiler sur le côté</translation>
    </message>
    <message>
        <source>Your hold on this contact has run out: someone else may get them. Keep it?</source>
        <translation>Votre réservation de ce contact a expiré : quelqu&apos;un d&apos;autre peut l&apos;obtenir. Le garder ?</translation>
    </message>
    <message>
        <source>This contact is held for you for {n} more min; then someone else may get them.</source>
        <translation>Ce contact vous est réservé encore {n} min&#xa0;; ensuite quelqu&apos;un d&apos;autre pourra l&apos;obtenir.</translation>
    </message>
</context>
<context>
    <name>CoreMessages</name>
    <message>
        <source>Enter your volunteer code and your PIN.</source>
        <translation>Saisissez votre code et votre PIN.</translation>
    </message>
    <message>
        <source>That code and PIN do not match. Check them against your slip.</source>
        <translation>Ce code et ce PIN ne correspondent pas. Vérifiez-les sur votre fiche.</translation>
    </message>
    <message>
        <source>That code and PIN do not match. {left} try left before the code is locked.</source>
        <translation>Ce code et ce PIN ne correspondent pas. Encore {left} essai avant le blocage du code.</translation>
    </message>
    <message>
        <source>That code and PIN do not match. {left} tries left before the code is locked.</source>
        <translation>Ce code et ce PIN ne correspondent pas. Encore {left} essais avant le blocage du code.</translation>
    </message>
    <message>
        <source>Too many wrong PINs: this code is locked until {time}. A shift lead can reset your PIN.</source>
        <translation>Trop de PIN erronés&#xa0;: ce code est bloqué jusqu&apos;à {time}. Votre responsable d&apos;équipe peut réinitialiser votre PIN.</translation>
    </message>
    <message>
        <source>Your PIN is still being issued: try again in a moment, or ask a shift lead to reset it.</source>
        <translation>Votre PIN est en cours de création&#xa0;: réessayez dans un instant, ou demandez à votre responsable d&apos;équipe de le réinitialiser.</translation>
    </message>
    <message>
        <source>Your account is waiting to be activated: please see a shift lead.</source>
        <translation>Votre compte attend d&apos;être activé&#xa0;: voyez votre responsable d&apos;équipe.</translation>
    </message>
    <message>
        <source>Your account is suspended for now: please see a shift lead.</source>
        <translation>Votre compte est suspendu pour le moment&#xa0;: voyez votre responsable d&apos;équipe.</translation>
    </message>
    <message>
        <source>Your account has been deactivated: please ask a shift lead to reactivate it.</source>
        <translation>Votre compte a été désactivé&#xa0;: demandez à votre responsable d&apos;équipe de le réactiver.</translation>
    </message>
    <message>
        <source>This contact is no longer yours to call (the lease expired or was released).</source>
        <translation>Ce contact ne vous est plus réservé (la réservation a expiré ou a été libérée).</translation>
    </message>
    <message>
        <source>The campaign &apos;{name}&apos; is closed.</source>
        <translation>La campagne «&#xa0;{name}&#xa0;» est close.</translation>
    </message>
    <message>
        <source>You are not assigned to the campaign &apos;{name}&apos;. A shift lead can assign you.</source>
        <translation>Vous n&apos;êtes pas affecté·e à la campagne «&#xa0;{name}&#xa0;». Votre responsable d&apos;équipe peut vous y affecter.</translation>
    </message>
    <message>
        <source>Choose a date and time for the callback.</source>
        <translation>Choisissez une date et une heure de rappel.</translation>
    </message>
    <message>
        <source>The callback time is in the past; choose a later time.</source>
        <translation>L&apos;heure de rappel est passée&#xa0;; choisissez plus tard.</translation>
    </message>
    <message>
        <source>Sign-in refused.</source>
        <translation>Connexion refusée.</translation>
    </message>
    <message>
        <source>This contact&apos;s time zone is unknown (no ZIP code, state or local number), so no callback time can be checked against the calling hours.</source>
        <translation>Le fuseau horaire de ce contact est inconnu (pas de code postal, d&apos;État ni de numéro local)&#xa0;: aucune heure de rappel ne peut être vérifiée par rapport aux heures d&apos;appel.</translation>
    </message>
    <message>
        <source>The callback time {time} ({zone}) is outside the calling hours for this contact ({hours}).</source>
        <translation>Le rappel du {time} ({zone}) tombe en dehors des heures d&apos;appel de ce contact ({hours}).</translation>
    </message>
    <message>
        <source>The callback time {time} ({zone}) is outside the calling hours for this contact ({hours}). The next possible time is {next}.</source>
        <translation>Le rappel du {time} ({zone}) tombe en dehors des heures d&apos;appel de ce contact ({hours}). Prochaine heure possible&#xa0;: {next}.</translation>
    </message>
    <message>
        <source>The callback time {time} ({zone}) is outside the calling hours for this contact ({hours} in every zone they may be in).</source>
        <translation>Le rappel du {time} ({zone}) tombe en dehors des heures d&apos;appel de ce contact ({hours} dans chaque fuseau où il peut se trouver).</translation>
    </message>
    <message>
        <source>The callback time {time} ({zone}) is outside the calling hours for this contact ({hours} in every zone they may be in). The next possible time is {next}.</source>
        <translation>Le rappel du {time} ({zone}) tombe en dehors des heures d&apos;appel de ce contact ({hours} dans chaque fuseau où il peut se trouver). Prochaine heure possible&#xa0;: {next}.</translation>
    </message>
    <message>
        <source>no calls that day</source>
        <translation>pas d&apos;appels ce jour-là</translation>
    </message>
    <message>
        <source>Campaign {campaign_id} does not exist.</source>
        <translation>La campagne {campaign_id} n&apos;existe pas.</translation>
    </message>
    <message>
        <source>List entry {entry_id} does not exist.</source>
        <translation>L&apos;entrée de liste {entry_id} n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The CRM cannot be reached. Check in again when the laptop is online; nothing was changed.</source>
        <translation>Le CRM est injoignable. Clôturez à nouveau quand l&apos;ordinateur sera en ligne&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>No CRM is connected on this laptop, so the results cannot be synced. Hand the turf back to free its contacts here; the results wait in the outbox.</source>
        <translation>Aucun CRM n&apos;est connecté sur cet ordinateur&#xa0;: les résultats ne peuvent pas être synchronisés. Rendez le secteur pour libérer ses contacts ici&#xa0;; les résultats attendent dans la file d&apos;envoi.</translation>
    </message>
    <message>
        <source>Call list {list_id} does not exist.</source>
        <translation>La liste d&apos;appels {list_id} n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Check a turf out for between half an hour and {number} days.</source>
        <translation>Empruntez un secteur pour une durée d&apos;une demi-heure à {number} jours.</translation>
    </message>
    <message>
        <source>A checkout can run for at most {number} days.</source>
        <translation>Un emprunt peut durer au plus {number} jours.</translation>
    </message>
    <message>
        <source>Checkout {checkout_id} does not exist.</source>
        <translation>L&apos;emprunt {checkout_id} n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The checkout &apos;{name}&apos; has already ended.</source>
        <translation>L&apos;emprunt «&#xa0;{name}&#xa0;» est déjà terminé.</translation>
    </message>
    <message>
        <source>The checkout &apos;{name}&apos; was handed back or checked in; it takes no new work.</source>
        <translation>L&apos;emprunt «&#xa0;{name}&#xa0;» a été rendu ou clôturé&#xa0;; il n&apos;accepte plus de travail.</translation>
    </message>
    <message>
        <source>The checkout &apos;{name}&apos; has expired: its contacts can be read but take no new results. Check it in to sync what it holds.</source>
        <translation>L&apos;emprunt «&#xa0;{name}&#xa0;» a expiré&#xa0;: ses contacts restent lisibles mais n&apos;acceptent plus de résultats. Clôturez-le pour synchroniser ce qu&apos;il contient.</translation>
    </message>
    <message>
        <source>Nobody open on this list matches the cut (they may be done, leased to someone, or in another checkout). Widen the cut or pick another list.</source>
        <translation>Personne d&apos;ouvert sur cette liste ne correspond à la découpe (déjà traité, attribué à quelqu&apos;un ou dans un autre emprunt). Élargissez la découpe ou choisissez une autre liste.</translation>
    </message>
    <message>
        <source>&apos;{mode}&apos; is not a canvass mode (phone or door).</source>
        <translation>«&#xa0;{mode}&#xa0;» n&apos;est pas un mode de porte-à-porte (téléphone ou porte).</translation>
    </message>
    <message>
        <source>Only a shift lead or an admin can check in a checkout.</source>
        <translation>Seul un responsable d&apos;équipe ou un administrateur peut clôturer un emprunt.</translation>
    </message>
    <message>
        <source>Only a shift lead or an admin can check out a turf.</source>
        <translation>Seul un responsable d&apos;équipe ou un administrateur peut emprunter un secteur.</translation>
    </message>
    <message>
        <source>Only a shift lead or an admin can extend a checkout.</source>
        <translation>Seul un responsable d&apos;équipe ou un administrateur peut prolonger un emprunt.</translation>
    </message>
    <message>
        <source>Only a shift lead or an admin can hand back a checkout.</source>
        <translation>Seul un responsable d&apos;équipe ou un administrateur peut rendre un emprunt.</translation>
    </message>
    <message>
        <source>Results of &apos;{name}&apos; have not reached the CRM yet ({waiting} waiting). Connect and sync, then check in again; nothing was released.</source>
        <translation>Les résultats de «&#xa0;{name}&#xa0;» ne sont pas encore dans le CRM ({waiting} en attente). Connectez-vous et synchronisez, puis clôturez à nouveau&#xa0;; rien n&apos;a été libéré.</translation>
    </message>
    <message>
        <source>Choose a result: 1–{count}.</source>
        <translation>Choisissez un résultat&#xa0;: 1–{count}.</translation>
    </message>
    <message>
        <source>This campaign has no script.</source>
        <translation>Cette campagne n&apos;a pas de script.</translation>
    </message>
    <message>
        <source>&apos;{typed}&apos; is not a result: use 1–{count}.</source>
        <translation>«&#xa0;{typed}&#xa0;» n&apos;est pas un résultat&#xa0;: utilisez 1–{count}.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not an answer here: use 1–{count}.</source>
        <translation>«&#xa0;{value}&#xa0;» n&apos;est pas une réponse ici&#xa0;: utilisez 1–{count}.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not an answer here: this question takes text.</source>
        <translation>«&#xa0;{value}&#xa0;» n&apos;est pas une réponse ici&#xa0;: cette question attend un texte.</translation>
    </message>
    <message>
        <source>The script does not come to this question after the answer to &apos;{prompt}&apos;; leave it blank.</source>
        <translation>Après la réponse à «&#xa0;{prompt}&#xa0;», le script n&apos;arrive pas à cette question&#xa0;; laissez-la vide.</translation>
    </message>
    <message>
        <source>Nothing to save: type at least one result.</source>
        <translation>Rien à enregistrer&#xa0;: saisissez au moins un résultat.</translation>
    </message>
    <message>
        <source>Nothing from this sheet was saved: row {row}: {problem}{more}</source>
        <translation>Rien de cette feuille n&apos;a été enregistré&#xa0;: ligne {row}&#xa0;: {problem}{more}</translation>
    </message>
    <message>
        <source>This person is not in the turf.</source>
        <translation>Cette personne n&apos;est pas dans le secteur.</translation>
    </message>
    <message>
        <source>This person is on the sheet twice.</source>
        <translation>Cette personne figure deux fois sur la feuille.</translation>
    </message>
    <message>
        <source>This question is not in the script.</source>
        <translation>Cette question n&apos;est pas dans le script.</translation>
    </message>
    <message>
        <source>The visit time is in the future; check the sheet&apos;s date.</source>
        <translation>La visite est dans le futur&#xa0;; vérifiez la date de la feuille.</translation>
    </message>
    <message>
        <source>List entry {entry_id} is not in the turf of &apos;{name}&apos;.</source>
        <translation>L&apos;entrée de liste {entry_id} n&apos;est pas dans le secteur de «&#xa0;{name}&#xa0;».</translation>
    </message>
    <message>
        <source>&apos;{source}&apos; is not a way results are taken.</source>
        <translation>«&#xa0;{source}&#xa0;» n&apos;est pas une façon de saisir les résultats.</translation>
    </message>
    <message>
        <source>Take at least one household.</source>
        <translation>Prenez au moins un foyer.</translation>
    </message>
    <message>
        <source>The campaign of &apos;{name}&apos; has no door results.</source>
        <translation>La campagne de «&#xa0;{name}&#xa0;» n&apos;a pas de résultats de porte-à-porte.</translation>
    </message>
    <message>
        <source> (and {count} more)</source>
        <translation> (et {count} de plus)</translation>
    </message>
    <message>
        <source>Conflict {conflict_id} is not open.</source>
        <translation>Le conflit {conflict_id} n&apos;est pas ouvert.</translation>
    </message>
    <message>
        <source>Contact {contact_id} does not exist.</source>
        <translation>Le contact {contact_id} n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The {field} is longer than {limit}.</source>
        <translation>Le champ «&#xa0;{field}&#xa0;» dépasse {limit} caractères.</translation>
    </message>
    <message>
        <source>{field} was edited here after this conflict; that newer edit is kept. Keep the CRM&apos;s value to close this conflict.</source>
        <translation>{field} a été modifié ici après ce conflit&#xa0;; cette modification plus récente est conservée. Gardez la valeur du CRM pour clore ce conflit.</translation>
    </message>
    <message>
        <source>Only a contact detail can be re-sent; the other rules decide by themselves.</source>
        <translation>Seule une donnée de contact peut être renvoyée&#xa0;; les autres règles décident d&apos;elles-mêmes.</translation>
    </message>
    <message>
        <source>These contact fields cannot be edited: {items}.</source>
        <translation>Ces champs de contact ne sont pas modifiables&#xa0;: {items}.</translation>
    </message>
    <message>
        <source>Cannot write the rejects file {path}: {strerror}. Choose another place for it.</source>
        <translation>Impossible d&apos;écrire le fichier des lignes rejetées {path}&#xa0;: {strerror}. Choisissez un autre emplacement.</translation>
    </message>
    <message>
        <source>The import of {name} was cancelled; nothing was imported.</source>
        <translation>L&apos;import de {name} a été annulé&#xa0;; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>&apos;{region}&apos; is not a region code like US, DE or FR.</source>
        <translation>«&#xa0;{region}&#xa0;» n&apos;est pas un code de région comme US, DE ou FR.</translation>
    </message>
    <message>
        <source>Cannot read the mapping {path}: {strerror}.</source>
        <translation>Impossible de lire la correspondance {path}&#xa0;: {strerror}.</translation>
    </message>
    <message>
        <source>The mapping {name} names the column &apos;{name2}&apos;, which the file does not have.</source>
        <translation>La correspondance {name} cite la colonne «&#xa0;{name2}&#xa0;», absente du fichier.</translation>
    </message>
    <message>
        <source>The mapping {name} needs a &apos;columns&apos; object of column name to field name.</source>
        <translation>La correspondance {name} doit contenir un objet «&#xa0;columns&#xa0;» associant nom de colonne et nom de champ.</translation>
    </message>
    <message>
        <source>The mapping {name} is not JSON ({exc}).</source>
        <translation>La correspondance {name} n&apos;est pas du JSON ({exc}).</translation>
    </message>
    <message>
        <source>The mapping&apos;s delimiter must be &apos;,&apos;, &apos;;&apos; or a tab.</source>
        <translation>Le séparateur de la correspondance doit être «&#xa0;,&#xa0;», «&#xa0;;&#xa0;» ou une tabulation.</translation>
    </message>
    <message>
        <source>No column holds a name: map one to First name, Last name or Full name.</source>
        <translation>Aucune colonne ne contient de nom&#xa0;: associez-en une à Prénom, Nom ou Nom complet.</translation>
    </message>
    <message>
        <source>No column holds a phone number: map one to a phone field.</source>
        <translation>Aucune colonne ne contient de numéro de téléphone&#xa0;: associez-en une à un champ téléphone.</translation>
    </message>
    <message>
        <source>&apos;{target}&apos; is not a field a contact has.</source>
        <translation>«&#xa0;{target}&#xa0;» n&apos;est pas un champ de contact.</translation>
    </message>
    <message>
        <source>Two columns (&apos;{header}&apos; and &apos;{header2}&apos;) are both mapped to {targets}; choose one.</source>
        <translation>Deux colonnes («&#xa0;{header}&#xa0;» et «&#xa0;{header2}&#xa0;») sont associées à {targets}&#xa0;; choisissez-en une.</translation>
    </message>
    <message>
        <source>longer than {limit} characters</source>
        <translation>plus de {limit} caractères</translation>
    </message>
    <message>
        <source>no name is given</source>
        <translation>aucun nom n&apos;est indiqué</translation>
    </message>
    <message>
        <source>no phone number to call</source>
        <translation>aucun numéro à appeler</translation>
    </message>
    <message>
        <source>its time zone cannot be found (no US ZIP code, no state and no local number), so it could never be called in its calling hours</source>
        <translation>son fuseau horaire est introuvable (pas de code postal américain, pas d&apos;État, pas de numéro local)&#xa0;: ce contact ne pourrait jamais être appelé pendant ses heures d&apos;appel</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a country this app knows</source>
        <translation>«&#xa0;{value}&#xa0;» n&apos;est pas un pays connu de l&apos;application</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a whole number from {low} to {high}</source>
        <translation>«&#xa0;{value}&#xa0;» n&apos;est pas un nombre entier de {low} à {high}</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a valid phone number (region {region})</source>
        <translation>«&#xa0;{value}&#xa0;» n&apos;est pas un numéro de téléphone valide (région {region})</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a US ZIP code</source>
        <translation>«&#xa0;{value}&#xa0;» n&apos;est pas un code postal américain</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not an email address</source>
        <translation>«&#xa0;{value}&#xa0;» n&apos;est pas une adresse e-mail</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is neither yes nor no</source>
        <translation>«&#xa0;{value}&#xa0;» n&apos;est ni oui ni non</translation>
    </message>
    <message>
        <source>a quote opened here is never closed, so the rest of the file ran into this cell; close the quote and import again</source>
        <translation>un guillemet ouvert ici n&apos;est jamais fermé&#xa0;: le reste du fichier s&apos;est retrouvé dans cette cellule&#xa0;; fermez-le et importez à nouveau</translation>
    </message>
    <message>
        <source>Cannot read {path}: {strerror}.</source>
        <translation>Impossible de lire {path}&#xa0;: {strerror}.</translation>
    </message>
    <message>
        <source>{name} cannot be read after line {row_end}: {exc}. Check for a quote that is never closed.</source>
        <translation>Impossible de lire {name} après la ligne {row_end}&#xa0;: {exc}. Vérifiez qu&apos;aucun guillemet ne reste ouvert.</translation>
    </message>
    <message>
        <source>The delimiter must be a comma, a semicolon or a tab.</source>
        <translation>Le séparateur doit être une virgule, un point-virgule ou une tabulation.</translation>
    </message>
    <message>
        <source>{name} is empty: it has no header line.</source>
        <translation>{name} est vide&#xa0;: il n&apos;a pas de ligne d&apos;en-tête.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a CSV file.</source>
        <translation>{path} est un dossier, pas un fichier CSV.</translation>
    </message>
    <message>
        <source>{name} is not {upper} after line {row_end}; choose its encoding by hand.</source>
        <translation>{name} n&apos;est plus en {upper} après la ligne {row_end}&#xa0;; choisissez son encodage vous-même.</translation>
    </message>
    <message>
        <source>{name} is not {upper}; choose its encoding by hand.</source>
        <translation>{name} n&apos;est pas en {upper}&#xa0;; choisissez son encodage vous-même.</translation>
    </message>
    <message>
        <source>{name} is not a CSV file ({exc}).</source>
        <translation>{name} n&apos;est pas un fichier CSV ({exc}).</translation>
    </message>
    <message>
        <source>&apos;{encoding}&apos; is not an encoding this app knows.</source>
        <translation>«&#xa0;{encoding}&#xa0;» n&apos;est pas un encodage connu de l&apos;application.</translation>
    </message>
    <message>
        <source>{source} is not a text file; save the list as CSV (comma or semicolon separated).</source>
        <translation>{source} n&apos;est pas un fichier texte&#xa0;; enregistrez la liste en CSV (séparée par des virgules ou des points-virgules).</translation>
    </message>
    <message>
        <source>{source} says it is {upper} but is not.</source>
        <translation>{source} se dit en {upper} mais ne l&apos;est pas.</translation>
    </message>
    <message>
        <source>{path} cannot be opened as a call-center database ({reason}). Nothing was changed.</source>
        <translation>{path} ne peut pas être ouvert comme base du centre d&apos;appels ({reason}). Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a database file.</source>
        <translation>{path} est un dossier, pas un fichier de base de données.</translation>
    </message>
    <message>
        <source>{path} is locked by another program or app instance that is writing to it. Close the other instance or wait a moment, then try again.</source>
        <translation>{path} est verrouillé par un autre programme ou une autre instance de l&apos;application qui y écrit. Fermez l&apos;autre instance ou patientez un instant, puis réessayez.</translation>
    </message>
    <message>
        <source>{path} is not a call-center database (it is not an SQLite file). Nothing was changed; pass another file with --db.</source>
        <translation>{path} n&apos;est pas une base du centre d&apos;appels (ce n&apos;est pas un fichier SQLite). Rien n&apos;a été modifié&#xa0;; indiquez un autre fichier avec --db.</translation>
    </message>
    <message>
        <source>{name} is {status}, not active, and cannot make calls.</source>
        <translation>{name} est {status}, pas actif, et ne peut pas passer d&apos;appels.</translation>
    </message>
    <message>
        <source>Volunteer {volunteer_id} does not exist.</source>
        <translation>Le bénévole {volunteer_id} n&apos;existe pas.</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of this app (schema {current}). Install the newer version to open it; nothing was changed.</source>
        <translation>{path} a été écrit par une version plus récente de l&apos;application (schéma {current}). Installez cette version pour l&apos;ouvrir&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>&apos;{status}&apos; is not a review filter; use one of {items}.</source>
        <translation>« {status} » n&apos;est pas un filtre de la liste à examiner&#xa0;; utilisez l&apos;un de {items}.</translation>
    </message>
    <message>
        <source>Outbox rows {items} are not waiting for review.</source>
        <translation>Les lignes {items} de la file d&apos;envoi n&apos;attendent pas de vérification.</translation>
    </message>
    <message>
        <source>Phone {phone_id} does not exist.</source>
        <translation>Le numéro {phone_id} n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Contact {contact_id} was erased already.</source>
        <translation>Le contact {contact_id} a déjà été effacé.</translation>
    </message>
    <message>
        <source>&apos;{request}&apos; is not a request; use erase or opt_out.</source>
        <translation>«&#xa0;{request}&#xa0;» n&apos;est pas une demande&#xa0;; utilisez erase ou opt_out.</translation>
    </message>
    <message>
        <source>Only an admin can erase a person or export their data.</source>
        <translation>Seul un administrateur peut effacer une personne ou exporter ses données.</translation>
    </message>
    <message>
        <source>Answer {answer_id} does not belong to question &apos;{key}&apos;.</source>
        <translation>La réponse {answer_id} n&apos;appartient pas à la question «&#xa0;{key}&#xa0;».</translation>
    </message>
    <message>
        <source>The call ends before it starts; check the call timer.</source>
        <translation>L&apos;appel finit avant de commencer&#xa0;; vérifiez la durée de l&apos;appel.</translation>
    </message>
    <message>
        <source>The callback time needs a time zone.</source>
        <translation>L&apos;heure de rappel doit avoir un fuseau horaire.</translation>
    </message>
    <message>
        <source>The campaign &apos;{campaign_name}&apos; has no script to answer.</source>
        <translation>La campagne «&#xa0;{campaign_name}&#xa0;» n&apos;a pas de script à remplir.</translation>
    </message>
    <message>
        <source>List entry {entry_id} does not exist or its campaign has no callback result.</source>
        <translation>L&apos;entrée de liste {entry_id} n&apos;existe pas ou sa campagne n&apos;a pas de résultat de rappel.</translation>
    </message>
    <message>
        <source>Phone {phone_id} is not one of this contact&apos;s numbers.</source>
        <translation>Le numéro {phone_id} n&apos;est pas un numéro de ce contact.</translation>
    </message>
    <message>
        <source>Question &apos;{key}&apos; is answered twice.</source>
        <translation>La question «&#xa0;{key}&#xa0;» a deux réponses.</translation>
    </message>
    <message>
        <source>Question &apos;{key}&apos; needs one of its answers.</source>
        <translation>La question «&#xa0;{key}&#xa0;» attend l&apos;une de ses réponses.</translation>
    </message>
    <message>
        <source>Question {question_id} is not in this campaign&apos;s script.</source>
        <translation>La question {question_id} n&apos;est pas dans le script de cette campagne.</translation>
    </message>
    <message>
        <source>Result code {result_code_id} is not one of the campaign &apos;{campaign_name}&apos;.</source>
        <translation>Le résultat {result_code_id} n&apos;appartient pas à la campagne «&#xa0;{campaign_name}&#xa0;».</translation>
    </message>
    <message>
        <source>Keep personal data for at least one day.</source>
        <translation>Conservez les données personnelles au moins un jour.</translation>
    </message>
    <message>
        <source>{rate}% contacts on {calls} calls (room: {room}%)</source>
        <translation>{rate}&#xa0;% de contacts sur {calls} appels (salle&#xa0;: {room}&#xa0;%)</translation>
    </message>
    <message>
        <source>all {calls} calls recorded as {code}</source>
        <translation>les {calls} appels enregistrés comme {code}</translation>
    </message>
    <message>
        <source>{short} of {calls} calls under {seconds} s</source>
        <translation>{short} appels sur {calls} de moins de {seconds} s</translation>
    </message>
    <message>
        <source>The device sign-in failed ({exc}); try again.</source>
        <translation>La connexion par appareil a échoué ({exc})&#xa0;; réessayez.</translation>
    </message>
    <message>
        <source>The keyring backend {name} keeps secrets in a plain file; the Salesforce sign-in needs the OS keyring. Choose another backend (see &apos;keyring --list&apos;).</source>
        <translation>Le trousseau {name} garde les secrets dans un simple fichier&#xa0;; la connexion Salesforce exige le trousseau du système. Choisissez-en un autre (voir &apos;keyring --list&apos;).</translation>
    </message>
    <message>
        <source>No answer came back from the browser in time; run &apos;callcenter crm connect&apos; again.</source>
        <translation>Le navigateur n&apos;a pas répondu à temps&#xa0;; relancez &apos;callcenter crm connect&apos;.</translation>
    </message>
    <message>
        <source>No OS keyring is available to keep the Salesforce sign-in safely, and this app never stores it in a file. Install and unlock one (GNOME Keyring or KWallet on Linux; macOS and Windows have one built in), then run &apos;callcenter crm connect&apos;.</source>
        <translation>Aucun trousseau système n&apos;est disponible pour garder la connexion Salesforce en sûreté, et l&apos;application ne l&apos;enregistre jamais dans un fichier. Installez et déverrouillez-en un (GNOME Keyring ou KWallet sous Linux&#xa0;; macOS et Windows en ont un intégré), puis lancez &apos;callcenter crm connect&apos;.</translation>
    </message>
    <message>
        <source>Nobody approved the code in time; run the command again.</source>
        <translation>Personne n&apos;a approuvé le code à temps&#xa0;; relancez la commande.</translation>
    </message>
    <message>
        <source>The OS keyring could not be changed ({exc}).</source>
        <translation>Le trousseau système n&apos;a pas pu être modifié ({exc}).</translation>
    </message>
    <message>
        <source>The OS keyring could not be read ({exc}).</source>
        <translation>Le trousseau système n&apos;a pas pu être lu ({exc}).</translation>
    </message>
    <message>
        <source>The OS keyring refused to store the Salesforce sign-in ({exc}).</source>
        <translation>Le trousseau système a refusé d&apos;enregistrer la connexion Salesforce ({exc}).</translation>
    </message>
    <message>
        <source>Port {port} on this computer is busy, so the browser cannot hand the sign-in back. Close the program using it or pass another --redirect-port.</source>
        <translation>Le port {port} de cet ordinateur est occupé&#xa0;: le navigateur ne peut pas rendre la connexion. Fermez le programme qui l&apos;utilise ou indiquez un autre --redirect-port.</translation>
    </message>
    <message>
        <source>Salesforce did not grant access ({reason}).</source>
        <translation>Salesforce n&apos;a pas accordé l&apos;accès ({reason}).</translation>
    </message>
    <message>
        <source>Salesforce no longer accepts this workstation&apos;s sign-in (it was revoked or has expired). Run &apos;callcenter crm connect&apos; again.</source>
        <translation>Salesforce n&apos;accepte plus la connexion de ce poste (révoquée ou expirée). Relancez &apos;callcenter crm connect&apos;.</translation>
    </message>
    <message>
        <source>Salesforce refused the sign-in ({exc}).</source>
        <translation>Salesforce a refusé la connexion ({exc}).</translation>
    </message>
    <message>
        <source>Salesforce&apos;s sign-in service at {login_url} cannot be reached ({name}). Check the network and try again.</source>
        <translation>Le service de connexion Salesforce à {login_url} est injoignable ({name}). Vérifiez le réseau et réessayez.</translation>
    </message>
    <message>
        <source>Salesforce&apos;s sign-in service gave an unexpected answer.</source>
        <translation>Le service de connexion Salesforce a donné une réponse inattendue.</translation>
    </message>
    <message>
        <source>The Salesforce session expired; run &apos;callcenter crm connect&apos;.</source>
        <translation>La session Salesforce a expiré&#xa0;; lancez &apos;callcenter crm connect&apos;.</translation>
    </message>
    <message>
        <source>The sign-in answer did not match this request; try again.</source>
        <translation>La réponse de connexion ne correspond pas à cette demande&#xa0;; réessayez.</translation>
    </message>
    <message>
        <source>The sign-in page returned no authorization code; try again.</source>
        <translation>La page de connexion n&apos;a renvoyé aucun code d&apos;autorisation&#xa0;; réessayez.</translation>
    </message>
    <message>
        <source>The sign-in was refused in the browser.</source>
        <translation>La connexion a été refusée dans le navigateur.</translation>
    </message>
    <message>
        <source>Signing in failed: {exc}. Try again.</source>
        <translation>La connexion a échoué&#xa0;: {exc}. Réessayez.</translation>
    </message>
    <message>
        <source>This workstation is not connected to Salesforce at {instance_url}. Run &apos;callcenter crm connect&apos; first.</source>
        <translation>Ce poste n&apos;est pas connecté à Salesforce à {instance_url}. Lancez d&apos;abord &apos;callcenter crm connect&apos;.</translation>
    </message>
    <message>
        <source>Salesforce&apos;s answer arrived incomplete</source>
        <translation>la réponse de Salesforce est arrivée incomplète</translation>
    </message>
    <message>
        <source>the connection failed or was cut</source>
        <translation>la connexion a échoué ou a été coupée</translation>
    </message>
    <message>
        <source>the network timed out</source>
        <translation>le réseau a mis trop de temps</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>pas de réponse</translation>
    </message>
    <message>
        <source>&apos;{url}&apos; is not a web address (it should start with https://).</source>
        <translation>«&#xa0;{url}&#xa0;» n&apos;est pas une adresse web (elle doit commencer par https://).</translation>
    </message>
    <message>
        <source>This org has used {used} of its {limit} daily API requests; the sync stopped early to leave the rest for the org&apos;s other tools. Nothing was lost.</source>
        <translation>Cette organisation a utilisé {used} de ses {limit} requêtes API quotidiennes&#xa0;; la synchronisation s&apos;est arrêtée tôt pour laisser le reste à ses autres outils. Rien n&apos;a été perdu.</translation>
    </message>
    <message>
        <source>Salesforce was busy ({code})</source>
        <translation>Salesforce était surchargé ({code})</translation>
    </message>
    <message>
        <source>Salesforce could not be reached properly ({problem}). Nothing was lost; the sync will pick up where it stopped. Check the network and try again.</source>
        <translation>Salesforce n&apos;a pas pu être joint correctement ({problem}). Rien n&apos;a été perdu&#xa0;; la synchronisation reprendra là où elle s&apos;est arrêtée. Vérifiez le réseau et réessayez.</translation>
    </message>
    <message>
        <source>Salesforce refused this workstation&apos;s session even after renewing it. Run &apos;callcenter crm connect&apos; again.</source>
        <translation>Salesforce a refusé la session de ce poste même après son renouvellement. Relancez &apos;callcenter crm connect&apos;.</translation>
    </message>
    <message>
        <source>Salesforce&apos;s daily API limit for this org is used up; the sync stopped and nothing was lost. It will work again when the limit resets (within 24 hours), or ask the CRM admin to raise it.</source>
        <translation>La limite API quotidienne de Salesforce pour cette organisation est atteinte&#xa0;; la synchronisation s&apos;est arrêtée et rien n&apos;a été perdu. Elle refonctionnera quand la limite sera remise à zéro (sous 24 heures), ou demandez à l&apos;administrateur du CRM de la relever.</translation>
    </message>
    <message>
        <source>&apos;{url}&apos; uses plain http; Salesforce needs https:// (plain http is only allowed for a test server on this computer).</source>
        <translation>«&#xa0;{url}&#xa0;» utilise http simple&#xa0;; Salesforce exige https:// (http simple n&apos;est permis que pour un serveur de test sur cet ordinateur).</translation>
    </message>
    <message>
        <source>the network answered with a web page instead of Salesforce (a Wi-Fi sign-in page or a proxy?)</source>
        <translation>le réseau a répondu par une page web au lieu de Salesforce (une page de connexion Wi-Fi ou un proxy&#xa0;?)</translation>
    </message>
    <message>
        <source>The contact is not in Salesforce (it has no Salesforce id here), so this cannot be sent. Sync again after the contact exists in Salesforce, then retry.</source>
        <translation>Le contact n&apos;est pas dans Salesforce (il n&apos;a pas d&apos;identifiant Salesforce ici)&#xa0;: ceci ne peut pas être envoyé. Synchronisez à nouveau quand le contact existera dans Salesforce, puis réessayez.</translation>
    </message>
    <message>
        <source>This app does not know how to send &apos;{kind}&apos; rows to Salesforce.</source>
        <translation>L&apos;application ne sait pas envoyer les lignes «&#xa0;{kind}&#xa0;» à Salesforce.</translation>
    </message>
    <message>
        <source>The app speaks {items}, not &apos;{language}&apos;.</source>
        <translation>L&apos;application parle {items}, pas «&#xa0;{language}&#xa0;».</translation>
    </message>
    <message>
        <source>Dialing works with tel or sip, not &apos;{scheme}&apos;.</source>
        <translation>La numérotation fonctionne avec tel ou sip, pas «&#xa0;{scheme}&#xa0;».</translation>
    </message>
    <message>
        <source>There is no &apos;{theme}&apos; theme; try {items}.</source>
        <translation>Il n&apos;y a pas de thème «&#xa0;{theme}&#xa0;»&#xa0;; essayez {items}.</translation>
    </message>
    <message>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>suspended</source>
        <translation>suspendu</translation>
    </message>
    <message>
        <source>Only an active shift lead or admin can decide what is sent to the CRM.</source>
        <translation>Seuls les responsables d&apos;équipe et admins actifs peuvent décider de ce qui est envoyé au CRM.</translation>
    </message>
    <message>
        <source>The CRM refused a read the sync needs ({code}: {message}). Nothing was lost; ask your CRM admin to look at it.</source>
        <translation>Le CRM a refusé une lecture dont la synchronisation a besoin ({code}&#xa0;: {message}). Rien n&apos;a été perdu&#xa0;; demandez à l&apos;administrateur du CRM de vérifier.</translation>
    </message>
    <message>
        <source>The sync stopped because the app was closing; it goes on from there next time.</source>
        <translation>La synchronisation s&apos;est arrêtée à la fermeture de l&apos;application&#xa0;; elle reprendra là où elle s&apos;est arrêtée.</translation>
    </message>
    <message>
        <source>This workstation is not connected to a CRM. Run &apos;callcenter crm connect --instance https://YOUR-ORG.my.salesforce.com&apos; first.</source>
        <translation>Ce poste n&apos;est connecté à aucun CRM. Lancez d&apos;abord &apos;callcenter crm connect --instance https://YOUR-ORG.my.salesforce.com&apos;.</translation>
    </message>
    <message>
        <source>No volunteer has the code or id &apos;{ref}&apos;.</source>
        <translation>Aucun bénévole n&apos;a le code ou l&apos;identifiant «&#xa0;{ref}&#xa0;».</translation>
    </message>
    <message>
        <source>Unknown role &apos;{role}&apos;; use one of: {items}.</source>
        <translation>Rôle inconnu «&#xa0;{role}&#xa0;»&#xa0;; utilisez l&apos;un de&#xa0;: {items}.</translation>
    </message>
    <message>
        <source>Unknown status &apos;{status}&apos;; use one of: {items}.</source>
        <translation>Statut inconnu «&#xa0;{status}&#xa0;»&#xa0;; utilisez l&apos;un de&#xa0;: {items}.</translation>
    </message>
    <message>
        <source>{source} cannot be read after line {line_num}: {exc}.</source>
        <translation>Impossible de lire {source} après la ligne {line_num}&#xa0;: {exc}.</translation>
    </message>
    <message>
        <source>a volunteer with the email {email} is already registered</source>
        <translation>un bénévole avec l&apos;e-mail {email} est déjà inscrit</translation>
    </message>
    <message>
        <source>{source} is empty.</source>
        <translation>{source} est vide.</translation>
    </message>
    <message>
        <source>{source} has no first and last name columns (columns found: {shown}). Name them e.g. &apos;First name&apos; and &apos;Last name&apos;.</source>
        <translation>{source} n&apos;a pas de colonnes prénom et nom (colonnes trouvées&#xa0;: {shown}). Nommez-les par exemple «&#xa0;First name&#xa0;» et «&#xa0;Last name&#xa0;».</translation>
    </message>
    <message>
        <source>{name} is {number} MB: too big for a volunteer list.</source>
        <translation>{name} fait {number} Mo&#xa0;: trop gros pour une liste de bénévoles.</translation>
    </message>
    <message>
        <source>a name is longer than {limit} characters</source>
        <translation>un nom dépasse {limit} caractères</translation>
    </message>
    <message>
        <source>a first and a last name are needed</source>
        <translation>un prénom et un nom sont nécessaires</translation>
    </message>
    <message>
        <source>&apos;{word}&apos; is not a language code like en, de or fr</source>
        <translation>«&#xa0;{word}&#xa0;» n&apos;est pas un code de langue comme en, de ou fr</translation>
    </message>
    <message>
        <source>&apos;{phone}&apos; is not a phone number</source>
        <translation>«&#xa0;{phone}&#xa0;» n&apos;est pas un numéro de téléphone</translation>
    </message>
    <message>
        <source>&apos;{email}&apos; is not an email address</source>
        <translation>«&#xa0;{email}&#xa0;» n&apos;est pas une adresse e-mail</translation>
    </message>
    <message>
        <source>{source} is not a CSV file ({exc}).</source>
        <translation>{source} n&apos;est pas un fichier CSV ({exc}).</translation>
    </message>
    <message>
        <source>{name} with this phone number is already registered</source>
        <translation>{name} avec ce numéro de téléphone est déjà inscrit</translation>
    </message>
    <message>
        <source>the phone number is longer than {limit} characters</source>
        <translation>le numéro de téléphone dépasse {limit} caractères</translation>
    </message>
    <message>
        <source>same volunteer as line {line}</source>
        <translation>même bénévole qu&apos;à la ligne {line}</translation>
    </message>
    <message>
        <source>{name} is {status}: activate them to issue a PIN.</source>
        <translation>{name} est {status}&#xa0;: activez ce compte pour délivrer un code PIN.</translation>
    </message>
    <message>
        <source>Cannot activate {name}{more}: the account is {status}.</source>
        <translation>Impossible d&apos;activer {name}{more}&#xa0;: le compte est {status}.</translation>
    </message>
    <message>
        <source>Cannot deactivate {name}{more}: the account is {status}.</source>
        <translation>Impossible de désactiver {name}{more}&#xa0;: le compte est {status}.</translation>
    </message>
    <message>
        <source>Cannot reactivate {name}{more}: the account is {status}.</source>
        <translation>Impossible de réactiver {name}{more}&#xa0;: le compte est {status}.</translation>
    </message>
    <message>
        <source>Cannot suspend {name}{more}: the account is {status}.</source>
        <translation>Impossible de suspendre {name}{more}&#xa0;: le compte est {status}.</translation>
    </message>
    <message>
        <source>{name} is an admin; only an admin can change their account.</source>
        <translation>{name} est administrateur&#xa0;; seul un administrateur peut modifier ce compte.</translation>
    </message>
    <message>
        <source>{name} is a shift lead; only an admin can change their account.</source>
        <translation>{name} est responsable d&apos;équipe&#xa0;; seul un administrateur peut modifier ce compte.</translation>
    </message>
    <message>
        <source>No campaign with id {value}.</source>
        <translation>Aucune campagne avec l&apos;identifiant {value}.</translation>
    </message>
    <message>
        <source>No volunteer with id {missing}.</source>
        <translation>Aucun bénévole avec l&apos;identifiant {missing}.</translation>
    </message>
    <message>
        <source>&apos;{email}&apos; is not an email address.</source>
        <translation>«&#xa0;{email}&#xa0;» n&apos;est pas une adresse e-mail.</translation>
    </message>
    <message>
        <source>Only an active shift lead or admin can manage volunteers.</source>
        <translation>Seuls les responsables d&apos;équipe et admins actifs peuvent gérer les bénévoles.</translation>
    </message>
    <message>
        <source>Only an admin can change roles.</source>
        <translation>Seul un administrateur peut changer les rôles.</translation>
    </message>
    <message>
        <source>Unknown action &apos;{action}&apos;.</source>
        <translation>Action inconnue «&#xa0;{action}&#xa0;».</translation>
    </message>
    <message>
        <source>A volunteer needs a first and a last name.</source>
        <translation>Un bénévole a besoin d&apos;un prénom et d&apos;un nom.</translation>
    </message>
    <message>
        <source>This would leave no active admin; make someone else admin first.</source>
        <translation>Il ne resterait aucun admin actif&#xa0;; nommez d&apos;abord quelqu&apos;un d&apos;autre admin.</translation>
    </message>
    <message>
        <source>Select at least one volunteer.</source>
        <translation>Sélectionnez au moins un·e bénévole.</translation>
    </message>
</context>
<context>
    <name>DataPage</name>
    <message>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <source>&amp;Import contacts…</source>
        <translation>&amp;Importer des contacts…</translation>
    </message>
    <message>
        <source>Import contacts from a CSV file</source>
        <translation>Importer des contacts depuis un fichier CSV</translation>
    </message>
    <message>
        <source>E&amp;xport results…</source>
        <translation>E&amp;xporter les résultats…</translation>
    </message>
    <message>
        <source>Export the campaign&apos;s call results as CSV</source>
        <translation>Exporter les résultats d&apos;appel de la campagne en CSV</translation>
    </message>
    <message>
        <source>Bring a list in from any CRM&apos;s CSV export, or take the calls, answers and notes out in a layout a CRM&apos;s bulk upload accepts.</source>
        <translation>Importez une liste depuis l&apos;export CSV de n&apos;importe quel CRM, ou exportez les appels, réponses et notes dans un format qu&apos;accepte l&apos;import en masse d&apos;un CRM.</translation>
    </message>
    <message>
        <source>{name} (closed)</source>
        <translation>{name} (terminée)</translation>
    </message>
    <message>
        <source>Imported {file}: {added} added, {rejected} rows rejected.</source>
        <translation>{file} importé : {added} ajoutés, {rejected} lignes refusées.</translation>
    </message>
    <message>
        <source>Export call results</source>
        <translation>Exporter les résultats d&apos;appel</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Wrote {n} call results to {file}.</source>
        <translation>{n} résultats d&apos;appel écrits dans {file}.</translation>
    </message>
</context>
<context>
    <name>DemoSignInPanel</name>
    <message>
        <source>Demo sign-in</source>
        <translation>Connexion de démo</translation>
    </message>
    <message>
        <source>This is a demo database with made-up volunteers. Each one shows a different kind of account.</source>
        <translation>Ceci est une base de démo avec des bénévoles inventés. Chacun montre un type de compte différent.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
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
        <translation>Utiliser</translation>
    </message>
    <message>
        <source>Fill in the sign-in for {name}</source>
        <translation>Remplir la connexion pour {name}</translation>
    </message>
</context>
<context>
    <name>DisplaySettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Like the system ({language})</source>
        <translation>Comme le système ({language})</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Couleurs</translation>
    </message>
    <message>
        <source>Like the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Contraste élevé</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;Colours</source>
        <translation>&amp;Couleurs</translation>
    </message>
    <message>
        <source>Colours change at once. A new language shows on the sign-in screen at once and everywhere else from the next sign-in.</source>
        <translation>Les couleurs changent tout de suite. Une nouvelle langue s&apos;affiche tout de suite sur l&apos;écran de connexion, et partout ailleurs dès la prochaine connexion.</translation>
    </message>
    <message>
        <source>Call with</source>
        <translation>Appeler avec</translation>
    </message>
    <message>
        <source>Phone app (tel:)</source>
        <translation>Application téléphone (tel:)</translation>
    </message>
    <message>
        <source>Internet phone (SIP)</source>
        <translation>Téléphone internet (SIP)</translation>
    </message>
    <message>
        <source>SIP domain</source>
        <translation>Domaine SIP</translation>
    </message>
    <message>
        <source>Call &amp;with</source>
        <translation>&amp;Appeler avec</translation>
    </message>
    <message>
        <source>SIP &amp;domain</source>
        <translation>&amp;Domaine SIP</translation>
    </message>
</context>
<context>
    <name>DoorModeView</name>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Retour</translation>
    </message>
    <message>
        <source>Households in walk order</source>
        <translation>Foyers dans l&apos;ordre du parcours</translation>
    </message>
    <message>
        <source>People at this door</source>
        <translation>Personnes à cette porte</translation>
    </message>
    <message>
        <source>&amp;Save household</source>
        <translation>&amp;Enregistrer le foyer</translation>
    </message>
    <message>
        <source>Alt+B</source>
        <translation>Alt+B</translation>
    </message>
    <message>
        <source>Door to door: {name}</source>
        <translation>Porte-à-porte&#xa0;: {name}</translation>
    </message>
    <message>
        <source>{keys}. Enter saves the household; Tab gives each person their own.</source>
        <translation>{keys}. Entrée enregistre le foyer&#xa0;; Tab donne à chaque personne le sien.</translation>
    </message>
</context>
<context>
    <name>FieldLabels</name>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Rue</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>ZIP code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>Polling place</source>
        <translation>Bureau de vote</translation>
    </message>
    <message>
        <source>Do not call</source>
        <translation>Ne pas appeler</translation>
    </message>
    <message>
        <source>No emails</source>
        <translation>Pas d&apos;e-mails</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>FlaggedCallsDialog</name>
    <message>
        <source>{name}: {kind}</source>
        <translation>{name}&#xa0;: {kind}</translation>
    </message>
    <message>
        <source>Loading the calls…</source>
        <translation>Chargement des appels…</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>Secondes</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Calls behind the flag</source>
        <translation>Appels derrière le signalement</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>{n} calls, newest first.</source>
        <translation>{n} appels, les plus récents d&apos;abord.</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Household on the same number</source>
        <translation>Foyer au même numéro</translation>
    </message>
    <message>
        <source>Earlier calls</source>
        <translation>Appels précédents</translation>
    </message>
    <message>
        <source>Nobody else.</source>
        <translation>Personne d&apos;autre.</translation>
    </message>
    <message>
        <source>on {number}</source>
        <translation>au {number}</translation>
    </message>
    <message>
        <source>and {n} more</source>
        <translation>et {n} de plus</translation>
    </message>
    <message>
        <source>None: this is the first call.</source>
        <translation>Aucun&#xa0;: c&apos;est le premier appel.</translation>
    </message>
    <message>
        <source>by {name}</source>
        <translation>par {name}</translation>
    </message>
    <message>
        <source>and {n} earlier calls</source>
        <translation>et {n} appels plus anciens</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import contacts</source>
        <translation>Importer des contacts</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Fichier à importer</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Choisir le fichier…</translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation>Choisir le fichier à importer</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Encodage</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>Détecté</translation>
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8 avec BOM</translation>
    </message>
    <message>
        <source>Windows (Western)</source>
        <translation>Windows (occidental)</translation>
    </message>
    <message>
        <source>Separator</source>
        <translation>Séparateur</translation>
    </message>
    <message>
        <source>Comma</source>
        <translation>Virgule</translation>
    </message>
    <message>
        <source>Semicolon</source>
        <translation>Point-virgule</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulation</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <source>{name} (closed)</source>
        <translation>{name} (terminée)</translation>
    </message>
    <message>
        <source>Call list</source>
        <translation>Liste d&apos;appel</translation>
    </message>
    <message>
        <source>Region of numbers without a country code</source>
        <translation>Région des numéros sans indicatif de pays</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>Lire comme</translation>
    </message>
    <message>
        <source>Phone region</source>
        <translation>Région téléphonique</translation>
    </message>
    <message>
        <source>Columns and fields</source>
        <translation>Colonnes et champs</translation>
    </message>
    <message>
        <source>The first rows of the file</source>
        <translation>Les premières lignes du fichier</translation>
    </message>
    <message>
        <source>Select the whole preview</source>
        <translation>Sélectionner tout l&apos;aperçu</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Progression de l&apos;import</translation>
    </message>
    <message>
        <source>Rows that were rejected or changed</source>
        <translation>Lignes refusées ou modifiées</translation>
    </message>
    <message>
        <source>&amp;Save mapping…</source>
        <translation>&amp;Enregistrer la correspondance…</translation>
    </message>
    <message>
        <source>Save the column mapping</source>
        <translation>Enregistrer la correspondance des colonnes</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Import the contacts</source>
        <translation>Importer les contacts</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Cancel or close</source>
        <translation>Annuler ou fermer</translation>
    </message>
    <message>
        <source>Columns: what each one holds</source>
        <translation>Colonnes : ce que contient chacune</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>CSV or text files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>Fichiers CSV ou texte (*.csv *.txt *.tsv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Detected: {x}</source>
        <translation>Détecté : {x}</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>virgule</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>point-virgule</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulation</translation>
    </message>
    <message>
        <source>{n} columns; check what each one holds, then import.</source>
        <translation>{n} colonnes&#xa0;; vérifiez ce que contient chacune, puis importez.</translation>
    </message>
    <message>
        <source>(column {n})</source>
        <translation>(colonne {n})</translation>
    </message>
    <message>
        <source>Field for the column {name}</source>
        <translation>Champ de la colonne {name}</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(non importée)</translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation>Import de {file}…</translation>
    </message>
    <message>
        <source>{n} rows</source>
        <translation>{n} lignes</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>{file}: {added} added, {merged} merged with contacts already here, {again} repeated rows merged, {listed} already on a list of the campaign, {rejected} rows rejected, {warnings} values left out.</source>
        <translation>{file} : {added} ajoutés, {merged} fusionnés avec des contacts existants, {again} lignes répétées fusionnées, {listed} déjà sur une liste de la campagne, {rejected} lignes refusées, {warnings} valeurs omises.</translation>
    </message>
    <message>
        <source>Every problem is in {file}.</source>
        <translation>Chaque problème figure dans {file}.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was imported.</source>
        <translation>Annulé : rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>row not imported</source>
        <translation>ligne non importée</translation>
    </message>
    <message>
        <source>value left out</source>
        <translation>valeur omise</translation>
    </message>
    <message>
        <source>Line {line}, column {column}</source>
        <translation>Ligne {line}, colonne {column}</translation>
    </message>
    <message>
        <source>Line {line}</source>
        <translation>Ligne {line}</translation>
    </message>
    <message>
        <source>Mappings (*.json)</source>
        <translation>Correspondances (*.json)</translation>
    </message>
    <message>
        <source>Saved the mapping to {file}.</source>
        <translation>Correspondance enregistrée dans {file}.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>ListProgressPanel</name>
    <message>
        <source>No active call lists.</source>
        <translation>Aucune liste d&apos;appels active.</translation>
    </message>
    <message>
        <source>{done} done of {total} ({share}), {left} left</source>
        <translation>{done} faits sur {total} ({share}), {left} restants</translation>
    </message>
    <message>
        <source>Progress of {name}</source>
        <translation>Avancement de {name}</translation>
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
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Language, colours and calling (Ctrl+,)</source>
        <translation>Langue, couleurs et appels (Ctrl+,)</translation>
    </message>
    <message>
        <source>Database: {name}</source>
        <translation>Base&#xa0;: {name}</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Démo</translation>
    </message>
    <message>
        <source>A demo database with made-up people.</source>
        <translation>Une base de démo avec des personnes inventées.</translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Fermer le message</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Something went wrong: {detail}</source>
        <translation>Un problème est survenu&#xa0;: {detail}</translation>
    </message>
</context>
<context>
    <name>PaperEntryView</name>
    <message>
        <source>Who walked this sheet</source>
        <translation>Qui a fait cette feuille</translation>
    </message>
    <message>
        <source>When the doors were visited</source>
        <translation>Quand les portes ont été visitées</translation>
    </message>
    <message>
        <source>&amp;Canvasser</source>
        <translation>&amp;Militant·e</translation>
    </message>
    <message>
        <source>&amp;Visited</source>
        <translation>&amp;Visité le</translation>
    </message>
    <message>
        <source>Type each person&apos;s result key and answer numbers as ticked on the sheet; Enter moves on. Leave a row empty for a door not visited. Ctrl+S saves.</source>
        <translation>Saisissez pour chaque personne la touche du résultat et les numéros de réponse cochés sur la feuille&#xa0;; Entrée passe à la suite. Laissez vide la ligne d&apos;une porte non visitée. Ctrl+S enregistre.</translation>
    </message>
    <message>
        <source>Sheet rows, one per person</source>
        <translation>Lignes de la feuille, une par personne</translation>
    </message>
    <message>
        <source>Problems on the sheet</source>
        <translation>Problèmes sur la feuille</translation>
    </message>
    <message>
        <source>&amp;Save sheet</source>
        <translation>&amp;Enregistrer la feuille</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Retour</translation>
    </message>
    <message>
        <source>Paper sheets: {name}</source>
        <translation>Feuilles papier&#xa0;: {name}</translation>
    </message>
    <message>
        <source>Type at least one result, and pick the canvasser.</source>
        <translation>Saisissez au moins un résultat et choisissez qui a fait la feuille.</translation>
    </message>
    <message>
        <source>Saved {n} results from the sheet.</source>
        <translation>{n} résultats de la feuille enregistrés.</translation>
    </message>
    <message>
        <source>row {row}: {message}</source>
        <translation>ligne {row}&#xa0;: {message}</translation>
    </message>
    <message>
        <source> (and {n} more)</source>
        <translation> (et {n} de plus)</translation>
    </message>
    <message>
        <source>Nothing was saved. Fix: {problems}</source>
        <translation>Rien n&apos;a été enregistré. À corriger&#xa0;: {problems}</translation>
    </message>
    <message>
        <source>{n} cell needs a look (its tooltip says why).</source>
        <translation>{n} case à revoir (son info-bulle dit pourquoi).</translation>
    </message>
    <message>
        <source>{n} cells need a look (their tooltips say why).</source>
        <translation>{n} cases à revoir (leurs info-bulles disent pourquoi).</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
</context>
<context>
    <name>PaperGridModel</name>
    <message>
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Q{n}</source>
        <translation>Q{n}</translation>
    </message>
</context>
<context>
    <name>PhoneModeView</name>
    <message>
        <source>Choose a result first: keys 1–9 (F1–F9 while typing).</source>
        <translation>Choisissez d&apos;abord un résultat&#xa0;: touches 1–9 (F1–F9 pendant la saisie).</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Nobody is left to phone in this turf right now.</source>
        <translation>Plus personne à appeler dans ce secteur pour le moment.</translation>
    </message>
</context>
<context>
    <name>PhonesPanel</name>
    <message>
        <source>Phone numbers</source>
        <translation>Numéros</translation>
    </message>
    <message>
        <source>No number left that may be called.</source>
        <translation>Plus aucun numéro qu&apos;on peut appeler.</translation>
    </message>
    <message>
        <source>wrong number</source>
        <translation>faux numéro</translation>
    </message>
    <message>
        <source>do not call</source>
        <translation>ne pas appeler</translation>
    </message>
    <message>
        <source>tried {n}×</source>
        <translation>{n} essai(s)</translation>
    </message>
    <message>
        <source>Call (Alt+C)</source>
        <translation>Appeler (Alt+C)</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Appeler</translation>
    </message>
    <message>
        <source>Call {number}</source>
        <translation>Appeler le {number}</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy {number}</source>
        <translation>Copier le {number}</translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation>Faux numéro</translation>
    </message>
    <message>
        <source>Mark {number} as a wrong number</source>
        <translation>Marquer le {number} comme faux numéro</translation>
    </message>
</context>
<context>
    <name>QuestionPage</name>
    <message>
        <source>Answer in their own words</source>
        <translation>Réponse dans leurs mots</translation>
    </message>
    <message>
        <source>Or type their answer…</source>
        <translation>Ou saisissez leur réponse…</translation>
    </message>
    <message>
        <source>Next (Enter)</source>
        <translation>Suivant (Entrée)</translation>
    </message>
    <message>
        <source>Next question</source>
        <translation>Question suivante</translation>
    </message>
</context>
<context>
    <name>QueuePage</name>
    <message>
        <source>Waiting to be activated</source>
        <translation>En attente d&apos;activation</translation>
    </message>
    <message>
        <source>Find in the queue</source>
        <translation>Chercher dans la file</translation>
    </message>
    <message>
        <source>Find by name or email</source>
        <translation>Chercher par nom ou e-mail</translation>
    </message>
    <message>
        <source>Show &amp;returning volunteers</source>
        <translation>Afficher les &amp;retours</translation>
    </message>
    <message>
        <source>Also show deactivated volunteers</source>
        <translation>Afficher aussi les bénévoles désactivés</translation>
    </message>
    <message>
        <source>Pending volunteers</source>
        <translation>Bénévoles en attente</translation>
    </message>
    <message>
        <source>&amp;Activate selected…</source>
        <translation>&amp;Activer la sélection…</translation>
    </message>
    <message>
        <source>Activate selected volunteers</source>
        <translation>Activer les bénévoles sélectionnés</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Entrée</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Importer un CSV…</translation>
    </message>
    <message>
        <source>Import a sign-up list from CSV</source>
        <translation>Importer une liste d&apos;inscrits en CSV</translation>
    </message>
    <message>
        <source>Ctrl+N: new walk-in. Enter adds them to the queue, selected.</source>
        <translation>Ctrl+N&#xa0;: nouvelle personne sans inscription. Entrée l&apos;ajoute à la file, sélectionnée.</translation>
    </message>
    <message>
        <source>{n} volunteer</source>
        <translation>{n} bénévole</translation>
    </message>
    <message>
        <source>{n} volunteers</source>
        <translation>{n} bénévoles</translation>
    </message>
    <message>
        <source>&amp;Activate {n} volunteer…</source>
        <translation>&amp;Activer {n} bénévole…</translation>
    </message>
    <message>
        <source>&amp;Activate {n} volunteers…</source>
        <translation>&amp;Activer {n} bénévoles…</translation>
    </message>
    <message>
        <source>Select one or more volunteers first (Shift+arrows selects several).</source>
        <translation>Sélectionnez d&apos;abord un ou plusieurs bénévoles (Maj+flèches en sélectionne plusieurs).</translation>
    </message>
    <message>
        <source>Activating…</source>
        <translation>Activation…</translation>
    </message>
    <message>
        <source>Activated {n} volunteer. Storing the PIN…</source>
        <translation>{n} bénévole activé. Enregistrement du PIN…</translation>
    </message>
    <message>
        <source>Activated {n} volunteers. Storing their PINs…</source>
        <translation>{n} bénévoles activés. Enregistrement de leurs PIN…</translation>
    </message>
    <message>
        <source>PIN ready: {n} volunteer can sign in now.</source>
        <translation>PIN prêt&#xa0;: {n} bénévole peut se connecter maintenant.</translation>
    </message>
    <message>
        <source>PINs ready: {n} volunteers can sign in now.</source>
        <translation>PIN prêts&#xa0;: {n} bénévoles peuvent se connecter maintenant.</translation>
    </message>
    <message>
        <source>{name} is in the queue, selected: Ctrl+Enter activates.</source>
        <translation>{name} est dans la file, sélectionné·e&#xa0;: Ctrl+Entrée active.</translation>
    </message>
    <message>
        <source>Import a sign-up list</source>
        <translation>Importer une liste d&apos;inscrits</translation>
    </message>
    <message>
        <source>CSV or text files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>Fichiers CSV ou texte (*.csv *.txt *.tsv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation>Import de {file}…</translation>
    </message>
    <message>
        <source>{file}: {added} added to the queue, {dupes} duplicates skipped, {bad} rows rejected.</source>
        <translation>{file}&#xa0;: {added} ajoutés à la file, {dupes} doublons ignorés, {bad} lignes refusées.</translation>
    </message>
    <message>
        <source>Line {line}: rejected, {why}</source>
        <translation>Ligne {line}&#xa0;: refusée, {why}</translation>
    </message>
    <message>
        <source>Line {line}: skipped, {why}</source>
        <translation>Ligne {line}&#xa0;: ignorée, {why}</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>The other rows were added. Fix the rejected rows and import the file again.</source>
        <translation>Les autres lignes ont été ajoutées. Corrigez les lignes refusées et importez à nouveau le fichier.</translation>
    </message>
</context>
<context>
    <name>ResultPanel</name>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Keys 1–9 pick a result; F1–F9 work while typing.</source>
        <translation>Les touches 1–9 choisissent un résultat&#xa0;; F1–F9 pendant la saisie.</translation>
    </message>
    <message>
        <source>Notes (Alt+N)</source>
        <translation>Notes (Alt+N)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>What should the next caller know?</source>
        <translation>Que doit savoir la prochaine personne qui appelle&#xa0;?</translation>
    </message>
    <message>
        <source>Key {key}, or F{key} while typing</source>
        <translation>Touche {key}, ou F{key} pendant la saisie</translation>
    </message>
    <message>
        <source>Press {key}, or F{key} while typing</source>
        <translation>Appuyez sur {key}, ou F{key} pendant la saisie</translation>
    </message>
</context>
<context>
    <name>ResultsChart</name>
    <message>
        <source>Results by code</source>
        <translation>Résultats par code</translation>
    </message>
    <message>
        <source>and {n} more</source>
        <translation>et {n} de plus</translation>
    </message>
    <message>
        <source>No calls yet</source>
        <translation>Pas encore d&apos;appels</translation>
    </message>
</context>
<context>
    <name>RoomPage</name>
    <message>
        <source>Signed in</source>
        <translation>Connectés</translation>
    </message>
    <message>
        <source>Calls in the last hour</source>
        <translation>Appels de la dernière heure</translation>
    </message>
    <message>
        <source>Contact rate</source>
        <translation>Taux de contact</translation>
    </message>
    <message>
        <source>Calls today</source>
        <translation>Appels aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Campaign shown</source>
        <translation>Campagne affichée</translation>
    </message>
    <message>
        <source>All campaigns</source>
        <translation>Toutes les campagnes</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Last updated</source>
        <translation>Dernière mise à jour</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>Bénévole</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Signalement</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Quality flags</source>
        <translation>Signalements qualité</translation>
    </message>
    <message>
        <source>Show &amp;calls…</source>
        <translation>Voir les &amp;appels…</translation>
    </message>
    <message>
        <source>Show the calls behind the flag</source>
        <translation>Voir les appels derrière le signalement</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Là</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Appels</translation>
    </message>
    <message>
        <source>Per hour</source>
        <translation>Par heure</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Short</source>
        <translation>Courts</translation>
    </message>
    <message>
        <source>Volunteers&apos; pace</source>
        <translation>Rythme des bénévoles</translation>
    </message>
    <message>
        <source>ZIP</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Taux</translation>
    </message>
    <message>
        <source>Results by ZIP</source>
        <translation>Résultats par code postal</translation>
    </message>
    <message>
        <source>Results by code</source>
        <translation>Résultats par code</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>Bénévoles</translation>
    </message>
    <message>
        <source>Call lists</source>
        <translation>Listes d&apos;appels</translation>
    </message>
    <message>
        <source>Not updated: {why}</source>
        <translation>Pas à jour&#xa0;: {why}</translation>
    </message>
    <message>
        <source>1 contact</source>
        <translation>1 contact</translation>
    </message>
    <message>
        <source>{n} contacts</source>
        <translation>{n} contacts</translation>
    </message>
    <message>
        <source>last hour {rate}</source>
        <translation>dernière heure {rate}</translation>
    </message>
    <message>
        <source>Quality flags ({n})</source>
        <translation>Signalements qualité ({n})</translation>
    </message>
    <message>
        <source>Quality flags: none</source>
        <translation>Signalements qualité&#xa0;: aucun</translation>
    </message>
    <message>
        <source>Updated {time}</source>
        <translation>Mis à jour à {time}</translation>
    </message>
</context>
<context>
    <name>ScriptPanel</name>
    <message>
        <source>Script</source>
        <translation>Script</translation>
    </message>
    <message>
        <source>Previous question (Alt+Left)</source>
        <translation>Question précédente (Alt+←)</translation>
    </message>
    <message>
        <source>Previous question</source>
        <translation>Question précédente</translation>
    </message>
    <message>
        <source>This campaign has no script: note what was said.</source>
        <translation>Cette campagne n&apos;a pas de script&#xa0;: notez ce qui a été dit.</translation>
    </message>
    <message>
        <source>The contact speaks {language}.</source>
        <translation>La personne parle {language}.</translation>
    </message>
    <message>
        <source>End of the script.</source>
        <translation>Fin du script.</translation>
    </message>
    <message>
        <source>Answered: {answers}</source>
        <translation>Réponses&#xa0;: {answers}</translation>
    </message>
    <message>
        <source>Nothing answered yet.</source>
        <translation>Pas encore de réponse.</translation>
    </message>
</context>
<context>
    <name>SessionSummaryDialog</name>
    <message>
        <source>Session summary: {name}</source>
        <translation>Bilan&#xa0;: {name}</translation>
    </message>
    <message>
        <source>at the door</source>
        <translation>à la porte</translation>
    </message>
    <message>
        <source>from paper</source>
        <translation>sur papier</translation>
    </message>
    <message>
        <source>by phone</source>
        <translation>par téléphone</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Doors knocked</source>
        <translation>Portes frappées</translation>
    </message>
    <message>
        <source>{n} of {total} households</source>
        <translation>{n} foyers sur {total}</translation>
    </message>
    <message>
        <source>People with a result</source>
        <translation>Personnes avec un résultat</translation>
    </message>
    <message>
        <source>{n} of {total}</source>
        <translation>{n} sur {total}</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>By result</source>
        <translation>Par résultat</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>{start} to {end} ({duration})</source>
        <translation>de {start} à {end} ({duration})</translation>
    </message>
    <message>
        <source>now</source>
        <translation>maintenant</translation>
    </message>
    <message>
        <source>Waiting to sync</source>
        <translation>En attente de synchronisation</translation>
    </message>
    <message>
        <source>Refused by the CRM (review)</source>
        <translation>Refusés par le CRM (à revoir)</translation>
    </message>
    <message>
        <source>Conflicts to review</source>
        <translation>Conflits à revoir</translation>
    </message>
    <message>
        <source>No data-quality flags.</source>
        <translation>Aucun signalement qualité.</translation>
    </message>
    <message>
        <source>Data-quality flags</source>
        <translation>Signalements qualité</translation>
    </message>
    <message>
        <source>Data-quality flags (a reason to look, not proof):</source>
        <translation>Signalements qualité (une raison de regarder, pas une preuve)&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <source>Sign out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Calling</source>
        <translation>Appels</translation>
    </message>
    <message>
        <source>Shift lead console</source>
        <translation>Responsable d&apos;équipe</translation>
    </message>
    <message>
        <source>Canvass</source>
        <translation>Porte-à-porte</translation>
    </message>
    <message>
        <source>Your shift lead ended your session.</source>
        <translation>Votre responsable d&apos;équipe a mis fin à votre session.</translation>
    </message>
</context>
<context>
    <name>ShiftLeadConsole</name>
    <message>
        <source>Console sections</source>
        <translation>Sections du poste responsable</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>Bénévoles</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Salle</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Console status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Queue ({n})</source>
        <translation>File ({n})</translation>
    </message>
</context>
<context>
    <name>ShiftNumbersBar</name>
    <message>
        <source>Your shift</source>
        <translation>Votre créneau</translation>
    </message>
    <message>
        <source>Calls: {n}</source>
        <translation>Appels&#xa0;: {n}</translation>
    </message>
    <message>
        <source>Reached: {n}</source>
        <translation>Joints&#xa0;: {n}</translation>
    </message>
    <message>
        <source>On calls: {time}</source>
        <translation>Au téléphone&#xa0;: {time}</translation>
    </message>
    <message>
        <source>Pace: {pace} calls/hour</source>
        <translation>Rythme&#xa0;: {pace} appels/h</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Type the code and PIN from your slip.</source>
        <translation>Saisissez le code et le PIN de votre fiche.</translation>
    </message>
    <message>
        <source>Volunteer code</source>
        <translation>Code bénévole</translation>
    </message>
    <message>
        <source>&amp;Volunteer code</source>
        <translation>&amp;Code bénévole</translation>
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
        <translation>Problème de connexion</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Ouverture de la base de données…</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Connexion…</translation>
    </message>
</context>
<context>
    <name>SlipSheets</name>
    <message>
        <source>Phone bank sign-in</source>
        <translation>Connexion au phoning</translation>
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
        <translation>Sur n&apos;importe quel poste, saisissez votre code et votre PIN sur l&apos;écran de connexion, puis appuyez sur Entrée. Gardez votre PIN pour vous. Oublié&#xa0;? Votre responsable d&apos;équipe vous en donne un nouveau.</translation>
    </message>
    <message>
        <source>Volunteer sign-in slips</source>
        <translation>Fiches de connexion des bénévoles</translation>
    </message>
</context>
<context>
    <name>SlipsDialog</name>
    <message>
        <source>Code and PIN for {n} volunteer</source>
        <translation>Code et PIN pour {n} bénévole</translation>
    </message>
    <message>
        <source>Codes and PINs for {n} volunteers</source>
        <translation>Codes et PIN pour {n} bénévoles</translation>
    </message>
    <message>
        <source>Shown once: print the slips or save them as PDF now. When you close this window the PINs are gone; a forgotten PIN needs a reset.</source>
        <translation>Affiché une seule fois&#xa0;: imprimez les fiches ou enregistrez-les en PDF maintenant. À la fermeture de cette fenêtre, les PIN disparaissent&#xa0;; un PIN oublié doit être réinitialisé.</translation>
    </message>
    <message>
        <source>PIN status</source>
        <translation>État des PIN</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
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
        <translation>Nouveaux codes et PIN</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Print slips</source>
        <translation>Imprimer les fiches</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Enregistrer en P&amp;DF…</translation>
    </message>
    <message>
        <source>Save slips as PDF</source>
        <translation>Enregistrer les fiches en PDF</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Close and forget the PINs</source>
        <translation>Fermer et oublier les PIN</translation>
    </message>
    <message>
        <source>Storing the PINs… they work in a few seconds.</source>
        <translation>Enregistrement des PIN… ils marchent dans quelques secondes.</translation>
    </message>
    <message>
        <source>PIN ready: the volunteer can sign in now.</source>
        <translation>PIN prêt&#xa0;: la personne peut se connecter maintenant.</translation>
    </message>
    <message>
        <source>PINs ready: all {n} volunteers can sign in now.</source>
        <translation>PIN prêts&#xa0;: les {n} bénévoles peuvent se connecter maintenant.</translation>
    </message>
    <message>
        <source>Volunteer sign-in slips</source>
        <translation>Fiches de connexion des bénévoles</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved {n} page to {file}. It holds PINs: print it, then delete it.</source>
        <translation>{n} page enregistrée dans {file}. Elle contient des PIN&#xa0;: imprimez-la, puis supprimez-la.</translation>
    </message>
    <message>
        <source>Saved {n} pages to {file}. It holds PINs: print it, then delete it.</source>
        <translation>{n} pages enregistrées dans {file}. Elles contiennent des PIN&#xa0;: imprimez-les, puis supprimez-les.</translation>
    </message>
</context>
<context>
    <name>SyncReviewDialog</name>
    <message>
        <source>Sync: to review</source>
        <translation>Synchronisation : à vérifier</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>The CRM&apos;s message</source>
        <translation>Message du CRM</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Conservé</translation>
    </message>
    <message>
        <source>Not kept</source>
        <translation>Non conservé</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Refused by the CRM</source>
        <translation>Refusé par le CRM</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <source>Show refused rows</source>
        <translation>Afficher les lignes refusées</translation>
    </message>
    <message>
        <source>Waiting for a decision</source>
        <translation>En attente d&apos;une décision</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Écartées</translation>
    </message>
    <message>
        <source>Send the selected rows at the next sync</source>
        <translation>Envoyer les lignes choisies à la prochaine synchronisation</translation>
    </message>
    <message>
        <source>&amp;Send again</source>
        <translation>&amp;Renvoyer</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>É&amp;carter</translation>
    </message>
    <message>
        <source>Do not send the selected rows; they stay listed under Dismissed</source>
        <translation>Ne pas envoyer les lignes sélectionnées&#xa0;; elles restent listées sous « Écartées »</translation>
    </message>
    <message>
        <source>&amp;Keep the CRM&apos;s value</source>
        <translation>&amp;Garder la valeur du CRM</translation>
    </message>
    <message>
        <source>Agree with the CRM: nothing is sent</source>
        <translation>Donner raison au CRM : rien n&apos;est envoyé</translation>
    </message>
    <message>
        <source>Send &amp;my value</source>
        <translation>Envoyer &amp;ma valeur</translation>
    </message>
    <message>
        <source>Send the value not kept to the CRM at the next sync</source>
        <translation>Envoyer au CRM la valeur non retenue lors de la prochaine synchronisation</translation>
    </message>
    <message>
        <source>Only a shift lead or admin can decide these.</source>
        <translation>Seuls les responsables d&apos;équipe et admins peuvent décider ici.</translation>
    </message>
    <message>
        <source>Conflicts (decided by the rules; the value not kept)</source>
        <translation>Conflits (tranchés par les règles&#xa0;; la valeur non conservée)</translation>
    </message>
    <message>
        <source>Decision saved.</source>
        <translation>Décision enregistrée.</translation>
    </message>
    <message>
        <source>A call</source>
        <translation>Un appel</translation>
    </message>
    <message>
        <source>Do not call</source>
        <translation>Ne pas appeler</translation>
    </message>
    <message>
        <source>A wrong number</source>
        <translation>Un mauvais numéro</translation>
    </message>
    <message>
        <source>A volunteer&apos;s status</source>
        <translation>Le statut d&apos;un bénévole</translation>
    </message>
    <message>
        <source>A contact&apos;s details</source>
        <translation>Les coordonnées d&apos;un contact</translation>
    </message>
    <message>
        <source>Contact details: the CRM wins</source>
        <translation>Coordonnées : le CRM l&apos;emporte</translation>
    </message>
    <message>
        <source>Do not call only turns on</source>
        <translation>« Ne pas appeler » ne fait que s&apos;activer</translation>
    </message>
    <message>
        <source>An opt-out only turns on</source>
        <translation>Un refus ne fait que s&apos;activer</translation>
    </message>
    <message>
        <source>A member&apos;s status only moves forward</source>
        <translation>Le statut d&apos;un membre ne fait qu&apos;avancer</translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message>
        <source>Sync with the CRM</source>
        <translation>Synchronisation avec le CRM</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Synchroniser</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <source>What the CRM refused, and conflicts</source>
        <translation>Ce que le CRM a refusé, et les conflits</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <source>No CRM connected</source>
        <translation>Aucun CRM connecté</translation>
    </message>
    <message>
        <source>Not synced: see details</source>
        <translation>Non synchronisé : voir les détails</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Pas encore synchronisé</translation>
    </message>
    <message>
        <source>Synced {time}</source>
        <translation>Synchronisé {time}</translation>
    </message>
    <message>
        <source>{n} to review</source>
        <translation>{n} à vérifier</translation>
    </message>
    <message>
        <source>Connect with: callcenter crm connect --instance URL</source>
        <translation>Connexion : callcenter crm connect --instance URL</translation>
    </message>
    <message>
        <source>CRM: {url}</source>
        <translation>CRM : {url}</translation>
    </message>
    <message>
        <source>{n} waiting to be sent</source>
        <translation>{n} en attente d&apos;envoi</translation>
    </message>
    <message>
        <source>{n} refused by the CRM, {c} conflicts (callcenter crm review)</source>
        <translation>{n} refusés par le CRM, {c} conflits (callcenter crm review)</translation>
    </message>
    <message>
        <source>Last problem: {message}</source>
        <translation>Dernier problème : {message}</translation>
    </message>
</context>
<context>
    <name>VolunteerLabels</name>
    <message>
        <source>Volunteer</source>
        <translation>Bénévole</translation>
    </message>
    <message>
        <source>Shift lead</source>
        <translation>Responsable d&apos;équipe</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspendu</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Désactivé</translation>
    </message>
</context>
<context>
    <name>VolunteerTable</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Signed up</source>
        <translation>Inscrit le</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Returning</source>
        <translation>De retour</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Shift ends</source>
        <translation>Fin du créneau</translation>
    </message>
</context>
<context>
    <name>VolunteersPage</name>
    <message>
        <source>Find volunteers</source>
        <translation>Chercher des bénévoles</translation>
    </message>
    <message>
        <source>Find by name, email or code</source>
        <translation>Chercher par nom, e-mail ou code</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtre par statut</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Role filter</source>
        <translation>Filtre par rôle</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>Tous les rôles</translation>
    </message>
    <message>
        <source>Signed in now</source>
        <translation>Connectés maintenant</translation>
    </message>
    <message>
        <source>Only volunteers signed in now</source>
        <translation>Seulement les bénévoles connectés</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>Bénévoles</translation>
    </message>
    <message>
        <source>&amp;Suspend…</source>
        <translation>&amp;Suspendre…</translation>
    </message>
    <message>
        <source>Suspend selected</source>
        <translation>Suspendre la sélection</translation>
    </message>
    <message>
        <source>&amp;Reactivate</source>
        <translation>&amp;Réactiver</translation>
    </message>
    <message>
        <source>Reactivate selected</source>
        <translation>Réactiver la sélection</translation>
    </message>
    <message>
        <source>&amp;Deactivate…</source>
        <translation>&amp;Désactiver…</translation>
    </message>
    <message>
        <source>Deactivate selected</source>
        <translation>Désactiver la sélection</translation>
    </message>
    <message>
        <source>Reset &amp;PIN</source>
        <translation>Réinitialiser le &amp;PIN</translation>
    </message>
    <message>
        <source>Reset PIN</source>
        <translation>Réinitialiser le PIN</translation>
    </message>
    <message>
        <source>New role</source>
        <translation>Nouveau rôle</translation>
    </message>
    <message>
        <source>Change r&amp;ole</source>
        <translation>Changer le r&amp;ôle</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>Changer le rôle</translation>
    </message>
    <message>
        <source>&amp;End shift…</source>
        <translation>&amp;Fin du créneau…</translation>
    </message>
    <message>
        <source>End shift: deactivate all active volunteers</source>
        <translation>Fin du créneau&#xa0;: désactiver tous les bénévoles actifs</translation>
    </message>
    <message>
        <source>{n} volunteer</source>
        <translation>{n} bénévole</translation>
    </message>
    <message>
        <source>{n} volunteers</source>
        <translation>{n} bénévoles</translation>
    </message>
    <message>
        <source>Suspend {name}?</source>
        <translation>Suspendre {name}&#xa0;?</translation>
    </message>
    <message>
        <source>Suspend {n} volunteers?</source>
        <translation>Suspendre {n} bénévoles&#xa0;?</translation>
    </message>
    <message>
        <source>They are signed out at once and cannot sign in until reactivated. Contacts they hold go back to the list; their calls are kept.</source>
        <translation>Ils sont déconnectés tout de suite et ne peuvent se reconnecter qu&apos;après réactivation. Leurs contacts réservés retournent dans la liste&#xa0;; leurs appels sont gardés.</translation>
    </message>
    <message>
        <source>Suspend</source>
        <translation>Suspendre</translation>
    </message>
    <message>
        <source>Deactivate {name}?</source>
        <translation>Désactiver {name}&#xa0;?</translation>
    </message>
    <message>
        <source>Deactivate {n} volunteers?</source>
        <translation>Désactiver {n} bénévoles&#xa0;?</translation>
    </message>
    <message>
        <source>They are signed out at once, here and on every workstation, and cannot sign in again. Contacts they hold go back to the list; their calls are kept.</source>
        <translation>Ils sont déconnectés tout de suite, ici et sur tous les postes, et ne peuvent plus se connecter. Leurs contacts réservés retournent dans la liste&#xa0;; leurs appels sont gardés.</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <source>Suspended {n} volunteer</source>
        <translation>{n} bénévole suspendu</translation>
    </message>
    <message>
        <source>Suspended {n} volunteers</source>
        <translation>{n} bénévoles suspendus</translation>
    </message>
    <message>
        <source>Reactivated {n} volunteer</source>
        <translation>{n} bénévole réactivé</translation>
    </message>
    <message>
        <source>Reactivated {n} volunteers</source>
        <translation>{n} bénévoles réactivés</translation>
    </message>
    <message>
        <source>Deactivated {n} volunteer</source>
        <translation>{n} bénévole désactivé</translation>
    </message>
    <message>
        <source>Deactivated {n} volunteers</source>
        <translation>{n} bénévoles désactivés</translation>
    </message>
    <message>
        <source>{done}. Signed out: {signed_out}. Contacts back on the list: {released}.</source>
        <translation>{done}. Déconnectés&#xa0;: {signed_out}. Contacts remis dans la liste&#xa0;: {released}.</translation>
    </message>
    <message>
        <source>Nobody to sign out: no volunteer is active.</source>
        <translation>Personne à déconnecter&#xa0;: aucun·e bénévole n&apos;est actif·ve.</translation>
    </message>
    <message>
        <source>End the shift: deactivate {n} active volunteer?</source>
        <translation>Fin du créneau&#xa0;: désactiver {n} bénévole actif&#xa0;?</translation>
    </message>
    <message>
        <source>End the shift: deactivate all {n} active volunteers?</source>
        <translation>Fin du créneau&#xa0;: désactiver les {n} bénévoles actifs&#xa0;?</translation>
    </message>
    <message>
        <source>Everyone with the volunteer role is signed out at once and their contacts go back to the list; their calls are kept. Shift leads and admins stay active. Returning volunteers are activated again from the queue with a new code.</source>
        <translation>Toutes les personnes au rôle bénévole sont déconnectées tout de suite et leurs contacts retournent dans la liste&#xa0;; leurs appels sont gardés. Les responsables d&apos;équipe et admins restent actifs. Les bénévoles qui reviennent sont réactivés depuis la file avec un nouveau code.</translation>
    </message>
    <message>
        <source>End shift</source>
        <translation>Fin du créneau</translation>
    </message>
    <message>
        <source>New PIN for {n} volunteer.</source>
        <translation>Nouveau PIN pour {n} bénévole.</translation>
    </message>
    <message>
        <source>New PINs for {n} volunteers.</source>
        <translation>Nouveaux PIN pour {n} bénévoles.</translation>
    </message>
    <message>
        <source>Role changed to {role} for {n} volunteer.</source>
        <translation>Rôle changé en {role} pour {n} bénévole.</translation>
    </message>
    <message>
        <source>Role changed to {role} for {n} volunteers.</source>
        <translation>Rôle changé en {role} pour {n} bénévoles.</translation>
    </message>
</context>
<context>
    <name>WalkInForm</name>
    <message>
        <source>Walk-in</source>
        <translation>Sans inscription</translation>
    </message>
    <message>
        <source>Register a walk-in</source>
        <translation>Inscrire une personne sur place</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Email (optional)</source>
        <translation>E-mail (facultatif)</translation>
    </message>
    <message>
        <source>Phone (optional)</source>
        <translation>Téléphone (facultatif)</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Language codes, e.g. en, de, fr</source>
        <translation>Codes de langue, p. ex. fr, en, de</translation>
    </message>
    <message>
        <source>&amp;Add to queue</source>
        <translation>&amp;Ajouter à la file</translation>
    </message>
    <message>
        <source>Add walk-in to the queue</source>
        <translation>Ajouter la personne à la file</translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation>&amp;Prénom</translation>
    </message>
    <message>
        <source>La&amp;st name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>E&amp;mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>&amp;Téléphone</translation>
    </message>
    <message>
        <source>Lan&amp;guages</source>
        <translation>&amp;Langues</translation>
    </message>
</context>
<context>
    <name>WalkSheet</name>
    <message>
        <source>No street</source>
        <translation>Sans rue</translation>
    </message>
    <message>
        <source>Walk sheet: {name}</source>
        <translation>Feuille de route&#xa0;: {name}</translation>
    </message>
    <message>
        <source>Page {n} of {total}</source>
        <translation>Page {n} sur {total}</translation>
    </message>
    <message>
        <source>{campaign} · checked out until {until}</source>
        <translation>{campaign} · emprunté jusqu&apos;au {until}</translation>
    </message>
    <message>
        <source>Door: {results}</source>
        <translation>Porte&#xa0;: {results}</translation>
    </message>
    <message>
        <source>(no address)</source>
        <translation>(sans adresse)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>{street} (continued)</source>
        <translation>{street} (suite)</translation>
    </message>
    <message>
        <source>Walk sheets: {name}</source>
        <translation>Feuilles de route&#xa0;: {name}</translation>
    </message>
    <message>
        <source>Save walk sheets as PDF</source>
        <translation>Enregistrer les feuilles de route en PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved {n} page of walk sheets to {file}.</source>
        <translation>{n} page de feuilles de route enregistrée dans {file}.</translation>
    </message>
    <message>
        <source>Saved {n} pages of walk sheets to {file}.</source>
        <translation>{n} pages de feuilles de route enregistrées dans {file}.</translation>
    </message>
</context>
</TS>
