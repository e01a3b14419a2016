-- penilaian_kosong.sql — appraisals known to be missing in one year.
-- Parameters: ?1 tahun. Result: nip, periode, kode_unit; ordered by nip, periode.
SELECT nip, periode, kode_unit FROM penilaian_kosong WHERE tahun = ?1
ORDER BY nip, periode;
