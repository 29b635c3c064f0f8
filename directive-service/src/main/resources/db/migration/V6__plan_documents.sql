-- Every plan plan-service announced (issued, amended, revoked) and the documents it rests on, so the reference
-- graph covers plans as well as directives: 21-NQ/TW ← 07-KH/TW ← 48-CTr/TU ← 68-KH/HU.
CREATE TABLE plan_document (
    plan_id                    uuid         PRIMARY KEY,
    symbol                     varchar(60)  NOT NULL,
    symbol_key                 varchar(60)  NOT NULL,   -- folded, as directive.symbol_key
    type                       varchar(10)  NOT NULL,
    issuing_organization_id    uuid         NOT NULL,
    issuing_organization_code  varchar(50)  NOT NULL,
    issue_date                 date         NOT NULL,
    title                      text,
    status                     varchar(20)  NOT NULL,
    version                    bigint       NOT NULL
);
CREATE INDEX plan_document_symbol ON plan_document (symbol_key, issue_date);

-- What a plan names: the directive it implements, the upper plan it answers and the documents it is based on.
-- target_document_id is a directive or a plan; null while no registered document matches the symbol.
CREATE TABLE plan_reference (
    plan_id             uuid         NOT NULL REFERENCES plan_document (plan_id),
    position            integer      NOT NULL,
    kind                varchar(20)  NOT NULL,
    target_symbol       varchar(60),
    target_symbol_key   varchar(60),
    target_issue_date   date,
    target_document_id  uuid,
    PRIMARY KEY (plan_id, position)
);
CREATE INDEX plan_reference_target ON plan_reference (target_document_id);
CREATE INDEX plan_reference_target_key ON plan_reference (target_symbol_key) WHERE target_document_id IS NULL;

-- Plans recorded before this migration were kept only as answers to directives: their identity and that link.
INSERT INTO plan_document (plan_id, symbol, symbol_key, type, issuing_organization_id, issuing_organization_code,
                           issue_date, title, status, version)
SELECT plan_id, coalesce(symbol, '?'), lower(translate(coalesce(symbol, '?'), 'Đđ', 'dd')),
       CASE WHEN symbol ILIKE '%-CTr/%' THEN 'CTr' ELSE 'KH' END,
       organization_id, organization_code, issue_date, NULL, status, version
FROM implementing_plan;
INSERT INTO plan_reference (plan_id, position, kind, target_symbol, target_symbol_key, target_issue_date,
                            target_document_id)
SELECT p.plan_id, 0, 'IMPLEMENTS', d.symbol, d.symbol_key, d.issue_date, d.id
FROM implementing_plan p JOIN directive d ON d.id = p.directive_id;

-- Both kinds of document edges, read by the document graph: source rests on target.
CREATE VIEW document_reference AS
SELECT directive_id AS source_id, kind, target_symbol, target_issue_date, target_directive_id AS target_id
FROM directive_reference
UNION ALL
SELECT plan_id, kind, target_symbol, target_issue_date, target_document_id
FROM plan_reference;
