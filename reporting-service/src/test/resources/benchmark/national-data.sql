-- The shape-independent part of RollupBenchmark's data, run after a shape script (national-hierarchy.sql or
-- national-hierarchy-2025.sql) has filled the temporary table gen: the organisations with their placements before
-- (path0) and after (path1) the restructuring, the plan, the obligations of 2025 to the current parent and the
-- accepted reports.

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
