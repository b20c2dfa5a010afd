/* PLACEHOLDER: rule term-variant, being written. */
#include "pc_rule.h"

const pc_rule pc_rule_term_variant = {
	"term-variant", PC_SEV_WARNING, NULL,
	{ "(not yet implemented)", "（尚未实现）" },
	{ "(not yet implemented)", "（尚未实现）" },
};
