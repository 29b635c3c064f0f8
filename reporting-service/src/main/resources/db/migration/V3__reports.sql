-- A report answers one obligation: drafted, submitted, then accepted or returned and submitted again.
CREATE TABLE report (
    id                 uuid         PRIMARY KEY,
    obligation_id      uuid         NOT NULL REFERENCES reporting_obligation (id),
    organization_code  varchar(100) NOT NULL,   -- the reporter, copied from the obligation for scope checks
    recipient_code     varchar(100) NOT NULL,
    status             varchar(20)  NOT NULL,
    indicators         jsonb        NOT NULL DEFAULT '{}',
    task_progress      jsonb        NOT NULL DEFAULT '[]',
    narrative          jsonb        NOT NULL DEFAULT '{}',
    review_comment     text,
    submission_count   integer      NOT NULL DEFAULT 0,
    submitted_at       timestamptz,
    submitted_by       varchar(200),
    reviewed_at        timestamptz,
    reviewed_by        varchar(200),
    created_at         timestamptz  NOT NULL,
    created_by         varchar(200) NOT NULL,
    updated_at         timestamptz  NOT NULL,
    updated_by         varchar(200) NOT NULL,
    version            bigint       NOT NULL,
    CONSTRAINT report_one_per_obligation UNIQUE (obligation_id)
);
CREATE INDEX report_recipient ON report (recipient_code, status);

-- When an obligation was first answered: timeliness compares it with the due date.
ALTER TABLE reporting_obligation ADD COLUMN first_submitted_at timestamptz;
