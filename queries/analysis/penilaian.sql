-- penilaian.sql — appraisal records of the loaded years.
-- Parameters: ?1 first year, ?2 last year, ?3 .. ?4 the NIPs (inclusive; a
-- part of the load, analysis/load_penilaian.c).
-- Result: nip, periode, tahun, predikat, predikat_input, kode_unit, nip_penilai,
-- tanggal_dinilai, ikp (the weighted IKP of several SKPs under skp_ganda = bulan,
-- else NULL); ordered by nip, periode (the primary key, so no sort).
-- '+tahun' keeps SQLite on the primary key order instead of the tahun index,
-- which would need a sort of every row.
SELECT p.nip, p.periode, p.tahun, p.predikat, p.predikat_input, p.kode_unit, p.nip_penilai,
       p.tanggal_dinilai, i.ikp
FROM penilaian p
LEFT JOIN penilaian_ikp i ON i.nip = p.nip AND i.periode = p.periode
WHERE p.nip BETWEEN ?3 AND ?4 AND +p.tahun BETWEEN ?1 AND ?2
ORDER BY p.nip, p.periode;
