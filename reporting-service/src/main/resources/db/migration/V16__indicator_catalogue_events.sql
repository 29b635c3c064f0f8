-- The catalogue is announced on cascade.indicators.v1 (issue 21): one vn.cascade.indicator.defined.v1 event for
-- every indicator it already holds (the nine seeded ones and any an admin added before this version), so that a
-- copy (plan-service's) is built from the topic alone. Later changes are published by IndicatorService.
INSERT INTO outbox_event (id, topic, aggregate_type, aggregate_id, event_type, payload, occurred_at)
SELECT gen_random_uuid(), 'cascade.indicators.v1', 'indicator', i.code, 'vn.cascade.indicator.defined.v1',
       jsonb_build_object(
           'code', i.code, 'nameVi', i.name_vi, 'nameEn', i.name_en, 'kind', i.kind,
           'numerator', i.numerator, 'denominator', i.denominator, 'unit', i.unit, 'aggregation', i.aggregation,
           'validFrom', to_char(i.valid_from, 'YYYY-MM-DD'), 'validTo', to_char(i.valid_to, 'YYYY-MM-DD'),
           'aliases', COALESCE((SELECT jsonb_agg(a.alias ORDER BY a.alias) FROM indicator_alias a WHERE a.code = i.code),
                               '[]'::jsonb),
           'version', i.version),
       now()
FROM indicator i
ORDER BY i.position, i.code;
