-- plan-service's copy of reporting-service's indicator catalogue (issue 21), kept from cascade.indicators.v1
-- (never its tables): a plan's target names a catalogue code, and a clerk picks one for an unmapped imported
-- target. The newest version of each indicator wins.
CREATE TABLE indicator (
    code         varchar(60)  PRIMARY KEY,
    name_vi      text         NOT NULL,
    name_en      text         NOT NULL,
    -- kinds and aggregations as the catalogue names them: a kind this service does not know yet is kept
    kind         varchar(30)  NOT NULL,
    numerator    varchar(60),
    denominator  varchar(60),
    unit         varchar(40)  NOT NULL,
    aggregation  varchar(30)  NOT NULL,
    valid_from   date,
    valid_to     date,
    -- other vocabularies' codes for it (the plan importer's GOOD_RATING_RATE); a few per indicator at most
    aliases      jsonb        NOT NULL DEFAULT '[]',
    version      bigint       NOT NULL
);

-- The catalogue's seed (reporting-service V5) at its version 0, so that plans can be written before the first
-- event arrives; reporting-service announces every indicator it holds (its V16), and a newer version replaces
-- these rows.
INSERT INTO indicator (code, name_vi, name_en, kind, numerator, denominator, unit, aggregation, aliases, version) VALUES
    ('NEW_MEMBERS_ADMITTED', 'Số đảng viên mới được kết nạp', 'New members admitted',
        'COUNT', NULL, NULL, 'đảng viên', 'SUM', '[]', 0),
    ('TOTAL_MEMBERS', 'Tổng số đảng viên', 'Total members', 'COUNT', NULL, NULL, 'đảng viên', 'SUM', '[]', 0),
    ('ORGS_RATED_GOOD_OR_BETTER', 'Số tổ chức đảng hoàn thành tốt nhiệm vụ trở lên',
        'Organisations rated good or better', 'COUNT', NULL, NULL, 'tổ chức', 'SUM', '[]', 0),
    ('ORGS_RATED', 'Số tổ chức đảng được đánh giá, xếp loại', 'Organisations rated',
        'COUNT', NULL, NULL, 'tổ chức', 'SUM', '[]', 0),
    ('VILLAGE_CELLS_WITH_COMMITTEE', 'Số chi bộ thôn, tổ dân phố có chi ủy', 'Village cells with a cell committee',
        'COUNT', NULL, NULL, 'chi bộ', 'SUM', '[]', 0),
    ('VILLAGE_CELLS', 'Số chi bộ thôn, tổ dân phố', 'Village cells', 'COUNT', NULL, NULL, 'chi bộ', 'SUM', '[]', 0),
    ('NEW_MEMBER_RATE', 'Tỉ lệ kết nạp đảng viên mới so với tổng số đảng viên',
        'New members admitted as a share of all members', 'RATE', 'NEW_MEMBERS_ADMITTED', 'TOTAL_MEMBERS',
        '%', 'RECOMPUTED_RATE', '[]', 0),
    ('ORGS_GOOD_RATE', 'Tỉ lệ tổ chức đảng hoàn thành tốt nhiệm vụ trở lên',
        'Share of party organisations rated good or better', 'RATE', 'ORGS_RATED_GOOD_OR_BETTER', 'ORGS_RATED',
        '%', 'RECOMPUTED_RATE', '["GOOD_RATING_RATE"]', 0),
    ('VILLAGE_CELL_COMMITTEE_RATE', 'Tỉ lệ chi bộ thôn, tổ dân phố có chi ủy',
        'Share of village cells with a cell committee', 'RATE', 'VILLAGE_CELLS_WITH_COMMITTEE', 'VILLAGE_CELLS',
        '%', 'RECOMPUTED_RATE', '[]', 0);
