/* PLACEHOLDER: rule punct-width, being written. */
#include "pc_rule.h"

const pc_rule pc_rule_punct_width = {
	"punct-width", PC_SEV_WARNING, NULL,
	{ "(not yet implemented)", "（尚未实现）" },
	{ "(not yet implemented)", "（尚未实现）" },
};
