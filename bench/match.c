/* Matching alone, for the benchmark: what plancheck does to find the
 * dictionary terms in one file and nothing after it — load and validate the
 * bundled dictionaries, compile the automaton, read and decode the file,
 * build the text view and run the matcher — with each stage timed inside
 * the process, so that the matching stage can be set beside `grep -F -f`
 * and the set-up beside the latency of a small draft.
 *
 *   match FILE
 *
 * Prints one line: "LOAD_NS COMPILE_NS READ_NS VIEW_NS MATCH_NS HITS CPU_NS"
 * (wall times of dictionary loading with its RELAX NG validation; automaton
 * and pattern compilation; reading, decoding and splitting into paragraphs;
 * the folded text view; the matcher, with the segmentation it does around
 * candidates; then the number of hits and the CPU time of the last two
 * stages, which is steadier than wall time on a busy machine).
 * It is linked with build/libplancheck.a and uses only its public headers. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <unicode/uclean.h>

#include "pc_dict.h"
#include "pc_doc.h"
#include "pc_input.h"
#include "pc_match.h"
#include "pc_paths.h"
#include "pc_source.h"
#include "pc_view.h"

static long long
now(clockid_t clock)
{
	struct timespec ts;

	clock_gettime(clock, &ts);
	return (long long)ts.tv_sec * 1000000000LL + ts.tv_nsec;
}

static void
report(const char *path, int line, const char *message, void *ctx)
{
	int *bad = ctx;

	*bad = 1;
	fprintf(stderr, "match: %s:%d: %s\n", path, line, message);
}

int
main(int argc, char *argv[])
{
	pc_limits lim = { PC_SOURCE_MAX_DEFAULT, PC_MAX_PART_DEFAULT,
	    PC_MAX_DEPTH_DEFAULT };
	pc_dictset ds;
	pc_matcher *m;
	pc_source src;
	pc_doc doc;
	pc_view view;
	pc_matches mt;
	pc_src_error err;
	long long t0, t1, t2, t3, t4, t5, c3, c5;
	int bad = 0;

	if (argc != 2) {
		fputs("usage: match FILE\n", stderr);
		return 2;
	}
	t0 = now(CLOCK_MONOTONIC);
	if (pc_dictset_load(&ds, pc_paths_dictdir(), pc_paths_dictdir(),
	    report, &bad) != 0)
		bad = 1;
	t1 = now(CLOCK_MONOTONIC);
	m = pc_matcher_new(&ds, report, &bad);
	t2 = now(CLOCK_MONOTONIC);
	if (m == NULL) {
		fputs("match: cannot build the automaton\n", stderr);
		pc_dictset_free(&ds);
		return 2;
	}
	if (pc_input_read(argv[1], PC_IN_AUTO, NULL, &lim, &src, &doc,
	    &err) != 0) {
		fprintf(stderr, "match: %s: cannot read (status %d)\n",
		    argv[1], (int)err.status);
		pc_matcher_free(m);
		pc_dictset_free(&ds);
		return 2;
	}
	t3 = now(CLOCK_MONOTONIC);
	c3 = now(CLOCK_PROCESS_CPUTIME_ID);
	pc_view_init(&view, &src, &doc);
	t4 = now(CLOCK_MONOTONIC);
	pc_matcher_run(m, &view, &mt);
	t5 = now(CLOCK_MONOTONIC);
	c5 = now(CLOCK_PROCESS_CPUTIME_ID);

	printf("%lld %lld %lld %lld %lld %ld %lld\n", t1 - t0, t2 - t1,
	    t3 - t2, t4 - t3, t5 - t4, (long)mt.n, c5 - c3);

	pc_matches_free(&mt);
	pc_view_free(&view);
	pc_doc_free(&doc);
	pc_source_free(&src);
	pc_matcher_free(m);
	pc_dictset_free(&ds);
	u_cleanup();
	if (fflush(stdout) == EOF || ferror(stdout)) {
		fputs("match: write error\n", stderr);
		return 2;
	}
	/* A dictionary problem makes the numbers those of a smaller set. */
	return bad ? 2 : 0;
}
