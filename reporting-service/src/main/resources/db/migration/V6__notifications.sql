-- Notifications (docs/notifications.md): what the report events tell an organisation's people in one role.
-- One row per event and addressee; the facts are kept, the text is rendered in the reader's language.
CREATE TABLE notification (
    id                 uuid         PRIMARY KEY,
    event_id           varchar(200) NOT NULL,   -- the CloudEvent that caused it
    kind               varchar(30)  NOT NULL,   -- REPORT_DUE, REPORT_OVERDUE, REPORT_SUBMITTED, …
    organization_code  varchar(100) NOT NULL,   -- addressed to the people of this organisation …
    audience_role      varchar(20)  NOT NULL,   -- … who hold this role
    obligation_id      uuid         NOT NULL,
    plan_symbol        varchar(60)  NOT NULL,
    period_kind        varchar(20)  NOT NULL,
    period_year        integer      NOT NULL,
    due_date           date,
    reporter_code      varchar(100) NOT NULL,
    reporter_name      varchar(500) NOT NULL,
    recipient_code     varchar(100) NOT NULL,
    recipient_name     varchar(500) NOT NULL,
    review_comment     text,
    created_at         timestamptz  NOT NULL,
    CONSTRAINT notification_once_per_event UNIQUE (event_id, organization_code, audience_role)
);
-- The inbox: an organisation and role, newest first.
CREATE INDEX notification_inbox ON notification (organization_code, audience_role, created_at DESC, id DESC);

-- Who has read what: the inbox is shared by an organisation's role, the read state is each user's.
CREATE TABLE notification_read (
    notification_id  uuid         NOT NULL REFERENCES notification (id) ON DELETE CASCADE,
    username         varchar(200) NOT NULL,
    read_at          timestamptz  NOT NULL,
    PRIMARY KEY (username, notification_id)
);

-- The contact registry: where an organisation wants the mail of one role to go.
CREATE TABLE contact_list (
    organization_code  varchar(100) PRIMARY KEY,
    version            bigint       NOT NULL,
    updated_at         timestamptz  NOT NULL,
    updated_by         varchar(200) NOT NULL
);
CREATE TABLE contact (
    organization_code  varchar(100) NOT NULL REFERENCES contact_list (organization_code) ON DELETE CASCADE,
    role               varchar(20)  NOT NULL,
    email              varchar(254) NOT NULL,
    name               varchar(200),
    language           varchar(5)   NOT NULL,
    PRIMARY KEY (organization_code, role, email)
);

-- Mail owed for a notification, one row per address: written with the notification, so each address gets each
-- notification once; the sender folds what is pending for one address into one mail.
CREATE TABLE notification_mail (
    notification_id  uuid         NOT NULL REFERENCES notification (id) ON DELETE CASCADE,
    email            varchar(254) NOT NULL,
    language         varchar(5)   NOT NULL,
    created_at       timestamptz  NOT NULL,
    next_attempt_at  timestamptz  NOT NULL,
    attempts         integer      NOT NULL DEFAULT 0,
    last_error       text,
    sent_at          timestamptz,
    PRIMARY KEY (notification_id, email)
);
CREATE INDEX notification_mail_pending ON notification_mail (next_attempt_at, email) WHERE sent_at IS NULL;
