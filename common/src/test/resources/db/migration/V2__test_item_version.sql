ALTER TABLE test_item ADD COLUMN version bigint NOT NULL DEFAULT 0;
