/* demo_skm.c — public satisfaction survey responses (skm.csv).
 *
 * Every surveyed service unit (the puskesmas, the RSUD, Disdukcapil,
 * DPMPTSP, BPKPD's tax counter, the vehicle-testing UPT and the six kecamatan
 * offices) runs one survey per year (periode YYYY) with 100–300 respondents,
 * numbered R0001... within the unit and year. Each of the nine unsur of
 * PermenPAN-RB 14/2017 is answered 1–4 by cutting a latent score:
 *
 *   unsur base + unit quality + respondent mood N(0, 0.35) + N(0, 0.55)
 *
 * at -1.9, -0.9 and 0.55: mostly 3 (baik), a fifth 4, a few 2, which gives
 * IKM around 80 (grade B), as published SKM results of Indonesian local
 * governments mostly are. Biaya (U4) is high because most services are free;
 * waktu, pengaduan and sarana are a little lower. A few answers are left
 * blank, pengaduan most often (respondents who never complained).
 */
#include "demo/demo_internal.h"

#include <string.h>

#define N_OF(a) ((int)(sizeof(a) / sizeof((a)[0])))

static const double BASE[9] = {0.15, 0.10, -0.05, 0.90, 0.15, 0.20, 0.25, -0.10, -0.05};
static const double BLANK[9] = {0.01, 0.01, 0.01, 0.02, 0.01, 0.01, 0.01, 0.04, 0.01};

static const char *const L_PKM[] = {"Poli Umum", "KIA/KB", "Poli Gigi", "Imunisasi",
                                    "Laboratorium"};
static const char *const L_RS[] = {"Rawat Jalan", "Rawat Inap",   "IGD",
                                   "Farmasi",     "Laboratorium", "Radiologi"};
static const char *const L_DUK[] = {"KTP-el", "Kartu Keluarga", "Akta Kelahiran", "Akta Kematian",
                                    "Pindah Datang"};
static const char *const L_PTSP[] = {"Perizinan Berusaha", "Persetujuan Bangunan Gedung",
                                     "Izin Praktik Tenaga Kesehatan", "Informasi dan Pengaduan"};
static const char *const L_KEC[] = {"Surat Keterangan", "Rekomendasi Izin", "Legalisasi Dokumen",
                                    "Pelayanan Adminduk"};
static const char *const L_PAJAK[] = {"PBB-P2", "BPHTB", "Pajak Hotel dan Restoran",
                                      "Pajak Reklame"};
static const char *const L_PKB[] = {"Uji Berkala Kendaraan", "Numpang Uji",
                                    "Penggantian Kartu Uji"};

static const char *const EDU[] = {"SD", "SMP", "SMA", "D3", "S1", "S2"};
static const double EDU_W[] = {8, 14, 42, 10, 23, 3};
static const char *const JOB[] = {"PNS/TNI/Polri",     "Pegawai Swasta",   "Wiraswasta", "Petani",
                                  "Pelajar/Mahasiswa", "Ibu Rumah Tangga", "Lainnya"};
static const double JOB_W[] = {10, 18, 24, 14, 10, 16, 8};

static const char *const *services(const demo_unit *u, int *n) {
#define RET(t) return (*n = N_OF(t), t)
  if (u->jenis == KJ_UNIT_PUSKESMAS) RET(L_PKM);
  if (u->jenis == KJ_UNIT_RSUD) RET(L_RS);
  if (u->jenis == KJ_UNIT_KECAMATAN) RET(L_KEC);
  if (strcmp(u->code, "DISDUKCAPIL") == 0) RET(L_DUK);
  if (strcmp(u->code, "DPMPTSP") == 0) RET(L_PTSP);
  if (strcmp(u->code, "BPKPD") == 0) RET(L_PAJAK);
  RET(L_PKB);
#undef RET
}

static int answer(double z) { return z < -1.9 ? 1 : z < -0.9 ? 2 : z < 0.55 ? 3 : 4; }

void demo_write_skm(demo_city *c, FILE *fp, long *rows) {
  fputs("kode_unit,periode,id_responden,u1,u2,u3,u4,u5,u6,u7,u8,u9,jenis_layanan,"
        "jenis_kelamin,usia,pendidikan,pekerjaan\n",
        fp);
  long n = 0;
  gsl_rng *r = c->rng;
  for (int u = 0; u < c->nunits; u++) {
    const demo_unit *U = &c->units[u];
    if (!U->skm) continue;
    int nsv;
    const char *const *sv = services(U, &nsv);
    for (int y = 0; y < c->years; y++) {
      demo_reseed(r, c->o->seed, DS_SKM, (long)y * c->nunits + u);
      int nresp = demo_int(r, 100, 300);
      for (int j = 1; j <= nresp; j++) {
        double mood = demo_norm(r, 0.35);
        fprintf(fp, "%s,%d,R%04d", U->code, c->o->from_year + y, j);
        for (int k = 0; k < 9; k++) {
          double z = BASE[k] + U->skm_q + mood + demo_norm(r, 0.55);
          int blank = demo_bern(r, BLANK[k]);
          if (blank)
            fputc(',', fp);
          else
            fprintf(fp, ",%d", answer(z));
        }
        const char *layanan = sv[demo_int(r, 0, nsv - 1)];
        const char *sex = demo_bern(r, 0.52) ? "P" : "L";
        int usia = (int)demo_clamp(38.0 + demo_norm(r, 12.0), 17, 75);
        const char *edu = EDU[demo_pick(r, EDU_W, N_OF(EDU))];
        const char *job = JOB[demo_pick(r, JOB_W, N_OF(JOB))];
        fputc(',', fp);
        demo_csv_str(fp, layanan);
        fprintf(fp, ",%s,%d,%s,", sex, usia, edu);
        demo_csv_str(fp, job);
        fputc('\n', fp);
        n++;
      }
    }
  }
  *rows = n;
}
