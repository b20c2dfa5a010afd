/* Unit tests for baselines (src/pc_baseline.c): the exact file written,
 * round trips, multiset matching, matching that ignores positions but not
 * messages, texts or paths, malformed and misshapen files, and writes
 * that fail (missing directory, a directory in the way, a full disk
 * simulated with RLIMIT_FSIZE) without leaving anything behind. */
#include "pc_test.h"

#include <dirent.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "pc_alloc.h"
#include "pc_baseline.h"

static char tmpdir[256];

static const char *
datadir(void)
{
	const char *v = getenv("PC_TESTDATA");

	return v != NULL && *v != '\0' ? v : "tests/data";
}

static char *
data(const char *name)
{
	return pc_xasprintf("%s/baseline/%s", datadir(), name);
}

static char *
tpath(const char *name)
{
	return pc_xasprintf("%s/%s", tmpdir, name);
}

static void
add(pc_rfile *rf, const char *rule, int32_t line, const char *en,
    const char *text)
{
	pc_rfinding *f;

	rf->findings = pc_xreallocarray(rf->findings,
	    (size_t)rf->nfindings + 1, sizeof(*rf->findings));
	f = &rf->findings[rf->nfindings++];
	memset(f, 0, sizeof(*f));
	f->rule = rule;
	f->sev = PC_SEV_WARNING;
	f->line = f->end_line = line;
	f->col = 1;
	f->end_col = 5;
	f->msg[PC_LANG_EN] = pc_xstrdup(en);
	f->msg[PC_LANG_ZH] = pc_xasprintf("中文：%s", en);
	f->text = pc_xstrdup(text);
}

static void
rf_init(pc_rfile *rf, const char *path)
{
	memset(rf, 0, sizeof(*rf));
	rf->path = pc_xstrdup(path);
}

static void
rf_free(pc_rfile *rf)
{
	for (int32_t i = 0; i < rf->nfindings; i++) {
		for (int l = 0; l < PC_NLANG; l++)
			free(rf->findings[i].msg[l]);
		free(rf->findings[i].text);
	}
	free(rf->findings);
	free(rf->path);
	memset(rf, 0, sizeof(*rf));
}

static char *
slurp(const char *path)
{
	FILE *fp = fopen(path, "rb");
	char *buf;
	long n;

	if (fp == NULL)
		return NULL;
	fseek(fp, 0, SEEK_END);
	n = ftell(fp);
	rewind(fp);
	buf = pc_xmalloc((size_t)n + 1);
	buf[fread(buf, 1, (size_t)n, fp)] = '\0';
	fclose(fp);
	return buf;
}

static void
spit(const char *path, const char *s)
{
	FILE *fp = fopen(path, "wb");

	assert_non_null(fp);
	fputs(s, fp);
	assert_int_equal(fclose(fp), 0);
}

/* Entries of tmpdir (leftover temporary files show up here). */
static int
count_entries(void)
{
	DIR *d = opendir(tmpdir);
	struct dirent *e;
	int n = 0;

	assert_non_null(d);
	while ((e = readdir(d)) != NULL)
		if (strcmp(e->d_name, ".") != 0 && strcmp(e->d_name, "..") != 0)
			n++;
	closedir(d);
	return n;
}

static void
clear_tmpdir(void)
{
	DIR *d = opendir(tmpdir);
	struct dirent *e;

	if (d == NULL)
		return;
	while ((e = readdir(d)) != NULL) {
		char *p;

		if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
			continue;
		p = tpath(e->d_name);
		if (unlink(p) != 0)
			rmdir(p);
		free(p);
	}
	closedir(d);
}

static int
setup(void **state)
{
	const char *t = getenv("TMPDIR");

	(void)state;
	snprintf(tmpdir, sizeof(tmpdir), "%s/pc_baseline_XXXXXX",
	    t != NULL && *t != '\0' ? t : "/tmp");
	return mkdtemp(tmpdir) == NULL ? -1 : 0;
}

static int
teardown(void **state)
{
	(void)state;
	clear_tmpdir();
	return rmdir(tmpdir);
}

static pc_baseline *
load_ok(const char *path)
{
	char *err = NULL;
	pc_baseline *b = pc_baseline_load(path, &err);

	if (b == NULL)
		fail_msg("%s", err);
	assert_null(err);
	return b;
}

static void
write_ok(const char *path, const pc_rfile *files, int32_t n)
{
	char *err = NULL;

	if (pc_baseline_write(path, files, n, &err) != 0)
		fail_msg("%s", err);
	assert_null(err);
}

static const char expected_file[] =
    "{\n"
    "  \"version\": 1,\n"
    "  \"findings\": [\n"
    "    {\n"
    "      \"path\": \"a.txt\",\n"
    "      \"rule\": \"enum-count\",\n"
    "      \"message\": \"says three, lists two\",\n"
    "      \"text\": \"三大任务\"\n"
    "    },\n"
    "    {\n"
    "      \"path\": \"a.txt\",\n"
    "      \"rule\": \"punct-width\",\n"
    "      \"message\": \"half-width \\\"comma\\\"\",\n"
    "      \"text\": \"\"\n"
    "    },\n"
    "    {\n"
    "      \"path\": \"b/c.txt\",\n"
    "      \"rule\": \"enum-count\",\n"
    "      \"message\": \"says three, lists two\",\n"
    "      \"text\": \"三大任务\"\n"
    "    }\n"
    "  ]\n"
    "}\n";

static void
three_files(pc_rfile rf[3])
{
	rf_init(&rf[0], "a.txt");
	add(&rf[0], "enum-count", 3, "says three, lists two", "三大任务");
	add(&rf[0], "punct-width", 9, "half-width \"comma\"", "");
	rf_init(&rf[1], "empty.txt");
	rf_init(&rf[2], "b/c.txt");
	add(&rf[2], "enum-count", 1, "says three, lists two", "三大任务");
}

/* The exact bytes: file order, then finding order; two-space indent. */
static void
test_write_format(void **state)
{
	pc_rfile rf[3];
	char *file = tpath("base.json"), *got;
	struct stat st;

	(void)state;
	three_files(rf);
	write_ok(file, rf, 3);
	got = slurp(file);
	assert_non_null(got);
	assert_string_equal(got, expected_file);
	/* A new file gets the ordinary mode, not mkstemp's 0600. */
	assert_int_equal(stat(file, &st), 0);
	{
		mode_t um = umask(022);

		umask(um);
		assert_int_equal(st.st_mode & 0777, 0666 & ~um);
	}
	assert_int_equal(count_entries(), 1);
	free(got);
	for (int i = 0; i < 3; i++)
		rf_free(&rf[i]);
	free(file);
	clear_tmpdir();
}

static void
test_round_trip(void **state)
{
	pc_rfile rf[3], again[3];
	char *file = tpath("base.json");
	pc_baseline *b;

	(void)state;
	three_files(rf);
	write_ok(file, rf, 3);
	b = load_ok(file);
	three_files(again);
	assert_int_equal(pc_baseline_apply(b, &again[0]), 2);
	assert_int_equal(again[0].nfindings, 0);
	assert_int_equal(pc_baseline_apply(b, &again[1]), 0);
	assert_int_equal(pc_baseline_apply(b, &again[2]), 1);
	assert_int_equal(again[2].nfindings, 0);
	/* Everything recorded has been consumed. */
	assert_int_equal(pc_baseline_apply(b, &rf[0]), 0);
	assert_int_equal(rf[0].nfindings, 2);
	pc_baseline_free(b);

	/* Rewriting over an existing file keeps its mode. */
	assert_int_equal(chmod(file, 0640), 0);
	write_ok(file, rf, 1);
	{
		struct stat st;
		char *got = slurp(file);

		assert_int_equal(stat(file, &st), 0);
		assert_int_equal(st.st_mode & 0777, 0640);
		assert_non_null(strstr(got, "punct-width"));
		assert_null(strstr(got, "b/c.txt"));
		free(got);
	}
	assert_int_equal(count_entries(), 1);
	for (int i = 0; i < 3; i++) {
		rf_free(&rf[i]);
		rf_free(&again[i]);
	}
	free(file);
	clear_tmpdir();
}

/* Two recorded findings suppress two, not three; the survivor is the
 * last, and the order of the rest is kept. */
static void
test_multiset(void **state)
{
	pc_rfile rf;
	pc_baseline *b;
	char *file = data("good.json");

	(void)state;
	b = load_ok(file);
	rf_init(&rf, "draft.txt");
	add(&rf, "enum-count", 2, "says three, lists two", "三大任务");
	add(&rf, "punct-width", 4, "half-width comma", "");
	add(&rf, "enum-count", 7, "says three, lists two", "三大任务");
	add(&rf, "enum-count", 12, "says three, lists two", "三大任务");
	add(&rf, "punct-width", 13, "half-width comma", "");
	assert_int_equal(pc_baseline_apply(b, &rf), 2);
	assert_int_equal(rf.nfindings, 3);
	/* punct-width is recorded for other.txt only. */
	assert_string_equal(rf.findings[0].rule, "punct-width");
	assert_int_equal(rf.findings[0].line, 4);
	assert_string_equal(rf.findings[1].rule, "enum-count");
	assert_int_equal(rf.findings[1].line, 12);
	assert_string_equal(rf.findings[1].msg[PC_LANG_ZH],
	    "中文：says three, lists two");
	assert_int_equal(rf.findings[2].line, 13);
	/* Consumed: a second pass removes nothing. */
	assert_int_equal(pc_baseline_apply(b, &rf), 0);
	assert_int_equal(rf.nfindings, 3);
	rf_free(&rf);

	rf_init(&rf, "other.txt");
	add(&rf, "punct-width", 4, "half-width comma", "");
	add(&rf, "punct-width", 5, "half-width comma", "");
	assert_int_equal(pc_baseline_apply(b, &rf), 1);
	assert_int_equal(rf.nfindings, 1);
	assert_int_equal(rf.findings[0].line, 5);
	rf_free(&rf);
	pc_baseline_free(b);
	free(file);
}

/* Matching ignores where a finding is, but not what it says. */
static void
test_match_fields(void **state)
{
	pc_rfile rf, cur;
	char *file = tpath("base.json");
	pc_baseline *b;

	(void)state;
	rf_init(&rf, "d.txt");
	add(&rf, "enum-count", 10, "says three, lists two", "三大任务");
	write_ok(file, &rf, 1);
	b = load_ok(file);

	rf_init(&cur, "d.txt");
	add(&cur, "enum-count", 40, "says three, lists four", "三大任务");
	add(&cur, "enum-count", 41, "says three, lists two", "三项任务");
	add(&cur, "term-variant", 42, "says three, lists two", "三大任务");
	assert_int_equal(pc_baseline_apply(b, &cur), 0);
	assert_int_equal(cur.nfindings, 3);
	rf_free(&cur);

	rf_init(&cur, "other/d.txt");
	add(&cur, "enum-count", 10, "says three, lists two", "三大任务");
	assert_int_equal(pc_baseline_apply(b, &cur), 0);
	rf_free(&cur);

	/* Moved 30 lines down and to another column: still suppressed. */
	rf_init(&cur, "d.txt");
	add(&cur, "enum-count", 40, "says three, lists two", "三大任务");
	cur.findings[0].col = 17;
	assert_int_equal(pc_baseline_apply(b, &cur), 1);
	assert_int_equal(cur.nfindings, 0);
	rf_free(&cur);

	pc_baseline_free(b);
	rf_free(&rf);
	free(file);
	clear_tmpdir();
}

/* A file named in a legacy encoding is recorded with U+FFFD and still
 * matched; a NULL text counts as "". */
static void
test_invalid_utf8_path(void **state)
{
	pc_rfile rf;
	char *file = tpath("base.json"), *got;
	pc_baseline *b;

	(void)state;
	rf_init(&rf, "\xB9\xE2\xC3\xF7.txt");    /* 光明 in GBK */
	add(&rf, "r", 1, "m", "t");
	add(&rf, "r", 2, "m", "");
	free(rf.findings[1].text);
	rf.findings[1].text = NULL;
	write_ok(file, &rf, 1);
	got = slurp(file);
	assert_non_null(strstr(got,
	    "\"path\": \"\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD.txt\""));
	assert_non_null(strstr(got, "\"text\": \"\"\n"));
	b = load_ok(file);
	assert_int_equal(pc_baseline_apply(b, &rf), 2);
	assert_int_equal(rf.nfindings, 0);
	pc_baseline_free(b);
	rf_free(&rf);
	free(got);
	free(file);
	clear_tmpdir();
}

/* A baseline of 100,000 entries against as many findings: every one
 * suppressed, one lookup each. */
static void
test_large(void **state)
{
	enum { N = 100000 };
	pc_rfile rf;
	char *file = tpath("big.json");
	pc_baseline *b;

	(void)state;
	rf_init(&rf, "big.txt");
	rf.findings = pc_xcalloc(N, sizeof(*rf.findings));
	for (int32_t i = 0; i < N; i++) {
		pc_rfinding *f = &rf.findings[i];

		f->rule = i % 3 == 0 ? "enum-count" : "punct-width";
		f->line = i + 1;
		f->msg[PC_LANG_EN] = pc_xasprintf("message %d", i % 1000);
		f->msg[PC_LANG_ZH] = pc_xstrdup("消息");
		f->text = pc_xasprintf("文字%d", i / 1000);
	}
	rf.nfindings = N;
	write_ok(file, &rf, 1);
	b = load_ok(file);
	add(&rf, "enum-count", N + 1, "message 0", "文字0");
	assert_int_equal(pc_baseline_apply(b, &rf), N);
	assert_int_equal(rf.nfindings, 1);
	assert_int_equal(rf.findings[0].line, N + 1);
	pc_baseline_free(b);
	rf_free(&rf);
	free(file);
	clear_tmpdir();
}

static void
expect_load_error(const char *name, const char *want)
{
	char *file = data(name), *err = NULL;
	pc_baseline *b = pc_baseline_load(file, &err);

	if (b != NULL)
		fail_msg("%s: loaded", name);
	assert_non_null(err);
	if (strstr(err, want) == NULL)
		fail_msg("%s: error \"%s\" lacks \"%s\"", name, err, want);
	/* One line, naming the file first. */
	assert_null(strchr(err, '\n'));
	assert_int_equal(strncmp(err, file, strlen(file)), 0);
	free(err);
	free(file);
}

static void
test_malformed(void **state)
{
	(void)state;
	expect_load_error("syntax.json", "syntax.json:4:");
	expect_load_error("dupkey.json", "dupkey.json:4:");
	expect_load_error("dupkey.json", "duplicate");
	expect_load_error("trailing.json", "trailing.json:2:");
	expect_load_error("empty.json", "empty.json:");
	expect_load_error("no-such-file.json", "No such file or directory");
}

static void
test_wrong_shape(void **state)
{
	(void)state;
	expect_load_error("version2.json", "unsupported baseline version");
	expect_load_error("version-string.json",
	    "unsupported baseline version");
	expect_load_error("noversion.json", "no \"version\"");
	expect_load_error("toplevel-array.json", "not a JSON object");
	expect_load_error("findings-object.json",
	    "\"findings\" is not an array");
	expect_load_error("nofindings.json", "no \"findings\"");
	expect_load_error("entry-string.json", "findings[1] is not an object");
	expect_load_error("entry-notext.json", "findings[0] has no \"text\"");
	expect_load_error("entry-textnumber.json",
	    "findings[0]: \"text\" is not a string");
}

static void
test_write_no_directory(void **state)
{
	pc_rfile rf[3];
	char *file = tpath("missing/base.json"), *err = NULL;
	struct stat st;

	(void)state;
	three_files(rf);
	assert_int_equal(pc_baseline_write(file, rf, 3, &err), -1);
	assert_non_null(err);
	assert_non_null(strstr(err, "missing/base.json"));
	assert_non_null(strstr(err, "No such file or directory"));
	assert_int_equal(stat(file, &st), -1);
	assert_int_equal(count_entries(), 0);
	free(err);
	for (int i = 0; i < 3; i++)
		rf_free(&rf[i]);
	free(file);
}

/* The rename fails (a directory is in the way): the temporary file must
 * go, and the directory stay. */
static void
test_write_rename_fails(void **state)
{
	pc_rfile rf[3];
	char *file = tpath("base.json"), *err = NULL;
	struct stat st;

	(void)state;
	three_files(rf);
	assert_int_equal(mkdir(file, 0755), 0);
	assert_int_equal(pc_baseline_write(file, rf, 3, &err), -1);
	assert_non_null(err);
	assert_non_null(strstr(err, "cannot replace"));
	assert_int_equal(stat(file, &st), 0);
	assert_true(S_ISDIR(st.st_mode));
	assert_int_equal(count_entries(), 1);
	free(err);
	for (int i = 0; i < 3; i++)
		rf_free(&rf[i]);
	free(file);
	clear_tmpdir();
}

/* A full disk, simulated with a file size limit (a write past it fails
 * with EFBIG): the write reports failure, the old baseline is intact
 * and no temporary file is left. Runs in a child so the limit does not
 * outlive it. */
static void
test_write_full_disk(void **state)
{
	pc_rfile rf;
	char *file = tpath("base.json"), *got;
	const char *old = "{\"version\": 1, \"findings\": []}\n";
	pid_t pid;
	int st;

	(void)state;
	spit(file, old);
	rf_init(&rf, "a.txt");
	for (int i = 0; i < 2000; i++)
		add(&rf, "enum-count", i, "says three, lists two", "三大任务");
	fflush(NULL);
	pid = fork();
	assert_true(pid >= 0);
	if (pid == 0) {
		struct rlimit rl = { 4096, 4096 };
		char *err = NULL;
		int rc;

		signal(SIGXFSZ, SIG_IGN);
		if (setrlimit(RLIMIT_FSIZE, &rl) != 0)
			_exit(3);
		rc = pc_baseline_write(file, &rf, 1, &err);
		if (rc == -1 && err != NULL &&
		    strstr(err, "cannot write") != NULL &&
		    strstr(err, "too large") != NULL)
			_exit(0);
		fprintf(stderr, "rc %d: %s\n", rc, err ? err : "(no error)");
		_exit(1);
	}
	assert_int_equal(waitpid(pid, &st, 0), pid);
	assert_true(WIFEXITED(st));
	assert_int_equal(WEXITSTATUS(st), 0);
	got = slurp(file);
	assert_string_equal(got, old);
	assert_int_equal(count_entries(), 1);
	free(got);
	rf_free(&rf);
	free(file);
	clear_tmpdir();
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_write_format),
		cmocka_unit_test(test_round_trip),
		cmocka_unit_test(test_multiset),
		cmocka_unit_test(test_match_fields),
		cmocka_unit_test(test_invalid_utf8_path),
		cmocka_unit_test(test_large),
		cmocka_unit_test(test_malformed),
		cmocka_unit_test(test_wrong_shape),
		cmocka_unit_test(test_write_no_directory),
		cmocka_unit_test(test_write_rename_fails),
		cmocka_unit_test(test_write_full_disk),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
