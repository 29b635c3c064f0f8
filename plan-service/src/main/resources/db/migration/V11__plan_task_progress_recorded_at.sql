-- Offline sync of the task list (updatedSince): a task changes with its plan (drafted, amended, issued, completed,
-- revoked: plan.updated_at) or when progress is recorded on it (here). Null until progress is first recorded.
ALTER TABLE plan_task ADD COLUMN progress_recorded_at timestamptz;
CREATE INDEX plan_task_progress_recorded ON plan_task (progress_recorded_at) WHERE progress_recorded_at IS NOT NULL;
CREATE INDEX plan_updated ON plan (updated_at);
