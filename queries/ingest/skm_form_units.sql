-- skm_form_units.sql — the units a survey-form export may name in its unit
-- column (by code, name or singkatan).
-- Parameters: none. Result: kode_unit, nama_unit, singkatan.
SELECT kode_unit, nama_unit, singkatan FROM unit ORDER BY kode_unit;
