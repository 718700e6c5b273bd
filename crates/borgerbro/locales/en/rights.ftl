# Reviewed by a native speaker: no. Written by the team from the Danish source.
## My data: notes of disagreement ("This is not right"), requests under the data protection rules.

apiscope-mydata-rights = Write and read citizens' notes of disagreement, and register and handle their requests about their data
apiscope-mydata-read = Read what the authority holds about a citizen: the overview of their data, the log of who looked at it, and the export of all of it
apiscope-access-log-write = Report other systems' accesses to citizens' data, so the citizen sees them in one list
apiscope-assessments-write = Import consequence assessments as drafts

rights-record-person = Your details (name, address, phone and choices)
rights-record-letter = A letter
rights-record-booking = A booking
rights-record-letter-named = The letter "{ $subject }"
rights-record-booking-named = The booking { $when }
rights-outcome-corrected = Corrected
rights-outcome-not-corrected = Not corrected

rights-kind-access = See what we hold about you
rights-kind-access-hint = You get a copy of the details we hold about you and what we use them for.
rights-kind-rectification = Have wrong details corrected
rights-kind-rectification-hint = Write what is wrong and what is right.
rights-kind-erasure = Have details deleted
rights-kind-erasure-hint = We delete what we need not keep. We write to you what we must keep, and why.
rights-kind-restriction = Have us use fewer of your details
rights-kind-restriction-hint = We keep the details but do not use them while we look into it.
rights-kind-objection = Say no to our use of your details
rights-kind-objection-hint = Write what you do not want us to use your details for.
rights-kind-portability = Take your details somewhere else
rights-kind-portability-hint = You get your details in a file another system can read.

rights-channel-online = Online, by themselves
rights-channel-helper = By a helper
rights-channel-front-desk = At the front desk
rights-channel-phone = By phone
rights-channel-letter = By letter
rights-channel-system = From another system

rights-status-open = Not answered yet
rights-status-overdue = Past the due date
rights-status-answered = Answered

rights-error-text-missing = Write what it is about. The field cannot be empty.
rights-error-text-long = The text is too long. Write at most 4,000 characters.
rights-error-reason-missing = Write why you need more time. The citizen is told the reason in a letter.
rights-error-extend-too-far = The due date can be at most three months after we received the request. Choose an earlier date.
rights-error-extend-not-later = The new due date must be later than the current one.
rights-error-day = Write the date as year-month-day, e.g. 2027-03-15.
rights-error-record-unknown = Choose what the note is about: your details, one of your letters or one of your bookings.
rights-error-received-future = The date we received the request cannot be in the future.
rights-error-received-unreadable = Write when we received the request as year-month-day (e.g. 2027-03-15) or as an RFC 3339 time.
rights-error-answered = It has been answered already. Read the answer on the page.
rights-error-kind = Choose what you ask for: see, correct, delete, restrict, say no, or take your details along.
rights-error-channel = Choose how the request came: online, helper, front_desk, phone, letter or system.
rights-error-status = Choose a status: open, overdue or answered.
rights-error-change = Send either a new due date with a reason (extend_to and reason) or an answer (answer).
rights-error-outcome = Choose whether the details were corrected or not.

rights-kept-letters = Letters from and to us. The law says we must keep them (the archives act and the duty to record cases).
rights-kept-log = The list of who looked at your details. It shows you who saw your data, and it cannot be changed.
rights-kept-permissions = Whom you allowed to help you. It shows who could act for you.
rights-kept-person = Your name and how we reach you. We must be able to write to you while you live here.

rights-letter-note-subject = Answer to your note about a mistake
rights-letter-note-body = On { $written } you told us that something was not right in: { $record }.

    { $note }

    Our answer: { $outcome }.

    { $answer }

    You can see your notes under "My data".
rights-letter-received-subject = We have received your request
rights-letter-received-body = We received your request on { $received }: **{ $kind }**.

    { $text }

    You will have an answer by **{ $due }**. If we need more time, we will write to you and say why.
rights-letter-extended-subject = We need more time for your request
rights-letter-extended-body = On { $received } you asked us to: **{ $kind }**.

    We need more time. You will have an answer by **{ $due }**.

    Why: { $reason }
rights-letter-answer-subject = Answer to your request: { $kind }
rights-letter-answer-body = On { $received } you asked us to: **{ $kind }**.

    { $answer }
rights-erased = What we deleted: what you wrote about the topic, your notes and your phone number on { $bookings } bookings that are over.

    What we keep, and why:

    { $kept }

rights-nav = My data
rights-notes-link = This is not right
rights-requests-link = Your rights
rights-notes-title = This is not right
rights-notes-title-for = This is not right: { $name }
rights-notes-lead = Is something we hold about you wrong or misleading? Write it here. Every member of staff who opens the details sees your note, and you get an answer in a letter.
rights-note-written-notice = Thank you. We have your note. You will get an answer in a letter.
rights-field-record = What is wrong?
rights-field-note = What is not right?
rights-field-note-hint = Write in your own words what is wrong and what is right.
rights-note-button = Send the note
rights-notes-list-title = Your notes
rights-notes-none = You have not written any notes.
rights-note-written = Written on { $date }
rights-note-waiting = Waiting for an answer.
rights-record-notes-title = The citizen says something here is not right
rights-note-answer-link = Answer the note

rights-requests-title = Your rights
rights-requests-title-for = Rights: { $name }
rights-requests-lead = You have the right to see, correct and delete your details, and to say no to our use of them. We answer within a month.
rights-requests-list-title = Your requests
rights-received = Received on { $date }
rights-due = Answer by { $date }.
rights-answered-on = Answered on { $date }.
rights-request-new-title = Ask for something
rights-field-kind = What do you ask for?
rights-field-request = Write what it is about
rights-field-request-hint = For example which details, and what should happen to them.
rights-field-channel = How did the request come?
rights-request-button = Send the request
rights-facts-received = Received
rights-facts-status = Status
rights-facts-due = Answer by
rights-facts-extended = Why the due date moved
rights-facts-text = The request
rights-facts-answer = The answer
rights-facts-carried-out = What the system did
rights-request-letter-will-come = You will get the answer in a letter.
rights-back-to-requests = Back to your rights

rights-queue-title = Requests about data
rights-queue-lead = Citizens' requests under the data protection rules and their notes of disagreement. Answer before the due date.
rights-queue-overdue = Past the due date
rights-queue-due-soon = Due soon
rights-queue-open = Not answered
rights-queue-none = No requests are waiting.
rights-queue-notes = Notes of disagreement waiting for an answer
rights-queue-notes-none = No notes are waiting for an answer.
rights-queue-answered = Answered lately
rights-overdue-found = Past due, seen on { $date }.
rights-warned-on = Warned on { $date }.
rights-back-to-queue = Back to the requests
rights-answer-title = Answer the citizen
rights-field-answer = The answer
rights-field-answer-hint = The citizen gets the answer in a letter, on paper if they are exempt from digital post.
rights-field-carry-out = Delete what can be deleted
rights-field-carry-out-hint = The system deletes what the citizen wrote about the topic, their notes and phone number on bookings that are over.
rights-kept-title = What cannot be deleted:
rights-answer-button = Send the answer
rights-extend-title = Take more time
rights-extend-lead = You may take more time when the case is hard or there are many. The due date can be at most { $date }. The citizen is told the reason in a letter.
rights-field-extend-to = New due date
rights-field-extend-to-hint = Write the date as year-month-day, e.g. 2027-03-15.
rights-field-reason = Why do you need more time?
rights-field-reason-hint = Write it so the citizen understands.
rights-extend-button = Take more time
rights-note-title = Note of disagreement
rights-note-open-record = Open what the note is about
rights-field-outcome = Is it corrected?
rights-field-note-answer = The answer
rights-field-note-answer-hint = Write what you corrected, or why you did not. The citizen gets the answer in a letter.
rights-note-answer-button = Send the answer
rights-desk-link = Requests and notes of disagreement for { $name }
rights-letter-wrong-link = Is something in the letter not right? Write a note about it
rights-booking-wrong-link = Is something about the booking not right? Write a note about it
