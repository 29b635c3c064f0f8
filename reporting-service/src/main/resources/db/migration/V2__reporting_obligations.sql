-- The plans reporting-service has heard of: the newest version applied, so an older event never undoes a newer one.
CREATE TABLE reporting_plan (
    id                         uuid         PRIMARY KEY,
    symbol                     varchar(60)  NOT NULL,
    issuing_organization_id    uuid         NOT NULL,
    issuing_organization_code  varchar(100) NOT NULL,
    status                     varchar(20)  NOT NULL,
    version                    bigint       NOT NULL,   -- the plan's version in plan-service
    updated_at                 timestamptz  NOT NULL
);

-- One organisation owes one report for one period of one requirement of a plan.
CREATE TABLE reporting_obligation (
    id                    uuid         PRIMARY KEY,
    plan_id               uuid         NOT NULL REFERENCES reporting_plan (id),
    plan_symbol           varchar(60)  NOT NULL,
    requirement_id        uuid         NOT NULL,
    organization_id       uuid         NOT NULL,
    organization_code     varchar(100) NOT NULL,
    recipient_id          uuid         NOT NULL,
    recipient_code        varchar(100) NOT NULL,
    via_id                uuid,
    via_code              varchar(100),
    period_kind           varchar(20)  NOT NULL,
    period_year           integer      NOT NULL,
    period_start          date         NOT NULL,
    period_end            date         NOT NULL,
    due_date              date         NOT NULL,
    reminder_date         date         NOT NULL,
    reminder_at           timestamptz  NOT NULL,   -- start of reminder_date in the service's time zone
    overdue_at            timestamptz  NOT NULL,   -- end of due_date in the service's time zone
    status                varchar(20)  NOT NULL,
    reminder_sent_at      timestamptz,             -- vn.cascade.report.due.v1 written to the outbox
    overdue_marked_at     timestamptz,             -- vn.cascade.report.overdue.v1 written to the outbox
    submitted_at          timestamptz,
    cancelled_at          timestamptz,
    created_at            timestamptz  NOT NULL,
    updated_at            timestamptz  NOT NULL,
    version               bigint       NOT NULL,
    CONSTRAINT reporting_obligation_unique UNIQUE (requirement_id, organization_id, period_kind, period_year)
);
CREATE INDEX reporting_obligation_plan ON reporting_obligation (plan_id);
CREATE INDEX reporting_obligation_reporter ON reporting_obligation (organization_code, due_date, id);
CREATE INDEX reporting_obligation_recipient ON reporting_obligation (recipient_code, due_date, id);
-- What the scheduler claims: small partial indexes over the rows still waiting for a reminder or a deadline.
CREATE INDEX reporting_obligation_reminder_pending ON reporting_obligation (reminder_at)
    WHERE reminder_sent_at IS NULL AND status = 'PENDING';
CREATE INDEX reporting_obligation_overdue_pending ON reporting_obligation (overdue_at)
    WHERE overdue_marked_at IS NULL AND status IN ('PENDING', 'DUE');
