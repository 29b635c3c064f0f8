-- Issue 18, incremental rebuilds: where each organisation's latest counts are added in the kept sums of a period and
-- hierarchy. The sums are always the figures of these units at these paths: an acceptance adds its difference at the
-- unit's recorded path (even while a restructuring has made the sums stale), and a rebuild after a restructuring
-- moves only the units whose path changed (their figures subtracted at the old path, added at the new) instead of
-- recomputing the whole period.
CREATE TABLE rollup_unit (
    hierarchy       varchar(10) NOT NULL,
    period_year     integer     NOT NULL,
    period_kind     varchar(20) NOT NULL,
    organization_id uuid        NOT NULL,
    path            text        NOT NULL,
    PRIMARY KEY (hierarchy, period_year, period_kind, organization_id)
);

-- Sums built before this table have no units: each period is rebuilt whole once, then kept up incrementally.
DELETE FROM rollup_state;
