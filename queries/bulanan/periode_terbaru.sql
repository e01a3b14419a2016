-- periode_terbaru.sql — the latest month with monthly appraisal records, the
-- default month of `report bulanan` and `export --periode`.
-- Parameters: none. Result: one row, periode 'YYYY-MM' or NULL.
SELECT max(periode) FROM penilaian
WHERE periode GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]';
