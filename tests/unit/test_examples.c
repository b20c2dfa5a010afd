/* The dictionaries' own example sentences, run as tests: for every item of
 * every plan, each <example match="true"> must give at least one hit of
 * that item and each match="false" none, through the real pipeline pieces
 * (source from bytes → doc → view → pc_matcher_run) with one matcher over
 * the whole set, as plancheck runs it. Done for the bundled set ($PC_DICTS,
 * whatever it holds) and for the test set tests/data/dicts/basic. Every
 * failing example is printed as "file:line: plan item: …" before the test
 * fails. */
#include "pc_test.h"

#include <libxml/parser.h>
#include <unicode/uclean.h>

#include "pc_match.h"
#include "pc_testutil.h"

/* The hits of the example, for the failure message. */
static char *
hits_of(const pc_matches *mt, const pc_view *v)
{
	char *s = pc_xstrdup("");

	for (int32_t i = 0; i < mt->n; i++) {
		const pc_hit *h = &mt->hits[i];
		char *w = pc_view_utf8(v, h->start, h->end);
		char *t = pc_xasprintf("%s%s%s/%s \"%s\"", s, i ? ", " : "",
		    h->item->plan->id, h->item->id, w);
		free(w);
		free(s);
		s = t;
	}
	return s;
}

/* Check every example of ds; returns the number that failed and stores
 * the number checked. */
static int
run_examples(const pc_dictset *ds, int *nchecked)
{
	pc_test_reports rs = { NULL, 0, 0 };
	pc_matcher *m = pc_matcher_new(ds, pc_test_report_cb, &rs);
	int failed = 0;

	assert_non_null(m);
	/* a pattern that does not compile is a dictionary error */
	pc_test_reports_print(&rs);
	failed += rs.n;
	pc_test_reports_free(&rs);
	*nchecked = 0;
	for (int32_t p = 0; p < ds->nplans; p++) {
		const pc_plan *plan = ds->plans[p];

		for (int32_t i = 0; i < plan->nitems; i++) {
			const pc_item *it = &plan->items[i];

			for (int32_t e = 0; e < it->nexamples; e++) {
				const pc_example *ex = &it->examples[e];
				pc_test_draft d;
				pc_matches mt;
				int n = 0;

				(*nchecked)++;
				if (pc_test_draft_init(&d, ex->text.s) != 0) {
					fprintf(stderr, "%s:%d: %s %s: example "
					    "does not decode\n", plan->path,
					    ex->line, plan->id, it->id);
					failed++;
					continue;
				}
				pc_matcher_run(m, &d.view, &mt);
				for (int32_t k = 0; k < mt.n; k++)
					n += mt.hits[k].item == it;
				if ((n > 0) != (ex->match != 0)) {
					char *h = hits_of(&mt, &d.view);
					fprintf(stderr, "%s:%d: %s %s: example "
					    "match=\"%s\" \"%s\": %d hits of the "
					    "item; all hits: [%s]\n", plan->path,
					    ex->line, plan->id, it->id,
					    ex->match ? "true" : "false",
					    ex->text.s, n, h);
					free(h);
					failed++;
				}
				pc_matches_free(&mt);
				pc_test_draft_free(&d);
			}
		}
	}
	pc_matcher_free(m);
	return failed;
}

static void
test_bundled_examples(void **state)
{
	pc_dictset ds;
	pc_test_reports rs = { NULL, 0, 0 };
	int failed, n;

	(void)state;
	/* load problems are test_dict's to report; check what loads */
	pc_dictset_load(&ds, pc_test_dictsdir(), NULL, pc_test_report_cb,
	    &rs);
	pc_test_reports_print(&rs);
	pc_test_reports_free(&rs);
	failed = run_examples(&ds, &n);
	fprintf(stderr, "bundled dictionaries: %d plans, %d examples, %d "
	    "failed\n", ds.nplans, n, failed);
	pc_dictset_free(&ds);
	if (failed > 0)
		fail_msg("%d of %d bundled examples failed (listed above)",
		    failed, n);
}

static void
test_testset_examples(void **state)
{
	pc_dictset ds;
	int failed, n;

	(void)state;
	assert_int_equal(pc_test_load_set(&ds, "basic"), 0);
	failed = run_examples(&ds, &n);
	pc_dictset_free(&ds);
	assert_true(n >= 20);
	if (failed > 0)
		fail_msg("%d of %d test-set examples failed (listed above)",
		    failed, n);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_testset_examples),
		cmocka_unit_test(test_bundled_examples),
	};
	int rc = cmocka_run_group_tests(tests, NULL, NULL);

	xmlCleanupParser();
	u_cleanup();
	return rc;
}
