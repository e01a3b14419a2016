/* No-NLS libintl for the Windows dependency build: see libintl-stub.h. */
#include "libintl-stub.h"

char *gettext(const char *msgid) { return (char *)msgid; }
char *dgettext(const char *domain, const char *msgid) { (void)domain; return (char *)msgid; }
char *dcgettext(const char *domain, const char *msgid, int category) {
  (void)domain; (void)category; return (char *)msgid;
}
char *ngettext(const char *msgid, const char *plural, unsigned long n) {
  return (char *)(n == 1 ? msgid : plural);
}
char *dngettext(const char *domain, const char *msgid, const char *plural, unsigned long n) {
  (void)domain; return (char *)(n == 1 ? msgid : plural);
}
char *dcngettext(const char *domain, const char *msgid, const char *plural, unsigned long n,
                 int category) {
  (void)domain; (void)category; return (char *)(n == 1 ? msgid : plural);
}
static char kj_domain[] = "messages";
char *textdomain(const char *domain) { (void)domain; return kj_domain; }
char *bindtextdomain(const char *domain, const char *dir) { (void)domain; return (char *)dir; }
char *bind_textdomain_codeset(const char *domain, const char *codeset) {
  (void)domain; return (char *)codeset;
}
