/* platform.h — the few operating-system calls that differ between POSIX and
 * Windows, behind one interface, so the rest of kinerja stays portable C.
 *
 * On Linux each function is the POSIX call it names. On Windows (MinGW-w64):
 * file names are UTF-8 (the executable's manifest sets the UTF-8 code page;
 * the wide-character calls used here convert explicitly), `\` and `/` both
 * separate path components, and replacing a file is MoveFileExW with
 * MOVEFILE_REPLACE_EXISTING after the file is closed (rename() cannot replace
 * an existing file there). Every function sets errno on failure.
 */
#ifndef KJ_PLATFORM_H
#define KJ_PLATFORM_H

#include <stdio.h>
#include <sys/types.h>

#ifdef _WIN32
#define KJ_PATH_SEPS "\\/"
#else
#define KJ_PATH_SEPS "/"
#endif

/* Once at start-up, before any output: on Windows makes the console print
 * UTF-8 (SetConsoleOutputCP); nothing elsewhere. */
void kj_platform_init(void);

/* getline(3): reads one line (with its '\n') into *line (grown with xrealloc
 * as needed; the caller frees). Returns the byte count, -1 at end of file or
 * on error (ferror tells which). */
ssize_t kj_getline(char **line, size_t *cap, FILE *fp);

/* Pushes the open file's written bytes to the disk (fsync / _commit). 0 or -1. */
int kj_fsync(int fd);
/* Opens path, syncs it to the disk and closes it. 0 or -1. */
int kj_sync_path(const char *path);
/* Sets the permission bits of a freshly created file (fchmod; no-op on Windows,
 * where files carry ACLs instead). */
void kj_fchmod(int fd, unsigned mode);

/* Moves the closed file tmp over path, replacing path if it exists, in one
 * step (rename / MoveFileExW). 0 or -1. */
int kj_replace_file(const char *tmp, const char *path);
/* Creates one directory (mode 0755 on POSIX). 0 or -1 (EEXIST if it exists). */
int kj_mkdir(const char *dir);
/* 1 if path names an existing directory. */
int kj_is_dir(const char *path);
/* Removes an empty directory. 0 or -1. */
int kj_rmdir(const char *dir);
/* 1 if the disk that holds dir has less than `bytes` free for this user
 * (statvfs / GetDiskFreeSpaceExW); 0 otherwise or when it cannot be told. */
int kj_disk_nearly_full(const char *dir, unsigned long long bytes);

/* 1 if c separates path components here ('/'; also '\\' on Windows). */
int kj_is_path_sep(char c);
/* Length of the part of path that is not a directory to create: "/" on
 * POSIX; "C:\", "C:" or "\\server\share\" on Windows; 0 otherwise. */
size_t kj_path_root_len(const char *path);

#endif
