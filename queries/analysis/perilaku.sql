-- perilaku.sql — BerAKHLAK scores of the loaded years, one wide row per
-- (nip, periode, sumber) with the seven values (NULL = not given).
-- analytics.md §1.5 takes a plain mean over every value, whatever its
-- source; the sums are made in C while the rows stream (for each value in
-- sumber order, as the long table once gave them, so the sums are the same
-- to the last bit).
-- Parameters: ?1 first year, ?2 last year.
-- Result: nip, periode, then the seven values in kj_nilai order; ordered by
-- nip, periode, sumber (the primary key order, so no sort; '+tahun' as in
-- penilaian.sql).
SELECT nip, periode, berorientasi_pelayanan, akuntabel, kompeten, harmonis, loyal, adaptif,
       kolaboratif
FROM perilaku_skor
WHERE +tahun BETWEEN ?1 AND ?2
ORDER BY nip, periode, sumber;
