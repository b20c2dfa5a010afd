/* Draft-only content: industries and tasks the draft itself enumerates —
 * the items of its counted lists and of 一是…/（一）… sequences under
 * industry and task headings (section kind tasks), found by the same list
 * parser as enum-count (pc_list) — that no checked higher-level plan
 * names. Local specialties such as 钟表, 自行车, 内衣 in the seed. An item
 * counts as named by a plan when a hit of one of the checked plans lies
 * inside it or covers it.
 *
 * Ownership: pc_draftonly owns its array; spans are offsets of the view. */
#ifndef PC_DRAFTONLY_H
#define PC_DRAFTONLY_H

#include "pc_dict.h"
#include "pc_list.h"
#include "pc_match.h"
#include "pc_outline.h"
#include "pc_select.h"
#include "pc_view.h"

typedef struct pc_dspan {
	int32_t start, end;      /* the item's words */
	int32_t heading;         /* innermost heading, or -1 */
} pc_dspan;

typedef struct pc_draftonly {
	pc_dspan *d;
	int32_t n;
} pc_draftonly;

/* counts: every declared count of the text (pc_counts_find), found once
 * for the rules and for this. */
void pc_draftonly_find(const pc_counts *counts, const pc_view *v,
    const pc_outline *o, const pc_matches *mt, const pc_selection *sel,
    pc_draftonly *out);

void pc_draftonly_free(pc_draftonly *d);

#endif
