/* Coverage analysis: for each item of a checked plan, whether and how
 * strongly the draft takes it up.
 *
 * Strength of a hit: 1 mentioned (in a background section, or not
 * deployed); 2 deployed (in a goals or tasks section, and its clause holds
 * an action word, or it is an enumerated item — "五是新能源", "A、B、C" —
 * under a heading or lead sentence that holds one); 3 deployed with a
 * quantity (as 2, and its sentence holds a number with a unit or a target
 * year; list counts and ordinals are not quantities). Words come from the
 * lexicon.
 *
 * Ownership: pc_cov_plan owns its arrays; hits point into the pc_matches
 * and items into the dictset, which must outlive it. */
#ifndef PC_COVER_H
#define PC_COVER_H

#include "pc_dict.h"
#include "pc_finding.h"
#include "pc_match.h"
#include "pc_outline.h"
#include "pc_view.h"

typedef struct pc_cov_hit {
	const pc_hit *hit;
	int32_t heading;        /* innermost heading index, or -1 */
	int strength;
} pc_cov_hit;

typedef struct pc_cov_item {
	const pc_item *item;
	int strength;           /* 0 = missing */
	pc_cov_hit *hits;
	int32_t nhits;
} pc_cov_item;

typedef struct pc_cov_plan {
	const pc_plan *plan;
	pc_cov_item *items;     /* superseded groups left out */
	int32_t nitems;
	int32_t covered, total;
	int32_t req_covered, req_total;
} pc_cov_plan;

/* Section-kind classifier for pc_outline_build; ctx is the pc_dictset. */
pc_skind pc_cover_classify(const UChar *title, int32_t len, void *ctx);

void pc_cover_plan(const pc_plan *plan, const pc_dictset *ds,
    const pc_matches *mt, const pc_view *v, const pc_outline *o,
    pc_cov_plan *out);

/* coverage-gap findings for the plan's missing required items. */
void pc_cover_gaps(const pc_cov_plan *cp, pc_severity sev,
    pc_findings *fs);

void pc_cov_plan_free(pc_cov_plan *cp);

#endif
