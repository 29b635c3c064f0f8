-- The copy keeps the level an indicator is reported at (issue 21), as cascade.indicators.v1 announces it: the level
-- whose organisations enter it; NULL: every level (the seed, and snapshots from before the field existed).
ALTER TABLE indicator ADD COLUMN reported_at varchar(20);
