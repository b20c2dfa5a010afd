/* Unit tests of matching (src/pc_match.c) on the test dictionary set
 * tests/data/dicts/basic: terms only on word boundaries, terms ICU splits
 * still matched whole, overlaps across plans kept and the longest hit
 * within a plan, the fold (full-width Latin, case), PCRE2 patterns and
 * their guards (tests/data/dicts/redos), and the `tokens` segmentation. */
#include "pc_test.h"

#include <libxml/parser.h>
#include <unicode/uclean.h>

#include "pc_match.h"
#include "pc_testutil.h"

typedef struct fixture {
	pc_dictset ds;
	pc_matcher *m;
} fixture;

static int
setup(void **state)
{
	fixture *f = pc_xcalloc(1, sizeof(*f));

	if (pc_test_load_set(&f->ds, "basic") != 0)
		return -1;
	f->m = pc_matcher_new(&f->ds, NULL, NULL);
	*state = f;
	return f->m != NULL ? 0 : -1;
}

static int
teardown(void **state)
{
	fixture *f = *state;

	pc_matcher_free(f->m);
	pc_dictset_free(&f->ds);
	free(f);
	return 0;
}

/* All hits as "plan/item[start,end)term" lines, for failure messages. */
static char *
dump(const pc_matches *mt)
{
	char *s = pc_xstrdup("");

	for (int32_t i = 0; i < mt->n; i++) {
		const pc_hit *h = &mt->hits[i];
		char *t = pc_xasprintf("%s  %s/%s[%d,%d)%d\n", s,
		    h->item->plan->id, h->item->id, h->start, h->end, h->term);
		free(s);
		s = t;
	}
	return s;
}

static void
run(const pc_matcher *m, const char *text, pc_test_draft *d, pc_matches *mt)
{
	assert_int_equal(pc_test_draft_init(d, text), 0);
	pc_matcher_run(m, &d->view, mt);
}

/* Number of hits of plan/item; with start >= 0 only hits at [start,end). */
static int
count(const pc_matches *mt, const char *plan, const char *item,
    int32_t start, int32_t end)
{
	int c = 0;

	for (int32_t i = 0; i < mt->n; i++) {
		const pc_hit *h = &mt->hits[i];
		if (strcmp(h->item->plan->id, plan) != 0 ||
		    strcmp(h->item->id, item) != 0)
			continue;
		if (start >= 0 && (h->start != start || h->end != end))
			continue;
		c++;
	}
	return c;
}

/* text must give exactly `want` hits of plan/item (at [s,e) if s >= 0). */
static void
expect(const pc_matcher *m, const char *text, const char *plan,
    const char *item, int want, int32_t s, int32_t e)
{
	pc_test_draft d;
	pc_matches mt;
	int got;
	char *h;

	run(m, text, &d, &mt);
	got = count(&mt, plan, item, s, e);
	h = dump(&mt);
	pc_matches_free(&mt);
	pc_test_draft_free(&d);
	if (got != want) {
		print_error("ERROR: %s: %d hits of %s/%s at [%d,%d), expected %d; "
		    "hits:\n%s\n", text, got, plan, item, s, e, want, h);
		free(h);
		fail();
	}
	free(h);
}

static void
test_not_inside_words(void **state)
{
	fixture *f = *state;

	/* 中国 inside 发展中国家 (a lexicon segment word) */
	expect(f->m, "支持发展中国家。", "t-national", "china", 0, -1, -1);
	expect(f->m, "建设中国式现代化。", "t-national", "china", 1, 2, 4);
	/* 低空 inside 降低空调 */
	expect(f->m, "降低空调能耗。", "t-national", "low-altitude", 0, -1,
	    -1);
	expect(f->m, "拓展低空应用场景。", "t-national", "low-altitude", 1, 2,
	    4);
	/* 新能源 inside 新能源汽车, which the lexicon glues */
	expect(f->m, "推广新能源汽车。", "t-national", "new-energy", 0, -1, -1);
	expect(f->m, "发展新能源产业。", "t-national", "new-energy", 1, 2, 5);
}

/* Without the lexicon's segment words ICU alone (新|能源|汽车) lets 新能源
 * match inside 新能源汽车: the glue is what the test above relies on. */
static void
test_glue_matters(void **state)
{
	fixture *f = *state;
	int32_t saved = f->ds.words[PC_W_SEGMENT].n;
	pc_matcher *bare;

	f->ds.words[PC_W_SEGMENT].n = 0;
	bare = pc_matcher_new(&f->ds, NULL, NULL);
	f->ds.words[PC_W_SEGMENT].n = saved;
	expect(bare, "推广新能源汽车。", "t-national", "new-energy", 1, 2, 5);
	pc_matcher_free(bare);
}

static void
test_split_terms_whole(void **state)
{
	fixture *f = *state;
	const char *t = "培育具身智能产业，发展新质生产力，加快集成电路发展。";

	expect(f->m, t, "t-national", "embodied", 1, 2, 6);
	expect(f->m, t, "t-national", "nqpf", 1, 11, 16);
	expect(f->m, t, "t-national", "ic", 1, 19, 23);
	expect(f->m, "具身智能", "t-national", "embodied", 1, 0, 4);
}

static void
test_cross_plan_overlap(void **state)
{
	fixture *f = *state;
	pc_test_draft d;
	pc_matches mt;

	run(f->m, "做强半导体与集成电路产业。", &d, &mt);
	assert_int_equal(count(&mt, "t-city", "semi-ic", 2, 10), 1);
	assert_int_equal(count(&mt, "t-national", "ic", 6, 10), 1);
	assert_int_equal(mt.n, 2);
	/* sorted by start, longer first */
	assert_int_equal(mt.hits[0].start, 2);
	assert_int_equal(mt.hits[1].start, 6);
	assert_int_equal(mt.limit_errors, 0);
	pc_matches_free(&mt);
	pc_test_draft_free(&d);

	/* the same term in two plans: a hit for each */
	run(f->m, "发展低空经济。", &d, &mt);
	assert_int_equal(count(&mt, "t-national", "low-altitude", 2, 6), 1);
	assert_int_equal(count(&mt, "t-province", "low-altitude", 2, 6), 1);
	assert_int_equal(mt.n, 2);
	/* national first at one position */
	assert_string_equal(mt.hits[0].item->plan->id, "t-national");
	/* within a plan the name beats its shorter alias 低空 */
	assert_int_equal(mt.hits[0].term, 0);
	pc_matches_free(&mt);
	pc_test_draft_free(&d);
}

static void
test_longest_in_plan(void **state)
{
	fixture *f = *state;
	pc_test_draft d;
	pc_matches mt;

	run(f->m, "发展低空装备与应用。", &d, &mt);
	/* 低空装备与应用 and its alias 低空装备: one hit, the name */
	assert_int_equal(count(&mt, "t-city", "low-alt-equip", -1, -1), 1);
	assert_int_equal(count(&mt, "t-city", "low-alt-equip", 2, 9), 1);
	/* the national 低空 is another plan's: kept */
	assert_int_equal(count(&mt, "t-national", "low-altitude", 2, 4), 1);
	assert_int_equal(mt.n, 2);
	pc_matches_free(&mt);
	pc_test_draft_free(&d);

	run(f->m, "发展低空装备，推进智能化。", &d, &mt);
	assert_int_equal(count(&mt, "t-city", "low-alt-equip", 2, 6), 1);
	for (int32_t i = 0; i < mt.n; i++)
		if (strcmp(mt.hits[i].item->id, "low-alt-equip") == 0)
			assert_int_equal(mt.hits[i].term, 1);
	pc_matches_free(&mt);
	pc_test_draft_free(&d);
}

static void
test_fold(void **state)
{
	fixture *f = *state;
	pc_test_draft d;
	pc_matches mt;

	expect(f->m, "推广ＡＩ终端。", "t-national", "ai-terminal", 1, 2, 6);
	expect(f->m, "推广ai终端。", "t-national", "ai-terminal", 1, 2, 6);
	expect(f->m, "推广Ａi终端。", "t-national", "ai-terminal", 1, 2, 6);
	expect(f->m, "推广AI终端。", "t-national", "ai-terminal", 1, 2, 6);
	/* the fold keeps offsets: the hit is the draft's own text */
	run(f->m, "推广ＡＩ终端。", &d, &mt);
	assert_int_equal(mt.n, 1);
	assert_int_equal(mt.hits[0].term, 1);
	{
		char *s = pc_view_utf8(&d.view, mt.hits[0].start,
		    mt.hits[0].end);
		assert_string_equal(s, "ＡＩ终端");
		free(s);
	}
	pc_matches_free(&mt);
	pc_test_draft_free(&d);
	/* a Latin word around the term is no boundary */
	expect(f->m, "推广PAI终端。", "t-national", "ai-terminal", 0, -1, -1);
}

static void
test_masked_text(void **state)
{
	fixture *f = *state;

	expect(f->m, "[image: 集成电路]发展。", "t-national", "ic", 0, -1, -1);
	expect(f->m, "[bookmark: _Toc1]集成电路发展。", "t-national", "ic",
	    1, 17, 21);
}

static void
test_pattern_item(void **state)
{
	fixture *f = *state;
	pc_test_draft d;
	pc_matches mt;

	run(f->m, "推进智能化绿色化融合化。", &d, &mt);
	assert_int_equal(count(&mt, "t-national", "three-trans", 2, 11), 1);
	assert_int_equal(mt.n, 1);
	assert_int_equal(mt.hits[0].term, -1);
	pc_matches_free(&mt);
	pc_test_draft_free(&d);
	/* the name and the pattern on one span: one hit */
	expect(f->m, "推进智能化、绿色化、融合化。", "t-national",
	    "three-trans", 1, 2, 13);
	expect(f->m, "推进绿色化、智能化。", "t-national", "three-trans", 0,
	    -1, -1);
}

static void
test_no_hits(void **state)
{
	fixture *f = *state;
	pc_test_draft d;
	pc_matches mt;

	run(f->m, "", &d, &mt);
	assert_int_equal(mt.n, 0);
	pc_matches_free(&mt);
	pc_test_draft_free(&d);
	run(f->m, "本段没有任何词典里的词。", &d, &mt);
	assert_int_equal(mt.n, 0);
	pc_matches_free(&mt);
	pc_test_draft_free(&d);
}

/* `plancheck tokens`: every dictionary term glued, so terms ICU splits
 * come out whole. */
static void
test_tokens(void **state)
{
	fixture *f = *state;
	pc_test_draft d;
	static const char *const whole[] = { "具身智能", "新质生产力",
	    "集成电路" };

	assert_int_equal(pc_test_draft_init(&d,
	    "培育具身智能，发展新质生产力，集成电路。"), 0);
	pc_matcher_tokens(f->m, &d.view);
	for (size_t k = 0; k < 3; k++) {
		int32_t s = pc_test_offset(&d, whole[k], 0);
		int32_t e = s + pc_test_u16len(whole[k]);

		assert_true(s >= 0);
		assert_true(d.view.flags[s] & PC_VF_BOUND);
		assert_true(e == d.view.len ||
		    (d.view.flags[e] & PC_VF_BOUND));
		for (int32_t i = s + 1; i < e; i++)
			if (d.view.flags[i] & PC_VF_BOUND)
				fail_msg("%s split at %d", whole[k], i - s);
	}
	/* 培育 and the punctuation stay their own tokens */
	assert_true(d.view.flags[2] & PC_VF_BOUND);
	assert_false(d.view.flags[1] & PC_VF_BOUND);
	pc_test_draft_free(&d);
}

/* Hits of item of plan "fml" at [s,e) in text. */
static int
nhits(const pc_matcher *m, const char *text, const char *item, int32_t s,
    int32_t e)
{
	pc_test_draft d;
	pc_matches mt;
	int n;

	run(m, text, &d, &mt);
	n = count(&mt, "fml", item, s, e);
	pc_matches_free(&mt);
	pc_test_draft_free(&d);
	return n;
}

/* Formulations (ordered lists, group kind "formulation") neither hide the
 * items they are made of nor are hidden by them; but one formulation on
 * one span is one hit, whichever of its name, aliases and patterns match
 * there. */
static void
test_formulation(void **state)
{
	pc_dictset ds;
	pc_matcher *m;
	int n[4];

	(void)state;
	assert_int_equal(pc_test_load_set(&ds, "formulation"), 0);
	m = pc_matcher_new(&ds, NULL, NULL);
	n[0] = nhits(m, "发展新能源、新材料产业。", "new-energy", 2, 5);
	n[1] = nhits(m, "发展新能源、新材料产业。", "new-materials", 6, 9);
	/* the name and the pattern both match [2,9) */
	n[2] = nhits(m, "发展新能源、新材料产业。", "energy-materials", 2, 9);
	/* the accepted alias and the pattern both match [2,8) */
	n[3] = nhits(m, "发展新能源新材料产业。", "energy-materials", 2, 8);
	pc_matcher_free(m);
	pc_dictset_free(&ds);
	assert_int_equal(n[0], 1);
	assert_int_equal(n[1], 1);
	assert_int_equal(n[2], 1);
	assert_int_equal(n[3], 1);
}

static void
test_patterns_guarded(void **state)
{
	pc_dictset ds;
	pc_test_reports rs = { NULL, 0, 0 };
	pc_matcher *m;
	pc_test_draft d;
	pc_matches mt;
	double t0;
	const pc_test_report *r;

	(void)state;
	assert_int_equal(pc_test_load_set(&ds, "redos"), 0);
	m = pc_matcher_new(&ds, pc_test_report_cb, &rs);
	assert_non_null(m);
	/* the bad pattern is reported at its item and skipped */
	pc_test_reports_print(&rs);
	assert_int_equal(rs.n, 1);
	r = pc_test_reports_find(&rs, "/redos.xml");
	assert_non_null(r);
	assert_int_equal(r->line, 15);
	assert_non_null(strstr(r->msg, "broken"));

	t0 = pc_test_now();
	run(m, "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
	    &d, &mt);
	assert_true(pc_test_now() - t0 < 2.0);
	assert_true(mt.limit_errors > 0 ||
	    count(&mt, "redos", "catastrophic", -1, -1) == 0);
	assert_int_equal(count(&mt, "redos", "catastrophic", -1, -1), 0);
	pc_matches_free(&mt);
	pc_test_draft_free(&d);

	/* a good match of the same pattern still works */
	expect(m, "aaaa", "redos", "catastrophic", 1, 0, 4);

	/* empty matches: the scan ends, surrogate pairs are stepped over
	 * whole, and only non-empty matches are hits */
	run(m, "𠀀𠀀发展zz产业，𠀀zzz", &d, &mt);
	assert_int_equal(mt.limit_errors, 0);
	assert_int_equal(count(&mt, "redos", "empty", -1, -1), 2);
	assert_int_equal(count(&mt, "redos", "empty", 6, 8), 1);
	assert_int_equal(count(&mt, "redos", "empty", 13, 16), 1);
	pc_matches_free(&mt);
	pc_test_draft_free(&d);

	/* a pattern hit needs word boundaries too */
	expect(m, "降低空调。", "redos", "low", 0, -1, -1);
	expect(m, "发展低空经济。", "redos", "low", 1, 2, 4);

	pc_matcher_free(m);
	pc_test_reports_free(&rs);
	pc_dictset_free(&ds);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_not_inside_words),
		cmocka_unit_test(test_glue_matters),
		cmocka_unit_test(test_split_terms_whole),
		cmocka_unit_test(test_cross_plan_overlap),
		cmocka_unit_test(test_longest_in_plan),
		cmocka_unit_test(test_fold),
		cmocka_unit_test(test_masked_text),
		cmocka_unit_test(test_pattern_item),
		cmocka_unit_test(test_no_hits),
		cmocka_unit_test(test_tokens),
		cmocka_unit_test(test_formulation),
		cmocka_unit_test(test_patterns_guarded),
	};
	int rc = cmocka_run_group_tests(tests, setup, teardown);

	xmlCleanupParser();
	u_cleanup();
	return rc;
}
