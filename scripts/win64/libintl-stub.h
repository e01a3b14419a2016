/* libintl.h for the Windows dependency build (scripts/win64/build-deps.sh).
 * glib insists on a libintl; kinerja translates its own messages and never
 * uses gettext, so these return the message unchanged (no NLS). The
 * format_arg attributes keep glib's -Werror=format-nonliteral checks happy. */
#ifndef KJ_LIBINTL_STUB_H
#define KJ_LIBINTL_STUB_H
#ifdef __cplusplus
extern "C" {
#endif
char *gettext(const char *msgid) __attribute__((format_arg(1)));
char *dgettext(const char *domain, const char *msgid) __attribute__((format_arg(2)));
char *dcgettext(const char *domain, const char *msgid, int category)
    __attribute__((format_arg(2)));
char *ngettext(const char *msgid, const char *plural, unsigned long n)
    __attribute__((format_arg(1))) __attribute__((format_arg(2)));
char *dngettext(const char *domain, const char *msgid, const char *plural, unsigned long n)
    __attribute__((format_arg(2))) __attribute__((format_arg(3)));
char *dcngettext(const char *domain, const char *msgid, const char *plural, unsigned long n,
                 int category) __attribute__((format_arg(2))) __attribute__((format_arg(3)));
char *textdomain(const char *domain);
char *bindtextdomain(const char *domain, const char *dir);
char *bind_textdomain_codeset(const char *domain, const char *codeset);
#ifdef __cplusplus
}
#endif
#endif
