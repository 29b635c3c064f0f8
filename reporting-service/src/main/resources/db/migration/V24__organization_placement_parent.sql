-- Issue 18: a roll-up's drill-down finds the direct subordinates of an organisation by their parent (as
-- directive-service does in its registry) instead of range-scanning the placements of its whole subtree.
CREATE INDEX IF NOT EXISTS organization_placement_parent ON organization_placement (parent_id);
