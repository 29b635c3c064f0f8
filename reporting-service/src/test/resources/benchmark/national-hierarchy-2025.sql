-- The post-2025 shape of the hierarchy for RollupBenchmark (-Dbenchmark.shape=2025; not a test): no district level.
-- Deterministic: ids are md5 of the organisation's number, as in national-hierarchy.sql.
--   1 centre, 34 provinces, 3,321 commune committees (about 98 a province) directly under them since 2025-07-01,
--   ${GRASSROOTS} grassroots organisations below the communes (14,529 at scale 1) and ${CELLS} cells (2–3 each;
--   41,400 at scale 1): 59,285 active organisations at scale 1, as many as the old shape.
--   Until 2025-07-01 the communes sat under 714 district committees (21 a province, about 4.65 communes each); on
--   2025-07-01 every district is dissolved into its province (a MERGER succession to the province, as the 2025
--   reorganisation replays it) and its communes move up with their subtrees. The commune mergers of 2025 are not
--   modelled: a commune keeps its identity.
--   Obligations of 2025 to the current parent (national-data.sql): Q1 and H1 for the districts, all four for the rest.

CREATE TEMP TABLE gen (
    n          integer PRIMARY KEY,
    level      text    NOT NULL,
    parent     integer,
    new_parent integer,
    changed_on date,
    valid_from date,
    valid_to   date,
    id         uuid,
    code       text,
    name       text,
    path0      text,
    path1      text
);
INSERT INTO gen (n, level, parent) VALUES (0, 'CENTRAL', NULL);
INSERT INTO gen (n, level, parent) SELECT 1000 + p, 'PROVINCIAL', 0 FROM generate_series(1, 34) p;
INSERT INTO gen (n, level, parent, valid_to)
SELECT 10000 + d, 'DISTRICT', 1000 + (d - 1) / 21 + 1, DATE '2025-07-01' FROM generate_series(1, 714) d;
-- commune c sat under district 1 + (c - 1) % 714 until 2025-07-01, then under that district's province
INSERT INTO gen (n, level, parent, new_parent, changed_on)
SELECT 100000 + c, 'GRASSROOTS', 10000 + (c - 1) % 714 + 1, 1000 + ((c - 1) % 714) / 21 + 1, DATE '2025-07-01'
FROM generate_series(1, 3321) c;
INSERT INTO gen (n, level, parent, changed_on) SELECT 1000000 + g, 'GRASSROOTS', 100000 + (g - 1) % 3321 + 1,
    DATE '2025-07-01' FROM generate_series(1, ${GRASSROOTS}) g;
INSERT INTO gen (n, level, parent, changed_on) SELECT 10000000 + c, 'CELL', 1000000 + (c - 1) % ${GRASSROOTS} + 1,
    DATE '2025-07-01' FROM generate_series(1, ${CELLS}) c;

UPDATE gen SET id = CAST(md5('cascade-benchmark-' || n) AS uuid),
    code = CASE level WHEN 'CENTRAL' THEN 'BCHTW' WHEN 'PROVINCIAL' THEN 'TU-' || (n - 1000)
                      WHEN 'DISTRICT' THEN 'HU-' || (n - 10000) WHEN 'CELL' THEN 'CB-' || (n - 10000000)
                      ELSE CASE WHEN n < 1000000 THEN 'XA-' || (n - 100000) ELSE 'DU-' || n END END,
    name = CASE level WHEN 'CENTRAL' THEN 'Ban Chấp hành Trung ương' WHEN 'PROVINCIAL' THEN 'Tỉnh ủy số ' || (n - 1000)
                      WHEN 'DISTRICT' THEN 'Huyện ủy số ' || (n - 10000) WHEN 'CELL' THEN 'Chi bộ số ' || (n - 10000000)
                      ELSE CASE WHEN n < 1000000 THEN 'Đảng ủy xã số ' || (n - 100000)
                                ELSE 'Đảng bộ cơ sở số ' || n END END;
-- paths before (path0, under the districts) and after (path1, under the provinces), level by level
UPDATE gen SET path0 = '/' || id, path1 = '/' || id WHERE level = 'CENTRAL';
UPDATE gen c SET path0 = p.path0 || '/' || c.id, path1 = p.path1 || '/' || c.id
FROM gen p WHERE c.level = 'PROVINCIAL' AND p.n = c.parent;
UPDATE gen c SET path0 = p.path0 || '/' || c.id, path1 = p.path1 || '/' || c.id
FROM gen p WHERE c.level = 'DISTRICT' AND p.n = c.parent;
UPDATE gen c SET path0 = p.path0 || '/' || c.id FROM gen p WHERE c.n BETWEEN 100001 AND 999999 AND p.n = c.parent;
UPDATE gen c SET path1 = p.path1 || '/' || c.id FROM gen p WHERE c.n BETWEEN 100001 AND 999999 AND p.n = c.new_parent;
UPDATE gen c SET path0 = p.path0 || '/' || c.id, path1 = p.path1 || '/' || c.id
FROM gen p WHERE c.level = 'GRASSROOTS' AND c.n >= 1000000 AND p.n = c.parent;
UPDATE gen c SET path0 = p.path0 || '/' || c.id, path1 = p.path1 || '/' || c.id
FROM gen p WHERE c.level = 'CELL' AND p.n = c.parent;

-- each district dissolved into its province
INSERT INTO organization_succession (predecessor_id, successor_id, kind, effective)
SELECT d.id, p.id, 'MERGER', d.valid_to FROM gen d JOIN gen p ON p.n = d.parent WHERE d.level = 'DISTRICT';
