/* PLACEHOLDER: rule paired-punct, being written. */
#include "pc_rule.h"

const pc_rule pc_rule_paired_punct = {
	"paired-punct", PC_SEV_ERROR, NULL,
	{ "(not yet implemented)", "（尚未实现）" },
	{ "(not yet implemented)", "（尚未实现）" },
};
