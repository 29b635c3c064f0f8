-- Notifications of plans owed and late (issue 14): which organisations a plan obliges to answer with a plan of their
-- own, by when, and whether they were told they are late. Kept from the plan events by the notifications; read by
-- the late-plans job, which tells each owed answer once.
CREATE TABLE owed_plan_answer (
    plan_id            uuid         NOT NULL,
    organization_code  varchar(100) NOT NULL,
    deadline           date,
    created_at         timestamptz  NOT NULL,
    -- no longer owed (the organisation answered, an amendment dropped it, the plan was revoked): nothing to tell
    settled_at         timestamptz,
    -- the late notice went out (or, for a deadline long past when first seen, was passed over)
    late_notified_at   timestamptz,
    PRIMARY KEY (plan_id, organization_code)
);
CREATE INDEX owed_plan_answer_late ON owed_plan_answer (deadline)
    WHERE settled_at IS NULL AND late_notified_at IS NULL AND deadline IS NOT NULL;

-- What was owed before this table: the plans owed that were notified.
INSERT INTO owed_plan_answer (plan_id, organization_code, deadline, created_at)
SELECT DISTINCT ON (plan_id, organization_code) plan_id, organization_code, due_date, created_at
FROM notification WHERE kind = 'PLAN_OWED' AND plan_id IS NOT NULL
ORDER BY plan_id, organization_code, created_at DESC;

-- The issuer above is told of its late subordinates in one notification per plan and round.
ALTER TABLE notification ADD COLUMN late_organization_codes varchar(4000);
ALTER TABLE notification ADD COLUMN late_organization_names text;

-- Directives amended or revoked (issue 14): which directive each plan implements (the plan events' implementsDirective;
-- what a plan is based on is reporting_plan.based_on_ids). Known from a plan's next event for plans copied before.
CREATE TABLE plan_directive (
    plan_id       uuid PRIMARY KEY,
    directive_id  uuid NOT NULL
);
CREATE INDEX plan_directive_directive ON plan_directive (directive_id);

-- A notification about a directive names it.
ALTER TABLE notification ADD COLUMN directive_id uuid;
ALTER TABLE notification ADD COLUMN directive_symbol varchar(60);
ALTER TABLE notification ALTER COLUMN plan_symbol DROP NOT NULL;
