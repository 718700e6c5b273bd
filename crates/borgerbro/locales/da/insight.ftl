## Tal for digital inklusion (/tal)

insight-title = Tal for digital inklusion
insight-lead = Sådan går det med breve, hjælp og klart sprog, måned for måned. Tallene kommer fra vores egne systemer og bliver talt hver time.
insight-under-five-explained = Er et tal under 5, skriver vi "under 5" og ikke tallet. Så kan ingen borger genkendes. En måned, der er slut, bliver talt en sidste gang og ændrer sig ikke siden.
insight-range = Hvilke måneder vil du se?
insight-from = Fra måned
insight-to = Til måned
insight-month-hint = Skriv år og måned, for eksempel 2026-01.
insight-show = Vis tallene
insight-csv = Hent tallene som regneark (CSV)
insight-json = Hent tallene som data (JSON)
insight-none = Der er ingen tal for de måneder endnu.
insight-months-without =
    { $count ->
        [one] 1 af månederne blev ikke talt, fordi den ligger før vi begyndte at tælle.
       *[other] { $count } af månederne blev ikke talt, fordi de ligger før vi begyndte at tælle.
    }
insight-contents = Indhold
insight-under-five = under 5
insight-not-told = ikke oplyst
insight-chart-table = Tallene står også i tabellen herunder.
insight-month-unreadable = Skriv måneden som år og måned, for eksempel 2026-01.
insight-month-future = Vælg en måned, der er begyndt. Der er ingen tal for måneder, der ikke er kommet endnu.
insight-range-backwards = Fra-måneden skal ligge før eller være den samme som til-måneden.
insight-range-too-long = Vælg højst 120 måneder (10 år) ad gangen.

insight-letters = Breve
insight-letters-lead = Hvor mange breve vi sendte, hvor mange der blev åbnet, og hvor mange der stadig var ulæste 7 dage efter.
insight-chart-unread = Breve, der stadig var ulæste 7 dage efter, de blev sendt, pr. måned
insight-escalations = Når et brev ikke bliver læst
insight-escalations-lead = Når et vigtigt brev ikke bliver åbnet, ringer vi, sender det på papir eller kommer forbi. Her er, hvordan det gik.
insight-lix = Klart sprog i brevene
insight-lix-lead = LIX måler, hvor svær en tekst er. Jo lavere, jo lettere. Vores grænse er { $limit }.
insight-people = Fritaget for digital post og hjælpere
insight-people-lead = Hvor mange der får breve på papir, og hvor mange der har en hjælper med fuldmagt.
insight-bookings = Bestilte tider
insight-bookings-lead = Tider, borgere bestilte for at få hjælp af en person.
insight-requests = Anmodninger om egne data
insight-requests-lead = Anmodninger efter databeskyttelsesreglerne, og om vi svarede til tiden.
insight-units = Klart sprog pr. afdeling i { $month }
insight-units-lead = Hvor svære de breve var, som hver afdeling sendte.
insight-units-caption = LIX pr. afdeling i { $month }
insight-tasks = "Var det let?" i { $month }
insight-tasks-lead = Hvad borgerne svarede, når de var færdige med en opgave. 1 er meget svært, 5 er meget let.
insight-tasks-caption = Svar pr. opgave i { $month }
insight-stuck = Hvor borgere sad fast i { $month }
insight-stuck-lead = Når en borger kommer til skranken, fordi de sad fast, skriver medarbejderen ned, hvad det handlede om.
insight-stuck-caption = Noter om, hvor borgere sad fast, pr. emne i { $month }

insight-col-month = Måned
insight-col-sent = Sendt
insight-col-opened = Åbnet
insight-col-unread = Ulæst efter 7 dage
insight-col-paper = Sendt på papir
insight-col-moved = Frister flyttet
insight-col-phone = Ringet op
insight-col-paper-copy = Sendt på papir
insight-col-visit = Besøgt
insight-col-reached = Nået
insight-col-not-reached = Ikke nået
insight-col-other-channel = Nået på anden måde
insight-col-letters = Breve
insight-col-median = LIX (median)
insight-col-over-limit = Over grænsen
insight-col-exempt = Fritaget for digital post
insight-col-helpers = Hjælpere
insight-col-permissions = Fuldmagter
insight-col-received = Modtaget
insight-col-answered = Besvaret
insight-col-in-time = Besvaret til tiden
insight-col-overdue = Over fristen
insight-col-unit = Afdeling
insight-col-task = Opgave
insight-col-answers = Svar
insight-col-average = Gennemsnit (1-5)
insight-col-easy = Let eller meget let
insight-col-topic = Emne
insight-col-notes = Noter
insight-nothing-in-month = Der er ingen tal at vise for den måned.
