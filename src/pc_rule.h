/* Consistency rules: each rule is one module with one entry point of the
 * signature pc_rule_fn, registered in the table of pc_rules.c with its
 * stable id, default severity and documentation (shown by --explain and in
 * plancheck(1)).
 *
 * A rule reads the analysis context (borrowed; nothing in it may be
 * changed) and appends findings with pc_findings_add, rendering its message
 * in English and Chinese, quoting the words involved. */
#ifndef PC_RULE_H
#define PC_RULE_H

#include "pc_dict.h"
#include "pc_finding.h"
#include "pc_list.h"
#include "pc_match.h"
#include "pc_outline.h"
#include "pc_select.h"
#include "pc_view.h"

/* A reference text for quote-check: a named document's full text. */
typedef struct pc_reftext {
	char *title;            /* e.g. 深圳市国民经济和社会发展第十五个五年规划纲要 */
	UChar *text;            /* folded, NUL-terminated */
	int32_t len;
} pc_reftext;

typedef struct pc_rule_ctx {
	const pc_dictset *ds;
	const pc_view *v;        /* text, fold, flags (PC_VF_MASK), doc */
	const pc_outline *o;
	const pc_matches *mt;    /* hits of every loaded plan */
	const pc_selection *sel; /* the draft's own plan and the checked ones */
	const pc_counts *counts; /* every declared count of the text, with
	                            its list (pc_list.h), found once */
	int period_start;        /* plan period from --period, else 0 */
	int period_end;
	const pc_reftext *refs;  /* --ref texts */
	int32_t nrefs;
} pc_rule_ctx;

typedef void (*pc_rule_fn)(const pc_rule_ctx *c, pc_severity sev,
    pc_findings *out);

typedef struct pc_rule {
	const char *id;
	pc_severity sev;        /* default severity */
	pc_rule_fn run;         /* NULL for rules reported elsewhere
	                           (coverage-gap) */
	const char *summary[PC_NLANG];  /* one line */
	const char *doc[PC_NLANG];      /* one paragraph, for --explain */
} pc_rule;

/* The rules, in the order they run and are documented. */
extern const pc_rule *const pc_rules[];
extern const int pc_nrules;

/* Each rule module defines one of these. */
extern const pc_rule pc_rule_coverage_gap;
extern const pc_rule pc_rule_enum_count;
extern const pc_rule pc_rule_numbering;
extern const pc_rule pc_rule_paired_punct;
extern const pc_rule pc_rule_term_variant;
extern const pc_rule pc_rule_formulation;
extern const pc_rule pc_rule_period_year;
extern const pc_rule pc_rule_separator_style;
extern const pc_rule pc_rule_punct_width;
extern const pc_rule pc_rule_abbrev;
extern const pc_rule pc_rule_outline_order;
extern const pc_rule pc_rule_quote_check;
extern const pc_rule pc_rule_unused_suppression;
extern const pc_rule pc_rule_pattern_limit;
extern const pc_rule pc_rule_finding_limit;

const pc_rule *pc_rule_find(const char *id);

/* Run every rule with a run function, in table order. sev_override[i] is
 * the severity for pc_rules[i], or -1 for its default, or -2 for off; NULL
 * for all defaults. */
#define PC_RULE_DEFAULT (-1)
#define PC_RULE_OFF (-2)
void pc_rules_run(const pc_rule_ctx *c, const int *sev_override,
    pc_findings *out);

#endif
