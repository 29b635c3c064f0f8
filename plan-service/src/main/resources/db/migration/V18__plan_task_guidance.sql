-- Issue 19: a task waiting for guidance from above ("sau khi có hướng dẫn của cấp trên") records the directive or
-- plan that gave it once issued (TaskGuidance JSON); due_date then holds the date it gave.
ALTER TABLE plan_task ADD COLUMN guidance jsonb;

-- The tasks still waiting, read at each directive or plan issued.
CREATE INDEX plan_task_awaiting_guidance ON plan_task (plan_id)
    WHERE guidance IS NULL AND timeframe ->> 'kind' = 'AWAITING_GUIDANCE';
