/* Matching: every dictionary term of every loaded plan compiled into one
 * Aho–Corasick automaton (built once per run), plus the items' PCRE2
 * patterns. A term matches only where it starts and ends on a word
 * boundary. Overlapping hits of different plans are all kept; within one
 * plan the longest hit wins.
 *
 * Ownership: a pc_matcher borrows the dictset (which must outlive it).
 * pc_matches owns its hit array; the hits point into the dictset. */
#ifndef PC_MATCH_H
#define PC_MATCH_H

#include "pc_dict.h"
#include "pc_limits.h"
#include "pc_seg.h"
#include "pc_view.h"

/* How dictionary patterns are compiled and bounded (dictionaries are
 * data: a pattern that backtracks without end hits the limit). */
#define PC_PATTERN_FLAGS (PCRE2_UTF | PCRE2_CASELESS)

typedef struct pc_matcher pc_matcher;

typedef struct pc_hit {
	int32_t start, end;
	const pc_item *item;
	int32_t term;          /* index into item->terms, or -1 for a pattern */
} pc_hit;

typedef struct pc_matches {
	pc_hit *hits;          /* sorted by start, then end descending */
	int32_t n;
	int32_t limit_errors;  /* pattern runs stopped by a PCRE2 limit */
	const pc_item *limit_item; /* the first item whose pattern did */
} pc_matches;

/* Compile. Returns NULL only on an impossible automaton; pattern compile
 * errors are reported through report (path = the plan's file) and the
 * pattern is skipped. */
pc_matcher *pc_matcher_new(const pc_dictset *ds, pc_dict_report report,
    void *ctx);
void pc_matcher_free(pc_matcher *m);

/* Bound each pattern run (PCRE2 match and depth limits; 0: the default,
 * PC_MATCH_LIMIT_DEFAULT and PC_DEPTH_LIMIT_DEFAULT of pc_limits.h). */
void pc_matcher_set_limits(pc_matcher *m, uint32_t match_limit,
    uint32_t depth_limit);

/* Find all hits in view v. Segments (lazily) through a pc_seg it owns for
 * the call, gluing the lexicon's segment words. */
void pc_matcher_run(const pc_matcher *m, pc_view *v, pc_matches *out);

/* Segment all of v with the full lexicon layer (segment words and every
 * dictionary term glued): the token view `plancheck tokens` prints. */
void pc_matcher_tokens(const pc_matcher *m, pc_view *v);

/* Index of the first hit starting at or after off (mt->n if none). */
int32_t pc_matches_from(const pc_matches *mt, int32_t off);

void pc_matches_free(pc_matches *mt);

#endif
