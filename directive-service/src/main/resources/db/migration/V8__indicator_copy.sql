-- directive-service's copy of reporting-service's indicator catalogue (issue 21), kept from cascade.indicators.v1
-- (never its tables): the directive importer names a figure's indicator by the catalogue's keywords, so an
-- indicator an admin adds with keywords names the next import's targets. The newest version of each indicator wins.
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
    aliases      jsonb        NOT NULL DEFAULT '[]',
    -- the words by which a sentence names it (a phrase, or phrases joined by '+' that must all occur)
    keywords     jsonb        NOT NULL DEFAULT '[]',
    -- the level whose organisations enter it; NULL: every level
    reported_at  varchar(20),
    version      bigint       NOT NULL
);

-- The catalogue's seed (reporting-service V5, its keywords as V18 gives them) at version 0, as plan-service's copy
-- holds it (its V7, V12): a directive imported before the first event arrives is named as before. The events
-- reporting-service wrote for the seed (V16, V18) and every later change replace these rows.
INSERT INTO indicator (code, name_vi, name_en, kind, numerator, denominator, unit, aggregation, aliases, keywords,
        version) VALUES
    ('NEW_MEMBERS_ADMITTED', 'Số đảng viên mới được kết nạp', 'New members admitted',
        'COUNT', NULL, NULL, 'đảng viên', 'SUM', '[]', '["kết nạp"]', 0),
    ('TOTAL_MEMBERS', 'Tổng số đảng viên', 'Total members', 'COUNT', NULL, NULL, 'đảng viên', 'SUM', '[]', '[]', 0),
    ('ORGS_RATED_GOOD_OR_BETTER', 'Số tổ chức đảng hoàn thành tốt nhiệm vụ trở lên',
        'Organisations rated good or better', 'COUNT', NULL, NULL, 'tổ chức', 'SUM', '[]', '[]', 0),
    ('ORGS_RATED', 'Số tổ chức đảng được đánh giá, xếp loại', 'Organisations rated',
        'COUNT', NULL, NULL, 'tổ chức', 'SUM', '[]', '[]', 0),
    ('VILLAGE_CELLS_WITH_COMMITTEE', 'Số chi bộ thôn, tổ dân phố có chi ủy', 'Village cells with a cell committee',
        'COUNT', NULL, NULL, 'chi bộ', 'SUM', '[]', '[]', 0),
    ('VILLAGE_CELLS', 'Số chi bộ thôn, tổ dân phố', 'Village cells', 'COUNT', NULL, NULL, 'chi bộ', 'SUM', '[]', '[]', 0),
    ('NEW_MEMBER_RATE', 'Tỉ lệ kết nạp đảng viên mới so với tổng số đảng viên',
        'New members admitted as a share of all members', 'RATE', 'NEW_MEMBERS_ADMITTED', 'TOTAL_MEMBERS',
        '%', 'RECOMPUTED_RATE', '[]', '["kết nạp"]', 0),
    ('ORGS_GOOD_RATE', 'Tỉ lệ tổ chức đảng hoàn thành tốt nhiệm vụ trở lên',
        'Share of party organisations rated good or better', 'RATE', 'ORGS_RATED_GOOD_OR_BETTER', 'ORGS_RATED',
        '%', 'RECOMPUTED_RATE', '["GOOD_RATING_RATE"]', '["hoàn thành tốt nhiệm vụ"]', 0),
    ('VILLAGE_CELL_COMMITTEE_RATE', 'Tỉ lệ chi bộ thôn, tổ dân phố có chi ủy',
        'Share of village cells with a cell committee', 'RATE', 'VILLAGE_CELLS_WITH_COMMITTEE', 'VILLAGE_CELLS',
        '%', 'RECOMPUTED_RATE', '[]', '["chi ủy + chi bộ"]', 0);
