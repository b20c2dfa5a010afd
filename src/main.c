/* plancheck: parse the options, load the dictionaries, run the pipeline on
 * every input, write the results, exit with the documented status. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/parser.h>
#include <unicode/uclean.h>

#include "pc_alloc.h"
#include "pc_check.h"
#include "pc_dict.h"
#include "pc_inputs.h"
#include "pc_match.h"
#include "pc_opts.h"
#include "pc_out.h"
#include "pc_paths.h"
#include "pc_refs.h"
#include "pc_rule.h"

static int had_error;

static void
report_dict(const char *path, int line, const char *msg, void *ctx)
{
	(void)ctx;
	had_error = 1;
	if (line > 0)
		fprintf(stderr, "%s:%d: error: %s [dict]\n", path, line, msg);
	else
		fprintf(stderr, "%s: error: %s [dict]\n", path, msg);
}

static void
report_dir(const char *path, int err, void *ctx)
{
	const pc_opts *o = ctx;

	had_error = 1;
	fprintf(stderr, o->lang == PC_LANG_ZH ? "%s: error: 无法读取目录：%s\n" :
	    "%s: error: cannot read directory: %s\n", path, strerror(err));
}

static void
report_ref(const char *path, const char *en, const char *zh, void *ctx)
{
	const pc_opts *o = ctx;

	had_error = 1;
	fprintf(stderr, "%s: error: %s\n", path, o->lang == PC_LANG_ZH ? zh : en);
}

/* --explain RULE: the rule's documentation. */
static int
explain(const pc_opts *o)
{
	const pc_rule *r = pc_rule_find(o->explain);

	if (r == NULL) {
		fprintf(stderr, o->lang == PC_LANG_ZH ?
		    "plancheck: 没有规则 %s；规则有：" :
		    "plancheck: no rule %s; the rules are:", o->explain);
		for (int i = 0; i < pc_nrules; i++)
			fprintf(stderr, " %s", pc_rules[i]->id);
		fputc('\n', stderr);
		return 2;
	}
	printf("%s (%s)\n%s\n\n%s\n", r->id, pc_severity_name(r->sev),
	    r->summary[o->lang], r->doc[o->lang]);
	return fflush(stdout) == 0 && !ferror(stdout) ? 0 : 2;
}

static int
check_ids(const pc_opts *o, const pc_dictset *ds)
{
	int bad = 0;

	for (int32_t i = 0; i < o->nplans + (o->self != NULL); i++) {
		const char *id = i < o->nplans ? o->plans[i] : o->self;
		if (pc_dictset_plan(ds, id) == NULL) {
			fprintf(stderr, o->lang == PC_LANG_ZH ?
			    "plancheck: 没有规划 %s（用 --dicts 指定词典目录）\n" :
			    "plancheck: no plan %s is loaded (see --dicts)\n",
			    id);
			bad = 1;
		}
	}
	return bad;
}

/* Write one file's result in a streaming format; 0 if the format wants
 * the whole run at the end (the result is then kept). */
static int
write_file(const pc_opts *o, const pc_dictset *ds, const pc_rfile *rf,
    int first)
{
	switch (o->format) {
	case PC_FMT_TEXT:
		pc_out_text(stdout, rf, o->lang);
		return 1;
	case PC_FMT_JSONL:
		pc_out_jsonl(stdout, ds, rf, o->lang);
		return 1;
	case PC_FMT_GITHUB:
		pc_out_github(stdout, rf, o->lang);
		return 1;
	case PC_FMT_CSV:
		pc_out_csv(stdout, rf, o->lang, first);
		return 1;
	default:
		return 0;
	}
}

/* 1 if a plan's required coverage is below --min-coverage. */
static int
below_min(const pc_opts *o, const pc_rfile *rf)
{
	if (o->min_coverage < 0)
		return 0;
	for (int32_t p = 0; p < rf->nplans; p++) {
		const pc_rplan *rp = &rf->plans[p];
		if (rp->req_total > 0 && 100.0 * rp->req_covered /
		    rp->req_total < o->min_coverage)
			return 1;
	}
	return 0;
}

int
main(int argc, char **argv)
{
	pc_opts o;
	pc_dictset ds;
	pc_matcher *m = NULL;
	pc_inputs in = { NULL, 0 };
	pc_refs refs = { NULL, 0 };
	pc_checker ck;
	pc_rfile *files;
	char *en = NULL, *zh = NULL;
	const char *dir;
	int failed = 0, status;

	if (pc_opts_parse(&o, argc, argv, &en, &zh) != 0) {
		fprintf(stderr, "plancheck: %s\n",
		    o.lang == PC_LANG_ZH ? zh : en);
		free(en);
		free(zh);
		pc_opts_free(&o);
		return 2;
	}
	if (o.explain != NULL) {
		status = explain(&o);
		pc_opts_free(&o);
		return status;
	}
	if (o.help || o.version) {
		if (o.help)
			pc_opts_help(stdout, o.lang);
		else
			printf("plancheck %s\n", PC_VERSION);
		pc_opts_free(&o);
		return fflush(stdout) == 0 && !ferror(stdout) ? 0 : 2;
	}

	dir = o.dicts ? o.dicts : getenv("PLANCHECK_DICTS");
	if (dir == NULL || *dir == '\0')
		dir = pc_paths_dictdir();
	pc_dictset_load(&ds, dir, pc_paths_dictdir(), report_dict, NULL);
	if (check_ids(&o, &ds) != 0) {
		pc_dictset_free(&ds);
		pc_opts_free(&o);
		return 2;
	}
	m = pc_matcher_new(&ds, report_dict, NULL);
	ck.ds = &ds;
	ck.m = m;
	ck.opts = &o;
	pc_refs_load(&refs, o.refs, o.nrefs, o.encoding, report_ref, &o);
	ck.refs = &refs;
	ck.sev_override = NULL;

	pc_inputs_expand(&in, o.inputs, o.ninputs, report_dir, &o);
	files = pc_xcalloc((size_t)in.n + 1, sizeof(*files));
	for (int32_t i = 0; i < in.n; i++) {
		pc_rfile *rf = &files[i];

		if (o.command == PC_CMD_TOKENS)
			pc_check_tokens(&ck, in.paths[i], stdout, rf);
		else
			pc_check_file(&ck, in.paths[i], rf);
		if (rf->error[0] != NULL) {
			had_error = 1;
			fprintf(stderr, "%s: error: %s\n", rf->path,
			    rf->error[o.lang]);
		} else if (o.command == PC_CMD_CHECK) {
			if (pc_rfile_worst(rf) >= o.fail_on ||
			    below_min(&o, rf))
				failed = 1;
		}
		if (o.command == PC_CMD_CHECK && write_file(&o, &ds, rf, i == 0))
			pc_rfile_free(rf);
	}
	if (o.command == PC_CMD_CHECK && o.format == PC_FMT_JSON)
		pc_out_json(stdout, &ds, files, in.n, o.lang);
	else if (o.command == PC_CMD_CHECK && o.format == PC_FMT_SARIF)
		pc_out_sarif(stdout, files, in.n, o.lang);
	for (int32_t i = 0; i < in.n; i++)
		pc_rfile_free(&files[i]);
	free(files);

	if (fflush(stdout) != 0 || ferror(stdout)) {
		fprintf(stderr, o.lang == PC_LANG_ZH ?
		    "plancheck: 写入标准输出失败：%s\n" :
		    "plancheck: cannot write standard output: %s\n",
		    strerror(errno));
		had_error = 1;
	}
	status = had_error ? 2 : failed ? 1 : 0;

	pc_inputs_free(&in);
	pc_refs_free(&refs);
	pc_matcher_free(m);
	pc_dictset_free(&ds);
	pc_opts_free(&o);
	xmlCleanupParser();
	u_cleanup();
	return status;
}
