/* git, as an external program (never reimplemented): the staged version of
 * a file (--staged) and the lines changed since a revision (--diff REF).
 * Runs git with execvp and a fixed argument vector, never through a
 * shell, in the file's directory.
 *
 * Ownership: results are malloc'd; the caller frees them. */
#ifndef PC_GIT_H
#define PC_GIT_H

#include <stddef.h>
#include <stdint.h>

/* The staged content of path (git show :./NAME in its directory).
 * Returns 0, or -1 with *err (malloc'd, one line, git's own words when it
 * gave any). */
int pc_git_staged(const char *path, unsigned char **bytes, size_t *n,
    char **err);

/* Line ranges [first, last] (1-based, in the current version of path —
 * the working tree, or the index with staged set) changed since rev
 * (git diff -U0 [--cached] rev -- NAME). A new, untracked file counts as
 * wholly changed (one range 1..INT32_MAX). Returns 0, or -1 with *err. */
typedef struct pc_line_range {
	int32_t first, last;
} pc_line_range;

int pc_git_changed_lines(const char *path, const char *rev, int staged,
    pc_line_range **ranges, int32_t *n, char **err);

#endif
