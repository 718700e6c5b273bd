# Borgerbro: Danish, the default language. Plain words, short sentences; say what to do next.

language-name = Dansk
language-choose = Vælg sprog
skip-link = Gå til sidens indhold
nav-label = Menu
nav-my-page = Min side
nav-log-in = Log ind
nav-log-out = Log ud
nav-logged-in-as = Du er logget ind som { $name }
help-link = Få hjælp

demo-banner-title = Demo.
demo-banner-text = Dette er en prøveudgave med opdigtede personer. Skriv ikke rigtige oplysninger her.

footer-contact-heading = Kontakt os
footer-phone = Telefon
footer-email = E-mail
footer-opening-hours = Åbningstider
footer-links-heading = Mere
footer-accessibility = Tilgængelighedserklæring
footer-api = Åbent API for andre systemer

form-error-summary = Der er et problem
form-error-prefix = Fejl

front-title = Forside
front-heading = Din digitale kontakt med { $authority }
front-lead = Her kan du læse dine breve, få hjælp og bestemme, hvem der må hjælpe dig. Du kan altid vælge at tale med et menneske i stedet.
front-logged-out = Du er logget ud.
front-online-heading = Klar det selv
front-online-text = Log ind for at se dine breve og dine oplysninger.
front-human-heading = Tal med et menneske
front-human-text = Synes du, det digitale er svært? Ring til os på { $phone }, eller kom forbi. Vi hjælper gerne.

help-title = Få hjælp
help-lead = Du kan altid få hjælp af et menneske. Du behøver ikke kunne det digitale.
help-call-heading = Ring til os
help-call-text = Ring til Borgerservice på { $phone }. Vi kan hjælpe dig med det hele i telefonen.
help-call-button = Ring { $phone }
help-visit-heading = Kom forbi
help-visit-text = Du er velkommen i Borgerservice. Tag dit sundhedskort eller et andet billed-id med, hvis du har det.
help-write-heading = Skriv til os
help-write-text = Du kan også skrive en e-mail. Skriv ikke dit CPR-nummer i en almindelig e-mail.
help-rights-heading = Det har du ret til
help-rights-paper = Du kan få dine breve på papir i stedet for digitalt. Du skal ikke give en grund.
help-rights-helper = Du kan give en anden lov til at hjælpe dig, uden at give dem din kode.
help-rights-no-mitid = Har du ikke MitID eller et CPR-nummer, hjælper Borgerservice dig med det, du skal.

a11y-title = Tilgængelighedserklæring
a11y-lead = { $authority } vil gerne, at alle kan bruge denne hjemmeside, også hvis man ser, hører eller bevæger sig dårligt, eller har svært ved at læse.
a11y-status-heading = Hvor tilgængelig er siden?
a11y-status-text = Siden er lavet efter standarden WCAG 2.1 på niveau AA. Vi tester hver side automatisk, før den bliver lagt ud.
a11y-how-heading = Sådan gør vi
a11y-how-tests = Hver side bliver tjekket med værktøjet axe, både på en mobil og en stor skærm.
a11y-how-nojs = Alt kan bruges uden JavaScript.
a11y-how-mobile = Siden kan bruges på en smal mobilskærm og med tastaturet alene.
a11y-feedback-heading = Fandt du et problem?
a11y-feedback-text = Fortæl os det, så retter vi det. Skriv til
a11y-feedback-phone = eller ring på { $phone }.
a11y-complaint-heading = Klage
a11y-complaint-text = Får du ikke et svar, du kan bruge, kan du klage til Digitaliseringsstyrelsen, som fører tilsyn med tilgængelighed.

my-title = Min side
my-heading = Hej { $name }
my-roles-heading = Det kan du her
my-now-heading = Det venter på dig
my-now-unread =
    { $count ->
        [one] Du har 1 brev, du ikke har læst
       *[other] Du har { $count } breve, du ikke har læst
    }
my-now-no-unread = Du har læst alle dine breve.
my-now-deadline = Svar senest { $date }
my-now-next-booking = Din næste aftale
my-now-no-booking = Du har ingen aftaler.
my-now-asked-to-help = { $names } har givet dig lov til at hjælpe. Det gælder, når du siger ja.
my-now-answer = Svar ja eller nej
my-now-helpers = { $names } kan hjælpe dig.
my-now-no-helpers = Ingen har lov til at hjælpe dig endnu.
my-now-choose-helper = Vælg en, der kan hjælpe dig
my-now-given-waiting = Vi venter på, at { $names } siger ja til at hjælpe dig.
my-now-helping = Du hjælper
my-queues-heading = Det venter i dag
my-queue-escalations =
    { $count ->
        [0] Ingen breve venter på opfølgning
        [one] 1 brev, der ikke er læst, venter på opfølgning
       *[other] { $count } breve, der ikke er læst, venter på opfølgning
    }
my-queue-print =
    { $count ->
        [0] Ingen breve skal printes
        [one] 1 brev skal printes og sendes
       *[other] { $count } breve skal printes og sendes
    }
my-queue-reviews =
    { $count ->
        [one] 1 offentliggjort vurdering skal gennemgås igen
       *[other] { $count } offentliggjorte vurderinger skal gennemgås igen
    }
my-queue-benefits =
    { $count ->
        [one] 1 gevinst har ikke nået sit mål eller går den forkerte vej
       *[other] { $count } gevinster har ikke nået deres mål eller går den forkerte vej
    }
my-queue-ring =
    { $count ->
        [one] 1 borger skal ringes op: brevet om tiden når ikke frem
       *[other] { $count } borgere skal ringes op: brevet om tiden når ikke frem
    }
my-queue-bookings =
    { $count ->
        [0] Ingen aftaler i dag
        [one] 1 aftale i dag
       *[other] { $count } aftaler i dag
    }

role-citizen = Borger
role-citizen-description = Læs dine breve, vælg hvordan vi kontakter dig, og bestem hvem der må hjælpe dig.
role-helper = Hjælper
role-helper-description = Hjælp en borger, som har givet dig lov. Du kan kun se det, borgeren har sagt ja til.
role-caseworker = Sagsbehandler
role-caseworker-description = Send breve og følg med i, om vigtige breve bliver læst.
role-front-desk = Borgerservice
role-front-desk-description = Hjælp borgere ved skranken og i telefonen, også dem uden MitID.
role-project-owner = Projektejer
role-project-owner-description = Vurder hvad en ny digital løsning betyder for borgerne, før den bliver sat i gang.
role-dpo = Databeskyttelsesrådgiver
role-dpo-description = Kommenter og godkend databeskyttelsen i konsekvensvurderinger.
role-citizens-adviser = Borgerrådgiver
role-citizens-adviser-description = Kommenter og godkend konsekvensvurderinger fra borgernes side.
role-administrator = Administrator
role-administrator-description = Sæt Borgerbro op, og giv andre systemer adgang med API-nøgler.
role-network-member = Netværksmedlem
role-network-member-description = Del materialer, foreslå punkter til møderne, og hold kurser og arrangementer for jeres organisation.
role-network-coordinator = Netværkskoordinator
role-network-coordinator-description = Godkend nye medlemmer, og led netværkets møder og handlingsplan.

login-title = Log ind
login-mitid-lead = Log ind med MitID for at se dine breve og dine oplysninger.
login-mitid-button = Log ind med MitID
login-demo-heading = Vælg en demo-person
login-demo-lead = I demoen logger du ind som en af disse opdigtede personer. Hver person viser, hvordan Borgerbro ser ud for en bestemt slags bruger.
login-demo-button = Log ind som { $name }
login-demo-unknown = Den person findes ikke i demoen. Gå tilbage til siden Log ind, og vælg en af personerne på listen.
login-none = Login er ikke sat op endnu. Ring til os på { $phone }, så hjælper vi dig.
login-no-mitid-heading = Har du ikke MitID?
login-no-mitid-text = Du kan stadig få hjælp til alt. Ring til Borgerservice på { $phone }, eller kom forbi.
login-failed = Vi kunne ikke logge dig ind. Prøv igen fra siden Log ind. Virker det stadig ikke, så ring til os.
login-failed-unknown-key = Vi kunne ikke logge dig ind, fordi vi ikke kunne tjekke login-tjenestens underskrift. Det er ikke din fejl. Prøv igen om et par minutter. Virker det stadig ikke, så ring til os.
login-provider-down = Vi kan ikke komme i kontakt med MitID lige nu. Prøv igen om lidt, eller ring til os.

apikeys-title = API-nøgler
apikeys-lead = Andre systemer, fx en telefonrobot eller et sagssystem, bruger en API-nøgle for at tale med Borgerbro. Giv hvert system sin egen nøgle, så du kan lukke for ét system ad gangen.
apikeys-create-heading = Lav en ny nøgle
apikeys-name-label = Navn på systemet
apikeys-name-hint = Fx "Telefonrobot" eller "Sagssystem". Højst 100 tegn.
apikeys-name-missing = Skriv navnet på det system, der skal bruge nøglen.
apikeys-name-too-long = Navnet må højst være 100 tegn. Gør det kortere.
apikeys-create-button = Lav nøgle
apikeys-created-heading = Nøglen er lavet
apikeys-created-text = Kopiér nøglen nu, og gem den et sikkert sted. Den bliver kun vist denne ene gang.
apikeys-list-heading = Nøgler
apikeys-none = Der er ingen nøgler endnu.
apikeys-col-name = System
apikeys-col-created = Lavet
apikeys-col-status = Status
apikeys-revoked = Spærret
apikeys-revoke-button = Spær nøglen til { $name }
apikeys-scopes-legend = Hvad må systemet?
apikeys-scopes-hint = Vælg kun det, systemet skal bruge. Vil det mere senere, så lav en ny nøgle.
apikeys-scope-missing = Vælg mindst én ting, systemet må.
apikeys-scope-unknown = Vælg blandt det, der står på listen.
apikeys-scopes-none = Intet
apikeys-col-scopes = Må
apiscope-people = Oprette personer og ændre, om de får breve på papir
apiscope-letters-send = Sende breve
apiscope-letters-read = Følge de breve, systemet selv har sendt (åbnet, svar, frist)
apiscope-letters-read-all = Følge alle breve, også dem andre har sendt
apiscope-print = Hente papirbrevene i udskriftskøen
apiscope-mandates-check = Tjekke, om en hjælper må noget
apiscope-mandates-read = Se de tilladelser, en borger har givet
apiscope-mandates-give = Give tilladelser, som hjælperen skal sige ja til, og ændre og stoppe dem, systemet selv har givet
apiscope-mandates-in-person = Give tilladelser, der er aftalt ved personligt fremmøde, og som gælder med det samme
apiscope-mandates-manage-all = Ændre og stoppe alle tilladelser, også dem borgeren eller andre systemer har givet
apiscope-bookings = Se ledige tider, booke og se og aflyse systemets egne bookinger

error-go-front = Gå til forsiden
error-call-us = Ring til os på { $phone }, hvis du har brug for hjælp.
error-request-id = Fejlkode: { $id }. Oplys den, hvis du ringer til os om fejlen.
error-not-found-title = Siden findes ikke
error-not-found-next = Tjek at adressen er skrevet rigtigt, eller start fra forsiden.
error-not-covered-title = Din tilladelse dækker ikke det her
error-not-covered-next = Den tilladelse, borgeren har givet dig, dækker ikke det, du prøvede at se eller gøre. Borgeren kan give dig lov til mere under "Dem der kan hjælpe dig" på Min side eller i Borgerservice.
error-forbidden-title = Du har ikke adgang til siden
error-forbidden-next = Siden er kun for personer med en bestemt rolle. Log ind som en anden, eller gå til din egen side.
error-csrf-title = Formularen er for gammel
error-csrf-next = Af sikkerhedshensyn kunne vi ikke tage imod formularen. Gå tilbage, genindlæs siden, og send den igen. Det du har skrevet, står der stadig.
error-unauthorized-title = Mangler API-nøgle
error-unauthorized-next = Send en gyldig API-nøgle i feltet Authorization som "Bearer NØGLE". En administrator kan lave en nøgle.
error-bad-request-title = Det kunne vi ikke bruge
error-bad-form = Vi kunne ikke læse det, der blev sendt. Gå tilbage, tjek felterne, og prøv igen.
error-too-large-title = Det er for stort
error-too-large-next = Det du sendte er for stort. Gør det mindre, og prøv igen.
error-unavailable-title = Vi kan ikke hente dine oplysninger lige nu
error-unavailable-next = Prøv igen om et par minutter. Der er ikke gået noget tabt.
error-too-many-title = Du har prøvet for mange gange
error-too-many-next = Prøv igen kl. { $time }. Vil du ikke vente, så ring til os.
error-too-many-api-next = For mange kald. Prøv igen om { $seconds } sekunder (se Retry-After).
form-too-many = Der er sendt for mange gange herfra. Prøv igen kl. { $time }, eller ring til os.
error-missing-scope = API-nøglen må ikke det her. Den mangler tilladelsen { $scope }; en administrator kan lave en nøgle, der har den.
error-internal-title = Der skete en fejl hos os
error-internal-next = Det er ikke din skyld. Prøv igen om lidt. Virker det stadig ikke, så ring til os.

footer-check = Tjek din tekst for klart sprog

check-title = Tjek din tekst
check-lead = Indsæt en tekst, fx et brev til en borger. Du får at vide, hvor let den er at læse, og hvad du kan gøre den lettere. Teksten bliver ikke gemt.
check-text-label = Din tekst
check-text-hint = Højst 100.000 tegn. Skriv ikke CPR-numre eller andre personlige oplysninger.
check-text-missing = Skriv eller indsæt den tekst, du vil tjekke.
check-text-too-long = Teksten er for lang. Tjek højst 100.000 tegn ad gangen, fx ét afsnit ad gangen.
check-format-label = Hvordan er teksten skrevet?
check-format-text = Almindelig tekst
check-format-markdown = Markdown
check-format-html = HTML
check-format-unknown = Vælg en af formerne på listen.
check-button = Tjek teksten
check-result-heading = Resultat
check-lix = LIX { $lix }:
check-band = teksten er { $band } at læse.
check-counts-words = Ord
check-counts-sentences = Sætninger
check-counts-long-words = Lange ord (over 6 bogstaver)
check-needs-summary = Teksten bør have et "Kort fortalt" øverst: et par korte sætninger om det vigtigste.
check-advice-heading = Det kan du gøre
check-marked-heading = Din tekst med fund
check-notes-heading = Fund
check-suggestion = Forslag
check-kind-cpr-number = CPR-nummer
check-kind-very-long-sentence = Meget lang sætning
check-kind-long-sentence = Lang sætning
check-kind-long-paragraph = Langt afsnit
check-kind-officialese = Kancellisprog
check-kind-jargon = Fagord
check-kind-nominalisation = Udsagnsord gjort til navneord
check-kind-passive = Passiv form
check-kind-abbreviation = Forkortelse
check-kind-old-address = Gammeldags tiltale
check-kind-very-long-word = Meget langt ord
check-api-too-large = Teksten må højst have 131.072 tegn. Del den op, og send delene hver for sig.
check-api-bad-json = Send JSON som {"{"}"text": "...", "format": "text"{"}"}. Format kan være text, markdown eller html.

error-invalid-title = Noget skal rettes
error-invalid-next = Et eller flere felter er ikke udfyldt rigtigt. Se listen "errors", ret felterne, og send igen.
error-conflict-title = Findes allerede

people-name-missing = Skriv personens navn.
people-name-too-long = Navnet må højst være 200 tegn.
people-cpr-not-ten-digits = Et CPR-nummer har 10 cifre, fx 150584-1234. Tjek nummeret.
people-cpr-not-a-date = De første 6 cifre i et CPR-nummer er en fødselsdato (dag, måned, år). Tjek nummeret.
people-cpr-taken = Der er allerede en person med det CPR-nummer. Brug den person i stedet.
people-phone-invalid = Skriv et telefonnummer med 8 cifre, eller et udenlandsk nummer, der begynder med +.

my-post-choice = Papir eller digital post

postchoice-title = Sådan får du dine breve
postchoice-is-digital = Du får dine breve digitalt her i Borgerbro.
postchoice-is-paper = Du får dine breve på papir med posten.
postchoice-paper-text = Vil du hellere have dine breve på papir? Du skal ikke give en grund. Det gælder fra nu af, og du kan altid skifte tilbage.
postchoice-to-paper = Jeg vil have mine breve på papir
postchoice-back-text = Vil du hellere have dine breve digitalt igen? Det gælder fra nu af.
postchoice-to-digital = Jeg vil have mine breve digitalt
postchoice-now-paper = Nu får du dine breve på papir. Det gælder allerede fra det næste brev.
postchoice-now-digital = Nu får du dine breve digitalt igen.
postchoice-address-heading = Din adresse
postchoice-no-address = Vi har ikke din adresse. Ring til os på { $phone }, så vi kan sende dine breve.

date-long = { $weekday } den { $day }. { $month } { $year }
weekday-1 = mandag
weekday-2 = tirsdag
weekday-3 = onsdag
weekday-4 = torsdag
weekday-5 = fredag
weekday-6 = lørdag
weekday-7 = søndag
# Opening hours in a line: a run of days with the same times ("mandag–onsdag 10.00–15.00").
hours-run = { $days } { $opens }–{ $closes }
hours-run-drop-in = { $days } { $opens }–{ $closes } (drop-in)
month-1 = januar
month-2 = februar
month-3 = marts
month-4 = april
month-5 = maj
month-6 = juni
month-7 = juli
month-8 = august
month-9 = september
month-10 = oktober
month-11 = november
month-12 = december

my-inbox = Dine breve
my-write = Skriv et brev
my-escalations = Breve, der ikke er læst: opfølgning

area-housing = Bolig
area-health = Sundhed
area-pension = Pension
area-employment = Job og ydelser
area-family = Børn og familie
area-tax = Skat og betaling
area-bookings = Tider og møder
area-mandates = Hjælpere og tilladelser
area-general = Andet
area-unknown = Ukendt emne

inbox-title = Dine breve
inbox-search-label = Søg i dine breve
inbox-search-button = Søg
inbox-empty = Du har ingen breve endnu.
inbox-none-found = Ingen breve passer til din søgning. Prøv et andet ord.
inbox-unread = Ikke læst
inbox-done = Klaret
inbox-unread-count =
    { $count ->
        [0] Ingen ulæste breve
        [one] 1 ulæst brev
       *[other] { $count } ulæste breve
    }
inbox-filter-label = Find breve
inbox-unread-only = Vis kun ulæste
inbox-pages-label = Flere breve
inbox-newer = Nyere breve
inbox-older = Ældre breve
inbox-no-more = Der er ikke flere breve her. Gå til nyere breve.
inbox-none-unread = Der er ingen ulæste breve.
inbox-bad-cursor = Linket til siden med breve virker ikke. Gå til dine breve og find brevet derfra.

letter-deadline = Svar senest { $date }
letter-deadline-moved = Fristen var { $date }. Vi har givet dig mere tid, fordi du ikke havde åbnet brevet.
letter-answered = Brevet er besvaret { $date }.
letter-answered-deadline = Fristen var { $date }.
letter-from = Fra
letter-area = Om
letter-summary = Kort fortalt
letter-back = Tilbage til dine breve
letter-read-aloud = Læs op
letter-is-done = Du har markeret brevet som klaret.
letter-mark-done = Marker som klaret
letter-help = Forstår du ikke brevet? Ring til os på { $phone }, så forklarer vi det.

write-title = Skriv et brev
write-recipient-legend = Modtager
write-recipient-chosen = Brevet går til
write-recipient-paper = Personen får breve på papir, så brevet bliver sendt med posten.
write-recipient-digital = Personen får breve digitalt.
write-recipient-label = Find modtageren
write-recipient-hint = Skriv et navn eller et CPR-nummer, og tryk Søg.
write-search-button = Søg
write-matches-legend = Vælg modtageren
write-area-label = Hvad handler brevet om?
write-area-hint = Det bestemmer, hvem der må hjælpe borgeren med brevet.
write-subject-label = Overskrift
write-summary-label = Kort fortalt
write-summary-hint = 4 til 60 ord i hverdagssprog om det vigtigste. Det står øverst i brevet. Et svært brev skal have det; tjek teksten, så ser du, om dit skal.
write-body-label = Brevet
write-body-hint = Skriv til borgeren med "du". Du kan bruge Markdown: # overskrift, **fed**, - punkter.
write-deadline-label = Skal borgeren gøre noget inden en dato? (frivilligt)
write-deadline-hint = Læser borgeren ikke brevet, ringer eller skriver vi, og fristen bliver flyttet.
write-preview-button = Se brevet
write-send-button = Send brevet
write-check-heading = Klart sprog
write-preview-heading = Sådan ser brevet ud for borgeren

status-recipient = Modtager
status-sent = Sendt
status-on-paper = på papir
status-opened = Åbnet
status-not-opened = Ikke åbnet endnu
status-deadline = Frist
status-deadline-was = frist før: { $date }
status-escalations = Opfølgning
status-no-escalations = Ingen opfølgning endnu.

escalations-title = Opfølgning på breve, der ikke er læst
escalations-lead = Disse borgere har ikke åbnet et vigtigt brev. Kontakt dem, og skriv hvordan det gik. Fristen er allerede flyttet.
escalations-none = Der er ingen breve at følge op på.
escalations-letter = Brev
escalations-contact = Kontakt
escalations-moved = Ny frist: { $date }
escalations-outcome-legend = Hvordan gik det med { $name }?
escalations-save = Gem
escalation-phone = Ring til borgeren
escalation-paper = Send brevet på papir
escalation-visit = Besøg borgeren
outcome-reached = Vi fik fat i borgeren
outcome-not-reached = Vi fik ikke fat i borgeren
outcome-other-channel = Vi kontaktede borgeren på en anden måde

post-recipient-none-found = Vi fandt ingen med det navn eller CPR-nummer. Tjek stavningen, eller søg på en del af navnet.
post-recipient-missing = Vælg, hvem brevet skal til: søg på navn eller CPR-nummer.
post-recipient-unknown = Modtageren findes ikke. Opret personen først, eller tjek id eller CPR-nummer.
post-area-missing = Vælg, hvad brevet handler om.
post-subject-missing = Skriv en overskrift.
post-subject-too-long = Overskriften må højst være 200 tegn.
post-summary-too-long = "Kort fortalt" må højst være 1.000 tegn. Skriv kun det vigtigste.
post-summary-required = Brevet er for svært at læse uden et "Kort fortalt". Skriv et "Kort fortalt", eller gør brevet lettere.
post-summary-says-nothing = Skriv "Kort fortalt" med mindst 4 ord: det vigtigste i brevet, fx hvad borgeren skal gøre og hvornår. "Se brevet" er ikke nok.
post-summary-not-short = "Kort fortalt" må højst være 60 ord. Skriv kun det vigtigste, i to eller tre korte sætninger.
post-summary-not-plain = Skriv "Kort fortalt" i hverdagssprog: uden kancellisprog, fagord og gammeldags tiltale, og i korte sætninger. Tjek teksten for at se, hvad der skal rettes.
post-body-missing = Skriv brevet.
post-body-too-long = Brevet må højst være 100.000 tegn.
post-deadline-past = Fristen skal ligge efter i dag.
post-deadline-invalid = Skriv fristen som en dato, fx 2026-12-11.
post-deadline-paper-too-soon = Personen får breve på papir. Med postens leveringstid får de for kort tid. Giv mindst 10 dage efter, brevet er kommet frem.
post-idempotency-reused = Idempotency-Key er brugt til et andet brev. Brug en ny nøgle til et nyt brev.
post-outcome-missing = Vælg, hvordan det gik.
post-attachment-empty = Filen er tom. Vælg den rigtige PDF-fil.
post-attachment-too-large = Et bilag må højst fylde 20 MB. Gør filen mindre, eller del den i flere filer.
post-attachment-not-pdf = Bilag skal være PDF-filer. Gem filen som PDF, og vælg den igen.
post-attachment-filename-too-long = Et bilags filnavn må højst have 255 tegn. Giv filen et kortere navn, og send den igen.
post-attachment-too-complex = Vi kan ikke bruge bilaget, fordi det fylder for meget, når det åbnes. Gem PDF-filen igen som en almindelig PDF, eller del den i flere filer.
post-attachment-bad-base64 = Et bilag er ikke gyldig base64 i data_base64.
post-attachments-too-many = Et brev kan højst have 5 bilag. Fjern et bilag, eller send to breve.
post-batch-unclosed-field = Et flettefelt mangler sine afsluttende {"}}"}. Skriv feltet som {"{{"} navn {"}}"}.
post-batch-unknown-field = Skabelonen bruger et flettefelt, som listen ikke har. Tilføj feltet til listen, eller ret navnet i skabelonen.
post-batch-missing-field = Modtageren mangler et flettefelt, som skabelonen bruger. Tilføj værdien.
post-batch-unknown-recipient = Vi kender ikke modtageren. Ret CPR-nummeret eller id'et, eller opret personen først.
post-batch-too-many = Højst 10.000 modtagere ad gangen. Del listen op, eller brug borgerbro post send-batch.
post-batch-empty = Listen har ingen modtagere.
post-batch-field-too-long = Et flettefelt er længere end et helt brev. Ret værdien, og send igen.
post-upload-broken = Formularen kom ikke helt frem. Prøv at sende den igen.
letter-attachment-size = PDF, { $size }
letter-attachments = Bilag
write-attached = Vedhæftede bilag
write-remove-attachment = Fjern { $name }
write-files-label = Vedhæft bilag (frivilligt)
write-files-hint = PDF-filer på højst 20 MB. Højst { $count } bilag. Filen bliver vedhæftet, når du trykker på en af knapperne.

my-front-desk = Hjælp en borger med deres post
frontdesk-title = Borgerservice: papir eller digital post
frontdesk-lead = Find borgeren, og skift til papir eller digital post for dem. Borgeren skal ikke give en grund. Det bliver skrevet i borgerens log, at du gjorde det for dem. Søgningen viser kun navn og CPR-nummer. Når du åbner noget om borgeren, skriver du først hvorfor.
frontdesk-search-hint = Navn eller CPR-nummer. Borgere uden CPR-nummer findes på navn.
frontdesk-is-paper = Får breve på papir.
frontdesk-is-digital = Får breve digitalt.
frontdesk-to-paper = Giv { $name } breve på papir
frontdesk-to-digital = Giv { $name } digitale breve igen
frontdesk-now-paper = { $name } får nu breve på papir, fra det næste brev.
frontdesk-now-digital = { $name } får nu breve digitalt igen.
frontdesk-open = Breve og beskyttelse for { $name }
frontdesk-citizen-title = Breve og beskyttelse: { $name }
frontdesk-citizen-cpr = CPR-nummer
frontdesk-citizen-letters = Sådan får borgeren breve
frontdesk-citizen-protection = Beskyttelse mod digital kontrol

offer-subject = Vil du have dine breve på papir?
offer-summary = Du kan få dine breve fra kommunen på papir i stedet for digitalt. Du skal ikke give en grund.
offer-sender = Borgerservice
offer-body =
    Vi har sendt dig breve digitalt, som du ikke har åbnet. Det er helt i orden at have det svært med digital post.

    Du kan få alle dine breve fra os med posten i stedet. Du skal ikke give en grund.

    - Ring til os, så ordner vi det for dig.
    - Eller kom forbi Borgerservice.
    - Du kan altid skifte tilbage igen.

print-title = Breve til udskrift
print-lead = Breve til borgere, der får post på papir, og papirkopier af vigtige breve, som ikke er læst. Hent dem som én PDF, print dem, og marker dem som sendt, når de er i posten.
print-none = Der er ingen breve at printe.
print-round-lead =
    { $count ->
        [one] Brevene i køen har flere bilag, end én PDF kan rumme. Hent først det ældste brev. Markér det som sendt, når det er printet. Så kan du hente de næste.
       *[other] Brevene i køen har flere bilag, end én PDF kan rumme. Hent først de { $count } ældste breve. Markér dem som sendt, når de er printet. Så kan du hente de næste.
    }
print-download-round =
    { $count ->
        [one] Hent det ældste brev som PDF
       *[other] Hent de { $count } ældste breve som én PDF
    }
print-download-all =
    { $count ->
        [one] Hent brevet som PDF
       *[other] Hent alle { $count } breve som én PDF
    }
print-queued-legend = Breve, der venter
print-no-address = ingen adresse: ring eller mød borgeren
print-queued-at = I køen siden
print-one-pdf = Hent kun dette brev (PDF):
print-mark-posted = Marker de valgte som sendt med posten
print-marked =
    { $count ->
        [one] Brevet er markeret som sendt.
       *[other] { $count } breve er markeret som sendt.
    }
print-posted-heading = Sendt for nylig
print-not-needed-heading = Ikke længere nødvendige
print-not-needed-lead = Papirkopier af breve, der ikke var åbnet. Brevet er åbnet eller besvaret, før kopien blev sendt, så kopien skal ikke printes.
print-not-needed-opened = Ikke længere nødvendig: borgeren åbnede brevet { $date }
print-not-needed-opened-by-helper = Ikke længere nødvendig: en hjælper åbnede brevet for borgeren { $date }
print-not-needed-answered = Ikke længere nødvendig: borgeren svarede på brevet { $date }
print-posted-at = Sendt
print-no-address-heading = Kan ikke sendes med posten
print-no-address-lead = Borgeren har ingen adresse, vi kan sende til. Ring og læs brevet op, eller giv det til borgeren i Borgerservice. Brevet kan ikke markeres som sendt.
print-no-address-call = Ring på { $phone } og læs brevet op, eller giv det til borgeren, når de kommer.
print-no-address-meet = Borgeren har heller ikke et telefonnummer: giv brevet, når borgeren kommer i Borgerservice.
print-handed-over = Klaret: læst op eller givet til { $name }
print-handed-over-done = Brevet er markeret som læst op eller givet.
print-handed-over-at = Læst op eller givet
print-reason-letter = Borgeren får post på papir
print-reason-escalation = Papirkopi: brevet er ikke åbnet
print-reason-offer = Tilbud om post på papir
print-status-unknown = Ukendt status. Brug status=queued eller status=posted.
paper-phone = Telefon { $phone }
paper-page = Side
paper-of = af
# A paper copy made because a letter with a deadline was not opened: said at its top.
paper-copy-heading = Kopi af et brev, du ikke har åbnet
paper-copy-text = Dette er en kopi af et brev, som vi sendte til din digitale post { $sent }. Du har ikke åbnet brevet. Derfor har vi flyttet fristen fra { $before } til { $after }. Du har nu til og med { $after } til at svare.
# The attachments, listed after the letter's text.
paper-attachment-included = Bilag { $number }: { $filename }. Det kommer efter brevet.
paper-attachment-separate = Bilag { $number } skal printes for sig: { $filename }
my-print-queue = Breve til udskrift

offer-tasks-heading = Borgere, der skal tilbydes post på papir
offer-tasks-lead = Disse borgere har flere gange ikke åbnet vigtige breve. De har fået et brev med tilbuddet. Ring til dem, eller tal med dem, når de kommer forbi.
offer-task = Tilbyd { $name } post på papir
offer-task-switch = Skift { $name } til papir
offer-task-done = Det er gjort: { $name } har fået tilbuddet
print-letters-heading = Breve til udskrift
frontdesk-print-link = Breve til udskrift og borgere, der skal tilbydes papirpost

reply-heading = Svar på brevet
reply-label = Dit svar
reply-hint = Skriv med dine egne ord. Den, der sendte brevet, læser dit svar.
reply-send = Send svaret
reply-sent = Dit svar er sendt. Du kan se det herunder.
reply-you-wrote = Du skrev
inbox-read-by = Læst af { $name }
letter-read-by = { $name } åbnede brevet for dig { $date }.
reply-helper-wrote = { $name } skrev for dig { $date }
status-opened-by-citizen = { $date }, af borgeren
status-opened-by-helper = { $date }, af { $name }, der hjælper borgeren
status-reply-citizen = Borgeren skrev { $date }
status-reply-helper = { $name } skrev for borgeren { $date }
reply-missing = Skriv dit svar, før du sender det.
reply-too-long = Svaret er for langt. Gør det kortere, eller ring til os.
status-replies = Svar
status-no-replies = Borgeren har ikke svaret.
print-attachments = Bilag, som er med i brevets PDF. Står der på brevet, at et bilag skal printes for sig, så hent det her

write-draft-button = Gem som kladde
write-draft-saved = Kladden er gemt. Du kan skrive videre nu eller senere.
write-drafts-heading = Dine kladder
write-draft-untitled = Kladde uden overskrift

scope-post = Læse dine breve
scope-bookings = Bestille tider for dig
scope-mydata = Se dine oplysninger
mandate-status-pending = Venter på, at hjælperen siger ja
mandate-status-active = Gælder nu
mandate-status-suspended = Sat på pause
mandate-status-ended = Afsluttet
mandate-status-expired = Udløbet
mandate-status-not-yet-valid = Gælder fra startdatoen
mandate-helper-is-citizen = Du kan ikke give dig selv lov. Vælg en anden person.
mandate-areas-missing = Vælg mindst én ting, hjælperen må hjælpe med.
mandate-area-unknown = Et område findes ikke. Brug post, bookings, mydata eller et emne som housing eller health.
mandate-rights-unknown = Skriv look (kun se) eller act (se og handle).
mandate-dates-order = Slutdatoen ligger før startdatoen. Ret en af dem.
mandate-ends-in-past = Slutdatoen er allerede passeret. Vælg en dato i fremtiden.
mandate-too-long = Tilladelsen er for lang. Vælg en kortere periode; du kan altid give en ny.
mandate-duplicate = Personen har allerede præcis den tilladelse.
mandate-date-invalid = Skriv datoen som ÅÅÅÅ-MM-DD, for eksempel 2027-01-31.
mandate-person-unknown = Vi kender ikke personen. Tjek id'et.
mandate-identity-check-missing = Skriv hvordan borgerens identitet blev tjekket (pas, kørekort, ...).
mandate-identity-check-unknown = Vælg hvordan borgerens identitet blev tjekket: pas, kørekort, opholdskort eller kendt af medarbejderen (pas, koerekort, opholdskort, kendt).
mandate-note-too-long = Noten må højst være 500 tegn. Gør den kortere.
mandate-notice-given-subject = Du har givet { $helper } lov til at hjælpe dig
mandate-notice-given-body =
    { $helper } må nu hjælpe dig med: { $scopes }. { $can } Tilladelsen gælder til og med { $until }.

    Du kan altid se, hvad { $helper } har gjort, og du kan stoppe tilladelsen med det samme på Min side eller i Borgerservice.

    Har du ikke givet denne tilladelse? Ring til os med det samme.
mandate-notice-ended-subject = { $helper } må ikke længere hjælpe dig
mandate-notice-ended-body =
    Tilladelsen til { $helper } er stoppet. { $could } Nu kan { $helper } ikke længere se eller gøre noget for dig.

    Vil du have hjælp igen, kan du give en ny tilladelse på Min side eller i Borgerservice.

helpers-title = Dem der kan hjælpe dig
helpers-lead = Her ser du alle, der må se eller gøre noget for dig, og alt hvad de har gjort. Du kan stoppe en tilladelse med det samme.
helpers-none = Ingen har lov til at hjælpe dig lige nu.
helpers-given = Tilladelsen er givet. Hjælperen skal sige ja, før den gælder. Du har fået et brev om den.
helpers-stopped = Tilladelsen er stoppet. Hjælperen kan ikke længere se eller gøre noget for dig.
helpers-stop = Stop tilladelsen til { $name }
helpers-actions-heading = Det har dine hjælpere gjort
helpers-actions-none = Dine hjælpere har ikke gjort noget endnu.
helpers-helper-unknown = Vi kender ingen med det CPR-nummer. Tjek nummeret, eller kom forbi Borgerservice sammen med din hjælper.
helper-action-read = læste et brev
helper-action-read-attachment = åbnede et bilag
helper-action-accept = sagde ja til at hjælpe
helper-action-refused = prøvede at se noget, tilladelsen ikke dækker, og blev afvist
helper-action-other = gjorde noget for dig
helper-action-read-letter = læste brevet «{ $subject }»
helper-action-reply-letter = svarede på brevet «{ $subject }»
helper-action-refused-letter = prøvede at åbne brevet «{ $subject }», som tilladelsen ikke dækker, og blev afvist
helper-action-refused-bookings = prøvede at se eller ændre dine tider, som tilladelsen ikke dækker, og blev afvist
helper-action-refused-no-permission = prøvede at hjælpe dig uden en tilladelse, der gælder nu, og blev afvist
helper-action-refused-missing = prøvede at åbne et brev eller en tid, der ikke findes blandt dine, og blev afvist
mandate-until = Gælder til og med { $date }.
mandate-note = Note
mandate-rights-look = Må kun se
mandate-rights-act = Må se og handle
mandate-rights-look-explained = Hjælperen kan læse, men ikke svare, bestille eller ændre noget for dig.
mandate-rights-act-explained = Hjælperen kan også svare på breve og bestille tider for dig. Hjælperen kan aldrig give andre lov.
give-title = Giv en anden lov til at hjælpe dig
give-lead = Vælg hvem, hvad og hvor længe. Giv kun lov til det, du har brug for hjælp til. Du kan altid stoppe tilladelsen igen.
give-areas-legend = Hvad må hjælperen hjælpe med?
give-areas-hint = Vælg brevenes emner også: en hjælper ser kun breve om de emner, du vælger. "Andet" er også et emne. Breve om dine tider ser kun den, der også må bestille tider for dig.
give-rights-legend = Hvad må hjælperen gøre?
give-until-label = Hvor længe?
give-until-hint = Tilladelsen stopper af sig selv efter denne dag.
give-note-label = Note (frivilligt)
give-note-hint = For eksempel hvad hjælpen er til. Hjælperen kan se noten.
give-submit = Giv tilladelsen
give-back = Tilbage til dem der kan hjælpe dig
helping-title = Dem du hjælper
helping-lead = Her er de borgere, der har givet dig lov til at hjælpe dem. Du kan kun se og gøre det, tilladelsen siger.
helping-none = Ingen har givet dig lov til at hjælpe dem.
helping-accept = Ja, jeg vil hjælpe { $name }
helping-open = Hjælp { $name }
acting-region = Du hjælper en anden
acting-for = Du hjælper { $name }
acting-back = Tilbage til dine egne sider
acting-post-title = Breve til { $name }
acting-post-none = Der er ingen breve, du må se.
acting-post-no-areas = Tilladelsen nævner ingen emner for breve, så du kan ikke se nogen breve. { $name } kan give dig lov til et emne, for eksempel "Andet".
acting-post-search-label = Søg i brevene
helper-action-list = så listen over dine breve
acting-post-back = Tilbage til brevene til { $name }
my-helpers = Dem der kan hjælpe dig
my-helping = Dem du hjælper

guide-kicker = Sådan hjælper du
guide-can-heading = Det kan du
guide-cannot-heading = Det kan du ikke
guide-how-heading = Sådan gør du
guide-others = Andre ting, du kan hjælpe med
guide-post-title = Hjælp med breve
guide-post-lead = Du læser brevene sammen med den, du hjælper, og hjælper med at forstå, hvad de skal gøre.
guide-post-can = Du kan læse de breve, tilladelsen dækker. Må du også handle, kan du svare på brevene. Det står i brevet, at du har læst det.
guide-post-cannot = Du kan ikke se breve om emner, tilladelsen ikke dækker, og du kan aldrig give andre lov til at hjælpe.
guide-post-how = Log ind med dit eget MitID, gå til "Dem du hjælper", og vælg personen. Øverst på siden står der altid, hvem du hjælper.
guide-emner-title = Breve om et bestemt emne
guide-emner-lead = Hvert brev handler om et emne, for eksempel bolig, sundhed eller pension.
guide-emner-can = Må du hjælpe med breve om bolig, ser du kun brevene om bolig. Andre breve ser du kun, hvis "Andet" er valgt. Breve om tider ser du kun, hvis du også må bestille tider.
guide-emner-cannot = Du ser ikke breve om emner, tilladelsen ikke nævner. Et brev om sundhed er kun for den, der må hjælpe med sundhed.
guide-emner-how = Den du hjælper vælger emnerne, når de giver dig lov. Mangler der et emne, kan de give dig en ny tilladelse.
help-guides-heading = Hjælper du en anden?

frontdesk-give-mandate = Giv en tilladelse for { $name }
desk-title = Giv en tilladelse for { $name }
desk-lead = Borgeren og hjælperen er her begge. Tjek hvem borgeren er, og skriv hvordan. Tilladelsen gælder med det samme, og borgeren får en kvittering med hjem.
desk-helper-legend = Hjælperen
desk-helper-label = Find hjælperen
desk-helper-choose = Vælg hjælperen
desk-helper-missing = Find og vælg hjælperen.
desk-check-label = Hvordan tjekkede du, hvem borgeren er?
desk-check-choose = Vælg
desk-check-pas = Pas
desk-check-koerekort = Kørekort
desk-check-opholdskort = Opholdskort
desk-check-kendt = Borgeren er kendt af en medarbejder
desk-submit = Giv tilladelsen og udskriv kvittering
receipt-title = Kvittering for din tilladelse
receipt-lead = { $name } har givet en anden lov til at hjælpe. Gem denne kvittering.
receipt-helper = Hjælper
receipt-may = Må
receipt-until = Gælder til og med
receipt-note = Note
receipt-end-heading = Sådan stopper du tilladelsen
receipt-end-call = Ring til os på { $phone }.
receipt-end-visit = Kom forbi: { $address }.
receipt-end-online = Eller log ind, gå til Min side og vælg "Dem der kan hjælpe dig".
receipt-letter = Du får også et brev om tilladelsen.
receipt-print = Udskriv kvitteringen
receipt-back = Tilbage til Borgerservice

frontdesk-is-protected = Borgeren er beskyttet: nye tilladelser kun her i Borgerservice, og de bliver også sendt på papir.
frontdesk-protect = Beskyt { $name } mod digital kontrol
frontdesk-unprotect = Fjern beskyttelsen af { $name }
frontdesk-pause-all = Sæt alle tilladelser på pause nu
mandate-needs-in-person = Du er beskyttet, så en ny tilladelse skal gives i Borgerservice, hvor vi kan se dig. Kom forbi, eller ring til os.
print-reason-protection = Beskyttet borger: besked om ny tilladelse

acting-replies = Svar på brevet
acting-answer-label = Svar for { $name }
acting-answer-hint = Svaret bliver sendt i borgerens navn, og det står, at du skrev det.
helper-action-reply = svarede på et brev

scope-post-helper = Læse brevene
scope-bookings-helper = Bestille tider
scope-mydata-helper = Se oplysningerne

# Changing a permission, and one that runs out by itself
helpers-change = Ret tilladelsen til { $name }
helpers-changed = Tilladelsen er rettet, og det gælder nu. Du har fået et brev om det.
mandate-idempotency-reused = Idempotency-Key er brugt til en anden ændring. Brug en ny nøgle til en ny ændring.
mandate-error-api-json = Send en JSON-krop med citizen og det, der skal ændres: areas, rights, valid_to eller note.
helpers-change-waits = Det her er en ændring, der venter på, at { $name } siger ja. Indtil da gælder den tilladelse, { $name } har nu.
helping-change-waits = { $name } vil ændre din tilladelse. Siger du ja, gælder den nye i stedet for den, du har nu.
helpers-changed-waiting = Tilladelsen er rettet. Det nye gælder først, når hjælperen siger ja. Du har fået et brev om det.
change-title = Ret tilladelsen til { $name }
change-lead = Giver du hjælperen mindre lov, gælder det med det samme. Giver du mere lov, gælder det først, når hjælperen har sagt ja. Indtil da må hjælperen kun det, som både den gamle og den nye tilladelse giver lov til.
change-until-hint = Tilladelsen stopper af sig selv efter denne dag. En tidligere dag gælder med det samme.
change-submit = Gem ændringen
change-back = Tilbage til Dem der kan hjælpe dig
mandate-unchanged = Du har ikke ændret noget. Ret mindst én ting, eller gå tilbage.
mandate-notice-changed-subject = Du har ændret tilladelsen til { $helper }
mandate-notice-changed-now = Fra nu af må { $helper } hjælpe dig med: { $scopes }. { $can } Tilladelsen gælder til og med { $until }.
mandate-notice-changed-stopped = Den gamle tilladelse til { $helper } er stoppet, fordi den nye ikke har noget til fælles med den.
mandate-notice-changed-waiting = Du har også givet { $helper } lov til mere: { $scopes }. { $can } Til og med { $until }. Det gælder først, når { $helper } siger ja.
mandate-notice-changed-end =
    Du kan altid se, hvad { $helper } har gjort, og du kan stoppe tilladelsen med det samme på Min side eller i Borgerservice.

    Har du ikke ændret tilladelsen? Ring til os med det samme.
mandate-notice-can-look = { $helper } kan kun se det, ikke svare, bestille eller ændre noget for dig.
mandate-notice-can-act = { $helper } kan se det og kan også handle for dig: svare på breve og bestille tider.
mandate-notice-could-look = Tilladelsen gav { $helper } lov til kun at se, ikke til at handle for dig.
mandate-notice-could-act = Tilladelsen gav { $helper } lov til at se og også til at handle for dig.
mandate-notice-you-can-look = Du kan kun se det, ikke svare, bestille eller ændre noget for { $citizen }.
mandate-notice-you-can-act = Du kan se det og kan også handle for { $citizen }: svare på breve og bestille tider.
mandate-notice-helper-given-subject = { $citizen } har givet dig lov til at hjælpe
mandate-notice-helper-given-body =
    { $citizen } har givet dig lov til at hjælpe med: { $helper-scopes }. { $you-can } Tilladelsen gælder til og med { $until }.

    { $start }

    Du kan kun se og gøre det, tilladelsen siger. { $citizen } kan altid se, hvad du har gjort, og kan stoppe tilladelsen med det samme.
mandate-notice-helper-more-subject = { $citizen } vil give dig lov til mere
mandate-notice-helper-more-body =
    { $citizen } har ændret din tilladelse og vil give dig lov til mere: { $helper-scopes }. { $you-can } Til og med { $until }. Indtil du siger ja, gælder det, du har lov til nu.

    { $start }
mandate-notice-helper-start-waiting = Tilladelsen gælder først, når du siger ja. Log ind, gå til "Dem du hjælper" (/jeg-hjaelper), og tryk "Ja, jeg vil hjælpe { $citizen }".
mandate-notice-helper-start-accepted = Tilladelsen gælder allerede, fordi den blev givet i Borgerservice med jer begge til stede. Du finder den under "Dem du hjælper" (/jeg-hjaelper).
mandate-notice-expired-subject = { $helper } kan ikke længere hjælpe dig
mandate-notice-expired-body =
    { $helper } kan ikke længere hjælpe dig med { $scopes } fra { $from }. { $could } Tilladelsen gjaldt til og med { $until }, og den er stoppet af sig selv.

    Vil du have hjælp igen, kan du give en ny tilladelse på Min side eller i Borgerservice.
desk-permissions-heading = Tilladelser, borgeren har givet
desk-give-heading = Giv en ny tilladelse
desk-change-back = Tilbage til borgerens tilladelser
acting-nav = Det kan du hjælpe { $name } med
acting-link-post = Breve
acting-link-bookings = Tider
acting-post-bookings = Se tiderne for { $name }
guide-tider-title = Hjælp med tider
guide-tider-lead = Du kan hjælpe med at bestille og holde styr på tider hos kommunen. Det kan være et møde i Borgerservice, en opringning eller et besøg.
guide-tider-can = Må du se og handle, kan du bestille en tid, flytte den og aflyse den. Må du kun se, kan du se tiderne, men ikke ændre dem. Den du hjælper får et brev hver gang. I brevet står det, at det var dig. Må du også læse breve, ser du brevene om tiderne.
guide-tider-cannot = Du kan ikke se tider, hvis tilladelsen ikke nævner tider. Du kan aldrig give andre lov til at hjælpe.
guide-tider-how = Log ind med dit eget MitID. Gå til "Dem du hjælper", og vælg personen. Vælg "Tider" øverst på siden. Her kan du bestille en ny tid. Du kan også åbne en tid og flytte eller aflyse den.

# Help places
help-kind-front_desk = Borgerservice
help-kind-library = Bibliotek
help-kind-drop_in_centre = Værested eller varmestue
help-kind-it_cafe = IT-café med frivillige
help-kind-phone_line = Hjælp på telefon
help-kind-outreach = Borgerservice på besøg
help-topic-mitid = MitID
help-topic-digital-post = Digital Post
help-topic-helpers = Lad en anden hjælpe dig
help-topic-apps = Apps på telefonen
help-topic-forms = Skemaer og ansøgninger
help-topic-letters = Breve du ikke forstår
help-topic-health = Sundhed
help-topic-housing = Bolig
help-topic-pension = Pension
help-topic-jobs = Arbejde
help-topic-money = Penge og ydelser
help-topic-moving = Flytning
help-language-da = dansk
help-language-en = engelsk
help-language-ar = arabisk
help-language-uk = ukrainsk
help-language-de = tysk
help-language-pl = polsk
help-language-tr = tyrkisk
help-language-so = somali
help-language-fa = persisk
help-language-ur = urdu
help-language-ti = tigrinya
help-language-ro = rumænsk
help-language-es = spansk
help-language-fr = fransk
help-hours-day = Skriv dagen som man, tir, ons, tor, fre, lør eller søn, fx man-fre 10:00-15:00.
help-hours-time = Skriv tiden som 10:00-15:00.
help-hours-order = Stedet skal lukke efter det åbner. Ret tiden.
help-hours-overlap = To tider overlapper samme dag. Skriv dem som én tid.
help-hours-missing = Skriv mindst én åbningstid, fx man-fre 10:00-15:00.
help-hours-closed-date = Skriv lukkedagen som "lukket 24.12" (hvert år), "lukket 31.12.2026" (én dag) eller "lukket 6.7.2026-26.7.2026" (en periode).
help-hours-closed-order = Den første lukkedag skal komme før den sidste. Ret datoerne.
help-status-closed-today = Lukket i dag: { $why }.
help-closed-own-day = lukket
help-place-closed-days = Lukkedage de næste to måneder
help-holiday-new-years-day = nytårsdag
help-holiday-maundy-thursday = skærtorsdag
help-holiday-good-friday = langfredag
help-holiday-easter-sunday = påskedag
help-holiday-easter-monday = 2. påskedag
help-holiday-ascension = Kristi himmelfartsdag
help-holiday-whit-sunday = pinsedag
help-holiday-whit-monday = 2. pinsedag
help-holiday-constitution-day = grundlovsdag
help-holiday-christmas-eve = juleaftensdag
help-holiday-christmas-day = juledag
help-holiday-boxing-day = 2. juledag
help-holiday-new-years-eve = nytårsaftensdag
help-error-kind = Vælg, hvilken slags sted det er.
help-error-name = Skriv stedets navn (højst 200 tegn).
help-error-description = Skriv beskrivelsen kortere (højst 2.000 tegn).
help-error-line = Skriv det kortere (højst 200 tegn).
help-error-street = Skriv vej og husnummer.
help-error-postcode = Skriv postnummeret med 4 cifre, fx 8000.
help-error-postcode-unknown = Vi kender ikke det postnummer. Skriv et postnummer i kommunen, fx 8000.
help-error-position = Skriv bredde- og længdegrad i Danmark, fx 56,1567 og 10,2108. Eller lad begge felter stå tomme.
help-error-phone = Skriv et telefonnummer med 8 cifre, fx 89 40 20 00, eller et udenlandsk nummer med landekode, fx +380 44 123 4567.
help-error-phone-needed = Hjælp på telefon skal have et telefonnummer.
help-error-languages = Skriv sprog som koder med komma imellem, fx da, en, ar.
help-error-step-free = Skriv ja eller nej.
help-error-topics = Vælg mindst ét emne, stedet hjælper med.
help-search-error-topic = Vælg et emne fra listen.
help-search-error-postcode = Skriv postnummeret med 4 cifre, fx 8000.
help-search-error-language = Vælg et sprog på listen, eller lad feltet stå tomt.
help-search-error-postcode-unknown = Vi kender ikke det postnummer. Prøv et postnummer i kommunen, fx 8000. Eller søg uden postnummer.
help-search-error-distance = Skriv også et postnummer, når du vælger en afstand.
help-search-error-distance-unknown = Vælg en af afstandene på listen, eller lad afstanden være.
help-status-open-now = Åben nu til kl. { $time }
help-status-drop-in-now = Drop-in nu til kl. { $time }
help-status-opens = Åbner { $day } kl. { $time }
help-status-drop-in-next = Drop-in { $day } kl. { $time }
help-status-never = Ingen faste tider. Ring først.
help-day-today = i dag
help-day-tomorrow = i morgen
help-feed-drop-in = Drop-in: { $place }
help-feed-visit = Borgerservice på besøg: { $place }
help-places-title = Find hjælp nær dig
help-places-lead = Her kan du finde steder, hvor du kan få hjælp af et menneske. Du skal ikke logge ind.
help-search-topic = Hvad vil du have hjælp til?
help-search-any-topic = Alt
help-search-postcode = Postnummer
help-search-postcode-hint = Vi viser de steder, der er tættest på.
help-search-distance = Hvor langt vil du gå eller køre?
help-search-language = Sprog
help-search-any-language = Alle sprog
help-search-open-now = Kun steder, der er åbne nu
help-search-submit = Find hjælp
help-search-found =
    { $count ->
        [one] Vi fandt 1 sted
       *[other] Vi fandt { $count } steder
    }
help-search-none = Vi fandt ingen steder. Prøv at vælge færre ting.
help-search-call = Du kan altid ringe til Borgerservice på { $phone }.
help-distance = { $distance } væk
help-phone = Telefon
help-languages = Sprog: { $languages }
help-step-free = Adgang uden trapper
help-not-step-free = Der kan være trapper. Ring og spørg.
help-pages = Flere sider
help-previous-page = Forrige side
help-next-page = Næste side
help-places-call-heading = Vil du hellere ringe?
help-place-where = Her er stedet
help-place-map = Se på kort
help-place-hours = Åbningstider
help-place-day = Dag
help-place-open = Åbent
help-place-drop-in = Drop-in (kom uden aftale)
help-place-closed = Lukket
help-place-calendar = Sæt drop-in i din kalender
help-place-topics = Her kan du få hjælp til
help-place-audience = Stedet er for
help-place-back = Find andre steder
help-admin-title = Steder med hjælp
help-admin-new = Opret et sted
help-admin-edit = Ret stedet
help-admin-import = Hent steder ind fra en fil
help-admin-export-csv = Gem alle steder som CSV
help-admin-export-json = Gem alle steder som JSON
help-admin-empty = Der er ingen steder endnu.
help-admin-count =
    { $count ->
        [one] 1 sted
       *[other] { $count } steder
    }
help-admin-updated = Sidst ændret
help-admin-save = Gem stedet
help-admin-remove = Fjern stedet
help-admin-back = Tilbage til alle steder
help-field-kind = Slags sted
help-field-kind-choose = Vælg
help-field-name = Navn
help-field-description = Hvad sker der her?
help-field-description-hint = Et par korte sætninger til borgeren.
help-field-audience = Hvem er stedet for?
help-field-audience-hint = Fx alle, ældre, unge, hjemløse.
help-field-street = Vej og husnummer
help-field-street-hint = Lad feltet stå tomt for hjælp på telefon.
help-field-postcode = Postnummer
help-field-city = By
help-field-city-hint = Tomt: byen for postnummeret.
help-field-position = Placering på kortet
help-field-position-hint = Tomt: midten af postnummeret.
help-field-latitude = Breddegrad
help-field-longitude = Længdegrad
help-field-phone = Telefon
help-field-phone-hint = 8 cifre.
help-field-languages = Sprog
help-field-languages-hint = Koder med komma imellem, fx da, en, ar.
help-field-step-free = Der er adgang uden trapper
help-field-topics = Emner stedet hjælper med
help-field-hours = Åbningstider og drop-in
help-field-hours-hint = Én tid pr. linje, fx "man-fre 10:00-15:00" eller "tor 16:00-18:00 drop-in". Stedet er lukket på helligdage, juleaften, nytårsaften og grundlovsdag, medmindre I skriver "åben på helligdage". Andre lukkedage: "lukket 27.12" eller "lukket 6.7.2026-26.7.2026".
help-import-lead = Hent mange steder ind på én gang fra en CSV- eller JSON-fil. Er der fejl i en række, bliver intet gemt, og du får at vide hvilke rækker.
help-import-columns = Filen skal have disse kolonner. En række med id retter stedet med det id.
help-import-file = Fil
help-import-file-hint = CSV med komma eller semikolon, eller JSON. Højst 20.000 steder.
help-import-submit = Hent stederne ind
help-import-no-file = Vælg en fil.
help-import-not-utf8 = Filen skal være gemt som UTF-8. Gem den igen som "CSV UTF-8".
help-import-bad-json = Filen kan ikke læses som JSON. Den skal være en liste af steder.
help-import-bad-csv = Filen kan ikke læses som CSV. Tjek, at første række er kolonnernes navne.
help-import-too-many = Filen har flere end 20.000 steder. Del den i flere filer.
help-import-rows = Nogle rækker har fejl. Intet er gemt. Ret rækkerne herunder og prøv igen.
help-import-bad-id = Et id må kun have bogstaver, tal og bindestreg.
help-import-problems =
    { $count ->
        [one] 1 fejl
       *[other] { $count } fejl
    }
help-import-row = Række
help-import-field = Felt
help-import-problem = Hvad skal rettes
help-import-done =
    { $count ->
        [one] 1 sted er hentet ind.
       *[other] { $count } steder er hentet ind.
    }

# Guides
guides-title = Guider til svære tider
guides-lead = Trin for trin gennem det, du skal. Hvert trin er kort. Du kan altid få hjælp af et menneske.
guides-kicker = Guide
guide-ready = Det skal du have klar
guide-steps =
    { $count ->
        [one] 1 trin
       *[other] { $count } trin
    }
guide-start = Start på trin 1
guide-all = Se alle guider
guide-who-can-help = Hvem kan hjælpe?
guide-find-places = Find et sted nær dig, hvor du kan få hjælp
guide-without-computer = Uden computer
guide-step-of = Trin { $number } af { $count }
guide-step-nav = Trin
guide-next = Næste trin: { $title }
guide-previous = Forrige trin
guide-done = Du er nået til det sidste trin.
help-guide-error-title = Skriv guidens titel.
help-guide-error-summary = Skriv kort, hvad guiden hjælper med.
help-guide-error-who-can-help = Skriv, hvem der kan hjælpe, fx Borgerservice eller biblioteket.
help-guide-error-without-computer = Skriv, hvordan man klarer det uden computer.
help-guide-error-topics = Vælg mindst ét emne, guiden handler om.
help-guide-error-steps-start = Start hvert trin med en linje, der begynder med ## og trinnets navn.
help-guide-error-step-empty = Hvert trin skal have et navn og en tekst.
help-guide-error-steps-none = Skriv mindst ét trin. Start det med ## og trinnets navn.
help-guide-error-steps-many = Skriv højst 12 trin. Del guiden i to, hvis der er mere.
help-guide-error-slug = Skriv et kort navn til adressen med små bogstaver, tal og bindestreg, fx mistet-mitid.
help-guide-error-slug-taken = Der er allerede en guide med det navn på det sprog. Vælg et andet navn, eller ret den guide.
guides-admin-title = Guider
guides-admin-new = Skriv en ny guide
guides-admin-edit = Ret guiden
guides-admin-edited = Sidst ændret
guides-admin-shipped = Som den kom med Borgerbro
guides-admin-save = Gem guiden
guides-admin-check = Tjek teksten
guides-admin-back = Tilbage til alle guider
guides-field-slug = Navn i adressen
guides-field-slug-hint = Små bogstaver, tal og bindestreg, fx mistet-mitid.
guides-field-lang = Sprog
guides-field-title = Titel
guides-field-summary = Kort fortalt
guides-field-summary-hint = En eller to korte sætninger: hvad guiden hjælper med.
guides-field-topics = Emner
guides-field-ready = Det skal du have klar
guides-field-ready-hint = Én ting pr. linje.
guides-field-steps = Trin
guides-field-steps-hint = Start hvert trin med ## og trinnets navn på sin egen linje. Skriv teksten under. Højst 12 trin.
help-topic-heading = Hjælp til: { $topic }
help-topic-places = Her kan du få hjælp af et menneske
help-topic-more-places = Se flere steder
help-find-places = Find et sted med hjælp nær dig

# Var det let?
feedback-question = Var det let?
feedback-score-1 = Meget svært
feedback-score-2 = Svært
feedback-score-3 = Hverken let eller svært
feedback-score-4 = Let
feedback-score-5 = Meget let
feedback-words = Vil du fortælle os mere? (Du behøver ikke)
feedback-submit = Send vurderingen
feedback-thanks = Tak for dit svar
feedback-thanks-text = Vi bruger svarene til at gøre siderne lettere. Vi kan ikke se, hvem du er.
feedback-back = Tilbage til siden
feedback-error-score = Vælg, hvor let det var.
feedback-error-words = Skriv højst 2.000 tegn.
feedback-task-answer-letter = At svare på et brev
feedback-task-choose-paper = At vælge breve på papir eller digitalt
feedback-task-give-permission = At give en anden lov til at hjælpe dig
feedback-task-guide = At følge en guide
feedback-task-booking = At bestille en tid
stuck-title = Hvor gik borgeren i stå?
stuck-lead = Skriv ned, hvor en borger ikke kunne komme videre. Skriv ikke borgerens navn. Det handler om siden, ikke om borgeren.
stuck-topic = Emne
stuck-page = Side eller sted
stuck-page-hint = Fx adressen på siden, eller "MitID-appen".
stuck-what = Hvad skete der?
stuck-what-hint = Kort: hvad prøvede borgeren, og hvad gik galt?
stuck-submit = Gem
stuck-saved = Tak. Det er gemt.
feedback-error-topic = Vælg et emne.
feedback-error-page = Skriv siden eller stedet (højst 200 tegn).
feedback-error-what = Skriv, hvad der skete (højst 2.000 tegn).
feedback-summary-title = Var det let? Svar og steder, hvor borgere gik i stå
feedback-summary-tasks = Svar pr. opgave og side
feedback-summary-stuck = Hvor borgere gik i stå
feedback-summary-words = De nyeste ord fra borgerne
feedback-none = Ingen endnu.
feedback-export = Gem alt som CSV
feedback-col-task = Opgave
feedback-col-page = Side
feedback-col-answers = Svar
feedback-col-average = Gennemsnit (1-5)
feedback-col-times = Gange

## Book a person (bookings)
bookings-title = Dine aftaler
bookings-title-for = Aftaler for { $name }
bookings-link-book = Book en tid
bookings-link-book-for = Book en tid for { $name }
bookings-link-day = Dagens aftaler
bookings-link-slots = Tider der kan bookes
bookings-book-new = Book en ny tid
bookings-none = Du har ingen kommende aftaler.
bookings-history-title = Tidligere og aflyste tider
bookings-history-past = Tiden er gået.
bookings-history-cancelled = Aflyst af { $who } { $at }.
bookings-cancelled-by-you = dig
bookings-cancelled-by-front-desk = Borgerservice
bookings-cancelled-by-system = et system, der booker for dig
bookings-cancelled-by-unknown = os
bookings-back = Tilbage til aftalerne
bookings-back-slots = Vælg en anden tid
bookings-calendar = Gem aftalen i din kalender (.ics)
bookings-move = Flyt aftalen
bookings-cancel = Aflys aftalen
bookings-notice-booked = Tiden er booket. Du får også et brev om aftalen.
bookings-notice-moved = Aftalen er flyttet. Du får også et brev om det.
bookings-notice-cancelled = Aftalen er aflyst. Du får også et brev om det.
bookings-kind-front-desk = Møde i Borgerservice
bookings-kind-callback = Vi ringer dig op
bookings-kind-video = Videomøde
bookings-kind-home-visit = Besøg i dit hjem
bookings-new-title = Book en tid
bookings-new-lead = Vælg hvordan du vil tale med os. Så viser vi de ledige tider.
bookings-choose-kind = Hvordan vil du tale med os?
bookings-free-heading = Ledige tider: { $kind }
bookings-free-none = Der er ingen ledige tider lige nu. Ring til os, så finder vi en tid.
bookings-at = kl. { $time }
bookings-when = { $day } kl. { $from }-{ $to }
bookings-where-callback = Vi ringer til dig på { $phone }.
bookings-where-video = Vi sender et link til videomødet til { $phone }.
bookings-where-home = Vi kommer hjem til dig.
bookings-confirm-title = Bekræft tiden
bookings-confirm-button = Book tiden
bookings-choose-another = Vælg en anden tid
bookings-show-title = Din aftale
bookings-ring-heading = Ring og sig tiden: brevet når ikke frem
bookings-ring-intro = Disse borgere får post på papir, og brevet om deres tid kommer først på mødets dag eller senere.
bookings-ring-say-booked = sig tiden
bookings-ring-say-cancelled = sig at tiden er aflyst
bookings-ring-mark = Jeg har ringet til { $name }
bookings-rung-heading = Ringet op
bookings-rung-by = { $name } ringede { $at }.
bookings-ring-arrives = Brevet kommer omkring { $arrives }.
bookings-ring-call = Ring på { $phone }
bookings-ring-no-phone = Vi har intet telefonnummer: find borgeren på en anden måde (et besøg eller en hjælper).
bookings-late-heading = Brevet om tiden kommer for sent
bookings-late-citizen = Du får post på papir, og brevet om tiden kommer først omkring { $arrives }, efter mødet. Skriv tiden ned nu, eller læg den i din kalender. { $has_phone ->
    [true] Borgerservice ringer til dig på { $phone } og siger tiden.
   *[false] Vi har ikke dit telefonnummer, så vi kan ikke ringe og sige tiden.
}
bookings-late-helper = { $name } får post på papir, og brevet om tiden kommer først omkring { $arrives }, efter mødet. Sig tiden til { $name } nu. { $has_phone ->
    [true] Borgerservice ringer også på { $phone } og siger tiden.
   *[false] Vi har ikke et telefonnummer, så vi kan ikke ringe og sige tiden.
}
bookings-late-desk = Borgeren får post på papir, og brevet om tiden kommer først omkring { $arrives }, efter mødet. Sig tiden til borgeren nu, eller giv dem en seddel med den. { $has_phone ->
    [true] Er borgeren ikke hos dig, så ring på { $phone }.
   *[false] Vi har ikke borgerens telefonnummer.
}
bookings-move-title = Flyt aftalen
bookings-move-button = Flyt til den valgte tid
bookings-field-kind = Slags møde
bookings-field-when = Tid
bookings-field-time = Klokken
bookings-field-place = Sted
bookings-field-place-hint = Kun til møder i Borgerservice.
bookings-field-place-none = Intet sted
bookings-field-topic = Hvad vil du tale om?
bookings-field-topic-hint = Fx MitID, et brev eller boligstøtte.
bookings-list-topic = Emne
bookings-field-note = Besked til os
bookings-field-note-hint = Skriv gerne, hvis vi skal vide noget før mødet. Du kan også lade feltet være tomt.
bookings-field-note-hint-call = Skriv gerne, hvad vi skal vide, før vi ringer. Du kan også lade feltet være tomt.
bookings-field-phone = Telefonnummer
bookings-field-phone-hint = 8 cifre, eller et udenlandsk nummer med landekode, fx +380 44 123 4567. Vi skal bruge det, når vi ringer dig op eller holder videomøde.
bookings-field-name = Navn
bookings-field-slot = Vælg en tid
bookings-field-date = Dato
bookings-field-date-hint = Skriv datoen som år-måned-dag, fx 2026-11-23.
bookings-field-first = Første dag
bookings-field-last = Sidste dag
bookings-field-weekdays = Ugedage
bookings-field-from = Fra klokken
bookings-field-to = Til klokken
bookings-field-time-hint = Fx 10:00.
bookings-field-minutes = Minutter pr. tid
bookings-field-status = Status
bookings-status-booked = Booket
bookings-status-free = Ledig
bookings-callback-title = Ring mig op
bookings-callback-lead = Skriv dit navn og dit telefonnummer, og vælg en tid. Så ringer vi til dig. Du skal ikke logge ind.
bookings-callback-button = Ring mig op
bookings-callback-done = Tak. Vi ringer til dig på den valgte tid.
bookings-callback-link = Vil du hellere have, at vi ringer dig op?
bookings-slots-title = Tider der kan bookes
bookings-slots-button = Lav tiderne
bookings-slots-upcoming = Tider de næste to uger
bookings-slots-made = { $count ->
    [one] Der er lavet én tid.
   *[other] Der er lavet { $count } tider.
}
bookings-day-title = Dagens aftaler
bookings-day-heading = Aftaler { $day }
bookings-day-show = Vis dagen
bookings-day-none = Der er ingen aftaler den dag.
bookings-error-kind = Vælg hvilken slags møde det er.
bookings-error-place = Vælg stedet for mødet i Borgerservice.
bookings-error-date = Skriv datoen som år-måned-dag, fx 2026-11-23.
bookings-error-first-date = Skriv den første dag som år-måned-dag, fx 2026-11-23.
bookings-error-last-date = Skriv den sidste dag som år-måned-dag, fx 2026-11-30.
bookings-error-date-order = Den sidste dag skal være samme dag som den første eller senere.
bookings-error-date-span = Lav tider for højst 92 dage ad gangen.
bookings-error-weekdays = Vælg mindst én ugedag.
bookings-error-from-time = Skriv, hvornår tiderne begynder, som timer og minutter, fx 10:00.
bookings-error-to-time = Skriv, hvornår tiderne slutter, som timer og minutter, fx 14:00.
bookings-error-time-order = Slut-tiden skal være efter start-tiden.
bookings-error-minutes = Skriv et antal minutter mellem 5 og 240.
bookings-error-no-slots = Der blev ingen tider ud af det. Tjek dage, ugedage og klokkeslæt.
bookings-error-past-series = Nogle af tiderne er allerede gået. Vælg en første dag og et klokkeslæt, der ikke er gået.
bookings-error-overlap = Nogle af tiderne overlapper tider, der allerede findes af samme slags og på samme sted. Intet er gemt. Vælg andre dage eller klokkeslæt.
bookings-error-past = Den tid er gået. Vælg en anden tid.
bookings-error-taken = Tiden blev taget lige før. Vælg en anden tid.
bookings-error-slot = Vælg en af de ledige tider.
bookings-error-name = Skriv dit navn.
bookings-error-phone = Skriv et telefonnummer med 8 cifre, fx 12 34 56 78, eller et udenlandsk nummer med landekode, fx +380 44 123 4567.
bookings-error-phone-needed = Skriv dit telefonnummer, så vi kan ringe til dig.
bookings-error-topic = Skriv kort, hvad du vil tale om (højst 200 tegn).
bookings-error-note = Beskeden er for lang. Skriv højst 2000 tegn.
bookings-error-citizen = Vi kender ikke den borger. Tjek person-id'et.
bookings-error-api-time = Skriv tiden som RFC 3339, fx 2026-11-23T10:00:00Z.
bookings-letter-booked-subject = Din tid: { $kind } { $when }
bookings-letter-booked-body = Du har fået en tid.

    - **Hvad:** { $kind }
    - **Hvornår:** { $when }
    - **Hvor:** { $where }
    - **Emne:** { $topic }

    Kan du ikke komme, så flyt eller aflys tiden under "Dine aftaler", eller ring til os.
bookings-letter-moved-subject = Din tid er flyttet: { $kind } { $when }
bookings-letter-moved-body = Din tid er flyttet. Den nye tid er:

    - **Hvad:** { $kind }
    - **Hvornår:** { $when }
    - **Hvor:** { $where }
    - **Emne:** { $topic }
bookings-letter-cancelled-subject = Din tid er aflyst: { $kind } { $when }
bookings-letter-cancelled-body = Din tid { $when } er aflyst. Vil du have en ny tid, så book den under "Dine aftaler", eller ring til os.
help-guide-error-lang = Vælg sproget da eller en.

api-bad-json = Send en JSON-krop som beskrevet i /api/v1/openapi.json.
api-idempotency-key-invalid = Idempotency-Key skal være 1 til 255 synlige tegn (ASCII), for eksempel et UUID.
api-idempotency-reused = Denne Idempotency-Key blev brugt til en anden forespørgsel. Brug en ny nøgle til en ny forespørgsel.
api-idempotency-in-progress = En forespørgsel med samme Idempotency-Key er ved at blive behandlet. Prøv igen om et øjeblik.

form-text-invalid = Feltet indeholder tegn, vi ikke kan gemme. Skriv det igen med almindelige bogstaver.
people-address-too-long = Adressen må højst være 300 tegn.
bookings-error-name-too-long = Navnet må højst være 200 tegn.
mandate-areas-too-many = Der er sendt flere områder, end der findes. Send hvert område én gang.

# Resuming permissions paused by protection, and giving one while protected
resume-title = Genoptag tilladelser for { $name }
resume-lead = Tilladelserne herunder er sat på pause, fordi { $name } var beskyttet. Spørg { $name }, hvilke der skal gælde igen. Vælg kun dem, { $name } selv siger ja til.
resume-none-paused = { $name } har ingen tilladelser, der er sat på pause.
resume-letters = Både borgeren og hver hjælper får et brev om det. Borgerens brev bliver også sendt på papir.
resume-legend = Hvilke tilladelser skal gælde igen?
resume-submit = Genoptag de valgte tilladelser
resume-back = Lad dem være på pause
resume-none-chosen = Vælg mindst én tilladelse, der skal gælde igen, eller lad dem være på pause.
resume-not-paused = En af tilladelserne er ikke længere sat på pause. Se listen igen, og vælg igen.
resume-link = Genoptag tilladelser for { $name }, der er sat på pause
resume-done = { $count ->
    [one] Én tilladelse gælder igen. Borgeren og hjælperen får et brev om det.
   *[other] { $count } tilladelser gælder igen. Borgeren og hjælperne får et brev om det.
}
helpers-paused-how = Tilladelsen er sat på pause, så { $name } kan ikke se eller gøre noget for dig. Vil du have, at den gælder igen, så kom i Borgerservice.
in-person-lead = Du er beskyttet mod digital kontrol. Derfor kan du kun give en anden lov til at hjælpe dig, når du møder op i Borgerservice. Det kan ikke gøres her på siden.
in-person-where = Hvor og hvornår
in-person-hours = Åbent
in-person-phone = Telefon
in-person-bring = Tag med
in-person-bring-id = Pas, kørekort eller opholdskort, så vi kan se, at det er dig.
in-person-bring-helper = Gerne den, der skal hjælpe dig. Så gælder tilladelsen med det samme.
in-person-why = Vi gør det sådan, så ingen kan give sig selv lov til at se din post, hvis nogen holder øje med dig på nettet.
mandate-notice-resumed-subject = { $helper } kan igen hjælpe dig
mandate-notice-resumed-body =
    Du har i Borgerservice valgt, at tilladelsen til { $helper } skal gælde igen. Den var sat på pause, fordi du var beskyttet. { $helper } må nu igen hjælpe dig med: { $scopes }. { $can } Tilladelsen gælder til og med { $until }.

    Du kan altid se, hvad { $helper } har gjort, og du kan stoppe tilladelsen med det samme på Min side eller i Borgerservice.

    Har du ikke valgt det? Ring til os med det samme.
mandate-notice-helper-resumed-subject = Du kan igen hjælpe { $citizen }
mandate-notice-helper-resumed-body =
    { $citizen } har valgt, at din tilladelse skal gælde igen. Den var sat på pause. Du må igen hjælpe med: { $helper-scopes }. { $you-can } Tilladelsen gælder til og med { $until }.

    { $start }
mandate-notice-helper-start-resumed = Du finder den under "Dem du hjælper" (/jeg-hjaelper).

# Stopping a permission: "Er du sikker?"
stop-title = Er du sikker på, at { $name } ikke længere må hjælpe dig?
stop-lead = Stopper du tilladelsen, gælder det med det samme. { $name } kan så ikke længere se eller gøre noget for dig.
stop-loses = { $name } mister lov til:
stop-again = Vil du have hjælp af { $name } igen senere, skal du give en ny tilladelse, og { $name } skal sige ja til den igen. Du får et brev om, at tilladelsen er stoppet.
stop-submit = Ja, stop tilladelsen
stop-keep = Nej, { $name } må stadig hjælpe mig

# Helper codes: naming a helper without a CPR number
give-helper-named-label = Hjælperens kode eller CPR-nummer
give-helper-named-hint = Bed din hjælper om koden. Hjælperen finder den under "Dem du hjælper". Den har 8 tegn, for eksempel 7F3K-2QXM. Du kan også skrive hjælperens CPR-nummer.
helpers-helper-missing = Skriv hjælperens kode eller CPR-nummer.
helpers-helper-typed-invalid = Skriv koden, som hjælperen ser den: 8 tegn, for eksempel 7F3K-2QXM. Eller skriv hjælperens CPR-nummer med 10 cifre.
helpers-code-unknown = Koden virker ikke. Den kan være skrevet forkert, brugt eller for gammel. Bed hjælperen se efter koden under "Dem du hjælper" eller lave en ny.
helpers-code-too-many = Du har skrevet en forkert kode for mange gange i dag. Prøv igen i morgen, eller kom i Borgerservice sammen med din hjælper.
helping-code-heading = Din kode
helping-code-lead = Skal en borger give dig lov til at hjælpe, kan borgeren skrive din kode i stedet for dit CPR-nummer. Lav en kode, og sig den til borgeren. Sig den kun til den, du skal hjælpe.
helping-code-make = Lav en kode
helping-code-made = Din nye kode er klar. En gammel kode virker ikke længere.
helping-code-yours = Sig denne kode til borgeren:
helping-code-until = Koden virker til og med { $date } kl. { $time }, og kun én gang.
helping-code-renew = Lav en ny kode (den her holder op med at virke)
