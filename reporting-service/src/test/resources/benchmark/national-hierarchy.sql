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

INSERT INTO organization (id, code, name, short_name, level, kind, parent_id, path, active, member_count,
                          member_count_as_of, valid_from, valid_to, version)
SELECT g.id, g.code, g.name, NULL, g.level, 'PARTY_COMMITTEE', p.id, g.path1, g.valid_to IS NULL, 20 + g.n % 300,
       NULL, coalesce(g.valid_from, DATE '2020-01-01'), g.valid_to, 1
FROM gen g LEFT JOIN gen p ON p.n = coalesce(g.new_parent, g.parent);

INSERT INTO organization_placement (organization_id, parent_id, path, valid_from, valid_to)
SELECT g.id, p.id, g.path0, coalesce(g.valid_from, DATE '2020-01-01'), coalesce(g.changed_on, g.valid_to)
FROM gen g LEFT JOIN gen p ON p.n = g.parent;
INSERT INTO organization_placement (organization_id, parent_id, path, valid_from, valid_to)
SELECT g.id, p.id, g.path1, g.changed_on, g.valid_to
FROM gen g JOIN gen p ON p.n = coalesce(g.new_parent, g.parent) WHERE g.changed_on IS NOT NULL;

INSERT INTO organization_succession (predecessor_id, successor_id, kind, effective)
SELECT d.id, t.id, 'MERGER', d.valid_to FROM gen d JOIN gen t ON t.n = d.n - 14
WHERE d.level = 'DISTRICT' AND d.valid_to IS NOT NULL;
INSERT INTO organization_succession (predecessor_id, successor_id, kind, effective)
SELECT g.id, s.id, 'SPLIT', g.valid_to FROM gen g JOIN gen s ON s.n IN (5000000 + (g.n - 1000000) * 2,
                                                                        5000000 + (g.n - 1000000) * 2 + 1)
WHERE g.level = 'GRASSROOTS' AND g.valid_to IS NOT NULL;

INSERT INTO reporting_plan (id, symbol, issuing_organization_id, issuing_organization_code, status, version,
                            updated_at, targets)
SELECT CAST(md5('cascade-benchmark-plan') AS uuid), '99-KH/TW', id, code, 'ISSUED', 1, now(), '[]'
FROM gen WHERE n = 0;

CREATE TEMP TABLE periods (kind text, period_start date, period_end date) ;
INSERT INTO periods VALUES ('Q1', '2025-01-01', '2025-03-31'), ('H1', '2025-01-01', '2025-06-30'),
                           ('M9', '2025-01-01', '2025-09-30'), ('YEAR', '2025-01-01', '2025-12-31');

INSERT INTO reporting_obligation (id, plan_id, plan_symbol, requirement_id, organization_id, organization_code,
        recipient_id, recipient_code, period_kind, period_year, period_start, period_end, due_date, reminder_date,
        reminder_at, overdue_at, status, submitted_at, first_submitted_at, created_at, updated_at, version)
SELECT CAST(md5('cascade-benchmark-obligation-' || g.n || '-' || pe.kind) AS uuid),
       CAST(md5('cascade-benchmark-plan') AS uuid), '99-KH/TW', CAST(md5('cascade-benchmark-requirement') AS uuid),
       g.id, g.code, p.id, p.code, pe.kind, 2025, pe.period_start, pe.period_end, pe.period_end + 5,
       pe.period_end - 2, CAST(pe.period_end - 2 AS timestamp) AT TIME ZONE 'Asia/Ho_Chi_Minh',
       CAST(pe.period_end + 6 AS timestamp) AT TIME ZONE 'Asia/Ho_Chi_Minh',
       CASE WHEN answered THEN 'ACCEPTED' ELSE 'OVERDUE' END,
       CASE WHEN answered THEN submitted END, CASE WHEN answered THEN submitted END, now(), now(), 0
FROM gen g
JOIN gen p ON p.n = coalesce(g.new_parent, g.parent)
JOIN periods pe ON (g.valid_from IS NULL OR g.valid_from <= pe.period_end)
                   AND (g.valid_to IS NULL OR g.valid_to > pe.period_end)
CROSS JOIN LATERAL (SELECT abs(hashtext(g.n || pe.kind)) % 100 < 97 AS answered,
        CAST(pe.period_end + (abs(hashtext(pe.kind || g.n)) % 9) AS timestamp) AT TIME ZONE 'Asia/Ho_Chi_Minh'
        + interval '9 hours' AS submitted) a;
INSERT INTO report (id, obligation_id, organization_code, recipient_code, status, indicators, narrative,
                    submission_count, submitted_at, submitted_by, reviewed_at, reviewed_by, created_at, created_by,
                    updated_at, updated_by, version)
SELECT CAST(md5('cascade-benchmark-report-' || o.id) AS uuid), o.id, o.organization_code, o.recipient_code,
       'ACCEPTED',
       jsonb_build_object('NEW_MEMBERS_ADMITTED', h % 7, 'TOTAL_MEMBERS', 20 + h % 300,
                          'ORGS_RATED_GOOD_OR_BETTER', h % 4, 'ORGS_RATED', 4 + h % 3,
                          'VILLAGE_CELLS_WITH_COMMITTEE', h % 3, 'VILLAGE_CELLS', 3 + h % 2),
       '{"results": "Kết quả thực hiện năm 2025"}', 1, o.submitted_at, 'benchmark', o.submitted_at + interval '2 days',
       'benchmark', o.submitted_at, 'benchmark', o.submitted_at, 'benchmark', 2
FROM reporting_obligation o CROSS JOIN LATERAL (SELECT abs(hashtext(CAST(o.id AS text))) AS h) x
WHERE o.status = 'ACCEPTED' AND o.plan_symbol = '99-KH/TW';

ANALYZE organization;
ANALYZE organization_placement;
ANALYZE organization_succession;
ANALYZE reporting_obligation;
ANALYZE report;

DROP TABLE gen;
DROP TABLE periods;
