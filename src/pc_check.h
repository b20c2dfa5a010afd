/* The pipeline for one input: source → document → text view → matches →
 * analyses → result. Stateless between files, so files can be checked in
 * any order (and later in parallel).
 *
 * Ownership: a pc_checker borrows the dictset, matcher and options. */
#ifndef PC_CHECK_H
#define PC_CHECK_H

#include <stdio.h>

#include "pc_dict.h"
#include "pc_match.h"
#include "pc_opts.h"
#include "pc_refs.h"
#include "pc_result.h"

typedef struct pc_checker {
	const pc_dictset *ds;
	const pc_matcher *m;
	const pc_opts *opts;
	const pc_refs *refs;
	const int *sev_override;  /* per pc_rules[] entry; NULL: defaults */
} pc_checker;

/* Check one file into rf (an input error becomes rf->error). */
void pc_check_file(const pc_checker *c, const char *path, pc_rfile *rf);

/* `plancheck tokens`: print the segmentation of path to fp, words
 * separated by two spaces, one line per input line. Returns 0, or -1 with
 * the error in rf->error (rf otherwise empty). */
int pc_check_tokens(const pc_checker *c, const char *path, FILE *fp,
    pc_rfile *rf);

#endif
