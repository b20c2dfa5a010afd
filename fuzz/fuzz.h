/* Shared by the fuzz targets: the libFuzzer entry point every target
 * defines, and the few helpers targets need whose parser reads files or
 * wants the dictionaries. The same objects link with libFuzzer (clang
 * -fsanitize=fuzzer) or with the stand-alone driver.c (any compiler). */
#ifndef PC_FUZZ_H
#define PC_FUZZ_H

#include <stddef.h>
#include <stdint.h>

#include <unicode/utypes.h>

#include "pc_dict.h"
#include "pc_doc.h"
#include "pc_match.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* The checkout: $PC_FUZZ_ROOT, else the directory compiled in. */
const char *pc_fuzz_root(void);

/* The bundled dictionaries: $PC_FUZZ_DICTS, else root/dicts. */
const char *pc_fuzz_dictdir(void);

/* A private directory made on first use and removed at exit. */
const char *pc_fuzz_tmpdir(void);

/* Write data to name in the private directory; returns the path (the
 * caller frees). Exits if writing fails: a fuzz run must not go on
 * checking a file that is not what the input says. */
char *pc_fuzz_write(const char *name, const uint8_t *data, size_t size);

/* Dictionaries loaded once per process: the bundled set, and the small
 * fixed set of tests/data/dicts/basic. Each with its matcher. */
const pc_dictset *pc_fuzz_bundled(const pc_matcher **m);
const pc_dictset *pc_fuzz_small(const pc_matcher **m);

/* Decode data as UTF-8 (invalid sequences become U+FFFD) into a fresh
 * NUL-terminated array; *len gets its length. */
UChar *pc_fuzz_utf16(const uint8_t *data, size_t size, int32_t *len);

/* Non-zero if $PC_FUZZ_KNOWN (comma-separated) names bug: a known and
 * reported bug whose check is relaxed so that a long run can look for
 * others until it is fixed. */
int pc_fuzz_known(const char *bug);

/* What every reader promises the later stages: the text NUL-terminated,
 * anchors sorted from 0, paragraphs in order inside the text with a style
 * level of 0-9, and positions from 1:1; fails otherwise. */
void pc_fuzz_check_read(const pc_source *src, const pc_doc *doc);

/* abort() with a message: an invariant the target checks has failed. */
void pc_fuzz_fail(const char *what) __attribute__((noreturn));

#endif
