/* Segmentation: ICU's word BreakIterator, run lazily over bounded windows of
 * the text, and a lexicon layer that glues ICU tokens into longer words.
 *
 * A window is a run of text between punctuation, spaces, line ends and
 * masked spans; a run longer than PC_SEG_WINDOW units is cut into aligned
 * chunks, so memory and work stay bounded on text without punctuation. ICU
 * segments Han text run by run, so segmenting window by window gives the
 * boundaries a whole-text pass gives.
 *
 * Glue: a lexicon word found in a window whose start and end are ICU
 * boundaries removes the boundaries inside it (leftmost-longest first).
 * Glue only joins, never splits an ICU token.
 *
 * Ownership: pc_seg borrows the view (whose flags it writes) and the glue
 * spans; both must outlive it. */
#ifndef PC_SEG_H
#define PC_SEG_H

#include "pc_view.h"

#define PC_SEG_WINDOW 1024

typedef struct pc_seg pc_seg;

/* glue: spans sorted by start, and for one start longest first. */
pc_seg *pc_seg_new(pc_view *v, const pc_span *glue, int32_t nglue);

/* Non-zero if a word boundary lies at offset off (0 <= off <= len). */
int pc_seg_is_boundary(pc_seg *s, int32_t off);

/* Segment every window (for `plancheck tokens`). */
void pc_seg_all(pc_seg *s);

void pc_seg_free(pc_seg *s);

#endif
