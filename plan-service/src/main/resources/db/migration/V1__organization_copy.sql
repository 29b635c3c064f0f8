-- plan-service's copy of the hierarchy, rebuilt from directive-service's snapshots (never its tables).
CREATE TABLE organization (
    id            uuid         PRIMARY KEY,
    code          varchar(50)  NOT NULL,
    name          varchar(300) NOT NULL,
    short_name    varchar(100),
    level         varchar(20)  NOT NULL,
    parent_id     uuid,
    path          text         NOT NULL,
    active        boolean      NOT NULL,
    member_count  integer,
    -- version of the snapshot this row holds: an older snapshot never overwrites a newer one
    version       bigint       NOT NULL
);
CREATE UNIQUE INDEX organization_code ON organization (code);
CREATE INDEX organization_path ON organization (path text_pattern_ops);
