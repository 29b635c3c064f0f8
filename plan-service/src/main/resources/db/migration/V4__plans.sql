-- Implementation plans and action programmes (KH, CTr).
CREATE TABLE plan (
    id                          uuid         PRIMARY KEY,
    symbol                      varchar(60),
    symbol_key                  varchar(60),
    type                        varchar(10)  NOT NULL,
    issuing_organization_id     uuid         NOT NULL REFERENCES organization (id),
    issue_date                  date,
    issue_place                 varchar(200),
    title                       text         NOT NULL,
    purposes                    text,
    requirements                text,
    implementation              text,
    implements_symbol           varchar(60),
    implements_issue_date       date,
    implements_directive_id     uuid,
    parent_plan_id              uuid         REFERENCES plan (id),
    based_on                    jsonb        NOT NULL DEFAULT '[]',
    targets                     jsonb        NOT NULL DEFAULT '[]',
    reporting_requirements      jsonb        NOT NULL DEFAULT '[]',
    recipients                  jsonb        NOT NULL DEFAULT '[]',
    signer                      jsonb,
    -- the subordinates that must answer with a plan of their own (empty: all direct subordinates), by when
    subordinate_plan_addressees jsonb        NOT NULL DEFAULT '[]',
    subordinate_plan_deadline   date,
    status                      varchar(20)  NOT NULL,
    status_reason               text,
    search_text                 text         NOT NULL,
    version                     bigint       NOT NULL,
    created_at                  timestamptz  NOT NULL,
    created_by                  varchar(200) NOT NULL,
    updated_at                  timestamptz  NOT NULL,
    updated_by                  varchar(200) NOT NULL,
    issued_at                   timestamptz,
    CONSTRAINT plan_symbol_date_unique UNIQUE (symbol_key, issue_date)
);
CREATE INDEX plan_issuer ON plan (issuing_organization_id);
CREATE INDEX plan_implements ON plan (implements_directive_id);
CREATE INDEX plan_parent ON plan (parent_plan_id);
CREATE INDEX plan_search ON plan USING gin (to_tsvector('simple', search_text));

CREATE TABLE plan_task (
    id                 uuid         PRIMARY KEY,
    plan_id            uuid         NOT NULL REFERENCES plan (id),
    position           integer      NOT NULL,
    number             varchar(20),
    text               text         NOT NULL,
    lead_units         jsonb        NOT NULL DEFAULT '[]',
    cooperating_units  jsonb        NOT NULL DEFAULT '[]',
    timeframe          jsonb        NOT NULL,
    due_date           date,
    status             varchar(20)  NOT NULL,
    progress_percent   integer      NOT NULL DEFAULT 0 CHECK (progress_percent BETWEEN 0 AND 100),
    progress_note      text,
    completed_on       date
);
CREATE INDEX plan_task_plan ON plan_task (plan_id, position);
CREATE INDEX plan_task_lead ON plan_task USING gin (lead_units jsonb_path_ops);
CREATE INDEX plan_task_open_due ON plan_task (due_date) WHERE status <> 'DONE';

-- Every issued or amended content, readable as history.
CREATE TABLE plan_revision (
    plan_id     uuid         NOT NULL REFERENCES plan (id),
    version     bigint       NOT NULL,
    status      varchar(20)  NOT NULL,
    content     jsonb        NOT NULL,
    reason      text,
    changed_at  timestamptz  NOT NULL,
    changed_by  varchar(200) NOT NULL,
    PRIMARY KEY (plan_id, version)
);
