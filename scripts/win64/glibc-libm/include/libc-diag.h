/* glibc's warning-control macros; nothing to control here. */
#define DIAG_PUSH_NEEDS_COMMENT
#define DIAG_POP_NEEDS_COMMENT
#define DIAG_IGNORE_NEEDS_COMMENT(v, o)
#define DIAG_IGNORE_Os_NEEDS_COMMENT(v, o)
