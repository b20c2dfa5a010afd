/* PLACEHOLDER: rule quote-check, being written. */
#include "pc_rule.h"

const pc_rule pc_rule_quote_check = {
	"quote-check", PC_SEV_WARNING, NULL,
	{ "(not yet implemented)", "（尚未实现）" },
	{ "(not yet implemented)", "（尚未实现）" },
};
