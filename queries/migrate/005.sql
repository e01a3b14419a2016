-- migrate/005.sql — schema version 4 -> 5: BerAKHLAK scores in wide rows.
-- Parameters: none. Result: none. Runs inside the migration's transaction.
-- The long table perilaku (one row per value) becomes perilaku_skor (one row
-- per nip, periode, sumber with the seven values as columns), and perilaku
-- becomes a view of the same long shape, so existing SQL keeps reading (and
-- inserting) as before. doc/store.md explains why.
CREATE TABLE perilaku_skor (
  nip                    INTEGER NOT NULL REFERENCES pegawai (nip),
  periode                TEXT NOT NULL,
  sumber                 TEXT NOT NULL,
  tahun                  INTEGER NOT NULL,
  berorientasi_pelayanan REAL,
  akuntabel              REAL,
  kompeten               REAL,
  harmonis               REAL,
  loyal                  REAL,
  adaptif                REAL,
  kolaboratif            REAL,
  PRIMARY KEY (nip, periode, sumber)
) STRICT, WITHOUT ROWID;

INSERT INTO perilaku_skor
SELECT nip, periode, sumber, max(tahun),
       max(iif(nilai = 'BERORIENTASI_PELAYANAN', skor, NULL)),
       max(iif(nilai = 'AKUNTABEL', skor, NULL)),
       max(iif(nilai = 'KOMPETEN', skor, NULL)),
       max(iif(nilai = 'HARMONIS', skor, NULL)),
       max(iif(nilai = 'LOYAL', skor, NULL)),
       max(iif(nilai = 'ADAPTIF', skor, NULL)),
       max(iif(nilai = 'KOLABORATIF', skor, NULL))
FROM perilaku
GROUP BY nip, periode, sumber;

DROP TABLE perilaku;
-- perilaku in the long shape of data.md: one row per BerAKHLAK value, the
-- canonical word in `nilai`. Reading it costs a pass per value; the analysis
-- reads perilaku_skor directly.
CREATE VIEW perilaku (nip, periode, tahun, nilai, sumber, skor) AS
SELECT nip, periode, tahun, 'BERORIENTASI_PELAYANAN', sumber, berorientasi_pelayanan
FROM perilaku_skor WHERE berorientasi_pelayanan IS NOT NULL
UNION ALL SELECT nip, periode, tahun, 'AKUNTABEL', sumber, akuntabel
FROM perilaku_skor WHERE akuntabel IS NOT NULL
UNION ALL SELECT nip, periode, tahun, 'KOMPETEN', sumber, kompeten
FROM perilaku_skor WHERE kompeten IS NOT NULL
UNION ALL SELECT nip, periode, tahun, 'HARMONIS', sumber, harmonis
FROM perilaku_skor WHERE harmonis IS NOT NULL
UNION ALL SELECT nip, periode, tahun, 'LOYAL', sumber, loyal
FROM perilaku_skor WHERE loyal IS NOT NULL
UNION ALL SELECT nip, periode, tahun, 'ADAPTIF', sumber, adaptif
FROM perilaku_skor WHERE adaptif IS NOT NULL
UNION ALL SELECT nip, periode, tahun, 'KOLABORATIF', sumber, kolaboratif
FROM perilaku_skor WHERE kolaboratif IS NOT NULL;

-- INSERT INTO perilaku (...) VALUES (...) keeps working: the value goes into
-- its column of the wide row (a value already there is replaced).
CREATE TRIGGER perilaku_insert INSTEAD OF INSERT ON perilaku
BEGIN
  SELECT RAISE(ABORT, 'perilaku: unknown nilai (expected BERORIENTASI_PELAYANAN, AKUNTABEL, KOMPETEN, HARMONIS, LOYAL, ADAPTIF or KOLABORATIF)')
  WHERE NEW.nilai IS NULL OR NEW.nilai NOT IN ('BERORIENTASI_PELAYANAN', 'AKUNTABEL', 'KOMPETEN',
                                               'HARMONIS', 'LOYAL', 'ADAPTIF', 'KOLABORATIF');
  INSERT INTO perilaku_skor (nip, periode, sumber, tahun, berorientasi_pelayanan, akuntabel,
                             kompeten, harmonis, loyal, adaptif, kolaboratif)
  VALUES (NEW.nip, NEW.periode, coalesce(NEW.sumber, 'ATASAN'), NEW.tahun,
          iif(NEW.nilai = 'BERORIENTASI_PELAYANAN', NEW.skor, NULL),
          iif(NEW.nilai = 'AKUNTABEL', NEW.skor, NULL),
          iif(NEW.nilai = 'KOMPETEN', NEW.skor, NULL),
          iif(NEW.nilai = 'HARMONIS', NEW.skor, NULL),
          iif(NEW.nilai = 'LOYAL', NEW.skor, NULL),
          iif(NEW.nilai = 'ADAPTIF', NEW.skor, NULL),
          iif(NEW.nilai = 'KOLABORATIF', NEW.skor, NULL))
  ON CONFLICT (nip, periode, sumber) DO UPDATE SET
    tahun = excluded.tahun,
    berorientasi_pelayanan = coalesce(excluded.berorientasi_pelayanan, berorientasi_pelayanan),
    akuntabel = coalesce(excluded.akuntabel, akuntabel),
    kompeten = coalesce(excluded.kompeten, kompeten),
    harmonis = coalesce(excluded.harmonis, harmonis),
    loyal = coalesce(excluded.loyal, loyal),
    adaptif = coalesce(excluded.adaptif, adaptif),
    kolaboratif = coalesce(excluded.kolaboratif, kolaboratif);
END;
