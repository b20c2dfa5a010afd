/* Which plans a draft is checked against (DESIGN.md "Which plans").
 *
 * A draft whose title (its first paragraph) names a bundled plan's region
 * and period belongs to that plan (the most specific one if several fit):
 * that plan is not checked against itself, its chain of parents is. Any
 * other draft is checked against every plan. --plan and --self override.
 *
 * Ownership: pc_selection owns its array; the plans belong to the dictset. */
#ifndef PC_SELECT_H
#define PC_SELECT_H

#include "pc_dict.h"
#include "pc_view.h"

typedef struct pc_selection {
	const pc_plan *self;     /* the draft's own plan, or NULL */
	const pc_plan **plans;   /* plans to check, national first */
	int32_t n;
} pc_selection;

/* self_id: --self (NULL: recognise); plan_ids: --plan list (NULL/0: by
 * the rule above). Unknown ids must have been rejected by the caller. */
void pc_select(const pc_dictset *ds, const pc_view *v, const char *self_id,
    char *const *plan_ids, int32_t nplan_ids, pc_selection *out);

/* The plan a title names, or NULL. title is folded text. */
const pc_plan *pc_select_recognise(const pc_dictset *ds, const UChar *title,
    int32_t n);

void pc_selection_free(pc_selection *sel);

#endif
