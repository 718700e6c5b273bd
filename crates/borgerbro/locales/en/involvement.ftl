# Reviewed by a native speaker: no. Written by the team from the Danish source.
## Involving citizens in a project (/projekter/{id}/inddragelse)

involvement-title = Involving citizens
involvement-lead = Here you can see how we asked citizens and what they said. We answer everything citizens say. Either we do what they suggest, or we explain why we do not.
involvement-saved-activity = The activity is saved.
involvement-saved-input = The input and your answer are saved.
involvement-activities-title = Activities
involvement-at-risk-yes = People from groups at risk have taken part. A project at level III or IV needs this before it is decided.
involvement-at-risk-no = No one from the groups at risk has taken part yet. A project at level III or IV cannot be decided until they have.
involvement-activities-none = There are no activities yet.
involvement-participants = Participants
involvement-groups = From groups at risk
involvement-groups-none = None
involvement-paid = Payment for their time
involvement-paid-amount = DKK { $amount } per participant
involvement-paid-no = No payment
involvement-inputs-title = What citizens said, and our answer
involvement-inputs-lead = When we do not do what citizens suggest, we write why.
involvement-inputs-none = There is no input yet.
involvement-input-said = Citizens said:
involvement-input-from = From: { $activity }
involvement-answer-followed = We do it.
involvement-answer-not-followed = We do not do it.

involvement-kind-workshop = Workshop
involvement-kind-user-test = User test
involvement-kind-citizen-panel = Citizen panel
involvement-kind-council = Council
involvement-kind-interview = Interview


involvement-new-activity = Add an activity
involvement-field-kind = What kind of activity?
involvement-field-kind-choose = Choose
involvement-field-held-on = Date
involvement-field-held-on-hint = Write the date like this: 2026-10-14
involvement-field-participants = How many took part?
involvement-field-groups = Which groups at risk took part?
involvement-field-paid = Participants were paid for their time
involvement-field-paid-dkk = Amount per participant in kroner
involvement-field-paid-dkk-hint = Only if participants were paid
involvement-field-description = What happened?
involvement-field-description-hint = Write briefly where and how.
involvement-activity-button = Save the activity

involvement-new-input = Add input and your answer
involvement-field-activity = Where did it come from?
involvement-field-activity-none = Not from a particular activity
involvement-field-input = What did citizens say?
involvement-field-answer = What is your answer?
involvement-field-reason = How, or why not?
involvement-field-reason-hint = Required if you do not do it.
involvement-input-button = Save input and answer

involvement-error-kind = Choose what kind of activity
involvement-error-held-on = Write the date like this: 2026-10-14
involvement-error-participants = Write how many took part, as a number from 1 to 100,000
involvement-error-groups = Choose only groups from the list
involvement-error-paid = Write the amount in whole kroner, from 1 to 100,000
involvement-error-description = Write what happened
involvement-error-too-long = The text may be at most 5,000 characters
involvement-error-activity = Choose an activity from the list
involvement-error-input = Write what citizens said
involvement-error-answer = Choose whether you do it or not
involvement-error-reason = Write why you do not do it
