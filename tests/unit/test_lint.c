/* The dictionary linter (pc_lint.c) on small bad sets under
 * $PC_TESTDATA/lint/ — one problem each, each a file:line:col, a level,
 * an id and an exit status asserted — and on the bundled dictionaries,
 * which must lint with no error and no warning. */
#include "pc_test.h"

#include <libxml/parser.h>
#include <unicode/uclean.h>

#include "pc_finding.h"
#include "pc_lint.h"
#include "pc_testutil.h"

typedef struct lintrun {
	int rc;
	char *out;
	char *dir;
} lintrun;

static void
lint_dir(lintrun *r, const char *dir, int lang)
{
	size_t n = 0;
	FILE *fp;

	r->out = NULL;
	r->dir = pc_xstrdup(dir);
	fp = open_memstream(&r->out, &n);
	assert_non_null(fp);
	r->rc = pc_lint_run(dir, pc_test_dictsdir(), lang, fp);
	assert_int_equal(fclose(fp), 0);
}

/* For a failing test's log. */
static void
show(const lintrun *r)
{
	fprintf(stderr, "--- lint %s: rc %d\n%s---\n", r->dir, r->rc, r->out);
}

static void
lint_set(lintrun *r, const char *set, int lang)
{
	char *dir = pc_xasprintf("%s/lint/%s", pc_test_datadir(), set);

	lint_dir(r, dir, lang);
	free(dir);
}

static void
lint_free(lintrun *r)
{
	free(r->out);
	free(r->dir);
}

static int
count(const char *s, const char *needle)
{
	int n = 0;

	for (const char *p = s; (p = strstr(p, needle)) != NULL; p++)
		n++;
	return n;
}

static int
nlines(const char *s)
{
	return count(s, "\n");
}

/* The output has a line that begins "DIR/FILE:LINE:COL: LEVEL: " and
 * ends " [ID]". */
static void
assert_diag(const lintrun *r, const char *file, int line, int col,
    const char *level, const char *id)
{
	char *head = pc_xasprintf("%s/%s:%d:%d: %s: ", r->dir, file, line,
	    col, level);
	char *tail = pc_xasprintf(" [%s]\n", id);
	const char *p = r->out;
	int found = 0;

	while (!found && p != NULL && *p != '\0') {
		const char *e = strchr(p, '\n');
		size_t len = e != NULL ? (size_t)(e - p) + 1 : strlen(p);
		size_t tl = strlen(tail);

		found = strncmp(p, head, strlen(head)) == 0 && len >= tl &&
		    strncmp(p + len - tl, tail, tl) == 0;
		p = e != NULL ? e + 1 : NULL;
	}
	if (!found)
		fail_msg("no line \"%s…%s\" in:\n%s", head, tail, r->out);
	free(head);
	free(tail);
}

/* A set with exactly one problem: one line, at file:line:col, with that
 * level, id and exit status. */
static void
one_problem(const char *set, const char *file, int line, int col,
    const char *level, const char *id, int rc)
{
	lintrun r;

	lint_set(&r, set, PC_LANG_EN);
	if (r.rc != rc || nlines(r.out) != 1)
		show(&r);
	assert_int_equal(r.rc, rc);
	assert_int_equal(nlines(r.out), 1);
	assert_diag(&r, file, line, col, level, id);
	lint_free(&r);
}

static void
test_clean(void **state)
{
	lintrun r;

	(void)state;
	lint_set(&r, "clean", PC_LANG_EN);
	/* only the unverified item, a note: status 0 */
	assert_int_equal(r.rc, 0);
	assert_int_equal(nlines(r.out), 1);
	assert_diag(&r, "clean.xml", 24, 5, "note", "lint-unverified");
	assert_non_null(strstr(r.out, "item \"hydrogen\" (“氢能”) is not "
	    "verified"));
	lint_free(&r);
}

static void
test_load_malformed(void **state)
{
	lintrun r;

	(void)state;
	lint_set(&r, "malformed", PC_LANG_EN);
	assert_int_equal(r.rc, 2);
	assert_diag(&r, "broken.xml", 9, 1, "error", "lint-load");
	assert_int_equal(count(r.out, "[lint-load]"), nlines(r.out));
	lint_free(&r);
}

static void
test_load_schema(void **state)
{
	(void)state;
	one_problem("schema", "noname.xml", 9, 1, "error", "lint-load", 2);
}

static void
test_load_no_plans(void **state)
{
	lintrun r;

	(void)state;
	lint_set(&r, "no-plans", PC_LANG_EN);
	assert_int_equal(r.rc, 2);
	assert_int_equal(nlines(r.out), 1);
	assert_non_null(strstr(r.out, "/lint/no-plans: error: no plan "
	    "dictionary in the directory [lint-load]\n"));
	lint_free(&r);
}

static void
test_load_missing_dir(void **state)
{
	lintrun r;

	(void)state;
	lint_set(&r, "no-such-set", PC_LANG_EN);
	assert_int_equal(r.rc, 2);
	assert_int_equal(nlines(r.out), 1);
	assert_non_null(strstr(r.out, "/lint/no-such-set: error: cannot open "
	    "the dictionary directory [lint-load]\n"));
	lint_free(&r);
}

/* The loader reports a duplicate id; the linter says it once, under its
 * own id. */
static void
test_duplicate_id(void **state)
{
	lintrun r;

	(void)state;
	one_problem("dup-id", "dup.xml", 15, 1, "error", "lint-duplicate-id",
	    2);
	lint_set(&r, "dup-id", PC_LANG_EN);
	assert_int_equal(count(r.out, "[lint-load]"), 0);
	assert_non_null(strstr(r.out, "duplicate item id \"x\" (first at "
	    "line 9)"));
	lint_free(&r);
}

static void
test_alias_collision(void **state)
{
	lintrun r;

	(void)state;
	one_problem("collision", "collision.xml", 16, 29, "warning",
	    "lint-alias-collision", 1);
	lint_set(&r, "collision", PC_LANG_EN);
	assert_non_null(strstr(r.out, "item \"clean-energy\": “绿色能源” is "
	    "also a term of item \"new-energy\" (line 9); its hits all go to "
	    "that item"));
	lint_free(&r);
}

/* 新能源 in two plans is silent; 智能网联汽车 naming differently named items
 * is one note, at the later plan. */
static void
test_alias_shared(void **state)
{
	lintrun r;

	(void)state;
	one_problem("shared", "b.xml", 13, 13, "note", "lint-alias-shared",
	    0);
	lint_set(&r, "shared", PC_LANG_EN);
	assert_null(strstr(r.out, "“新能源”"));
	assert_non_null(strstr(r.out, "“智能网联汽车” with \"icv\" "
	    "(“智能网联新能源汽车”) of lint-shared-a, line 13"));
	lint_free(&r);
}

static void
test_shadowed(void **state)
{
	(void)state;
	one_problem("shadowed", "shadowed.xml", 11, 29, "note",
	    "lint-shadowed", 0);
}

static void
test_terms(void **state)
{
	lintrun r;

	(void)state;
	one_problem("term-empty", "empty.xml", 11, 29, "warning", "lint-term",
	    1);
	one_problem("term-punct", "punct.xml", 10, 29, "warning", "lint-term",
	    1);
	one_problem("term-long", "long.xml", 9, 13, "warning", "lint-term", 1);
	lint_set(&r, "term-long", PC_LANG_EN);
	assert_non_null(strstr(r.out, "the name is 65 characters long"));
	lint_free(&r);
	/* ６ｇ folds to 6g, the name */
	one_problem("term-duplicate", "duplicate.xml", 10, 34, "warning",
	    "lint-term", 1);
	/* a line break in a term is shown escaped: one line per problem */
	one_problem("term-linebreak", "linebreak.xml", 9, 13, "warning",
	    "lint-term", 1);
	lint_set(&r, "term-linebreak", PC_LANG_EN);
	assert_non_null(strstr(r.out, "the name “新能\\n源” holds a line "
	    "break"));
	lint_free(&r);
}

static void
test_patterns(void **state)
{
	lintrun r;
	double t0;

	(void)state;
	one_problem("pattern", "pattern.xml", 10, 16, "error", "lint-pattern",
	    1);
	one_problem("pattern-empty", "empty.xml", 11, 16, "warning",
	    "lint-pattern-empty", 1);
	/* catastrophic backtracking is found by a probe, quickly */
	t0 = pc_test_now();
	one_problem("redos", "redos.xml", 11, 16, "error", "lint-pattern", 1);
	assert_true(pc_test_now() - t0 < 10.0);
	lint_set(&r, "redos", PC_LANG_EN);
	assert_non_null(strstr(r.out, "pattern “(a+)+$” backtracks "
	    "catastrophically"));
	lint_free(&r);
	/* one the probe misses, caught on its example */
	one_problem("pattern-limit", "limit.xml", 12, 16, "error",
	    "lint-pattern", 1);
	lint_set(&r, "pattern-limit", PC_LANG_EN);
	assert_non_null(strstr(r.out, "hits the PCRE2 match limit on the "
	    "example of item \"twos\" ("));
	assert_non_null(strstr(r.out, "/limit.xml:13)"));
	lint_free(&r);
}

static void
test_examples(void **state)
{
	lintrun r;

	(void)state;
	one_problem("example-true", "example.xml", 10, 29, "error",
	    "lint-example", 1);
	one_problem("example-false", "example.xml", 12, 30, "error",
	    "lint-example", 1);
	lint_set(&r, "example-false", PC_LANG_EN);
	assert_non_null(strstr(r.out, "example match=\"false\" gives 1 hit "
	    "of the item (hits: lint-example-false/machinery “机械”)"));
	lint_free(&r);
}

static void
test_provenance(void **state)
{
	(void)state;
	one_problem("provenance", "provenance.xml", 9, 5, "warning",
	    "lint-provenance", 1);
	one_problem("provenance-undeclared", "undeclared.xml", 9, 5,
	    "warning", "lint-provenance", 1);
}

static void
test_formulation(void **state)
{
	lintrun r;

	(void)state;
	one_problem("formulation-parts", "parts.xml", 9, 5, "warning",
	    "lint-formulation", 1);
	one_problem("formulation-name", "name.xml", 10, 13, "warning",
	    "lint-formulation", 1);
	lint_set(&r, "formulation-name", PC_LANG_EN);
	assert_non_null(strstr(r.out, "(“智能化、绿色化、融合化”)"));
	lint_free(&r);
	one_problem("formulation-one-part", "one.xml", 8, 5, "warning",
	    "lint-formulation", 1);
	one_problem("formulation-unused-parts", "unused.xml", 8, 5, "warning",
	    "lint-formulation", 1);
}

static void
test_chinese(void **state)
{
	lintrun r;

	(void)state;
	lint_set(&r, "collision", PC_LANG_ZH);
	assert_int_equal(r.rc, 1);
	assert_diag(&r, "collision.xml", 16, 29, "warning",
	    "lint-alias-collision");
	assert_non_null(strstr(r.out, "条目“clean-energy”的“绿色能源”也是条目"
	    "“new-energy”（第 9 行）的词"));
	lint_free(&r);
	lint_set(&r, "dup-id", PC_LANG_ZH);
	assert_non_null(strstr(r.out, "条目编号“x”重复（首次出现在第 9 行）"));
	lint_free(&r);
}

/* Every lint id is produced by some set here. */
static void
test_every_id_tested(void **state)
{
	static const char *const sets[] = { "clean", "malformed", "dup-id",
	    "collision", "shared", "shadowed", "term-empty", "pattern",
	    "pattern-empty", "example-true", "provenance", "formulation-name" };
	char *all = pc_xstrdup("");

	(void)state;
	for (size_t i = 0; i < sizeof(sets) / sizeof(sets[0]); i++) {
		lintrun r;
		char *t;

		lint_set(&r, sets[i], PC_LANG_EN);
		t = pc_xasprintf("%s%s", all, r.out);
		free(all);
		all = t;
		lint_free(&r);
	}
	for (int i = 0; pc_lint_ids[i] != NULL; i++) {
		char *tag = pc_xasprintf("[%s]\n", pc_lint_ids[i]);

		if (strstr(all, tag) == NULL)
			fail_msg("no test set yields %s", tag);
		free(tag);
	}
	free(all);
}

/* The bundled dictionaries: no error, no warning; one note per unverified
 * item. */
static void
test_bundled(void **state)
{
	lintrun r;
	pc_dictset ds;
	pc_test_reports rs = { NULL, 0, 0 };
	int unverified = 0;

	(void)state;
	assert_int_equal(pc_dictset_load(&ds, pc_test_dictsdir(), NULL,
	    pc_test_report_cb, &rs), 0);
	pc_test_reports_free(&rs);
	assert_true(ds.nplans >= 4);
	for (int32_t p = 0; p < ds.nplans; p++)
		for (int32_t i = 0; i < ds.plans[p]->nitems; i++)
			unverified += !ds.plans[p]->items[i].verified;
	pc_dictset_free(&ds);
	lint_dir(&r, pc_test_dictsdir(), PC_LANG_EN);
	if (r.rc != 0)
		show(&r);
	assert_int_equal(count(r.out, ": error: "), 0);
	assert_int_equal(count(r.out, ": warning: "), 0);
	assert_int_equal(r.rc, 0);
	assert_int_equal(count(r.out, "[lint-unverified]\n"), unverified);
	lint_free(&r);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_clean),
		cmocka_unit_test(test_load_malformed),
		cmocka_unit_test(test_load_schema),
		cmocka_unit_test(test_load_no_plans),
		cmocka_unit_test(test_load_missing_dir),
		cmocka_unit_test(test_duplicate_id),
		cmocka_unit_test(test_alias_collision),
		cmocka_unit_test(test_alias_shared),
		cmocka_unit_test(test_shadowed),
		cmocka_unit_test(test_terms),
		cmocka_unit_test(test_patterns),
		cmocka_unit_test(test_examples),
		cmocka_unit_test(test_provenance),
		cmocka_unit_test(test_formulation),
		cmocka_unit_test(test_chinese),
		cmocka_unit_test(test_every_id_tested),
		cmocka_unit_test(test_bundled),
	};
	int rc = cmocka_run_group_tests(tests, NULL, NULL);

	xmlCleanupParser();
	u_cleanup();
	return rc;
}
