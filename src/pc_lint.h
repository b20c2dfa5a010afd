/* Dictionary linter (`plancheck dict lint [DIR]`): loads a dictionary
 * directory as a check would and reports what makes a dictionary silently
 * wrong — load and schema errors, duplicate ids, terms claimed by two items,
 * terms and patterns that cannot match, failing examples, missing
 * provenance, unverified items and malformed formulations — each with a
 * stable id ("lint-…"; the list is pc_lint_ids).
 *
 * Ownership: pc_lint_run borrows its arguments; out is written, not
 * closed. */
#ifndef PC_LINT_H
#define PC_LINT_H

#include <stdio.h>

#include "pc_dict.h"

/* Lint every dictionary of dir, with the schemas of dir or, where dir has
 * none, of schema_dir (as pc_dictset_load). Prints one line per problem to
 * out, in file and line order:
 *
 *	path:line:col: error|warning|note: message [lint-ID]
 *
 * ("path: LEVEL: …" where no line applies), messages in lang (PC_LANG_EN
 * or PC_LANG_ZH of pc_finding.h). Returns 2 if dir or one of its files
 * cannot be loaded, else 1 if there is an error or warning, else 0 (notes
 * alone leave it 0). */
int pc_lint_run(const char *dir, const char *schema_dir, int lang,
    FILE *out);

/* What a check says of the dictionaries it loads: a term two items of one
 * plan claim (the later item never gets its hits; lint-alias-collision
 * but for formulations, which count for both), one call per term, at the
 * later item's line, the message in both languages (borrowed). */
typedef void (*pc_lint_warn)(const char *path, int line, const char *en,
    const char *zh, void *ctx);
void pc_lint_collisions(const pc_dictset *ds, pc_lint_warn warn,
    void *ctx);

/* The lint ids, NULL-terminated, for documentation and tests. */
extern const char *const pc_lint_ids[];

#endif
