-- perilaku.sql — BerAKHLAK scores of the loaded years, one row per record
-- (analytics.md §1.5 takes a plain mean over every record, whatever its
-- source; the sums are made in C while the rows stream, which is about three
-- times faster than GROUP BY on the text keys).
-- Parameters: ?1 first year, ?2 last year.
-- Result: nip, periode, nilai, skor; ordered by nip, periode (the primary key
-- order, so no sort; '+tahun' as in penilaian.sql).
SELECT nip, periode, nilai, skor
FROM perilaku
WHERE +tahun BETWEEN ?1 AND ?2
ORDER BY nip, periode;
