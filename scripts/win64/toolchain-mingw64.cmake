# CMake toolchain file: cross-compile kinerja (and the CMake-built dependencies)
# for 64-bit Windows with Debian's MinGW-w64 (-posix thread variant, so
# pthreads and clock_gettime come from winpthreads without extra flags).
#   cmake -S . -B build-w64 -DCMAKE_TOOLCHAIN_FILE=scripts/win64/toolchain-mingw64.cmake
# The dependency prefix made by scripts/win64/build-deps.sh is taken from
# KJ_WIN64_PREFIX (cache variable or environment), default
# ~/.cache/kinerja-win64/prefix. Tests run through wine64 (ctest works).
set(CMAKE_SYSTEM_NAME Windows)
set(CMAKE_SYSTEM_PROCESSOR x86_64)
set(KJ_MINGW x86_64-w64-mingw32)
set(CMAKE_C_COMPILER ${KJ_MINGW}-gcc-posix)
set(CMAKE_CXX_COMPILER ${KJ_MINGW}-g++-posix)
set(CMAKE_RC_COMPILER ${KJ_MINGW}-windres)

if(NOT KJ_WIN64_PREFIX)
  if(DEFINED ENV{KJ_WIN64_PREFIX})
    set(KJ_WIN64_PREFIX "$ENV{KJ_WIN64_PREFIX}")
  elseif(DEFINED ENV{XDG_CACHE_HOME})
    set(KJ_WIN64_PREFIX "$ENV{XDG_CACHE_HOME}/kinerja-win64/prefix")
  else()
    set(KJ_WIN64_PREFIX "$ENV{HOME}/.cache/kinerja-win64/prefix")
  endif()
endif()
set(KJ_WIN64_PREFIX "${KJ_WIN64_PREFIX}" CACHE PATH "Windows dependency prefix (scripts/win64/build-deps.sh)")

set(CMAKE_FIND_ROOT_PATH ${KJ_WIN64_PREFIX} /usr/${KJ_MINGW})
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE ONLY)

# pkg-config must see only the Windows .pc files (never the host's).
set(ENV{PKG_CONFIG_LIBDIR} "${KJ_WIN64_PREFIX}/lib/pkgconfig")
set(ENV{PKG_CONFIG_PATH} "")
set(ENV{PKG_CONFIG_SYSROOT_DIR} "")
set(PKG_CONFIG_EXECUTABLE pkg-config CACHE FILEPATH "pkg-config")

# ctest and try_run go through wine (wine-run.sh: the prefix's and MinGW's
# DLLs on WINEPATH, quiet, a wine prefix of its own unless WINEPREFIX is set).
set(CMAKE_CROSSCOMPILING_EMULATOR ${CMAKE_CURRENT_LIST_DIR}/wine-run.sh ${KJ_WIN64_PREFIX})
