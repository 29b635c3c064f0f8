-- Task progress has three writers (the issuer or a lead unit, an accepted report, an amendment of the plan):
-- a version makes a stale write a conflict instead of a lost update.
ALTER TABLE plan_task ADD COLUMN version bigint NOT NULL DEFAULT 0;
