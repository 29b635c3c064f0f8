-- Notifications for plan events (issue 14): a plan issued that an organisation must answer with its own, and an
-- amended or revoked plan that an organisation's own plan rests on.

-- What a plan rests on, from the plan events: its parent plan and the registered documents it is based on.
-- NULL / '[]' for copies taken before: known from the plan's next event.
ALTER TABLE reporting_plan ADD COLUMN parent_plan_id uuid;
ALTER TABLE reporting_plan ADD COLUMN based_on_ids jsonb NOT NULL DEFAULT '[]';
CREATE INDEX reporting_plan_parent ON reporting_plan (parent_plan_id) WHERE parent_plan_id IS NOT NULL;

-- A notification about a plan has no obligation, period, reporter or recipient: it names the plan, its issuer
-- and, for an amended or revoked plan, the addressee's own plans that rest on it.
ALTER TABLE notification ALTER COLUMN obligation_id DROP NOT NULL;
ALTER TABLE notification ALTER COLUMN period_kind DROP NOT NULL;
ALTER TABLE notification ALTER COLUMN period_year DROP NOT NULL;
ALTER TABLE notification ALTER COLUMN reporter_code DROP NOT NULL;
ALTER TABLE notification ALTER COLUMN reporter_name DROP NOT NULL;
ALTER TABLE notification ALTER COLUMN recipient_code DROP NOT NULL;
ALTER TABLE notification ALTER COLUMN recipient_name DROP NOT NULL;
ALTER TABLE notification ADD COLUMN plan_id uuid;
ALTER TABLE notification ADD COLUMN issuer_code varchar(100);
ALTER TABLE notification ADD COLUMN issuer_name varchar(500);
ALTER TABLE notification ADD COLUMN own_plan_symbols varchar(1000);
