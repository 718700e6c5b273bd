# Reviewed by a native speaker: no. Written by the team from the Danish source.
# Borgerbro: English.

language-name = English
language-choose = Choose language
skip-link = Skip to main content
nav-label = Menu
nav-my-page = My page
nav-log-in = Log in
nav-log-out = Log out
nav-logged-in-as = You are logged in as { $name }
help-link = Get help

demo-banner-title = Demo.
demo-banner-text = This is a trial version with made-up people. Do not enter real information here.

footer-contact-heading = Contact us
footer-phone = Phone
footer-email = Email
footer-opening-hours = Opening hours
footer-links-heading = More
footer-accessibility = Accessibility statement
footer-api = Open API for other systems

form-error-summary = There is a problem
form-error-prefix = Error

front-title = Front page
front-heading = Your digital contact with { $authority }
front-lead = Here you can read your letters, get help and decide who may help you. You can always choose to talk to a person instead.
front-logged-out = You are logged out.
front-online-heading = Do it yourself
front-online-text = Log in to see your letters and your information.
front-human-heading = Talk to a person
front-human-text = Do you find digital services hard? Call us on { $phone }, or come by. We are happy to help.

help-title = Get help
help-lead = You can always get help from a person. You do not need to be good with computers.
help-call-heading = Call us
help-call-text = Call the citizen service on { $phone }. We can help you with everything on the phone.
help-call-button = Call { $phone }
help-visit-heading = Come by
help-visit-text = You are welcome at the citizen service. Bring your health card or other photo ID if you have it.
help-write-heading = Write to us
help-write-text = You can also send an email. Do not write your CPR number in an ordinary email.
help-rights-heading = Your rights
help-rights-paper = You can get your letters on paper instead of digitally. You do not have to give a reason.
help-rights-helper = You can let someone else help you without giving them your password.
help-rights-no-mitid = If you do not have MitID or a CPR number, the citizen service helps you with what you need.

a11y-title = Accessibility statement
a11y-lead = { $authority } wants everyone to be able to use this website, also if you see, hear or move poorly, or find reading hard.
a11y-status-heading = How accessible is the site?
a11y-status-text = The site follows the standard WCAG 2.1 at level AA. We test every page automatically before it goes live.
a11y-how-heading = How we work
a11y-how-tests = Every page is checked with the tool axe, both on a phone and on a large screen.
a11y-how-nojs = Everything works without JavaScript.
a11y-how-mobile = The site works on a narrow phone screen and with the keyboard alone.
a11y-feedback-heading = Did you find a problem?
a11y-feedback-text = Tell us, and we will fix it. Write to
a11y-feedback-phone = or call { $phone }.
a11y-complaint-heading = Complaints
a11y-complaint-text = If you do not get an answer you can use, you can complain to the Danish Agency for Digital Government, which supervises accessibility.

my-title = My page
my-heading = Hello { $name }
my-roles-heading = What you can do here
my-now-heading = What is waiting for you
my-now-unread =
    { $count ->
        [one] You have 1 letter you have not read
       *[other] You have { $count } letters you have not read
    }
my-now-no-unread = You have read all your letters.
my-now-deadline = Answer by { $date }
my-now-next-booking = Your next appointment
my-now-no-booking = You have no appointments.
my-now-asked-to-help = { $names } gave you permission to help. It applies when you say yes.
my-now-answer = Answer yes or no
my-now-helpers = { $names } can help you.
my-now-no-helpers = Nobody may help you yet.
my-now-choose-helper = Choose someone who can help you
my-now-given-waiting = We are waiting for { $names } to say yes to helping you.
my-now-helping = You help
my-queues-heading = Waiting today
my-queue-escalations =
    { $count ->
        [0] No letters wait for follow-up
        [one] 1 unread letter waits for follow-up
       *[other] { $count } unread letters wait for follow-up
    }
my-queue-print =
    { $count ->
        [0] No letters to print
        [one] 1 letter to print and post
       *[other] { $count } letters to print and post
    }
my-queue-reviews =
    { $count ->
        [one] 1 published assessment is due for review
       *[other] { $count } published assessments are due for review
    }
my-queue-benefits =
    { $count ->
        [one] 1 benefit missed its target or is going the wrong way
       *[other] { $count } benefits missed their target or are going the wrong way
    }
my-queue-ring =
    { $count ->
        [one] 1 citizen to ring: the letter about their time will not arrive
       *[other] { $count } citizens to ring: the letter about their time will not arrive
    }
my-queue-bookings =
    { $count ->
        [0] No appointments today
        [one] 1 appointment today
       *[other] { $count } appointments today
    }

role-citizen = Citizen
role-citizen-description = Read your letters, choose how we contact you, and decide who may help you.
role-helper = Helper
role-helper-description = Help a citizen who has given you permission. You only see what the citizen said yes to.
role-caseworker = Caseworker
role-caseworker-description = Send letters and follow whether important letters are read.
role-front-desk = Citizen service
role-front-desk-description = Help citizens at the desk and on the phone, also those without MitID.
role-project-owner = Project owner
role-project-owner-description = Assess what a new digital solution means for citizens before it starts.
role-dpo = Data protection officer
role-dpo-description = Comment on and sign off the data protection part of consequence assessments.
role-citizens-adviser = Citizens' adviser
role-citizens-adviser-description = Comment on and sign off consequence assessments from the citizens' side.
role-administrator = Administrator
role-administrator-description = Set up Borgerbro, and give other systems access with API keys.
role-network-member = Network member
role-network-member-description = Share materials, propose items for the meetings, and hold courses and events for your organisation.
role-network-coordinator = Network coordinator
role-network-coordinator-description = Approve new members, and run the network's meetings and action plan.

login-title = Log in
login-mitid-lead = Log in with MitID to see your letters and your information.
login-mitid-button = Log in with MitID
login-demo-heading = Choose a demo person
login-demo-lead = In the demo you log in as one of these made-up people. Each person shows how Borgerbro looks to a certain kind of user.
login-demo-button = Log in as { $name }
login-demo-unknown = That person is not in the demo. Go back to the Log in page and choose one of the people on the list.
login-none = Login is not set up yet. Call us on { $phone } and we will help you.
login-no-mitid-heading = No MitID?
login-no-mitid-text = You can still get help with everything. Call the citizen service on { $phone }, or come by.
login-failed = We could not log you in. Try again from the Log in page. If it still does not work, call us.
login-failed-unknown-key = We could not log you in, because we could not check the login service's signature. It is not your fault. Try again in a few minutes. If it still does not work, call us.
login-provider-down = We cannot reach MitID right now. Try again in a little while, or call us.

apikeys-title = API keys
apikeys-lead = Other systems, such as a phone robot or a case system, use an API key to talk to Borgerbro. Give each system its own key, so you can shut out one system at a time.
apikeys-create-heading = Make a new key
apikeys-name-label = Name of the system
apikeys-name-hint = For example "Phone robot" or "Case system". At most 100 characters.
apikeys-name-missing = Write the name of the system that will use the key.
apikeys-name-too-long = The name can be at most 100 characters. Make it shorter.
apikeys-create-button = Make key
apikeys-created-heading = The key is made
apikeys-created-text = Copy the key now and keep it somewhere safe. It is shown only this once.
apikeys-list-heading = Keys
apikeys-none = There are no keys yet.
apikeys-col-name = System
apikeys-col-created = Made
apikeys-col-status = Status
apikeys-revoked = Revoked
apikeys-revoke-button = Revoke the key of { $name }
apikeys-scopes-legend = What may the system do?
apikeys-scopes-hint = Choose only what the system needs. If it needs more later, make a new key.
apikeys-scope-missing = Choose at least one thing the system may do.
apikeys-scope-unknown = Choose from the list.
apikeys-scopes-none = Nothing
apikeys-col-scopes = May
apiscope-people = Register people and change whether they get letters on paper
apiscope-letters-send = Send letters
apiscope-letters-read = Follow the letters the system sent itself (opened, answers, deadline)
apiscope-letters-read-all = Follow every letter, also those others sent
apiscope-print = Fetch the paper letters in the print queue
apiscope-mandates-check = Check whether a helper may do something
apiscope-mandates-read = See the permissions a citizen has given
apiscope-mandates-give = Give permissions the helper must say yes to, and change and end those the system gave
apiscope-mandates-in-person = Give permissions agreed in person, which apply at once
apiscope-mandates-manage-all = Change and end every permission, also those the citizen or other systems gave
apiscope-bookings = See free times, book, and see and cancel the system's own bookings

error-go-front = Go to the front page
error-call-us = Call us on { $phone } if you need help.
error-request-id = Error code: { $id }. Quote it if you call us about the error.
error-not-found-title = Page not found
error-not-found-next = Check that the address is spelled right, or start from the front page.
error-not-covered-title = Your permission does not cover this
error-not-covered-next = The permission the citizen gave you does not cover what you tried to see or do. The citizen can give you more under "People who can help you" on My page or at Citizen service.
error-forbidden-title = You do not have access to this page
error-forbidden-next = This page is only for people with a certain role. Log in as someone else, or go to your own page.
error-csrf-title = The form is too old
error-csrf-next = For your security we could not accept the form. Go back, reload the page and send it again. What you wrote is still there.
error-unauthorized-title = API key missing
error-unauthorized-next = Send a valid API key in the Authorization header as "Bearer KEY". An administrator can make a key.
error-bad-request-title = We could not use that
error-bad-form = We could not read what was sent. Go back, check the fields and try again.
error-too-large-title = That is too large
error-too-large-next = What you sent is too large. Make it smaller and try again.
error-unavailable-title = We cannot get your information right now
error-unavailable-next = Try again in a few minutes. Nothing has been lost.
error-too-many-title = You have tried too many times
error-too-many-next = Try again at { $time }. If you would rather not wait, call us.
error-too-many-api-next = Too many requests. Try again in { $seconds } seconds (see Retry-After).
form-too-many = This has been sent too many times from here. Try again at { $time }, or call us.
error-missing-scope = The API key may not do this. It lacks the scope { $scope }; an administrator can make a key that has it.
error-internal-title = Something went wrong on our side
error-internal-next = It is not your fault. Try again in a little while. If it still does not work, call us.

footer-check = Check your text for plain Danish

check-title = Check your text
check-lead = Paste a Danish text, for example a letter to a citizen. You learn how easy it is to read and what you can do to make it easier. The text is not stored.
check-text-label = Your text
check-text-hint = At most 100,000 characters. Do not write CPR numbers or other personal information.
check-text-missing = Write or paste the text you want to check.
check-text-too-long = The text is too long. Check at most 100,000 characters at a time, for example one section at a time.
check-format-label = How is the text written?
check-format-text = Plain text
check-format-markdown = Markdown
check-format-html = HTML
check-format-unknown = Choose one of the forms on the list.
check-button = Check the text
check-result-heading = Result
check-lix = LIX { $lix }:
check-band = the text is "{ $band }" to read (Danish scale).
check-counts-words = Words
check-counts-sentences = Sentences
check-counts-long-words = Long words (over 6 letters)
check-needs-summary = The text should start with a "Kort fortalt" (in short): a few short sentences about what matters most.
check-advice-heading = What you can do
check-marked-heading = Your text with findings
check-notes-heading = Findings
check-suggestion = Suggestion
check-kind-cpr-number = CPR number
check-kind-very-long-sentence = Very long sentence
check-kind-long-sentence = Long sentence
check-kind-long-paragraph = Long paragraph
check-kind-officialese = Officialese
check-kind-jargon = Jargon
check-kind-nominalisation = Verb turned into a noun
check-kind-passive = Passive form
check-kind-abbreviation = Abbreviation
check-kind-old-address = Old-fashioned form of address
check-kind-very-long-word = Very long word
check-api-too-large = The text can be at most 131,072 characters. Split it and send the parts one by one.
check-api-bad-json = Send JSON such as {"{"}"text": "...", "format": "text"{"}"}. The format can be text, markdown or html.

error-invalid-title = Something needs fixing
error-invalid-next = One or more fields are not filled in correctly. See the list "errors", fix the fields and send again.
error-conflict-title = Already exists

people-name-missing = Write the person's name.
people-name-too-long = The name can be at most 200 characters.
people-cpr-not-ten-digits = A CPR number has 10 digits, such as 150584-1234. Check the number.
people-cpr-not-a-date = The first 6 digits of a CPR number are a date of birth (day, month, year). Check the number.
people-cpr-taken = There is already a person with this CPR number. Use that person instead.
people-phone-invalid = Write a phone number with 8 digits, or a foreign number starting with +.

my-post-choice = Paper or digital post

postchoice-title = How you get your letters
postchoice-is-digital = You get your letters digitally here in Borgerbro.
postchoice-is-paper = You get your letters on paper by post.
postchoice-paper-text = Would you rather have your letters on paper? You do not have to give a reason. It applies from now on, and you can always switch back.
postchoice-to-paper = I want my letters on paper
postchoice-back-text = Would you rather have your letters digitally again? It applies from now on.
postchoice-to-digital = I want my letters digitally
postchoice-now-paper = Now you get your letters on paper. It applies from the very next letter.
postchoice-now-digital = Now you get your letters digitally again.
postchoice-address-heading = Your address
postchoice-no-address = We do not have your address. Call us on { $phone } so we can send your letters.

date-long = { $weekday } { $day } { $month } { $year }
weekday-1 = Monday
weekday-2 = Tuesday
weekday-3 = Wednesday
weekday-4 = Thursday
weekday-5 = Friday
weekday-6 = Saturday
weekday-7 = Sunday
# Opening hours in a line: a run of days with the same times ("mandag–onsdag 10.00–15.00").
hours-run = { $days } { $opens }–{ $closes }
hours-run-drop-in = { $days } { $opens }–{ $closes } (drop-in)
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December

my-inbox = Your letters
my-write = Write a letter
my-escalations = Letters not read: follow-up

area-housing = Housing
area-health = Health
area-pension = Pension
area-employment = Jobs and benefits
area-family = Children and family
area-tax = Tax and payments
area-bookings = Appointments
area-mandates = Helpers and permissions
area-general = Other
area-unknown = Unknown subject

inbox-title = Your letters
inbox-search-label = Search your letters
inbox-search-button = Search
inbox-empty = You have no letters yet.
inbox-none-found = No letters match your search. Try another word.
inbox-unread = Not read
inbox-done = Done
inbox-unread-count =
    { $count ->
        [0] No unread letters
        [one] 1 unread letter
       *[other] { $count } unread letters
    }
inbox-filter-label = Find letters
inbox-unread-only = Show only unread
inbox-pages-label = More letters
inbox-newer = Newer letters
inbox-older = Older letters
inbox-no-more = There are no more letters here. Go to newer letters.
inbox-none-unread = There are no unread letters.
inbox-bad-cursor = The link to the page of letters does not work. Go to your letters and find the letter from there.

letter-deadline = Answer by { $date }
letter-deadline-moved = The deadline was { $date }. We gave you more time because you had not opened the letter.
letter-answered = The letter was answered on { $date }.
letter-answered-deadline = The deadline was { $date }.
letter-from = From
letter-area = About
letter-summary = In short
letter-back = Back to your letters
letter-read-aloud = Read aloud
letter-is-done = You have marked the letter as done.
letter-mark-done = Mark as done
letter-help = Do you not understand the letter? Call us on { $phone } and we will explain it.

write-title = Write a letter
write-recipient-legend = Recipient
write-recipient-chosen = The letter goes to
write-recipient-paper = This person gets letters on paper, so the letter is sent by post.
write-recipient-digital = This person gets letters digitally.
write-recipient-label = Find the recipient
write-recipient-hint = Write a name or a CPR number, and press Search.
write-search-button = Search
write-matches-legend = Choose the recipient
write-area-label = What is the letter about?
write-area-hint = It decides who may help the citizen with the letter.
write-subject-label = Heading
write-summary-label = In short
write-summary-hint = 4 to 60 everyday words about what matters. It stands at the top of the letter. A hard letter must have it; check the text to see whether yours must.
write-body-label = The letter
write-body-hint = Write to the citizen as "you". You can use Markdown: # heading, **bold**, - bullets.
write-deadline-label = Must the citizen do something by a date? (optional)
write-deadline-hint = If the citizen does not read the letter, we call or write, and the deadline moves.
write-preview-button = See the letter
write-send-button = Send the letter
write-check-heading = Plain language
write-preview-heading = How the citizen will see the letter

status-recipient = Recipient
status-sent = Sent
status-on-paper = on paper
status-opened = Opened
status-not-opened = Not opened yet
status-deadline = Deadline
status-deadline-was = deadline before: { $date }
status-escalations = Follow-up
status-no-escalations = No follow-up yet.

escalations-title = Follow-up on letters not read
escalations-lead = These citizens have not opened an important letter. Contact them and record how it went. The deadline has already moved.
escalations-none = There are no letters to follow up on.
escalations-letter = Letter
escalations-contact = Contact
escalations-moved = New deadline: { $date }
escalations-outcome-legend = How did it go with { $name }?
escalations-save = Save
escalation-phone = Call the citizen
escalation-paper = Send the letter on paper
escalation-visit = Visit the citizen
outcome-reached = We reached the citizen
outcome-not-reached = We did not reach the citizen
outcome-other-channel = We contacted the citizen another way

post-recipient-none-found = We found no one with that name or CPR number. Check the spelling, or search for part of the name.
post-recipient-missing = Choose who the letter is for: search by name or CPR number.
post-recipient-unknown = The recipient does not exist. Create the person first, or check the id or CPR number.
post-area-missing = Choose what the letter is about.
post-subject-missing = Write a heading.
post-subject-too-long = The heading can be at most 200 characters.
post-summary-too-long = "In short" can be at most 1,000 characters. Write only what matters most.
post-summary-required = The letter is too hard to read without an "In short". Write an "In short", or make the letter easier.
post-summary-says-nothing = Write "In short" with at least 4 words: what matters in the letter, for example what the citizen must do and by when. "See the letter" is not enough.
post-summary-not-short = "In short" may have at most 60 words. Write only what matters, in two or three short sentences.
post-summary-not-plain = Write "In short" in everyday words: no officialese, jargon or formal address, and in short sentences. Check the text to see what to change.
post-body-missing = Write the letter.
post-body-too-long = The letter can be at most 100,000 characters.
post-deadline-past = The deadline must be after today.
post-deadline-invalid = Write the deadline as a date, such as 2026-12-11.
post-deadline-paper-too-soon = This person gets letters on paper. With the post's delivery time they get too little time. Give at least 10 days after the letter arrives.
post-idempotency-reused = The Idempotency-Key was used for another letter. Use a new key for a new letter.
post-outcome-missing = Choose how it went.
post-attachment-empty = The file is empty. Choose the right PDF file.
post-attachment-too-large = An attachment can be at most 20 MB. Make the file smaller, or split it into several files.
post-attachment-not-pdf = Attachments must be PDF files. Save the file as PDF and choose it again.
post-attachment-filename-too-long = An attachment's file name may have at most 255 characters. Give the file a shorter name and send it again.
post-attachment-too-complex = We cannot use the attachment, because it takes up too much space when it is opened. Save the PDF file again as an ordinary PDF, or split it into several files.
post-attachment-bad-base64 = An attachment is not valid base64 in data_base64.
post-attachments-too-many = A letter can have at most 5 attachments. Remove one, or send two letters.
post-batch-unclosed-field = A merge field lacks its closing {"}}"}. Write the field as {"{{"} name {"}}"}.
post-batch-unknown-field = The template uses a merge field the list does not have. Add the field to the list, or fix the name in the template.
post-batch-missing-field = The recipient lacks a merge field the template uses. Add the value.
post-batch-unknown-recipient = We do not know the recipient. Fix the CPR number or id, or create the person first.
post-batch-too-many = At most 10,000 recipients at a time. Split the list, or use borgerbro post send-batch.
post-batch-empty = The list has no recipients.
post-batch-field-too-long = A merge field is longer than a whole letter. Correct the value and send again.
post-upload-broken = The form did not arrive whole. Try sending it again.
letter-attachment-size = PDF, { $size }
letter-attachments = Attachments
write-attached = Attached
write-remove-attachment = Remove { $name }
write-files-label = Attach files (optional)
write-files-hint = PDF files of at most 20 MB. At most { $count } attachments. The file is attached when you press one of the buttons.

my-front-desk = Help a citizen with their post
frontdesk-title = Citizen service: paper or digital post
frontdesk-lead = Find the citizen, and switch to paper or digital post for them. The citizen does not have to give a reason. The citizen's log records that you did it for them. The search shows only name and CPR number. When you open anything about the citizen, you first write why.
frontdesk-search-hint = Name or CPR number. Citizens without a CPR number are found by name.
frontdesk-is-paper = Gets letters on paper.
frontdesk-is-digital = Gets letters digitally.
frontdesk-to-paper = Give { $name } letters on paper
frontdesk-to-digital = Give { $name } digital letters again
frontdesk-now-paper = { $name } now gets letters on paper, from the next letter.
frontdesk-now-digital = { $name } now gets letters digitally again.
frontdesk-open = Letters and protection for { $name }
frontdesk-citizen-title = Letters and protection: { $name }
frontdesk-citizen-cpr = CPR number
frontdesk-citizen-letters = How the citizen gets letters
frontdesk-citizen-protection = Protection against digital control

offer-subject = Would you like your letters on paper?
offer-summary = You can get your letters from the municipality on paper instead of digitally. You do not need to give a reason.
offer-sender = Citizen service
offer-body =
    We have sent you digital letters that you have not opened. It is fine to find digital post hard.

    You can get all your letters from us by post instead. You do not need to give a reason.

    - Call us, and we will arrange it for you.
    - Or come to Citizen service.
    - You can always switch back.

print-title = Letters to print
print-lead = Letters to citizens who get post on paper, and paper copies of important letters nobody has opened. Download them as one PDF, print them, and mark them posted when they are in the post.
print-none = There are no letters to print.
print-round-lead =
    { $count ->
        [one] The letters in the queue have more attachments than one PDF can hold. Download the oldest letter first. Mark it posted when it is printed. Then you can download the next ones.
       *[other] The letters in the queue have more attachments than one PDF can hold. Download the { $count } oldest letters first. Mark them posted when they are printed. Then you can download the next ones.
    }
print-download-round =
    { $count ->
        [one] Download the oldest letter as a PDF
       *[other] Download the { $count } oldest letters as one PDF
    }
print-download-all =
    { $count ->
        [one] Download the letter as a PDF
       *[other] Download all { $count } letters as one PDF
    }
print-queued-legend = Letters waiting
print-no-address = no address: call or meet the citizen
print-queued-at = In the queue since
print-one-pdf = Download only this letter (PDF):
print-mark-posted = Mark the chosen letters as posted
print-marked =
    { $count ->
        [one] The letter is marked as posted.
       *[other] { $count } letters are marked as posted.
    }
print-posted-heading = Posted recently
print-not-needed-heading = No longer needed
print-not-needed-lead = Paper copies of letters that had not been opened. The letter was opened or answered before the copy was posted, so the copy is not to be printed.
print-not-needed-opened = No longer needed: the citizen opened the letter { $date }
print-not-needed-opened-by-helper = No longer needed: a helper opened the letter for the citizen { $date }
print-not-needed-answered = No longer needed: the citizen answered the letter { $date }
print-posted-at = Posted
print-no-address-heading = Cannot be posted
print-no-address-lead = The citizen has no address we can post to. Call and read the letter aloud, or hand it over at the citizen service. The letter cannot be marked as posted.
print-no-address-call = Call { $phone } and read the letter aloud, or hand it over when they come.
print-no-address-meet = The citizen has no phone number either: hand over the letter when they come to the citizen service.
print-handed-over = Done: read aloud or handed to { $name }
print-handed-over-done = The letter is marked as read aloud or handed over.
print-handed-over-at = Read aloud or handed over
print-reason-letter = The citizen gets post on paper
print-reason-escalation = Paper copy: the letter has not been opened
print-reason-offer = Offer of post on paper
print-status-unknown = Unknown status. Use status=queued or status=posted.
paper-phone = Phone { $phone }
paper-page = Page
paper-of = of
# A paper copy made because a letter with a deadline was not opened: said at its top.
paper-copy-heading = A copy of a letter you have not opened
paper-copy-text = This is a copy of a letter we sent to your digital post on { $sent }. You have not opened it. So we have moved the deadline from { $before } to { $after }. You now have until the end of { $after } to answer.
# The attachments, listed after the letter's text.
paper-attachment-included = Attachment { $number }: { $filename }. It follows the letter.
paper-attachment-separate = Attachment { $number } must be printed on its own: { $filename }
my-print-queue = Letters to print

offer-tasks-heading = Citizens to offer post on paper
offer-tasks-lead = These citizens have several times not opened important letters. They have had a letter with the offer. Call them, or talk to them when they come by.
offer-task = Offer { $name } post on paper
offer-task-switch = Switch { $name } to paper
offer-task-done = Done: { $name } has had the offer
print-letters-heading = Letters to print
frontdesk-print-link = Letters to print and citizens to offer paper post

reply-heading = Answer the letter
reply-label = Your answer
reply-hint = Write in your own words. The person who sent the letter reads your answer.
reply-send = Send the answer
reply-sent = Your answer is sent. You can see it below.
reply-you-wrote = You wrote
inbox-read-by = Read by { $name }
letter-read-by = { $name } opened the letter for you on { $date }.
reply-helper-wrote = { $name } wrote for you on { $date }
status-opened-by-citizen = { $date }, by the citizen
status-opened-by-helper = { $date }, by { $name }, who helps the citizen
status-reply-citizen = The citizen wrote on { $date }
status-reply-helper = { $name } wrote for the citizen on { $date }
reply-missing = Write your answer before you send it.
reply-too-long = The answer is too long. Make it shorter, or call us.
status-replies = Answers
status-no-replies = The citizen has not answered.
print-attachments = Attachments, which are in the letter's PDF. If the letter says an attachment must be printed on its own, get it here

write-draft-button = Save as draft
write-draft-saved = The draft is saved. You can go on writing now or later.
write-drafts-heading = Your drafts
write-draft-untitled = Draft without a subject

scope-post = Read your letters
scope-bookings = Book appointments for you
scope-mydata = See your information
mandate-status-pending = Waiting for the helper to say yes
mandate-status-active = In force now
mandate-status-suspended = Paused
mandate-status-ended = Ended
mandate-status-expired = Expired
mandate-status-not-yet-valid = In force from the start date
mandate-helper-is-citizen = You cannot give yourself permission. Choose another person.
mandate-areas-missing = Choose at least one thing the helper may help with.
mandate-area-unknown = An area does not exist. Use post, bookings, mydata or a subject such as housing or health.
mandate-rights-unknown = Write look (only see) or act (see and act).
mandate-dates-order = The end date is before the start date. Correct one of them.
mandate-ends-in-past = The end date has passed. Choose a date in the future.
mandate-too-long = The permission is too long. Choose a shorter period; you can always give a new one.
mandate-duplicate = The person already has exactly this permission.
mandate-date-invalid = Write the date as YYYY-MM-DD, for example 2027-01-31.
mandate-person-unknown = We do not know the person. Check the id.
mandate-identity-check-missing = Write how the citizen's identity was checked (passport, driving licence, ...).
mandate-identity-check-unknown = Choose how the citizen's identity was checked: passport, driving licence, residence card or known to the staff member (pas, koerekort, opholdskort, kendt).
mandate-note-too-long = The note may be at most 500 characters. Make it shorter.
mandate-notice-given-subject = You have let { $helper } help you
mandate-notice-given-body =
    { $helper } may now help you with: { $scopes }. { $can } The permission lasts until { $until }.

    You can always see what { $helper } has done, and you can stop the permission at once on My page or at Citizen service.

    Did you not give this permission? Call us at once.
mandate-notice-ended-subject = { $helper } may no longer help you
mandate-notice-ended-body =
    The permission for { $helper } has stopped. { $could } Now { $helper } can no longer see or do anything for you.

    If you want help again, you can give a new permission on My page or at Citizen service.

helpers-title = People who can help you
helpers-lead = Here you see everyone who may see or do something for you, and everything they have done. You can stop a permission at once.
helpers-none = Nobody may help you right now.
helpers-given = The permission is given. The helper has to say yes before it starts. You have had a letter about it.
helpers-stopped = The permission is stopped. The helper can no longer see or do anything for you.
helpers-stop = Stop the permission for { $name }
helpers-actions-heading = What your helpers have done
helpers-actions-none = Your helpers have not done anything yet.
helpers-helper-unknown = We know nobody with that CPR number. Check the number, or come to Citizen service together with your helper.
helper-action-read = read a letter
helper-action-read-attachment = opened an attachment
helper-action-accept = said yes to help
helper-action-refused = tried to see something the permission does not cover, and was refused
helper-action-other = did something for you
helper-action-read-letter = read the letter «{ $subject }»
helper-action-reply-letter = answered the letter «{ $subject }»
helper-action-refused-letter = tried to open the letter «{ $subject }», which the permission does not cover, and was refused
helper-action-refused-bookings = tried to see or change your appointments, which the permission does not cover, and was refused
helper-action-refused-no-permission = tried to help you without a permission in force now, and was refused
helper-action-refused-missing = tried to open a letter or an appointment that is not among yours, and was refused
mandate-until = Lasts until { $date }.
mandate-note = Note
mandate-rights-look = May only look
mandate-rights-act = May look and act
mandate-rights-look-explained = The helper can read, but not answer, book or change anything for you.
mandate-rights-act-explained = The helper can also answer letters and book appointments for you. The helper can never give others permission.
give-title = Let someone else help you
give-lead = Choose who, what and for how long. Only give permission for what you need help with. You can always stop the permission.
give-areas-legend = What may the helper help with?
give-areas-hint = Choose the letters' subjects too: a helper only sees letters about the subjects you choose. "Other" is a subject too. Letters about your appointments are only seen by someone who may also book appointments for you.
give-rights-legend = What may the helper do?
give-until-label = For how long?
give-until-hint = The permission stops by itself after this day.
give-note-label = Note (optional)
give-note-hint = For example what the help is for. The helper can see the note.
give-submit = Give the permission
give-back = Back to the people who can help you
helping-title = People you help
helping-lead = These citizens have let you help them. You can only see and do what the permission says.
helping-none = Nobody has let you help them.
helping-accept = Yes, I will help { $name }
helping-open = Help { $name }
acting-region = You are helping someone else
acting-for = You are helping { $name }
acting-back = Back to your own pages
acting-post-title = Letters to { $name }
acting-post-none = There are no letters you may see.
acting-post-no-areas = The permission names no subjects of letters, so you cannot see any letters. { $name } can give you permission for a subject, for example "Other".
acting-post-search-label = Search the letters
helper-action-list = looked at the list of your letters
acting-post-back = Back to the letters to { $name }
my-helpers = People who can help you
my-helping = People you help

guide-kicker = How to help
guide-can-heading = What you can do
guide-cannot-heading = What you cannot do
guide-how-heading = How to do it
guide-others = Other things you can help with
guide-post-title = Help with letters
guide-post-lead = You read the letters together with the person you help, and help them understand what to do.
guide-post-can = You can read the letters the permission covers. If you may also act, you can answer the letters. The letter shows that you have read it.
guide-post-cannot = You cannot see letters about subjects the permission does not cover, and you can never let others help.
guide-post-how = Log in with your own MitID, go to "People you help", and choose the person. The top of the page always says whom you help.
guide-emner-title = Letters about a subject
guide-emner-lead = Every letter is about a subject, for example housing, health or pension.
guide-emner-can = If you may help with letters about housing, you only see the letters about housing. You see other letters only if "Other" is chosen. You see letters about appointments only if you may also book appointments.
guide-emner-cannot = You do not see letters about subjects the permission does not name. A letter about health is only for someone who may help with health.
guide-emner-how = The person you help chooses the subjects when they give you permission. If a subject is missing, they can give you a new permission.
help-guides-heading = Do you help someone else?

frontdesk-give-mandate = Give a permission for { $name }
desk-title = Give a permission for { $name }
desk-lead = The citizen and the helper are both here. Check who the citizen is, and write how. The permission starts at once, and the citizen takes a receipt home.
desk-helper-legend = The helper
desk-helper-label = Find the helper
desk-helper-choose = Choose the helper
desk-helper-missing = Find and choose the helper.
desk-check-label = How did you check who the citizen is?
desk-check-choose = Choose
desk-check-pas = Passport
desk-check-koerekort = Driving licence
desk-check-opholdskort = Residence card
desk-check-kendt = The citizen is known to a member of staff
desk-submit = Give the permission and print a receipt
receipt-title = Receipt for your permission
receipt-lead = { $name } has let someone else help. Keep this receipt.
receipt-helper = Helper
receipt-may = May
receipt-until = Lasts until
receipt-note = Note
receipt-end-heading = How to stop the permission
receipt-end-call = Call us on { $phone }.
receipt-end-visit = Come by: { $address }.
receipt-end-online = Or log in, go to My page and choose "People who can help you".
receipt-letter = You also get a letter about the permission.
receipt-print = Print the receipt
receipt-back = Back to Citizen service

frontdesk-is-protected = The citizen is protected: new permissions only here at Citizen service, and they are also sent on paper.
frontdesk-protect = Protect { $name } against digital control
frontdesk-unprotect = Lift the protection of { $name }
frontdesk-pause-all = Pause every permission now
mandate-needs-in-person = You are protected, so a new permission must be given at Citizen service, where we can see you. Come by, or call us.
print-reason-protection = Protected citizen: notice of a new permission

acting-replies = Answers to the letter
acting-answer-label = Answer for { $name }
acting-answer-hint = The answer is sent on the citizen's behalf, and it shows that you wrote it.
helper-action-reply = answered a letter

scope-post-helper = Read the letters
scope-bookings-helper = Book appointments
scope-mydata-helper = See the information

# Changing a permission, and one that runs out by itself
helpers-change = Change the permission for { $name }
helpers-changed = The permission is changed, and the change applies now. You have had a letter about it.
mandate-idempotency-reused = The Idempotency-Key was used for another change. Use a new key for a new change.
mandate-error-api-json = Send a JSON body with citizen and what to change: areas, rights, valid_to or note.
helpers-change-waits = This is a change waiting for { $name } to say yes. Until then, the permission { $name } has now applies.
helping-change-waits = { $name } wants to change your permission. If you say yes, the new one applies instead of the one you have now.
helpers-changed-waiting = The permission is changed. What is new applies only when the helper says yes. You have had a letter about it.
change-title = Change the permission for { $name }
change-lead = If you let the helper do less, it applies at once. If you let them do more, it applies when the helper has said yes. Until then, the helper may only do what both the old and the new permission allow.
change-until-hint = The permission stops by itself after this day. An earlier day applies at once.
change-submit = Save the change
change-back = Back to People who can help you
mandate-unchanged = You have not changed anything. Change at least one thing, or go back.
mandate-notice-changed-subject = You have changed the permission for { $helper }
mandate-notice-changed-now = From now on { $helper } may help you with: { $scopes }. { $can } The permission lasts until { $until }.
mandate-notice-changed-stopped = The old permission for { $helper } has stopped, because the new one has nothing in common with it.
mandate-notice-changed-waiting = You have also let { $helper } do more: { $scopes }. { $can } Until { $until }. This applies only when { $helper } says yes.
mandate-notice-changed-end =
    You can always see what { $helper } has done, and you can stop the permission at once on My page or at Citizen service.

    Did you not change the permission? Call us at once.
mandate-notice-can-look = { $helper } can only see it, not answer, book or change anything for you.
mandate-notice-can-act = { $helper } can see it and can also act for you: answer letters and book appointments.
mandate-notice-could-look = The permission let { $helper } only see, not act for you.
mandate-notice-could-act = The permission let { $helper } see and also act for you.
mandate-notice-you-can-look = You can only see it, not answer, book or change anything for { $citizen }.
mandate-notice-you-can-act = You can see it and can also act for { $citizen }: answer letters and book appointments.
mandate-notice-helper-given-subject = { $citizen } has given you permission to help
mandate-notice-helper-given-body =
    { $citizen } has given you permission to help with: { $helper-scopes }. { $you-can } The permission lasts until { $until }.

    { $start }

    You can only see and do what the permission says. { $citizen } can always see what you have done, and can stop the permission at once.
mandate-notice-helper-more-subject = { $citizen } wants to let you do more
mandate-notice-helper-more-body =
    { $citizen } has changed your permission and wants to let you do more: { $helper-scopes }. { $you-can } Until { $until }. Until you say yes, what you may do now still applies.

    { $start }
mandate-notice-helper-start-waiting = The permission applies only when you say yes. Log in, go to "People you help" (/jeg-hjaelper), and press "Yes, I will help { $citizen }".
mandate-notice-helper-start-accepted = The permission applies already, because it was given at Citizen service with both of you there. You find it under "People you help" (/jeg-hjaelper).
mandate-notice-expired-subject = { $helper } can no longer help you
mandate-notice-expired-body =
    { $helper } can no longer help you with { $scopes } from { $from }. { $could } The permission lasted until { $until }, and it has stopped by itself.

    If you want help again, you can give a new permission on My page or at Citizen service.
desk-permissions-heading = Permissions the citizen has given
desk-give-heading = Give a new permission
desk-change-back = Back to the citizen's permissions
acting-nav = What you can help { $name } with
acting-link-post = Letters
acting-link-bookings = Appointments
acting-post-bookings = See the appointments of { $name }
guide-tider-title = Help with appointments
guide-tider-lead = You can help book and keep track of appointments with the authority. It can be a meeting at Citizen service, a call-back or a visit.
guide-tider-can = If you may see and act, you can book an appointment, move it and cancel it. If you may only see, you can see the appointments but not change them. The person you help gets a letter each time. The letter says that it was you. If you may also read letters, you see the letters about the appointments.
guide-tider-cannot = You cannot see appointments if the permission does not mention appointments. You can never give others permission to help.
guide-tider-how = Log in with your own MitID. Go to "People you help", and choose the person. Choose "Appointments" at the top of the page. Here you can book a new appointment. You can also open an appointment and move or cancel it.

# Help places
help-kind-front_desk = Citizen service
help-kind-library = Library
help-kind-drop_in_centre = Drop-in centre
help-kind-it_cafe = IT café with volunteers
help-kind-phone_line = Help by phone
help-kind-outreach = Citizen service visiting
help-topic-mitid = MitID
help-topic-digital-post = Digital Post
help-topic-helpers = Letting someone help you
help-topic-apps = Apps on your phone
help-topic-forms = Forms and applications
help-topic-letters = Letters you do not understand
help-topic-health = Health
help-topic-housing = Housing
help-topic-pension = Pension
help-topic-jobs = Work
help-topic-money = Money and benefits
help-topic-moving = Moving
help-language-da = Danish
help-language-en = English
help-language-ar = Arabic
help-language-uk = Ukrainian
help-language-de = German
help-language-pl = Polish
help-language-tr = Turkish
help-language-so = Somali
help-language-fa = Persian
help-language-ur = Urdu
help-language-ti = Tigrinya
help-language-ro = Romanian
help-language-es = Spanish
help-language-fr = French
help-hours-day = Write the day as mon, tue, wed, thu, fri, sat or sun, for example mon-fri 10:00-15:00.
help-hours-time = Write the time as 10:00-15:00.
help-hours-order = The place must close after it opens. Correct the time.
help-hours-overlap = Two times overlap on the same day. Write them as one.
help-hours-missing = Write at least one opening time, for example mon-fri 10:00-15:00.
help-hours-closed-date = Write a closing day as "closed 24.12" (every year), "closed 31.12.2026" (one day) or "closed 6.7.2026-26.7.2026" (a period).
help-hours-closed-order = The first closing day must come before the last. Correct the dates.
help-status-closed-today = Closed today: { $why }.
help-closed-own-day = closed
help-place-closed-days = Closing days in the next two months
help-holiday-new-years-day = New Year's Day
help-holiday-maundy-thursday = Maundy Thursday
help-holiday-good-friday = Good Friday
help-holiday-easter-sunday = Easter Sunday
help-holiday-easter-monday = Easter Monday
help-holiday-ascension = Ascension Day
help-holiday-whit-sunday = Whit Sunday
help-holiday-whit-monday = Whit Monday
help-holiday-constitution-day = Constitution Day
help-holiday-christmas-eve = Christmas Eve
help-holiday-christmas-day = Christmas Day
help-holiday-boxing-day = Boxing Day
help-holiday-new-years-eve = New Year's Eve
help-error-kind = Choose what kind of place it is.
help-error-name = Write the name of the place (at most 200 characters).
help-error-description = Make the description shorter (at most 2,000 characters).
help-error-line = Make it shorter (at most 200 characters).
help-error-street = Write the street and number.
help-error-postcode = Write the postcode with 4 digits, for example 8000.
help-error-postcode-unknown = We do not know that postcode. Write a postcode in the municipality, for example 8000.
help-error-position = Write a latitude and longitude in Denmark, for example 56.1567 and 10.2108. Or leave both empty.
help-error-phone = Write a phone number with 8 digits, for example 89 40 20 00, or a foreign number with its country code, for example +380 44 123 4567.
help-error-phone-needed = Help by phone needs a phone number.
help-error-languages = Write languages as codes separated by commas, for example da, en, ar.
help-error-step-free = Write yes or no.
help-error-topics = Choose at least one topic the place helps with.
help-search-error-topic = Choose a topic from the list.
help-search-error-postcode = Write the postcode with 4 digits, for example 8000.
help-search-error-language = Choose a language from the list, or leave the field empty.
help-search-error-postcode-unknown = We do not know that postcode. Try a postcode in the municipality, for example 8000. Or search without a postcode.
help-search-error-distance = Write a postcode too when you choose a distance.
help-search-error-distance-unknown = Choose one of the distances in the list, or leave the distance out.
help-status-open-now = Open now until { $time }
help-status-drop-in-now = Drop-in now until { $time }
help-status-opens = Opens { $day } at { $time }
help-status-drop-in-next = Drop-in { $day } at { $time }
help-status-never = No fixed times. Call first.
help-day-today = today
help-day-tomorrow = tomorrow
help-feed-drop-in = Drop-in: { $place }
help-feed-visit = Citizen service visiting: { $place }
help-places-title = Find help near you
help-places-lead = Find places where a person can help you. You do not need to log in.
help-search-topic = What do you need help with?
help-search-any-topic = Anything
help-search-postcode = Postcode
help-search-postcode-hint = We show the places nearest to you.
help-search-distance = How far will you travel?
help-search-language = Language
help-search-any-language = All languages
help-search-open-now = Only places open now
help-search-submit = Find help
help-search-found =
    { $count ->
        [one] We found 1 place
       *[other] We found { $count } places
    }
help-search-none = We found no places. Try choosing fewer things.
help-search-call = You can always call citizen service on { $phone }.
help-distance = { $distance } away
help-phone = Phone
help-languages = Languages: { $languages }
help-step-free = Step-free access
help-not-step-free = There may be steps. Call and ask.
help-pages = More pages
help-previous-page = Previous page
help-next-page = Next page
help-places-call-heading = Would you rather call?
help-place-where = Where it is
help-place-map = See on a map
help-place-hours = Opening hours
help-place-day = Day
help-place-open = Open
help-place-drop-in = Drop-in (no appointment)
help-place-closed = Closed
help-place-calendar = Add drop-in times to your calendar
help-place-topics = You can get help with
help-place-audience = The place is for
help-place-back = Find other places
help-admin-title = Places with help
help-admin-new = Add a place
help-admin-edit = Edit the place
help-admin-import = Import places from a file
help-admin-export-csv = Save all places as CSV
help-admin-export-json = Save all places as JSON
help-admin-empty = There are no places yet.
help-admin-count =
    { $count ->
        [one] 1 place
       *[other] { $count } places
    }
help-admin-updated = Last changed
help-admin-save = Save the place
help-admin-remove = Remove the place
help-admin-back = Back to all places
help-field-kind = Kind of place
help-field-kind-choose = Choose
help-field-name = Name
help-field-description = What happens here?
help-field-description-hint = A few short sentences for citizens.
help-field-audience = Who is the place for?
help-field-audience-hint = For example everyone, older people, young people, homeless people.
help-field-street = Street and number
help-field-street-hint = Leave empty for help by phone.
help-field-postcode = Postcode
help-field-city = Town
help-field-city-hint = Empty: the town of the postcode.
help-field-position = Position on the map
help-field-position-hint = Empty: the middle of the postcode.
help-field-latitude = Latitude
help-field-longitude = Longitude
help-field-phone = Phone
help-field-phone-hint = 8 digits.
help-field-languages = Languages
help-field-languages-hint = Codes separated by commas, for example da, en, ar.
help-field-step-free = There is step-free access
help-field-topics = Topics the place helps with
help-field-hours = Opening hours and drop-in
help-field-hours-hint = One time per line, for example "mon-fri 10:00-15:00" or "thu 16:00-18:00 drop-in". The place is closed on public holidays, Christmas Eve, New Year's Eve and Constitution Day unless you write "open on public holidays". Other closing days: "closed 27.12" or "closed 6.7.2026-26.7.2026".
help-import-lead = Import many places at once from a CSV or JSON file. If a row has a mistake, nothing is saved and you are told which rows.
help-import-columns = The file must have these columns. A row with an id updates the place with that id.
help-import-file = File
help-import-file-hint = CSV with commas or semicolons, or JSON. At most 20,000 places.
help-import-submit = Import the places
help-import-no-file = Choose a file.
help-import-not-utf8 = The file must be saved as UTF-8. Save it again as "CSV UTF-8".
help-import-bad-json = The file cannot be read as JSON. It must be a list of places.
help-import-bad-csv = The file cannot be read as CSV. Check that the first row holds the column names.
help-import-too-many = The file has more than 20,000 places. Split it into several files.
help-import-rows = Some rows have mistakes. Nothing was saved. Correct the rows below and try again.
help-import-bad-id = An id may only hold letters, digits and hyphens.
help-import-problems =
    { $count ->
        [one] 1 mistake
       *[other] { $count } mistakes
    }
help-import-row = Row
help-import-field = Field
help-import-problem = What to correct
help-import-done =
    { $count ->
        [one] 1 place was imported.
       *[other] { $count } places were imported.
    }

# Guides
guides-title = Guides for hard times
guides-lead = Step by step through what you need to do. Each step is short. A person can always help you.
guides-kicker = Guide
guide-ready = Have this ready
guide-steps =
    { $count ->
        [one] 1 step
       *[other] { $count } steps
    }
guide-start = Start with step 1
guide-all = See all guides
guide-who-can-help = Who can help?
guide-find-places = Find a place near you where you can get help
guide-without-computer = Without a computer
guide-step-of = Step { $number } of { $count }
guide-step-nav = Steps
guide-next = Next step: { $title }
guide-previous = Previous step
guide-done = This is the last step.
help-guide-error-title = Write the guide's title.
help-guide-error-summary = Write in short what the guide helps with.
help-guide-error-who-can-help = Write who can help, for example the citizen service or the library.
help-guide-error-without-computer = Write how to manage without a computer.
help-guide-error-topics = Choose at least one topic the guide is about.
help-guide-error-steps-start = Start each step with a line that begins with ## and the name of the step.
help-guide-error-step-empty = Each step needs a name and a text.
help-guide-error-steps-none = Write at least one step. Start it with ## and the name of the step.
help-guide-error-steps-many = Write at most 12 steps. Split the guide in two if there is more.
help-guide-error-slug = Write a short name for the address in lowercase letters, digits and hyphens, for example lost-mitid.
help-guide-error-slug-taken = There is already a guide with that name in that language. Choose another name, or edit that guide.
guides-admin-title = Guides
guides-admin-new = Write a new guide
guides-admin-edit = Edit the guide
guides-admin-edited = Last changed
guides-admin-shipped = As shipped with Borgerbro
guides-admin-save = Save the guide
guides-admin-check = Check the text
guides-admin-back = Back to all guides
guides-field-slug = Name in the address
guides-field-slug-hint = Lowercase letters, digits and hyphens, for example lost-mitid.
guides-field-lang = Language
guides-field-title = Title
guides-field-summary = In short
guides-field-summary-hint = One or two short sentences: what the guide helps with.
guides-field-topics = Topics
guides-field-ready = Have this ready
guides-field-ready-hint = One thing per line.
guides-field-steps = Steps
guides-field-steps-hint = Start each step with ## and its name on a line of its own. Write the text below. At most 12 steps.
help-topic-heading = Help with: { $topic }
help-topic-places = Where a person can help you
help-topic-more-places = See more places
help-find-places = Find a place with help near you

# Was it easy?
feedback-question = Was it easy?
feedback-score-1 = Very hard
feedback-score-2 = Hard
feedback-score-3 = Neither easy nor hard
feedback-score-4 = Easy
feedback-score-5 = Very easy
feedback-words = Would you like to tell us more? (You do not have to)
feedback-submit = Send your rating
feedback-thanks = Thank you for your answer
feedback-thanks-text = We use the answers to make the pages easier. We cannot see who you are.
feedback-back = Back to the page
feedback-error-score = Choose how easy it was.
feedback-error-words = Write at most 2,000 characters.
feedback-task-answer-letter = Answering a letter
feedback-task-choose-paper = Choosing paper or digital letters
feedback-task-give-permission = Letting someone help you
feedback-task-guide = Following a guide
feedback-task-booking = Booking a time
stuck-title = Where did the citizen get stuck?
stuck-lead = Note where a citizen could not go on. Do not write the citizen's name. This is about the page, not the citizen.
stuck-topic = Topic
stuck-page = Page or place
stuck-page-hint = For example the address of the page, or "the MitID app".
stuck-what = What happened?
stuck-what-hint = Briefly: what did the citizen try, and what went wrong?
stuck-submit = Save
stuck-saved = Thank you. It is saved.
feedback-error-topic = Choose a topic.
feedback-error-page = Write the page or place (at most 200 characters).
feedback-error-what = Write what happened (at most 2,000 characters).
feedback-summary-title = Was it easy? Answers, and where citizens got stuck
feedback-summary-tasks = Answers per task and page
feedback-summary-stuck = Where citizens got stuck
feedback-summary-words = The newest words from citizens
feedback-none = None yet.
feedback-export = Save everything as CSV
feedback-col-task = Task
feedback-col-page = Page
feedback-col-answers = Answers
feedback-col-average = Average (1-5)
feedback-col-times = Times

## Book a person (bookings)
bookings-title = Your appointments
bookings-title-for = Appointments for { $name }
bookings-link-book = Book a time
bookings-link-book-for = Book a time for { $name }
bookings-link-day = Today's appointments
bookings-link-slots = Times that can be booked
bookings-book-new = Book a new time
bookings-none = You have no upcoming appointments.
bookings-history-title = Earlier and cancelled times
bookings-history-past = This time has passed.
bookings-history-cancelled = Cancelled by { $who } { $at }.
bookings-cancelled-by-you = you
bookings-cancelled-by-front-desk = the citizens' service desk
bookings-cancelled-by-system = a system that books for you
bookings-cancelled-by-unknown = us
bookings-back = Back to the appointments
bookings-back-slots = Choose another time
bookings-calendar = Save the appointment in your calendar (.ics)
bookings-move = Move the appointment
bookings-cancel = Cancel the appointment
bookings-notice-booked = The time is booked. You will also get a letter about it.
bookings-notice-moved = The appointment is moved. You will also get a letter about it.
bookings-notice-cancelled = The appointment is cancelled. You will also get a letter about it.
bookings-kind-front-desk = Meeting at the citizen service
bookings-kind-callback = We call you
bookings-kind-video = Video meeting
bookings-kind-home-visit = Visit in your home
bookings-new-title = Book a time
bookings-new-lead = Choose how you want to talk to us. Then we show the free times.
bookings-choose-kind = How do you want to talk to us?
bookings-free-heading = Free times: { $kind }
bookings-free-none = There are no free times right now. Call us and we will find a time.
bookings-at = at { $time }
bookings-when = { $day } at { $from }-{ $to }
bookings-where-callback = We call you on { $phone }.
bookings-where-video = We send a link to the video meeting to { $phone }.
bookings-where-home = We come to your home.
bookings-confirm-title = Confirm the time
bookings-confirm-button = Book the time
bookings-choose-another = Choose another time
bookings-show-title = Your appointment
bookings-ring-heading = Ring with the time: the letter will not arrive
bookings-ring-intro = These citizens get their post on paper, and the letter about their time comes on the meeting's day or later.
bookings-ring-say-booked = tell them the time
bookings-ring-say-cancelled = tell them the time is cancelled
bookings-ring-mark = I have rung { $name }
bookings-rung-heading = Rung
bookings-rung-by = { $name } rang { $at }.
bookings-ring-arrives = The letter comes around { $arrives }.
bookings-ring-call = Ring { $phone }
bookings-ring-no-phone = We have no phone number: reach the citizen another way (a visit or a helper).
bookings-late-heading = The letter about the time will come too late
bookings-late-citizen = You get your post on paper, and the letter about the time will only come around { $arrives }, after the meeting. Write the time down now, or add it to your calendar. { $has_phone ->
    [true] The front desk will ring you on { $phone } and tell you the time.
   *[false] We do not have your phone number, so we cannot ring you with the time.
}
bookings-late-helper = { $name } gets their post on paper, and the letter about the time will only come around { $arrives }, after the meeting. Tell { $name } the time now. { $has_phone ->
    [true] The front desk will also ring { $phone } with the time.
   *[false] We do not have a phone number, so we cannot ring with the time.
}
bookings-late-desk = The citizen gets their post on paper, and the letter about the time will only come around { $arrives }, after the meeting. Tell the citizen the time now, or give them a note of it. { $has_phone ->
    [true] If the citizen is not with you, ring { $phone }.
   *[false] We do not have the citizen's phone number.
}
bookings-move-title = Move the appointment
bookings-move-button = Move to the chosen time
bookings-field-kind = Kind of meeting
bookings-field-when = Time
bookings-field-time = Time of day
bookings-field-place = Place
bookings-field-place-hint = Only for meetings at the citizen service.
bookings-field-place-none = No place
bookings-field-topic = What do you want to talk about?
bookings-field-topic-hint = For example MitID, a letter or housing benefit.
bookings-list-topic = Topic
bookings-field-note = Message to us
bookings-field-note-hint = Write if we should know something before the meeting. You may leave it empty.
bookings-field-note-hint-call = Write what we should know before we call. You may leave it empty.
bookings-field-phone = Phone number
bookings-field-phone-hint = 8 digits, or a foreign number with its country code, for example +380 44 123 4567. We need it when we call you or hold a video meeting.
bookings-field-name = Name
bookings-field-slot = Choose a time
bookings-field-date = Date
bookings-field-date-hint = Write the date as year-month-day, for example 2026-11-23.
bookings-field-first = First day
bookings-field-last = Last day
bookings-field-weekdays = Weekdays
bookings-field-from = From
bookings-field-to = To
bookings-field-time-hint = For example 10:00.
bookings-field-minutes = Minutes per time
bookings-field-status = Status
bookings-status-booked = Booked
bookings-status-free = Free
bookings-callback-title = Call me back
bookings-callback-lead = Write your name and phone number and choose a time. Then we call you. You do not need to log in.
bookings-callback-button = Call me back
bookings-callback-done = Thank you. We will call you at the chosen time.
bookings-callback-link = Would you rather have us call you?
bookings-slots-title = Times that can be booked
bookings-slots-button = Make the times
bookings-slots-upcoming = Times in the next two weeks
bookings-slots-made = { $count ->
    [one] One time was made.
   *[other] { $count } times were made.
}
bookings-day-title = Today's appointments
bookings-day-heading = Appointments { $day }
bookings-day-show = Show the day
bookings-day-none = There are no appointments that day.
bookings-error-kind = Choose the kind of meeting.
bookings-error-place = Choose the place of the meeting at the citizen service.
bookings-error-date = Write the date as year-month-day, for example 2026-11-23.
bookings-error-first-date = Write the first day as year-month-day, for example 2026-11-23.
bookings-error-last-date = Write the last day as year-month-day, for example 2026-11-30.
bookings-error-date-order = The last day must be the same as the first or later.
bookings-error-date-span = Make times for at most 92 days at a time.
bookings-error-weekdays = Choose at least one weekday.
bookings-error-from-time = Write when the times begin as hours and minutes, for example 10:00.
bookings-error-to-time = Write when the times end as hours and minutes, for example 14:00.
bookings-error-time-order = The end must be after the start.
bookings-error-minutes = Write a number of minutes between 5 and 240.
bookings-error-no-slots = No times came out of it. Check the days, weekdays and times.
bookings-error-past-series = Some of the times have already passed. Choose a first day and a time that have not passed.
bookings-error-overlap = Some of the times overlap times of the same kind at the same place that already exist. Nothing was saved. Choose other days or times.
bookings-error-past = That time has passed. Choose another time.
bookings-error-taken = The time was just taken. Choose another time.
bookings-error-slot = Choose one of the free times.
bookings-error-name = Write your name.
bookings-error-phone = Write a phone number with 8 digits, for example 12 34 56 78, or a foreign number with its country code, for example +380 44 123 4567.
bookings-error-phone-needed = Write your phone number so we can call you.
bookings-error-topic = Write briefly what you want to talk about (at most 200 characters).
bookings-error-note = The message is too long. Write at most 2000 characters.
bookings-error-citizen = We do not know that citizen. Check the person id.
bookings-error-api-time = Write the time as RFC 3339, for example 2026-11-23T10:00:00Z.
bookings-letter-booked-subject = Your time: { $kind } { $when }
bookings-letter-booked-body = You have a time.

    - **What:** { $kind }
    - **When:** { $when }
    - **Where:** { $where }
    - **Topic:** { $topic }

    If you cannot come, move or cancel the time under "Your appointments", or call us.
bookings-letter-moved-subject = Your time is moved: { $kind } { $when }
bookings-letter-moved-body = Your time is moved. The new time is:

    - **What:** { $kind }
    - **When:** { $when }
    - **Where:** { $where }
    - **Topic:** { $topic }
bookings-letter-cancelled-subject = Your time is cancelled: { $kind } { $when }
bookings-letter-cancelled-body = Your time { $when } is cancelled. If you want a new time, book it under "Your appointments", or call us.
help-guide-error-lang = Choose the language da or en.

api-bad-json = Send a JSON body as /api/v1/openapi.json describes.
api-idempotency-key-invalid = The Idempotency-Key must be 1 to 255 visible characters (ASCII), such as a UUID.
api-idempotency-reused = This Idempotency-Key was used for another request. Use a new key for a new request.
api-idempotency-in-progress = A request with the same Idempotency-Key is being handled. Try again in a moment.

form-text-invalid = The field holds characters we cannot store. Type it again with ordinary letters.
people-address-too-long = The address may be at most 300 characters.
bookings-error-name-too-long = The name may be at most 200 characters.
mandate-areas-too-many = More areas were sent than there are. Send each area once.

# Resuming permissions paused by protection, and giving one while protected
resume-title = Resume permissions for { $name }
resume-lead = The permissions below are paused because { $name } was protected. Ask { $name } which ones should apply again. Only choose those { $name } says yes to.
resume-none-paused = { $name } has no paused permissions.
resume-letters = The citizen and each helper get a letter about it. The citizen's letter is also sent on paper.
resume-legend = Which permissions should apply again?
resume-submit = Resume the chosen permissions
resume-back = Leave them paused
resume-none-chosen = Choose at least one permission to apply again, or leave them paused.
resume-not-paused = One of the permissions is no longer paused. Look at the list again and choose again.
resume-link = Resume paused permissions for { $name }
resume-done = { $count ->
    [one] One permission applies again. The citizen and the helper get a letter about it.
   *[other] { $count } permissions apply again. The citizen and the helpers get a letter about it.
}
helpers-paused-how = The permission is paused, so { $name } cannot see or do anything for you. If you want it to apply again, come to Citizen service.
in-person-lead = You are protected against digital control. So you can only let someone else help you when you come to Citizen service in person. It cannot be done on this page.
in-person-where = Where and when
in-person-hours = Open
in-person-phone = Phone
in-person-bring = Bring
in-person-bring-id = Your passport, driving licence or residence card, so we can see that it is you.
in-person-bring-helper = If you can, the person who will help you. Then the permission applies at once.
in-person-why = We do it this way so that nobody can give themselves permission to read your post if someone is watching you online.
mandate-notice-resumed-subject = { $helper } can help you again
mandate-notice-resumed-body =
    At Citizen service you chose that the permission for { $helper } applies again. It was paused because you were protected. { $helper } may again help you with: { $scopes }. { $can } The permission applies until and including { $until }.

    You can always see what { $helper } has done, and you can stop the permission at once on My page or at Citizen service.

    Did you not choose this? Call us at once.
mandate-notice-helper-resumed-subject = You can help { $citizen } again
mandate-notice-helper-resumed-body =
    { $citizen } has chosen that your permission applies again. It was paused. You may again help with: { $helper-scopes }. { $you-can } The permission applies until and including { $until }.

    { $start }
mandate-notice-helper-start-resumed = You find it under "People you help" (/jeg-hjaelper).

# Stopping a permission: "Are you sure?"
stop-title = Are you sure that { $name } may no longer help you?
stop-lead = If you stop the permission, it applies at once. { $name } can then no longer see or do anything for you.
stop-loses = { $name } loses permission to:
stop-again = If you want help from { $name } again later, you must give a new permission, and { $name } must say yes to it again. You get a letter saying the permission has stopped.
stop-submit = Yes, stop the permission
stop-keep = No, { $name } may still help me

# Helper codes: naming a helper without a CPR number
give-helper-named-label = The helper's code or CPR number
give-helper-named-hint = Ask your helper for the code. The helper finds it under "People you help". It has 8 characters, for example 7F3K-2QXM. You can also type the helper's CPR number.
helpers-helper-missing = Type the helper's code or CPR number.
helpers-helper-typed-invalid = Type the code as the helper sees it: 8 characters, for example 7F3K-2QXM. Or type the helper's CPR number with 10 digits.
helpers-code-unknown = The code does not work. It may be mistyped, used or too old. Ask the helper to look for the code under "People you help" or to make a new one.
helpers-code-too-many = You have typed a wrong code too many times today. Try again tomorrow, or come to Citizen service together with your helper.
helping-code-heading = Your code
helping-code-lead = When a citizen wants to let you help, the citizen can type your code instead of your CPR number. Make a code and tell it to the citizen. Only tell it to the person you will help.
helping-code-make = Make a code
helping-code-made = Your new code is ready. An old code no longer works.
helping-code-yours = Tell this code to the citizen:
helping-code-until = The code works until { $date } at { $time }, and only once.
helping-code-renew = Make a new code (this one stops working)
