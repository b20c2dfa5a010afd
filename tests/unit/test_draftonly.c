/* Unit tests of draft-only content (src/pc_draftonly.c) with the bundled
 * dictionaries: the seed's local specialties, which items count as named
 * by a checked plan, and each source of items (counted lists, sub-headings
 * of task headings, uncounted 一是… runs) on small drafts, with what must
 * not count (background sections, places, lone ordinals, group headings). */
#include "pc_test.h"

#include <libxml/parser.h>
#include <unicode/uclean.h>

#include "pc_cover.h"
#include "pc_draftonly.h"
#include "pc_select.h"
#include "pc_testutil.h"

#define SEED "guangming-industrialization-15th-explanation.txt"

static pc_dictset DS;
static pc_matcher *M;

static int
setup(void **state)
{
	(void)state;
	if (pc_dictset_load(&DS, pc_test_dictsdir(), NULL, NULL, NULL) != 0)
		return -1;
	M = pc_matcher_new(&DS, NULL, NULL);
	return M == NULL ? -1 : 0;
}

static int
teardown(void **state)
{
	(void)state;
	pc_matcher_free(M);
	pc_dictset_free(&DS);
	return 0;
}

/* A draft run through the pipeline up to draft-only content. */
typedef struct run {
	pc_test_draft d;
	pc_matches mt;
	pc_outline ol;
	pc_selection sel;
	pc_counts counts;
	pc_draftonly dro;
	char **texts;            /* UTF-8 of each item */
} run;

static void
run_on(run *r, const char *utf8, const char *plan)
{
	char *ids[1];

	memset(r, 0, sizeof(*r));
	assert_int_equal(pc_test_draft_init(&r->d, utf8), 0);
	pc_matcher_run(M, &r->d.view, &r->mt);
	pc_outline_build(r->d.view.fold, r->d.view.len, r->d.doc.paras,
	    r->d.doc.npara, r->d.view.flags, pc_cover_classify, &DS, &r->ol);
	ids[0] = (char *)plan;
	pc_select(&DS, &r->d.view, NULL, plan ? ids : NULL, plan ? 1 : 0,
	    &r->sel);
	{
		pc_list_lex lx;

		pc_list_lex_init(&lx, &DS);
		pc_counts_find(&r->d.view, &r->ol, &lx, 0, r->d.view.len,
		    &r->counts);
	}
	pc_draftonly_find(&r->counts, &r->d.view, &r->ol, &r->mt, &r->sel,
	    &r->dro);
	r->texts = pc_xcalloc((size_t)r->dro.n + 1, sizeof(*r->texts));
	for (int32_t i = 0; i < r->dro.n; i++)
		r->texts[i] = pc_view_utf8(&r->d.view, r->dro.d[i].start,
		    r->dro.d[i].end);
}

static void
done(run *r)
{
	for (int32_t i = 0; i < r->dro.n; i++)
		free(r->texts[i]);
	free(r->texts);
	pc_draftonly_free(&r->dro);
	pc_counts_free(&r->counts);
	pc_selection_free(&r->sel);
	pc_outline_free(&r->ol);
	pc_matches_free(&r->mt);
	pc_test_draft_free(&r->d);
}

static int
has(const run *r, const char *text)
{
	for (int32_t i = 0; i < r->dro.n; i++)
		if (strcmp(r->texts[i], text) == 0)
			return 1;
	return 0;
}

static void
dump(const run *r)
{
	for (int32_t i = 0; i < r->dro.n; i++)
		fprintf(stderr, "  draft-only: %s\n", r->texts[i]);
}

static char *
seed(void)
{
	char *path = pc_xasprintf("%s/../../corpus/%s", pc_test_datadir(),
	    SEED);
	char *t = pc_test_slurp(path, NULL);

	free(path);
	assert_non_null(t);
	return t;
}

static void
test_seed(void **state)
{
	char *t = seed();
	run r;

	(void)state;
	/* by title: checked against shenzhen-15, guangdong-15, national-15 */
	run_on(&r, t, NULL);
	dump(&r);
	assert_non_null(r.sel.self);
	assert_string_equal(r.sel.self->id, "guangming-industry-15");
	assert_true(has(&r, "自行车"));
	assert_true(has(&r, "内衣"));
	/* Shenzhen's traditional industries name 手表钟表 (alias 钟表) */
	assert_false(has(&r, "钟表"));
	/* 五是新能源: named by every plan */
	assert_false(has(&r, "新能源"));
	/* 人工智能与应用 holds Shenzhen's 人工智能 */
	assert_false(has(&r, "人工智能与应用"));
	/* the five tasks, cut to their first clause */
	assert_true(has(&r, "推动产业创新提质"));
	assert_true(has(&r, "实现开放协同共赢"));
	/* places (九个特色产业片区), directions and elements are no
	 * industries or tasks; the heading over 自行车… is a group */
	assert_false(has(&r, "光明云谷"));
	assert_false(has(&r, "算力基础设施"));
	assert_false(has(&r, "空间"));
	assert_false(has(&r, "鼓励一批传统优势产业优化提升"));
	assert_int_equal(r.dro.n, 7);
	/* positions are in order, with the heading they lie under */
	for (int32_t i = 1; i < r.dro.n; i++)
		assert_true(r.dro.d[i - 1].end <= r.dro.d[i].start);
	assert_true(r.dro.d[0].heading >= 0);
	done(&r);

	/* checked against the national plan only, 钟表 is the draft's own */
	run_on(&r, t, "national-15");
	dump(&r);
	assert_true(has(&r, "钟表"));
	assert_true(has(&r, "自行车"));
	assert_false(has(&r, "新能源"));
	done(&r);
	free(t);
}

static void
test_headings(void **state)
{
	run r;

	(void)state;
	run_on(&r,
	    "某区产业发展行动方案\n"
	    "一、发展基础\n"
	    "我区推动自行车、内衣两大产业稳步发展。\n"
	    "二、重点任务\n"
	    "（一）发展新能源\n"
	    "加快建设储能电站。\n"
	    "（二）振兴钟表制造\n"
	    "支持企业开展品牌建设。\n"
	    "（三）拓展应用场景\n"
	    "一是发展低空物流，开通无人机航线；"
	    "二是培育文旅消费，打造飞行体验。\n"
	    "三、保障措施\n"
	    "（一）加强组织领导\n", "national-15");
	dump(&r);
	/* sub-headings of a task heading are tasks; named ones are not
	 * draft-only */
	assert_false(has(&r, "发展新能源"));
	assert_true(has(&r, "振兴钟表制造"));
	/* uncounted 一是… under a task heading, cut at the clause; their
	 * heading is their group, not an item */
	assert_true(has(&r, "发展低空物流"));
	assert_true(has(&r, "培育文旅消费"));
	assert_false(has(&r, "拓展应用场景"));
	/* background and measures sections hold no draft-only content */
	assert_false(has(&r, "自行车"));
	assert_false(has(&r, "加强组织领导"));
	assert_int_equal(r.dro.n, 3);
	done(&r);
}

static void
test_counted(void **state)
{
	run r;

	(void)state;
	run_on(&r,
	    "某区产业规划\n"
	    "一、重点产业\n"
	    "推动自行车、钟表、内衣三大产业升级。打造云谷、新兴湖两大产业片区。"
	    "围绕显示面板、内容制作两大方向发展。一是加强宣传。\n",
	    "national-15");
	dump(&r);
	assert_true(has(&r, "自行车"));
	assert_true(has(&r, "钟表"));
	assert_true(has(&r, "内衣"));
	/* places and directions are not counted as industries; a lone
	 * 一是 is no sequence */
	assert_false(has(&r, "云谷"));
	assert_false(has(&r, "显示面板"));
	assert_false(has(&r, "加强宣传"));
	assert_int_equal(r.dro.n, 3);
	done(&r);

	/* no tasks section: nothing */
	run_on(&r, "通知\n推动自行车、钟表、内衣三大产业升级。\n",
	    "national-15");
	assert_int_equal(r.dro.n, 0);
	done(&r);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_seed),
		cmocka_unit_test(test_headings),
		cmocka_unit_test(test_counted),
	};
	int rc = cmocka_run_group_tests(tests, setup, teardown);

	xmlCleanupParser();
	u_cleanup();
	return rc;
}
