/* Dictionary loading: XML files validated against RELAX NG schemas, turned
 * into the in-memory plan model. No DTDs, no entities, no network. */
#include "pc_dict.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <libxml/parser.h>
#include <nettle/sha2.h>
#include <libxml/relaxng.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <unicode/ustring.h>

#include "pc_alloc.h"

typedef struct loadctx {
	const char *path;
	pc_dict_report report;
	void *ctx;
	int problems;
} loadctx;

/* The line of an element, also past line 65535. With XML_PARSE_BIG_LINES
 * libxml2 2.9 keeps big line numbers only on text nodes, stamped where the
 * text ends, and gives an element the line of its first child: the
 * newlines of that child (the indentation after the start tag) are taken
 * back off. */
static int
node_line(const xmlNode *n)
{
	long line = xmlGetLineNo(n);

	if (line >= 65535 && n->type == XML_ELEMENT_NODE &&
	    n->children != NULL && n->children->type == XML_TEXT_NODE &&
	    n->children->content != NULL)
		for (const xmlChar *t = n->children->content; *t != 0; t++)
			line -= *t == '\n';
	return (int)line;
}

static void
problem(loadctx *lc, int line, const char *msg)
{
	lc->problems++;
	if (lc->report != NULL)
		lc->report(lc->path, line, msg, lc->ctx);
}

/* libxml2 structured errors (parser and RELAX NG) land here. */
static void
xml_error(void *ctx, xmlErrorPtr err)
{
	loadctx *lc = ctx;
	char *msg;
	size_t n;

	if (err == NULL || err->message == NULL)
		return;
	msg = pc_xstrdup(err->message);
	n = strlen(msg);
	while (n > 0 && (msg[n - 1] == '\n' || msg[n - 1] == ' '))
		msg[--n] = '\0';
	for (size_t i = 0; i < n; i++)          /* one line per problem */
		if (msg[i] == '\n' || msg[i] == '\r')
			msg[i] = ' ';
	problem(lc, err->line, msg);
	free(msg);
}

static void
str_set(pc_str *dst, const char *s)
{
	UErrorCode ec = U_ZERO_ERROR;
	int32_t n = 0;

	dst->s = pc_xstrdup(s);
	u_strFromUTF8(NULL, 0, &n, s, -1, &ec);
	ec = U_ZERO_ERROR;
	dst->u = pc_xreallocarray(NULL, (size_t)n + 1, sizeof(UChar));
	u_strFromUTF8(dst->u, n + 1, &dst->ulen, s, -1, &ec);
	if (U_FAILURE(ec))
		dst->ulen = 0;
}

static void
str_free(pc_str *s)
{
	free(s->s);
	free(s->u);
}

static int
is_el(const xmlNode *n, const char *name)
{
	return n->type == XML_ELEMENT_NODE &&
	    strcmp((const char *)n->name, name) == 0;
}

/* Text content, trimmed of surrounding whitespace; caller frees. */
static char *
content(const xmlNode *n)
{
	xmlChar *c = xmlNodeGetContent(n);
	const char *s = c ? (const char *)c : "";
	size_t a = 0, b = strlen(s);
	char *r;

	while (a < b && (s[a] == ' ' || s[a] == '\t' || s[a] == '\n' ||
	    s[a] == '\r'))
		a++;
	while (b > a && (s[b - 1] == ' ' || s[b - 1] == '\t' ||
	    s[b - 1] == '\n' || s[b - 1] == '\r'))
		b--;
	r = pc_xstrndup(s + a, b - a);
	xmlFree(c);
	return r;
}

static char *
attr(const xmlNode *n, const char *name)
{
	xmlChar *v = xmlGetProp(n, (const xmlChar *)name);
	char *r;

	if (v == NULL)
		return NULL;
	r = pc_xstrdup((const char *)v);
	xmlFree(v);
	return r;
}

static int
attr_bool(const xmlNode *n, const char *name, int dflt)
{
	char *v = attr(n, name);
	int r = dflt;

	if (v != NULL)
		r = strcmp(v, "true") == 0 || strcmp(v, "1") == 0;
	free(v);
	return r;
}

static pc_alias_kind
alias_kind(const char *k)
{
	if (strcmp(k, "abbreviation") == 0)
		return PC_ALIAS_ABBREVIATION;
	if (strcmp(k, "former") == 0)
		return PC_ALIAS_FORMER;
	if (strcmp(k, "discouraged") == 0)
		return PC_ALIAS_DISCOURAGED;
	if (strcmp(k, "accepted") == 0)
		return PC_ALIAS_ACCEPTED;
	return PC_ALIAS_VARIANT;
}

const char *
pc_alias_kind_name(pc_alias_kind kind)
{
	static const char *const names[] = { "name", "abbreviation",
	    "variant", "former", "discouraged", "accepted" };
	return names[kind];
}

const char *
pc_level_name(pc_level level)
{
	static const char *const names[] = { "national", "provincial",
	    "municipal", "district" };
	return names[level];
}

static void
load_item(pc_item *it, const xmlNode *n, int group_required)
{
	size_t cterms = 0, cpat = 0, cparts = 0, cex = 0;
	char *w;

	memset(it, 0, sizeof(*it));
	it->id = attr(n, "id");
	it->line = node_line(n);
	it->verified = attr_bool(n, "verified", 1);
	it->source = attr(n, "source");
	w = attr(n, "weight");
	it->required = w ? strcmp(w, "required") == 0 : group_required;
	free(w);
	for (const xmlNode *c = n->children; c != NULL; c = c->next) {
		char *t;

		if (c->type != XML_ELEMENT_NODE)
			continue;
		t = content(c);
		if (is_el(c, "name") || is_el(c, "alias")) {
			pc_grow(&it->terms, &cterms, (size_t)it->nterms + 1,
			    sizeof(*it->terms));
			it->kinds = pc_xreallocarray(it->kinds, cterms,
			    sizeof(*it->kinds));
			str_set(&it->terms[it->nterms], t);
			if (is_el(c, "name")) {
				it->kinds[it->nterms] = PC_ALIAS_NAME;
			} else {
				char *k = attr(c, "kind");
				it->kinds[it->nterms] = alias_kind(k ? k : "");
				free(k);
			}
			it->nterms++;
		} else if (is_el(c, "pattern")) {
			pc_grow(&it->patterns, &cpat, (size_t)it->npatterns + 1,
			    sizeof(*it->patterns));
			it->patterns[it->npatterns++] = t;
			t = NULL;
		} else if (is_el(c, "part")) {
			pc_grow(&it->parts, &cparts, (size_t)it->nparts + 1,
			    sizeof(*it->parts));
			str_set(&it->parts[it->nparts++], t);
		} else if (is_el(c, "example")) {
			pc_example *ex;

			pc_grow(&it->examples, &cex, (size_t)it->nexamples + 1,
			    sizeof(*it->examples));
			ex = &it->examples[it->nexamples++];
			str_set(&ex->text, t);
			ex->match = attr_bool(c, "match", 1);
			ex->line = node_line(c);
		}
		free(t);
	}
}

static void
item_free(pc_item *it)
{
	for (int32_t i = 0; i < it->nterms; i++)
		str_free(&it->terms[i]);
	for (int32_t i = 0; i < it->npatterns; i++)
		free(it->patterns[i]);
	for (int32_t i = 0; i < it->nparts; i++)
		str_free(&it->parts[i]);
	for (int32_t i = 0; i < it->nexamples; i++)
		str_free(&it->examples[i].text);
	free(it->terms);
	free(it->kinds);
	free(it->patterns);
	free(it->parts);
	free(it->examples);
	free(it->id);
	free(it->source);
}

static pc_level
level_of(const char *s)
{
	if (s == NULL || strcmp(s, "national") == 0)
		return PC_LEVEL_NATIONAL;
	if (strcmp(s, "provincial") == 0)
		return PC_LEVEL_PROVINCIAL;
	if (strcmp(s, "municipal") == 0)
		return PC_LEVEL_MUNICIPAL;
	return PC_LEVEL_DISTRICT;
}

/* Items by id, then file order: equal ids are neighbours. */
typedef struct idref {
	const char *id;
	int32_t i;
} idref;

static int
idref_cmp(const void *a, const void *b)
{
	const idref *x = a, *y = b;
	int c = strcmp(x->id, y->id);

	return c != 0 ? c : (x->i > y->i) - (x->i < y->i);
}

/* Report every item whose id an earlier item of the plan has, in file
 * order, with the line of the first (sorting: a plan of 50,000 items must
 * not take 50,000² comparisons). */
static void
duplicate_ids(loadctx *lc, const pc_plan *p)
{
	idref *r = pc_xreallocarray(NULL, (size_t)p->nitems + 1, sizeof(*r));
	int32_t *first = pc_xreallocarray(NULL, (size_t)p->nitems + 1,
	    sizeof(*first));

	for (int32_t i = 0; i < p->nitems; i++) {
		r[i].id = p->items[i].id;
		r[i].i = i;
	}
	pc_qsort(r, (size_t)p->nitems, sizeof(*r), idref_cmp);
	/* first[i]: the earliest item with i's id, or -1 if that is i */
	for (int32_t k = 0, lead = -1; k < p->nitems; k++) {
		if (k == 0 || strcmp(r[k - 1].id, r[k].id) != 0) {
			lead = r[k].i;
			first[lead] = -1;
		} else {
			first[r[k].i] = lead;
		}
	}
	for (int32_t i = 0; i < p->nitems; i++) {
		char *m;

		if (first[i] < 0)
			continue;
		m = pc_xasprintf("duplicate item id \"%s\" (first at line %d)",
		    p->items[i].id, p->items[first[i]].line);
		problem(lc, p->items[i].line, m);
		free(m);
	}
	free(first);
	free(r);
}

static pc_plan *
load_plan(const xmlNode *root, const char *path, loadctx *lc)
{
	pc_plan *p = pc_xcalloc(1, sizeof(*p));
	size_t ci = 0, cr = 0, cs = 0;
	char *v;
	int32_t ngroup_nodes = 0;

	p->id = attr(root, "id");
	v = attr(root, "level");
	p->level = level_of(v);
	free(v);
	p->region = attr(root, "region");
	v = attr(root, "start");
	p->start = v ? atoi(v) : 0;
	free(v);
	v = attr(root, "end");
	p->end = v ? atoi(v) : 0;
	free(v);
	p->parent_id = attr(root, "parent");
	p->path = pc_xstrdup(path);
	p->line = node_line(root);

	for (const xmlNode *c = root->children; c != NULL; c = c->next)
		if (is_el(c, "group"))
			ngroup_nodes++;
	/* Allocated once, so item->group pointers stay valid. */
	p->groups = pc_xcalloc((size_t)ngroup_nodes, sizeof(*p->groups));

	for (const xmlNode *c = root->children; c != NULL; c = c->next) {
		if (is_el(c, "title")) {
			p->title = content(c);
		} else if (is_el(c, "region-name")) {
			char *t = content(c);
			pc_grow(&p->region_names, &cr,
			    (size_t)p->nregion_names + 1,
			    sizeof(*p->region_names));
			str_set(&p->region_names[p->nregion_names++], t);
			free(t);
		} else if (is_el(c, "source")) {
			pc_grow(&p->source_urls, &cs, (size_t)p->nsources + 1,
			    sizeof(*p->source_urls));
			v = attr(c, "url");
			p->source_urls[p->nsources++] = v ? v : content(c);
		} else if (is_el(c, "group")) {
			pc_group *g = &p->groups[p->ngroups++];
			char *w = attr(c, "weight");
			char *st = attr(c, "status");
			int req = w != NULL && strcmp(w, "required") == 0;

			g->id = attr(c, "id");
			g->kind = attr(c, "kind");
			g->superseded = st != NULL &&
			    strcmp(st, "superseded") == 0;
			g->plan = p;
			free(w);
			free(st);
			for (const xmlNode *d = c->children; d; d = d->next) {
				if (is_el(d, "name") && g->name == NULL) {
					g->name = content(d);
				} else if (is_el(d, "item")) {
					pc_item *it;

					pc_grow(&p->items, &ci,
					    (size_t)p->nitems + 1,
					    sizeof(*p->items));
					it = &p->items[p->nitems];
					load_item(it, d, req);
					it->group = g;
					it->index = p->nitems++;
				}
			}
		}
	}
	for (int32_t i = 0; i < p->nitems; i++)
		p->items[i].plan = p;
	duplicate_ids(lc, p);
	return p;
}

static void
plan_free(pc_plan *p)
{
	if (p == NULL)
		return;
	for (int32_t i = 0; i < p->nitems; i++)
		item_free(&p->items[i]);
	for (int32_t i = 0; i < p->ngroups; i++) {
		free(p->groups[i].id);
		free(p->groups[i].kind);
		free(p->groups[i].name);
	}
	for (int32_t i = 0; i < p->nregion_names; i++)
		str_free(&p->region_names[i]);
	for (int32_t i = 0; i < p->nsources; i++)
		free(p->source_urls[i]);
	free(p->region_names);
	free(p->source_urls);
	free(p->items);
	free(p->groups);
	free(p->id);
	free(p->region);
	free(p->parent_id);
	free(p->title);
	free(p->path);
	free(p->sha256);
	free(p);
}

static const char *const wkind_names[PC_W_NKINDS] = {
	"action", "background", "goals", "tasks", "measures", "unit",
	"segment", "period", "quote-verb", "count-noun"
};

static void
load_lexicon(pc_dictset *ds, const xmlNode *root)
{
	size_t cap[PC_W_NKINDS] = { 0 };

	for (int k = 0; k < PC_W_NKINDS; k++)
		cap[k] = (size_t)ds->words[k].n;
	for (const xmlNode *c = root->children; c != NULL; c = c->next) {
		char *k;
		int kind = -1;

		if (!is_el(c, "words"))
			continue;
		k = attr(c, "kind");
		for (int i = 0; k != NULL && i < PC_W_NKINDS; i++)
			if (strcmp(k, wkind_names[i]) == 0)
				kind = i;
		free(k);
		if (kind < 0)
			continue;
		for (const xmlNode *w = c->children; w != NULL; w = w->next) {
			pc_wordlist *wl = &ds->words[kind];
			char *t;

			if (!is_el(w, "w"))
				continue;
			t = content(w);
			pc_grow(&wl->w, &cap[kind], (size_t)wl->n + 1,
			    sizeof(*wl->w));
			str_set(&wl->w[wl->n++], t);
			free(t);
		}
	}
}

static xmlRelaxNGPtr
load_schema(const char *dir, const char *schema_dir, const char *name,
    loadctx *lc)
{
	char *path = pc_xasprintf("%s/%s", dir, name);

	if (access(path, R_OK) != 0 && schema_dir != NULL) {
		free(path);
		path = pc_xasprintf("%s/%s", schema_dir, name);
	}
	xmlRelaxNGParserCtxtPtr pctx;
	xmlRelaxNGPtr schema;
	const char *saved = lc->path;

	lc->path = path;
	if (access(path, R_OK) != 0) {
		problem(lc, 0, "cannot read the schema");
		lc->path = saved;
		free(path);
		return NULL;
	}
	pctx = xmlRelaxNGNewParserCtxt(path);
	xmlRelaxNGSetParserStructuredErrors(pctx, xml_error, lc);
	schema = xmlRelaxNGParse(pctx);
	xmlRelaxNGFreeParserCtxt(pctx);
	if (schema == NULL && lc->problems == 0)
		problem(lc, 0, "cannot load the schema");
	lc->path = saved;
	free(path);
	return schema;
}

static int
name_cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static int
plan_cmp(const void *a, const void *b)
{
	const pc_plan *p = *(pc_plan *const *)a, *q = *(pc_plan *const *)b;

	if (p->level != q->level)
		return (int)p->level - (int)q->level;
	return strcmp(p->id, q->id);
}

/* SHA-256 of a file as hex, or NULL if it cannot be read: the report
 * names the exact dictionaries a result came from. */
static char *
file_sha256(const char *path)
{
	struct sha256_ctx ctx;
	uint8_t dg[SHA256_DIGEST_SIZE], buf[8192];
	char *hex;
	FILE *fp = fopen(path, "rb");
	size_t n;

	if (fp == NULL)
		return NULL;
	sha256_init(&ctx);
	while ((n = fread(buf, 1, sizeof(buf), fp)) > 0)
		sha256_update(&ctx, n, buf);
	fclose(fp);
	sha256_digest(&ctx, SHA256_DIGEST_SIZE, dg);
	hex = pc_xmalloc(2 * SHA256_DIGEST_SIZE + 1);
	for (int i = 0; i < SHA256_DIGEST_SIZE; i++)
		snprintf(hex + 2 * i, 3, "%02x", dg[i]);
	return hex;
}

/* Line of "<!DOCTYPE" in the file (libxml2 keeps no line for the DTD). */
static int
doctype_line(const char *path)
{
	FILE *fp = fopen(path, "rb");
	char buf[4096];
	size_t n, k;
	int line = 1;

	if (fp == NULL)
		return 0;
	n = fread(buf, 1, sizeof(buf) - 1, fp);
	fclose(fp);
	buf[n] = '\0';
	for (k = 0; k < n; k++) {
		if (strncmp(buf + k, "<!DOCTYPE", 9) == 0)
			return line;
		if (buf[k] == '\n')
			line++;
	}
	return 0;
}

/* Parse and validate one file; returns the document or NULL. */
static xmlDocPtr
read_valid(const char *path, xmlRelaxNGPtr schema, loadctx *lc)
{
	xmlParserCtxtPtr pctx = xmlNewParserCtxt();
	xmlDocPtr doc;
	int before = lc->problems, dl;

	lc->path = path;
	/* A DOCTYPE is refused before parsing: its declarations would
	 * otherwise give libxml2's own errors first (an "entity reference
	 * loop" for billion laughs) instead of one clear line. */
	if ((dl = doctype_line(path)) > 0) {
		xmlFreeParserCtxt(pctx);
		problem(lc, dl, "a DOCTYPE is not allowed in a dictionary");
		return NULL;
	}
	xmlSetStructuredErrorFunc(lc, xml_error);
	/* No XML_PARSE_NOENT / DTDLOAD: entities are never expanded. */
	doc = xmlCtxtReadFile(pctx, path, NULL,
	    XML_PARSE_NONET | XML_PARSE_NOCDATA | XML_PARSE_BIG_LINES);
	xmlSetStructuredErrorFunc(NULL, NULL);
	xmlFreeParserCtxt(pctx);
	if (doc == NULL) {
		if (lc->problems == before)
			problem(lc, 0, "cannot parse the file");
		return NULL;
	}
	if (doc->intSubset != NULL || doc->extSubset != NULL) {
		problem(lc, doctype_line(path),
		    "a DOCTYPE is not allowed in a dictionary");
		xmlFreeDoc(doc);
		return NULL;
	}
	if (schema != NULL) {
		xmlRelaxNGValidCtxtPtr v = xmlRelaxNGNewValidCtxt(schema);
		int rc;

		xmlRelaxNGSetValidStructuredErrors(v, xml_error, lc);
		rc = xmlRelaxNGValidateDoc(v, doc);
		xmlRelaxNGFreeValidCtxt(v);
		if (rc != 0) {
			if (lc->problems == before)
				problem(lc, 0, "does not match the schema");
			xmlFreeDoc(doc);
			return NULL;
		}
	}
	return doc;
}

int
pc_dictset_load(pc_dictset *ds, const char *dir, const char *schema_dir,
    pc_dict_report report, void *ctx)
{
	loadctx lc = { dir, report, ctx, 0 };
	xmlRelaxNGPtr plan_rng, lex_rng;
	DIR *d;
	struct dirent *de;
	char **names = NULL;
	size_t nnames = 0, cnames = 0, cplans = 0;

	memset(ds, 0, sizeof(*ds));
	ds->dir = pc_xstrdup(dir);
	d = opendir(dir);
	if (d == NULL) {
		problem(&lc, 0, "cannot open the dictionary directory");
		return lc.problems;
	}
	while ((de = readdir(d)) != NULL) {
		size_t n = strlen(de->d_name);
		if (n > 4 && strcmp(de->d_name + n - 4, ".xml") == 0 &&
		    de->d_name[0] != '.') {
			pc_grow(&names, &cnames, nnames + 1, sizeof(*names));
			names[nnames++] = pc_xstrdup(de->d_name);
		}
	}
	closedir(d);
	pc_qsort(names, nnames, sizeof(*names), name_cmp);

	plan_rng = load_schema(dir, schema_dir, "plan.rng", &lc);
	lex_rng = load_schema(dir, schema_dir, "lexicon.rng", &lc);
	for (size_t i = 0; i < nnames; i++) {
		char *path = pc_xasprintf("%s/%s", dir, names[i]);
		int lex = strcmp(names[i], "lexicon.xml") == 0;
		xmlDocPtr doc;

		if ((lex ? lex_rng : plan_rng) == NULL) {
			free(path);
			free(names[i]);
			continue;
		}
		doc = read_valid(path, lex ? lex_rng : plan_rng, &lc);
		if (doc != NULL) {
			xmlNodePtr root = xmlDocGetRootElement(doc);
			if (lex) {
				load_lexicon(ds, root);
			} else {
				int before = lc.problems;
				pc_plan *p = load_plan(root, path, &lc);
				for (int32_t j = 0; j < ds->nplans; j++) {
					if (strcmp(ds->plans[j]->id, p->id))
						continue;
					char *m = pc_xasprintf("plan id \"%s\" "
					    "already defined in %s", p->id,
					    ds->plans[j]->path);
					problem(&lc, node_line(root), m);
					free(m);
				}
				if (lc.problems != before) {
					plan_free(p);
				} else {
					p->sha256 = file_sha256(path);
					pc_grow(&ds->plans, &cplans,
					    (size_t)ds->nplans + 1,
					    sizeof(*ds->plans));
					ds->plans[ds->nplans++] = p;
				}
			}
			xmlFreeDoc(doc);
		}
		free(path);
		free(names[i]);
	}
	free(names);
	if (plan_rng)
		xmlRelaxNGFree(plan_rng);
	if (lex_rng)
		xmlRelaxNGFree(lex_rng);
	pc_qsort(ds->plans, (size_t)ds->nplans, sizeof(*ds->plans), plan_cmp);
	lc.path = dir;
	for (int32_t i = 0; i < ds->nplans; i++) {
		pc_plan *p = ds->plans[i];
		if (p->parent_id == NULL)
			continue;
		p->parent = pc_dictset_plan(ds, p->parent_id);
		if (p->parent == NULL || p->parent == p) {
			char *m = pc_xasprintf("plan \"%s\": parent plan \"%s\" "
			    "is not loaded", p->id, p->parent_id);
			lc.path = p->path;
			problem(&lc, p->line, m);
			free(m);
			p->parent = NULL;
		}
	}
	/* A parent chain must not loop. */
	for (int32_t i = 0; i < ds->nplans; i++) {
		pc_plan *p = ds->plans[i];
		int32_t steps = 0;
		for (pc_plan *q = p->parent; q != NULL; q = q->parent) {
			if (++steps > ds->nplans) {
				lc.path = p->path;
				problem(&lc, p->line, "the chain of parent "
				    "plans loops");
				p->parent = NULL;
				break;
			}
		}
	}
	return lc.problems;
}

pc_plan *
pc_dictset_plan(const pc_dictset *ds, const char *id)
{
	for (int32_t i = 0; i < ds->nplans; i++)
		if (strcmp(ds->plans[i]->id, id) == 0)
			return ds->plans[i];
	return NULL;
}

void
pc_dictset_free(pc_dictset *ds)
{
	for (int32_t i = 0; i < ds->nplans; i++)
		plan_free(ds->plans[i]);
	free(ds->plans);
	for (int k = 0; k < PC_W_NKINDS; k++) {
		for (int32_t i = 0; i < ds->words[k].n; i++)
			str_free(&ds->words[k].w[i]);
		free(ds->words[k].w);
	}
	free(ds->dir);
	memset(ds, 0, sizeof(*ds));
}

int
pc_words_find(const pc_dictset *ds, pc_wkind k, const UChar *text, int32_t n)
{
	const pc_wordlist *wl = &ds->words[k];

	for (int32_t i = 0; i < wl->n; i++) {
		const pc_str *w = &wl->w[i];
		if (w->ulen > 0 && w->ulen <= n &&
		    u_strFindFirst(text, n, w->u, w->ulen) != NULL)
			return 1;
	}
	return 0;
}
