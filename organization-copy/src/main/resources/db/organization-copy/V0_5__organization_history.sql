-- The copy's history of the hierarchy, from the snapshots' placements and successions: the hierarchy as it was on
-- any date, and who took over from a merged, split or renamed organisation.
CREATE TABLE organization_placement (
    organization_id  uuid  NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    parent_id        uuid,
    path             text  NOT NULL,
    -- null: since the organisation began
    valid_from       date,
    -- exclusive; null while it lasts
    valid_to         date
);
CREATE INDEX organization_placement_organization ON organization_placement (organization_id);
CREATE INDEX organization_placement_path ON organization_placement (path text_pattern_ops);

-- Existing copies: each organisation has always been where it is now.
INSERT INTO organization_placement (organization_id, parent_id, path, valid_from, valid_to)
SELECT id, parent_id, path, valid_from, valid_to FROM organization;

CREATE TABLE organization_succession (
    predecessor_id  uuid         NOT NULL,
    successor_id    uuid         NOT NULL,
    kind            varchar(20)  NOT NULL,
    effective       date         NOT NULL,
    PRIMARY KEY (predecessor_id, successor_id)
);
CREATE INDEX organization_succession_successor ON organization_succession (successor_id);
