-- drop_indexes.sql — drops the secondary indexes of indexes.sql before a
-- bulk load (rebuilding once is faster than maintaining them row by row).
-- Parameters: none. Result: none.
DROP INDEX IF EXISTS unit_induk;
DROP INDEX IF EXISTS pegawai_unit;
DROP INDEX IF EXISTS skm_tahun;
DROP INDEX IF EXISTS umpan_balik_tahun;
