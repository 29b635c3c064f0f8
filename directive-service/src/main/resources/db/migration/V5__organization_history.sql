-- Where each organisation sat over time, and who took over from whom (issue 3: restructuring, as-of reads).

-- One row per period an organisation spent at one place: [valid_from, valid_to), valid_to null while it lasts.
-- A move (of the organisation or of one of its ancestors) closes the current row and opens one with the new
-- path; ceasing closes it at the organisation's valid_to.
CREATE TABLE organization_placement (
    organization_id  uuid  NOT NULL REFERENCES organization (id),
    parent_id        uuid  REFERENCES organization (id),
    path             text  NOT NULL,
    valid_from       date  NOT NULL,
    valid_to         date,
    CONSTRAINT organization_placement_period CHECK (valid_to IS NULL OR valid_to >= valid_from),
    CONSTRAINT organization_placement_unique UNIQUE (organization_id, valid_from)
);
-- At most one place at a time is open.
CREATE UNIQUE INDEX organization_placement_current ON organization_placement (organization_id) WHERE valid_to IS NULL;
CREATE INDEX organization_placement_parent ON organization_placement (parent_id);
CREATE INDEX organization_placement_path ON organization_placement (path text_pattern_ops);

-- Organisations registered before this migration have always been where they are.
INSERT INTO organization_placement (organization_id, parent_id, path, valid_from, valid_to)
SELECT id, parent_id, path, valid_from, valid_to FROM organization;

-- A restructuring link: the predecessor ceased on `effective` and the successor took over (merger, split, renaming).
CREATE TABLE organization_succession (
    id              uuid         PRIMARY KEY,
    predecessor_id  uuid         NOT NULL REFERENCES organization (id),
    successor_id    uuid         NOT NULL REFERENCES organization (id),
    kind            varchar(20)  NOT NULL,
    effective       date         NOT NULL,
    CONSTRAINT organization_succession_unique UNIQUE (predecessor_id, successor_id),
    CONSTRAINT organization_succession_distinct CHECK (predecessor_id <> successor_id)
);
CREATE INDEX organization_succession_successor ON organization_succession (successor_id);
