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
log-what-letters = your letters
log-what-bookings = your appointments
log-what-permissions = your permissions to helpers
log-what-person = your details
log-what-overview = the overview of your data
log-what-requests = your notes and requests
log-what-other = other data
log-bad-filter = Choose everyone, staff, helpers or systems.
log-bad-cursor = The address is wrong. Go back to the first page of the list.

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
export-print-feedback = The answers to "Was it easy?" are kept without a name. So we cannot tell which are yours.
export-field-name = Name
export-field-cpr = CPR number
export-field-address = Address
export-field-phone = Phone
export-field-paper-post = Post on paper
export-field-language = Language
