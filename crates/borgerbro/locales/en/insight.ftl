# Reviewed by a native speaker: no. Written by the team from the Danish source.
## Digital inclusion figures (/tal)

insight-title = Digital inclusion figures
insight-lead = How letters, help and plain language are doing, month by month. The figures come from our own systems and are counted every hour.
insight-under-five-explained = When a figure is under 5, we write "under 5", not the number, so that no citizen can be recognised. A month that is over is counted one last time and never changes after that.
insight-range = Which months do you want to see?
insight-from = From month
insight-to = To month
insight-month-hint = Write the year and month, for example 2026-01.
insight-show = Show the figures
insight-csv = Download the figures as a spreadsheet (CSV)
insight-json = Download the figures as data (JSON)
insight-none = There are no figures for those months yet.
insight-months-without =
    { $count ->
        [one] 1 of the months was not counted, because it is before we began counting.
       *[other] { $count } of the months were not counted, because they are before we began counting.
    }
insight-contents = Contents
insight-under-five = under 5
insight-not-told = not told
insight-chart-table = The figures are also in the table below.
insight-month-unreadable = Write the month as year and month, for example 2026-01.
insight-month-future = Choose a month that has begun. There are no figures for months that have not come yet.
insight-range-backwards = The from month must be before the to month, or the same.
insight-range-too-long = Choose at most 120 months (10 years) at a time.

insight-letters = Letters
insight-letters-lead = How many letters we sent, how many were opened, and how many were still unread 7 days later.
insight-chart-unread = Letters still unread 7 days after they were sent, per month
insight-escalations = When a letter is not read
insight-escalations-lead = When an important letter is not opened, we call, send it on paper or visit. This is how it went.
insight-lix = Plain language in the letters
insight-lix-lead = LIX measures how hard a text is. The lower, the easier. Our limit is { $limit }.
insight-people = Exempt from digital post, and helpers
insight-people-lead = How many get their letters on paper, and how many have a helper with a permission.
insight-bookings = Appointments booked
insight-bookings-lead = Appointments citizens booked to get help from a person.
insight-requests = Requests about their own data
insight-requests-lead = Requests under the data protection rules, and whether we answered in time.
insight-units = Plain language per unit in { $month }
insight-units-lead = How hard the letters each unit sent were.
insight-units-caption = LIX per unit in { $month }
insight-tasks = "Was it easy?" in { $month }
insight-tasks-lead = What citizens answered when they finished a task. 1 is very hard, 5 is very easy.
insight-tasks-caption = Answers per task in { $month }
insight-stuck = Where citizens got stuck in { $month }
insight-stuck-lead = When a citizen comes to the front desk because they got stuck, the staff member writes down what it was about.
insight-stuck-caption = Notes of where citizens got stuck, per topic, in { $month }

insight-col-month = Month
insight-col-sent = Sent
insight-col-opened = Opened
insight-col-unread = Unread after 7 days
insight-col-paper = Sent on paper
insight-col-moved = Deadlines moved
insight-col-phone = Called
insight-col-paper-copy = Sent on paper
insight-col-visit = Visited
insight-col-reached = Reached
insight-col-not-reached = Not reached
insight-col-other-channel = Reached another way
insight-col-letters = Letters
insight-col-median = LIX (median)
insight-col-over-limit = Over the limit
insight-col-exempt = Exempt from digital post
insight-col-helpers = Helpers
insight-col-permissions = Permissions
insight-col-received = Received
insight-col-answered = Answered
insight-col-in-time = Answered in time
insight-col-overdue = Past the due day
insight-col-unit = Unit
insight-col-task = Task
insight-col-answers = Answers
insight-col-average = Average (1-5)
insight-col-easy = Easy or very easy
insight-col-topic = Topic
insight-col-notes = Notes
insight-nothing-in-month = There are no figures to show for that month.
