/* PLACEHOLDER: rule period-year, being written. */
#include "pc_rule.h"

const pc_rule pc_rule_period_year = {
	"period-year", PC_SEV_WARNING, NULL,
	{ "(not yet implemented)", "（尚未实现）" },
	{ "(not yet implemented)", "（尚未实现）" },
};
