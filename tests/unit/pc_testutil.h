/* Shared helpers of the pipeline unit tests (test_dict, test_seg,
 * test_match, test_cover, test_select, test_opts, test_examples): test
 * dictionary sets, a draft built from a UTF-8 string through the real
 * source → doc → view stages, and a collector of dictionary load reports.
 *
 * Test dictionary sets live in $PC_TESTDATA/dicts/NAME and hold plan and
 * lexicon XML only: the schemas are always those the program ships,
 * $PC_DICTS/plan.rng and lexicon.rng (PC_DICTS defaults to "dicts"),
 * passed as pc_dictset_load's schema_dir, so the test data cannot drift
 * from them.
 *
 * Ownership: every helper that returns a string returns a malloc'd one;
 * pc_test_draft_free and pc_test_reports_free release what the matching
 * init filled in. */
#ifndef PC_TESTUTIL_H
#define PC_TESTUTIL_H

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <unicode/ustring.h>

#include "pc_alloc.h"
#include "pc_dict.h"
#include "pc_doc.h"
#include "pc_source.h"
#include "pc_view.h"

static inline const char *
pc_test_env(const char *name, const char *dflt)
{
	const char *v = getenv(name);

	return v != NULL && *v != '\0' ? v : dflt;
}

static inline const char *
pc_test_datadir(void)
{
	return pc_test_env("PC_TESTDATA", "tests/data");
}

/* The bundled dictionaries (the checkout's dicts/ by default). */
static inline const char *
pc_test_dictsdir(void)
{
	return pc_test_env("PC_DICTS", "dicts");
}

/* Whole file into a NUL-terminated buffer; NULL if unreadable. */
static inline char *
pc_test_slurp(const char *path, size_t *np)
{
	FILE *fp = fopen(path, "rb");
	char *buf = NULL;
	size_t n = 0, cap = 0, r;

	if (fp == NULL)
		return NULL;
	do {
		pc_grow(&buf, &cap, n + 4097, 1);
		r = fread(buf + n, 1, cap - n - 1, fp);
		n += r;
	} while (r > 0);
	fclose(fp);
	buf[n] = '\0';
	if (np != NULL)
		*np = n;
	return buf;
}

static inline int
pc_test_write(const char *dir, const char *name, const char *data, size_t n)
{
	char *path = pc_xasprintf("%s/%s", dir, name);
	FILE *fp = fopen(path, "wb");
	int ok = fp != NULL && fwrite(data, 1, n, fp) == n;

	if (fp != NULL && fclose(fp) != 0)
		ok = 0;
	free(path);
	return ok ? 0 : -1;
}

static inline int
pc_test_write_str(const char *dir, const char *name, const char *s)
{
	return pc_test_write(dir, name, s, strlen(s));
}

static inline int
pc_test_copy(const char *from, const char *dir, const char *name)
{
	size_t n;
	char *data = pc_test_slurp(from, &n);
	int rc;

	if (data == NULL)
		return -1;
	rc = pc_test_write(dir, name, data, n);
	free(data);
	return rc;
}

/* A fresh empty directory under $TMPDIR (or /tmp); NULL on failure. */
static inline char *
pc_test_mkdtemp(void)
{
	char *t = pc_xasprintf("%s/pc-test-XXXXXX",
	    pc_test_env("TMPDIR", "/tmp"));

	if (mkdtemp(t) == NULL) {
		free(t);
		return NULL;
	}
	return t;
}

/* $PC_TESTDATA/dicts/set; the caller frees it. */
static inline char *
pc_test_set_path(const char *set)
{
	return pc_xasprintf("%s/dicts/%s", pc_test_datadir(), set);
}

/* A temporary copy of test set `set` (NULL: an empty directory), for tests
 * that add files to it. Returns the directory (remove it with
 * pc_test_rmtree), or NULL. */
static inline char *
pc_test_dictset_dir(const char *set)
{
	char *dir = pc_test_mkdtemp();
	char *src;
	DIR *d;
	struct dirent *de;

	if (dir == NULL || set == NULL)
		return dir;
	src = pc_test_set_path(set);
	if ((d = opendir(src)) == NULL)
		fprintf(stderr, "cannot open %s\n", src);
	while (d != NULL && (de = readdir(d)) != NULL) {
		char *from;

		if (de->d_name[0] == '.')
			continue;
		from = pc_xasprintf("%s/%s", src, de->d_name);
		if (pc_test_copy(from, dir, de->d_name) != 0)
			fprintf(stderr, "cannot copy %s\n", from);
		free(from);
	}
	if (d != NULL)
		closedir(d);
	free(src);
	return dir;
}

/* Remove a flat directory made by the helpers above, and free its name. */
static inline void
pc_test_rmtree(char *dir)
{
	DIR *d;
	struct dirent *de;

	if (dir == NULL)
		return;
	if ((d = opendir(dir)) != NULL) {
		while ((de = readdir(d)) != NULL) {
			char *p;

			if (strcmp(de->d_name, ".") == 0 ||
			    strcmp(de->d_name, "..") == 0)
				continue;
			p = pc_xasprintf("%s/%s", dir, de->d_name);
			unlink(p);
			free(p);
		}
		closedir(d);
	}
	rmdir(dir);
	free(dir);
}

/* Reports of pc_dictset_load and pc_matcher_new, kept for assertions. */
typedef struct pc_test_report {
	char *path;
	int line;
	char *msg;
} pc_test_report;

typedef struct pc_test_reports {
	pc_test_report *r;
	int32_t n;
	size_t cap;
} pc_test_reports;

static inline void
pc_test_report_cb(const char *path, int line, const char *msg, void *ctx)
{
	pc_test_reports *rs = ctx;
	pc_test_report *r;

	pc_grow(&rs->r, &rs->cap, (size_t)rs->n + 1, sizeof(*rs->r));
	r = &rs->r[rs->n++];
	r->path = pc_xstrdup(path != NULL ? path : "(null)");
	r->line = line;
	r->msg = pc_xstrdup(msg != NULL ? msg : "(null)");
}

/* Print every report, for a failing test's log. */
static inline void
pc_test_reports_print(const pc_test_reports *rs)
{
	for (int32_t i = 0; i < rs->n; i++)
		fprintf(stderr, "  report: %s:%d: %s\n", rs->r[i].path,
		    rs->r[i].line, rs->r[i].msg);
}

/* The first report whose path ends with suffix, or NULL. */
static inline const pc_test_report *
pc_test_reports_find(const pc_test_reports *rs, const char *suffix)
{
	size_t n = strlen(suffix);

	for (int32_t i = 0; i < rs->n; i++) {
		size_t m = strlen(rs->r[i].path);
		if (m >= n && strcmp(rs->r[i].path + m - n, suffix) == 0)
			return &rs->r[i];
	}
	return NULL;
}

static inline int32_t
pc_test_reports_count(const pc_test_reports *rs, const char *suffix)
{
	size_t n = strlen(suffix);
	int32_t c = 0;

	for (int32_t i = 0; i < rs->n; i++) {
		size_t m = strlen(rs->r[i].path);
		if (m >= n && strcmp(rs->r[i].path + m - n, suffix) == 0)
			c++;
	}
	return c;
}

static inline void
pc_test_reports_free(pc_test_reports *rs)
{
	for (int32_t i = 0; i < rs->n; i++) {
		free(rs->r[i].path);
		free(rs->r[i].msg);
	}
	free(rs->r);
	memset(rs, 0, sizeof(*rs));
}

/* Load test set `set` into ds with the bundled schemas; returns the
 * number of problems, printing them. */
static inline int
pc_test_load_set(pc_dictset *ds, const char *set)
{
	pc_test_reports rs = { NULL, 0, 0 };
	char *dir = pc_test_set_path(set);
	int n;

	n = pc_dictset_load(ds, dir, pc_test_dictsdir(), pc_test_report_cb,
	    &rs);
	pc_test_reports_print(&rs);
	pc_test_reports_free(&rs);
	free(dir);
	return n;
}

/* A draft run through the real stages: UTF-8 bytes → source → doc → view. */
typedef struct pc_test_draft {
	pc_source src;
	pc_doc doc;
	pc_view view;
} pc_test_draft;

/* Returns 0, or -1 if the bytes do not decode (nothing to free then). */
static inline int
pc_test_draft_init(pc_test_draft *d, const char *utf8)
{
	pc_src_error err;

	memset(d, 0, sizeof(*d));
	if (pc_source_from_bytes("test", (const unsigned char *)utf8,
	    strlen(utf8), "utf-8", &d->src, &err) != 0)
		return -1;
	pc_doc_from_text(&d->src, &d->doc);
	pc_view_init(&d->view, &d->src, &d->doc);
	return 0;
}

static inline void
pc_test_draft_free(pc_test_draft *d)
{
	pc_view_free(&d->view);
	pc_doc_free(&d->doc);
	pc_source_free(&d->src);
}

/* UTF-16 offset of the n-th (from 0) occurrence of UTF-8 needle in the
 * draft's text, or -1. Lets tests name positions by text, not numbers. */
static inline int32_t
pc_test_offset(const pc_test_draft *d, const char *needle, int nth)
{
	UChar w[256];
	int32_t wn = 0;
	UErrorCode ec = U_ZERO_ERROR;
	const UChar *t = d->src.text, *p;

	u_strFromUTF8(w, 256, &wn, needle, -1, &ec);
	if (U_FAILURE(ec) || wn == 0 || wn >= 256)
		return -1;
	for (int32_t from = 0; from <= d->src.len - wn;) {
		p = u_strFindFirst(t + from, d->src.len - from, w, wn);
		if (p == NULL)
			return -1;
		if (nth-- == 0)
			return (int32_t)(p - t);
		from = (int32_t)(p - t) + 1;
	}
	return -1;
}

/* Length of a UTF-8 string in UTF-16 code units. */
static inline int32_t
pc_test_u16len(const char *utf8)
{
	int32_t n = 0;
	UErrorCode ec = U_ZERO_ERROR;

	u_strFromUTF8(NULL, 0, &n, utf8, -1, &ec);
	return n;
}

/* Seconds of monotonic time, for "finishes quickly" checks. */
static inline double
pc_test_now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

#endif
