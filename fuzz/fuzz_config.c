/* Fuzz target: the configuration parser (pc_config_load) on the input
 * written as a file, then resolution for a few checked paths (globs of
 * every section run against them) and printing. Problems must come as one
 * line, in both languages, with a line number inside the file. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"
#include "pc_alloc.h"
#include "pc_config.h"

static void
report(const char *path, int line, const char *en, const char *zh,
    void *ctx)
{
	size_t nlines = *(size_t *)ctx;

	if (path == NULL || en == NULL || zh == NULL)
		pc_fuzz_fail("problem without path or message");
	if (strchr(en, '\n') != NULL || strchr(zh, '\n') != NULL)
		pc_fuzz_fail("problem message of more than one line");
	if (line < 0 || (size_t)line > nlines + 1)
		pc_fuzz_fail("problem line outside the file");
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static FILE *null;
	static const char *const checked[] = {
		"draft.txt", "sub/dir/plan.docx", "/abs/path/x.html", "-",
		"中文/规划.txt"
	};
	size_t nlines = 0;
	char *path;
	pc_config *c;

	if (null == NULL && (null = fopen("/dev/null", "w")) == NULL)
		pc_fuzz_fail("cannot open /dev/null");
	for (size_t i = 0; i < size; i++)
		if (data[i] == '\n')
			nlines++;
	path = pc_fuzz_write(".plancheck.conf", data, size);
	c = pc_config_load(path, report, &nlines);
	if (c == NULL)
		pc_fuzz_fail("a written file could not be read");
	for (size_t i = 0; i < sizeof(checked) / sizeof(checked[0]); i++) {
		pc_settings s;
		char *p = checked[i][0] == '/' || checked[i][0] == '-' ?
		    pc_xstrdup(checked[i]) :
		    pc_xasprintf("%s/%s", pc_fuzz_tmpdir(), checked[i]);

		memset(&s, 0, sizeof(s));
		pc_config_resolve(c, p, &s);
		pc_settings_print(null, &s);
		pc_settings_free(&s);
		free(p);
	}
	pc_config_free(c);
	free(path);
	return 0;
}
