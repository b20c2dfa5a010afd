/* Document stage: the decoded text cut into paragraphs.
 *
 * Plain text: a paragraph is a line, except that a line which ends inside an
 * open 《 or “ and without sentence-final punctuation (。！？；：) continues
 * on the next line (a title wrapped over two lines), unless that line opens
 * with a heading marker. DOCX and HTML readers make
 * their paragraphs themselves (and may set a heading level from styles).
 *
 * Ownership: pc_doc borrows its pc_source (which must outlive it) and owns
 * its paragraph array; pc_doc_free releases it. */
#ifndef PC_DOC_H
#define PC_DOC_H

#include "pc_source.h"

typedef struct pc_para {
	int32_t start;       /* offset of the first code unit */
	int32_t end;         /* offset just past the last one (before the LF) */
	int32_t style_level; /* 1..9 from a heading style or h1-h6; 0 none */
} pc_para;

typedef struct pc_doc {
	const pc_source *src;
	pc_para *paras;
	int32_t npara;
} pc_doc;

/* Paragraphs of a plain-text source. Empty lines make no paragraph. */
void pc_doc_from_text(const pc_source *src, pc_doc *doc);

/* Join a title wrapped over several paragraphs (the rule above) into one;
 * DOCX and HTML readers' paragraphs get the same treatment, since authors
 * press Enter inside titles in Word too. */
void pc_doc_join_wrapped(pc_doc *doc);

/* Adopt paragraphs made by another reader (array ownership passes). */
void pc_doc_adopt(pc_doc *doc, const pc_source *src, pc_para *paras,
    int32_t npara);

/* Index of the paragraph containing off, or -1 if off is in no paragraph. */
int32_t pc_doc_para_at(const pc_doc *doc, int32_t off);

void pc_doc_free(pc_doc *doc);

#endif
