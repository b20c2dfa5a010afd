/* Reference texts for quote-check: --ref FILE (the title is the file's
 * first line) or --ref TITLE=FILE.
 *
 * Ownership: pc_refs owns the texts; pc_refs_free releases them. */
#ifndef PC_REFS_H
#define PC_REFS_H

#include "pc_rule.h"
#include "pc_source.h"

typedef struct pc_refs {
	pc_reftext *r;
	int32_t n;
} pc_refs;

/* Load the specs; an unreadable file is reported (path, error message in
 * both languages) and left out. Returns the number of failures. */
int pc_refs_load(pc_refs *refs, const char *const *specs, int32_t n,
    const char *encoding, void (*report)(const char *path, const char *en,
    const char *zh, void *ctx), void *ctx);

void pc_refs_free(pc_refs *refs);

#endif
