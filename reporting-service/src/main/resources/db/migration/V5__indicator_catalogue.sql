-- The indicator catalogue (issue 21): what a report may carry, how a roll-up aggregates it, what a target names.
-- Seeded with the nine indicators that used to be written in code; admins add more through the API.

CREATE TABLE indicator (
    code             varchar(60)  PRIMARY KEY,
    name_vi          text         NOT NULL,
    name_en          text         NOT NULL,
    -- COUNT: reported as a whole number; RATE: numerator ÷ denominator × 100 of two counts, never reported
    kind             varchar(10)  NOT NULL CHECK (kind IN ('COUNT', 'RATE')),
    numerator        varchar(60)  REFERENCES indicator (code),
    denominator      varchar(60)  REFERENCES indicator (code),
    unit             varchar(40)  NOT NULL,
    -- SUM for counts; RECOMPUTED_RATE for rates: summed numerator over summed denominator, never an average
    aggregation      varchar(20)  NOT NULL CHECK (aggregation IN ('SUM', 'RECOMPUTED_RATE')),
    valid_from       date,
    valid_to         date,
    -- display order: roll-ups without a chosen list show the indicators in this order
    position         integer      NOT NULL,
    version          bigint       NOT NULL DEFAULT 0,
    updated_at       timestamptz  NOT NULL DEFAULT now(),
    updated_by       text,
    CHECK ((kind = 'RATE') = (numerator IS NOT NULL AND denominator IS NOT NULL)),
    CHECK ((kind = 'RATE') = (aggregation = 'RECOMPUTED_RATE')),
    CHECK (valid_to IS NULL OR valid_from IS NULL OR valid_from <= valid_to)
);

-- Other vocabularies' names for a catalogue indicator (the plan importer's, older documents'): a target naming
-- an alias is assessed against the indicator itself.
CREATE TABLE indicator_alias (
    alias            varchar(60)  PRIMARY KEY,
    code             varchar(60)  NOT NULL REFERENCES indicator (code)
);
CREATE INDEX indicator_alias_code ON indicator_alias (code);

INSERT INTO indicator (code, name_vi, name_en, kind, numerator, denominator, unit, aggregation, position) VALUES
    ('NEW_MEMBERS_ADMITTED', 'Số đảng viên mới được kết nạp', 'New members admitted',
        'COUNT', NULL, NULL, 'đảng viên', 'SUM', 10),
    ('TOTAL_MEMBERS', 'Tổng số đảng viên', 'Total members',
        'COUNT', NULL, NULL, 'đảng viên', 'SUM', 20),
    ('ORGS_RATED_GOOD_OR_BETTER', 'Số tổ chức đảng hoàn thành tốt nhiệm vụ trở lên',
        'Organisations rated good or better', 'COUNT', NULL, NULL, 'tổ chức', 'SUM', 30),
    ('ORGS_RATED', 'Số tổ chức đảng được đánh giá, xếp loại', 'Organisations rated',
        'COUNT', NULL, NULL, 'tổ chức', 'SUM', 40),
    ('VILLAGE_CELLS_WITH_COMMITTEE', 'Số chi bộ thôn, tổ dân phố có chi ủy', 'Village cells with a cell committee',
        'COUNT', NULL, NULL, 'chi bộ', 'SUM', 50),
    ('VILLAGE_CELLS', 'Số chi bộ thôn, tổ dân phố', 'Village cells',
        'COUNT', NULL, NULL, 'chi bộ', 'SUM', 60);

INSERT INTO indicator (code, name_vi, name_en, kind, numerator, denominator, unit, aggregation, position) VALUES
    ('NEW_MEMBER_RATE', 'Tỉ lệ kết nạp đảng viên mới so với tổng số đảng viên',
        'New members admitted as a share of all members', 'RATE', 'NEW_MEMBERS_ADMITTED', 'TOTAL_MEMBERS',
        '%', 'RECOMPUTED_RATE', 110),
    ('ORGS_GOOD_RATE', 'Tỉ lệ tổ chức đảng hoàn thành tốt nhiệm vụ trở lên',
        'Share of party organisations rated good or better', 'RATE', 'ORGS_RATED_GOOD_OR_BETTER', 'ORGS_RATED',
        '%', 'RECOMPUTED_RATE', 120),
    ('VILLAGE_CELL_COMMITTEE_RATE', 'Tỉ lệ chi bộ thôn, tổ dân phố có chi ủy',
        'Share of village cells with a cell committee', 'RATE', 'VILLAGE_CELLS_WITH_COMMITTEE', 'VILLAGE_CELLS',
        '%', 'RECOMPUTED_RATE', 130);

-- The plan importer's name for the good-rating rate.
INSERT INTO indicator_alias (alias, code) VALUES ('GOOD_RATING_RATE', 'ORGS_GOOD_RATE');
