CREATE TABLE organization (
    id            uuid         PRIMARY KEY,
    code          varchar(50)  NOT NULL,
    name          varchar(300) NOT NULL,
    short_name    varchar(100),
    level         varchar(20)  NOT NULL,
    parent_id     uuid         REFERENCES organization (id),
    -- ids from the root down to this organisation, '/'-separated: subtree = path prefix
    path          text         NOT NULL,
    active        boolean      NOT NULL DEFAULT true,
    member_count  integer      CHECK (member_count >= 0),
    version       bigint       NOT NULL,
    created_at    timestamptz  NOT NULL,
    updated_at    timestamptz  NOT NULL,
    CONSTRAINT organization_code_unique UNIQUE (code)
);
CREATE INDEX organization_parent ON organization (parent_id);
CREATE INDEX organization_path ON organization (path text_pattern_ops);
