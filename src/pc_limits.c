/* Resource limits: the defaults. */
#include "pc_limits.h"

void
pc_limits_default(pc_limits *lim)
{
	lim->max_input = PC_MAX_INPUT_DEFAULT;
	lim->max_part = PC_MAX_PART_DEFAULT;
	lim->max_depth = PC_MAX_DEPTH_DEFAULT;
	lim->match_limit = PC_MATCH_LIMIT_DEFAULT;
	lim->depth_limit = PC_DEPTH_LIMIT_DEFAULT;
	lim->max_findings = PC_MAX_FINDINGS_DEFAULT;
}
