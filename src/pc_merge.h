/* plancheck merge: JSON Lines shards (--format jsonl, one result per
 * file, from any number of runs and machines) read back into the result
 * model and written in any output format, as one run over all their files
 * would have written them. Files come out sorted by path, as a run over a
 * directory orders them; the plans named in the shards must be loaded
 * (same --dicts).
 *
 * Ownership: borrows the options. */
#ifndef PC_MERGE_H
#define PC_MERGE_H

#include "pc_dict.h"
#include "pc_opts.h"
#include "pc_result.h"

/* Read one JSON Lines file into *files (appending; *n updated). Problems
 * are printed to stderr as "path:line: error: …"; returns their number. */
int pc_merge_read(const char *path, const pc_dictset *ds, pc_rfile **files,
    int32_t *n, size_t *cap);

/* The merge command; returns the exit status. */
int pc_merge_main(const pc_opts *o);

#endif
