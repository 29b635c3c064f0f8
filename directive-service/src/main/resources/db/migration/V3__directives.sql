-- Directives: resolutions (NQ), conclusions (KL), instructions (CT), regulations (QĐ), guidance (HD).
CREATE TABLE directive (
    id                       uuid         PRIMARY KEY,
    symbol                   varchar(60)  NOT NULL,   -- canonical, e.g. 21-NQ/TW
    symbol_key               varchar(60)  NOT NULL,   -- folded, for lookups tolerant of case and Đ/D
    number                   integer      NOT NULL,
    type                     varchar(10)  NOT NULL,
    issuing_organization_id  uuid         NOT NULL REFERENCES organization (id),
    issue_date               date         NOT NULL,
    term                     varchar(20),
    title                    text         NOT NULL,
    summary                  text,
    body                     text,
    targets                  jsonb        NOT NULL DEFAULT '[]',
    status                   varchar(20)  NOT NULL,
    status_reason            text,
    search_text              text         NOT NULL,   -- folded words of symbol, title, summary and body
    version                  bigint       NOT NULL,
    created_at               timestamptz  NOT NULL,
    created_by               varchar(200) NOT NULL,
    updated_at               timestamptz  NOT NULL,
    updated_by               varchar(200) NOT NULL,
    published_at             timestamptz,
    -- numbers restart by term and year: a symbol is unique only together with its issue date
    CONSTRAINT directive_symbol_date_unique UNIQUE (symbol_key, issue_date)
);
CREATE INDEX directive_issuer ON directive (issuing_organization_id);
CREATE INDEX directive_listing ON directive (issue_date DESC, id);
CREATE INDEX directive_search ON directive USING gin (to_tsvector('simple', search_text));

-- A reference may name a document not yet in the registry; it is resolved when that document arrives.
CREATE TABLE directive_reference (
    directive_id         uuid         NOT NULL REFERENCES directive (id),
    position             integer      NOT NULL,
    kind                 varchar(20)  NOT NULL,
    target_symbol        varchar(60)  NOT NULL,
    target_symbol_key    varchar(60)  NOT NULL,
    target_issue_date    date,
    target_directive_id  uuid         REFERENCES directive (id),
    PRIMARY KEY (directive_id, position)
);
CREATE INDEX directive_reference_target_key ON directive_reference (target_symbol_key);
CREATE INDEX directive_reference_target ON directive_reference (target_directive_id);
