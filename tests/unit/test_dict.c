/* Unit tests of dictionary loading (src/pc_dict.c): the plan model built
 * from a good set, and the reports (file and line) for malformed, invalid,
 * duplicate, orphaned and entity-bearing files, each skipped while the
 * others still load; then the bundled set. Test sets: tests/data/dicts. */
#include "pc_test.h"

#include <libxml/parser.h>
#include <unicode/uclean.h>

#include "pc_testutil.h"

/* Load a test set with the bundled schemas; reports are kept for the
 * assertions. */
static int
load_keep(pc_dictset *ds, const char *set, pc_test_reports *rs)
{
	char *dir = pc_test_set_path(set);
	int n;

	n = pc_dictset_load(ds, dir, pc_test_dictsdir(), pc_test_report_cb,
	    rs);
	pc_test_reports_print(rs);
	free(dir);
	return n;
}

static int
has_plan(const pc_dictset *ds, const char *id)
{
	return pc_dictset_plan(ds, id) != NULL;
}

static const pc_item *
item_of(const pc_plan *p, const char *id)
{
	for (int32_t i = 0; i < p->nitems; i++)
		if (strcmp(p->items[i].id, id) == 0)
			return &p->items[i];
	return NULL;
}

static const pc_group *
group_of(const pc_plan *p, const char *id)
{
	for (int32_t i = 0; i < p->ngroups; i++)
		if (strcmp(p->groups[i].id, id) == 0)
			return &p->groups[i];
	return NULL;
}

static void
test_basic_plans(void **state)
{
	pc_dictset ds;
	static const char *const order[] = { "t-national", "t-province",
	    "t-city", "t-district" };
	static const pc_level levels[] = { PC_LEVEL_NATIONAL,
	    PC_LEVEL_PROVINCIAL, PC_LEVEL_MUNICIPAL, PC_LEVEL_DISTRICT };
	const pc_plan *n;

	(void)state;
	assert_int_equal(pc_test_load_set(&ds, "basic"), 0);
	assert_int_equal(ds.nplans, 4);
	/* national first, then by level (file names sort otherwise) */
	for (int i = 0; i < 4; i++) {
		assert_string_equal(ds.plans[i]->id, order[i]);
		assert_int_equal(ds.plans[i]->level, levels[i]);
		assert_ptr_equal(pc_dictset_plan(&ds, order[i]), ds.plans[i]);
	}
	assert_null(pc_dictset_plan(&ds, "t-nowhere"));

	/* parent resolution */
	assert_null(ds.plans[0]->parent);
	assert_null(ds.plans[0]->parent_id);
	for (int i = 1; i < 4; i++) {
		assert_string_equal(ds.plans[i]->parent_id, order[i - 1]);
		assert_ptr_equal(ds.plans[i]->parent, ds.plans[i - 1]);
	}

	n = ds.plans[0];
	assert_string_equal(n->title, "测试国家五年规划");
	assert_string_equal(n->region, "全国");
	assert_int_equal(n->start, 2026);
	assert_int_equal(n->end, 2030);
	assert_int_equal(n->nregion_names, 1);
	assert_string_equal(n->region_names[0].s, "全国");
	assert_int_equal(n->region_names[0].ulen, 2);
	assert_int_equal(n->nsources, 1);
	assert_string_equal(n->source_urls[0], "https://example.org/t-national");
	assert_non_null(strstr(n->path, "t-national.xml"));
	/* a source without url: its text */
	assert_string_equal(ds.plans[1]->source_urls[0], "test data");
	pc_dictset_free(&ds);
	assert_int_equal(ds.nplans, 0);
}

static void
test_basic_groups_items(void **state)
{
	pc_dictset ds;
	const pc_plan *n;
	const pc_group *g;
	const pc_item *it;

	(void)state;
	assert_int_equal(pc_test_load_set(&ds, "basic"), 0);
	n = pc_dictset_plan(&ds, "t-national");
	assert_non_null(n);
	assert_int_equal(n->ngroups, 5);
	assert_int_equal(n->nitems, 11);

	g = group_of(n, "emerging");
	assert_non_null(g);
	assert_string_equal(g->kind, "industry");
	assert_string_equal(g->name, "新兴产业");
	assert_false(g->superseded);
	assert_ptr_equal(g->plan, n);
	g = group_of(n, "old");
	assert_non_null(g);
	assert_true(g->superseded);

	/* items in file order, each knowing its group, plan and index */
	assert_string_equal(n->items[0].id, "ic");
	assert_string_equal(n->items[10].id, "old-textile");
	for (int32_t i = 0; i < n->nitems; i++) {
		assert_int_equal(n->items[i].index, i);
		assert_ptr_equal(n->items[i].plan, n);
		assert_non_null(n->items[i].group);
		assert_ptr_equal(n->items[i].group->plan, n);
		assert_true(n->items[i].nterms >= 1);
		assert_int_equal(n->items[i].kinds[0], PC_ALIAS_NAME);
	}
	it = item_of(n, "ic");
	assert_int_equal(it->line, 10);
	assert_string_equal(it->terms[0].s, "集成电路");
	assert_int_equal(it->terms[0].ulen, 4);
	assert_int_equal(it->terms[0].u[0], 0x96C6);    /* 集 */
	assert_ptr_equal(it->group, group_of(n, "emerging"));
	assert_true(it->verified);
	assert_null(it->source);

	/* aliases and their kinds */
	it = item_of(n, "low-altitude");
	assert_int_equal(it->nterms, 2);
	assert_string_equal(it->terms[1].s, "低空");
	assert_int_equal(it->kinds[1], PC_ALIAS_ABBREVIATION);
	it = item_of(n, "petrochem");
	assert_int_equal(it->nterms, 6);
	assert_string_equal(it->terms[0].s, "石油化工");
	assert_int_equal(it->kinds[1], PC_ALIAS_ABBREVIATION);
	assert_int_equal(it->kinds[2], PC_ALIAS_VARIANT);
	assert_int_equal(it->kinds[3], PC_ALIAS_FORMER);
	assert_int_equal(it->kinds[4], PC_ALIAS_DISCOURAGED);
	assert_int_equal(it->kinds[5], PC_ALIAS_ACCEPTED);
	assert_string_equal(it->terms[5].s, "石油和化学工业");
	assert_false(it->verified);
	assert_string_equal(it->source, "https://example.org/petrochem");
	assert_string_equal(pc_alias_kind_name(PC_ALIAS_DISCOURAGED),
	    "discouraged");
	assert_string_equal(pc_alias_kind_name(PC_ALIAS_NAME), "name");
	assert_string_equal(pc_level_name(PC_LEVEL_MUNICIPAL), "municipal");

	/* required: from the group's weight, unless the item says otherwise */
	assert_true(item_of(n, "ic")->required);
	assert_true(item_of(n, "bci")->required);
	assert_false(item_of(n, "ai-terminal")->required);
	assert_true(item_of(n, "china")->required);
	assert_false(item_of(n, "nqpf")->required);
	assert_false(item_of(n, "petrochem")->required);
	assert_true(item_of(n, "old-textile")->required);

	/* patterns, parts, examples */
	it = item_of(n, "three-trans");
	assert_int_equal(it->npatterns, 1);
	assert_string_equal(it->patterns[0], "智能化、?绿色化、?融合化");
	assert_int_equal(it->nparts, 3);
	assert_string_equal(it->parts[2].s, "融合化");
	assert_int_equal(it->nexamples, 3);
	assert_true(it->examples[0].match);
	assert_false(it->examples[2].match);
	assert_int_equal(it->examples[2].line, 66);
	assert_string_equal(it->examples[2].text.s, "推进绿色化、智能化。");
	it = item_of(n, "ai-terminal");
	assert_string_equal(it->terms[1].s, "AI终端");
	assert_string_equal(it->examples[0].text.s, "推广ＡＩ终端。");
	pc_dictset_free(&ds);
}

static void
test_basic_lexicon(void **state)
{
	pc_dictset ds;
	UChar t[64];
	int32_t n;
	UErrorCode ec = U_ZERO_ERROR;

	(void)state;
	assert_int_equal(pc_test_load_set(&ds, "basic"), 0);
	assert_int_equal(ds.words[PC_W_SEGMENT].n, 2);
	assert_string_equal(ds.words[PC_W_SEGMENT].w[0].s, "发展中国家");
	assert_int_equal(ds.words[PC_W_MEASURES].n, 1);
	assert_int_equal(ds.words[PC_W_UNIT].n, 4);
	assert_int_equal(ds.words[PC_W_COUNT_NOUN].n, 2);
	assert_int_equal(ds.words[PC_W_QUOTE_VERB].n, 1);
	u_strFromUTF8(t, 64, &n, "二、重点任务和举措", -1, &ec);
	assert_true(pc_words_find(&ds, PC_W_TASKS, t, n));
	assert_false(pc_words_find(&ds, PC_W_GOALS, t, n));
	/* the length given is the end: 重点任务 cut short does not count */
	assert_false(pc_words_find(&ds, PC_W_TASKS, t, 4));
	pc_dictset_free(&ds);
}

static void
test_malformed_xml(void **state)
{
	pc_dictset ds;
	pc_test_reports rs = { NULL, 0, 0 };
	const pc_test_report *r;

	(void)state;
	assert_true(load_keep(&ds, "malformed", &rs) >= 1);
	r = pc_test_reports_find(&rs, "/broken.xml");
	assert_non_null(r);
	assert_int_equal(r->line, 9);       /* </nam> */
	assert_non_null(strstr(r->msg, "nam"));
	assert_int_equal(pc_test_reports_count(&rs, "/good.xml"), 0);
	assert_int_equal(rs.n, pc_test_reports_count(&rs, "/broken.xml"));
	/* broken skipped, good loaded */
	assert_int_equal(ds.nplans, 1);
	assert_string_equal(ds.plans[0]->id, "good");
	assert_false(has_plan(&ds, "broken"));
	pc_test_reports_free(&rs);
	pc_dictset_free(&ds);
}

static void
test_schema_errors(void **state)
{
	pc_dictset ds;
	pc_test_reports rs = { NULL, 0, 0 };
	const pc_test_report *r;

	(void)state;
	assert_true(load_keep(&ds, "schema", &rs) >= 2);
	r = pc_test_reports_find(&rs, "/noname.xml");
	assert_non_null(r);
	/* the item without <name> (line 8) or its first child (line 9) */
	assert_true(r->line == 8 || r->line == 9);
	r = pc_test_reports_find(&rs, "/badlevel.xml");
	assert_non_null(r);
	/* the <plan> start tag spans lines 3-4; level="county" is on 4 */
	assert_true(r->line == 3 || r->line == 4);
	assert_int_equal(pc_test_reports_count(&rs, "/good.xml"), 0);
	assert_int_equal(ds.nplans, 1);
	assert_string_equal(ds.plans[0]->id, "good");
	pc_test_reports_free(&rs);
	pc_dictset_free(&ds);
}

static void
test_duplicate_item_ids(void **state)
{
	pc_dictset ds;
	pc_test_reports rs = { NULL, 0, 0 };
	const pc_test_report *r;

	(void)state;
	assert_int_equal(load_keep(&ds, "dup", &rs), 1);
	r = pc_test_reports_find(&rs, "/dup.xml");
	assert_non_null(r);
	assert_int_equal(r->line, 14);
	assert_non_null(strstr(r->msg, "duplicate"));
	assert_non_null(strstr(r->msg, "\"x\""));
	assert_non_null(strstr(r->msg, "line 8"));
	assert_false(has_plan(&ds, "dup"));
	assert_true(has_plan(&ds, "good"));
	pc_test_reports_free(&rs);
	pc_dictset_free(&ds);
}

static void
test_duplicate_plan_ids(void **state)
{
	pc_dictset ds;
	pc_test_reports rs = { NULL, 0, 0 };
	char *dir = pc_test_dictset_dir("malformed");
	char *good;
	const pc_test_report *r;

	(void)state;
	assert_non_null(dir);
	good = pc_xasprintf("%s/good.xml", dir);
	/* the same plan id again, in a file sorting before good.xml */
	assert_int_equal(pc_test_copy(good, dir, "another.xml"), 0);
	free(good);
	pc_dictset_load(&ds, dir, pc_test_dictsdir(), pc_test_report_cb, &rs);
	pc_test_reports_print(&rs);
	r = pc_test_reports_find(&rs, "/good.xml");
	assert_non_null(r);
	assert_non_null(strstr(r->msg, "already defined"));
	assert_non_null(strstr(r->msg, "another.xml"));
	assert_int_equal(r->line, 3);
	assert_int_equal(ds.nplans, 1);
	assert_non_null(strstr(ds.plans[0]->path, "another.xml"));
	pc_test_reports_free(&rs);
	pc_dictset_free(&ds);
	pc_test_rmtree(dir);
}

static void
test_missing_parent(void **state)
{
	pc_dictset ds;
	pc_test_reports rs = { NULL, 0, 0 };
	const pc_test_report *r;
	const pc_plan *p;

	(void)state;
	assert_int_equal(load_keep(&ds, "orphan", &rs), 1);
	r = pc_test_reports_find(&rs, "/orphan.xml");
	assert_non_null(r);
	assert_non_null(strstr(r->msg, "no-such-plan"));
	p = pc_dictset_plan(&ds, "orphan");
	if (p != NULL) {
		/* kept without a parent, never pointing at garbage */
		assert_null(p->parent);
		assert_string_equal(p->parent_id, "no-such-plan");
	}
	pc_test_reports_free(&rs);
	pc_dictset_free(&ds);
}

static void
test_parent_loop(void **state)
{
	pc_dictset ds;
	pc_test_reports rs = { NULL, 0, 0 };

	(void)state;
	assert_true(load_keep(&ds, "loop", &rs) >= 1);
	assert_non_null(strstr(rs.r[0].msg, "loop"));
	/* every chain ends */
	for (int32_t i = 0; i < ds.nplans; i++) {
		int32_t steps = 0;
		for (const pc_plan *q = ds.plans[i]; q; q = q->parent)
			assert_true(++steps <= ds.nplans);
	}
	pc_test_reports_free(&rs);
	pc_dictset_free(&ds);
}

static int
leaks(const char *s, char *const *secrets, int nsecrets)
{
	if (s == NULL)
		return 0;
	for (int i = 0; i < nsecrets; i++)
		if (strstr(s, secrets[i]) != NULL)
			return 1;
	return 0;
}

static void
test_no_entities(void **state)
{
	pc_dictset ds;
	pc_test_reports rs = { NULL, 0, 0 };
	static const char *const bad[] = { "/xxe.xml", "/internal.xml",
	    "/extdtd.xml", "/param.xml" };
	/* lines of /etc/passwd long enough to be unmistakable */
	char *passwd = pc_test_slurp("/etc/passwd", NULL);
	char *secrets[64];
	int nsecrets = 0;

	(void)state;
	for (char *l = passwd ? strtok(passwd, "\n") : NULL;
	    l != NULL && nsecrets < 64; l = strtok(NULL, "\n"))
		if (strlen(l) >= 8)
			secrets[nsecrets++] = l;
	secrets[nsecrets++] = (char *)"internal-entity-text";

	assert_true(load_keep(&ds, "xxe", &rs) >= 4);
	for (size_t i = 0; i < 4; i++)
		if (pc_test_reports_find(&rs, bad[i]) == NULL)
			fail_msg("no report for %s", bad[i]);
	assert_int_equal(ds.nplans, 1);
	assert_string_equal(ds.plans[0]->id, "good");
	for (int32_t i = 0; i < rs.n; i++)
		if (leaks(rs.r[i].msg, secrets, nsecrets))
			fail_msg("entity text in a report: %s", rs.r[i].msg);
	for (int32_t p = 0; p < ds.nplans; p++) {
		const pc_plan *pl = ds.plans[p];
		assert_false(leaks(pl->title, secrets, nsecrets));
		for (int32_t g = 0; g < pl->ngroups; g++)
			assert_false(leaks(pl->groups[g].name, secrets,
			    nsecrets));
		for (int32_t i = 0; i < pl->nitems; i++)
			for (int32_t t = 0; t < pl->items[i].nterms; t++)
				assert_false(leaks(pl->items[i].terms[t].s,
				    secrets, nsecrets));
	}
	free(passwd);
	pc_dictset_free(&ds);
	/* the DOCTYPE is on line 2 of each file */
	for (size_t i = 0; i < 4; i++) {
		const pc_test_report *r = pc_test_reports_find(&rs, bad[i]);
		if (r->line != 2) {
			int line = r->line;
			pc_test_reports_free(&rs);
			fail_msg("%s: DOCTYPE reported at line %d, not 2",
			    bad[i], line);
		}
	}
	pc_test_reports_free(&rs);
}

static void
test_missing_dir_and_schema(void **state)
{
	pc_dictset ds;
	pc_test_reports rs = { NULL, 0, 0 };
	char *dir, *good;

	(void)state;
	assert_true(pc_dictset_load(&ds, "/nonexistent/plancheck-dicts",
	    pc_test_dictsdir(), pc_test_report_cb, &rs) >= 1);
	assert_int_equal(rs.n, 1);
	assert_int_equal(ds.nplans, 0);
	pc_dictset_free(&ds);
	pc_test_reports_free(&rs);

	/* a valid plan, but no schema anywhere: nothing loads unvalidated */
	dir = pc_test_dictset_dir(NULL);
	assert_non_null(dir);
	good = pc_test_set_path("malformed/good.xml");
	assert_int_equal(pc_test_copy(good, dir, "good.xml"), 0);
	free(good);
	assert_true(pc_dictset_load(&ds, dir, NULL, pc_test_report_cb,
	    &rs) >= 1);
	assert_true(rs.n >= 1);
	assert_int_equal(ds.nplans, 0);
	pc_dictset_free(&ds);
	pc_test_reports_free(&rs);

	/* with the schema directory it loads */
	assert_int_equal(pc_dictset_load(&ds, dir, pc_test_dictsdir(),
	    pc_test_report_cb, &rs), 0);
	assert_int_equal(ds.nplans, 1);
	pc_dictset_free(&ds);
	pc_test_reports_free(&rs);

	/* the directory's own plan.rng comes first: a broken one is an
	 * error even though schema_dir has a good one */
	assert_int_equal(pc_test_write_str(dir, "plan.rng",
	    "<grammar xmlns=\"http://relaxng.org/ns/structure/1.0\"/>\n"),
	    0);
	assert_true(pc_dictset_load(&ds, dir, pc_test_dictsdir(),
	    pc_test_report_cb, &rs) >= 1);
	pc_test_reports_print(&rs);
	assert_non_null(pc_test_reports_find(&rs, "/plan.rng"));
	assert_int_equal(ds.nplans, 0);
	pc_dictset_free(&ds);
	pc_test_reports_free(&rs);
	pc_test_rmtree(dir);
}

static void
test_bundled(void **state)
{
	pc_dictset ds;
	pc_test_reports rs = { NULL, 0, 0 };
	static const char *const chain[] = { "guangming-industry-15",
	    "shenzhen-15", "guangdong-15", "national-15" };
	static const pc_level levels[] = { PC_LEVEL_DISTRICT,
	    PC_LEVEL_MUNICIPAL, PC_LEVEL_PROVINCIAL, PC_LEVEL_NATIONAL };
	const pc_plan *p;

	(void)state;
	assert_int_equal(pc_dictset_load(&ds, pc_test_dictsdir(), NULL,
	    pc_test_report_cb, &rs), 0);
	pc_test_reports_print(&rs);
	assert_int_equal(rs.n, 0);
	for (int i = 0; i < 4; i++)
		if (!has_plan(&ds, chain[i]))
			fail_msg("bundled plan %s is not loaded", chain[i]);
	p = pc_dictset_plan(&ds, chain[0]);
	for (int i = 0; i < 4; i++, p = p->parent) {
		assert_non_null(p);
		assert_string_equal(p->id, chain[i]);
		assert_int_equal(p->level, levels[i]);
		assert_int_equal(p->start, 2026);
		assert_int_equal(p->end, 2030);
		assert_true(p->nitems > 0);
	}
	assert_null(p);
	for (int32_t i = 1; i < ds.nplans; i++)
		assert_true(ds.plans[i - 1]->level <= ds.plans[i]->level);
	assert_string_equal(ds.plans[0]->id, "national-15");
	/* the lexicon decides strength and section kinds */
	assert_true(ds.words[PC_W_ACTION].n > 0);
	assert_true(ds.words[PC_W_BACKGROUND].n > 0);
	assert_true(ds.words[PC_W_TASKS].n > 0);
	assert_true(ds.words[PC_W_UNIT].n > 0);
	pc_test_reports_free(&rs);
	pc_dictset_free(&ds);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_basic_plans),
		cmocka_unit_test(test_basic_groups_items),
		cmocka_unit_test(test_basic_lexicon),
		cmocka_unit_test(test_malformed_xml),
		cmocka_unit_test(test_schema_errors),
		cmocka_unit_test(test_duplicate_item_ids),
		cmocka_unit_test(test_duplicate_plan_ids),
		cmocka_unit_test(test_missing_parent),
		cmocka_unit_test(test_parent_loop),
		cmocka_unit_test(test_no_entities),
		cmocka_unit_test(test_missing_dir_and_schema),
		cmocka_unit_test(test_bundled),
	};
	int rc = cmocka_run_group_tests(tests, NULL, NULL);

	xmlCleanupParser();
	u_cleanup();
	return rc;
}
