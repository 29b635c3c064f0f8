-- Task progress as each reporting organisation stated it in its latest accepted report.
CREATE TABLE reported_task_progress (
    task_id            uuid         NOT NULL REFERENCES plan_task (id),
    organization_id    uuid         NOT NULL,
    organization_code  varchar(50)  NOT NULL,
    report_id          uuid         NOT NULL,
    period_kind        varchar(20)  NOT NULL,
    period_year        integer      NOT NULL,
    status             varchar(20)  NOT NULL,
    percent            integer      NOT NULL CHECK (percent BETWEEN 0 AND 100),
    note               text,
    accepted_at        timestamptz  NOT NULL,
    PRIMARY KEY (task_id, organization_id)
);
