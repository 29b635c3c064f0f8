-- Data that rarely change are kept in each replica's memory (issue 18, docs/decisions.md "Data that rarely change,
-- kept in memory across replicas"): every statement that changes one of these tables notifies channel cascade_kept
-- with the table's name; PostgreSQL delivers it when the transaction commits (never on rollback), once per table and
-- transaction, to every replica's listener (common TableChanges), which drops what it kept from that table.
CREATE FUNCTION cascade_kept_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('cascade_kept', TG_TABLE_NAME);
    RETURN NULL;
END;
$$;

DO $$
DECLARE
    kept text;
BEGIN
    FOREACH kept IN ARRAY ARRAY['organization', 'organization_succession', 'organization_placement', 'indicator',
                                'indicator_alias', 'reporting_plan'] LOOP
        EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I '
                       'FOR EACH STATEMENT EXECUTE FUNCTION cascade_kept_changed()', kept || '_kept', kept);
    END LOOP;
END;
$$;
