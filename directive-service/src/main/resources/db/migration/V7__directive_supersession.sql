-- Issue 19: a directive amended (sửa đổi, bổ sung) by a later one stays in force and records it; one replaced
-- (thay thế) becomes REPLACED and names its successor. {directiveId, symbol, issueDate} as JSON.
ALTER TABLE directive ADD COLUMN amended_by  jsonb NOT NULL DEFAULT '[]';
ALTER TABLE directive ADD COLUMN replaced_by jsonb;
