/* Source stage: the bytes of one input, decoded once into the one internal
 * text form (UTF-16, as ICU and the 16-bit PCRE2 library use), plus the
 * source map that turns any offset of that text back into line and column of
 * the original input.
 *
 * Ownership: pc_source_* fill a caller-provided pc_source; everything it
 * points to is owned by it and released by pc_source_free. */
#ifndef PC_SOURCE_H
#define PC_SOURCE_H

#include <stddef.h>
#include <stdint.h>
#include <unicode/utypes.h>

#include "pc_limits.h"

/* How columns are counted in output. */
typedef enum pc_unit {
	PC_UNIT_CHAR,   /* Unicode code points (default) */
	PC_UNIT_BYTE,   /* bytes of the text's UTF-8 form */
	PC_UNIT_UTF16   /* UTF-16 code units */
} pc_unit;

/* One anchor of the source map: text offset `off` is line `line`, column 1.
 * For plain text there is one anchor per line; a DOCX has one per paragraph
 * (line = paragraph number), HTML one per block (line = source line). */
typedef struct pc_anchor {
	int32_t off;
	int32_t line;
} pc_anchor;

typedef struct pc_source {
	char *path;          /* as given on the command line; "-" for stdin */
	char *encoding;      /* "UTF-8", "UTF-16LE", "UTF-16BE", "GB18030", "Big5" */
	UChar *text;         /* decoded, NUL-terminated; BOM dropped; CR LF and
	                        lone CR become LF */
	int32_t len;         /* code units, without the terminating NUL */
	pc_anchor *anchors;  /* sorted by off; anchors[0].off == 0 */
	int32_t nanchors;
} pc_source;

/* Why a source could not be read. */
typedef enum pc_src_status {
	PC_SRC_OK = 0,
	PC_SRC_OPEN,         /* cannot open: sys_errno */
	PC_SRC_READ,         /* read error: sys_errno */
	PC_SRC_TOO_LARGE,    /* larger than the limit: offset = limit */
	PC_SRC_BINARY,       /* NUL or control byte no encoding explains: offset, byte */
	PC_SRC_UNDECODABLE,  /* invalid sequence in `encoding` at byte offset */
	PC_SRC_UNDETECTED,   /* not UTF-8 (first bad byte at offset) and no
	                        accepted encoding detected with confidence */
	PC_SRC_BAD_ENCODING, /* --encoding names no supported encoding */
	PC_SRC_IS_DIR,       /* a directory where a file was expected */
	PC_SRC_BAD_CONTAINER,/* DOCX: not a readable zip, or no
	                        word/document.xml; text in `detail` */
	PC_SRC_BAD_MARKUP,   /* DOCX/HTML: the XML/HTML does not parse;
	                        offset = line, text in `detail` */
	PC_SRC_PART_TOO_LARGE, /* DOCX: a part expands beyond the limit:
	                        offset = limit */
	PC_SRC_ENTITY,       /* DOCX/HTML: a DTD or entity declaration (never
	                        expanded); offset = line */
	PC_SRC_TOO_DEEP      /* markup nested deeper than the limit:
	                        offset = line */
} pc_src_status;

typedef struct pc_src_error {
	pc_src_status status;
	int sys_errno;
	int64_t offset;      /* byte offset in the input, where it applies */
	unsigned byte;       /* the offending byte value, where it applies */
	char encoding[32];   /* encoding involved, where it applies */
	char detail[160];    /* the parser's own words, where it applies */
} pc_src_error;

/* Fill err with status, offset and a detail made from fmt (for readers of
 * other formats: the parser's own words, a part name). */
void pc_src_error_detail(pc_src_error *err, pc_src_status status,
    int64_t offset, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

/* Default maximum input size in bytes (settable by the caller). */
#define PC_SOURCE_MAX_DEFAULT PC_MAX_INPUT_DEFAULT

/* Read path ("-" = stdin) and decode it. encoding NULL = detect; otherwise
 * one of the names accepted by pc_source_encoding_name (case-insensitive:
 * utf-8, utf8, utf-16, utf-16le, utf-16be, gb18030, gbk, gb2312, big5).
 * Returns 0, or -1 with *err filled (src is then empty). */
int pc_source_read(const char *path, const char *encoding, size_t max_bytes,
    pc_source *src, pc_src_error *err);

/* Read all of path ("-" = stdin), at most max_bytes, into *bytes (the
 * caller frees it). Returns 0, or -1 with *err filled. */
int pc_source_slurp(const char *path, size_t max_bytes, unsigned char **bytes,
    size_t *n, pc_src_error *err);

/* The same from bytes already in memory (borrowed). */
int pc_source_from_bytes(const char *path, const unsigned char *bytes,
    size_t n, const char *encoding, pc_source *src, pc_src_error *err);

/* Take ownership of already decoded text (for DOCX/HTML readers that build
 * their own anchors). text must be NUL-terminated; anchors sorted. */
void pc_source_adopt(pc_source *src, const char *path, const char *encoding,
    UChar *text, int32_t len, pc_anchor *anchors, int32_t nanchors);

/* Canonical name of a user-given encoding name, or NULL if unsupported. */
const char *pc_source_encoding_name(const char *name);

void pc_source_free(pc_source *src);

/* Line and column (from 1, in `unit`) of text offset off (0 <= off <= len). */
void pc_source_pos(const pc_source *src, int32_t off, pc_unit unit,
    int32_t *line, int32_t *col);

/* A cursor that makes a run of pc_source_pos_at calls with increasing
 * offsets within one line cost the line's length once, not per call.
 * Zero it before the first call. */
typedef struct pc_poscur {
	int valid;
	int32_t start, off, col;
	pc_unit unit;
} pc_poscur;

void pc_source_pos_at(const pc_source *src, pc_poscur *cur, int32_t off,
    pc_unit unit, int32_t *line, int32_t *col);

#endif
