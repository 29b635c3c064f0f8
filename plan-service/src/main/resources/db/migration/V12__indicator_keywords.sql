-- The importer's vocabulary is catalogue data (issue 21): each indicator of the copy carries the keywords by which
-- a plan's sentence names it (a phrase, or phrases joined by '+' that must all occur; matched without diacritics),
-- kept from cascade.indicators.v1 like the rest of the indicator. The seed's keywords, exactly as reporting-service's
-- V18 gives them, so that an import reads them before the first event with keywords arrives; that event (a newer
-- version) replaces them.
ALTER TABLE indicator ADD COLUMN keywords jsonb NOT NULL DEFAULT '[]';

UPDATE indicator SET keywords = CASE code
        WHEN 'NEW_MEMBERS_ADMITTED' THEN '["kết nạp"]'
        WHEN 'NEW_MEMBER_RATE' THEN '["kết nạp"]'
        WHEN 'ORGS_GOOD_RATE' THEN '["hoàn thành tốt nhiệm vụ"]'
        WHEN 'VILLAGE_CELL_COMMITTEE_RATE' THEN '["chi ủy + chi bộ"]' END::jsonb
WHERE code IN ('NEW_MEMBERS_ADMITTED', 'NEW_MEMBER_RATE', 'ORGS_GOOD_RATE', 'VILLAGE_CELL_COMMITTEE_RATE')
  AND keywords = '[]';
