/* PLACEHOLDER: rule enum-count, being written. */
#include "pc_rule.h"

const pc_rule pc_rule_enum_count = {
	"enum-count", PC_SEV_ERROR, NULL,
	{ "(not yet implemented)", "（尚未实现）" },
	{ "(not yet implemented)", "（尚未实现）" },
};
