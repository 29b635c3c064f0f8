-- The plan importer's vocabulary is catalogue data (issue 21): each indicator carries the keywords by which a
-- document's sentence names it (a phrase, or phrases joined by '+' that must all occur, NFC; matched without
-- diacritics or case), managed by admins through the API and announced with the rest of the indicator. The seed's
-- keywords are the words the importer recognised its indicators by until now.
ALTER TABLE indicator ADD COLUMN keywords jsonb NOT NULL DEFAULT '[]';

-- Announced as changes at their new version, so that plan-service's copy takes the keywords from the topic.
WITH changed AS (
    UPDATE indicator SET keywords = CASE code
            WHEN 'NEW_MEMBERS_ADMITTED' THEN '["kết nạp"]'
            WHEN 'NEW_MEMBER_RATE' THEN '["kết nạp"]'
            WHEN 'ORGS_GOOD_RATE' THEN '["hoàn thành tốt nhiệm vụ"]'
            WHEN 'VILLAGE_CELL_COMMITTEE_RATE' THEN '["chi ủy + chi bộ"]' END::jsonb,
        version = version + 1, updated_at = now(), updated_by = 'migration V18'
    WHERE code IN ('NEW_MEMBERS_ADMITTED', 'NEW_MEMBER_RATE', 'ORGS_GOOD_RATE', 'VILLAGE_CELL_COMMITTEE_RATE')
      AND keywords = '[]'
    RETURNING *
)
INSERT INTO outbox_event (id, topic, aggregate_type, aggregate_id, event_type, payload, occurred_at)
SELECT gen_random_uuid(), 'cascade.indicators.v1', 'indicator', i.code, 'vn.cascade.indicator.changed.v1',
       jsonb_build_object(
           'code', i.code, 'nameVi', i.name_vi, 'nameEn', i.name_en, 'kind', i.kind,
           'numerator', i.numerator, 'denominator', i.denominator, 'unit', i.unit, 'aggregation', i.aggregation,
           'validFrom', to_char(i.valid_from, 'YYYY-MM-DD'), 'validTo', to_char(i.valid_to, 'YYYY-MM-DD'),
           'aliases', COALESCE((SELECT jsonb_agg(a.alias ORDER BY a.alias) FROM indicator_alias a WHERE a.code = i.code),
                               '[]'::jsonb),
           'keywords', i.keywords,
           'version', i.version),
       now()
FROM changed i
ORDER BY i.position, i.code;
