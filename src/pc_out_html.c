/* The alignment report as one self-contained page: polyglot XHTML5 built
 * with libxml2's tree API (every piece of text goes in through
 * xmlNewText, so a draft's "<script>" stays text), inline CSS with a CJK
 * system font stack and print rules for A4, inline SVG charts, no scripts
 * and a Content-Security-Policy that forbids loading anything. */
#include "pc_report.h"

#include <stdlib.h>
#include <string.h>

#include <libxml/tree.h>
#include <libxml/xmlsave.h>

#include "pc_alloc.h"

#define XHTML_NS "http://www.w3.org/1999/xhtml"
#define SVG_NS "http://www.w3.org/2000/svg"

/* style-src 'unsafe-inline' covers the one <style> element; nothing else
 * may load or run. */
static const char csp[] = "default-src 'none'; style-src 'unsafe-inline'; "
    "img-src data:; base-uri 'none'; form-action 'none'";

/* No '<', '>' or '&' in here: the serialiser would escape them, and an
 * HTML parser reads <style> as raw text. */
static const char css[] =
    "body{font-family:\"Noto Sans CJK SC\",\"Source Han Sans SC\","
    "\"Microsoft YaHei\",\"PingFang SC\",SimSun,sans-serif;color:#1f2933;"
    "background:#fff;margin:24px auto;max-width:1200px;padding:0 20px;"
    "font-size:14px;line-height:1.55}\n"
    "h1{font-size:24px;border-bottom:3px solid #b71c1c;padding-bottom:6px;"
    "margin:0 0 12px}\n"
    "h2{font-size:19px;margin:28px 0 10px;border-left:5px solid #b71c1c;"
    "padding-left:8px}\n"
    "h3{font-size:16px;margin:20px 0 8px}\n"
    "h4{font-size:14px;margin:16px 0 6px}\n"
    "p{margin:6px 0}\n"
    "table{border-collapse:collapse;width:100%;margin:8px 0 16px}\n"
    "th,td{border:1px solid #d0d7de;padding:4px 8px;vertical-align:top;"
    "text-align:left}\n"
    "thead th{background:#f1f3f5}\n"
    "table.facts{width:auto;min-width:50%}\n"
    "table.facts th{background:#f8f9fa;white-space:nowrap;width:9em}\n"
    "td{overflow-wrap:anywhere}\n"
    "table.dicts{table-layout:fixed}\n"
    "table.dicts th:nth-child(1){width:16%}\n"
    "table.dicts th:nth-child(2){width:4.5em}\n"
    "table.dicts th:nth-child(3){width:7.5em}\n"
    "table.dicts th:nth-child(4){width:21%}\n"
    "table.dicts td:last-child .small{font-size:11px;word-break:break-all}\n"
    "table.alignment td:first-child{width:17%}\n"
    "table.alignment td:last-child{width:11%;white-space:nowrap}\n"
    "td.num{text-align:right;white-space:nowrap;"
    "font-variant-numeric:tabular-nums}\n"
    "tr.group td{background:#e9eef5;font-weight:bold}\n"
    "tr.total td{font-weight:bold;background:#f8f9fa}\n"
    "tr.s0r td:first-child{border-left:4px solid #c0392b}\n"
    "mark{background:#ffe08a;color:inherit;padding:0 1px}\n"
    ".small{color:#5f6b7a;font-size:12px}\n"
    "code{font-family:\"DejaVu Sans Mono\",Consolas,monospace;font-size:12px;"
    "word-break:break-all}\n"
    "td.s0r{background:#fde2e1;color:#9b1c1c;font-weight:bold}\n"
    "td.s0{background:#f1f3f5;color:#6b7280}\n"
    "td.s1{background:#fff3c4}\n"
    "td.s2{background:#d8f0df}\n"
    "td.s3{background:#a9dcb9}\n"
    "td.r0{background:#fde2e1}\n"
    "td.r1{background:#fdebd3}\n"
    "td.r2{background:#fff3c4}\n"
    "td.r3{background:#e1f3e3}\n"
    "td.r4{background:#bfe6c9}\n"
    "td.error{color:#b71c1c;font-weight:bold}\n"
    "td.warning{color:#b45309;font-weight:bold}\n"
    "td.note{color:#1d4ed8}\n"
    "figure{margin:8px 0 16px}\n"
    "figure svg{max-width:100%;height:auto}\n"
    "@media print{\n"
    "@page{size:A4;margin:14mm 12mm}\n"
    "body{max-width:none;margin:0;padding:0;font-size:10pt}\n"
    "section.page{break-before:page;page-break-before:always}\n"
    "thead{display:table-header-group}\n"
    "tr,figure{break-inside:avoid;page-break-inside:avoid}\n"
    "h1,h2,h3,h4{break-after:avoid;page-break-after:avoid}\n"
    "*{-webkit-print-color-adjust:exact;print-color-adjust:exact}\n"
    "}\n";

static const char *const class_names[PC_CL_N] = {
	[PC_CL_NONE] = NULL,
	[PC_CL_MISSING_REQ] = "s0r",
	[PC_CL_MISSING] = "s0",
	[PC_CL_S1] = "s1",
	[PC_CL_S2] = "s2",
	[PC_CL_S3] = "s3",
	[PC_CL_R0] = "r0",
	[PC_CL_R1] = "r1",
	[PC_CL_R2] = "r2",
	[PC_CL_R3] = "r3",
	[PC_CL_R4] = "r4",
	[PC_CL_ERROR] = "error",
	[PC_CL_WARNING] = "warning",
	[PC_CL_NOTE] = "note",
	[PC_CL_NUM] = "num",
	[PC_CL_GROUP] = "group",
	[PC_CL_TOTAL] = "total",
};

/* Heat map fills: missing (required, optional), 1, 2, 3, not checked. */
static const char *const heat_fill[] = {
	"#f4b6ae", "#e6e9ee", "#fde68a", "#7cc493", "#24794a", "#ffffff",
};

typedef struct html {
	xmlDocPtr doc;
	xmlNsPtr ns;             /* XHTML, on <html> */
} html;

/* Text as libxml2 may store it: valid UTF-8 with only the characters XML
 * 1.0 allows (others, and malformed bytes, become U+FFFD). */
static char *
clean(const char *s)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t n = strlen(s);
	char *r = pc_xmalloc(n * 3 + 1), *w = r;

	while (*p != '\0') {
		uint32_t cp;
		int len, ok = 1;

		if (p[0] < 0x80) {
			cp = p[0];
			len = 1;
		} else if (p[0] >= 0xC2 && p[0] <= 0xDF) {
			cp = p[0] & 0x1F;
			len = 2;
		} else if (p[0] >= 0xE0 && p[0] <= 0xEF) {
			cp = p[0] & 0x0F;
			len = 3;
		} else if (p[0] >= 0xF0 && p[0] <= 0xF4) {
			cp = p[0] & 0x07;
			len = 4;
		} else {
			cp = 0;
			len = 1;
			ok = 0;
		}
		for (int k = 1; ok && k < len; k++) {
			if ((p[k] & 0xC0) != 0x80) {
				ok = 0;
				len = k;
			} else {
				cp = (cp << 6) | (p[k] & 0x3F);
			}
		}
		if (ok && ((len == 3 && cp < 0x800) ||
		    (len == 4 && (cp < 0x10000 || cp > 0x10FFFF)) ||
		    (cp >= 0xD800 && cp <= 0xDFFF) ||
		    cp == 0xFFFE || cp == 0xFFFF ||
		    (cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\r')))
			ok = 0;
		if (ok) {
			memcpy(w, p, (size_t)len);
			w += len;
		} else {
			memcpy(w, "\xEF\xBF\xBD", 3);
			w += 3;
		}
		p += len;
	}
	*w = '\0';
	return r;
}

static xmlNodePtr
el(xmlNodePtr parent, xmlNsPtr ns, const char *name)
{
	/* content NULL: xmlNewChild would parse entity references in it */
	return xmlNewChild(parent, ns, (const xmlChar *)name, NULL);
}

static void
text(xmlNodePtr parent, const char *s)
{
	char *c;

	if (s == NULL || *s == '\0')
		return;
	c = clean(s);
	xmlAddChild(parent, xmlNewText((const xmlChar *)c));
	free(c);
}

static void
attr(xmlNodePtr n, const char *name, const char *value)
{
	char *c = clean(value);

	xmlNewProp(n, (const xmlChar *)name, (const xmlChar *)c);
	free(c);
}

static void
attr_int(xmlNodePtr n, const char *name, long v)
{
	char buf[32];

	snprintf(buf, sizeof(buf), "%ld", v);
	attr(n, name, buf);
}

static void
class_attr(xmlNodePtr n, pc_rp_class cls)
{
	if (cls > PC_CL_NONE && cls < PC_CL_N && class_names[cls] != NULL)
		attr(n, "class", class_names[cls]);
}

static void
runs(const html *h, xmlNodePtr parent, const pc_rp_cell *c)
{
	for (int32_t i = 0; i < c->nruns; i++) {
		const pc_rp_run *r = &c->runs[i];
		xmlNodePtr n;

		switch (r->kind) {
		case PC_RUN_TEXT:
			text(parent, r->text);
			break;
		case PC_RUN_MARK:
			text(el(parent, h->ns, "mark"), r->text);
			break;
		case PC_RUN_SMALL:
			n = el(parent, h->ns, "span");
			attr(n, "class", "small");
			text(n, r->text);
			break;
		case PC_RUN_CODE:
			text(el(parent, h->ns, "code"), r->text);
			break;
		case PC_RUN_BREAK:
			el(parent, h->ns, "br");
			break;
		}
	}
}

static void
table(const html *h, xmlNodePtr parent, const pc_rp_table *t, int facts)
{
	xmlNodePtr tab = el(parent, h->ns, "table"), body, tr;

	if (t->kind != NULL)
		attr(tab, "class", t->kind);
	if (!facts && t->ncols > 0) {
		tr = el(el(tab, h->ns, "thead"), h->ns, "tr");
		for (int32_t k = 0; k < t->ncols; k++) {
			xmlNodePtr th = el(tr, h->ns, "th");

			attr(th, "scope", "col");
			text(th, t->head[k]);
		}
	}
	body = el(tab, h->ns, "tbody");
	for (int32_t i = 0; i < t->nrows; i++) {
		const pc_rp_row *r = &t->rows[i];

		tr = el(body, h->ns, "tr");
		class_attr(tr, r->cls);
		for (int32_t k = 0; k < r->ncells; k++) {
			xmlNodePtr td = el(tr, h->ns, facts && k == 0 ? "th" :
			    "td");

			if (facts && k == 0)
				attr(td, "scope", "row");
			if (r->cls == PC_CL_GROUP)
				attr_int(td, "colspan", t->ncols);
			else
				class_attr(td, r->cells[k].cls);
			runs(h, td, &r->cells[k]);
		}
	}
}

static xmlNodePtr
svg_root(xmlNodePtr parent, long w, long hgt, const char *label)
{
	xmlNodePtr s = xmlNewChild(parent, NULL, (const xmlChar *)"svg", NULL);
	xmlNsPtr ns = xmlNewNs(s, (const xmlChar *)SVG_NS, NULL);
	char vb[64];

	xmlSetNs(s, ns);
	snprintf(vb, sizeof(vb), "0 0 %ld %ld", w, hgt);
	attr(s, "viewBox", vb);
	attr_int(s, "width", w);
	attr_int(s, "height", hgt);
	attr(s, "role", "img");
	attr(s, "aria-label", label);
	text(el(s, ns, "title"), label);
	return s;
}

static xmlNodePtr
svg_rect(xmlNodePtr s, long x, long y, long w, long hgt, const char *fill)
{
	xmlNodePtr r = el(s, s->ns, "rect");

	attr_int(r, "x", x);
	attr_int(r, "y", y);
	attr_int(r, "width", w);
	attr_int(r, "height", hgt);
	attr(r, "fill", fill);
	return r;
}

static xmlNodePtr
svg_text(xmlNodePtr s, long x, long y, int size, const char *anchor,
    const char *t)
{
	xmlNodePtr n = el(s, s->ns, "text");

	attr_int(n, "x", x);
	attr_int(n, "y", y);
	attr_int(n, "font-size", size);
	if (anchor != NULL)
		attr(n, "text-anchor", anchor);
	attr(n, "fill", "#1f2933");
	text(n, t);
	return n;
}

/* Rough width of a label in pixels at font size px: CJK characters one
 * em, others about 0.6. */
static long
text_width(const char *s, int px)
{
	long w10 = 0;

	for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
		if (*p < 0x80)
			w10 += 6;
		else if ((*p & 0xC0) != 0x80)
			w10 += 10;
	}
	return w10 * px / 10;
}

#define BAR_LABEL 200
#define BAR_W 360
#define BAR_ROW 40

static void
bars(const html *h, xmlNodePtr parent, const pc_rp_bars *b)
{
	long width = BAR_LABEL + BAR_W + 240, height = 34 + b->n * BAR_ROW;
	xmlNodePtr fig = el(parent, h->ns, "figure"), s;

	attr(fig, "class", "bars");
	s = svg_root(fig, width, height, b->title);
	for (int32_t i = 0; i < b->n; i++) {
		const pc_rp_bar *bar = &b->b[i];
		long y = 6 + i * BAR_ROW;
		double r1 = bar->ratio < 0 ? 0 : bar->ratio > 1 ? 1 :
		    bar->ratio;
		double r2 = bar->ratio2 < 0 ? 0 : bar->ratio2 > 1 ? 1 :
		    bar->ratio2;

		svg_text(s, 0, y + 14, 13, NULL, bar->label);
		svg_rect(s, BAR_LABEL, y, BAR_W, 16, "#eef0f3");
		svg_rect(s, BAR_LABEL, y, (long)(BAR_W * r1 + 0.5), 16,
		    "#b71c1c");
		svg_rect(s, BAR_LABEL, y + 19, BAR_W, 8, "#eef0f3");
		svg_rect(s, BAR_LABEL, y + 19, (long)(BAR_W * r2 + 0.5), 8,
		    "#e8a0a0");
		svg_text(s, BAR_LABEL + BAR_W + 10, y + 13, 12, NULL,
		    bar->note);
	}
	{
		long y = 10 + b->n * BAR_ROW;

		svg_rect(s, BAR_LABEL, y, 14, 10, "#b71c1c");
		svg_text(s, BAR_LABEL + 20, y + 10, 12, NULL, b->legend[0]);
		svg_rect(s, BAR_LABEL + 200, y, 14, 10, "#e8a0a0");
		svg_text(s, BAR_LABEL + 220, y + 10, 12, NULL, b->legend[1]);
	}
}

#define HEAT_CELL 14
#define HEAT_LABEL 12           /* characters of a column label shown */

/* At most n characters of s, with "…" when cut. */
static char *
shorten(const char *s, int n)
{
	const unsigned char *p = (const unsigned char *)s;
	int k = 0;

	for (; *p != '\0'; p++)
		if ((*p & 0xC0) != 0x80 && k++ == n)
			return pc_xasprintf("%.*s…", (int)((const char *)p - s),
			    s);
	return pc_xstrdup(s);
}

static void
heat(const html *h, xmlNodePtr parent, const pc_rp_heat *m)
{
	long left = 0, top = 0, width, height;
	xmlNodePtr fig = el(parent, h->ns, "figure"), s;

	attr(fig, "class", "heat");
	for (int32_t i = 0; i < m->nrows; i++)
		if (text_width(m->rows[i], 12) > left)
			left = text_width(m->rows[i], 12);
	for (int32_t k = 0; k < m->ncols; k++) {
		char *lbl = shorten(m->cols[k], HEAT_LABEL);

		if (text_width(lbl, 11) > top)
			top = text_width(lbl, 11);
		free(lbl);
	}
	left = (left > 360 ? 360 : left) + 12;
	top += 12;
	width = left + m->ncols * HEAT_CELL + 10;
	if (width < 560)
		width = 560;
	height = top + m->nrows * HEAT_CELL + 40;
	s = svg_root(fig, width, height, m->title);
	for (int32_t k = 0; k < m->ncols; k++) {
		long x = left + k * HEAT_CELL + HEAT_CELL - 4, y = top - 4;
		char tr[64];
		char *lbl = shorten(m->cols[k], HEAT_LABEL);
		xmlNodePtr t = svg_text(s, x, y, 11, NULL, lbl);

		free(lbl);

		snprintf(tr, sizeof(tr), "rotate(-90 %ld %ld)", x, y);
		attr(t, "transform", tr);
	}
	for (int32_t i = 0; i < m->nrows; i++) {
		long y = top + i * HEAT_CELL;

		svg_text(s, left - 6, y + HEAT_CELL - 3, 12, "end",
		    m->rows[i]);
		for (int32_t k = 0; k < m->ncols; k++) {
			int v = m->v[(size_t)i * (size_t)m->ncols + (size_t)k];
			int f = v < 0 ? 5 : v == 0 ? (m->required[k] ? 0 : 1) :
			    v + 1;
			xmlNodePtr r = svg_rect(s, left + k * HEAT_CELL, y,
			    HEAT_CELL - 1, HEAT_CELL - 1, heat_fill[f]);
			char *tip = pc_xasprintf("%s · %s: %s", m->rows[i],
			    m->cols[k], m->legend[v < 0 ? 4 : v]);

			text(el(r, s->ns, "title"), tip);
			free(tip);
		}
	}
	{
		long y = top + m->nrows * HEAT_CELL + 14, x = left;
		static const int order[] = { 0, 2, 3, 4 };

		for (int i = 0; i < 4; i++) {
			const char *lbl = m->legend[i];

			svg_rect(s, x, y, 12, 12, heat_fill[order[i]]);
			svg_text(s, x + 16, y + 11, 12, NULL, lbl);
			x += 16 + text_width(lbl, 12) + 18;
		}
	}
}

static xmlDocPtr
build(const pc_report *r, int lang)
{
	html h;
	xmlNodePtr root, head, body, meta, cur, n;
	char *gen = pc_xasprintf("plancheck %s", PC_VERSION);

	(void)lang;
	h.doc = xmlNewDoc((const xmlChar *)"1.0");
	xmlCreateIntSubset(h.doc, (const xmlChar *)"html", NULL, NULL);
	root = xmlNewNode(NULL, (const xmlChar *)"html");
	xmlDocSetRootElement(h.doc, root);
	h.ns = xmlNewNs(root, (const xmlChar *)XHTML_NS, NULL);
	xmlSetNs(root, h.ns);
	attr(root, "lang", r->lang);
	/* the serialiser adds xml:lang beside lang */

	head = el(root, h.ns, "head");
	meta = el(head, h.ns, "meta");
	attr(meta, "http-equiv", "Content-Type");
	attr(meta, "content", "text/html; charset=UTF-8");
	meta = el(head, h.ns, "meta");
	attr(meta, "http-equiv", "Content-Security-Policy");
	attr(meta, "content", csp);
	meta = el(head, h.ns, "meta");
	attr(meta, "name", "viewport");
	attr(meta, "content", "width=device-width, initial-scale=1");
	meta = el(head, h.ns, "meta");
	attr(meta, "name", "generator");
	attr(meta, "content", gen);
	free(gen);
	text(el(head, h.ns, "title"), r->title);
	text(el(head, h.ns, "style"), css);

	body = el(root, h.ns, "body");
	cur = el(body, h.ns, "header");
	for (int32_t i = 0; i < r->n; i++) {
		const pc_rp_block *b = &r->b[i];

		switch (b->kind) {
		case PC_BLK_HEADING: {
			static const char *const tags[] = { "h1", "h2", "h3",
			    "h4", "h5" };
			int lv = b->level < 1 ? 1 : b->level > 5 ? 5 :
			    b->level;

			if (lv == 2) {
				cur = el(body, h.ns, "section");
				attr(cur, "class", b->nobreak ? "flow" :
				    "page");
			}
			runs(&h, el(cur, h.ns, tags[lv - 1]), &b->text);
			break;
		}
		case PC_BLK_PARA:
			runs(&h, el(cur, h.ns, "p"), &b->text);
			break;
		case PC_BLK_FACTS:
			table(&h, cur, &b->table, 1);
			break;
		case PC_BLK_TABLE:
			table(&h, cur, &b->table, 0);
			break;
		case PC_BLK_BARS:
			bars(&h, cur, &b->bars);
			break;
		case PC_BLK_HEAT:
			heat(&h, cur, &b->heat);
			break;
		}
	}
	n = el(body, h.ns, "footer");
	attr(n, "class", "small");
	text(n, r->title);
	return h.doc;
}

int
pc_out_html(FILE *fp, const pc_report_in *in)
{
	pc_report r;
	xmlDocPtr doc;
	xmlBufferPtr buf;
	xmlSaveCtxtPtr sc;
	int rc = 0;

	pc_report_build(&r, in);
	doc = build(&r, in->lang);
	pc_report_free(&r);
	buf = xmlBufferCreate();
	/* XHTML rules (<br />, <td></td>, never <td/>) without the XHTML
	 * 1.0 doctype, which NO_XHTML keeps libxml2 from looking for; not
	 * indented, which would add a third to the size */
	sc = xmlSaveToBuffer(buf, "UTF-8", XML_SAVE_XHTML | XML_SAVE_NO_XHTML |
	    XML_SAVE_NO_DECL);
	if (buf == NULL || sc == NULL || xmlSaveDoc(sc, doc) < 0)
		rc = -1;
	if (sc != NULL && xmlSaveClose(sc) < 0)
		rc = -1;
	if (rc == 0 && fwrite(xmlBufferContent(buf), 1,
	    (size_t)xmlBufferLength(buf), fp) != (size_t)xmlBufferLength(buf))
		rc = -1;
	if (buf != NULL)
		xmlBufferFree(buf);
	xmlFreeDoc(doc);
	return rc != 0 || ferror(fp) ? -1 : 0;
}
