-- Every change made through the API: who, when, what, from which client, and how it ended.
CREATE TABLE audit_entry (
    id                 bigint       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at                 timestamptz  NOT NULL,
    actor              varchar(200) NOT NULL,
    client             varchar(200),
    organization_code  varchar(50),
    method             varchar(10)  NOT NULL,
    path               text         NOT NULL,
    status             integer      NOT NULL,
    location           text
);
CREATE INDEX audit_entry_at ON audit_entry (at DESC);
CREATE INDEX audit_entry_actor ON audit_entry (actor, at DESC);
