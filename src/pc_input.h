/* Inputs of every kind — plain text, DOCX, HTML — read into the one text
 * form (pc_source) and its paragraphs (pc_doc). The format is decided by
 * content (zip magic with [Content_Types].xml, HTML markup), not only by
 * the file name; --input-format forces it.
 *
 * Ownership: on success the caller owns src and doc (doc borrows src). */
#ifndef PC_INPUT_H
#define PC_INPUT_H

#include <stddef.h>

#include "pc_doc.h"
#include "pc_limits.h"
#include "pc_source.h"

typedef enum pc_informat {
	PC_IN_AUTO,
	PC_IN_TEXT,
	PC_IN_DOCX,
	PC_IN_HTML
} pc_informat;


/* Read path ("-" = stdin) as format fmt (PC_IN_AUTO: by content).
 * encoding applies to plain text (and to HTML without a declared
 * charset). Returns 0, or -1 with *err filled. */
int pc_input_read(const char *path, pc_informat fmt, const char *encoding,
    const pc_limits *lim, pc_source *src, pc_doc *doc, pc_src_error *err);

/* The same from bytes in memory (borrowed), e.g. a file's staged version;
 * path names it in messages and decides nothing else but the format when
 * the content does not. */
int pc_input_from_bytes(const char *path, const unsigned char *b, size_t n,
    pc_informat fmt, const char *encoding, const pc_limits *lim,
    pc_source *src, pc_doc *doc, pc_src_error *err);

/* The format of bytes by content and, failing that, by the name. */
pc_informat pc_input_sniff(const char *path, const unsigned char *b,
    size_t n);

const char *pc_informat_name(pc_informat f);

#endif
