-- ekinerja_kosong_any.sql — does the database record any missing appraisal?
-- (When not, an import needs no ekinerja_kosong_clear.sql per rated row.)
-- Parameters: none. Result: one row, 1 or 0.
SELECT EXISTS (SELECT 1 FROM penilaian_kosong);
