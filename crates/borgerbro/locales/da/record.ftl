## Mine data: fortegnelsen over behandlinger (databeskyttelsesforordningen artikel 30), som administratorer holder.

record-title = Behandlinger af borgernes data
record-lead = Her står, hvilke data vi har om borgerne, og hvorfor. Borgerne læser de samme ord på "Mine data". Skriv kort og enkelt: ved siden af hver tekst står, hvor let den er at læse.
record-import = Hent behandlinger ind fra en fil
record-export = Gem behandlingerne som JSON
record-imported =
    { $count ->
        [one] 1 slags data er hentet ind.
       *[other] { $count } slags data er hentet ind.
    }
record-missing = Der står ikke noget endnu. Borgerne ser, at vi mangler at skrive det.
record-edit = Ret "{ $kind }"
record-edit-lead = Skriv til borgeren, så alle kan forstå det. Brug "du" og korte sætninger.
record-save = Gem
record-back = Tilbage til behandlinger
record-yes = Ja
record-no = Nej
record-no-deletion = Slettes ikke efter en fast tid
record-days =
    { $count ->
        [one] 1 dag
       *[other] { $count } dage
    }

record-category-person = Dine oplysninger om dig selv
record-category-letters = Breve og bilag
record-category-answers = Dine svar på breve
record-category-bookings = Aftaler
record-category-event-signups = Dine tilmeldinger til kurser og arrangementer
record-category-permissions = Tilladelser til hjælpere
record-category-choices = Dine valg, fx post på papir og sprog
record-category-feedback = Hvad du har sagt om vores hjælp
record-category-requests = Noter om fejl og anmodninger
record-category-access-log = Hvem har kigget på dine data

record-field-what = Hvad det er
record-field-what-hint = Hvilke oplysninger det er, med almindelige ord.
record-field-purpose = Hvorfor vi har det
record-field-purpose-hint = Hvad vi bruger oplysningerne til.
record-field-legal-basis = Hvilke regler der giver os lov
record-field-legal-basis-hint = Artiklen i databeskyttelsesforordningen og den lov, det bygger på.
record-field-source = Hvor vi har det fra
record-field-source-hint = Fx borgeren selv, CPR-registeret eller et andet af vores systemer.
record-field-recipients = Hvem der får det
record-field-recipients-hint = Hvem vi giver oplysningerne videre til, eller "kun os".
record-field-retention = Hvor længe vi gemmer det
record-field-retention-hint = Med almindelige ord, som borgeren læser det.
record-field-retention-days = Slettes efter antal dage
record-field-retention-days-hint = Antal dage fra oplysningen blev til, til den slettes. Lad feltet stå tomt, hvis den ikke slettes efter en fast tid.
record-field-statistics = Bruges til statistik
record-field-machine-learning = Bruges til maskinlæring

record-error-category = Vælg en af de slags data, der står på listen.
record-error-empty = Skriv noget her. Borgerne skal kunne læse det.
record-error-too-long = Teksten er for lang. Skriv højst 1.000 tegn.
record-error-days = Skriv et helt antal dage fra 1 til 36.500, eller lad feltet stå tomt.

record-import-lead = Vælg en JSON-fil af samme slags, som du får, når du gemmer behandlingerne. Hver slags data i filen erstatter den, der står nu. De andre bliver stående. Er der fejl i filen, gemmer vi intet.
record-import-file = Fil med behandlinger
record-import-file-hint = En JSON-fil med "entries". Højst 256 KB.
record-import-submit = Hent ind
record-import-no-file = Vælg en fil.
record-import-bad-json = Filen kan ikke læses. Den skal være JSON med "entries", som når du gemmer behandlingerne.
record-import-empty = Filen har ingen behandlinger.
record-import-entries = Der er fejl i filen. Intet er gemt. Se fejlene nedenfor.
record-import-twice = Denne slags data står to gange i filen.
record-import-problems =
    { $count ->
        [one] 1 fejl i filen
       *[other] { $count } fejl i filen
    }
record-import-entry = Nummer
record-import-field = Felt
record-import-problem = Fejl

## Mine data: oversigten for borgeren.

overview-title = Mine data
overview-title-for = Data om { $name }
overview-link = Hvad vi har om dig
overview-lead = Her kan du se, hvilke data kommunen har om dig, hvorfor vi har dem, og hvor længe vi gemmer dem. Er noget forkert, kan du skrive det til os.
overview-count =
    { $count ->
        [0] Ingen
        [one] 1 i alt
       *[other] { $count } i alt
    }
overview-count-unknown = Vi ved ikke, hvilke der er dine. Svarene har ikke dit navn på.
overview-see = Se { $kind }
overview-missing = Vi mangler at skrive, hvad vi bruger det til. Spørg Borgerservice, hvis du vil vide det.
overview-field-what = Hvad det er
overview-field-purpose = Hvorfor vi har det
overview-field-legal-basis = Hvilke regler der giver os lov
overview-field-source = Hvor vi har det fra
overview-field-recipients = Hvem der får det
overview-field-retention = Hvor længe vi gemmer det
overview-statistics = Bruger vi det til statistik?
overview-machine-learning = Bruger vi det til maskinlæring?

## Mine data: hvem har kigget på dine data.

log-title = Hvem har kigget på dine data
log-lead = Her kan du se, hver gang en anden end dig har kigget på eller ændret dine data: hvem, hvornår, hvad og hvorfor. De nyeste står først.
log-chain = Listen kan ikke ændres, uden at det kan ses. Hver linje er låst til den før den.
log-filter-label = Vis
log-filter-button = Vis
log-who-all = Alle
log-who-staff = Medarbejder
log-who-helper = Hjælper
log-who-system = System
log-on-behalf = for dig
log-why = Hvorfor
log-no-reason = Der er ikke skrevet en grund.
log-none = Ingen andre har kigget på dine data.
log-older = Vis ældre
log-back = Tilbage til Mine data
log-system-name = Borgerbro selv
log-unknown-system = Et system, vi ikke kender mere
log-unknown-person = En person, vi ikke kender mere
log-bad-filter = Vælg alle, medarbejdere, hjælpere eller systemer.
log-bad-cursor = Adressen er forkert. Gå tilbage til første side af listen.

## Hvem har kigget: hvad der skete og hvorfor, i almindelige ord.

log-what-reported = så eller brugte dine data i et andet af kommunens systemer
log-what-login = loggede ind første gang
log-what-apikey = ændrede adgangen for et andet system
log-what-booking-read = så dine aftaler
log-what-booking-create = lavede en aftale med dig
log-what-booking-move = flyttede en af dine aftaler
log-what-booking-cancel = aflyste en af dine aftaler
log-what-booking-rung = ringede til dig om en aftale
log-what-exemption-start = gav dig breve på papir
log-what-exemption-end = gav dig digitale breve igen
log-what-mandate-give = gav en hjælper lov til at hjælpe dig
log-what-mandate-accept = sagde ja til at hjælpe dig
log-what-mandate-change = ændrede en tilladelse til en hjælper
log-what-mandate-end = stoppede en tilladelse til en hjælper
log-what-mandate-resume = satte en tilladelse i gang igen
log-what-mandate-code = lavede eller prøvede en hjælperkode
log-what-mandate-receipt = lavede en kvittering for en tilladelse
log-what-mandate-read = så dine tilladelser til hjælpere
log-what-refused = prøvede at se dine data, men fik ikke lov
log-what-overview = så oversigten over dine data
log-what-notes = så dine noter om fejl
log-what-note-write = skrev en note om en fejl for dig
log-what-note-answer = svarede på din note
log-what-requests = så dine anmodninger om dine data
log-what-request-make = lavede en anmodning om dine data for dig
log-what-request-answer = svarede på din anmodning
log-what-request-extend = gav sig mere tid til at svare på din anmodning
log-what-request-due = mindede os om at svare på din anmodning
log-what-record = ændrede beskrivelsen af, hvad vi gemmer
log-what-export = hentede alle dine data i én fil
log-what-export-print = udskrev alle dine data
log-what-retention = slettede gamle data, som vi ikke må gemme længere
log-what-person = så dine oplysninger
log-what-protect = ændrede beskyttelsen af dine oplysninger
log-what-person-create = oprettede dig hos os
log-what-letter-read = åbnede et af dine breve
log-what-letters = så listen over dine breve
log-what-letter-status = så, om du har læst et brev
log-what-letter-reply = svarede på et brev for dig
log-what-letter-send = sendte dig et brev
log-what-letter-escalate = fulgte op på et brev, du ikke havde åbnet
log-what-exemption-offer = tilbød dig breve på papir
log-what-letter-print = printede eller sendte et brev til dig på papir
log-what-other = gjorde noget andet med dine data
log-why-retention = Vi gemmer ikke data længere, end reglerne siger.
log-why-login = Du loggede ind, og vi skulle kende dig.
log-why-admin = For at holde styr på systemet.
log-why-booking = For at holde din aftale.
log-why-your-choice = Det valgte du.
log-why-permission = For at styre, hvem der må hjælpe dig.
log-why-refused = Personen havde ikke lov. Ingen data blev vist.
log-why-for-you = For at hjælpe dig.
log-why-note = For at svare på din note.
log-why-request = For at svare på din anmodning til tiden.
log-why-protect = For at beskytte dine oplysninger.
log-why-register = For at kunne skrive til dig og hjælpe dig.
log-why-follow-up = For at følge op på et brev, vi har sendt dig.
log-why-letter = For at give dig besked.
log-why-unread = Du havde ikke åbnet et vigtigt brev.
log-why-paper = Du får breve på papir, eller du skulle have en kopi.
log-from = Fra dag
log-to = Til dag
log-day-hint = For eksempel 2026-11-23. Lad feltet stå tomt for at se alt.
log-in-system = I systemet
log-bad-day = Skriv dagen som år-måned-dag, for eksempel 2026-11-23.
log-unit-front-desk = Borgerservice
log-unit-caseworker = Sagsbehandling
log-unit-project = Projekter
log-unit-dpo = Databeskyttelse
log-unit-citizens-adviser = Borgerrådgiveren
log-unit-it = IT
log-unit-network = Netværket
access-report-empty = Send mindst én linje.
access-report-too-many = Send højst 1.000 linjer ad gangen.
access-report-missing = Skriv noget her.
access-report-too-long = Teksten er for lang.
access-report-unreadable = Posten kunne ikke læses: hvert felt skal være tekst som beskrevet i /api/v1/openapi.json.
access-report-person = Angiv personen med enten person_id eller cpr.
access-report-unknown-person = Vi kender ikke personen.
access-report-actor = Angiv, hvem der kiggede (actor).
access-report-actor-kind = Hvem der kiggede, skal være staff, helper eller system.
access-report-at = Skriv tidspunktet som RFC 3339, for eksempel 2026-11-23T10:05:00Z.
access-report-future = Tidspunktet ligger i fremtiden.
log-bad-time = Skriv tidspunktet som RFC 3339 eller som en dag, for eksempel 2026-11-23.
log-what-access-log = så listen over, hvem der har kigget på dine data
log-what-request-read = så din anmodning om dine data

## Borgerservice: hvorfor åbner du borgerens data?

desk-reason-title = Hvorfor åbner du data om
desk-reason-lead = Borgeren kan se, hvem der har kigget på deres data, og hvorfor. Skriv kort, hvorfor du åbner dem nu. Det gælder for denne borger, til du logger ud, dog højst 8 timer.
desk-reason-label = Hvorfor
desk-reason-hint = For eksempel "Borgeren ringede om sin aftale" eller et sagsnummer.
desk-reason-button = Fortsæt
desk-reason-carried = Du er ved at ændre borgerens data. Skriv først, hvorfor. Det, du har udfyldt, er ikke tabt: det bliver sendt, når du trykker på knappen.
desk-reason-send = Send med grunden
desk-reason-back = Tilbage til Borgerservice
desk-reason-missing = Skriv, hvorfor du åbner borgerens data.
desk-reason-too-long = Skriv højst 200 tegn.
## Hent mine data (mydata::export)
export-heading = Hent mine data
export-lead = Hent alt, hvad kommunen har om dig, i én fil (ZIP). Den har dine oplysninger som data (JSON og CSV, som regneark kan åbne) og dine breve og bilag som PDF.
export-lead-for = Hent alt, hvad kommunen har om { $name }, i én fil (ZIP) med data (JSON og CSV) og breve og bilag som PDF. { $name } kan se, at du har hentet det.
export-button = Hent mine data
export-button-for = Hent data om { $name }
export-print = Udskriv alt som én PDF
export-print-made = Udskrevet { $date }
export-print-none = Ingen.
export-print-cancelled = aflyst
export-signup-seat = har en plads
export-signup-waiting = står på venteliste
export-signup-cancelled = meldt fra
export-signup-came = kom
export-signup-did-not-come = kom ikke
export-signup-made = tilmeldt { $date }
export-print-left-out-unreadable = Bilag { $number } ({ $filename }) er ikke med i udskriften, fordi filen ikke kan læses som PDF. Print det for sig.
export-print-left-out-encrypted = Bilag { $number } ({ $filename }) er ikke med i udskriften, fordi filen er låst med kode. Print det for sig.
export-print-left-out-too-big = Bilag { $number } ({ $filename }) er ikke med i udskriften, fordi filen er for stor til at komme med. Print det for sig.
export-print-feedback = Svarene på "Var det let?" gemmes uden navn. Derfor kan vi ikke se, hvilke der er dine.
export-field-name = Navn
export-field-cpr = CPR-nummer
export-field-address = Adresse
export-field-phone = Telefon
export-field-paper-post = Post på papir
export-field-language = Sprog
