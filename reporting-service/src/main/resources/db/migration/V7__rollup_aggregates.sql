-- Roll-up aggregates (issue 18): figures kept summed as reports are accepted, so that a roll-up reads the rows of
-- the organisation and its direct subordinates instead of every report below it. See docs/decisions.md.

-- Each organisation's latest accepted value per period and indicator: of the accepted reports answering its
-- obligations of the period, the one submitted last that has the count (ties: the larger value), as the roll-up
-- query takes it.
CREATE TABLE rollup_latest (
    period_year     integer      NOT NULL,
    period_kind     varchar(20)  NOT NULL,
    organization_id uuid         NOT NULL,
    indicator       varchar(100) NOT NULL,
    value           bigint       NOT NULL,
    submitted_at    timestamptz  NOT NULL,
    PRIMARY KEY (period_year, period_kind, organization_id, indicator)
);

-- Sums per node of a hierarchy: for every path prefix (node_path) the figures of the organisations counted at or
-- below it (own = false), and of those counted at the node itself (own = true). An item is a count's code (amount:
-- the sum, contributors: how many organisations gave it) or '#' and the sorted codes an organisation gave (amount:
-- how many organisations gave exactly those), from which the reporting organisations of any set of counts follow.
-- Acceptances add deltas to one of several shards chosen at random, so that concurrent acceptances do not queue
-- on the national row; a read sums the shards.
CREATE TABLE rollup_sum (
    hierarchy    varchar(10) NOT NULL,
    period_year  integer     NOT NULL,
    period_kind  varchar(20) NOT NULL,
    node_path    text        NOT NULL,
    own          boolean     NOT NULL,
    item         text        NOT NULL,
    shard        smallint    NOT NULL,
    amount       bigint      NOT NULL,
    contributors bigint      NOT NULL,
    PRIMARY KEY (hierarchy, period_year, period_kind, node_path, own, item, shard)
);

-- Which sums are complete: built for a period and hierarchy against a version of the organisation copy (and, for
-- today's hierarchy, a day). A roll-up uses them only while both still hold; otherwise it runs the full query and
-- the rebuild job recomputes them.
CREATE TABLE rollup_state (
    hierarchy         varchar(10) NOT NULL,
    period_year       integer     NOT NULL,
    period_kind       varchar(20) NOT NULL,
    hierarchy_version bigint      NOT NULL,
    as_of             date        NOT NULL,
    built_at          timestamptz NOT NULL,
    PRIMARY KEY (hierarchy, period_year, period_kind)
);

-- Bumped by every change to the organisation copy that can move a figure (a path, a validity, a placement, a
-- succession), in the transaction that applies the snapshot.
CREATE TABLE rollup_hierarchy_version (
    id      boolean PRIMARY KEY DEFAULT true CHECK (id),
    version bigint  NOT NULL
);
INSERT INTO rollup_hierarchy_version (id, version) VALUES (true, 1);

CREATE FUNCTION rollup_hierarchy_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE rollup_hierarchy_version SET version = version + 1;
    RETURN NULL;
END $$;

CREATE TRIGGER organization_moves_rollups
    AFTER INSERT OR DELETE OR UPDATE OF path, parent_id, valid_from, valid_to ON organization
    FOR EACH STATEMENT EXECUTE FUNCTION rollup_hierarchy_changed();
CREATE TRIGGER organization_placement_moves_rollups
    AFTER INSERT OR DELETE OR UPDATE ON organization_placement
    FOR EACH STATEMENT EXECUTE FUNCTION rollup_hierarchy_changed();
CREATE TRIGGER organization_succession_moves_rollups
    AFTER INSERT OR DELETE OR UPDATE ON organization_succession
    FOR EACH STATEMENT EXECUTE FUNCTION rollup_hierarchy_changed();
