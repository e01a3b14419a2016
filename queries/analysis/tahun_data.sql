-- tahun_data.sql — the years that have appraisal records (analytics.md:
-- "default the latest year with data").
-- Parameters: none. Result: tahun, ascending.
-- DISTINCT in a subquery: only the few distinct years are sorted, not every
-- appraisal row (a plain DISTINCT ... ORDER BY tahun sorts the whole scan).
SELECT tahun FROM (SELECT DISTINCT tahun FROM penilaian) ORDER BY tahun;
