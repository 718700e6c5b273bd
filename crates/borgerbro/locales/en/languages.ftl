# Reviewed by a native speaker: no. Written by the team from the Danish source.
# Language and reading: the language we write to the citizen in, easy-read and large print.

reading-title = Language and reading
reading-lead = Choose the language we write to you in. The pages also open in it when you log in.
reading-language-label = Your language
reading-language-hint = Letters from the system come in your language. Letters from a caseworker are in Danish if there is no version in your language.
reading-how-label = How you read best
reading-easy-read = Easy-read
reading-easy-read-hint = You see "In short" and the easy steps first, and the "Read aloud" button at the top.
reading-large-print = Large print
reading-large-print-hint = Larger text on the pages and at least 16 point on paper letters.
reading-save = Save
reading-saved = Your choice is saved.
reading-back = Back to My page
reading-error-language = Choose one of the languages on the list.
reading-desk-heading = Language and reading
reading-desk-saved = { $name }'s choice of language and reading is saved.
log-what-reading = changed your language or how you read
people-language-unknown = Unknown language. Use one of the codes da, en, ar, uk or tr.
letter-not-in-your-language = This letter is { $original ->
        [da] in Danish
       *[other] not in your language
    }. Call us on { $phone } if you want help to understand it.
letter-help-in-your-language = Find a place where you can get help in your language
letter-versions-label = The letter in other languages
letter-translated = This is a translation. The original letter is the one that counts.
letter-read-original = Read the original letter

# A month on its own, as in "marts 2026" (some languages say a month in a date differently).
month-alone-1 = January
month-alone-2 = February
month-alone-3 = March
month-alone-4 = April
month-alone-5 = May
month-alone-6 = June
month-alone-7 = July
month-alone-8 = August
month-alone-9 = September
month-alone-10 = October
month-alone-11 = November
month-alone-12 = December
post-version-language-unknown = Unknown language. A version can be in da, en, ar, uk or tr.
post-version-same-language = The letter itself is written in this language. Write the version in another language.
a11y-languages-heading = Languages
a11y-languages-text = The pages are in five languages. Danish is the language the texts are written in. The others are translated from Danish. Here you can see if a native speaker has checked the translation.
a11y-language-source = the texts are written in Danish
a11y-language-reviewed = checked by a native speaker
a11y-language-not-reviewed = translated, but not yet checked by a native speaker
guide-help-in-your-language = Here you can get help in your language:
paper-translated = This is a translation. The original letter follows it, and the original is the one that counts.
paper-original-heading = The original letter
write-version-summary = The letter in another language (optional)
write-version-hint = Write the letter again in the citizen's language. The citizen reads it first and can always read the Danish letter, which is the one that counts.
write-version-language = Language
write-version-none = No other language
write-version-legend = The version in another language
write-version-subject = Heading in the other language
write-version-summary-label = In short, in the other language (optional)
write-version-body = The letter in the other language
post-version-language-missing = Choose the language of the version, or delete what you wrote in it.
reading-desk-language-label = The citizen's language
guide-no-help-in-your-language = No place here helps in your language yet. Call us on { $phone } and we will find an interpreter or another way.
paper-language-heading = This letter is not in your language
