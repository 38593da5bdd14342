// Libraries loaded on first use (dlopen), not at every start. Linked, a library and everything it
// needs are mapped and relocated before eventmap's first instruction, whether the command calls it
// or not: libgdal's 60 libraries cost every command about 40 ms, and libproj's 40 (curl, TLS,
// Kerberos, LDAP, TIFF, SQLite) about 8 ms, half of a cold `geocode`, which needs neither.
// (libxml2 stays linked: about 2 ms, but its headers need an include path that only pkg-config,
// which also links it, gives every module that imports it, tests included.)
//
// Each function eventmap calls is defined in gdal.c or proj.c as a one-jump trampoline
// through a table that the library's load function fills with dlsym; Swift calls that load function
// before the library's first call. A function Swift starts to use without a line there is an
// undefined symbol at link time, never a silent fault. The trampolines are hidden (not exported), so
// a library loaded later that calls the same functions (GDAL calls PROJ) binds to the
// real ones, never to a table entry that may still be empty.
#ifndef LAZY_LIBRARY_H
#define LAZY_LIBRARY_H

#include <pthread.h>
#include <stddef.h>

/// One library: the file names to try in order, the functions to resolve, and the table they fill.
struct lazy_library {
    const char *const *file_names;
    size_t file_name_count;
    const char *const *function_names;
    void **functions;
    size_t function_count;
    /// NULL once loaded; else dlerror's words or the name of the function that is missing.
    const char *failure;
};

/// Opens the library and fills its table; call it once (under pthread_once).
void lazy_library_open(struct lazy_library *library);

/// A function's name in a library's list (`LIST(LAZY_NAME)`).
#define LAZY_NAME(index, name) #name,

/// Defines a library's table `table` (read by its trampolines; written once, under pthread_once,
/// before any of them runs) and `load_function`, which opens the first of the file names given that
/// loads and resolves every function of `LIST`, once, and returns NULL or what failed.
#define LAZY_LIBRARY(LIST, table, load_function, ...) \
    static const char *const table##_names[] = {LIST(LAZY_NAME)}; \
    static const char *const table##_files[] = {__VA_ARGS__}; \
    __attribute__((used, visibility("hidden"))) void *table[sizeof(table##_names) / sizeof(table##_names[0])]; \
    static struct lazy_library table##_library = { \
        table##_files, sizeof(table##_files) / sizeof(table##_files[0]), \
        table##_names, table, sizeof(table##_names) / sizeof(table##_names[0]), "not loaded yet"}; \
    static pthread_once_t table##_once = PTHREAD_ONCE_INIT; \
    static void table##_open(void) { lazy_library_open(&table##_library); } \
    const char *load_function(void) { \
        pthread_once(&table##_once, table##_open); \
        return table##_library.failure; \
    }

#if defined(__x86_64__)
#define LAZY_TRAMPOLINE(table, index, name) \
    __asm__(".text\n.globl " #name "\n.hidden " #name "\n.type " #name ", @function\n" #name ":\n" \
            "    jmp *" #table "+8*" #index "(%rip)\n");
#elif defined(__aarch64__)
#define LAZY_TRAMPOLINE(table, index, name) \
    __asm__(".text\n.globl " #name "\n.hidden " #name "\n.type " #name ", %function\n" #name ":\n" \
            "    adrp x16, " #table "+8*" #index "\n" \
            "    ldr x16, [x16, #:lo12:" #table "+8*" #index "]\n" \
            "    br x16\n");
#else
#error "CLibraryLoader has trampolines for x86_64 and aarch64 only"
#endif

#endif
