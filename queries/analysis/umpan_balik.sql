-- umpan_balik.sql — feedback events received per employee and kind in one year.
-- Parameters: ?1 tahun. Result: nip_penerima, jenis, count(*); ordered by both.
SELECT nip_penerima, jenis, count(*)
FROM umpan_balik WHERE tahun = ?1
GROUP BY nip_penerima, jenis
ORDER BY nip_penerima, jenis;
