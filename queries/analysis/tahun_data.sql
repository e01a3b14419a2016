-- tahun_data.sql — the years that have appraisal records (analytics.md:
-- "default the latest year with data").
-- Parameters: none. Result: tahun, ascending.
SELECT DISTINCT tahun FROM penilaian ORDER BY tahun;
