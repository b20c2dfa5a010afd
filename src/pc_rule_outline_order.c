/* PLACEHOLDER: rule outline-order, being written. */
#include "pc_rule.h"

const pc_rule pc_rule_outline_order = {
	"outline-order", PC_SEV_WARNING, NULL,
	{ "(not yet implemented)", "（尚未实现）" },
	{ "(not yet implemented)", "（尚未实现）" },
};
