## Mine data: noter om fejl ("Det er ikke rigtigt"), anmodninger efter databeskyttelsesreglerne.

apiscope-mydata-rights = Skrive og læse borgeres noter om fejl og registrere og behandle deres anmodninger om deres data
apiscope-mydata-read = Læse hvad myndigheden har om en borger: oversigten over deres data, loggen over hvem der har kigget, og udtrækket af det hele
apiscope-access-log-write = Melde andre systemers opslag i borgeres data, så borgeren ser dem i én liste
apiscope-assessments-write = Importere konsekvensvurderinger som kladder

rights-record-person = Dine oplysninger (navn, adresse, telefon og valg)
rights-record-letter = Et brev
rights-record-booking = En aftale
rights-record-letter-named = Brevet "{ $subject }"
rights-record-booking-named = Aftalen { $when }
rights-outcome-corrected = Rettet
rights-outcome-not-corrected = Ikke rettet

rights-kind-access = Se hvad vi har om dig
rights-kind-access-hint = Du får en kopi af de oplysninger, vi har om dig, og hvad vi bruger dem til.
rights-kind-rectification = Få rettet forkerte oplysninger
rights-kind-rectification-hint = Skriv hvad der er forkert, og hvad der er rigtigt.
rights-kind-erasure = Få slettet oplysninger
rights-kind-erasure-hint = Vi sletter det, vi ikke skal gemme. Vi skriver til dig, hvad vi skal gemme, og hvorfor.
rights-kind-restriction = Få os til at bruge færre oplysninger
rights-kind-restriction-hint = Vi gemmer oplysningerne, men bruger dem ikke, mens vi ser på sagen.
rights-kind-objection = Sig nej til at vi bruger dine oplysninger
rights-kind-objection-hint = Skriv hvad du ikke vil have, at vi bruger dine oplysninger til.
rights-kind-portability = Få dine oplysninger med til et andet sted
rights-kind-portability-hint = Du får dine oplysninger i en fil, som et andet system kan læse.

rights-channel-online = Selv på nettet
rights-channel-helper = Af en hjælper
rights-channel-front-desk = Ved skranken i Borgerservice
rights-channel-phone = I telefonen
rights-channel-letter = Med brev
rights-channel-system = Fra et andet system

rights-status-open = Ikke besvaret endnu
rights-status-overdue = Fristen er overskredet
rights-status-answered = Besvaret

rights-error-text-missing = Skriv hvad det drejer sig om. Feltet må ikke være tomt.
rights-error-text-long = Teksten er for lang. Skriv højst 4.000 tegn.
rights-error-reason-missing = Skriv hvorfor I har brug for mere tid. Borgeren får grunden at vide i et brev.
rights-error-extend-too-far = Fristen kan højst være tre måneder efter, at vi fik anmodningen. Vælg en tidligere dato.
rights-error-extend-not-later = Den nye frist skal være senere end den frist, der gælder nu.
rights-error-day = Skriv datoen som år-måned-dag, fx 2027-03-15.
rights-error-record-unknown = Vælg hvad noten handler om: dine oplysninger, et af dine breve eller en af dine aftaler.
rights-error-received-future = Datoen for hvornår vi fik anmodningen kan ikke ligge i fremtiden.
rights-error-received-unreadable = Skriv hvornår vi fik anmodningen som år-måned-dag (fx 2027-03-15) eller som et tidspunkt efter RFC 3339.
rights-error-answered = Den er allerede besvaret. Læs svaret på siden.
rights-error-kind = Vælg hvad du beder om: se, rette, slette, begrænse, sige nej eller få dine oplysninger med.
rights-error-channel = Vælg hvordan anmodningen kom: online, helper, front_desk, phone, letter eller system.
rights-error-status = Vælg status: open, overdue eller answered.
rights-error-change = Send enten en ny frist med en grund (extend_to og reason) eller et svar (answer).
rights-error-outcome = Vælg om oplysningerne er rettet eller ikke rettet.

rights-kept-letters = Breve fra os og til os. Loven siger, at vi skal gemme dem (arkivloven og reglerne om at skrive sager ned).
rights-kept-log = Listen over hvem der har kigget på dine oplysninger. Den viser dig, hvem der har set dine data, og den kan ikke ændres.
rights-kept-permissions = Hvem du har givet lov til at hjælpe dig. Den viser, hvem der måtte handle for dig.
rights-kept-person = Dit navn og hvordan vi når dig. Vi skal kunne skrive til dig, så længe du bor i kommunen.

rights-letter-note-subject = Svar på din note om en fejl
rights-letter-note-body = Du skrev til os den { $written }, at noget ikke var rigtigt i: { $record }.

    { $note }

    Vores svar: { $outcome }.

    { $answer }

    Du kan se dine noter under "Mine data".
rights-letter-received-subject = Vi har fået din anmodning
rights-letter-received-body = Vi har fået din anmodning den { $received }: **{ $kind }**.

    { $text }

    Du får svar senest den **{ $due }**. Hvis vi får brug for mere tid, skriver vi til dig og siger hvorfor.
rights-letter-extended-subject = Vi har brug for mere tid til din anmodning
rights-letter-extended-body = Du bad os den { $received } om: **{ $kind }**.

    Vi har brug for mere tid. Du får svar senest den **{ $due }**.

    Hvorfor: { $reason }
rights-letter-answer-subject = Svar på din anmodning: { $kind }
rights-letter-answer-body = Du bad os den { $received } om: **{ $kind }**.

    { $answer }
rights-erased = Det har vi slettet: det du skrev om emnet, dine bemærkninger og dit telefonnummer på { $bookings } aftaler, der er overstået.

    Det gemmer vi, og hvorfor:

    { $kept }

rights-nav = Mine data
rights-notes-link = Det er ikke rigtigt
rights-requests-link = Dine rettigheder
rights-notes-title = Det er ikke rigtigt
rights-notes-title-for = Det er ikke rigtigt: { $name }
rights-notes-lead = Er noget forkert eller misvisende i det, vi har om dig? Skriv det her. Alle medarbejdere, der åbner oplysningerne, ser din note, og du får svar i et brev.
rights-note-written-notice = Tak. Vi har fået din note. Du får svar i et brev.
rights-field-record = Hvad er forkert?
rights-field-note = Hvad er ikke rigtigt?
rights-field-note-hint = Skriv med dine egne ord, hvad der er forkert, og hvad der er rigtigt.
rights-note-button = Send noten
rights-notes-list-title = Dine noter
rights-notes-none = Du har ikke skrevet nogen noter.
rights-note-written = Skrevet den { $date }
rights-note-waiting = Venter på svar.
rights-record-notes-title = Borgeren siger, at noget her ikke er rigtigt
rights-note-answer-link = Svar på noten

rights-requests-title = Dine rettigheder
rights-requests-title-for = Rettigheder: { $name }
rights-requests-lead = Du har ret til at se, rette og slette dine oplysninger, og til at sige nej til, at vi bruger dem. Vi svarer inden for en måned.
rights-requests-list-title = Dine anmodninger
rights-received = Modtaget den { $date }
rights-due = Svar senest den { $date }.
rights-answered-on = Besvaret den { $date }.
rights-request-new-title = Bed om noget
rights-field-kind = Hvad beder du om?
rights-field-request = Skriv hvad det drejer sig om
rights-field-request-hint = Skriv fx hvilke oplysninger, og hvad der skal ske med dem.
rights-field-channel = Hvordan kom anmodningen?
rights-request-button = Send anmodningen
rights-facts-received = Modtaget
rights-facts-status = Status
rights-facts-due = Svar senest
rights-facts-extended = Hvorfor fristen blev længere
rights-facts-text = Anmodningen
rights-facts-answer = Svaret
rights-facts-carried-out = Det har systemet gjort
rights-request-letter-will-come = Du får svaret i et brev.
rights-back-to-requests = Tilbage til dine rettigheder

rights-queue-title = Anmodninger om data
rights-queue-lead = Borgeres anmodninger efter databeskyttelsesreglerne og deres noter om fejl. Svar inden fristen.
rights-queue-overdue = Fristen er overskredet
rights-queue-due-soon = Fristen er snart
rights-queue-open = Ikke besvaret
rights-queue-none = Ingen anmodninger venter.
rights-queue-notes = Noter om fejl, der venter på svar
rights-queue-notes-none = Ingen noter venter på svar.
rights-queue-answered = Senest besvaret
rights-overdue-found = Overskredet, set den { $date }.
rights-warned-on = Varslet den { $date }.
rights-back-to-queue = Tilbage til anmodningerne
rights-answer-title = Svar borgeren
rights-field-answer = Svaret
rights-field-answer-hint = Borgeren får svaret i et brev, på papir hvis de er fritaget for digital post.
rights-field-carry-out = Slet det, der kan slettes
rights-field-carry-out-hint = Systemet sletter det, borgeren skrev om emnet, deres bemærkninger og telefonnummer på aftaler, der er overstået.
rights-kept-title = Det kan ikke slettes:
rights-answer-button = Send svaret
rights-extend-title = Få mere tid
rights-extend-lead = I kan give jer mere tid, hvis sagen er svær, eller der er mange. Fristen kan højst være den { $date }. Borgeren får grunden at vide i et brev.
rights-field-extend-to = Ny frist
rights-field-extend-to-hint = Skriv datoen som år-måned-dag, fx 2027-03-15.
rights-field-reason = Hvorfor har I brug for mere tid?
rights-field-reason-hint = Skriv det, så borgeren forstår det.
rights-extend-button = Giv mere tid
rights-note-title = Note om en fejl
rights-note-open-record = Åbn det, noten handler om
rights-field-outcome = Er det rettet?
rights-field-note-answer = Svaret
rights-field-note-answer-hint = Skriv hvad I har rettet, eller hvorfor I ikke har rettet det. Borgeren får svaret i et brev.
rights-note-answer-button = Send svaret
rights-desk-link = Anmodninger og noter om fejl for { $name }
rights-letter-wrong-link = Er noget i brevet ikke rigtigt? Skriv en note om det
rights-booking-wrong-link = Er noget ved aftalen ikke rigtigt? Skriv en note om det
