-- umpan_balik.sql — feedback events between two dates (the 6 months up to the
-- end of the monitored month).
-- Parameters: ?1 first day, ?2 last day ('YYYY-MM-DD').
-- Result: tanggal, nip_pemberi, nip_penerima, jenis; ordered by the key.
SELECT tanggal, nip_pemberi, nip_penerima, jenis FROM umpan_balik
WHERE tanggal BETWEEN ?1 AND ?2
ORDER BY tanggal, nip_pemberi, nip_penerima, jenis;
