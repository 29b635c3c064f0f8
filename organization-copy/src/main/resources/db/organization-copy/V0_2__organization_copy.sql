-- A service's copy of the hierarchy, rebuilt from directive-service's snapshots (never its tables).
-- Shared by plan-service and reporting-service (versions 0.x run before each service's own migrations).
CREATE TABLE organization (
    id                  uuid         PRIMARY KEY,
    code                varchar(50)  NOT NULL,
    name                varchar(300) NOT NULL,
    short_name          varchar(100),
    level               varchar(20)  NOT NULL,
    kind                varchar(30),
    parent_id           uuid,
    -- ids from the root down to this organisation, '/'-separated: subtree = path prefix
    path                text         NOT NULL,
    active              boolean      NOT NULL,
    member_count        integer,
    member_count_as_of  date,
    valid_from          date,
    valid_to            date,
    -- version of the snapshot this row holds: an older snapshot never overwrites a newer one
    version             bigint       NOT NULL
);
CREATE UNIQUE INDEX organization_code ON organization (code);
CREATE INDEX organization_parent ON organization (parent_id);
CREATE INDEX organization_path ON organization (path text_pattern_ops);
