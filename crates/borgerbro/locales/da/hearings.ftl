## Offentlige høringer (/hoeringer) og projektejerens sider

hearings-title = Høringer
hearings-lead = Før vi gør noget digitalt, spørger vi jer. Her kan alle svare. Du behøver ikke logge ind.
hearings-none = Der er ingen høringer lige nu.
hearings-open-until = Du kan svare til og med { $date }.
hearings-closed-on = Høringen sluttede { $date }.
hearings-hearing-title = Høring
hearings-received = Tak. Vi har fået dit svar. Vi læser det, før det kommer på siden.
hearings-what-title = Det handler høringen om
hearings-closed-text = Høringen er slut. Du kunne svare til og med { $date }. Du kan ikke længere sende et svar.
hearings-not-sent = Dit svar blev ikke sendt. Her er det, så du kan gemme det:
hearings-form-title = Send dit svar
hearings-form-lead = Skriv hvad du mener. Du må gerne være uenig. Navn, forening og mail er frivilligt.
hearings-field-text = Dit svar
hearings-field-text-hint = Højst 20.000 tegn.
hearings-field-own-name = Vis mit navn ({ $name }) ved svaret
hearings-field-name = Navn
hearings-field-optional = Frivilligt. Vi viser det ved dit svar.
hearings-field-organisation = Forening eller organisation
hearings-field-organisation-hint = Kun hvis du svarer for en forening.
hearings-field-email = Mail
hearings-field-email-hint = Frivilligt. Vi viser den aldrig. Vi bruger den kun, hvis vi har spørgsmål.
hearings-send = Send svaret
hearings-answers-title = Svarene
hearings-answers-lead = Vi læser hvert svar, før det kommer på siden. Vi fjerner kun oplysninger om andre og grove ord. Vi svarer på hvert svar.
hearings-answers-none = Der er ingen svar på siden endnu.
hearings-anonymous = Uden navn
hearings-edited = Vi har rettet i svaret:
hearings-reply-followed = Det gør vi.
hearings-reply-not-followed = Det gør vi ikke.
hearings-reply-waiting = Vi har ikke svaret endnu.

hearings-open-title = Høring om projektet
hearings-open-lead = Åbn en høring, så alle kan svare. Skriv kort og enkelt, hvad projektet betyder for borgerne.
hearings-of-project = Projektets høringer
hearings-moderation-link = Læs og svar på svarene
hearings-new = Åbn en ny høring
hearings-field-summary = Projektet med enkle ord
hearings-field-summary-hint = Hvad ændrer sig, for hvem, og hvad kan man gøre uden en computer?
hearings-field-deadline = Sidste dag at svare
hearings-field-deadline-hint = Skriv datoen sådan: 2026-12-31
hearings-open-button = Åbn høringen

hearings-moderation-title = Svar i høringen
hearings-moderation-lead = Læs hvert svar, før det kommer på siden. Svar derefter på det: gør I det, eller hvorfor ikke?
hearings-moderation-never = Et svar må aldrig holdes tilbage, fordi det er uenigt med jer. Fjern kun oplysninger om personer og grove ord, og skriv hvad I har fjernet.
hearings-moderation-none = Projektet har ingen høringer.
hearings-moderation-hearing = Høringen til og med { $date }
hearings-answer-received = Svar fra { $date }
hearings-moderation-text = Svaret, som det kommer på siden
hearings-moderation-text-hint = Ret kun oplysninger om personer og grove ord.
hearings-moderation-note = Hvad har I fjernet?
hearings-moderation-note-hint = Skal udfyldes, hvis I har rettet i svaret.
hearings-approve = Vis svaret på siden
hearings-field-response = Jeres svar
hearings-field-response-text = Hvordan, eller hvorfor ikke?
hearings-respond = Gem jeres svar

hearings-error-summary = Skriv hvad projektet handler om
hearings-error-summary-long = Teksten må højst være 5.000 tegn
hearings-error-deadline = Skriv en dato efter i dag, sådan: 2026-12-31
hearings-error-text-empty = Skriv dit svar
hearings-error-text-long = Dit svar må højst være 20.000 tegn
hearings-error-line-long = Må højst være 200 tegn
hearings-error-email = Skriv en mail som navn@eksempel.dk, eller lad feltet være tomt
hearings-error-note = Skriv hvad I har fjernet
hearings-error-note-long = Teksten må højst være 5.000 tegn
hearings-error-response = Vælg om I gør det eller ej
hearings-error-reason = Skriv hvorfor I ikke gør det
hearings-error-already-approved = Svaret er allerede vist på siden. Gå tilbage og hent siden igen.
hearings-error-not-approved = Svaret skal vises på siden, før I kan svare på det.
hearings-api-bad-json = Send JSON som {"{"}"text": "...", "name": "...", "organisation": "...", "email": "..."{"}"}. Kun text skal med.
hearings-api-closed = Fristen for høringen er overstået. Der kan ikke længere sendes svar.
hearings-report-title = Høringsrapport
hearings-report-closed = Høringen sluttede { $date }.
hearings-report-open = Høringen er åben til og med { $date }. Rapporten viser svarene indtil nu.
hearings-report-count =
    { $count ->
        [0] Ingen svar
        [one] 1 svar
       *[other] { $count } svar
    }
hearings-report-links = Høringsrapporten med alle svar og vores svar:
hearings-report-pdf = PDF
hearings-report-json = JSON
hearings-business-case-link = Læs projektets business case: hvad det koster, og hvad det giver
