-- Issue 19: a plan amended (sửa đổi, bổ sung) by another plan stays in force and records it; one replaced
-- (thay thế) becomes REPLACED and names its successor. Both are DocumentLink JSON as in based_on.
ALTER TABLE plan ADD COLUMN amended_by  jsonb NOT NULL DEFAULT '[]';
ALTER TABLE plan ADD COLUMN replaced_by jsonb;

-- The plans resting on another one (parent or "căn cứ"), read when a change must reach them.
CREATE INDEX plan_based_on ON plan USING gin (based_on jsonb_path_ops);
