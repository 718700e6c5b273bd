# Reviewed by a native speaker: no. Written by the team from the Danish source.
## Courses and events in the network for digital inclusion (network/events).

events-title = Courses and events
events-lead = Learn digital things together with others: IT cafés, courses for beginners, help to see whether something is a scam, and citizens who teach each other. It is free. Sign up here, or call us.
events-back = Back
events-mine = You are signed up
events-you-have-seat = You have a seat.
events-you-have-seat-text = We will send you a reminder before it starts. Cannot come? Then cancel, so someone else can have your seat.
events-you-wait = You are number { $position } on the waiting list.
events-you-wait-text = You get a seat by yourself if someone else cancels. Then you also get a reminder.
events-organising = Your events
events-new-link = Create an event
events-organising-none = You have not created any events yet.
events-cancelled-short = cancelled
events-attendees-link = See who is coming
events-find = Find an event
events-filter-from = From day
events-filter-to = To day
events-filter-day-hint = For example 14.12.2026. Leave the field empty for all days.
events-filter-place = Place
events-filter-any-place = All places
events-filter-language = Language
events-filter-any-language = All languages
events-filter-kind = Kind
events-filter-any-kind = All kinds
events-filter-submit = Show events
events-found =
    { $count ->
        [0] No events
        [one] 1 event
       *[other] { $count } events
    }
events-none = No events match what you chose. Try choosing fewer things.
events-feed-link = Follow the events in your feed reader (Atom)
events-feed-title = { $authority }: courses and events
events-feed-seats = Free seats: { $free }
events-held-in = In { $language }
events-by = Held by { $organiser }
events-free-seats =
    { $count ->
        [0] No free seats
        [one] 1 free seat
       *[other] { $count } free seats
    }
events-full = There are no free seats.
events-full-waiting = Full, but you can join the waiting list
events-waiting-count =
    { $count ->
        [0] nobody on the waiting list
        [one] 1 on the waiting list
       *[other] { $count } on the waiting list
    }
events-when = { $day } at { $from }-{ $to }

events-kind-drop-in = Come when you like
events-kind-course = Course
events-kind-peer-teaching = Citizens teach citizens
events-kind-it-cafe = IT café
events-kind-fraud-session = Is it a scam?
events-kind-other = Other

events-channel-online = Themselves, online
events-channel-desk = At the desk or by phone
events-channel-helper = By a helper
events-channel-api = By another system

events-is-cancelled = The event is cancelled.
events-when-label = When
events-where-label = Where
events-language-label = Language
events-organiser-label = Held by
events-seats-label = Seats
events-about = About the event
events-accessibility = Access and help on site
events-sign-up-heading = Signing up
events-no-sign-up-cancelled = The event is cancelled. You cannot sign up.
events-no-sign-up-begun = The event has started. You can no longer sign up or cancel.
events-cancel-button = Cancel my place
events-full-text = There are no free seats. Join the waiting list. Then you get a seat by yourself if someone else cancels.
events-wait-button = Put me on the waiting list
events-sign-up-button = Sign me up
events-log-in = Log in to sign up
events-call = You can also call us on { $phone }. Then we sign you up.
events-helper-heading = Sign up someone you help
events-helper-link = Sign up { $name }
events-desk-link = Sign up a citizen who calls or comes by
events-organiser-heading = For the organiser
events-edit-link = Change the event
events-cancel-event-text = Must the event be cancelled? Everyone signed up whom we have registered gets a letter about it.
events-cancel-event-button = Cancel the event

events-saved-seat = You are signed up and have a seat.
events-saved-waiting = You are on the waiting list as number { $position }.
events-saved-cancelled = Your place is cancelled.
events-saved-created = The event is created. Now citizens can sign up.
events-saved-changed = The changes are saved.
events-saved-event-cancelled = The event is cancelled. Those signed up get a letter.
events-saved-attendance = Attendance is saved.
events-saved-signup-cancelled = The sign-up is cancelled. If someone was on the waiting list, they have got the seat.

events-new-title = Create an event
events-edit-title = Change the event
events-form-lead = The event is held by { $organiser }. Write so that everyone can understand it.
events-field-title = Title
events-field-title-hint = Short and clear, for example "Getting started with MitID".
events-field-kind = Kind
events-field-choose = Choose
events-field-place = Place
events-field-place-hint = The place must be on the list of places where you can get help.
events-field-day = Day
events-field-day-hint = For example 14.12.2026.
events-field-starts = Starts at
events-field-ends = Ends at
events-field-time-hint = For example 10.00.
events-field-language = Language
events-field-language-hint = The language that is spoken. Write the title and description in that language.
events-field-seats = Number of seats
events-field-seats-hint = A number from 1 to 1000.
events-field-description = Description
events-field-description-hint = What do people learn, and what should they bring?
events-field-accessibility = Access and help on site
events-field-accessibility-hint = For example: lift, accessible toilet, hearing loop, large screen.
events-new-button = Create the event
events-edit-button = Save the changes

events-error-too-long = The text is too long. Make it shorter.
events-error-title = Write a title.
events-error-kind = Choose what kind of event it is.
events-error-place = Choose a place from the list.
events-error-day = Write the day like this: 14.12.2026.
events-error-time = Write the time like this: 10.00.
events-error-ends-before = The end time must be after the start time.
events-error-past = The event must be in the future. Choose a day and a time that have not passed.
events-error-language = Choose a language from the list.
events-error-seats = Write a number of seats from 1 to 1000.
events-error-seats-below-taken = More people have a seat than that number. Write at least as many seats as are taken.
events-error-description = Write a description.
events-error-name = Write the name.
events-error-phone-missing = Write a phone number, so the organiser can call.
events-error-phone = Write a phone number with 8 digits, or with + and the country code.
events-error-cpr = Write the CPR number with 10 digits, for example 010203-1234.
events-error-cpr-unknown = We do not know that CPR number. Check the number, or sign up with a name and phone number.
events-error-citizen = We do not know that citizen.
events-error-filter-day = Write the day like this: 14.12.2026.
events-error-api-time = Write the time as RFC 3339 or as a day (2026-12-14).
events-error-api-language = Give the language as one of the codes in the API's description, for example da.
events-error-api-place = The place must be a help place's id, as GET /api/v1/help/places gives it.
events-name-removed = (the name was deleted after the retention period)
events-error-cancelled = The event is cancelled.
events-error-begun = The event has started, so it cannot be changed.
events-error-not-open = The event is cancelled or has started. Nobody can sign up or change anything any more.
events-error-already = The citizen is already signed up for this event.
events-error-not-signed-up = There is no sign-up to cancel.
events-error-not-begun = You can only write who came once the event has started.
events-error-full-waiting = The event is full. The sign-up is on the waiting list. See "position".

events-attendees-title = Who is coming
events-attendees-private = The list is only for you as the organiser. Use it only for the event. The citizens can see that you have looked at it.
events-seats-taken =
    { $count ->
        [0] Nobody has a seat
        [one] 1 has a seat
       *[other] { $count } have a seat
    }
events-to-call =
    { $count ->
        [one] 1 person signed up gets no letter. Call and remind them of the event.
       *[other] { $count } people signed up get no letter. Call and remind them of the event.
    }
events-attendees-seats = Have a seat
events-attendees-none = Nobody has signed up yet.
events-col-name = Name
events-col-phone = Phone
events-col-channel = Signed up
events-col-letter = Reminder
events-col-came = Came
events-col-actions = Cancel
events-col-position = No.
events-gets-letter = Gets a letter
events-call-them = Call them
events-came-label = { $name } came
events-cancel-for = Cancel { $name }
events-attendance-button = Save attendance
events-attendees-waiting = Waiting list
events-attendees-no-waiting = Nobody is on the waiting list.
events-attendees-waiting-text = If someone with a seat cancels, the first on the list gets the seat by themselves.
events-attendees-cancelled = Cancelled

events-desk-title = Sign up a citizen
events-desk-made-seat = { $name } is signed up and has a seat.
events-desk-made-waiting = { $name } is on the waiting list as number { $position }.
events-desk-registered = Citizen with a CPR number
events-field-cpr = CPR number
events-field-cpr-hint = You are asked to write why you open the citizen's details. The citizen gets a reminder in their post.
events-desk-unregistered = Citizen without a CPR number
events-desk-unregistered-text = Write the name and phone number. The citizen gets no letter. The organiser calls.
events-field-name = Name
events-field-phone = Phone number
events-field-phone-hint = 8 digits, or with + and the country code.
events-desk-button = Sign up

events-for-title = Sign up { $name }
events-for-saved-seat = { $name } is signed up and has a seat.
events-for-saved-waiting = { $name } is on the waiting list as number { $position }.
events-for-saved-cancelled = { $name }'s place is cancelled.
events-for-has-seat = { $name } is signed up and has a seat.
events-for-waits = { $name } is number { $position } on the waiting list.
events-for-cancel-button = Cancel { $name }'s place
events-for-letter = { $name } gets a reminder in their post before it starts.
events-for-button = Sign up { $name }
events-for-look-only = Your permission only lets you look. You cannot sign up.

events-at-place = Courses and events here
events-at-place-all = See all events here

events-letter-reminder-subject = Remember: { $title } { $day }
events-letter-reminder-body = You are signed up for { $title }.

    - **When:** { $when }
    - **Where:** { $place }

    Cannot come? Then cancel under "Courses and events" or call us. Then someone else can have your seat.
events-letter-moved-up-subject = You have a place: { $title } { $day }
events-letter-moved-up-body = A place has become free, and it is yours. You are now signed up for { $title }.

    - **When:** { $when }
    - **Where:** { $place }

    Cannot come? Then cancel under "Courses and events" or call us, so someone else can have the place.
events-letter-cancelled-subject = Cancelled: { $title } { $day }
events-letter-cancelled-body = Unfortunately we have to cancel { $title }.

    - **When:** { $when }
    - **Where:** { $place }

    You do not need to do anything. Under "Courses and events" you can find another one.

apiscope-events-signup = Sign citizens up for courses and events

## "Who has looked": people from the network's organisations and what they did.

log-who-organisation = Organisation in the network
log-what-event-signup = signed you up for a course or event
log-what-event-cancel = cancelled your place at a course or event
log-what-event-read = looked at whether you are signed up for a course or event
log-what-event-list = looked at the list of who is coming to an event you are signed up for
log-what-event-attended = wrote whether you came to an event
log-why-event = So that you can come to the event.
log-why-event-organiser = Because they hold the event.
