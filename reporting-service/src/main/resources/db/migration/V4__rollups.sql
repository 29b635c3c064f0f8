-- Roll-ups (issue 5): the targets of each plan, and indexes for the grouped roll-up and completeness queries.

-- The targets a plan sets, as its latest applied event carried them (Target records, JSON).
ALTER TABLE reporting_plan ADD COLUMN targets jsonb NOT NULL DEFAULT '[]';
-- Targets in force for an organisation: the plans it issued ...
CREATE INDEX reporting_plan_issuer ON reporting_plan (issuing_organization_id) WHERE status <> 'REVOKED';

-- A roll-up joins the organisations of a subtree (organization_path, a prefix range) to their obligations of one
-- period, then to the reports. Which side leads depends on the subtree's size, so both have an index:
-- a district's few hundred organisations find their obligations by organisation ...
CREATE INDEX reporting_obligation_organization_period
    ON reporting_obligation (organization_id, period_year, period_kind);
-- ... and a province or the whole country reads the period's obligations in one range and hashes them.
CREATE INDEX reporting_obligation_period
    ON reporting_obligation (period_year, period_kind, organization_id)
    INCLUDE (overdue_at, first_submitted_at, status);
-- report(obligation_id) is unique already; the roll-up reads status and indicators from the heap row.
