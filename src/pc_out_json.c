/* JSON and JSON Lines writers (format version 1, documented in
 * plancheck(1)). */
#include "pc_out.h"
#include "pc_json.h"

#include <stdlib.h>
#include <string.h>

#include <unicode/ustring.h>

#include "pc_alloc.h"
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

json_t *
pc_json_plans(const pc_dictset *ds)
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

static json_t *
item_json(const pc_ritem *ri, int full)
{
	const pc_item *it = ri->item;
	json_t *o = json_object(), *al = json_array(), *hits = json_array();

	json_object_set_new(o, "id", json_string(it->id));
	json_object_set_new(o, "name", json_string(it->terms[0].s));
	for (int32_t t = 1; t < it->nterms; t++)
		json_array_append_new(al, json_string(it->terms[t].s));
	json_object_set_new(o, "aliases", al);
	json_object_set_new(o, "group", json_string(it->group ?
	    it->group->id : ""));
	json_object_set_new(o, "weight", json_string(it->required ?
	    "required" : "optional"));
	json_object_set_new(o, "status",
	    json_string(status_name[ri->strength > 0]));
	json_object_set_new(o, "strength", json_integer(ri->strength));
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
		json_array_append_new(hits, ho);
	}
	json_object_set_new(o, "hits", hits);
	return o;
}

/* Both languages of a message, for results that are merged later and
 * written in either. */
static json_t *
both(char *const msg[PC_NLANG])
{
	return json_pack("{s:o, s:o}", "en", jstr(msg[PC_LANG_EN]), "zh",
	    jstr(msg[PC_LANG_ZH]));
}

json_t *
pc_json_file(const pc_rfile *rf, int lang, int full)
{
	json_t *o = json_object(), *cov = json_array(), *fs = json_array(),
	    *dro = json_array();

	json_object_set_new(o, "path", jstr(rf->path));
	json_object_set_new(o, "encoding", rf->encoding ?
	    json_string(rf->encoding) : json_null());
	json_object_set_new(o, "title", rf->title ? json_string(rf->title) :
	    json_null());
	json_object_set_new(o, "self", rf->self ? json_string(rf->self->id) :
	    json_null());
	if (rf->error[0] != NULL) {
		json_object_set_new(o, "error", jstr(rf->error[lang]));
		if (full)
			json_object_set_new(o, "errors", both(rf->error));
	}
	for (int32_t p = 0; p < rf->nplans; p++) {
		const pc_rplan *rp = &rf->plans[p];
		json_t *po = json_object(), *items = json_array();

		json_object_set_new(po, "plan", json_string(rp->plan->id));
		json_object_set_new(po, "level",
		    json_string(pc_level_name(rp->plan->level)));
		json_object_set_new(po, "covered", json_integer(rp->covered));
		json_object_set_new(po, "total", json_integer(rp->total));
		json_object_set_new(po, "required_covered",
		    json_integer(rp->req_covered));
		json_object_set_new(po, "required_total",
		    json_integer(rp->req_total));
		for (int32_t i = 0; i < rp->nitems; i++)
			json_array_append_new(items, item_json(&rp->items[i], full));
		json_object_set_new(po, "items", items);
		json_array_append_new(cov, po);
	}
	json_object_set_new(o, "coverage", cov);
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
		json_array_append_new(fs, fo);
	}
	json_object_set_new(o, "findings", fs);
	for (int32_t i = 0; i < rf->ndraft_only; i++) {
		const pc_rdraft *d = &rf->draft_only[i];
		json_array_append_new(dro, json_pack("{s:i, s:i, s:o, s:o}",
		    "line", d->line, "column", d->col, "text", jstr(d->text),
		    "heading", jstr(d->heading)));
	}
	json_object_set_new(o, "draft_only", dro);
	return o;
}

/* {"version": 1, "tool": {…}, "plans": […]}: the head of every document. */
static json_t *
head(const pc_dictset *ds)
{
	json_t *root = json_object(), *tool = json_object();

	json_object_set_new(root, "version", json_integer(1));
	json_object_set_new(tool, "name", json_string("plancheck"));
	json_object_set_new(tool, "version", json_string(PC_VERSION));
	json_object_set_new(root, "tool", tool);
	json_object_set_new(root, "plans", pc_json_plans(ds));
	return root;
}

int
pc_out_jsonl(FILE *fp, const pc_dictset *ds, const pc_rfile *rf, int lang)
{
	json_t *root = head(ds);
	int rc;

	json_object_set_new(root, "file", pc_json_file(rf, lang, 1));
	rc = json_dumpf(root, fp, JSON_COMPACT | JSON_PRESERVE_ORDER);
	json_decref(root);
	if (rc == 0)
		fputc('\n', fp);
	return rc != 0 || ferror(fp) ? -1 : 0;
}

/* The JSON document is written file by file, so a run over thousands of
 * drafts never holds more than one file's tree: the head (with "files": [
 * open), each file object indented as it would be inside the document,
 * then the tail. The bytes are those of dumping the whole tree at once. */

/* json_dump_callback sink: write to the file, indenting every line by
 * four spaces (the depth of a file object inside the document). */
static int
put_indented(const char *buf, size_t n, void *ctx)
{
	FILE *fp = ctx;

	for (size_t i = 0; i < n; i++) {
		fputc(buf[i], fp);
		if (buf[i] == '\n')
			fputs("    ", fp);
	}
	return ferror(fp) ? -1 : 0;
}

int
pc_out_json_begin(FILE *fp, const pc_dictset *ds)
{
	json_t *root = head(ds);
	char *s;
	size_t n;

	/* "files" comes last: dump the head and reopen its closing brace */
	json_object_set_new(root, "files", json_array());
	s = json_dumps(root, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
	json_decref(root);
	if (s == NULL)
		return -1;
	n = strlen(s);
	/* s ends with: "files": []\n} */
	if (n < 4 || strcmp(s + n - 4, "[]\n}") != 0) {
		free(s);
		return -1;
	}
	s[n - 3] = '\0';               /* keep the "[" */
	fputs(s, fp);
	free(s);
	return ferror(fp) ? -1 : 0;
}

int
pc_out_json_file(FILE *fp, const pc_rfile *rf, int lang, int first)
{
	json_t *o = pc_json_file(rf, lang, 0);
	int rc;

	fputs(first ? "\n    " : ",\n    ", fp);
	rc = json_dump_callback(o, put_indented, fp,
	    JSON_INDENT(2) | JSON_PRESERVE_ORDER);
	json_decref(o);
	return rc != 0 || ferror(fp) ? -1 : 0;
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
