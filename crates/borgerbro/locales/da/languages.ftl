# Sprog og læsning: det sprog, vi skriver til borgeren på, let læsning og stor skrift.

reading-title = Sprog og læsning
reading-lead = Vælg det sprog, vi skriver til dig på. Siderne åbner også på det, når du logger ind.
reading-language-label = Dit sprog
reading-language-hint = Breve fra systemet kommer på dit sprog. Breve fra en sagsbehandler er på dansk, hvis der ikke er en udgave på dit sprog.
reading-how-label = Sådan læser du bedst
reading-easy-read = Let læsning
reading-easy-read-hint = Du ser "Kort fortalt" og de lette trin først, og knappen "Læs op" øverst.
reading-large-print = Stor skrift
reading-large-print-hint = Større tekst på siderne og mindst 16 punkt på breve på papir.
reading-save = Gem
reading-saved = Dit valg er gemt.
reading-back = Tilbage til Min side
reading-error-language = Vælg et af sprogene på listen.
reading-desk-heading = Sprog og læsning
reading-desk-saved = { $name }s valg af sprog og læsning er gemt.
log-what-reading = ændrede dit sprog eller hvordan du læser
people-language-unknown = Sproget kendes ikke. Brug en af koderne da, en, ar, uk eller tr.
letter-not-in-your-language = Dette brev er { $original ->
        [da] på dansk
       *[other] ikke på dit sprog
    }. Ring til os på { $phone }, hvis du vil have hjælp til at forstå det.
letter-help-in-your-language = Find et sted, hvor du kan få hjælp på dit sprog
letter-versions-label = Brevet på andre sprog
letter-translated = Dette er en oversættelse. Det er det oprindelige brev, der gælder.
letter-read-original = Læs det oprindelige brev

# A month on its own, as in "marts 2026" (some languages say a month in a date differently).
month-alone-1 = januar
month-alone-2 = februar
month-alone-3 = marts
month-alone-4 = april
month-alone-5 = maj
month-alone-6 = juni
month-alone-7 = juli
month-alone-8 = august
month-alone-9 = september
month-alone-10 = oktober
month-alone-11 = november
month-alone-12 = december
post-version-language-unknown = Sproget kendes ikke. En udgave kan være på da, en, ar, uk eller tr.
post-version-same-language = Brevet er selv skrevet på dette sprog. Skriv udgaven på et andet sprog.
a11y-languages-heading = Sprog
a11y-languages-text = Siderne findes på fem sprog. Dansk er det sprog, teksterne skrives på. De andre er oversat fra dansk. Her kan du se, om en, der har sproget som modersmål, har læst oversættelsen igennem.
a11y-language-source = teksterne skrives på dansk
a11y-language-reviewed = læst igennem af en med sproget som modersmål
a11y-language-not-reviewed = oversat, men endnu ikke læst igennem af en med sproget som modersmål
guide-help-in-your-language = Her kan du få hjælp på dit sprog:
paper-translated = Dette er en oversættelse. Det oprindelige brev står efter den, og det er det, der gælder.
paper-original-heading = Det oprindelige brev
write-version-summary = Brevet på et andet sprog (frivilligt)
write-version-hint = Skriv brevet igen på borgerens sprog. Borgeren læser det først og kan altid læse det danske brev, som er det, der gælder.
write-version-language = Sprog
write-version-none = Intet andet sprog
write-version-legend = Udgaven på et andet sprog
write-version-subject = Overskrift på det andet sprog
write-version-summary-label = Kort fortalt på det andet sprog (frivilligt)
write-version-body = Brevet på det andet sprog
post-version-language-missing = Vælg sproget for udgaven, eller slet det, du har skrevet i den.
reading-desk-language-label = Borgerens sprog
guide-no-help-in-your-language = Ingen steder her hjælper på dit sprog endnu. Ring til os på { $phone }, så finder vi en tolk eller en anden vej.
paper-language-heading = Brevet er ikke på dit sprog
