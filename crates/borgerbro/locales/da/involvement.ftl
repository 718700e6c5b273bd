## Inddragelse af borgere i et projekt (/projekter/{id}/inddragelse)

involvement-title = Inddragelse af borgere
involvement-lead = Her kan du se, hvordan vi har spurgt borgerne, og hvad de sagde. Vi svarer på alt, hvad borgerne siger. Enten gør vi det, de foreslår, eller også forklarer vi, hvorfor vi ikke gør det.
involvement-saved-activity = Aktiviteten er gemt.
involvement-saved-input = Input og jeres svar er gemt.
involvement-activities-title = Aktiviteter
involvement-at-risk-yes = Mennesker fra grupper i risiko har deltaget. Det kræves, før et projekt på niveau III eller IV kan besluttes.
involvement-at-risk-no = Ingen fra grupper i risiko har deltaget endnu. Et projekt på niveau III eller IV kan ikke besluttes, før de har.
involvement-activities-none = Der er ingen aktiviteter endnu.
involvement-participants = Deltagere
involvement-groups = Fra grupper i risiko
involvement-groups-none = Ingen
involvement-paid = Betaling for deres tid
involvement-paid-amount = { $amount } kr. pr. deltager
involvement-paid-no = Ingen betaling
involvement-inputs-title = Hvad borgerne sagde, og vores svar
involvement-inputs-lead = Hvis vi ikke gør det, borgerne foreslår, skriver vi hvorfor.
involvement-inputs-none = Der er intet input endnu.
involvement-input-said = Borgerne sagde:
involvement-input-from = Fra: { $activity }
involvement-answer-followed = Det gør vi.
involvement-answer-not-followed = Det gør vi ikke.

involvement-kind-workshop = Workshop
involvement-kind-user-test = Brugertest
involvement-kind-citizen-panel = Borgerpanel
involvement-kind-council = Råd
involvement-kind-interview = Interview


involvement-new-activity = Tilføj en aktivitet
involvement-field-kind = Hvilken slags aktivitet?
involvement-field-kind-choose = Vælg
involvement-field-held-on = Dato
involvement-field-held-on-hint = Skriv datoen sådan: 2026-10-14
involvement-field-participants = Hvor mange deltog?
involvement-field-groups = Hvilke grupper i risiko deltog?
involvement-field-paid = Deltagerne fik penge for deres tid
involvement-field-paid-dkk = Beløb pr. deltager i kroner
involvement-field-paid-dkk-hint = Kun hvis deltagerne fik penge
involvement-field-description = Hvad skete der?
involvement-field-description-hint = Skriv kort, hvor og hvordan.
involvement-activity-button = Gem aktiviteten

involvement-new-input = Tilføj input og jeres svar
involvement-field-activity = Hvor kom det fra?
involvement-field-activity-none = Ikke fra en bestemt aktivitet
involvement-field-input = Hvad sagde borgerne?
involvement-field-answer = Hvad er jeres svar?
involvement-field-reason = Hvordan, eller hvorfor ikke?
involvement-field-reason-hint = Skal udfyldes, hvis I ikke gør det.
involvement-input-button = Gem input og svar

involvement-error-kind = Vælg hvilken slags aktivitet
involvement-error-held-on = Skriv datoen sådan: 2026-10-14
involvement-error-participants = Skriv hvor mange der deltog, som et tal fra 1 til 100.000
involvement-error-groups = Vælg kun grupper fra listen
involvement-error-paid = Skriv beløbet i hele kroner, fra 1 til 100.000
involvement-error-description = Skriv hvad der skete
involvement-error-too-long = Teksten må højst være 5.000 tegn
involvement-error-activity = Vælg en aktivitet fra listen
involvement-error-input = Skriv hvad borgerne sagde
involvement-error-answer = Vælg om I gør det eller ej
involvement-error-reason = Skriv hvorfor I ikke gør det
