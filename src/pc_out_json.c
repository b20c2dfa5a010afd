/* JSON and JSON Lines writers (format version 1, documented in
 * plancheck(1)). */
#include "pc_out.h"

#include <stdlib.h>
#include <string.h>

#include <unicode/ustring.h>

#include "pc_alloc.h"
#include "pc_jsonw.h"
#include "pc_text.h"

static const char *const status_name[] = { "missing", "covered" };

/* A JSON string of s, even when s is not valid UTF-8 (a file name in GBK,
 * say): invalid bytes become U+FFFD instead of the key going missing. */
static json_t *
jstr(const char *s)
{
	json_t *j = json_string(s != NULL ? s : "");
	UChar *u;
	int32_t n = 0;
	UErrorCode ec = U_ZERO_ERROR;
	char *fixed;

	if (j != NULL)
		return j;
	u_strFromUTF8WithSub(NULL, 0, &n, s, -1, 0xFFFD, NULL, &ec);
	ec = U_ZERO_ERROR;
	u = pc_xreallocarray(NULL, (size_t)n + 1, sizeof(UChar));
	u_strFromUTF8WithSub(u, n + 1, &n, s, -1, 0xFFFD, NULL, &ec);
	fixed = pc_utf8(u, n);
	free(u);
	j = json_string(fixed);
	free(fixed);
	return j != NULL ? j : json_string("");
}

/* The "plans" list: every loaded plan. */
static json_t *
json_plans(const pc_dictset *ds)
{
	json_t *a = json_array();

	for (int32_t i = 0; i < ds->nplans; i++) {
		const pc_plan *p = ds->plans[i];
		json_t *o = json_object(), *src = json_array();

		json_object_set_new(o, "id", json_string(p->id));
		json_object_set_new(o, "level",
		    json_string(pc_level_name(p->level)));
		json_object_set_new(o, "region", json_string(p->region));
		json_object_set_new(o, "title", json_string(p->title));
		json_object_set_new(o, "start", json_integer(p->start));
		json_object_set_new(o, "end", json_integer(p->end));
		json_object_set_new(o, "sha256", p->sha256 ?
		    json_string(p->sha256) : json_null());
		json_object_set_new(o, "parent", p->parent_id ?
		    json_string(p->parent_id) : json_null());
		json_object_set_new(o, "items", json_integer(p->nitems));
		for (int32_t k = 0; k < p->nsources; k++)
			json_array_append_new(src,
			    json_string(p->source_urls[k]));
		json_object_set_new(o, "sources", src);
		json_array_append_new(a, o);
	}
	return a;
}

/* One item of a plan's coverage; its hits one by one. */
static void
item_write(pc_jsonw *w, const pc_ritem *ri, int full)
{
	const pc_item *it = ri->item;
	json_t *al = json_array();

	pc_jsonw_open(w, '{');
	pc_jsonw_key(w, "id");
	pc_jsonw_value(w, json_string(it->id));
	pc_jsonw_key(w, "name");
	pc_jsonw_value(w, json_string(it->terms[0].s));
	for (int32_t t = 1; t < it->nterms; t++)
		json_array_append_new(al, json_string(it->terms[t].s));
	pc_jsonw_key(w, "aliases");
	pc_jsonw_value(w, al);
	pc_jsonw_key(w, "group");
	pc_jsonw_value(w, json_string(it->group ? it->group->id : ""));
	pc_jsonw_key(w, "weight");
	pc_jsonw_value(w, json_string(it->required ? "required" :
	    "optional"));
	pc_jsonw_key(w, "status");
	pc_jsonw_value(w, json_string(status_name[ri->strength > 0]));
	pc_jsonw_key(w, "strength");
	pc_jsonw_value(w, json_integer(ri->strength));
	pc_jsonw_key(w, "hits");
	pc_jsonw_open(w, '[');
	for (int32_t k = 0; k < ri->nhits; k++) {
		const pc_rhit *h = &ri->hits[k];
		json_t *ho = json_object();

		json_object_set_new(ho, "line", json_integer(h->line));
		json_object_set_new(ho, "column", json_integer(h->col));
		json_object_set_new(ho, "text", jstr(h->text));
		json_object_set_new(ho, "heading", jstr(h->heading));
		/* the sentence, and where the words are in it (UTF-8 bytes),
		 * only in JSON Lines, which carries what the reports need;
		 * the JSON document stays lean for large batches */
		if (full) {
			json_object_set_new(ho, "sentence", jstr(h->sentence));
			json_object_set_new(ho, "highlight", json_pack("[i, i]",
			    h->hl_start, h->hl_len));
		}
		json_object_set_new(ho, "strength", json_integer(h->strength));
		pc_jsonw_value(w, ho);
	}
	pc_jsonw_close(w, ']');
	pc_jsonw_close(w, '}');
}

/* Both languages of a message, for results that are merged later and
 * written in either. */
static json_t *
both(char *const msg[PC_NLANG])
{
	return json_pack("{s:o, s:o}", "en", jstr(msg[PC_LANG_EN]), "zh",
	    jstr(msg[PC_LANG_ZH]));
}

/* One file's result; full: also both languages of every message
 * ("messages", "errors"), as JSON Lines carries them for merging. */
static void
file_write(pc_jsonw *w, const pc_rfile *rf, int lang, int full)
{
	pc_jsonw_open(w, '{');
	pc_jsonw_key(w, "path");
	pc_jsonw_value(w, jstr(rf->path));
	pc_jsonw_key(w, "encoding");
	pc_jsonw_value(w, rf->encoding ? json_string(rf->encoding) :
	    json_null());
	pc_jsonw_key(w, "title");
	pc_jsonw_value(w, rf->title ? json_string(rf->title) : json_null());
	pc_jsonw_key(w, "self");
	pc_jsonw_value(w, rf->self ? json_string(rf->self->id) :
	    json_null());
	if (rf->error[0] != NULL) {
		pc_jsonw_key(w, "error");
		pc_jsonw_value(w, jstr(rf->error[lang]));
		if (full) {
			pc_jsonw_key(w, "errors");
			pc_jsonw_value(w, both(rf->error));
		}
	}
	pc_jsonw_key(w, "coverage");
	pc_jsonw_open(w, '[');
	for (int32_t p = 0; p < rf->nplans; p++) {
		const pc_rplan *rp = &rf->plans[p];

		pc_jsonw_open(w, '{');
		pc_jsonw_key(w, "plan");
		pc_jsonw_value(w, json_string(rp->plan->id));
		pc_jsonw_key(w, "level");
		pc_jsonw_value(w, json_string(pc_level_name(rp->plan->level)));
		pc_jsonw_key(w, "covered");
		pc_jsonw_value(w, json_integer(rp->covered));
		pc_jsonw_key(w, "total");
		pc_jsonw_value(w, json_integer(rp->total));
		pc_jsonw_key(w, "required_covered");
		pc_jsonw_value(w, json_integer(rp->req_covered));
		pc_jsonw_key(w, "required_total");
		pc_jsonw_value(w, json_integer(rp->req_total));
		pc_jsonw_key(w, "items");
		pc_jsonw_open(w, '[');
		for (int32_t i = 0; i < rp->nitems; i++)
			item_write(w, &rp->items[i], full);
		pc_jsonw_close(w, ']');
		pc_jsonw_close(w, '}');
	}
	pc_jsonw_close(w, ']');
	pc_jsonw_key(w, "findings");
	pc_jsonw_open(w, '[');
	for (int32_t i = 0; i < rf->nfindings; i++) {
		const pc_rfinding *f = &rf->findings[i];
		json_t *fo = json_object();

		json_object_set_new(fo, "rule", json_string(f->rule));
		json_object_set_new(fo, "severity",
		    json_string(pc_severity_name(f->sev)));
		json_object_set_new(fo, "line", json_integer(f->line));
		json_object_set_new(fo, "column", json_integer(f->col));
		json_object_set_new(fo, "end_line", json_integer(f->end_line));
		json_object_set_new(fo, "end_column",
		    json_integer(f->end_col));
		json_object_set_new(fo, "message", jstr(f->msg[lang]));
		if (full)
			json_object_set_new(fo, "messages", both(f->msg));
		json_object_set_new(fo, "text", jstr(f->text));
		json_object_set_new(fo, "sentence", jstr(f->sentence));
		pc_jsonw_value(w, fo);
	}
	pc_jsonw_close(w, ']');
	pc_jsonw_key(w, "draft_only");
	pc_jsonw_open(w, '[');
	for (int32_t i = 0; i < rf->ndraft_only; i++) {
		const pc_rdraft *d = &rf->draft_only[i];

		pc_jsonw_value(w, json_pack("{s:i, s:i, s:o, s:o}", "line",
		    d->line, "column", d->col, "text", jstr(d->text),
		    "heading", jstr(d->heading)));
	}
	pc_jsonw_close(w, ']');
	pc_jsonw_close(w, '}');
}

/* {"version": 1, "tool": {…}, "plans": […]}: the head of every document,
 * written into the open root object. */
static void
head_write(pc_jsonw *w, const pc_dictset *ds)
{
	json_t *tool = json_object();

	pc_jsonw_key(w, "version");
	pc_jsonw_value(w, json_integer(1));
	json_object_set_new(tool, "name", json_string("plancheck"));
	json_object_set_new(tool, "version", json_string(PC_VERSION));
	pc_jsonw_key(w, "tool");
	pc_jsonw_value(w, tool);
	pc_jsonw_key(w, "plans");
	pc_jsonw_value(w, json_plans(ds));
}

int
pc_out_jsonl(FILE *fp, const pc_dictset *ds, const pc_rfile *rf, int lang)
{
	pc_jsonw w;

	pc_jsonw_init(&w, fp, 0, 0);
	pc_jsonw_open(&w, '{');
	head_write(&w, ds);
	pc_jsonw_key(&w, "file");
	file_write(&w, rf, lang, 1);
	pc_jsonw_close(&w, '}');
	fputc('\n', fp);
	return pc_jsonw_status(&w);
}

/* The JSON document is written file by file, so a run over thousands of
 * drafts never holds more than one file's result: the head (with
 * "files": [ open), each file, then the tail — the bytes of dumping the
 * whole tree at once. */

int
pc_out_json_begin(FILE *fp, const pc_dictset *ds)
{
	pc_jsonw w;

	pc_jsonw_init(&w, fp, 2, 0);
	pc_jsonw_open(&w, '{');
	head_write(&w, ds);
	pc_jsonw_key(&w, "files");
	fputc('[', fp);         /* closed by pc_out_json_end */
	return w.err || ferror(fp) ? -1 : 0;
}

int
pc_out_json_file(FILE *fp, const pc_rfile *rf, int lang, int first)
{
	pc_jsonw w;

	fputs(first ? "\n    " : ",\n    ", fp);
	pc_jsonw_init(&w, fp, 2, 2);
	file_write(&w, rf, lang, 0);
	return pc_jsonw_status(&w);
}

int
pc_out_json_end(FILE *fp, int nfiles)
{
	fputs(nfiles > 0 ? "\n  ]\n}\n" : "]\n}\n", fp);
	return ferror(fp) ? -1 : 0;
}

int
pc_out_json(FILE *fp, const pc_dictset *ds, const pc_rfile *files,
    int32_t n, int lang)
{
	int rc = pc_out_json_begin(fp, ds);

	for (int32_t i = 0; i < n && rc == 0; i++)
		rc = pc_out_json_file(fp, &files[i], lang, i == 0);
	if (rc == 0)
		rc = pc_out_json_end(fp, n);
	return rc;
}
