/* Merging JSON Lines shards back into one run's results. */
#include "pc_merge.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "pc_alloc.h"
#include "pc_out.h"
#include "pc_paths.h"
#include "pc_rule.h"

static char *
dup_str(json_t *o, const char *key)
{
	const char *s = json_string_value(json_object_get(o, key));

	return pc_xstrdup(s != NULL ? s : "");
}

/* The same in rf's string pool. */
static const char *
pool_str(pc_rfile *rf, json_t *o, const char *key)
{
	const char *s = json_string_value(json_object_get(o, key));

	return pc_rfile_str(rf, s != NULL ? s : "");
}

static int32_t
get_int(json_t *o, const char *key)
{
	return (int32_t)json_integer_value(json_object_get(o, key));
}

/* The rule's own static id string, so results compare by pointer-free
 * strcmp as usual and outlive the JSON. */
static const char *
rule_id(const char *s)
{
	const pc_rule *r = s ? pc_rule_find(s) : NULL;

	return r != NULL ? r->id : "unknown";
}

static void
messages(json_t *o, const char *key, const char *one, char *msg[PC_NLANG])
{
	json_t *m = json_object_get(o, key);
	const char *en = json_string_value(json_object_get(m, "en"));
	const char *zh = json_string_value(json_object_get(m, "zh"));
	const char *fallback = json_string_value(json_object_get(o, one));

	if (fallback == NULL)
		fallback = "";
	msg[PC_LANG_EN] = pc_xstrdup(en ? en : fallback);
	msg[PC_LANG_ZH] = pc_xstrdup(zh ? zh : fallback);
}

static int
read_plan(json_t *po, const pc_dictset *ds, pc_rfile *rf, pc_rplan *rp,
    char **why)
{
	const char *id = json_string_value(json_object_get(po, "plan"));
	json_t *items = json_object_get(po, "items");
	size_t n = json_array_size(items);

	rp->plan = id ? pc_dictset_plan(ds, id) : NULL;
	if (rp->plan == NULL) {
		*why = pc_xasprintf("plan \"%s\" is not loaded (see --dicts)",
		    id ? id : "?");
		return -1;
	}
	rp->covered = get_int(po, "covered");
	rp->total = get_int(po, "total");
	rp->req_covered = get_int(po, "required_covered");
	rp->req_total = get_int(po, "required_total");
	rp->items = pc_xcalloc(n + 1, sizeof(*rp->items));
	for (size_t i = 0; i < n; i++) {
		json_t *io = json_array_get(items, i), *hits;
		const char *iid = json_string_value(json_object_get(io, "id"));
		pc_ritem *ri = &rp->items[rp->nitems];
		size_t nh;

		ri->item = NULL;
		for (int32_t k = 0; iid && k < rp->plan->nitems; k++)
			if (strcmp(rp->plan->items[k].id, iid) == 0)
				ri->item = &rp->plan->items[k];
		if (ri->item == NULL) {
			*why = pc_xasprintf("item \"%s\" of plan \"%s\" is not "
			    "in the loaded dictionary", iid ? iid : "?",
			    rp->plan->id);
			return -1;
		}
		rp->nitems++;
		ri->strength = get_int(io, "strength");
		hits = json_object_get(io, "hits");
		nh = json_array_size(hits);
		ri->hits = pc_xcalloc(nh + 1, sizeof(*ri->hits));
		for (size_t k = 0; k < nh; k++) {
			json_t *ho = json_array_get(hits, k);
			pc_rhit *h = &ri->hits[ri->nhits++];
			const char *at;
			json_t *hl;

			h->line = get_int(ho, "line");
			h->col = get_int(ho, "column");
			h->text = pool_str(rf, ho, "text");
			h->heading = pool_str(rf, ho, "heading");
			h->sentence = pool_str(rf, ho, "sentence");
			h->strength = get_int(ho, "strength");
			hl = json_object_get(ho, "highlight");
			if (json_array_size(hl) == 2) {
				h->hl_start = (int32_t)json_integer_value(
				    json_array_get(hl, 0));
				h->hl_len = (int32_t)json_integer_value(
				    json_array_get(hl, 1));
			} else {
				at = strstr(h->sentence, h->text);
				h->hl_start = at ? (int32_t)(at - h->sentence) :
				    0;
				h->hl_len = at ? (int32_t)strlen(h->text) : 0;
			}
			if (h->hl_start < 0 || h->hl_len < 0 ||
			    (size_t)h->hl_start + (size_t)h->hl_len >
			    strlen(h->sentence))
				h->hl_start = h->hl_len = 0;
		}
	}
	return 0;
}

static int
read_file(json_t *fo, const pc_dictset *ds, pc_rfile *rf, char **why)
{
	json_t *cov = json_object_get(fo, "coverage");
	json_t *fs = json_object_get(fo, "findings");
	json_t *dro = json_object_get(fo, "draft_only");
	const char *self = json_string_value(json_object_get(fo, "self"));
	size_t n;

	memset(rf, 0, sizeof(*rf));
	rf->path = dup_str(fo, "path");
	if (json_object_get(fo, "error") != NULL) {
		messages(fo, "errors", "error", rf->error);
		return 0;
	}
	rf->encoding = dup_str(fo, "encoding");
	if (json_string_value(json_object_get(fo, "title")) != NULL)
		rf->title = dup_str(fo, "title");
	rf->self = self ? pc_dictset_plan(ds, self) : NULL;
	n = json_array_size(cov);
	rf->plans = pc_xcalloc(n + 1, sizeof(*rf->plans));
	for (size_t i = 0; i < n; i++) {
		if (read_plan(json_array_get(cov, i), ds, rf,
		    &rf->plans[rf->nplans++], why) != 0)
			return -1;
	}
	n = json_array_size(fs);
	rf->findings = pc_xcalloc(n + 1, sizeof(*rf->findings));
	for (size_t i = 0; i < n; i++) {
		json_t *f = json_array_get(fs, i);
		pc_rfinding *r = &rf->findings[rf->nfindings++];
		const char *sv = json_string_value(json_object_get(f,
		    "severity"));
		int sev = pc_severity_parse(sv != NULL ? sv : "note");

		r->rule = rule_id(json_string_value(json_object_get(f,
		    "rule")));
		r->sev = sev < 0 ? PC_SEV_NOTE : (pc_severity)sev;
		r->line = get_int(f, "line");
		r->col = get_int(f, "column");
		r->end_line = get_int(f, "end_line");
		r->end_col = get_int(f, "end_column");
		messages(f, "messages", "message", r->msg);
		r->text = dup_str(f, "text");
		r->sentence = dup_str(f, "sentence");
		r->seq = (int32_t)i;
	}
	n = json_array_size(dro);
	rf->draft_only = pc_xcalloc(n + 1, sizeof(*rf->draft_only));
	for (size_t i = 0; i < n; i++) {
		json_t *d = json_array_get(dro, i);
		pc_rdraft *rd = &rf->draft_only[rf->ndraft_only++];

		rd->line = get_int(d, "line");
		rd->col = get_int(d, "column");
		rd->text = dup_str(d, "text");
		rd->heading = dup_str(d, "heading");
	}
	return 0;
}

int
pc_merge_read(const char *path, const pc_dictset *ds, pc_rfile **files,
    int32_t *n, size_t *cap)
{
	FILE *fp = strcmp(path, "-") == 0 ? stdin : fopen(path, "r");
	char *line = NULL;
	size_t lcap = 0;
	ssize_t len;
	int problems = 0, lineno = 0;

	if (fp == NULL) {
		fprintf(stderr, "%s: error: %s\n", path, strerror(errno));
		return 1;
	}
	while ((len = getline(&line, &lcap, fp)) != -1) {
		json_error_t je;
		json_t *root, *fo;
		char *why = NULL;

		lineno++;
		if (len <= 1)
			continue;
		root = json_loadb(line, (size_t)len, JSON_REJECT_DUPLICATES,
		    &je);
		fo = root ? json_object_get(root, "file") : NULL;
		if (root == NULL || !json_is_object(fo) ||
		    json_integer_value(json_object_get(root, "version")) != 1) {
			fprintf(stderr, "%s:%d: error: %s\n", path, lineno,
			    root == NULL ? je.text : "not a plancheck JSON "
			    "Lines record of version 1");
			problems++;
			json_decref(root);
			continue;
		}
		pc_grow(files, cap, (size_t)*n + 1, sizeof(**files));
		if (read_file(fo, ds, &(*files)[*n], &why) != 0) {
			fprintf(stderr, "%s:%d: error: %s\n", path, lineno, why);
			free(why);
			pc_rfile_free(&(*files)[*n]);
			problems++;
		} else {
			(*n)++;
		}
		json_decref(root);
	}
	if (ferror(fp)) {
		fprintf(stderr, "%s: error: %s\n", path, strerror(errno));
		problems++;
	}
	free(line);
	if (fp != stdin)
		fclose(fp);
	return problems;
}

static int
path_cmp(const void *a, const void *b)
{
	return strcmp(((const pc_rfile *)a)->path, ((const pc_rfile *)b)->path);
}

static void
report_dict(const char *path, int line, const char *msg, void *ctx)
{
	int *bad = ctx;

	*bad = 1;
	fprintf(stderr, "%s:%d: error: %s [dict]\n", path, line, msg);
}

int
pc_merge_main(const pc_opts *o)
{
	pc_dictset ds;
	pc_rfile *files = NULL;
	int32_t n = 0;
	size_t cap = 0;
	int bad = 0, failed = 0, rc = 0;
	const char *dir = o->dicts ? o->dicts : getenv("PLANCHECK_DICTS");

	if (dir == NULL || *dir == '\0')
		dir = pc_paths_dictdir();
	pc_dictset_load(&ds, dir, pc_paths_dictdir(), report_dict, &bad);
	for (int32_t i = 0; i < o->ninputs; i++)
		if (pc_merge_read(o->inputs[i], &ds, &files, &n, &cap) != 0)
			bad = 1;
	pc_qsort(files, (size_t)n, sizeof(*files), path_cmp);
	for (int32_t i = 0; i < n; i++) {
		if (files[i].error[0] != NULL) {
			bad = 1;
			fprintf(stderr, "%s: error: %s\n", files[i].path,
			    files[i].error[o->lang]);
		} else if ((o->fail_on != PC_FAIL_NEVER &&
		    pc_rfile_worst(&files[i]) >= o->fail_on) ||
		    pc_rfile_below(&files[i], o->min_coverage))
			failed = 1;
	}
	rc = pc_out_all(stdout, o, &ds, files, n);
	for (int32_t i = 0; i < n; i++)
		pc_rfile_free(&files[i]);
	free(files);
	pc_dictset_free(&ds);
	return bad || rc != 0 ? 2 : failed ? 1 : 0;
}
