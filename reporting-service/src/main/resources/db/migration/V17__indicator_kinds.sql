-- More kinds of indicator (issue 21): besides counts and rates of two counts,
--   YES_NO: each organisation answers 1 (yes) or 0 (no); summed up the tree, it is how many answered yes;
--   SHARE:  the share of organisations answering yes to a YES_NO indicator (its numerator), in percent of those
--           that answered: recomputed from the summed yeses and the number of organisations, never averaged;
-- and counts that aggregate as the smallest or largest value an organisation of the subtree gave (MIN, MAX).
-- A standing indicator is one every report may carry whatever its plan targets (docs/decisions.md).
ALTER TABLE indicator
    DROP CONSTRAINT indicator_kind_check,
    DROP CONSTRAINT indicator_aggregation_check,
    DROP CONSTRAINT indicator_check,
    DROP CONSTRAINT indicator_check1;
ALTER TABLE indicator ALTER COLUMN aggregation TYPE varchar(30);
ALTER TABLE indicator ADD COLUMN standing boolean NOT NULL DEFAULT false;
ALTER TABLE indicator
    ADD CONSTRAINT indicator_kind CHECK (kind IN ('COUNT', 'RATE', 'YES_NO', 'SHARE')),
    ADD CONSTRAINT indicator_parts CHECK (CASE kind
        WHEN 'RATE' THEN numerator IS NOT NULL AND denominator IS NOT NULL
        WHEN 'SHARE' THEN numerator IS NOT NULL AND denominator IS NULL
        ELSE numerator IS NULL AND denominator IS NULL END),
    ADD CONSTRAINT indicator_aggregation CHECK (CASE kind
        WHEN 'COUNT' THEN aggregation IN ('SUM', 'MIN', 'MAX')
        WHEN 'YES_NO' THEN aggregation = 'SUM'
        WHEN 'RATE' THEN aggregation = 'RECOMPUTED_RATE'
        ELSE aggregation = 'SHARE_OF_ORGANIZATIONS' END);

-- The six seeded counts are the party-building figures every periodic report carries; an indicator an admin adds
-- is reported where a plan targets it, unless the admin makes it standing.
UPDATE indicator SET standing = true
WHERE code IN ('NEW_MEMBERS_ADMITTED', 'TOTAL_MEMBERS', 'ORGS_RATED_GOOD_OR_BETTER', 'ORGS_RATED',
               'VILLAGE_CELLS_WITH_COMMITTEE', 'VILLAGE_CELLS');
