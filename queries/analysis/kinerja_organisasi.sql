-- kinerja_organisasi.sql — organisation predikat of one year.
-- Parameters: ?1 tahun. Result: kode_unit, predikat, capaian; ordered by kode_unit.
SELECT kode_unit, predikat, capaian FROM kinerja_organisasi WHERE tahun = ?1
ORDER BY kode_unit;
