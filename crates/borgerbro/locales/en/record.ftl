# Reviewed by a native speaker: no. Written by the team from the Danish source.
## My data: the record of processing (GDPR article 30) that administrators keep.

record-title = Processing of citizens' data
record-lead = What data we hold about citizens, and why. Citizens read the same words on "My data". Write short and plain: beside each text you see how easy it is to read.
record-import = Import the record from a file
record-export = Save the record as JSON
record-imported =
    { $count ->
        [one] 1 kind of data was imported.
       *[other] { $count } kinds of data were imported.
    }
record-missing = Nothing is written yet. Citizens see that we still have to write it.
record-edit = Edit "{ $kind }"
record-edit-lead = Write to the citizen so that everyone can understand it. The texts are in Danish: use "du" and short sentences.
record-save = Save
record-back = Back to the record
record-yes = Yes
record-no = No
record-no-deletion = Not deleted after a fixed time
record-days =
    { $count ->
        [one] 1 day
       *[other] { $count } days
    }

record-category-person = Your details about yourself
record-category-letters = Letters and attachments
record-category-answers = Your answers to letters
record-category-bookings = Appointments
record-category-event-signups = Your sign-ups to courses and events
record-category-permissions = Permissions to helpers
record-category-choices = Your choices, such as post on paper and language
record-category-feedback = What you told us about our help
record-category-requests = Notes about errors and requests
record-category-access-log = Who has looked at your data

record-field-what = What it is
record-field-what-hint = Which details these are, in everyday words.
record-field-purpose = Why we have it
record-field-purpose-hint = What we use the details for.
record-field-legal-basis = Which rules allow it
record-field-legal-basis-hint = The article of the GDPR and the law it rests on.
record-field-source = Where we got it
record-field-source-hint = For example the citizen, the CPR register or another of our systems.
record-field-recipients = Who receives it
record-field-recipients-hint = Whom we pass the details on to, or "only us".
record-field-retention = How long we keep it
record-field-retention-hint = In everyday words, as the citizen reads it.
record-field-retention-days = Deleted after a number of days
record-field-retention-days-hint = Days from when the item was made until it is deleted. Leave it empty if it is not deleted after a fixed time.
record-field-statistics = Used for statistics
record-field-machine-learning = Used for machine learning

record-error-category = Choose one of the kinds of data on the list.
record-error-empty = Write something here. Citizens must be able to read it.
record-error-too-long = The text is too long. Write at most 1,000 characters.
record-error-days = Write a whole number of days from 1 to 36,500, or leave it empty.

record-import-lead = Choose a JSON file of the kind you get when you save the record. Each kind of data in the file replaces the one there now. The others stay. If the file has errors, nothing is stored.
record-import-file = File with the record
record-import-file-hint = A JSON file with "entries". At most 256 KB.
record-import-submit = Import
record-import-no-file = Choose a file.
record-import-bad-json = The file cannot be read. It must be JSON with "entries", as when you save the record.
record-import-empty = The file has no entries.
record-import-entries = The file has errors. Nothing is stored. See the errors below.
record-import-twice = This kind of data is in the file twice.
record-import-problems =
    { $count ->
        [one] 1 error in the file
       *[other] { $count } errors in the file
    }
record-import-entry = Number
record-import-field = Field
record-import-problem = Error

## My data: the citizen's overview.

overview-title = My data
overview-title-for = Data about { $name }
overview-link = What we hold about you
overview-lead = See what data the municipality holds about you, why we have it, and how long we keep it. The descriptions are in Danish. If something is wrong, you can tell us.
overview-count =
    { $count ->
        [0] None
        [one] 1 in all
       *[other] { $count } in all
    }
overview-count-unknown = We do not know which are yours. The answers do not carry your name.
overview-see = See { $kind }
overview-missing = We have not yet written what we use it for. Ask Borgerservice if you want to know.
overview-field-what = What it is
overview-field-purpose = Why we have it
overview-field-legal-basis = Which rules allow it
overview-field-source = Where we got it
overview-field-recipients = Who receives it
overview-field-retention = How long we keep it
overview-statistics = Do we use it for statistics?
overview-machine-learning = Do we use it for machine learning?

## My data: who has looked at your data.

log-title = Who has looked at your data
log-lead = Every time someone other than you looked at or changed your data: who, when, what and why. The newest come first.
log-chain = This list cannot be changed without it showing. Each line is locked to the one before it.
log-filter-label = Show
log-filter-button = Show
log-who-all = Everyone
log-who-staff = Staff
log-who-helper = Helper
log-who-system = System
log-on-behalf = for you
log-why = Why
log-no-reason = No reason was written.
log-none = Nobody else has looked at your data.
log-older = Show older
log-back = Back to My data
log-system-name = Borgerbro itself
log-unknown-system = A system we no longer know
log-unknown-person = A person we no longer know
log-bad-filter = Choose everyone, staff, helpers or systems.
log-bad-cursor = The address is wrong. Go back to the first page of the list.

## Who looked: what happened and why, in plain words.

log-what-reported = looked at or used your data in another of our systems
log-what-login = logged in for the first time
log-what-apikey = changed another system's access
log-what-booking-read = looked at your appointments
log-what-booking-create = made an appointment with you
log-what-booking-move = moved one of your appointments
log-what-booking-cancel = cancelled one of your appointments
log-what-booking-rung = called you about an appointment
log-what-exemption-start = set your letters to come on paper
log-what-exemption-end = set your letters to come digitally again
log-what-mandate-give = gave a helper permission to help you
log-what-mandate-accept = said yes to helping you
log-what-mandate-change = changed a helper's permission
log-what-mandate-end = ended a helper's permission
log-what-mandate-resume = started a permission again
log-what-mandate-code = made or tried a helper code
log-what-mandate-receipt = made a receipt for a permission
log-what-mandate-read = looked at your permissions to helpers
log-what-refused = tried to see your data but was not allowed
log-what-overview = looked at the overview of your data
log-what-notes = looked at your notes about mistakes
log-what-note-write = wrote a note about a mistake for you
log-what-note-answer = answered your note
log-what-requests = looked at your requests about your data
log-what-request-make = made a request about your data for you
log-what-request-answer = answered your request
log-what-request-extend = took more time to answer your request
log-what-request-due = reminded us to answer your request
log-what-record = changed the description of what we keep
log-what-export = downloaded all your data in one file
log-what-export-print = printed all your data
log-what-retention = deleted old data we may no longer keep
log-what-person = looked at your details
log-what-protect = changed the protection of your details
log-what-person-create = registered you with us
log-what-letter-read = opened one of your letters
log-what-letters = looked at the list of your letters
log-what-letter-status = checked whether you had read a letter
log-what-letter-reply = answered a letter for you
log-what-letter-send = sent you a letter
log-what-letter-escalate = followed up on a letter you had not opened
log-what-exemption-offer = offered you letters on paper
log-what-letter-print = printed or posted a letter to you on paper
log-what-other = did something else with your data
log-why-retention = We keep data no longer than the rules say.
log-why-login = You logged in and we needed to know you.
log-why-admin = To keep the system in order.
log-why-booking = To keep your appointment.
log-why-your-choice = You chose it.
log-why-permission = To manage who may help you.
log-why-refused = The person was not allowed. No data was shown.
log-why-for-you = To help you.
log-why-note = To answer your note.
log-why-request = To answer your request in time.
log-why-protect = To protect your details.
log-why-register = So we can write to you and help you.
log-why-follow-up = To follow up on a letter we sent you.
log-why-letter = To tell you something.
log-why-unread = You had not opened an important letter.
log-why-paper = You get letters on paper, or needed a copy.
log-from = From day
log-to = To day
log-day-hint = For example 2026-11-23. Leave it empty to see everything.
log-in-system = In the system
log-bad-day = Write the day as year-month-day, for example 2026-11-23.
log-unit-front-desk = Citizen service
log-unit-caseworker = Casework
log-unit-project = Projects
log-unit-dpo = Data protection
log-unit-citizens-adviser = Citizens' adviser
log-unit-it = IT
log-unit-network = The network
access-report-empty = Send at least one entry.
access-report-too-many = Send at most 1,000 entries at a time.
access-report-missing = Write something here.
access-report-too-long = The text is too long.
access-report-unreadable = The entry could not be read: each field must be text as described in /api/v1/openapi.json.
access-report-person = Name the person with either person_id or cpr.
access-report-unknown-person = We do not know this person.
access-report-actor = Say who looked (actor).
access-report-actor-kind = Who looked must be staff, helper or system.
access-report-at = Write the time as RFC 3339, for example 2026-11-23T10:05:00Z.
access-report-future = The time is in the future.
log-bad-time = Write the time as RFC 3339 or as a day, for example 2026-11-23.
log-what-access-log = looked at the list of who has looked at your data
log-what-request-read = looked at your request about your data

## Front desk: why are you opening the citizen's data?

desk-reason-title = Why are you opening the data of
desk-reason-lead = Citizens can see who looked at their data and why. Write briefly why you are opening it now. It holds for this citizen until you log out, for at most 8 hours.
desk-reason-label = Why
desk-reason-hint = For example "The citizen called about their appointment" or a case number.
desk-reason-button = Continue
desk-reason-carried = You are about to change the citizen's data. First write why. What you filled in is not lost: it is sent when you press the button.
desk-reason-send = Send with the reason
desk-reason-back = Back to the front desk
desk-reason-missing = Write why you are opening the citizen's data.
desk-reason-too-long = Write at most 200 characters.
## Download my data (mydata::export)
export-heading = Download my data
export-lead = Download everything the municipality holds about you in one file (ZIP). It has your details as data (JSON and CSV, which spreadsheets open) and your letters and attachments as PDF.
export-lead-for = Download everything the municipality holds about { $name } in one file (ZIP) with data (JSON and CSV) and letters and attachments as PDF. { $name } can see that you downloaded it.
export-button = Download my data
export-button-for = Download the data about { $name }
export-print = Print everything as one PDF
export-print-made = Printed { $date }
export-print-none = None.
export-print-cancelled = cancelled
export-signup-seat = has a seat
export-signup-waiting = on the waiting list
export-signup-cancelled = sign-up cancelled
export-signup-came = came
export-signup-did-not-come = did not come
export-signup-made = signed up { $date }
export-print-left-out-unreadable = Attachment { $number } ({ $filename }) is not in the print, because the file cannot be read as a PDF. Print it on its own.
export-print-left-out-encrypted = Attachment { $number } ({ $filename }) is not in the print, because the file is locked with a password. Print it on its own.
export-print-left-out-too-big = Attachment { $number } ({ $filename }) is not in the print, because the file is too big to go with it. Print it on its own.
export-print-feedback = The answers to "Was it easy?" are kept without a name. So we cannot tell which are yours.
export-field-name = Name
export-field-cpr = CPR number
export-field-address = Address
export-field-phone = Phone
export-field-paper-post = Post on paper
export-field-language = Language
