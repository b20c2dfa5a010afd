/* The rule table and the loop that runs it. */
#include "pc_rule.h"

#include <string.h>

const pc_rule *const pc_rules[] = {
	&pc_rule_coverage_gap,
	&pc_rule_enum_count,
	&pc_rule_numbering,
	&pc_rule_paired_punct,
	&pc_rule_term_variant,
	&pc_rule_formulation,
	&pc_rule_period_year,
	&pc_rule_separator_style,
	&pc_rule_punct_width,
	&pc_rule_abbrev,
	&pc_rule_outline_order,
	&pc_rule_quote_check,
	&pc_rule_unused_suppression,
	&pc_rule_pattern_limit,
	&pc_rule_finding_limit,
};
const int pc_nrules = (int)(sizeof(pc_rules) / sizeof(pc_rules[0]));

const pc_rule *
pc_rule_find(const char *id)
{
	for (int i = 0; i < pc_nrules; i++)
		if (strcmp(pc_rules[i]->id, id) == 0)
			return pc_rules[i];
	return NULL;
}

void
pc_rules_run(const pc_rule_ctx *c, const int *sev_override,
    pc_findings *out)
{
	for (int i = 0; i < pc_nrules; i++) {
		const pc_rule *r = pc_rules[i];
		int sev = sev_override ? sev_override[i] : PC_RULE_DEFAULT;

		if (r->run == NULL || sev == PC_RULE_OFF)
			continue;
		r->run(c, sev == PC_RULE_DEFAULT ? r->sev : (pc_severity)sev,
		    out);
	}
}
