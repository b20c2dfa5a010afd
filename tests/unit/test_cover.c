/* Unit tests of coverage (src/pc_cover.c) on small drafts with an outline,
 * run through the real pipeline pieces (source → doc → view → matches →
 * outline → coverage) with the test set tests/data/dicts/basic: strength
 * 1 (mentioned / background), 2 (deployed, also as an enumerated item under
 * a leading heading), 3 (with a quantity or target year; list counts and
 * ordinals are not quantities), required counts, superseded groups, gaps,
 * and the section-kind classifier. */
#include "pc_test.h"

#include <libxml/parser.h>
#include <unicode/uclean.h>
#include <unicode/ucnv.h>

#include "pc_cover.h"
#include "pc_testutil.h"

typedef struct fixture {
	pc_dictset ds;          /* the test set */
	pc_matcher *m;
	pc_dictset bundled;     /* $PC_DICTS */
	pc_matcher *bm;
} fixture;

static fixture *F;

static int
setup(void **state)
{
	F = pc_xcalloc(1, sizeof(*F));
	if (pc_test_load_set(&F->ds, "basic") != 0)
		return -1;
	F->m = pc_matcher_new(&F->ds, NULL, NULL);
	pc_dictset_load(&F->bundled, pc_test_dictsdir(), NULL, NULL, NULL);
	F->bm = pc_matcher_new(&F->bundled, NULL, NULL);
	*state = F;
	return 0;
}

static int
teardown(void **state)
{
	(void)state;
	pc_matcher_free(F->m);
	pc_dictset_free(&F->ds);
	pc_matcher_free(F->bm);
	pc_dictset_free(&F->bundled);
	free(F);
	return 0;
}

/* One draft covered against one plan of the basic set. */
typedef struct covered {
	pc_test_draft d;
	pc_matches mt;
	pc_outline ol;
	pc_cov_plan cp;
} covered;

static void
cover(covered *c, const char *plan, const char *text)
{
	const pc_plan *p = pc_dictset_plan(&F->ds, plan);

	assert_non_null(p);
	assert_int_equal(pc_test_draft_init(&c->d, text), 0);
	pc_matcher_run(F->m, &c->d.view, &c->mt);
	pc_outline_build(c->d.view.fold, c->d.view.len, c->d.doc.paras,
	    c->d.doc.npara, c->d.view.flags, pc_cover_classify, &F->ds,
	    &c->ol);
	pc_cover_plan(p, &F->ds, &c->mt, &c->d.view, &c->ol, &c->cp);
}

static void
uncover(covered *c)
{
	pc_cov_plan_free(&c->cp);
	pc_outline_free(&c->ol);
	pc_matches_free(&c->mt);
	pc_test_draft_free(&c->d);
}

static const pc_cov_item *
citem(const covered *c, const char *id)
{
	for (int32_t i = 0; i < c->cp.nitems; i++)
		if (strcmp(c->cp.items[i].item->id, id) == 0)
			return &c->cp.items[i];
	return NULL;
}

/* The strength of item id in the national test plan for text. */
static int
strength(const char *text, const char *id)
{
	covered c;
	const pc_cov_item *ci;
	int s;

	cover(&c, "t-national", text);
	ci = citem(&c, id);
	assert_non_null(ci);
	s = ci->strength;
	assert_true(s >= 0 && s <= 3);
	/* the item's strength is its strongest hit */
	for (int32_t k = 0; k < ci->nhits; k++)
		assert_true(ci->hits[k].strength <= s);
	assert_true((s == 0) == (ci->nhits == 0));
	uncover(&c);
	return s;
}

static void
expect_strength(const char *text, const char *id, int want)
{
	int got = strength(text, id);

	if (got != want)
		fail_msg("strength of %s: %d, expected %d, in:\n%s", id, got,
		    want, text);
}

static void
test_classify(void **state)
{
	static const struct {
		const char *title;
		pc_skind kind;
	} cases[] = {
		{ "发展基础", PC_SK_BACKGROUND },
		{ "起草背景", PC_SK_BACKGROUND },
		{ "发展目标", PC_SK_GOALS },
		{ "重点任务", PC_SK_TASKS },
		{ "保障措施", PC_SK_MEASURES },
		/* the more specific words win */
		{ "重点任务的保障措施", PC_SK_MEASURES },
		{ "面临形势与发展目标", PC_SK_BACKGROUND },
		{ "推动八大新兴产业发展壮大", PC_SK_NONE },
	};

	(void)state;
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		UChar t[64];
		int32_t n;
		UErrorCode ec = U_ZERO_ERROR;

		u_strFromUTF8(t, 64, &n, cases[i].title, -1, &ec);
		if (pc_cover_classify(t, n, &F->ds) != cases[i].kind)
			fail_msg("%s: kind %d, expected %d", cases[i].title,
			    pc_cover_classify(t, n, &F->ds), cases[i].kind);
	}
}

static void
test_background_is_1(void **state)
{
	(void)state;
	/* an action word does not deploy in a background section */
	expect_strength("一、发展基础\n新能源产业发展迅速，培育集成电路产业。\n",
	    "new-energy", 1);
	expect_strength("一、发展基础\n新能源产业发展迅速，培育集成电路产业。\n",
	    "ic", 1);
	/* nor in measures */
	expect_strength("四、保障措施\n加快发展新能源。\n", "new-energy", 1);
	/* nor outside any heading */
	expect_strength("加快发展新能源。\n", "new-energy", 1);
	/* not found: 0 */
	expect_strength("一、发展基础\n新能源产业发展迅速。\n", "ic", 0);
}

static void
test_deployed_is_2(void **state)
{
	(void)state;
	expect_strength("一、发展基础\n新能源产业发展迅速。\n二、重点任务\n"
	    "重点发展新能源。\n", "new-energy", 2);
	/* kinds are inherited down the outline */
	expect_strength("二、重点任务\n（一）新兴产业\n重点发展新能源。\n",
	    "new-energy", 2);
	expect_strength("三、发展目标\n培育具身智能产业。\n", "embodied", 2);
	/* in a tasks section but its clause holds no action word */
	expect_strength("二、重点任务\n新能源很重要，要发展。\n", "new-energy",
	    1);
}

static void
test_quantity_is_3(void **state)
{
	(void)state;
	expect_strength("二、重点任务\n到2030年新能源产值突破100亿元。\n",
	    "new-energy", 3);
	/* a target year alone */
	expect_strength("二、重点任务\n到2030年，突破新能源关键技术。\n",
	    "new-energy", 3);
	/* a number with a unit alone */
	expect_strength("二、重点任务\n发展新能源，建成3个产业园。\n",
	    "new-energy", 3);
	expect_strength("二、重点任务\n发展新能源，占比达到15%。\n",
	    "new-energy", 3);
	/* a year that is no target (no 到/至 before, no 前/底 after) */
	expect_strength("二、重点任务\n2025年以来发展新能源。\n", "new-energy",
	    2);
	/* a quantity outside the sentence does not count */
	expect_strength("二、重点任务\n发展新能源。建成3个产业园。\n",
	    "new-energy", 2);
	/* quantities do not lift an undeployed hit */
	expect_strength("一、发展基础\n到2025年新能源产值突破100亿元。\n",
	    "new-energy", 1);
}

static void
test_counts_are_not_quantities(void **state)
{
	const char *t = "二、重点任务\n重点发展新能源、集成电路、具身智能三大领域。\n";

	(void)state;
	expect_strength(t, "new-energy", 2);
	expect_strength(t, "ic", 2);
	expect_strength(t, "embodied", 2);
	expect_strength("二、重点任务\n重点发展新能源、集成电路等3大领域。\n",
	    "ic", 2);
}

static void
test_enumerated(void **state)
{
	const char *t =
	    "二、重点任务\n"
	    "（一）推动八大新兴产业发展壮大\n"
	    "一是集成电路。二是具身智能。五是新能源。\n";

	(void)state;
	/* "五是新能源" holds no action word: its heading does */
	expect_strength(t, "new-energy", 2);
	expect_strength(t, "ic", 2);
	expect_strength(t, "embodied", 2);
	/* 八大 and 五是 are no quantities */
	expect_strength("二、重点任务\n（一）推动八大新兴产业发展壮大\n"
	    "五是新能源。\n", "new-energy", 2);
	/* a lead sentence may hold the action word instead */
	expect_strength("二、重点任务\n（一）新兴产业\n推动新兴产业发展。"
	    "五是新能源。\n", "new-energy", 2);
	/* neither heading nor lead: mentioned only */
	expect_strength("二、重点任务\n（一）新兴产业\n五是新能源。\n",
	    "new-energy", 1);
	/* not enumerated and no action word */
	expect_strength("二、重点任务\n（一）推动新兴产业发展壮大\n"
	    "新能源。\n", "new-energy", 1);
	/* a list joined by 、 under a leading heading */
	expect_strength("二、重点任务\n（一）推动新兴产业发展壮大\n"
	    "新能源、集成电路。\n", "new-energy", 2);
}

static void
test_counts(void **state)
{
	covered c;

	(void)state;
	cover(&c, "t-national",
	    "二、重点任务\n发展新能源，培育集成电路，推广AI终端。新型纺织。\n");
	/* 11 items, the superseded group's one left out */
	assert_int_equal(c.cp.nitems, 10);
	assert_null(citem(&c, "old-textile"));
	assert_int_equal(c.cp.total, 10);
	assert_int_equal(c.cp.covered, 3);
	/* required: ic, embodied, new-energy, low-altitude, bci, china */
	assert_int_equal(c.cp.req_total, 6);
	assert_int_equal(c.cp.req_covered, 2);
	assert_ptr_equal(c.cp.plan, pc_dictset_plan(&F->ds, "t-national"));
	/* 推广 is no action word of the test lexicon */
	assert_int_equal(citem(&c, "ai-terminal")->strength, 1);
	assert_int_equal(citem(&c, "bci")->strength, 0);
	assert_int_equal(citem(&c, "bci")->nhits, 0);

	/* hits know their heading */
	{
		const pc_cov_item *ci = citem(&c, "ic");
		assert_int_equal(ci->nhits, 1);
		assert_int_equal(ci->hits[0].heading, 0);
		assert_string_equal(ci->hits[0].hit->item->id, "ic");
	}

	/* gaps: one warning per missing required item */
	{
		pc_findings fs = { 0 };
		int bci = 0;

		pc_cover_gaps(&c.cp, PC_SEV_WARNING, &fs);
		assert_int_equal(fs.n, 4);
		for (int32_t i = 0; i < fs.n; i++) {
			assert_string_equal(fs.f[i].rule, "coverage-gap");
			assert_int_equal(fs.f[i].sev, PC_SEV_WARNING);
			assert_non_null(fs.f[i].msg[PC_LANG_EN]);
			assert_non_null(fs.f[i].msg[PC_LANG_ZH]);
			bci += strstr(fs.f[i].msg[PC_LANG_EN], "脑机接口") !=
			    NULL;
		}
		assert_int_equal(bci, 1);
		pc_findings_free(&fs);
	}
	uncover(&c);

	/* another plan's hits are not this plan's coverage */
	cover(&c, "t-city", "二、重点任务\n培育集成电路。\n");
	assert_int_equal(c.cp.covered, 0);
	assert_int_equal(c.cp.req_total, 2);
	uncover(&c);
	cover(&c, "t-city", "二、重点任务\n发展半导体与集成电路。\n");
	assert_int_equal(c.cp.covered, 1);
	assert_int_equal(citem(&c, "semi-ic")->strength, 2);
	uncover(&c);
}

/* The seed against the bundled dictionaries: what a careful reader sees
 * (issue 2, "Done when"). Items are named by their canonical names, so the
 * dictionaries' ids may change. */
static const pc_cov_item *
by_name(const pc_cov_plan *cp, const char *name)
{
	for (int32_t i = 0; i < cp->nitems; i++)
		if (strcmp(cp->items[i].item->terms[0].s, name) == 0)
			return &cp->items[i];
	return NULL;
}

static void
test_seed(void **state)
{
	static const struct {
		const char *plan, *name;
		int min, max;       /* strength range */
	} want[] = {
		{ "national-15", "生物制造", 1, 3 },
		{ "national-15", "脑机接口", 1, 3 },
		{ "national-15", "具身智能", 1, 3 },
		{ "national-15", "集成电路", 1, 3 },
		{ "national-15", "新能源", 2, 3 },
		{ "national-15", "氢能和核聚变能", 0, 0 },
		{ "national-15", "第六代移动通信", 0, 0 },
		{ "national-15", "航空航天", 0, 0 },
		{ "shenzhen-15", "超高清视频显示", 1, 3 },
		{ "shenzhen-15", "智能传感器", 1, 3 },
		{ "shenzhen-15", "深地深海", 0, 0 },
		{ "shenzhen-15", "海洋产业", 0, 0 },
	};
	char *path = pc_xasprintf("%s/../../corpus/"
	    "guangming-industrialization-15th-explanation.txt",
	    pc_test_datadir());
	const pc_dictset *ds = &F->bundled;
	pc_source src;
	pc_src_error err;
	pc_doc doc;
	pc_view v;
	pc_matches mt;
	pc_outline ol;
	int bad = 0;

	(void)state;
	if (pc_source_read(path, NULL, PC_SOURCE_MAX_DEFAULT, &src, &err) != 0)
		fail_msg("cannot read %s", path);
	free(path);
	pc_doc_from_text(&src, &doc);
	pc_view_init(&v, &src, &doc);
	pc_matcher_run(F->bm, &v, &mt);
	pc_outline_build(v.fold, v.len, doc.paras, doc.npara, v.flags,
	    pc_cover_classify, (void *)ds, &ol);
	for (size_t i = 0; i < sizeof(want) / sizeof(want[0]); i++) {
		const pc_plan *p = pc_dictset_plan(ds, want[i].plan);
		pc_cov_plan cp;
		const pc_cov_item *ci;

		if (p == NULL) {
			fprintf(stderr, "plan %s is not loaded\n", want[i].plan);
			bad++;
			continue;
		}
		pc_cover_plan(p, ds, &mt, &v, &ol, &cp);
		ci = by_name(&cp, want[i].name);
		if (ci == NULL) {
			fprintf(stderr, "%s has no item %s\n", want[i].plan,
			    want[i].name);
			bad++;
		} else if (ci->strength < want[i].min ||
		    ci->strength > want[i].max) {
			fprintf(stderr, "%s %s: strength %d, expected %d-%d\n",
			    want[i].plan, want[i].name, ci->strength,
			    want[i].min, want[i].max);
			bad++;
		}
		pc_cov_plan_free(&cp);
	}
	pc_outline_free(&ol);
	pc_matches_free(&mt);
	pc_view_free(&v);
	pc_doc_free(&doc);
	pc_source_free(&src);
	assert_int_equal(bad, 0);
}

/* The seed converted to GB18030 gives the same hits at the same offsets
 * (encoding detected, not forced). */
static void
test_seed_gb18030(void **state)
{
	char *path = pc_xasprintf("%s/../../corpus/"
	    "guangming-industrialization-15th-explanation.txt",
	    pc_test_datadir());
	size_t n = 0;
	char *utf8 = pc_test_slurp(path, &n);
	char *gb;
	int32_t gn;
	UErrorCode ec = U_ZERO_ERROR;
	pc_source s1, s2;
	pc_src_error err;
	pc_doc d1, d2;
	pc_view v1, v2;
	pc_matches m1, m2;

	(void)state;
	free(path);
	assert_non_null(utf8);
	gb = pc_xmalloc(n * 2 + 16);
	gn = ucnv_convert("GB18030", "UTF-8", gb, (int32_t)(n * 2 + 16), utf8,
	    (int32_t)n, &ec);
	assert_true(U_SUCCESS(ec));
	assert_int_equal(pc_source_from_bytes("u8", (unsigned char *)utf8, n,
	    NULL, &s1, &err), 0);
	assert_int_equal(pc_source_from_bytes("gb", (unsigned char *)gb,
	    (size_t)gn, NULL, &s2, &err), 0);
	assert_string_equal(s2.encoding, "GB18030");
	assert_int_equal(s1.len, s2.len);
	pc_doc_from_text(&s1, &d1);
	pc_doc_from_text(&s2, &d2);
	pc_view_init(&v1, &s1, &d1);
	pc_view_init(&v2, &s2, &d2);
	pc_matcher_run(F->bm, &v1, &m1);
	pc_matcher_run(F->bm, &v2, &m2);
	assert_true(m1.n > 20);
	assert_int_equal(m1.n, m2.n);
	for (int32_t i = 0; i < m1.n; i++) {
		assert_int_equal(m1.hits[i].start, m2.hits[i].start);
		assert_int_equal(m1.hits[i].end, m2.hits[i].end);
		assert_ptr_equal(m1.hits[i].item, m2.hits[i].item);
	}
	pc_matches_free(&m1);
	pc_matches_free(&m2);
	pc_view_free(&v1);
	pc_view_free(&v2);
	pc_doc_free(&d1);
	pc_doc_free(&d2);
	pc_source_free(&s1);
	pc_source_free(&s2);
	free(gb);
	free(utf8);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_classify),
		cmocka_unit_test(test_background_is_1),
		cmocka_unit_test(test_deployed_is_2),
		cmocka_unit_test(test_quantity_is_3),
		cmocka_unit_test(test_counts_are_not_quantities),
		cmocka_unit_test(test_enumerated),
		cmocka_unit_test(test_counts),
		cmocka_unit_test(test_seed),
		cmocka_unit_test(test_seed_gb18030),
	};
	int rc = cmocka_run_group_tests(tests, setup, teardown);

	xmlCleanupParser();
	u_cleanup();
	return rc;
}
