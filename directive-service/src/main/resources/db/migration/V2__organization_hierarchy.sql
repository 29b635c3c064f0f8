-- Kind, dated figures, validity period and diacritic-insensitive search for the hierarchy (issue 3).
ALTER TABLE organization
    ADD COLUMN kind                varchar(30),
    ADD COLUMN member_count_as_of  date,
    ADD COLUMN valid_from          date,
    -- the day the organisation ceased to exist (exclusive end); null while it exists
    ADD COLUMN valid_to            date,
    -- VietnameseText.fold of name and short name, written by the service on every change
    ADD COLUMN name_folded         text;

-- Rows from before this migration: the application folds on every write; this approximates it once.
UPDATE organization SET
    kind = CASE level WHEN 'CELL' THEN 'PARTY_CELL' ELSE 'PARTY_COMMITTEE' END,
    valid_from = (created_at AT TIME ZONE 'UTC')::date,
    valid_to = CASE WHEN active THEN NULL ELSE (updated_at AT TIME ZONE 'UTC')::date END,
    name_folded = lower(translate(name || coalesce(' ' || short_name, ''),
        'àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđÀÁẠẢÃÂẦẤẬẨẪĂẰẮẶẲẴÈÉẸẺẼÊỀẾỆỂỄÌÍỊỈĨÒÓỌỎÕÔỒỐỘỔỖƠỜỚỢỞỠÙÚỤỦŨƯỪỨỰỬỮỲÝỴỶỸĐ',
        'aaaaaaaaaaaaaaaaaeeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyydAAAAAAAAAAAAAAAAAEEEEEEEEEEEIIIIIOOOOOOOOOOOOOOOOOUUUUUUUUUUUYYYYYD'));

ALTER TABLE organization
    ALTER COLUMN kind SET NOT NULL,
    ALTER COLUMN valid_from SET NOT NULL,
    ALTER COLUMN name_folded SET NOT NULL,
    ADD CONSTRAINT organization_validity CHECK (valid_to IS NULL OR valid_to >= valid_from),
    ADD CONSTRAINT organization_member_count_date CHECK (member_count_as_of IS NULL OR member_count IS NOT NULL);

-- Word-prefix search over folded name, short name and code ("tinh uy quang tri", "tu-quangtri"):
-- built-in full-text search with the 'simple' configuration (no stemming, no stop words) and a GIN
-- index, so no database extension (pg_trgm, unaccent) is needed.
ALTER TABLE organization
    ADD COLUMN search_vector tsvector
        GENERATED ALWAYS AS (to_tsvector('simple', name_folded || ' ' || lower(code))) STORED;
CREATE INDEX organization_search ON organization USING gin (search_vector);
CREATE INDEX organization_name_folded ON organization (name_folded, code);
