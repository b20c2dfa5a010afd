/* Resource limits of a run, all settable from the command line and
 * documented in plancheck(1) (LIMITS): what one input may cost before it
 * is refused or its analysis is cut short. */
#ifndef PC_LIMITS_H
#define PC_LIMITS_H

#include <stddef.h>
#include <stdint.h>

typedef struct pc_limits {
	size_t max_input;      /* bytes of one input file */
	size_t max_part;       /* bytes of one expanded DOCX part */
	int max_depth;         /* nesting depth of DOCX/HTML markup */
	uint32_t match_limit;  /* PCRE2 match limit per pattern run */
	uint32_t depth_limit;  /* PCRE2 depth limit per pattern run */
	int32_t max_findings;  /* findings kept per rule per file; 0: all */
} pc_limits;

#define PC_MAX_INPUT_DEFAULT ((size_t)256 * 1024 * 1024)
#define PC_MAX_PART_DEFAULT ((size_t)64 * 1024 * 1024)
#define PC_MAX_DEPTH_DEFAULT 256
#define PC_MATCH_LIMIT_DEFAULT 100000
#define PC_DEPTH_LIMIT_DEFAULT 1000
#define PC_MAX_FINDINGS_DEFAULT 1000

/* Every limit at its default. */
void pc_limits_default(pc_limits *lim);

#endif
