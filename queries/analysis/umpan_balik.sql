-- umpan_balik.sql — feedback events received in one year, one row per event;
-- the C side counts them per employee and kind (a GROUP BY here would sort
-- every event: the index gives nip_penerima order, not jenis within it).
-- Parameters: ?1 tahun. Result: nip_penerima, jenis; ordered by nip_penerima.
SELECT nip_penerima, jenis
FROM umpan_balik WHERE tahun = ?1
ORDER BY nip_penerima;
