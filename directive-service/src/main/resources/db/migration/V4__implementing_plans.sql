-- Plans answering directives, as plan-service announces them: who implemented what, and when.
CREATE TABLE implementing_plan (
    plan_id                  uuid         PRIMARY KEY,
    directive_id             uuid         NOT NULL REFERENCES directive (id),
    organization_id          uuid         NOT NULL,
    organization_code        varchar(50)  NOT NULL,
    symbol                   varchar(60),
    issue_date               date         NOT NULL,
    status                   varchar(20)  NOT NULL,
    version                  bigint       NOT NULL
);
CREATE INDEX implementing_plan_directive ON implementing_plan (directive_id, organization_id);
