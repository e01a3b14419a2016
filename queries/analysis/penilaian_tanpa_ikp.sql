-- penilaian_tanpa_ikp.sql — analysis/penilaian.sql for years without any
-- penilaian_ikp row (every record's IKP comes from its predikat): the same
-- columns, ikp NULL, without the join, whose lookup per record was a fifth
-- of the load.
-- Parameters: ?1 first year, ?2 last year, ?3 .. ?4 the NIPs (inclusive).
SELECT nip, periode, tahun, predikat, predikat_input, kode_unit, nip_penilai, tanggal_dinilai,
       NULL AS ikp
FROM penilaian
WHERE nip BETWEEN ?3 AND ?4 AND +tahun BETWEEN ?1 AND ?2
ORDER BY nip, periode;
