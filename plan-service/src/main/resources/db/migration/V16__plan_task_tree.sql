-- Issue 19, point 3: tasks as a tree. The parent is derived from the number text ("1.1.2" under "1.1") when the
-- plan's content is written; kept as columns so that a task read alone knows its place.
ALTER TABLE plan_task ADD COLUMN parent_id uuid;
ALTER TABLE plan_task ADD COLUMN parent_number varchar(20);

-- Tasks written before: the task whose number is the longest prefix of theirs, up to a dot.
UPDATE plan_task t SET parent_id = p.id, parent_number = p.number
FROM (SELECT DISTINCT ON (c.id) c.id AS child_id, a.id, a.number
      FROM plan_task c JOIN plan_task a ON a.plan_id = c.plan_id AND a.id <> c.id AND a.number IS NOT NULL
          AND c.number IS NOT NULL AND left(rtrim(c.number, '.)'), length(rtrim(a.number, '.)')) + 1)
              = rtrim(a.number, '.)') || '.'
      ORDER BY c.id, length(rtrim(a.number, '.)')) DESC, a.position) p
WHERE t.id = p.child_id;

CREATE INDEX plan_task_parent ON plan_task (parent_id) WHERE parent_id IS NOT NULL;
