/* Inputs: the command line's files, "-" and directories (searched
 * recursively for drafts) as one sorted list of paths. */
#ifndef PC_INPUTS_H
#define PC_INPUTS_H

#include <stdint.h>

typedef struct pc_inputs {
	char **paths;           /* owned */
	int32_t n;
} pc_inputs;

/* Expand args in order; the files found in one directory are sorted.
 * A directory that cannot be read is reported through report(path). */
void pc_inputs_expand(pc_inputs *in, char *const *args, int32_t nargs,
    void (*report)(const char *path, int err, void *ctx), void *ctx);

void pc_inputs_free(pc_inputs *in);

#endif
