-- The level an indicator is reported at (issue 21): the level whose organisations enter it (a grassroots indicator
-- is given by the grassroots organisations; the committees above see it only rolled up, and a report of another
-- level giving it is refused). NULL: every level gives its own figure. Reported kinds only: a rate or a share is
-- computed from its parts, which carry the level.
ALTER TABLE indicator ADD COLUMN reported_at varchar(20)
    CONSTRAINT indicator_reported_at CHECK (reported_at IS NULL OR (kind IN ('COUNT', 'YES_NO')
        AND reported_at IN ('CENTRAL', 'PROVINCIAL', 'DISTRICT', 'GRASSROOTS', 'CELL')));

-- The seed keeps NULL, explicitly: its six counts are the party-building figures of every level's periodic report
-- (a district reports its whole district's admissions, as the demo's Vĩnh Linh does; a grassroots organisation its
-- own), so no single level enters them; the three rates are computed. Nothing changes, so nothing is announced.

-- The kept roll-up sums (issue 18) now keep, for each count aggregated by MIN or MAX, a histogram of the values the
-- organisations gave (items '~CODE:value', contributors = how many gave it), so such roll-ups no longer take the
-- full query. A period's state records which counts were kept that way: sums built for another set (an admin
-- changed an aggregation to or from MIN/MAX, or sums built before this migration) are stale and rebuilt whole.
ALTER TABLE rollup_state ADD COLUMN extremes text NOT NULL DEFAULT '';
