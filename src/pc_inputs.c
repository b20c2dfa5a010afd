/* Input expansion: directories are searched, without recursion on the
 * directory depth, for .txt, .md, .docx, .html and .htm drafts. */
#include "pc_inputs.h"

#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "pc_alloc.h"

static int
is_draft(const char *name)
{
	static const char *const ext[] = { ".txt", ".md", ".docx", ".html",
	    ".htm" };
	size_t n = strlen(name);

	for (size_t i = 0; i < sizeof(ext) / sizeof(ext[0]); i++) {
		size_t k = strlen(ext[i]);
		if (n > k && strcmp(name + n - k, ext[i]) == 0)
			return 1;
	}
	return 0;
}

static int
str_cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static void
push(char ***v, int32_t *n, size_t *cap, char *s)
{
	pc_grow(v, cap, (size_t)*n + 1, sizeof(**v));
	(*v)[(*n)++] = s;
}

/* All drafts under dir, sorted by path. */
static void
walk(const char *dir, char ***out, int32_t *nout, size_t *capout,
    void (*report)(const char *, int, void *), void *ctx)
{
	char **todo = NULL, **found = NULL;
	int32_t ntodo = 0, nfound = 0;
	size_t ctodo = 0, cfound = 0;

	push(&todo, &ntodo, &ctodo, pc_xstrdup(dir));
	while (ntodo > 0) {
		char *d = todo[--ntodo];
		DIR *dp = opendir(d);
		struct dirent *de;

		if (dp == NULL) {
			if (report)
				report(d, errno, ctx);
			free(d);
			continue;
		}
		while ((de = readdir(dp)) != NULL) {
			struct stat st;
			char *p;

			if (de->d_name[0] == '.')
				continue;
			p = pc_xasprintf("%s/%s", d, de->d_name);
			if (stat(p, &st) != 0) {
				free(p);
				continue;
			}
			if (S_ISDIR(st.st_mode))
				push(&todo, &ntodo, &ctodo, p);
			else if (S_ISREG(st.st_mode) && is_draft(de->d_name))
				push(&found, &nfound, &cfound, p);
			else
				free(p);
		}
		closedir(dp);
		free(d);
	}
	free(todo);
	pc_qsort(found, (size_t)nfound, sizeof(*found), str_cmp);
	for (int32_t i = 0; i < nfound; i++)
		push(out, nout, capout, found[i]);
	free(found);
}

void
pc_inputs_expand(pc_inputs *in, char *const *args, int32_t nargs,
    void (*report)(const char *path, int err, void *ctx), void *ctx)
{
	size_t cap = 0;

	in->paths = NULL;
	in->n = 0;
	for (int32_t i = 0; i < nargs; i++) {
		struct stat st;
		const char *a = args[i];

		if (strcmp(a, "-") != 0 && stat(a, &st) == 0 &&
		    S_ISDIR(st.st_mode)) {
			size_t n = strlen(a);
			char *d = pc_xstrdup(a);
			while (n > 1 && d[n - 1] == '/')
				d[--n] = '\0';
			walk(d, &in->paths, &in->n, &cap, report, ctx);
			free(d);
		} else {
			push(&in->paths, &in->n, &cap, pc_xstrdup(a));
		}
	}
}

void
pc_inputs_free(pc_inputs *in)
{
	for (int32_t i = 0; i < in->n; i++)
		free(in->paths[i]);
	free(in->paths);
	in->paths = NULL;
	in->n = 0;
}
