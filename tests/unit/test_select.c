/* Unit tests of plan selection (src/pc_select.c): which plans a draft is
 * checked against. The seed (corpus/) against the bundled dictionaries
 * ($PC_DICTS), titles naming no bundled region or another period, --plan
 * and --self, and the four-level chain of the test set
 * tests/data/dicts/basic. */
#include "pc_test.h"

#include <libxml/parser.h>
#include <unicode/uclean.h>

#include "pc_select.h"
#include "pc_testutil.h"

static pc_dictset bundled, basic;

static int
setup(void **state)
{
	pc_test_reports rs = { NULL, 0, 0 };
	int n;

	(void)state;
	n = pc_dictset_load(&bundled, pc_test_dictsdir(), NULL,
	    pc_test_report_cb, &rs);
	pc_test_reports_print(&rs);
	pc_test_reports_free(&rs);
	if (n != 0)
		fprintf(stderr, "the bundled dictionaries have %d problems\n",
		    n);
	return pc_test_load_set(&basic, "basic") == 0 ? 0 : -1;
}

static int
teardown(void **state)
{
	(void)state;
	pc_dictset_free(&bundled);
	pc_dictset_free(&basic);
	return 0;
}

/* "id,id,…" of the selection, self first as "self=id;". */
static char *
describe(const pc_selection *sel)
{
	char *s = pc_xasprintf("self=%s;", sel->self ? sel->self->id : "-");

	for (int32_t i = 0; i < sel->n; i++) {
		char *t = pc_xasprintf("%s%s%s", s, i ? "," : "",
		    sel->plans[i]->id);
		free(s);
		s = t;
	}
	return s;
}

static void
expect_sel(const pc_dictset *ds, const char *text, const char *self_id,
    char *const *plan_ids, int32_t nplan_ids, const char *want)
{
	pc_test_draft d;
	pc_selection sel;
	char *got;

	assert_int_equal(pc_test_draft_init(&d, text), 0);
	pc_select(ds, &d.view, self_id, plan_ids, nplan_ids, &sel);
	got = describe(&sel);
	if (strcmp(got, want) != 0)
		fail_msg("selection %s, expected %s, for:\n%s", got, want,
		    text);
	free(got);
	pc_selection_free(&sel);
	pc_test_draft_free(&d);
}

/* The ids of all plans of ds in their order, after "self=-;". */
static char *
all_plans(const pc_dictset *ds)
{
	char *s = pc_xstrdup("self=-;");

	for (int32_t i = 0; i < ds->nplans; i++) {
		char *t = pc_xasprintf("%s%s%s", s, i ? "," : "",
		    ds->plans[i]->id);
		free(s);
		s = t;
	}
	return s;
}

static void
test_seed(void **state)
{
	char *path = pc_xasprintf("%s/../../corpus/"
	    "guangming-industrialization-15th-explanation.txt",
	    pc_test_datadir());
	pc_source src;
	pc_src_error err;
	pc_doc doc;
	pc_view v;
	pc_selection sel;

	(void)state;
	if (pc_source_read(path, NULL, PC_SOURCE_MAX_DEFAULT, &src, &err) != 0)
		fail_msg("cannot read %s", path);
	pc_doc_from_text(&src, &doc);
	pc_view_init(&v, &src, &doc);
	/* the title is wrapped over two lines: one paragraph */
	assert_true(doc.npara > 0);
	pc_select(&bundled, &v, NULL, NULL, 0, &sel);
	assert_non_null(sel.self);
	assert_string_equal(sel.self->id, "guangming-industry-15");
	assert_int_equal(sel.n, 3);
	assert_string_equal(sel.plans[0]->id, "national-15");
	assert_string_equal(sel.plans[1]->id, "guangdong-15");
	assert_string_equal(sel.plans[2]->id, "shenzhen-15");
	pc_selection_free(&sel);
	pc_view_free(&v);
	pc_doc_free(&doc);
	pc_source_free(&src);
	free(path);
}

static void
test_bundled_titles(void **state)
{
	char *all = all_plans(&bundled);

	(void)state;
	assert_true(bundled.nplans >= 4);
	/* no bundled region named: every plan */
	expect_sel(&bundled, "关于加快“十五五”新能源产业发展的实施意见\n正文。\n",
	    NULL, NULL, 0, all);
	expect_sel(&bundled, "溪桥区“十五五”产业发展规划编制工作方案\n", NULL,
	    NULL, 0, all);
	/* a bundled region in another period is not that plan */
	expect_sel(&bundled, "光明区加快推进新型工业化“十四五”规划\n", NULL,
	    NULL, 0, all);
	expect_sel(&bundled, "光明区2021年工作要点\n", NULL, NULL, 0, all);
	/* the period written out, or as its first year */
	expect_sel(&bundled, "深圳市国民经济和社会发展第十五个五年规划纲要\n",
	    NULL, NULL, 0, "self=shenzhen-15;national-15,guangdong-15");
	expect_sel(&bundled, "广东省制造业高质量发展规划（2026—2030年）\n",
	    NULL, NULL, 0, "self=guangdong-15;national-15");
	/* the most specific region named wins */
	expect_sel(&bundled, "深圳市光明区“十五五”产业规划\n", NULL, NULL, 0,
	    "self=guangming-industry-15;national-15,guangdong-15,"
	    "shenzhen-15");
	/* only the first paragraph is the title */
	expect_sel(&bundled, "新能源产业实施意见\n深圳市“十五五”规划提出……\n",
	    NULL, NULL, 0, all);
	/* an empty draft */
	expect_sel(&bundled, "", NULL, NULL, 0, all);
	free(all);
}

static void
test_overrides(void **state)
{
	char *both[] = { (char *)"shenzhen-15", (char *)"national-15" };
	char *nat[] = { (char *)"national-15" };
	const char *seed_title = "《光明区加快推进新型工业化“十五五”\n"
	    "规划（征求意见稿）》起草说明\n";

	(void)state;
	/* --plan: exactly these, national first; recognition still names
	 * the draft's own plan */
	expect_sel(&bundled, seed_title, NULL, both, 2,
	    "self=guangming-industry-15;national-15,shenzhen-15");
	expect_sel(&bundled, "新能源产业实施意见\n", NULL, both, 2,
	    "self=-;national-15,shenzhen-15");
	/* the same id twice counts once */
	{
		char *twice[] = { (char *)"national-15",
		    (char *)"national-15" };
		expect_sel(&bundled, "x\n", NULL, twice, 2,
		    "self=-;national-15");
	}
	/* --self: the parent chain of that plan, whatever the title says */
	expect_sel(&bundled, "新能源产业实施意见\n", "shenzhen-15", NULL, 0,
	    "self=shenzhen-15;national-15,guangdong-15");
	expect_sel(&bundled, seed_title, "guangdong-15", NULL, 0,
	    "self=guangdong-15;national-15");
	/* both */
	expect_sel(&bundled, seed_title, "guangming-industry-15", nat, 1,
	    "self=guangming-industry-15;national-15");
}

static void
test_recognise(void **state)
{
	static const struct {
		const char *title;
		const char *id;     /* NULL: none */
	} cases[] = {
		{ "《光明区加快推进新型工业化“十五五”规划（征求意见稿）》起草说明",
		  "guangming-industry-15" },
		{ "广东省“十五五”规划纲要", "guangdong-15" },
		{ "广东“十五五”海洋经济规划", "guangdong-15" },
		{ "深圳“十五五”规划", "shenzhen-15" },
		{ "中华人民共和国国民经济和社会发展第十五个五年规划纲要",
		  "national-15" },
		{ "深圳市“十四五”规划", NULL },
		{ "深圳市“十六五”规划", NULL },
		{ "深圳市规划", NULL },
		{ "“十五五”规划", NULL },
	};

	(void)state;
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		UChar t[256];
		int32_t n;
		UErrorCode ec = U_ZERO_ERROR;
		const pc_plan *p;

		u_strFromUTF8(t, 256, &n, cases[i].title, -1, &ec);
		p = pc_select_recognise(&bundled, t, n);
		if (cases[i].id == NULL ? p != NULL :
		    p == NULL || strcmp(p->id, cases[i].id) != 0)
			fail_msg("%s: recognised %s, expected %s",
			    cases[i].title, p ? p->id : "none",
			    cases[i].id ? cases[i].id : "none");
	}
}

static void
test_test_set_chain(void **state)
{
	(void)state;
	expect_sel(&basic, "乙市丙区“十五五”规划\n正文。\n", NULL, NULL, 0,
	    "self=t-district;t-national,t-province,t-city");
	expect_sel(&basic, "乙市“十五五”规划\n", NULL, NULL, 0,
	    "self=t-city;t-national,t-province");
	expect_sel(&basic, "全国“十五五”规划\n", NULL, NULL, 0,
	    "self=t-national;");
	expect_sel(&basic, "丁县“十五五”规划\n", NULL, NULL, 0,
	    "self=-;t-national,t-province,t-city,t-district");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_seed),
		cmocka_unit_test(test_bundled_titles),
		cmocka_unit_test(test_overrides),
		cmocka_unit_test(test_recognise),
		cmocka_unit_test(test_test_set_chain),
	};
	int rc = cmocka_run_group_tests(tests, setup, teardown);

	xmlCleanupParser();
	u_cleanup();
	return rc;
}
