## Kurser og arrangementer i netværket for digital inklusion (network/events).

events-title = Kurser og arrangementer
events-lead = Lær det digitale sammen med andre: IT-caféer, kurser for begyndere, hjælp til at se, om noget er svindel, og borgere, der lærer hinanden. Det er gratis. Tilmeld dig her, eller ring til os.
events-back = Tilbage
events-mine = Du er tilmeldt
events-you-have-seat = Du har en plads.
events-you-have-seat-text = Vi sender dig en påmindelse, før det begynder. Kan du ikke komme? Så meld fra, så en anden kan få din plads.
events-you-wait = Du er nummer { $position } på ventelisten.
events-you-wait-text = Du får en plads af dig selv, hvis en anden melder fra. Så får du også en påmindelse.
events-organising = Dine arrangementer
events-new-link = Opret et arrangement
events-organising-none = Du har ikke oprettet nogen arrangementer endnu.
events-cancelled-short = aflyst
events-attendees-link = Se hvem der kommer
events-find = Find et arrangement
events-filter-from = Fra dag
events-filter-to = Til dag
events-filter-day-hint = For eksempel 14.12.2026. Lad feltet være tomt for alle dage.
events-filter-place = Sted
events-filter-any-place = Alle steder
events-filter-language = Sprog
events-filter-any-language = Alle sprog
events-filter-kind = Slags
events-filter-any-kind = Alle slags
events-filter-submit = Vis arrangementer
events-found =
    { $count ->
        [0] Ingen arrangementer
        [one] 1 arrangement
       *[other] { $count } arrangementer
    }
events-none = Der er ingen arrangementer, der passer til det, du har valgt. Prøv at vælge færre ting.
events-feed-link = Følg arrangementerne i din feed-læser (Atom)
events-feed-title = { $authority }: kurser og arrangementer
events-feed-seats = Ledige pladser: { $free }
events-held-in = På { $language }
events-by = Holdes af { $organiser }
events-free-seats =
    { $count ->
        [0] Ingen ledige pladser
        [one] 1 ledig plads
       *[other] { $count } ledige pladser
    }
events-full = Der er ingen ledige pladser.
events-full-waiting = Fuldt, men du kan komme på venteliste
events-waiting-count =
    { $count ->
        [0] ingen på venteliste
        [one] 1 på venteliste
       *[other] { $count } på venteliste
    }
events-when = { $day } kl. { $from }-{ $to }

events-kind-drop-in = Kom når du vil
events-kind-course = Kursus
events-kind-peer-teaching = Borgere lærer borgere
events-kind-it-cafe = IT-café
events-kind-fraud-session = Er det svindel?
events-kind-other = Andet

events-channel-online = Selv på nettet
events-channel-desk = Ved skranken eller i telefonen
events-channel-helper = Af en hjælper
events-channel-api = Af et andet system

events-is-cancelled = Arrangementet er aflyst.
events-when-label = Hvornår
events-where-label = Hvor
events-language-label = Sprog
events-organiser-label = Holdes af
events-seats-label = Pladser
events-about = Om arrangementet
events-accessibility = Adgang og hjælp på stedet
events-sign-up-heading = Tilmelding
events-no-sign-up-cancelled = Arrangementet er aflyst. Du kan ikke tilmelde dig.
events-no-sign-up-begun = Arrangementet er begyndt. Du kan ikke tilmelde dig eller melde fra længere.
events-cancel-button = Meld mig fra
events-full-text = Der er ingen ledige pladser. Skriv dig på ventelisten. Så får du en plads af dig selv, hvis en anden melder fra.
events-wait-button = Skriv mig på ventelisten
events-sign-up-button = Tilmeld mig
events-log-in = Log ind for at tilmelde dig
events-call = Du kan også ringe til os på { $phone }. Så tilmelder vi dig.
events-helper-heading = Tilmeld en, du hjælper
events-helper-link = Tilmeld { $name }
events-desk-link = Tilmeld en borger, der ringer eller kommer forbi
events-organiser-heading = For arrangøren
events-edit-link = Ret arrangementet
events-cancel-event-text = Skal arrangementet aflyses? Alle tilmeldte, vi har registreret, får et brev om det.
events-cancel-event-button = Aflys arrangementet

events-saved-seat = Du er tilmeldt og har en plads.
events-saved-waiting = Du er skrevet på ventelisten som nummer { $position }.
events-saved-cancelled = Du er meldt fra.
events-saved-created = Arrangementet er oprettet. Nu kan borgerne tilmelde sig.
events-saved-changed = Ændringerne er gemt.
events-saved-event-cancelled = Arrangementet er aflyst. De tilmeldte får et brev.
events-saved-attendance = Fremmødet er gemt.
events-saved-signup-cancelled = Tilmeldingen er meldt fra. Er der en på ventelisten, har vedkommende fået pladsen.

events-new-title = Opret et arrangement
events-edit-title = Ret arrangementet
events-form-lead = Arrangementet holdes af { $organiser }. Skriv, så alle kan forstå det.
events-field-title = Titel
events-field-title-hint = Kort og klart, for eksempel "Kom godt i gang med MitID".
events-field-kind = Slags
events-field-choose = Vælg
events-field-place = Sted
events-field-place-hint = Stedet skal være på listen over steder, hvor man kan få hjælp.
events-field-day = Dag
events-field-day-hint = For eksempel 14.12.2026.
events-field-starts = Begynder kl.
events-field-ends = Slutter kl.
events-field-time-hint = For eksempel 10.00.
events-field-language = Sprog
events-field-language-hint = Det sprog, der bliver talt. Skriv titel og beskrivelse på det sprog.
events-field-seats = Antal pladser
events-field-seats-hint = Et tal fra 1 til 1000.
events-field-description = Beskrivelse
events-field-description-hint = Hvad lærer man, og hvad skal man have med?
events-field-accessibility = Adgang og hjælp på stedet
events-field-accessibility-hint = For eksempel: elevator, handicaptoilet, teleslynge, stor skærm.
events-new-button = Opret arrangementet
events-edit-button = Gem ændringerne

events-error-too-long = Teksten er for lang. Gør den kortere.
events-error-title = Skriv en titel.
events-error-kind = Vælg, hvilken slags arrangement det er.
events-error-place = Vælg et sted fra listen.
events-error-day = Skriv dagen sådan her: 14.12.2026.
events-error-time = Skriv tidspunktet sådan her: 10.00.
events-error-ends-before = Sluttidspunktet skal være efter starttidspunktet.
events-error-past = Arrangementet skal ligge i fremtiden. Vælg en dag og et tidspunkt, der ikke er gået.
events-error-language = Vælg et sprog fra listen.
events-error-seats = Skriv et antal pladser fra 1 til 1000.
events-error-seats-below-taken = Der er flere tilmeldte med en plads end det antal. Skriv mindst så mange pladser, som er taget.
events-error-description = Skriv en beskrivelse.
events-error-name = Skriv navnet.
events-error-phone-missing = Skriv et telefonnummer, så arrangøren kan ringe.
events-error-phone = Skriv et telefonnummer med 8 cifre, eller med + og landekode.
events-error-cpr = Skriv CPR-nummeret med 10 cifre, for eksempel 010203-1234.
events-error-cpr-unknown = Vi kender ikke det CPR-nummer. Tjek nummeret, eller tilmeld med navn og telefonnummer.
events-error-citizen = Vi kender ikke den borger.
events-error-filter-day = Skriv dagen sådan her: 14.12.2026.
events-error-api-time = Skriv tiden som RFC 3339 eller som en dag (2026-12-14).
events-error-api-language = Skriv sproget som en af koderne i API'ets beskrivelse, fx da.
events-error-api-place = Stedet skal være et hjælpesteds id, som GET /api/v1/help/places giver det.
events-name-removed = (navnet er slettet efter opbevaringstiden)
events-error-cancelled = Arrangementet er aflyst.
events-error-begun = Arrangementet er begyndt, så det kan ikke ændres.
events-error-not-open = Arrangementet er aflyst eller begyndt. Der kan ikke tilmeldes eller ændres mere.
events-error-already = Borgeren er allerede tilmeldt det her arrangement.
events-error-not-signed-up = Der er ingen tilmelding at melde fra.
events-error-not-begun = Du kan først skrive, hvem der kom, når arrangementet er begyndt.
events-error-full-waiting = Arrangementet er fuldt. Tilmeldingen er skrevet på ventelisten. Se "position".

events-attendees-title = Hvem kommer
events-attendees-private = Listen er kun for dig som arrangør. Brug den kun til arrangementet. Borgerne kan se, at du har set den.
events-seats-taken =
    { $count ->
        [0] Ingen har en plads
        [one] 1 har en plads
       *[other] { $count } har en plads
    }
events-to-call =
    { $count ->
        [one] 1 tilmeldt får ikke noget brev. Ring og mind vedkommende om arrangementet.
       *[other] { $count } tilmeldte får ikke noget brev. Ring og mind dem om arrangementet.
    }
events-attendees-seats = Har en plads
events-attendees-none = Ingen er tilmeldt endnu.
events-col-name = Navn
events-col-phone = Telefon
events-col-channel = Tilmeldt
events-col-letter = Påmindelse
events-col-came = Kom
events-col-actions = Meld fra
events-col-position = Nr.
events-gets-letter = Får et brev
events-call-them = Ring til dem
events-came-label = { $name } kom
events-cancel-for = Meld { $name } fra
events-attendance-button = Gem fremmødet
events-attendees-waiting = Venteliste
events-attendees-no-waiting = Ingen står på ventelisten.
events-attendees-waiting-text = Melder en med plads fra, får den første på listen pladsen af sig selv.
events-attendees-cancelled = Meldt fra

events-desk-title = Tilmeld en borger
events-desk-made-seat = { $name } er tilmeldt og har en plads.
events-desk-made-waiting = { $name } er skrevet på ventelisten som nummer { $position }.
events-desk-registered = Borger med CPR-nummer
events-field-cpr = CPR-nummer
events-field-cpr-hint = Du bliver bedt om at skrive, hvorfor du åbner borgerens oplysninger. Borgeren får en påmindelse i sin post.
events-desk-unregistered = Borger uden CPR-nummer
events-desk-unregistered-text = Skriv navn og telefonnummer. Borgeren får ikke et brev. Arrangøren ringer.
events-field-name = Navn
events-field-phone = Telefonnummer
events-field-phone-hint = 8 cifre, eller med + og landekode.
events-desk-button = Tilmeld

events-for-title = Tilmeld { $name }
events-for-saved-seat = { $name } er tilmeldt og har en plads.
events-for-saved-waiting = { $name } er skrevet på ventelisten som nummer { $position }.
events-for-saved-cancelled = { $name } er meldt fra.
events-for-has-seat = { $name } er tilmeldt og har en plads.
events-for-waits = { $name } er nummer { $position } på ventelisten.
events-for-cancel-button = Meld { $name } fra
events-for-letter = { $name } får en påmindelse i sin post, før det begynder.
events-for-button = Tilmeld { $name }
events-for-look-only = Din tilladelse giver dig kun lov til at se. Du kan ikke tilmelde.

events-at-place = Kurser og arrangementer her
events-at-place-all = Se alle arrangementer her

events-letter-reminder-subject = Husk: { $title } { $day }
events-letter-reminder-body = Du er tilmeldt { $title }.

    - **Hvornår:** { $when }
    - **Hvor:** { $place }

    Kan du ikke komme? Så meld fra under "Kurser og arrangementer" eller ring til os. Så kan en anden få din plads.
events-letter-moved-up-subject = Du har fået en plads: { $title } { $day }
events-letter-moved-up-body = Der er blevet en plads ledig, og den er din. Du er nu tilmeldt { $title }.

    - **Hvornår:** { $when }
    - **Hvor:** { $place }

    Kan du ikke komme? Så meld fra under "Kurser og arrangementer" eller ring til os. Så kan en anden få pladsen.
events-letter-cancelled-subject = Aflyst: { $title } { $day }
events-letter-cancelled-body = Vi må desværre aflyse { $title }.

    - **Hvornår:** { $when }
    - **Hvor:** { $place }

    Du skal ikke gøre noget. Under "Kurser og arrangementer" kan du finde et andet.

apiscope-events-signup = Tilmelde borgere til kurser og arrangementer

## "Hvem har kigget": personer fra netværkets organisationer og hvad de gjorde.

log-who-organisation = Organisation i netværket
log-what-event-signup = tilmeldte dig et kursus eller arrangement
log-what-event-cancel = meldte dig fra et kursus eller arrangement
log-what-event-read = så, om du er tilmeldt et kursus eller arrangement
log-what-event-list = så listen over, hvem der kommer til et arrangement, du er tilmeldt
log-what-event-attended = skrev, om du kom til et arrangement
log-why-event = For at du kan komme til arrangementet.
log-why-event-organiser = Fordi de holder arrangementet.
