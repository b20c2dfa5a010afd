/* HTML reader: libxml2's HTML parser (no network, no entity loading).
 * Block elements (p, div, li, td, th, h1–h6, blockquote, pre, section,
 * article, dt, dd, caption, title …) are paragraphs, the text of inline
 * elements joins their block, h1–h6 give pc_para.style_level 1–6. Not
 * draft text, so skipped: script, style, noscript, template, iframe, svg,
 * math, object, select, textarea, button, canvas, audio, video, nav,
 * aside, footer, anything hidden (the hidden attribute, display:none),
 * and head — except <title>, a paragraph when the body has no <h1>.
 *
 * The text joins paragraphs with LF; the source map has one anchor per
 * paragraph whose line is the source line where the paragraph's element
 * starts (beyond 65,535 lines too); columns count within the paragraph's
 * text. The charset comes from a BOM, a <meta charset> (GB labels read
 * as GB18030), the encoding argument, or the bytes as for text; the page
 * is decoded by the source stage and handed to libxml2 as UTF-8.
 *
 * Ownership: as pc_input_read. */
#ifndef PC_HTML_H
#define PC_HTML_H

#include "pc_input.h"

/* bytes[0..n) is the whole file (borrowed). Returns 0, or -1 with *err
 * filled (PC_SRC_BAD_MARKUP, PC_SRC_ENTITY, PC_SRC_TOO_DEEP, or a
 * decoding error). */
int pc_html_read(const char *path, const unsigned char *bytes, size_t n,
    const char *encoding, const pc_limits *lim, pc_source *src, pc_doc *doc,
    pc_src_error *err);

/* Non-zero if bytes look like HTML (a doctype or <html>, <head>, <body>,
 * <p> or <div> near the start, after a BOM and blanks). */
int pc_html_sniff(const unsigned char *bytes, size_t n);

#endif
