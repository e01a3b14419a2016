-- perilaku.sql — BerAKHLAK scores of the loaded years, summed per employee,
-- period and value over every source (analytics.md §1.5: a plain mean over
-- all records, so sum and count are enough).
-- Parameters: ?1 first year, ?2 last year.
-- Result: nip, periode, nilai, sum(skor), count(*); ordered by nip, periode, nilai.
SELECT nip, periode, nilai, sum(skor), count(*)
FROM perilaku
WHERE +tahun BETWEEN ?1 AND ?2
GROUP BY nip, periode, nilai
ORDER BY nip, periode, nilai;
