# Reviewed by a native speaker: no. Written by the team from the Danish source.
## Public hearings (/hoeringer) and the project owner's pages

hearings-title = Hearings
hearings-lead = Before we make something digital, we ask you. Anyone can answer here. You do not need to log in.
hearings-none = There are no hearings right now.
hearings-open-until = You can answer until and including { $date }.
hearings-closed-on = The hearing ended { $date }.
hearings-hearing-title = Hearing
hearings-received = Thank you. We have your answer. We read it before it goes on the page.
hearings-what-title = What the hearing is about
hearings-closed-text = The hearing has ended. You could answer until and including { $date }. You can no longer send an answer.
hearings-not-sent = Your answer was not sent. Here it is, so you can keep it:
hearings-form-title = Send your answer
hearings-form-lead = Write what you think. You are welcome to disagree. Name, organisation and e-mail are optional.
hearings-field-text = Your answer
hearings-field-text-hint = At most 20,000 characters.
hearings-field-own-name = Show my name ({ $name }) with the answer
hearings-field-name = Name
hearings-field-optional = Optional. We show it with your answer.
hearings-field-organisation = Association or organisation
hearings-field-organisation-hint = Only if you answer for an association.
hearings-field-email = E-mail
hearings-field-email-hint = Optional. We never show it. We only use it if we have questions.
hearings-send = Send the answer
hearings-answers-title = The answers
hearings-answers-lead = We read each answer before it goes on the page. We only remove details about other people and abusive words. We reply to every answer.
hearings-answers-none = There are no answers on the page yet.
hearings-anonymous = Without a name
hearings-edited = We have edited the answer:
hearings-reply-followed = We do it.
hearings-reply-not-followed = We do not do it.
hearings-reply-waiting = We have not replied yet.

hearings-open-title = Hearing on the project
hearings-open-lead = Open a hearing so anyone can answer. Write briefly and simply what the project means for citizens.
hearings-of-project = The project's hearings
hearings-moderation-link = Read and reply to the answers
hearings-new = Open a new hearing
hearings-field-summary = The project in plain words
hearings-field-summary-hint = What changes, for whom, and what can people do without a computer?
hearings-field-deadline = Last day to answer
hearings-field-deadline-hint = Write the date like this: 2026-12-31
hearings-open-button = Open the hearing

hearings-moderation-title = Answers in the hearing
hearings-moderation-lead = Read each answer before it goes on the page. Then reply to it: do you do it, or why not?
hearings-moderation-never = An answer must never be held back because it disagrees with you. Only remove details about people and abusive words, and write what you removed.
hearings-moderation-none = The project has no hearings.
hearings-moderation-hearing = The hearing until { $date }
hearings-answer-received = Answer from { $date }
hearings-moderation-text = The answer as it will appear on the page
hearings-moderation-text-hint = Only edit details about people and abusive words.
hearings-moderation-note = What did you remove?
hearings-moderation-note-hint = Required if you edited the answer.
hearings-approve = Show the answer on the page
hearings-field-response = Your reply
hearings-field-response-text = How, or why not?
hearings-respond = Save your reply

hearings-error-summary = Write what the project is about
hearings-error-summary-long = The text may be at most 5,000 characters
hearings-error-deadline = Write a date after today, like this: 2026-12-31
hearings-error-text-empty = Write your answer
hearings-error-text-long = Your answer may be at most 20,000 characters
hearings-error-line-long = At most 200 characters
hearings-error-email = Write an e-mail like name@example.com, or leave the field empty
hearings-error-note = Write what you removed
hearings-error-note-long = The text may be at most 5,000 characters
hearings-error-response = Choose whether you do it or not
hearings-error-reason = Write why you do not do it
hearings-error-already-approved = The answer is already on the page. Go back and load the page again.
hearings-error-not-approved = The answer must be on the page before you can reply to it.
hearings-api-bad-json = Send JSON such as {"{"}"text": "...", "name": "...", "organisation": "...", "email": "..."{"}"}. Only text is required.
hearings-api-closed = The hearing's deadline has passed. Answers can no longer be sent.
hearings-report-title = Hearing report
hearings-report-closed = The hearing closed { $date }.
hearings-report-open = The hearing is open until { $date }. The report shows the answers so far.
hearings-report-count =
    { $count ->
        [0] No answers
        [one] 1 answer
       *[other] { $count } answers
    }
hearings-report-links = The hearing report with every answer and our responses:
hearings-report-pdf = PDF
hearings-report-json = JSON
hearings-business-case-link = Read the project's business case: what it costs, and what it brings
