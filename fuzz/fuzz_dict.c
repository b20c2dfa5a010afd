/* Fuzz target: dictionary loading. The input is written as plan.xml (or
 * lexicon.xml when it holds "<lexicon") alone in a private directory and
 * loaded with the bundled schemas (pc_dictset_load), so XML parsing, the
 * DOCTYPE refusal, RELAX NG validation and the item reader all run; a set
 * that loads is compiled (pc_matcher_new: PCRE2 patterns included) and run
 * over each item's example sentences. Problems must come as one line each
 * with a path. */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "fuzz.h"
#include "pc_alloc.h"
#include "pc_doc.h"
#include "pc_match.h"
#include "pc_source.h"
#include "pc_view.h"

static void
report(const char *path, int line, const char *msg, void *ctx)
{
	(void)ctx;
	if (path == NULL || msg == NULL || line < 0)
		pc_fuzz_fail("problem without path or message");
	if (strchr(msg, '\n') != NULL && !pc_fuzz_known("multiline"))
		pc_fuzz_fail("problem message of more than one line");
}

/* Non-zero if data holds s (memmem is not POSIX). */
static int
has(const uint8_t *data, size_t size, const char *s)
{
	size_t k = strlen(s);

	for (size_t i = 0; i + k <= size; i++)
		if (memcmp(data + i, s, k) == 0)
			return 1;
	return 0;
}

static void
run_on(const pc_matcher *m, const pc_str *text)
{
	pc_source src;
	pc_doc doc;
	pc_view v;
	pc_matches mt;

	if (text->s == NULL || pc_source_from_bytes("example",
	    (const unsigned char *)text->s, strlen(text->s), "utf-8", &src,
	    NULL) != 0)
		return;
	pc_doc_from_text(&src, &doc);
	pc_view_init(&v, &src, &doc);
	pc_matcher_run(m, &v, &mt);
	for (int32_t i = 0; i < mt.n; i++)
		if (mt.hits[i].start < 0 || mt.hits[i].end > src.len ||
		    mt.hits[i].start >= mt.hits[i].end)
			pc_fuzz_fail("hit out of bounds");
	pc_matches_free(&mt);
	pc_view_free(&v);
	pc_doc_free(&doc);
	pc_source_free(&src);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static char fixed_text[] = "在低空经济、集成电路和新能源领域"
	    "加快发展新质生产力。";
	static const pc_str fixed = { fixed_text, NULL, 0 };
	const char *dir = pc_fuzz_tmpdir();
	int lex = has(data, size, "<lexicon");
	char *other = pc_xasprintf("%s/%s", dir,
	    lex ? "plan.xml" : "lexicon.xml");
	char *path;
	pc_dictset ds;
	pc_matcher *m;

	unlink(other);
	free(other);
	path = pc_fuzz_write(lex ? "lexicon.xml" : "plan.xml", data, size);
	free(path);
	pc_dictset_load(&ds, dir, pc_fuzz_dictdir(), report, NULL);
	m = pc_matcher_new(&ds, report, NULL);
	if (m != NULL) {
		run_on(m, &fixed);
		for (int32_t p = 0; p < ds.nplans; p++)
			for (int32_t i = 0; i < ds.plans[p]->nitems; i++) {
				const pc_item *it = &ds.plans[p]->items[i];

				for (int32_t k = 0; k < it->nexamples; k++)
					run_on(m, &it->examples[k].text);
			}
		pc_matcher_free(m);
	}
	pc_dictset_free(&ds);
	return 0;
}
