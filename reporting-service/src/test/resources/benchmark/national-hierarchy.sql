-- A national-scale hierarchy and the 2025 reports of every organisation, for RollupBenchmark (not a test).
-- Deterministic: ids are md5 of the organisation's number, figures are hashes of it; the same rows every run.
--   1 centre, 34 provinces, 714 districts (21 a province), 17,850 grassroots (25 a district), 41,400 cells
--   (2–3 a grassroots) = 59,999 organisations at scale 1 (RollupBenchmark replaces ${PER_DISTRICT},
--   ${GRASSROOTS} and ${CELLS}; scale 10: 250 grassroots a district, 593,249 organisations); on 2025-07-01 the last 7 districts of every province merge into
--   the first 7 (238 mergers: 5,950 grassroots and their cells move); on 2025-10-01 one grassroots in a hundred
--   of the other districts splits in two (new organisations; its cells move to the first).
--   Obligations of 2025 to the parent: Q1, H1, M9 and YEAR for every organisation that existed through them
--   (merged districts: Q1 and H1; split grassroots: Q1 to M9; the new ones: YEAR); 97 % answered and accepted.

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
INSERT INTO gen (n, level, parent) SELECT 10000 + d, 'DISTRICT', 1000 + (d - 1) / 21 + 1 FROM generate_series(1, 714) d;
INSERT INTO gen (n, level, parent) SELECT 1000000 + g, 'GRASSROOTS', 10000 + (g - 1) / ${PER_DISTRICT} + 1
FROM generate_series(1, ${GRASSROOTS}) g;
INSERT INTO gen (n, level, parent) SELECT 10000000 + c, 'CELL', 1000000 + (c - 1) % ${GRASSROOTS} + 1
FROM generate_series(1, ${CELLS}) c;

-- 2025-07-01: district k + 14 of a province merges into district k; its grassroots move along (cells with them)
UPDATE gen SET valid_to = DATE '2025-07-01' WHERE level = 'DISTRICT' AND (n - 10001) % 21 >= 14;
UPDATE gen g SET new_parent = g.parent - 14, changed_on = DATE '2025-07-01'
FROM gen d WHERE g.level = 'GRASSROOTS' AND d.n = g.parent AND d.valid_to IS NOT NULL;
-- 2025-10-01: one grassroots in a hundred elsewhere splits into two new ones; its cells move to the first
UPDATE gen SET valid_to = DATE '2025-10-01'
WHERE level = 'GRASSROOTS' AND (n - 1000000) % 100 = 0 AND new_parent IS NULL;
INSERT INTO gen (n, level, parent, valid_from)
SELECT 5000000 + (g.n - 1000000) * 2 + k, 'GRASSROOTS', g.parent, DATE '2025-10-01'
FROM gen g CROSS JOIN generate_series(0, 1) k WHERE g.level = 'GRASSROOTS' AND g.valid_to = DATE '2025-10-01';
UPDATE gen c SET new_parent = 5000000 + (c.parent - 1000000) * 2, changed_on = DATE '2025-10-01'
FROM gen g WHERE c.level = 'CELL' AND g.n = c.parent AND g.valid_to = DATE '2025-10-01';
UPDATE gen c SET changed_on = g.changed_on
FROM gen g WHERE c.level = 'CELL' AND g.n = c.parent AND c.changed_on IS NULL AND g.changed_on IS NOT NULL;

UPDATE gen SET id = CAST(md5('cascade-benchmark-' || n) AS uuid),
    code = CASE level WHEN 'CENTRAL' THEN 'BCHTW' WHEN 'PROVINCIAL' THEN 'TU-' || (n - 1000)
                      WHEN 'DISTRICT' THEN 'HU-' || (n - 10000) WHEN 'CELL' THEN 'CB-' || (n - 10000000)
                      ELSE 'DU-' || n END,
    name = CASE level WHEN 'CENTRAL' THEN 'Ban Chấp hành Trung ương' WHEN 'PROVINCIAL' THEN 'Tỉnh ủy số ' || (n - 1000)
                      WHEN 'DISTRICT' THEN 'Huyện ủy số ' || (n - 10000) WHEN 'CELL' THEN 'Chi bộ số ' || (n - 10000000)
                      ELSE 'Đảng ủy cơ sở số ' || n END;
-- paths before (path0, original parents) and after (path1, current parents) the restructuring, level by level
UPDATE gen SET path0 = '/' || id, path1 = '/' || id WHERE level = 'CENTRAL';
UPDATE gen c SET path0 = p.path0 || '/' || c.id, path1 = p.path1 || '/' || c.id
FROM gen p WHERE c.level = 'PROVINCIAL' AND p.n = c.parent;
UPDATE gen c SET path0 = p.path0 || '/' || c.id, path1 = p.path1 || '/' || c.id
FROM gen p WHERE c.level = 'DISTRICT' AND p.n = c.parent;
UPDATE gen c SET path0 = p.path0 || '/' || c.id FROM gen p WHERE c.level = 'GRASSROOTS' AND p.n = c.parent;
UPDATE gen c SET path1 = p.path1 || '/' || c.id
FROM gen p WHERE c.level = 'GRASSROOTS' AND p.n = coalesce(c.new_parent, c.parent);
UPDATE gen c SET path0 = p.path0 || '/' || c.id FROM gen p WHERE c.level = 'CELL' AND p.n = c.parent;
UPDATE gen c SET path1 = p.path1 || '/' || c.id
FROM gen p WHERE c.level = 'CELL' AND p.n = coalesce(c.new_parent, c.parent);
UPDATE gen SET path0 = path1 WHERE valid_from IS NOT NULL;

INSERT INTO organization_succession (predecessor_id, successor_id, kind, effective)
SELECT d.id, t.id, 'MERGER', d.valid_to FROM gen d JOIN gen t ON t.n = d.n - 14
WHERE d.level = 'DISTRICT' AND d.valid_to IS NOT NULL;
INSERT INTO organization_succession (predecessor_id, successor_id, kind, effective)
SELECT g.id, s.id, 'SPLIT', g.valid_to FROM gen g JOIN gen s ON s.n IN (5000000 + (g.n - 1000000) * 2,
                                                                        5000000 + (g.n - 1000000) * 2 + 1)
WHERE g.level = 'GRASSROOTS' AND g.valid_to IS NOT NULL;
