-- Issue 19: each revision keeps the plan whole (purposes, requirements, recipients, signer, full task texts …),
-- beside the event payload it was announced with. Revisions written before this have none (null).
ALTER TABLE plan_revision ADD COLUMN document jsonb;
