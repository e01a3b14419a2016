-- unit_penerus.sql — each unit with the final successor of its history after
-- merges and renames (view unit_penerus: follows `menjadi`), for the study's
-- series (a merged unit's history counts under the unit it became).
-- Parameters: none.
-- Result: kode_unit, penerus; ordered by kode_unit.
SELECT kode_unit, penerus FROM unit_penerus ORDER BY kode_unit;
