## Netværket for digital inklusion (/netvaerk): medlemmer, ansøgninger

network-title = Netværket for digital inklusion
network-lead = Kommunen og de organisationer, der hjælper borgere med det digitale, mødes to gange om året. Vi deler erfaringer og materialer, gennemgår hinandens materialer og planlægger sammen.
network-link-meetings = Møder og referater
network-link-materials = Materialer fra netværket
network-link-plan = Handlingsplanen
network-link-events = Kurser og arrangementer
network-you = Dig og netværket
network-you-act-for = Du er kontaktperson for { $name }.
network-own-link = Ret jeres side, eller forlad netværket
network-you-requested = Din organisation har søgt om at blive medlem. Koordinatoren svarer dig.
network-you-refused = Koordinatoren sagde nej til { $name }
network-join-link = Søg om at blive medlem
network-join-login = Hjælper din organisation borgere med det digitale? Log ind for at søge om at blive medlem.
network-requests-waiting =
    { $count ->
        [0] Ingen ansøgninger venter
        [one] 1 ansøgning venter på dit svar
       *[other] { $count } ansøgninger venter på dit svar
    }
network-members = Medlemmer
network-members-none = Netværket har ingen medlemmer endnu.
network-helps-in = Hjælper på { $languages }
network-former-member-since = Tidligere medlem. Forlod netværket { $date }.
network-member-places = Her hjælper de
network-contacts = Kontaktpersoner

network-join-title = Søg om at blive medlem
network-join-lead = Fortæl om jeres organisation. Koordinatoren læser ansøgningen og svarer dig. Du bliver kontaktperson for organisationen.
network-join-button = Send ansøgningen
network-edit-title = Jeres side i netværket
network-edit-lead = Det her står på jeres offentlige side. Ret det, når noget ændrer sig.
network-edit-button = Gem ændringerne

network-field-name = Organisationens navn
network-field-kind = Slags organisation
network-field-kind-choose = Vælg
network-field-who-they-help = Hvem hjælper I?
network-field-who-they-help-hint = Fx ældre, der vil lære MitID, eller nye i Danmark.
network-field-area = Hvor hjælper I?
network-field-area-hint = En by, en bydel eller hele kommunen.
network-field-languages = Hvilke sprog hjælper I på?
network-field-website = Hjemmeside
network-field-website-hint = Hele adressen, fx https://www.eksempel.dk
network-field-phone = Telefon
network-field-places = Jeres hjælpesteder
network-field-places-hint = Sæt kryds ved de steder på listen over hjælpesteder, som er jeres.
network-field-asked-on = Søgt den
network-field-reason = Hvorfor siger du nej?
network-field-reason-hint = Den, der søgte, kan læse det. Skriv, hvad de kan gøre.

network-kind-library = Bibliotek
network-kind-seniors = Ældreorganisation
network-kind-disability = Handicaporganisation
network-kind-language-school = Sprogskole
network-kind-housing = Boligsocialt arbejde
network-kind-volunteers = Frivillige
network-kind-authority = Myndighed
network-kind-other = Andet

network-leave-heading = Forlad netværket
network-leave-text = I kan altid forlade netværket. Jeres materialer bliver liggende og står som fra et tidligere medlem. I mister adgangen til netværkets sider for medlemmer.
network-leave-button = Forlad netværket

network-requests-title = Ansøgninger om medlemskab
network-requests-none = Ingen ansøgninger venter.
network-approve-button = Godkend { $name }
network-refuse-button = Sig nej til { $name }

network-saved-requested = Tak. Ansøgningen er sendt til koordinatoren.
network-saved-left = Jeres organisation har forladt netværket.
network-saved-profile = Jeres side er gemt.
network-saved-approved = Ansøgningen er godkendt. Organisationen er nu medlem.
network-saved-refused = Du har sagt nej. Den, der søgte, kan se hvorfor.

network-error-too-long = Teksten er for lang. Gør den kortere.
network-error-name = Skriv organisationens navn.
network-error-kind = Vælg, hvilken slags organisation I er.
network-error-who-they-help = Skriv, hvem I hjælper.
network-error-area = Skriv, hvor I hjælper.
network-error-languages = Sæt kryds ved mindst ét sprog, I hjælper på.
network-error-website = Skriv hele adressen på hjemmesiden, fx https://www.eksempel.dk
network-error-phone = Skriv et telefonnummer med 8 cifre, eller et udenlandsk nummer med + foran.
network-error-places = Et af hjælpestederne findes ikke længere. Se listen igen.
network-error-reason = Skriv, hvorfor du siger nej, så de ved, hvad de kan gøre.
network-error-already-member = Du er allerede kontaktperson for en organisation i netværket.
network-error-already-requested = Du har allerede søgt. Vent på svar fra koordinatoren.
network-error-asker-already-member = Den, der søgte, er allerede kontaktperson for en anden organisation. Sig nej med en forklaring.
network-error-decided = Ansøgningen er allerede besvaret. Gå tilbage til listen.
network-error-not-member = Organisationen er ikke medlem længere.

## Møder (/netvaerk/moeder)

network-meetings-title = Møder i netværket
network-meetings-lead = Netværket mødes to gange om året en hel dag. Værten skifter. Medlemmerne foreslår punkter til dagsordenen. Referaterne er offentlige.
network-meetings-calendar = Sæt møderne i din kalender
network-meetings-upcoming = Kommende møder
network-meetings-past = Tidligere møder
network-meetings-none = Ingen møder.
network-meeting-hosted-by = Vært: { $name }
network-meeting-no-minutes = Referatet er ikke skrevet endnu
network-meeting-has-minutes = Med referat
network-meeting-new = Planlæg et møde
network-meeting-new-lead = Datoen og værten er forslag: et halvt år efter sidste møde, hos det medlem, der har ventet længst på at være vært.
network-meeting-create-button = Planlæg mødet
network-field-meeting-title = Mødets navn
network-field-meeting-title-hint = Fx Forårsmøde i netværket
network-field-host = Vært
network-field-host-hint = Det medlem, der holder mødet hos sig.
network-field-place = Sted
network-field-place-hint = Adressen, så alle kan finde vej.
network-field-date = Dato
network-field-date-hint = Skriv datoen som år-måned-dag, fx 2027-05-04.
network-field-from = Starter kl.
network-field-to = Slutter kl.
network-field-time-hint = Fx 09:00
network-field-agenda-deadline = Frist for punkter til dagsordenen
network-field-agenda-deadline-hint = Den sidste dag, medlemmerne kan foreslå punkter. Før mødedagen.
network-field-when = Hvornår
network-agenda = Dagsorden
network-agenda-empty = Ingen punkter endnu.
network-agenda-proposed-by = foreslået af { $name }
network-agenda-up = Flyt "{ $title }" op
network-agenda-down = Flyt "{ $title }" ned
network-agenda-propose = Foreslå et punkt
network-agenda-propose-until = Du kan foreslå punkter til og med { $date }.
network-agenda-propose-button = Foreslå punktet
network-agenda-closed = Fristen for punkter til dagsordenen er overskredet. Skriv til koordinatoren, hvis noget er vigtigt.
network-field-item-title = Punktets overskrift
network-field-item-description = Hvad vil I tale om?
network-meeting-signup = Tilmeld dig mødet
network-meeting-signed-up = Du er tilmeldt. Du kan ændre, hvad du har brug for, eller melde dig fra.
network-meeting-signup-button = Tilmeld mig
network-meeting-signup-change = Gem ændringerne
network-meeting-withdraw = Meld mig fra
network-field-access-needs = Har du brug for noget for at kunne deltage?
network-field-access-needs-hint = Fx tolk, teleslynge, trinfri adgang eller en pause.
network-field-access-needs-column = Behov for at deltage
network-field-dietary-needs = Mad og allergier
network-meeting-signups =
    { $count ->
        [0] Ingen er tilmeldt endnu
        [one] 1 tilmeldt
       *[other] { $count } tilmeldte
    }
network-meeting-signups-caption = De tilmeldte og hvad de har brug for
network-field-person = Navn
network-field-organisation = Organisation
network-minutes = Referat
network-minutes-after = Referatet kommer her efter mødet.
network-minutes-not-yet = Referatet er ikke skrevet endnu.
network-minutes-write = Skriv referatet
network-field-minutes = Referat
network-field-minutes-hint = Referatet er offentligt. Skriv ikke navne på borgere eller andre personlige oplysninger.
network-minutes-button = Gem referatet
network-decisions = Beslutninger
network-decision-add = Tilføj en beslutning
network-decision-button = Tilføj beslutningen
network-decision-everyone = Hele netværket
network-field-decision = Beslutning
network-field-who = Hvem gør det?
network-field-by = Hvornår?
network-saved-meeting-created = Mødet er planlagt. Medlemmerne kan nu foreslå punkter.
network-saved-meeting-proposed = Tak. Punktet er på dagsordenen.
network-saved-meeting-ordered = Dagsordenen er ændret.
network-saved-meeting-signed-up = Du er tilmeldt mødet.
network-saved-meeting-withdrawn = Du er meldt fra mødet.
network-saved-meeting-minutes = Referatet er gemt.
network-saved-meeting-decision = Beslutningen er tilføjet.
network-error-date = Skriv datoen som år-måned-dag, fx 2027-05-04.
network-error-time = Skriv tidspunktet som timer og minutter, fx 09:00.
network-error-meeting-title = Skriv mødets navn.
network-error-host = Vælg det medlem, der er vært.
network-error-place = Skriv, hvor mødet er.
network-error-meeting-past = Datoen er overskredet. Vælg en dag, der ikke har været.
network-error-ends-before = Mødet skal slutte, efter det er begyndt.
network-error-deadline-after = Fristen for punkter skal være før mødedagen.
network-error-agenda-closed = Fristen for punkter til dagsordenen er overskredet. Skriv til koordinatoren, hvis noget er vigtigt.
network-error-item-title = Skriv en overskrift til punktet.
network-error-decision = Skriv beslutningen.
network-error-who = Vælg et medlem fra listen, eller hele netværket.
network-error-minutes = Skriv referatet.
network-error-minutes-early = Mødet er ikke holdt endnu. Skriv referatet efter mødet.
network-error-meeting-begun = Mødet er begyndt. Du kan ikke længere melde dig til eller fra her.

## Handlingsplanen (/netvaerk/handlingsplan)

network-plan-title = Handlingsplan { $year }
network-plan-lead = Det vil netværket og kommunen gøre i år. Hvert punkt viser, hvem der står for det, hvor langt det er, og hvad der førte til det.
network-plan-years = Vælg år
network-plan-empty = Planen for dette år har ingen punkter endnu.
network-plan-field-owner = Hvem står for det
network-plan-field-status = Hvor langt
network-plan-field-input = Hvad førte til det
network-plan-field-year = År
network-plan-field-title = Hvad skal gøres?
network-plan-field-description = Mere om punktet
network-plan-field-meeting = Møde
network-plan-field-hearing = Høring
network-plan-field-input-text = Hvad sagde mødet, svarene eller borgerne?
network-plan-field-input-text-hint = Kort, med dine egne ord. Skriv ikke navne på borgere.
network-plan-owner-authority = Kommunen
network-plan-none = Ingen
network-plan-change-status = Status for "{ $title }"
network-plan-status-button = Gem status
network-plan-add = Tilføj et punkt
network-plan-add-button = Tilføj punktet
network-plan-status-planned = Planlagt
network-plan-status-in-progress = I gang
network-plan-status-done = Gjort
network-plan-status-dropped = Droppet
network-plan-input-meeting = Et møde i netværket
network-plan-input-feedback = Svar på "Var det let?"
network-plan-input-stuck = Hvad borgere gik i stå med
network-plan-input-hearing = En høring
network-plan-input-other = Andet
network-saved-plan = Handlingsplanen er gemt.
network-error-plan-year = Vælg sidste år, i år eller et af de næste to år.
network-error-plan-title = Skriv, hvad der skal gøres.
network-error-plan-owner = Vælg, hvem der står for det, fra listen.
network-error-plan-status = Vælg, hvor langt punktet er.
network-error-plan-input = Vælg, hvad der førte til punktet.
network-error-plan-meeting = Vælg mødet, punktet kom fra.
network-error-plan-hearing = Vælg høringen, punktet kom fra.
network-error-plan-input-text = Skriv kort, hvad der førte til punktet.

## Min side

my-network-materials = Jeres materialer
my-network-reviews = Materialer, I kan gennemgå
my-network-new-event = Lav et kursus eller arrangement
network-api-bad-year = Året skal være et tal fra 2000 til 2200, fx 2027.

# Contact people and invitations
network-contacts-title = Kontaktpersoner for { $name }
network-contacts-lead = Kontaktpersonerne kan rette jeres side, dele materialer, holde arrangementer og melde jer til møderne. Invitér en kollega, og fjern en, der ikke længere skal være med.
network-contacts-you = dig
network-contacts-since = Kontaktperson siden { $date }
network-contacts-remove = Fjern { $name } som kontaktperson
network-contacts-remove-me = Fjern mig som kontaktperson
network-contacts-last = I har kun én kontaktperson. Invitér en kollega, før du fjerner dig selv. Vil I ud af netværket, så gå til jeres side og vælg "Forlad netværket".
network-contacts-link = Tilføj eller fjern kontaktpersoner
network-invitations = Invitationer, der venter
network-invitations-none = Der er ingen invitationer, der venter.
network-invitation-expires = Linket virker til { $date }.
network-invitation-withdraw = Træk invitationen til { $name } tilbage
network-invite-heading = Invitér en kollega
network-invite-text = Skriv din kollegas navn. Så får du et link, som du sender til din kollega. Linket virker én gang og i { $days } dage. Din kollega logger ind og siger ja.
network-field-invite-name = Din kollegas navn
network-field-invite-name-hint = Så I kan se, hvem invitationen er til.
network-invite-button = Lav et link
network-invite-link-lead = Send dette link til din kollega. Vi viser det kun nu. Det virker én gang og i { $days } dage.
network-saved-contact-invited = Invitationen er lavet.
network-saved-contact-withdrawn = Invitationen er trukket tilbage. Linket virker ikke mere.
network-saved-contact-removed = Personen er ikke længere kontaktperson.
network-saved-contact-welcome = Velkommen. Du er nu kontaktperson.
network-saved-no-longer-contact = Du er ikke længere kontaktperson for jeres organisation.
network-invitation-title = Bliv kontaktperson for { $name }
network-invitation-lead = { $inviter } har inviteret dig til at blive kontaktperson for { $name } i netværket for digital inklusion.
network-invitation-means = Som kontaktperson kan du rette organisationens side, dele og gennemgå materialer, holde arrangementer og melde jer til møderne.
network-invitation-until = Invitationen gælder til { $date }.
network-invitation-accept = Ja, gør mig til kontaktperson for { $name }
network-invitation-not-now = Ikke nu
network-error-invite-name = Skriv navnet på den kollega, du vil invitere.
network-error-invite-name-long = Skriv et kortere navn, højst 100 tegn.
network-error-invitations-many = I har 10 invitationer, der venter. Træk en tilbage, eller vent til en bliver brugt, før I laver en ny.
network-error-invitation-closed = Linket virker ikke længere. Det er brugt, trukket tilbage eller for gammelt. Bed organisationens kontaktperson om et nyt link.
network-error-invitation-not-open = Invitationen venter ikke længere. Den er brugt, trukket tilbage eller for gammel.
network-error-already-contact = Du er allerede kontaktperson for en organisation i netværket, og man kan kun være det for én. Bed den organisation om at fjerne dig først.
network-error-last-contact = I har kun én kontaktperson. Invitér en kollega først. Vil I ud af netværket, så vælg "Forlad netværket" på jeres side.
