-- The ids of the tasks the latest applied version of a plan has (issue 13): a report's task progress may name
-- only these. NULL for a copy taken before this column existed: its tasks are unknown until the plan's next
-- event, and reports on it are not checked (plan-service still ignores progress on tasks of another plan).
ALTER TABLE reporting_plan ADD COLUMN task_ids jsonb;
