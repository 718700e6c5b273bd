-- The network for digital inclusion (issue 21): member organisations and their contact
-- people, meetings with agenda, sign-up and minutes, the annual action plan, shared
-- materials with review by another member, and courses and events citizens sign up to.
-- Owned by `network`; each part's tables are used only by its own store.

-- An organisation that asked to join, is a member, was refused or has left.
CREATE TABLE network_organisations (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    -- library, seniors, disability, language_school, housing, volunteers, authority, other
    kind TEXT NOT NULL,
    -- Who they help, and where (a town, a part of town), in their own words.
    who_they_help TEXT NOT NULL,
    area TEXT NOT NULL,
    -- Comma-separated language codes (ISO 639-1) they help in.
    languages TEXT NOT NULL,
    website TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    -- Comma-separated ids of the help places that are theirs.
    place_ids TEXT NOT NULL DEFAULT '',
    -- requested, member, refused or left.
    status TEXT NOT NULL,
    requested_by TEXT NOT NULL,
    requested_at BIGINT NOT NULL,
    decided_by TEXT,
    decided_at BIGINT,
    -- Why the coordinator said no, told to the one who asked.
    refusal_reason TEXT NOT NULL DEFAULT '',
    left_at BIGINT
);
CREATE INDEX network_organisations_by_status ON network_organisations (status);

-- The people who act for an organisation. A person acts for one organisation at a time.
CREATE TABLE network_contacts (
    person_id TEXT PRIMARY KEY,
    organisation_id TEXT NOT NULL,
    added_at BIGINT NOT NULL
);
CREATE INDEX network_contacts_by_organisation ON network_contacts (organisation_id);

-- A network meeting: a full day at a rotating host.
CREATE TABLE network_meetings (
    id TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    host_organisation_id TEXT NOT NULL,
    place TEXT NOT NULL,
    starts_at BIGINT NOT NULL,
    ends_at BIGINT NOT NULL,
    -- The last day members may propose agenda items, YYYY-MM-DD, and the moment that
    -- stops (the start of the next day in Denmark, in ms).
    agenda_deadline TEXT NOT NULL,
    agenda_closes_at BIGINT NOT NULL,
    -- Markdown, written after the meeting; public, so never personal data.
    minutes TEXT NOT NULL DEFAULT '',
    minutes_by TEXT,
    minutes_at BIGINT,
    created_by TEXT NOT NULL,
    created_at BIGINT NOT NULL
);
CREATE INDEX network_meetings_by_start ON network_meetings (starts_at);

CREATE TABLE network_agenda_items (
    id TEXT PRIMARY KEY,
    meeting_id TEXT NOT NULL,
    organisation_id TEXT NOT NULL,
    proposed_by TEXT NOT NULL,
    title TEXT NOT NULL,
    description TEXT NOT NULL,
    -- The coordinator's order; items not yet ordered come last, oldest first.
    position BIGINT,
    proposed_at BIGINT NOT NULL
);
CREATE INDEX network_agenda_items_by_meeting ON network_agenda_items (meeting_id);

-- Who comes to a meeting, with what they need. Personal data: never public.
CREATE TABLE network_meeting_signups (
    meeting_id TEXT NOT NULL,
    person_id TEXT NOT NULL,
    organisation_id TEXT NOT NULL,
    access_needs TEXT NOT NULL DEFAULT '',
    dietary_needs TEXT NOT NULL DEFAULT '',
    signed_up_at BIGINT NOT NULL,
    PRIMARY KEY (meeting_id, person_id)
);

-- What a meeting decided, and who does what by when.
CREATE TABLE network_decisions (
    id TEXT PRIMARY KEY,
    meeting_id TEXT NOT NULL,
    decision TEXT NOT NULL,
    -- The organisation that does it (none: the network together).
    organisation_id TEXT,
    by_date TEXT,
    position BIGINT NOT NULL
);
CREATE INDEX network_decisions_by_meeting ON network_decisions (meeting_id);

-- The annual action plan: public.
CREATE TABLE network_plan_items (
    id TEXT PRIMARY KEY,
    year BIGINT NOT NULL,
    title TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    -- The organisation that owns the item (none: the authority).
    owner_organisation_id TEXT,
    -- planned, in_progress, done or dropped.
    status TEXT NOT NULL,
    -- What led to it: meeting, feedback ("Var det let?"), stuck (notes of what citizens
    -- got stuck on), hearing or other; with the meeting's or hearing's id, and the input
    -- in words.
    input_kind TEXT NOT NULL,
    input_ref TEXT,
    input_text TEXT NOT NULL,
    created_by TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX network_plan_items_by_year ON network_plan_items (year);

-- A shared material, from draft through review to published.
CREATE TABLE network_materials (
    id TEXT PRIMARY KEY,
    organisation_id TEXT NOT NULL,
    title TEXT NOT NULL,
    summary TEXT NOT NULL,
    -- guide, leaflet, checklist, video or slides.
    format TEXT NOT NULL,
    -- Markdown: the text of a guide or checklist.
    body TEXT NOT NULL DEFAULT '',
    -- A video's or slides' address.
    link TEXT NOT NULL DEFAULT '',
    -- A leaflet's or slides' PDF (files: its hash), its name, and what the checks read
    -- out of it when it was uploaded: its text, whether it is tagged (1, 0) and the
    -- language its catalogue names ('' when none).
    file_id TEXT,
    file_name TEXT NOT NULL DEFAULT '',
    file_text TEXT NOT NULL DEFAULT '',
    file_tagged BIGINT,
    file_lang TEXT NOT NULL DEFAULT '',
    -- Comma-separated codes (model.rs); the first language is the material's own.
    target_groups TEXT NOT NULL,
    languages TEXT NOT NULL,
    topics TEXT NOT NULL,
    -- draft, in_review or published.
    status TEXT NOT NULL,
    -- The material this one was copied from, to adapt it.
    source_id TEXT,
    created_by TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    submitted_at BIGINT,
    published_at BIGINT,
    -- The review that published it, and when the next is due (YYYY-MM-DD).
    reviewed_by_organisation_id TEXT,
    reviewed_at BIGINT,
    review_due TEXT,
    -- Set by the sweep once the review has fallen due, so the owner is told once.
    review_due_noticed_at BIGINT
);
CREATE INDEX network_materials_by_status ON network_materials (status);
CREATE INDEX network_materials_by_organisation ON network_materials (organisation_id);

-- A review by another member organisation, with its short checklist.
CREATE TABLE network_reviews (
    id TEXT PRIMARY KEY,
    material_id TEXT NOT NULL,
    organisation_id TEXT NOT NULL,
    reviewer_id TEXT NOT NULL,
    correct BIGINT NOT NULL,
    understandable BIGINT NOT NULL,
    up_to_date BIGINT NOT NULL,
    comment TEXT NOT NULL,
    -- approved (it is published) or changes (back to draft with the comment).
    outcome TEXT NOT NULL,
    reviewed_at BIGINT NOT NULL
);
CREATE INDEX network_reviews_by_material ON network_reviews (material_id);

-- A course or event that citizens sign up to.
CREATE TABLE network_events (
    id TEXT PRIMARY KEY,
    -- The member organisation that organises it (none: the authority).
    organisation_id TEXT,
    -- drop_in, course, peer_teaching, it_cafe, fraud_session or other.
    kind TEXT NOT NULL,
    title TEXT NOT NULL,
    description TEXT NOT NULL,
    -- The help place it is at.
    place_id TEXT NOT NULL,
    starts_at BIGINT NOT NULL,
    ends_at BIGINT NOT NULL,
    language TEXT NOT NULL,
    seats BIGINT NOT NULL,
    accessibility TEXT NOT NULL DEFAULT '',
    -- Seats taken, and sign-ups ever made (each sign-up's number in line): kept on the
    -- event's row so that taking a seat is one conditional UPDATE, which both databases
    -- serialise; exactly `seats` are taken however many ask at once.
    taken BIGINT NOT NULL DEFAULT 0,
    signups_made BIGINT NOT NULL DEFAULT 0,
    created_by TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    cancelled_at BIGINT
);
CREATE INDEX network_events_by_start ON network_events (starts_at);
CREATE INDEX network_events_by_place ON network_events (place_id);

CREATE TABLE network_event_signups (
    id TEXT PRIMARY KEY,
    event_id TEXT NOT NULL,
    -- The citizen, when known; else the name and phone given (by phone, by a robot).
    person_id TEXT,
    name TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    -- online, desk, helper or api; who did it for the citizen (staff, helper, API key).
    channel TEXT NOT NULL,
    made_by TEXT,
    -- The sign-up's number in line on its event.
    number BIGINT NOT NULL,
    -- seat, waiting or cancelled.
    status TEXT NOT NULL,
    signed_up_at BIGINT NOT NULL,
    cancelled_at BIGINT,
    -- Null until the organiser marks it; 1 came, 0 did not.
    attended BIGINT,
    reminded_at BIGINT
);
CREATE INDEX network_event_signups_by_event ON network_event_signups (event_id, status, number);
CREATE INDEX network_event_signups_by_person ON network_event_signups (person_id);
-- A citizen holds one place on an event at a time (cancelled sign-ups aside).
CREATE UNIQUE INDEX network_event_signups_one_per_person ON network_event_signups (event_id, person_id)
    WHERE person_id IS NOT NULL AND status <> 'cancelled';
