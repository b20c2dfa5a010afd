/* Unit tests of pc_compare (src/pc_compare.c): item strength changes
 * matched by plan and item id, plans checked on one side only, findings
 * matched as multisets by rule, message (positions masked) and text; then
 * the seed against its two versions under tests/report/ through the whole
 * pipeline: one future industry added, one industry removed. */
#include "pc_test.h"

#include <libxml/parser.h>
#include <unicode/uclean.h>

#include "pc_check.h"
#include "pc_compare.h"
#include "pc_testutil.h"

/* Two plans with three items each, built by hand. */
static pc_plan P[2];
static pc_item I[2][3];

static void
mkplans(void)
{
	static char p0[] = "national-15", p1[] = "shenzhen-15";
	static char i0[] = "a", i1[] = "b", i2[] = "c";
	char *pid[2] = { p0, p1 }, *iid[3] = { i0, i1, i2 };

	memset(P, 0, sizeof(P));
	memset(I, 0, sizeof(I));
	for (int p = 0; p < 2; p++) {
		P[p].id = pid[p];
		P[p].items = I[p];
		P[p].nitems = 3;
		for (int i = 0; i < 3; i++) {
			I[p][i].id = iid[i];
			I[p][i].plan = &P[p];
			I[p][i].index = i;
		}
	}
}

/* A result with the given plans (bitmask), strengths per plan and item,
 * and findings "rule|message|text". */
static void
mkfile(pc_rfile *rf, int plans, const int st[2][3], const char *const *fs,
    int nfs)
{
	memset(rf, 0, sizeof(*rf));
	rf->path = pc_xstrdup("draft.txt");
	rf->plans = pc_xcalloc(2, sizeof(*rf->plans));
	for (int p = 0; p < 2; p++) {
		pc_rplan *rp;

		if (!(plans & (1 << p)))
			continue;
		rp = &rf->plans[rf->nplans++];
		rp->plan = &P[p];
		rp->items = pc_xcalloc(3, sizeof(*rp->items));
		rp->nitems = 3;
		for (int i = 0; i < 3; i++) {
			rp->items[i].item = &I[p][i];
			rp->items[i].strength = st[p][i];
		}
	}
	rf->findings = pc_xcalloc((size_t)nfs + 1, sizeof(*rf->findings));
	for (int i = 0; i < nfs; i++) {
		pc_rfinding *f = &rf->findings[rf->nfindings++];
		char *s = pc_xstrdup(fs[i]), *m = strchr(s, '|'), *t;

		*m++ = '\0';
		t = strchr(m, '|');
		*t++ = '\0';
		f->rule = strcmp(s, "enum-count") == 0 ? "enum-count" :
		    "term-variant";
		f->line = i + 1;
		f->col = 1;
		f->msg[PC_LANG_EN] = pc_xstrdup(m);
		f->msg[PC_LANG_ZH] = pc_xstrdup(m);
		f->text = pc_xstrdup(t);
		f->sentence = pc_xstrdup("");
		free(s);
	}
}

static void
test_items(void **state)
{
	const int old_st[2][3] = { { 0, 2, 1 }, { 3, 0, 0 } };
	const int new_st[2][3] = { { 2, 0, 3 }, { 3, 0, 0 } };
	pc_rfile a, b;
	pc_changes ch;

	(void)state;
	mkplans();
	mkfile(&a, 3, old_st, NULL, 0);
	mkfile(&b, 3, new_st, NULL, 0);
	pc_compare(&a, &b, &ch);
	assert_int_equal(ch.nitems, 3);
	/* newly covered, newly missing, stronger; in plan and item order */
	assert_ptr_equal(ch.items[0].item, &I[0][0]);
	assert_int_equal(ch.items[0].old_strength, 0);
	assert_int_equal(ch.items[0].new_strength, 2);
	assert_ptr_equal(ch.items[1].item, &I[0][1]);
	assert_int_equal(ch.items[1].old_strength, 2);
	assert_int_equal(ch.items[1].new_strength, 0);
	assert_ptr_equal(ch.items[2].item, &I[0][2]);
	assert_ptr_equal(ch.items[2].plan, &P[0]);
	assert_int_equal(ch.items[2].old_strength, 1);
	assert_int_equal(ch.items[2].new_strength, 3);
	assert_int_equal(ch.nfixed, 0);
	assert_int_equal(ch.nintroduced, 0);
	pc_changes_free(&ch);

	/* the same result: nothing */
	pc_compare(&a, &a, &ch);
	assert_int_equal(ch.nitems, 0);
	pc_changes_free(&ch);
	pc_rfile_free(&a);
	pc_rfile_free(&b);

	/* a plan checked on one side only is left out */
	mkfile(&a, 1, old_st, NULL, 0);
	mkfile(&b, 3, old_st, NULL, 0);
	pc_compare(&a, &b, &ch);
	assert_int_equal(ch.nitems, 0);
	pc_changes_free(&ch);
	pc_rfile_free(&a);
	pc_rfile_free(&b);
}

static void
test_findings(void **state)
{
	const int st[2][3] = { { 0, 0, 0 }, { 0, 0, 0 } };
	const char *const old_fs[] = {
		"enum-count|declared 六大方向 but lists 5|六大方向",
		"term-variant|one referent: A (first at 6:156), B|A",
		"enum-count|declared 三大领域 but lists 2|三大领域",
		"enum-count|declared 三大领域 but lists 2|三大领域",
	};
	const char *const new_fs[] = {
		/* moved down two lines: the same finding */
		"term-variant|one referent: A (first at 8:156), B|A",
		"enum-count|declared 三大领域 but lists 2|三大领域",
		"enum-count|declared 四大任务 but lists 3|四大任务",
		/* same message, other words: another finding */
		"term-variant|one referent: A (first at 8:156), B|B",
	};
	pc_rfile a, b;
	pc_changes ch;

	(void)state;
	mkplans();
	mkfile(&a, 3, st, old_fs, 4);
	mkfile(&b, 3, st, new_fs, 4);
	pc_compare(&a, &b, &ch);
	assert_int_equal(ch.nitems, 0);
	/* 六大方向 and the second of the two 三大领域 fixed, in position
	 * order */
	assert_int_equal(ch.nfixed, 2);
	assert_string_equal(ch.fixed[0]->text, "六大方向");
	assert_string_equal(ch.fixed[1]->text, "三大领域");
	assert_ptr_equal(ch.fixed[1], &a.findings[3]);
	assert_int_equal(ch.nintroduced, 2);
	assert_string_equal(ch.introduced[0]->text, "四大任务");
	assert_string_equal(ch.introduced[1]->text, "B");
	pc_changes_free(&ch);
	pc_rfile_free(&a);
	pc_rfile_free(&b);
}

/* The seed and its versions through the whole pipeline. */
static void
check(const pc_checker *ck, const char *path, pc_rfile *rf)
{
	pc_fileopts fo;

	memset(&fo, 0, sizeof(fo));
	pc_check_file(ck, &fo, path, rf);
	assert_null(rf->error[0]);
}

static int
has_change(const pc_changes *ch, const char *plan, const char *name,
    int os, int ns)
{
	for (int32_t i = 0; i < ch->nitems; i++)
		if (strcmp(ch->items[i].plan->id, plan) == 0 &&
		    strcmp(ch->items[i].item->terms[0].s, name) == 0 &&
		    ch->items[i].old_strength == os &&
		    ch->items[i].new_strength == ns)
			return 1;
	return 0;
}

static void
test_seed_versions(void **state)
{
	pc_dictset ds;
	pc_checker ck;
	pc_rfile seed, added, removed;
	pc_changes ch;
	char *sp = pc_xasprintf("%s/../../corpus/guangming-industrialization-"
	    "15th-explanation.txt", pc_test_datadir());
	char *ap = pc_xasprintf("%s/../report/seed-added.txt",
	    pc_test_datadir());
	char *rp = pc_xasprintf("%s/../report/seed-removed.txt",
	    pc_test_datadir());

	(void)state;
	assert_int_equal(pc_dictset_load(&ds, pc_test_dictsdir(), NULL, NULL,
	    NULL), 0);
	memset(&ck, 0, sizeof(ck));
	ck.ds = &ds;
	ck.m = pc_matcher_new(&ds, NULL, NULL);
	pc_limits_default(&ck.limits);
	ck.sentences = 1;
	check(&ck, sp, &seed);
	check(&ck, ap, &added);
	check(&ck, rp, &removed);

	/* 量子科技 added in 第二节: deployed in every plan that names it,
	 * and its three coverage gaps closed; nothing else */
	pc_compare(&seed, &added, &ch);
	assert_int_equal(ch.nitems, 3);
	assert_true(has_change(&ch, "national-15", "量子科技", 0, 2));
	assert_true(has_change(&ch, "guangdong-15", "量子科技", 0, 2));
	assert_true(has_change(&ch, "shenzhen-15", "量子科技", 0, 2));
	assert_int_equal(ch.nfixed, 3);
	for (int32_t i = 0; i < ch.nfixed; i++) {
		assert_string_equal(ch.fixed[i]->rule, "coverage-gap");
		assert_non_null(strstr(ch.fixed[i]->msg[PC_LANG_EN],
		    "量子科技"));
	}
	assert_int_equal(ch.nintroduced, 0);
	pc_changes_free(&ch);

	/* 八是高端医疗器械 removed: missing for Shenzhen, one new gap; the
	 * findings below it moved but are the same findings */
	pc_compare(&seed, &removed, &ch);
	assert_int_equal(ch.nitems, 1);
	assert_true(has_change(&ch, "shenzhen-15", "高端医疗器械", 2, 0));
	assert_int_equal(ch.nfixed, 0);
	assert_int_equal(ch.nintroduced, 1);
	assert_string_equal(ch.introduced[0]->rule, "coverage-gap");
	pc_changes_free(&ch);

	pc_rfile_free(&seed);
	pc_rfile_free(&added);
	pc_rfile_free(&removed);
	pc_matcher_free((pc_matcher *)ck.m);
	pc_dictset_free(&ds);
	free(sp);
	free(ap);
	free(rp);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_items),
		cmocka_unit_test(test_findings),
		cmocka_unit_test(test_seed_versions),
	};
	int rc = cmocka_run_group_tests(tests, NULL, NULL);

	xmlCleanupParser();
	u_cleanup();
	return rc;
}
