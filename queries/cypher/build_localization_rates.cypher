// name: build_localization_rates
// scope: build
// description: Every localization-rate fact with a value.
// params: (none)
MATCH (p:ProductCategory)-[r:LOCALIZATION_RATE]->(g:Region)
WHERE r.value IS NOT NULL
RETURN p.id AS cat, g.name AS region, r.value AS value, r.year AS year, r.qualifier AS qualifier,
       r.modality AS modality, r.doc AS doc, r.fact_id AS fact_id
