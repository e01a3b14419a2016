-- penilaian_kosong.sql — appraisals known to be missing (e-Kinerja '-') of
-- the years the monthly monitoring looks at.
-- Parameters: ?1 first year, ?2 last year. Result: nip, periode, kode_unit.
SELECT nip, periode, kode_unit FROM penilaian_kosong WHERE tahun BETWEEN ?1 AND ?2;
