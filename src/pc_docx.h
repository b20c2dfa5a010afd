/* DOCX reader: word/document.xml read from the zip with libzip and parsed
 * with libxml2 (no DTD, no entities, no network). Paragraphs are the w:p
 * of the body in order, table cells included; text from w:t, w:tab as a
 * TAB, w:br/w:cr as a line break inside the paragraph; tracked changes
 * read as accepted (w:ins and w:moveTo kept, w:del and w:moveFrom
 * dropped); footnotes, comments, headers and footers ignored. Heading
 * styles and outline levels (w:pStyle through styles.xml, w:outlineLvl)
 * give pc_para.style_level.
 *
 * The text joins paragraphs with LF; the source map has one anchor per
 * w:p, whose line is the 1-based paragraph number (empty paragraphs are
 * counted too, so the number is the one Word's navigation shows), and
 * columns count within the paragraph.
 *
 * Ownership: as pc_input_read. */
#ifndef PC_DOCX_H
#define PC_DOCX_H

#include "pc_input.h"

/* bytes[0..n) is the whole file (borrowed). Returns 0, or -1 with *err
 * filled: PC_SRC_BAD_CONTAINER (not a zip, no document part, corrupt or
 * truncated), PC_SRC_PART_TOO_LARGE (a part expands beyond lim->max_part,
 * checked while inflating, whatever the zip headers claim),
 * PC_SRC_BAD_MARKUP, PC_SRC_ENTITY, PC_SRC_TOO_DEEP. */
int pc_docx_read(const char *path, const unsigned char *bytes, size_t n,
    const pc_limits *lim, pc_source *src, pc_doc *doc, pc_src_error *err);

/* Non-zero if bytes look like a DOCX: a zip whose local headers name
 * [Content_Types].xml and word/ (cheap check, no inflating). */
int pc_docx_sniff(const unsigned char *bytes, size_t n);

#endif
