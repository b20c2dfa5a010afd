/* Helpers of the fuzz targets (see fuzz.h). State that outlives one input
 * (dictionaries, the private directory) is made once: loading the bundled
 * dictionaries per input would spend the run on schema validation. */
#include "fuzz.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <unicode/ustring.h>

#include "pc_alloc.h"

#ifndef PC_FUZZ_ROOT
#define PC_FUZZ_ROOT "."
#endif

static char *tmpdir;

const char *
pc_fuzz_root(void)
{
	const char *r = getenv("PC_FUZZ_ROOT");

	return r != NULL && *r != '\0' ? r : PC_FUZZ_ROOT;
}

const char *
pc_fuzz_dictdir(void)
{
	static char *dir;
	const char *d = getenv("PC_FUZZ_DICTS");

	if (d != NULL && *d != '\0')
		return d;
	if (dir == NULL)
		dir = pc_xasprintf("%s/dicts", pc_fuzz_root());
	return dir;
}

int
pc_fuzz_known(const char *bug)
{
	const char *k = getenv("PC_FUZZ_KNOWN");
	size_t n = strlen(bug);

	while (k != NULL && *k != '\0') {
		if (strncmp(k, bug, n) == 0 && (k[n] == ',' || k[n] == '\0'))
			return 1;
		k = strchr(k, ',');
		if (k != NULL)
			k++;
	}
	return 0;
}

void
pc_fuzz_fail(const char *what)
{
	fprintf(stderr, "fuzz: invariant failed: %s\n", what);
	abort();
}

/* Remove the private directory and what the targets wrote into it (flat). */
static void
cleanup(void)
{
	DIR *d;
	struct dirent *de;

	if (tmpdir == NULL)
		return;
	if ((d = opendir(tmpdir)) != NULL) {
		while ((de = readdir(d)) != NULL) {
			char *p;

			if (strcmp(de->d_name, ".") == 0 ||
			    strcmp(de->d_name, "..") == 0)
				continue;
			p = pc_xasprintf("%s/%s", tmpdir, de->d_name);
			unlink(p);
			free(p);
		}
		closedir(d);
	}
	rmdir(tmpdir);
	free(tmpdir);
	tmpdir = NULL;
}

const char *
pc_fuzz_tmpdir(void)
{
	if (tmpdir == NULL) {
		const char *t = getenv("TMPDIR");

		tmpdir = pc_xasprintf("%s/pc-fuzz.XXXXXX",
		    t != NULL && *t != '\0' ? t : "/tmp");
		if (mkdtemp(tmpdir) == NULL) {
			perror(tmpdir);
			exit(2);
		}
		atexit(cleanup);
	}
	return tmpdir;
}

char *
pc_fuzz_write(const char *name, const uint8_t *data, size_t size)
{
	char *path = pc_xasprintf("%s/%s", pc_fuzz_tmpdir(), name);
	FILE *fp = fopen(path, "wb");

	if (fp == NULL || (size > 0 && fwrite(data, 1, size, fp) != size) ||
	    fclose(fp) != 0) {
		perror(path);
		exit(2);
	}
	return path;
}

static void
load_once(pc_dictset *ds, const pc_matcher **m, const char *dir)
{
	int bad = pc_dictset_load(ds, dir, pc_fuzz_dictdir(), NULL, NULL);

	if (bad != 0 || ds->nplans == 0) {
		fprintf(stderr, "fuzz: %s: cannot load the dictionaries "
		    "(%d problems)\n", dir, bad);
		exit(2);
	}
	*m = pc_matcher_new(ds, NULL, NULL);
	if (*m == NULL) {
		fprintf(stderr, "fuzz: %s: cannot build the matcher\n", dir);
		exit(2);
	}
}

const pc_dictset *
pc_fuzz_bundled(const pc_matcher **m)
{
	static pc_dictset ds;
	static const pc_matcher *mm;

	if (mm == NULL)
		load_once(&ds, &mm, pc_fuzz_dictdir());
	if (m != NULL)
		*m = mm;
	return &ds;
}

const pc_dictset *
pc_fuzz_small(const pc_matcher **m)
{
	static pc_dictset ds;
	static const pc_matcher *mm;

	if (mm == NULL) {
		char *dir = pc_xasprintf("%s/tests/data/dicts/basic",
		    pc_fuzz_root());

		load_once(&ds, &mm, dir);
		free(dir);
	}
	if (m != NULL)
		*m = mm;
	return &ds;
}

UChar *
pc_fuzz_utf16(const uint8_t *data, size_t size, int32_t *len)
{
	UErrorCode ec = U_ZERO_ERROR;
	int32_t n = 0;
	UChar *u;

	if (size > INT32_MAX / 2)
		size = INT32_MAX / 2;
	/* at most one UTF-16 unit per byte */
	u = pc_xcalloc(size + 1, sizeof(*u));
	u_strFromUTF8WithSub(u, (int32_t)size + 1, &n, (const char *)data,
	    (int32_t)size, 0xFFFD, NULL, &ec);
	if (U_FAILURE(ec))
		n = 0;
	u[n] = 0;
	*len = n;
	return u;
}

void
pc_fuzz_check_read(const pc_source *src, const pc_doc *doc)
{
	if (src->text == NULL || src->len < 0 || src->text[src->len] != 0)
		pc_fuzz_fail("text not NUL-terminated");
	if (src->nanchors < 1 || src->anchors[0].off != 0)
		pc_fuzz_fail("first anchor not at 0");
	for (int32_t i = 1; i < src->nanchors; i++)
		if (src->anchors[i].off < src->anchors[i - 1].off ||
		    src->anchors[i].off > src->len)
			pc_fuzz_fail("anchors not sorted or past the end");
	for (int32_t i = 0; i < doc->npara; i++)
		if (doc->paras[i].start < 0 ||
		    doc->paras[i].start > doc->paras[i].end ||
		    doc->paras[i].end > src->len ||
		    (i > 0 && doc->paras[i].start < doc->paras[i - 1].end) ||
		    doc->paras[i].style_level < 0 ||
		    doc->paras[i].style_level > 9)
			pc_fuzz_fail("paragraphs out of order");
	for (int u = PC_UNIT_CHAR; u <= PC_UNIT_UTF16; u++) {
		int32_t l, c;

		pc_source_pos(src, src->len, (pc_unit)u, &l, &c);
		if (l < 1 || c < 1)
			pc_fuzz_fail("position before 1:1");
	}
}
