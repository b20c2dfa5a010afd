/* Baselines: findings recorded once (--write-baseline FILE) and suppressed
 * in later runs (--baseline FILE), matched by path, rule, English message
 * and the words involved, never by line, so a draft that moves text around
 * keeps its baseline. Each recorded finding suppresses at most as many
 * findings as were recorded.
 *
 * The file is JSON: {"version": 1, "findings": [{"path", "rule",
 * "message", "text"}]}, written to a temporary file and renamed.
 *
 * Ownership: pc_baseline owns its entries. */
#ifndef PC_BASELINE_H
#define PC_BASELINE_H

#include <stdint.h>

#include "pc_result.h"

typedef struct pc_baseline pc_baseline;

/* Load FILE; NULL with *err (malloc'd, one line) if it cannot be read or
 * parsed. */
pc_baseline *pc_baseline_load(const char *file, char **err);

/* Remove from rf the findings the baseline covers (consuming entries).
 * Returns how many were removed. */
int32_t pc_baseline_apply(pc_baseline *b, pc_rfile *rf);

/* Write the findings of all files as a baseline, atomically. Returns 0,
 * or -1 with *err set. */
int pc_baseline_write(const char *file, const pc_rfile *files, int32_t n,
    char **err);

void pc_baseline_free(pc_baseline *b);

#endif
