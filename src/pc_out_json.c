/* JSON and JSON Lines writers (format version 1, documented in
 * plancheck(1)). */
#include "pc_out.h"
#include "pc_json.h"

static const char *const status_name[] = { "missing", "covered" };

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
item_json(const pc_ritem *ri)
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
		json_object_set_new(ho, "text", json_string(h->text));
		json_object_set_new(ho, "heading", json_string(h->heading));
		json_object_set_new(ho, "sentence", json_string(h->sentence));
		json_object_set_new(ho, "strength", json_integer(h->strength));
		json_array_append_new(hits, ho);
	}
	json_object_set_new(o, "hits", hits);
	return o;
}

json_t *
pc_json_file(const pc_rfile *rf, int lang)
{
	json_t *o = json_object(), *cov = json_array(), *fs = json_array();

	json_object_set_new(o, "path", json_string(rf->path));
	json_object_set_new(o, "encoding", rf->encoding ?
	    json_string(rf->encoding) : json_null());
	json_object_set_new(o, "title", rf->title ? json_string(rf->title) :
	    json_null());
	json_object_set_new(o, "self", rf->self ? json_string(rf->self->id) :
	    json_null());
	if (rf->error[0] != NULL)
		json_object_set_new(o, "error", json_string(rf->error[lang]));
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
			json_array_append_new(items, item_json(&rp->items[i]));
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
		json_object_set_new(fo, "message", json_string(f->msg[lang]));
		json_object_set_new(fo, "text", json_string(f->text));
		json_object_set_new(fo, "sentence", json_string(f->sentence));
		json_array_append_new(fs, fo);
	}
	json_object_set_new(o, "findings", fs);
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

	json_object_set_new(root, "file", pc_json_file(rf, lang));
	rc = json_dumpf(root, fp, JSON_COMPACT | JSON_PRESERVE_ORDER);
	json_decref(root);
	if (rc == 0)
		fputc('\n', fp);
	return rc != 0 || ferror(fp) ? -1 : 0;
}

int
pc_out_json(FILE *fp, const pc_dictset *ds, const pc_rfile *files,
    int32_t n, int lang)
{
	json_t *root = head(ds), *fa = json_array();
	int rc;

	for (int32_t i = 0; i < n; i++)
		json_array_append_new(fa, pc_json_file(&files[i], lang));
	json_object_set_new(root, "files", fa);
	rc = json_dumpf(root, fp, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
	json_decref(root);
	if (rc == 0)
		fputc('\n', fp);
	return rc != 0 || ferror(fp) ? -1 : 0;
}
