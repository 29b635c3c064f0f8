-- plan-service's copy of directives in force, from directive-service's events (never its tables).
CREATE TABLE directive (
    id                         uuid         PRIMARY KEY,
    symbol                     varchar(60)  NOT NULL,
    symbol_key                 varchar(60)  NOT NULL,
    type                       varchar(10)  NOT NULL,
    issuing_organization_code  varchar(50)  NOT NULL,
    issue_date                 date         NOT NULL,
    title                      text         NOT NULL,
    status                     varchar(20)  NOT NULL,
    targets                    jsonb        NOT NULL,
    version                    bigint       NOT NULL
);
CREATE INDEX directive_symbol ON directive (symbol_key);
