/* Changes between two results of the same draft (--since OLD_DRAFT):
 * items newly covered, newly missing, strength changes, findings fixed and
 * introduced (findings matched by rule, English message and text, not by
 * line).
 *
 * Ownership: pc_changes owns its arrays; items point into the dictset,
 * findings into the two results, which must outlive it. */
#ifndef PC_COMPARE_H
#define PC_COMPARE_H

#include "pc_result.h"

typedef struct pc_item_change {
	const pc_plan *plan;
	const pc_item *item;
	int old_strength;        /* 0 = missing */
	int new_strength;
} pc_item_change;

typedef struct pc_changes {
	pc_item_change *items;   /* only items whose strength changed */
	int32_t nitems;
	const pc_rfinding **fixed;      /* in the old result only */
	int32_t nfixed;
	const pc_rfinding **introduced; /* in the new result only */
	int32_t nintroduced;
} pc_changes;

void pc_compare(const pc_rfile *old, const pc_rfile *cur, pc_changes *out);

void pc_changes_free(pc_changes *c);

#endif
