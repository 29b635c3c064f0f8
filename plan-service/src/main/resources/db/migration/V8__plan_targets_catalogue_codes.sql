-- Plans' targets name the indicator catalogue's own codes (issue 21): what the importer wrote before the catalogue
-- was bound to plans is brought in line with what PlanWriter now stores.
--  * GOOD_RATING_RATE, the importer's name for the catalogue's ORGS_GOOD_RATE (an alias), becomes ORGS_GOOD_RATE;
--  * OTHER_RATE and OTHER_COUNT, the importer's placeholders for a figure it could not tie to an indicator, become
--    a target with its words only (no indicatorCode), which a clerk maps by picking or creating its indicator.
-- Issued plans' events already sent keep their codes: reporting-service resolves the alias, and a placeholder
-- names no indicator there either. The plans' history (plan_revision) keeps what was issued, unchanged.
UPDATE plan p
SET targets = (
    SELECT jsonb_agg(
               CASE
                   WHEN t.target ->> 'indicatorCode' = 'GOOD_RATING_RATE'
                       THEN jsonb_set(t.target, '{indicatorCode}', '"ORGS_GOOD_RATE"')
                   WHEN t.target ->> 'indicatorCode' IN ('OTHER_RATE', 'OTHER_COUNT')
                       THEN jsonb_set(t.target, '{indicatorCode}', 'null')
                   ELSE t.target
               END ORDER BY t.position)
    FROM jsonb_array_elements(p.targets) WITH ORDINALITY AS t(target, position))
WHERE jsonb_path_exists(p.targets,
                        '$[*] ? (@.indicatorCode == "GOOD_RATING_RATE" || @.indicatorCode == "OTHER_RATE" || @.indicatorCode == "OTHER_COUNT")');
