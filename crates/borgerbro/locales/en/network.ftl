# Reviewed by a native speaker: no. Written by the team from the Danish source.
## The network for digital inclusion (/netvaerk): members, requests to join

network-title = The network for digital inclusion
network-lead = The municipality and the organisations that help citizens with digital things meet twice a year. We share experience and materials, review each other's materials and plan together.
network-link-meetings = Meetings and minutes
network-link-materials = Materials from the network
network-link-plan = The action plan
network-link-events = Courses and events
network-you = You and the network
network-you-act-for = You are the contact person for { $name }.
network-own-link = Change your page, or leave the network
network-you-requested = Your organisation has asked to join. The coordinator will answer you.
network-you-refused = The coordinator said no to { $name }
network-join-link = Ask to join
network-join-login = Does your organisation help citizens with digital things? Log in to ask to join.
network-requests-waiting =
    { $count ->
        [0] No requests are waiting
        [one] 1 request is waiting for your answer
       *[other] { $count } requests are waiting for your answer
    }
network-members = Members
network-members-none = The network has no members yet.
network-helps-in = Helps in { $languages }
network-former-member-since = Former member. Left the network on { $date }.
network-member-places = Where they help
network-contacts = Contact people

network-join-title = Ask to join
network-join-lead = Tell us about your organisation. The coordinator reads the request and answers you. You become the organisation's contact person.
network-join-button = Send the request
network-edit-title = Your page in the network
network-edit-lead = This is on your public page. Change it when something changes.
network-edit-button = Save the changes

network-field-name = The organisation's name
network-field-kind = Kind of organisation
network-field-kind-choose = Choose
network-field-who-they-help = Who do you help?
network-field-who-they-help-hint = For example older people who want to learn MitID, or people new in Denmark.
network-field-area = Where do you help?
network-field-area-hint = A town, a part of town or the whole municipality.
network-field-languages = Which languages do you help in?
network-field-website = Website
network-field-website-hint = The whole address, for example https://www.example.org
network-field-phone = Phone
network-field-places = Your help places
network-field-places-hint = Tick the places on the list of help places that are yours.
network-field-asked-on = Asked on
network-field-reason = Why do you say no?
network-field-reason-hint = The person who asked can read it. Write what they can do.

network-kind-library = Library
network-kind-seniors = Organisation for older people
network-kind-disability = Disability organisation
network-kind-language-school = Language school
network-kind-housing = Housing social work
network-kind-volunteers = Volunteers
network-kind-authority = Public authority
network-kind-other = Other

network-leave-heading = Leave the network
network-leave-text = You can leave the network at any time. Your materials stay and are shown as from a former member. You lose access to the network's pages for members.
network-leave-button = Leave the network

network-requests-title = Requests to join
network-requests-none = No requests are waiting.
network-approve-button = Approve { $name }
network-refuse-button = Say no to { $name }

network-saved-requested = Thank you. The request has been sent to the coordinator.
network-saved-left = Your organisation has left the network.
network-saved-profile = Your page has been saved.
network-saved-approved = The request is approved. The organisation is now a member.
network-saved-refused = You said no. The person who asked can see why.

network-error-too-long = The text is too long. Make it shorter.
network-error-name = Write the organisation's name.
network-error-kind = Choose what kind of organisation you are.
network-error-who-they-help = Write who you help.
network-error-area = Write where you help.
network-error-languages = Tick at least one language you help in.
network-error-website = Write the website's whole address, for example https://www.example.org
network-error-phone = Write a phone number with 8 digits, or a foreign number starting with +.
network-error-places = One of the help places no longer exists. Look at the list again.
network-error-reason = Write why you say no, so they know what they can do.
network-error-already-member = You are already the contact person for an organisation in the network.
network-error-already-requested = You have already asked. Wait for the coordinator's answer.
network-error-asker-already-member = The person who asked is already the contact person for another organisation. Say no with an explanation.
network-error-decided = The request has already been answered. Go back to the list.
network-error-not-member = The organisation is no longer a member.

## Meetings (/netvaerk/moeder)

network-meetings-title = Meetings of the network
network-meetings-lead = The network meets for a whole day twice a year. The host changes. Members propose items for the agenda. The minutes are public.
network-meetings-calendar = Put the meetings in your calendar
network-meetings-upcoming = Coming meetings
network-meetings-past = Past meetings
network-meetings-none = No meetings.
network-meeting-hosted-by = Host: { $name }
network-meeting-no-minutes = The minutes are not written yet
network-meeting-has-minutes = With minutes
network-meeting-new = Plan a meeting
network-meeting-new-lead = The date and the host are suggestions: half a year after the last meeting, at the member that has waited longest to host.
network-meeting-create-button = Plan the meeting
network-field-meeting-title = Name of the meeting
network-field-meeting-title-hint = For example Spring meeting of the network
network-field-host = Host
network-field-host-hint = The member that holds the meeting at its place.
network-field-place = Place
network-field-place-hint = The address, so everyone can find the way.
network-field-date = Date
network-field-date-hint = Write the date as year-month-day, for example 2027-05-04.
network-field-from = Starts at
network-field-to = Ends at
network-field-time-hint = For example 09:00
network-field-agenda-deadline = Deadline for agenda items
network-field-agenda-deadline-hint = The last day members can propose items. Before the day of the meeting.
network-field-when = When
network-agenda = Agenda
network-agenda-empty = No items yet.
network-agenda-proposed-by = proposed by { $name }
network-agenda-up = Move "{ $title }" up
network-agenda-down = Move "{ $title }" down
network-agenda-propose = Propose an item
network-agenda-propose-until = You can propose items until and including { $date }.
network-agenda-propose-button = Propose the item
network-agenda-closed = The deadline for agenda items has passed. Write to the coordinator if something is important.
network-field-item-title = Heading of the item
network-field-item-description = What do you want to talk about?
network-meeting-signup = Sign up for the meeting
network-meeting-signed-up = You are signed up. You can change what you need, or cancel.
network-meeting-signup-button = Sign me up
network-meeting-signup-change = Save the changes
network-meeting-withdraw = Cancel my sign-up
network-field-access-needs = Do you need anything to take part?
network-field-access-needs-hint = For example an interpreter, a hearing loop, step-free access or a break.
network-field-access-needs-column = Needs to take part
network-field-dietary-needs = Food and allergies
network-meeting-signups =
    { $count ->
        [0] No one has signed up yet
        [one] 1 signed up
       *[other] { $count } signed up
    }
network-meeting-signups-caption = Those signed up and what they need
network-field-person = Name
network-field-organisation = Organisation
network-minutes = Minutes
network-minutes-after = The minutes will be here after the meeting.
network-minutes-not-yet = The minutes are not written yet.
network-minutes-write = Write the minutes
network-field-minutes = Minutes
network-field-minutes-hint = The minutes are public. Do not write names of citizens or other personal data.
network-minutes-button = Save the minutes
network-decisions = Decisions
network-decision-add = Add a decision
network-decision-button = Add the decision
network-decision-everyone = The whole network
network-field-decision = Decision
network-field-who = Who does it?
network-field-by = By when?
network-saved-meeting-created = The meeting is planned. Members can now propose items.
network-saved-meeting-proposed = Thank you. The item is on the agenda.
network-saved-meeting-ordered = The agenda has been changed.
network-saved-meeting-signed-up = You are signed up for the meeting.
network-saved-meeting-withdrawn = You are no longer signed up for the meeting.
network-saved-meeting-minutes = The minutes have been saved.
network-saved-meeting-decision = The decision has been added.
network-error-date = Write the date as year-month-day, for example 2027-05-04.
network-error-time = Write the time as hours and minutes, for example 09:00.
network-error-meeting-title = Write the name of the meeting.
network-error-host = Choose the member that hosts it.
network-error-place = Write where the meeting is.
network-error-meeting-past = That date has passed. Choose a day that has not been yet.
network-error-ends-before = The meeting must end after it begins.
network-error-deadline-after = The deadline for items must be before the day of the meeting.
network-error-agenda-closed = The deadline for agenda items has passed. Write to the coordinator if something is important.
network-error-item-title = Write a heading for the item.
network-error-decision = Write the decision.
network-error-who = Choose a member from the list, or the whole network.
network-error-minutes = Write the minutes.
network-error-minutes-early = The meeting has not been held yet. Write the minutes after the meeting.
network-error-meeting-begun = The meeting has begun. You can no longer sign up or cancel here.

## The action plan (/netvaerk/handlingsplan)

network-plan-title = Action plan { $year }
network-plan-lead = This is what the network and the municipality will do this year. Each item shows who is responsible, how far it has come, and what led to it.
network-plan-years = Choose a year
network-plan-empty = The plan for this year has no items yet.
network-plan-field-owner = Who is responsible
network-plan-field-status = How far
network-plan-field-input = What led to it
network-plan-field-year = Year
network-plan-field-title = What is to be done?
network-plan-field-description = More about the item
network-plan-field-meeting = Meeting
network-plan-field-hearing = Hearing
network-plan-field-input-text = What did the meeting, the answers or the citizens say?
network-plan-field-input-text-hint = Briefly, in your own words. Do not write names of citizens.
network-plan-owner-authority = The municipality
network-plan-none = None
network-plan-change-status = Status of "{ $title }"
network-plan-status-button = Save the status
network-plan-add = Add an item
network-plan-add-button = Add the item
network-plan-status-planned = Planned
network-plan-status-in-progress = In progress
network-plan-status-done = Done
network-plan-status-dropped = Dropped
network-plan-input-meeting = A meeting of the network
network-plan-input-feedback = Answers to "Var det let?" (Was it easy?)
network-plan-input-stuck = What citizens got stuck on
network-plan-input-hearing = A hearing
network-plan-input-other = Other
network-saved-plan = The action plan has been saved.
network-error-plan-year = Choose last year, this year or one of the next two years.
network-error-plan-title = Write what is to be done.
network-error-plan-owner = Choose who is responsible from the list.
network-error-plan-status = Choose how far the item has come.
network-error-plan-input = Choose what led to the item.
network-error-plan-meeting = Choose the meeting the item came from.
network-error-plan-hearing = Choose the hearing the item came from.
network-error-plan-input-text = Write briefly what led to the item.

## Min side

my-network-materials = Your materials
my-network-reviews = Materials you can review
my-network-new-event = Make a course or event
network-api-bad-year = The year must be a number from 2000 to 2200, for example 2027.

# Contact people and invitations
network-contacts-title = Contact people for { $name }
network-contacts-lead = Contact people can change your page, share materials, hold events and sign you up for meetings. Invite a colleague, and remove someone who should no longer take part.
network-contacts-you = you
network-contacts-since = Contact person since { $date }
network-contacts-remove = Remove { $name } as contact person
network-contacts-remove-me = Remove me as contact person
network-contacts-last = You have only one contact person. Invite a colleague before you remove yourself. If you want to leave the network, go to your page and choose "Leave the network".
network-contacts-link = Add or remove contact people
network-invitations = Invitations waiting
network-invitations-none = No invitations are waiting.
network-invitation-expires = The link works until { $date }.
network-invitation-withdraw = Withdraw the invitation to { $name }
network-invite-heading = Invite a colleague
network-invite-text = Write your colleague's name. You then get a link to send to your colleague. The link works once and for { $days } days. Your colleague logs in and says yes.
network-field-invite-name = Your colleague's name
network-field-invite-name-hint = So you can see who the invitation is for.
network-invite-button = Make a link
network-invite-link-lead = Send this link to your colleague. We show it only now. It works once and for { $days } days.
network-saved-contact-invited = The invitation has been made.
network-saved-contact-withdrawn = The invitation has been withdrawn. The link no longer works.
network-saved-contact-removed = The person is no longer a contact person.
network-saved-contact-welcome = Welcome. You are now a contact person.
network-saved-no-longer-contact = You are no longer a contact person for your organisation.
network-invitation-title = Become a contact person for { $name }
network-invitation-lead = { $inviter } has invited you to become a contact person for { $name } in the network for digital inclusion.
network-invitation-means = As a contact person you can change the organisation's page, share and review materials, hold events and sign up for meetings.
network-invitation-until = The invitation is valid until { $date }.
network-invitation-accept = Yes, make me a contact person for { $name }
network-invitation-not-now = Not now
network-error-invite-name = Write the name of the colleague you want to invite.
network-error-invite-name-long = Write a shorter name, at most 100 characters.
network-error-invitations-many = You have 10 invitations waiting. Withdraw one, or wait until one is used, before you make a new one.
network-error-invitation-closed = The link no longer works. It has been used, withdrawn or is too old. Ask the organisation's contact person for a new link.
network-error-invitation-not-open = The invitation is no longer waiting. It has been used, withdrawn or is too old.
network-error-already-contact = You are already a contact person for an organisation in the network, and you can only be one for one. Ask that organisation to remove you first.
network-error-last-contact = You have only one contact person. Invite a colleague first. If you want to leave the network, choose "Leave the network" on your page.
