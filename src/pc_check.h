/* The pipeline for one input: source → document → text view → matches →
 * analyses → result. Stateless between files, so files can be checked in
 * any order (and in parallel).
 *
 * Ownership: a pc_checker and a pc_fileopts only borrow what they point
 * to; pc_check_* fill a caller-provided pc_rfile. */
#ifndef PC_CHECK_H
#define PC_CHECK_H

#include <stdio.h>

#include "pc_dict.h"
#include "pc_input.h"
#include "pc_match.h"
#include "pc_refs.h"
#include "pc_result.h"

/* What one run shares between files. */
typedef struct pc_checker {
	const pc_dictset *ds;
	const pc_matcher *m;
	const pc_refs *refs;
	pc_limits limits;
	pc_unit unit;
	int sentences;           /* results carry each hit's sentence */
} pc_checker;

/* The settings of one file: the command line over its configuration. */
typedef struct pc_fileopts {
	char *const *plans;      /* --plan / plans = …; n == 0: by rule */
	int32_t nplans;
	const char *self;
	int period_start, period_end;
	const char *encoding;
	pc_informat informat;
	const int *sev;          /* per pc_rules[] entry (PC_RULE_DEFAULT,
	                            PC_RULE_OFF or a severity); NULL: all
	                            defaults */
	int staged;              /* read the version staged in git */
	int report_unused;       /* --report-unused-suppressions */
} pc_fileopts;

/* Check one file into rf (an input error becomes rf->error). */
void pc_check_file(const pc_checker *c, const pc_fileopts *fo,
    const char *path, pc_rfile *rf);

/* `plancheck tokens`: print the segmentation of path to fp, words
 * separated by two spaces, one line per input line. Returns 0, or -1 with
 * the error in rf->error (rf otherwise empty). */
int pc_check_tokens(const pc_checker *c, const pc_fileopts *fo,
    const char *path, FILE *fp, pc_rfile *rf);

#endif
