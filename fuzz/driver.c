/* Stand-alone driver (after cmark's and utf8proc's fuzz_main.c): replays
 * the files and directories given on the command line through a target's
 * LLVMFuzzerTestOneInput, so every target builds and replays its corpus
 * with any compiler and without libFuzzer. Directories are read one level
 * deep, in name order; hidden files are skipped. A crash shows as the
 * sanitizer's report or a signal; the driver itself only counts. */
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "fuzz.h"
#include "pc_alloc.h"

static int verbose;

/* Run one file; returns 0, or -1 if it cannot be read. */
static int
run_file(const char *path)
{
	FILE *fp = fopen(path, "rb");
	unsigned char *buf = NULL;
	size_t n = 0, cap = 0, k;

	if (fp == NULL) {
		fprintf(stderr, "driver: %s: %s\n", path, strerror(errno));
		return -1;
	}
	for (;;) {
		pc_grow(&buf, &cap, n + 65536, 1);
		k = fread(buf + n, 1, cap - n, fp);
		n += k;
		if (k == 0)
			break;
	}
	if (ferror(fp)) {
		fprintf(stderr, "driver: %s: read error\n", path);
		fclose(fp);
		free(buf);
		return -1;
	}
	fclose(fp);
	if (verbose)
		fprintf(stderr, "driver: %s (%zu bytes)\n", path, n);
	/* a copy of exactly n bytes, so ASan sees reads past the input */
	{
		unsigned char *exact = pc_xmalloc(n > 0 ? n : 1);

		memcpy(exact, buf, n);
		free(buf);
		LLVMFuzzerTestOneInput(exact, n);
		free(exact);
	}
	return 0;
}

static int
name_cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static int
run_dir(const char *dir, long *count)
{
	DIR *d = opendir(dir);
	struct dirent *de;
	char **names = NULL;
	size_t n = 0, cap = 0;
	int bad = 0;

	if (d == NULL) {
		fprintf(stderr, "driver: %s: %s\n", dir, strerror(errno));
		return -1;
	}
	while ((de = readdir(d)) != NULL) {
		if (de->d_name[0] == '.')
			continue;
		pc_grow(&names, &cap, n + 1, sizeof(*names));
		names[n++] = pc_xasprintf("%s/%s", dir, de->d_name);
	}
	closedir(d);
	pc_qsort(names, n, sizeof(*names), name_cmp);
	for (size_t i = 0; i < n; i++) {
		struct stat st;

		if (stat(names[i], &st) == 0 && S_ISREG(st.st_mode)) {
			if (run_file(names[i]) != 0)
				bad = -1;
			else
				(*count)++;
		}
		free(names[i]);
	}
	free(names);
	return bad;
}

int
main(int argc, char *argv[])
{
	long count = 0;
	int bad = 0;

	if (argc > 1 && strcmp(argv[1], "-v") == 0) {
		verbose = 1;
		argc--;
		argv++;
	}
	if (argc < 2) {
		fprintf(stderr, "usage: %s [-v] FILE|DIR...\n", argv[0]);
		return 2;
	}
	for (int i = 1; i < argc; i++) {
		struct stat st;

		if (stat(argv[i], &st) != 0) {
			fprintf(stderr, "driver: %s: %s\n", argv[i],
			    strerror(errno));
			bad = 1;
		} else if (S_ISDIR(st.st_mode)) {
			if (run_dir(argv[i], &count) != 0)
				bad = 1;
		} else if (run_file(argv[i]) != 0) {
			bad = 1;
		} else {
			count++;
		}
	}
	fprintf(stderr, "driver: %ld inputs replayed\n", count);
	return bad ? 2 : 0;
}
