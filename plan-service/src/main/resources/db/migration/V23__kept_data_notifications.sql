-- The caller's scope (where it sits, whom it succeeded) is kept in each replica's memory (issue 18, docs/decisions.md
-- "Data that rarely change, kept in memory across replicas"): as in reporting-service (its V32), every statement
-- changing the organisation copy notifies channel cascade_kept with the table's name, delivered on commit to every
-- replica's listener (common TableChanges).
CREATE FUNCTION cascade_kept_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('cascade_kept', TG_TABLE_NAME);
    RETURN NULL;
END;
$$;

CREATE TRIGGER organization_kept AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON organization
    FOR EACH STATEMENT EXECUTE FUNCTION cascade_kept_changed();
CREATE TRIGGER organization_succession_kept AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON organization_succession
    FOR EACH STATEMENT EXECUTE FUNCTION cascade_kept_changed();
