/* Text view: the matching form of a document in the same offset space as
 * its source text — a character-for-character fold (full-width Latin
 * letters and digits to ASCII, Latin to lower case; never a change of
 * length, so not NFKC), Word-export leftovers ("[bookmark: _Toc1]",
 * "[image: …]") and one-line "<!-- … -->" comments masked, and word boundaries computed on demand by pc_seg.
 *
 * Ownership: a pc_view borrows its source and document (which must outlive
 * it) and owns the fold and flag arrays; pc_view_free releases them. */
#ifndef PC_VIEW_H
#define PC_VIEW_H

#include <stdint.h>
#include <unicode/utypes.h>

#include "pc_doc.h"

/* A span of the text: [start, end). */
typedef struct pc_span {
	int32_t start, end;
} pc_span;

/* Per code unit flags. */
enum {
	PC_VF_MASK = 1,     /* part of a masked span: analyses skip it */
	PC_VF_SEG = 2,      /* its segmentation window has been segmented */
	PC_VF_BOUND = 4     /* a word boundary lies just before this unit */
};

typedef struct pc_view {
	const pc_source *src;
	const pc_doc *doc;
	const UChar *text;   /* src->text */
	UChar *fold;         /* folded copy; masked units become U+0020 */
	uint8_t *flags;
	int32_t len;
} pc_view;

/* Fold one code unit (see above). */
UChar pc_fold_unit(UChar c);

void pc_view_init(pc_view *v, const pc_source *src, const pc_doc *doc);
void pc_view_free(pc_view *v);

/* Non-zero if c ends a clause (，；。！？ and their ASCII forms) */
int pc_is_clause_end(UChar c);
/* Non-zero if c ends a sentence (。！？) */
int pc_is_sentence_end(UChar c);

/* The clause or sentence around off, within its paragraph: [*s, *e), the
 * terminating punctuation excluded. */
void pc_view_clause(const pc_view *v, int32_t off, int32_t *s, int32_t *e);
void pc_view_sentence(const pc_view *v, int32_t off, int32_t *s, int32_t *e);

/* The insides of the outermost “…” of every paragraph that are at least
 * min_len units long — quotations, whose words are another document's —
 * in text order; the caller frees the array. */
pc_span *pc_view_quotations(const pc_view *v, int32_t min_len, int32_t *n);

/* UTF-8 copy of text[s..e) (original, not folded); caller frees. */
char *pc_view_utf8(const pc_view *v, int32_t s, int32_t e);

#endif
