/* Writers: the result model to text or JSON. No analysis happens here.
 * Each returns 0, or -1 if writing failed (the caller reports it). */
#ifndef PC_OUT_H
#define PC_OUT_H

#include <stdio.h>

#include "pc_dict.h"
#include "pc_result.h"

/* Diagnostics (path:line:col: severity: message [rule]) of one file, then
 * its coverage summary. Input errors are not printed here. */
int pc_out_text(FILE *fp, const pc_rfile *rf, int lang, int summary);

/* The whole run as one JSON document (see plancheck(1)), at once or in
 * pieces: begin, one call per file (first set for the first), end. */
int pc_out_json(FILE *fp, const pc_dictset *ds, const pc_rfile *files,
    int32_t n, int lang);
int pc_out_json_begin(FILE *fp, const pc_dictset *ds);
int pc_out_json_file(FILE *fp, const pc_rfile *rf, int lang, int first);
int pc_out_json_end(FILE *fp, int nfiles);

/* One line per file: {"version", "tool", "plans", "file": {…}} with the
 * file object of the JSON document; for large batches and for merging. */
int pc_out_jsonl(FILE *fp, const pc_dictset *ds, const pc_rfile *rf,
    int lang);

/* SARIF 2.1.0: one run, the rules with their metadata, one result per
 * finding; columns in Unicode code points. */
int pc_out_sarif(FILE *fp, const pc_rfile *files, int32_t n, int lang);

/* GitHub Actions workflow commands (::error file=…,line=…::message). */
int pc_out_github(FILE *fp, const pc_rfile *rf, int lang);

/* CSV (RFC 4180): a header, then per file one "coverage" row per checked
 * plan and one "finding" row per finding. header: print the header row. */
int pc_out_csv(FILE *fp, const pc_rfile *rf, int lang, int header);

/* Every result of a run, in order, in the format o->format: the
 * streaming writers file by file, the others once. Returns 0 or -1. */
struct pc_opts;
int pc_out_all(FILE *fp, const struct pc_opts *o, const pc_dictset *ds,
    const pc_rfile *files, int32_t n);

#endif
