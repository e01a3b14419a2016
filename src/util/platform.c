/* platform.c — POSIX and Windows versions of the calls in platform.h.
 *
 * The POSIX half is one line per function, so the Linux build behaves exactly
 * as before the port. The Windows half works on UTF-8 names converted to
 * UTF-16 for the wide (W) Win32 calls, and maps Win32 error codes to errno so
 * callers keep reporting strerror(errno).
 */
#include "util/platform.h"
#include "util/xalloc.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#ifdef _WIN32
#include <fcntl.h>
#include <io.h>
#include <windows.h>
#else
#include <fcntl.h>
#include <sys/statvfs.h>
#include <unistd.h>
#endif

int kj_is_path_sep(char c) { return strchr(KJ_PATH_SEPS, c) != NULL && c != '\0'; }

#ifndef _WIN32

void kj_platform_init(void) {}

ssize_t kj_getline(char **line, size_t *cap, FILE *fp) { return getline(line, cap, fp); }

int kj_fsync(int fd) { return fsync(fd); }

int kj_sync_path(const char *path) {
  int fd = open(path, O_RDONLY);
  if (fd < 0) return -1;
  int rc = fsync(fd);
  int e = errno;
  close(fd);
  errno = e;
  return rc;
}

void kj_fchmod(int fd, unsigned mode) { (void)fchmod(fd, (mode_t)mode); }

int kj_replace_file(const char *tmp, const char *path) { return rename(tmp, path); }

int kj_mkdir(const char *dir) { return mkdir(dir, 0755); }

int kj_is_dir(const char *path) {
  struct stat sb;
  return stat(path, &sb) == 0 && S_ISDIR(sb.st_mode);
}

size_t kj_path_root_len(const char *path) { return path[0] == '/' ? 1 : 0; }

int kj_rmdir(const char *dir) { return rmdir(dir); }

int kj_disk_nearly_full(const char *dir, unsigned long long bytes) {
  struct statvfs vs;
  return statvfs(dir, &vs) == 0 && (unsigned long long)vs.f_bavail * vs.f_frsize < bytes;
}

#else /* _WIN32 */

void kj_platform_init(void) {
  /* The manifest makes the process code page UTF-8 (file names, argv); the
   * console has its own code pages, set here so messages print correctly. */
  SetConsoleOutputCP(CP_UTF8);
  SetConsoleCP(CP_UTF8);
  /* Data read from stdin (import -) must arrive byte for byte, as on Linux:
   * no CRLF translation, no Ctrl-Z end of file. */
  _setmode(_fileno(stdin), _O_BINARY);
}

/* errno for the last Win32 error. */
static void set_errno_from_win32(void) {
  switch (GetLastError()) {
  case ERROR_FILE_NOT_FOUND:
  case ERROR_PATH_NOT_FOUND:
  case ERROR_INVALID_DRIVE: errno = ENOENT; break;
  case ERROR_ACCESS_DENIED:
  case ERROR_WRITE_PROTECT: errno = EACCES; break;
  case ERROR_SHARING_VIOLATION:
  case ERROR_LOCK_VIOLATION: errno = EBUSY; break; /* e.g. the file is open in Excel */
  case ERROR_ALREADY_EXISTS:
  case ERROR_FILE_EXISTS: errno = EEXIST; break;
  case ERROR_DISK_FULL:
  case ERROR_HANDLE_DISK_FULL: errno = ENOSPC; break;
  case ERROR_INVALID_NAME:
  case ERROR_BAD_PATHNAME: errno = EINVAL; break;
  case ERROR_NOT_SAME_DEVICE: errno = EXDEV; break;
  default: errno = EIO; break;
  }
}

/* UTF-8 to a new UTF-16 string; NULL (errno EINVAL) if s is not UTF-8. */
static wchar_t *widen(const char *s) {
  int n = MultiByteToWideChar(CP_UTF8, MB_ERR_INVALID_CHARS, s, -1, NULL, 0);
  if (n <= 0) {
    errno = EINVAL;
    return NULL;
  }
  wchar_t *w = xreallocarray(NULL, (size_t)n, sizeof *w);
  MultiByteToWideChar(CP_UTF8, MB_ERR_INVALID_CHARS, s, -1, w, n);
  return w;
}

ssize_t kj_getline(char **line, size_t *cap, FILE *fp) {
  if (!*line || *cap < 2) {
    *cap = *cap < 128 ? 128 : *cap;
    *line = xrealloc(*line, *cap);
  }
  size_t n = 0;
  int c;
  while ((c = getc(fp)) != EOF) {
    if (n + 2 > *cap) {
      *cap *= 2;
      *line = xrealloc(*line, *cap);
    }
    (*line)[n++] = (char)c;
    if (c == '\n') break;
  }
  (*line)[n] = '\0';
  return n == 0 ? -1 : (ssize_t)n;
}

int kj_fsync(int fd) { return _commit(fd); }

int kj_sync_path(const char *path) {
  wchar_t *w = widen(path);
  if (!w) return -1;
  /* FlushFileBuffers needs a handle opened for writing. */
  HANDLE h = CreateFileW(w, GENERIC_WRITE, FILE_SHARE_READ | FILE_SHARE_WRITE, NULL,
                         OPEN_EXISTING, FILE_ATTRIBUTE_NORMAL, NULL);
  free(w);
  if (h == INVALID_HANDLE_VALUE) {
    set_errno_from_win32();
    return -1;
  }
  int rc = 0;
  if (!FlushFileBuffers(h)) {
    set_errno_from_win32();
    rc = -1;
  }
  CloseHandle(h);
  return rc;
}

void kj_fchmod(int fd, unsigned mode) {
  (void)fd;
  (void)mode;
}

int kj_replace_file(const char *tmp, const char *path) {
  wchar_t *wt = widen(tmp), *wp = widen(path);
  int rc = -1;
  if (wt && wp) {
    if (MoveFileExW(wt, wp, MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH))
      rc = 0;
    else
      set_errno_from_win32();
  }
  free(wt);
  free(wp);
  return rc;
}

int kj_mkdir(const char *dir) {
  wchar_t *w = widen(dir);
  if (!w) return -1;
  int rc = 0;
  if (!CreateDirectoryW(w, NULL)) {
    set_errno_from_win32();
    rc = -1;
  }
  free(w);
  return rc;
}

int kj_is_dir(const char *path) {
  wchar_t *w = widen(path);
  if (!w) return 0;
  DWORD a = GetFileAttributesW(w);
  free(w);
  return a != INVALID_FILE_ATTRIBUTES && (a & FILE_ATTRIBUTE_DIRECTORY);
}

int kj_rmdir(const char *dir) {
  wchar_t *w = widen(dir);
  if (!w) return -1;
  int rc = 0;
  if (!RemoveDirectoryW(w)) {
    set_errno_from_win32();
    rc = -1;
  }
  free(w);
  return rc;
}

int kj_disk_nearly_full(const char *dir, unsigned long long bytes) {
  wchar_t *w = widen(dir);
  if (!w) return 0;
  ULARGE_INTEGER avail;
  int full = GetDiskFreeSpaceExW(w, &avail, NULL, NULL) && avail.QuadPart < bytes;
  free(w);
  return full;
}

size_t kj_path_root_len(const char *path) {
  if (((path[0] | 0x20) >= 'a' && (path[0] | 0x20) <= 'z') && path[1] == ':')
    return kj_is_path_sep(path[2]) ? 3 : 2; /* C:\ or C: (relative to C:'s cwd) */
  if (kj_is_path_sep(path[0]) && kj_is_path_sep(path[1])) {
    /* \\server\share\ : neither component can be created. */
    size_t i = 2;
    for (int part = 0; part < 2 && path[i]; part++) {
      while (path[i] && !kj_is_path_sep(path[i])) i++;
      if (path[i]) i++;
    }
    return i;
  }
  return kj_is_path_sep(path[0]) ? 1 : 0;
}

#endif
