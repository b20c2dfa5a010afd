/* DOCX reader: the document part and the styles part are inflated from the
 * zip by libzip in chunks and pushed straight into libxml2's push parser,
 * so no part is ever held whole and no tree is built: memory is one chunk
 * plus the text made. The inflated size is counted against the part limit
 * as it streams, whatever the zip headers claim. SAX callbacks see no DTD
 * (a DOCTYPE stops the parser before its internal subset is read), no
 * entity and no network, and the nesting depth is bounded while parsing. */
#include "pc_docx.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/parser.h>
#include <libxml/xmlerror.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>
#include <zip.h>

#include "pc_alloc.h"

#define PART_DOCUMENT	"word/document.xml"
#define PART_STYLES	"word/styles.xml"

/* WordprocessingML: transitional (what Word and WPS write) and strict. */
#define W_NS		"http://schemas.openxmlformats.org/wordprocessingml/2006/main"
#define W_NS_STRICT	"http://purl.oclc.org/ooxml/wordprocessingml/main"
#define MC_NS		"http://schemas.openxmlformats.org/markup-compatibility/2006"

/* Local headers the sniffer walks before falling back to a plain search of
 * the first SNIFF_WINDOW bytes (for zips that defer sizes to data
 * descriptors, whose next header cannot be found without inflating). */
#define SNIFF_ENTRIES	32
#define SNIFF_WINDOW	(64 * 1024)

/* Enough for Word's own chains (Heading 2 → Heading 1 → Normal); a longer
 * or circular chain is a hostile file, not a style sheet. */
#define MAX_BASED_ON	8

/* Inflated bytes pushed into the parser at a time. */
#define READ_CHUNK	(64 * 1024)

/* Attribute values read into fixed buffers (types, numbers); longer ones
 * read as "", which matches nothing. */
#define ATTR_MAX	64

/* libzip's messages start with a capital ("Not a zip archive"); the detail
 * follows a colon in our message, so lower it unless it is an acronym. */
static const char *
zip_detail(zip_error_t *ze, char *buf, size_t n)
{
	snprintf(buf, n, "%s", zip_error_strerror(ze));
	if (buf[0] >= 'A' && buf[0] <= 'Z' && buf[1] >= 'a' && buf[1] <= 'z')
		buf[0] = (char)(buf[0] - 'A' + 'a');
	return buf;
}

/* ---- sniffing ---- */

static unsigned
le16(const unsigned char *p)
{
	return (unsigned)p[0] | (unsigned)p[1] << 8;
}

static size_t
le32(const unsigned char *p)
{
	return (size_t)p[0] | (size_t)p[1] << 8 | (size_t)p[2] << 16 |
	    (size_t)p[3] << 24;
}

static int
has_bytes(const unsigned char *b, size_t n, const char *needle)
{
	size_t k = strlen(needle);

	for (size_t i = 0; i + k <= n; i++)
		if (b[i] == (unsigned char)needle[0] &&
		    memcmp(b + i, needle, k) == 0)
			return 1;
	return 0;
}

static int
docx_name(const unsigned char *name, size_t n)
{
	static const char ct[] = "[Content_Types].xml";

	return (n == sizeof(ct) - 1 && memcmp(name, ct, n) == 0) ||
	    (n >= 5 && memcmp(name, "word/", 5) == 0);
}

int
pc_docx_sniff(const unsigned char *b, size_t n)
{
	size_t off = 0, nlen, xlen, csize;

	if (n < 30 || memcmp(b, "PK\3\4", 4) != 0)
		return 0;
	for (int i = 0; i < SNIFF_ENTRIES; i++) {
		if (n - off < 30 || memcmp(b + off, "PK\3\4", 4) != 0)
			break;
		nlen = le16(b + off + 26);
		xlen = le16(b + off + 28);
		csize = le32(b + off + 18);
		if (n - off - 30 < nlen)
			break;
		if (docx_name(b + off + 30, nlen))
			return 1;
		/* Bit 3: sizes follow the data; 0xFFFFFFFF: zip64. */
		if ((le16(b + off + 6) & 8) != 0 || csize == 0xFFFFFFFFu)
			break;
		if (n - off - 30 - nlen < xlen ||
		    n - off - 30 - nlen - xlen < csize)
			break;
		off += 30 + nlen + xlen + csize;
	}
	n = n < SNIFF_WINDOW ? n : SNIFF_WINDOW;
	return has_bytes(b, n, "[Content_Types].xml") ||
	    has_bytes(b, n, "word/");
}

/* ---- markup helpers ---- */

static int
is_wns(const xmlChar *uri)
{
	return uri != NULL && (xmlStrcmp(uri, BAD_CAST W_NS) == 0 ||
	    xmlStrcmp(uri, BAD_CAST W_NS_STRICT) == 0);
}

static int
is_w(const xmlChar *name, const xmlChar *uri, const char *want)
{
	return xmlStrcmp(name, BAD_CAST want) == 0 && is_wns(uri);
}

/* SAX2 gives attributes as (local name, prefix, URI, value, value end)
 * quintuples. Attribute NAME in the w namespace, or unprefixed. */
static const xmlChar *const *
attr_find(const xmlChar **a, int n, const char *name)
{
	for (int i = 0; i < n; i++, a += 5)
		if (xmlStrcmp(a[0], BAD_CAST name) == 0 &&
		    (a[2] == NULL || is_wns(a[2])))
			return a;
	return NULL;
}

/* Its value in buf (ATTR_MAX bytes), or NULL if absent. */
static const char *
attr_buf(const xmlChar **a, int n, const char *name, char *buf)
{
	const xmlChar *const *at = attr_find(a, n, name);
	size_t k;

	if (at == NULL)
		return NULL;
	k = (size_t)(at[4] - at[3]);
	if (k >= ATTR_MAX)
		k = 0;
	memcpy(buf, at[3], k);
	buf[k] = '\0';
	return buf;
}

/* Its value as a fresh string (the caller frees it), or NULL. */
static char *
attr_dup(const xmlChar **a, int n, const char *name)
{
	const xmlChar *const *at = attr_find(a, n, name);

	return at != NULL ? pc_xstrndup((const char *)at[3],
	    (size_t)(at[4] - at[3])) : NULL;
}

/* A small non-negative decimal (w:outlineLvl, "heading N"), or -1. */
static int
small_number(const char *s)
{
	int v = 0;

	if (s == NULL || *s < '0' || *s > '9')
		return -1;
	for (; *s >= '0' && *s <= '9'; s++)
		if ((v = v * 10 + (*s - '0')) > 1000)
			return -1;
	return *s == '\0' ? v : -1;
}

/* Outline level 0..8 is heading level 1..9; 9 is body text. -1 if the
 * value is not an outline level at all. */
static int
outline_level(const char *val)
{
	int v = small_number(val);

	return v < 0 || v > 9 ? -1 : v < 9 ? v + 1 : 0;
}

/* "heading N" (Word's built-in names, whatever the UI language),
 * "Heading N", "标题 N" (WPS): N, else 0. */
static int
name_level(const char *name)
{
	static const char heading[] = "heading";
	static const char biaoti[] = "\xe6\xa0\x87\xe9\xa2\x98";	/* 标题 */
	const char *s;
	size_t i;
	int v;

	if (name == NULL)
		return 0;
	for (i = 0; heading[i] != '\0'; i++) {
		char c = name[i];
		if (c >= 'A' && c <= 'Z')
			c = (char)(c - 'A' + 'a');
		if (c != heading[i])
			break;
	}
	if (heading[i] == '\0')
		s = name + i;
	else if (strncmp(name, biaoti, sizeof(biaoti) - 1) == 0)
		s = name + sizeof(biaoti) - 1;
	else
		return 0;
	if (*s == ' ')
		s++;
	v = small_number(s);
	return v >= 1 && v <= 9 ? v : 0;
}

/* ---- one part, streamed ---- */

struct part;
typedef void (*part_start_fn)(struct part *, const xmlChar *,
    const xmlChar *, int, const xmlChar **);
typedef void (*part_end_fn)(struct part *);
typedef void (*part_text_fn)(struct part *, const xmlChar *, int);

struct part {
	const char *name;
	int depth;		/* of the element starting or ending */
	int max_depth;
	int dtd_line;		/* line of a DOCTYPE or entity declaration */
	int deep_line;		/* line where max_depth was passed */
	/* The first fatal error: libxml2 reads on after it, and what it
	 * finds then ("premature end of data") only follows from it. */
	int err_code;
	int err_line;
	char err_msg[128];
	part_start_fn start;
	part_end_fn end;
	part_text_fn text;
	void *user;
};

static int
ctxt_line(const xmlParserCtxt *c)
{
	return c->input != NULL && c->input->line > 0 ? c->input->line : 1;
}

/* Called with the DOCTYPE's name, before its internal subset is read:
 * stopping here means no entity declaration is ever parsed. */
static void
sax_dtd(void *ctx, const xmlChar *name, const xmlChar *eid,
    const xmlChar *sid)
{
	xmlParserCtxtPtr c = ctx;
	struct part *p = c->_private;

	(void)name;
	(void)eid;
	(void)sid;
	if (p->dtd_line == 0)
		p->dtd_line = ctxt_line(c);
	xmlStopParser(c);
}

/* Unreachable while sax_dtd stops at the DOCTYPE; kept so that an entity
 * declaration can never be accepted silently. */
static void
sax_entity(void *ctx, const xmlChar *name, int type, const xmlChar *pid,
    const xmlChar *sid, xmlChar *content)
{
	(void)name;
	(void)type;
	(void)pid;
	(void)sid;
	(void)content;
	sax_dtd(ctx, NULL, NULL, NULL);
}

static void
sax_error(void *ctx, xmlErrorPtr e)
{
	xmlParserCtxtPtr c = ctx;
	struct part *p = c->_private;

	if (e == NULL || e->level != XML_ERR_FATAL || p->err_code != 0)
		return;
	p->err_code = e->code != 0 ? e->code : -1;
	p->err_line = e->line;
	snprintf(p->err_msg, sizeof(p->err_msg), "%s",
	    e->message != NULL ? e->message : "not well-formed");
}

static void
sax_start(void *ctx, const xmlChar *localname, const xmlChar *prefix,
    const xmlChar *uri, int nns, const xmlChar **ns, int nattr,
    int ndefaulted, const xmlChar **attrs)
{
	xmlParserCtxtPtr c = ctx;
	struct part *p = c->_private;

	(void)prefix;
	(void)nns;
	(void)ns;
	(void)ndefaulted;
	if (++p->depth > p->max_depth) {
		p->deep_line = ctxt_line(c);
		xmlStopParser(c);
		return;
	}
	p->start(p, localname, uri, nattr, attrs);
}

static void
sax_end(void *ctx, const xmlChar *localname, const xmlChar *prefix,
    const xmlChar *uri)
{
	xmlParserCtxtPtr c = ctx;
	struct part *p = c->_private;

	(void)localname;
	(void)prefix;
	(void)uri;
	p->end(p);
	p->depth--;
}

static void
sax_text(void *ctx, const xmlChar *s, int len)
{
	xmlParserCtxtPtr c = ctx;
	struct part *p = c->_private;

	if (p->text != NULL && len > 0)
		p->text(p, s, len);
}

/*
 * Inflate part idx in chunks into the push parser, calling p's handlers.
 * At most limit inflated bytes are ever accepted, whatever the zip
 * headers say (a zip bomb's lie); only one chunk is in memory at a time.
 * Returns 0, or -1 with *err filled.
 */
static int
stream_part(zip_t *za, zip_int64_t idx, size_t limit, struct part *p,
    pc_src_error *err)
{
	xmlSAXHandler sax;
	xmlParserCtxtPtr c = NULL;
	zip_stat_t st;
	zip_file_t *zf;
	zip_int64_t r;
	size_t total = 0, k;
	char *buf, msg[128];
	int rc = -1;

	zip_stat_init(&st);
	if (zip_stat_index(za, (zip_uint64_t)idx, 0, &st) == 0 &&
	    (st.valid & ZIP_STAT_SIZE) != 0 && st.size > limit) {
		/* An honest header is believed: no need to inflate. */
		pc_src_error_detail(err, PC_SRC_PART_TOO_LARGE, (int64_t)limit, "%s",
		    p->name);
		return -1;
	}
	if ((zf = zip_fopen_index(za, (zip_uint64_t)idx, 0)) == NULL) {
		pc_src_error_detail(err, PC_SRC_BAD_CONTAINER, 0, "%s: %s", p->name,
		    zip_detail(zip_get_error(za), msg, sizeof(msg)));
		return -1;
	}
	memset(&sax, 0, sizeof(sax));
	sax.initialized = XML_SAX2_MAGIC;
	sax.startElementNs = sax_start;
	sax.endElementNs = sax_end;
	sax.characters = sax_text;
	sax.ignorableWhitespace = sax_text;
	sax.cdataBlock = sax_text;
	sax.internalSubset = sax_dtd;
	sax.entityDecl = sax_entity;
	sax.serror = sax_error;
	buf = pc_xmalloc(READ_CHUNK);
	for (;;) {
		if ((r = zip_fread(zf, buf, READ_CHUNK)) < 0) {
			pc_src_error_detail(err, PC_SRC_BAD_CONTAINER, 0, "%s: %s",
			    p->name, zip_detail(zip_file_get_error(zf), msg,
			    sizeof(msg)));
			goto done;
		}
		total += (size_t)r;
		if (total > limit) {
			pc_src_error_detail(err, PC_SRC_PART_TOO_LARGE, (int64_t)limit,
			    "%s", p->name);
			goto done;
		}
		if (c == NULL) {
			/* The first chunk tells libxml2 the encoding. */
			c = xmlCreatePushParserCtxt(&sax, NULL,
			    r > 0 ? buf : NULL, (int)r, p->name);
			if (c == NULL) {
				pc_src_error_detail(err, PC_SRC_BAD_MARKUP, 0, "%s: cannot "
				    "start the XML parser", p->name);
				goto done;
			}
			c->_private = p;
			/* No NOENT, DTDLOAD, DTDATTR, XINCLUDE or HUGE:
			 * nothing expanded or fetched, libxml2's own
			 * limits apply. */
			xmlCtxtUseOptions(c, XML_PARSE_NONET |
			    XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
			if (r > 0)
				continue;
		}
		xmlParseChunk(c, r > 0 ? buf : NULL, (int)r, r == 0);
		if (r == 0 || p->dtd_line != 0 || p->deep_line != 0 ||
		    !c->wellFormed)
			break;
	}
	if (p->dtd_line != 0) {
		pc_src_error_detail(err, PC_SRC_ENTITY, p->dtd_line, "%s", p->name);
	} else if (p->deep_line != 0) {
		pc_src_error_detail(err, PC_SRC_TOO_DEEP, p->deep_line, "%s", p->name);
	} else if (!c->wellFormed) {
		if (p->err_code == XML_ERR_INTERNAL_ERROR &&
		    strstr(p->err_msg, "depth") != NULL) {
			/* libxml2's own depth limit, below ours. */
			pc_src_error_detail(err, PC_SRC_TOO_DEEP, p->err_line, "%s",
			    p->name);
		} else {
			pc_src_error_detail(err, PC_SRC_BAD_MARKUP, p->err_line, "%s: %s",
			    p->name, p->err_code != 0 ? p->err_msg :
			    "not well-formed");
			k = strlen(err->detail);
			while (k > 0 && (err->detail[k - 1] == '\n' ||
			    err->detail[k - 1] == ' '))
				err->detail[--k] = '\0';
		}
	} else {
		rc = 0;
	}
done:
	if (c != NULL)
		xmlFreeParserCtxt(c);
	zip_fclose(zf);
	free(buf);
	return rc;
}

/* ---- styles ---- */

struct style {
	char *id;
	char *based;
	int own;		/* level from its own w:outlineLvl, or -1 */
	int named;		/* level from its name, or 0 */
	int level;		/* resolved through w:basedOn */
};

struct styles {
	struct style *s;
	size_t n, cap;
	int dflt;		/* level of the default paragraph style */
	/* while reading */
	int root;		/* the root is w:styles */
	int cur;		/* 1 inside a paragraph w:style */
	int ppr;		/* inside its w:pPr */
	char *dflt_id;		/* borrowed from s[] */
};

static void
styles_start(struct part *p, const xmlChar *name, const xmlChar *uri,
    int nattr, const xmlChar **attrs)
{
	struct styles *ss = p->user;
	struct style *s;
	char v[ATTR_MAX], *id;
	const char *t;

	if (p->depth == 1) {
		ss->root = is_w(name, uri, "styles");
	} else if (p->depth == 2 && ss->root && is_w(name, uri, "style")) {
		t = attr_buf(attrs, nattr, "type", v);
		if (t == NULL || strcmp(t, "paragraph") != 0 ||
		    (id = attr_dup(attrs, nattr, "styleId")) == NULL)
			return;
		pc_grow(&ss->s, &ss->cap, ss->n + 1, sizeof(*ss->s));
		s = &ss->s[ss->n++];
		memset(s, 0, sizeof(*s));
		s->id = id;
		s->own = -1;
		ss->cur = 1;
		t = attr_buf(attrs, nattr, "default", v);
		if (t != NULL && ss->dflt_id == NULL && (strcmp(t, "1") == 0 ||
		    strcmp(t, "true") == 0 || strcmp(t, "on") == 0))
			ss->dflt_id = id;
	} else if (p->depth == 3 && ss->cur && is_wns(uri)) {
		s = &ss->s[ss->n - 1];
		if (xmlStrcmp(name, BAD_CAST "name") == 0) {
			id = attr_dup(attrs, nattr, "val");
			s->named = name_level(id);
			free(id);
		} else if (xmlStrcmp(name, BAD_CAST "basedOn") == 0 &&
		    s->based == NULL) {
			s->based = attr_dup(attrs, nattr, "val");
		} else if (xmlStrcmp(name, BAD_CAST "pPr") == 0) {
			ss->ppr = 1;
		}
	} else if (p->depth == 4 && ss->ppr && is_w(name, uri, "outlineLvl")) {
		ss->s[ss->n - 1].own = outline_level(attr_buf(attrs, nattr,
		    "val", v));
	}
}

static void
styles_end(struct part *p)
{
	struct styles *ss = p->user;

	if (p->depth == 2)
		ss->cur = 0;
	else if (p->depth == 3)
		ss->ppr = 0;
}

static int
style_cmp(const void *a, const void *b)
{
	return strcmp(((const struct style *)a)->id,
	    ((const struct style *)b)->id);
}

static int
style_key_cmp(const void *key, const void *s)
{
	return strcmp(key, ((const struct style *)s)->id);
}

static const struct style *
style_find(const struct styles *ss, const char *id)
{
	if (id == NULL || ss->n == 0)
		return NULL;
	return bsearch(id, ss->s, ss->n, sizeof(*ss->s), style_key_cmp);
}

/* Sort by id and resolve each style's level once: its own outline level,
 * else its name, else what it is based on. */
static void
styles_resolve(struct styles *ss)
{
	const struct style *t;

	if (ss->n == 0)
		return;
	pc_qsort(ss->s, ss->n, sizeof(*ss->s), style_cmp);
	for (size_t i = 0; i < ss->n; i++) {
		int level = 0;

		t = &ss->s[i];
		for (int step = 0; t != NULL && step <= MAX_BASED_ON; step++) {
			if (t->own >= 0) {
				level = t->own;
				break;
			}
			if (t->named > 0) {
				level = t->named;
				break;
			}
			t = style_find(ss, t->based);
		}
		ss->s[i].level = level;
	}
	t = style_find(ss, ss->dflt_id);
	ss->dflt = t != NULL ? t->level : 0;
}

static void
styles_free(struct styles *ss)
{
	for (size_t i = 0; i < ss->n; i++) {
		free(ss->s[i].id);
		free(ss->s[i].based);
	}
	free(ss->s);
	memset(ss, 0, sizeof(*ss));
}

/* ---- the document ---- */

enum kind {
	K_DESCEND,	/* containers: runs, hyperlinks, tables, insertions … */
	K_SKIP,		/* deletions, field codes, text boxes, properties */
	K_PPR,		/* paragraph properties: skipped, but read */
	K_P,
	K_T,
	K_TAB,
	K_BR,
	K_LF,
	K_HYPHEN
};

static const struct {
	const char *name;
	enum kind kind;
} w_kinds[] = {
	{ "r",			K_DESCEND },
	{ "t",			K_T },
	{ "rPr",		K_SKIP },
	{ "pPr",		K_PPR },
	{ "p",			K_P },
	{ "tab",		K_TAB },
	{ "ptab",		K_TAB },
	{ "br",			K_BR },
	{ "cr",			K_LF },
	{ "noBreakHyphen",	K_HYPHEN },
	{ "del",		K_SKIP },
	{ "moveFrom",		K_SKIP },
	{ "delText",		K_SKIP },
	{ "instrText",		K_SKIP },
	{ "delInstrText",	K_SKIP },
	{ "sectPr",		K_SKIP },
	{ "tblPr",		K_SKIP },
	{ "tblGrid",		K_SKIP },
	{ "trPr",		K_SKIP },
	{ "tcPr",		K_SKIP },
	{ "sdtPr",		K_SKIP },
	{ "sdtEndPr",		K_SKIP },
	{ "txbxContent",	K_SKIP },	/* not in the body's flow */
	{ "rt",			K_SKIP },	/* ruby guide text */
	{ "fldData",		K_SKIP },
};

static enum kind
classify(const xmlChar *name, const xmlChar *uri)
{
	if (is_wns(uri)) {
		for (size_t i = 0; i < sizeof(w_kinds) / sizeof(w_kinds[0]);
		    i++)
			if (xmlStrcmp(name, BAD_CAST w_kinds[i].name) == 0)
				return w_kinds[i].kind;
		return K_DESCEND;
	}
	/* Markup compatibility: we understand none of the extensions a
	 * mc:Choice requires, so read the mc:Fallback, as the spec says. */
	if (uri != NULL && xmlStrcmp(uri, BAD_CAST MC_NS) == 0 &&
	    xmlStrcmp(name, BAD_CAST "Choice") == 0)
		return K_SKIP;
	return K_DESCEND;
}

struct docx {
	/* The text, its anchors (one per w:p) and paragraphs. */
	UChar *t;
	size_t len, cap;
	pc_anchor *a;
	size_t na, capa;
	pc_para *p;
	size_t np, capp;
	const struct styles *ss;
	/* The paragraph being built, which spans several w:p when the marks
	 * between them are deleted (tracked changes, accepted). */
	int open;
	size_t start;
	int level;
	int join;		/* a w:p at this depth joins it; 0: none */
	/* Where the parse is: depths of open elements, 0 if none. */
	int root;		/* the root is w:document */
	int body;
	int body_seen;
	int skip;		/* > 0 inside a skipped subtree: its depth */
	int para;
	int wt;
	int ppr, rpr;		/* the open w:p's pPr and pPr/rPr */
	/* The open w:p's properties. */
	char *pstyle;
	int outline;
	int deleted;
};

static void
put(struct docx *d, UChar c)
{
	if (d->len + 1 >= d->cap)
		pc_grow(&d->t, &d->cap, d->len + 2, sizeof(*d->t));
	d->t[d->len++] = c;
}

/* UTF-8 from libxml2 (valid, but checked all the same) to UTF-16. A CR
 * from a character reference becomes LF, as in every source. */
static void
put_utf8(struct docx *d, const xmlChar *s, int n)
{
	int32_t i = 0;
	UChar32 c;

	while (i < n) {
		U8_NEXT(s, i, n, c);
		if (c < 0)
			c = 0xFFFD;
		else if (c == '\r')
			c = '\n';
		if (c <= 0xFFFF) {
			put(d, (UChar)c);
		} else {
			put(d, U16_LEAD(c));
			put(d, U16_TRAIL(c));
		}
	}
}

static int
blank(const UChar *t, size_t start, size_t end)
{
	for (; start < end; start++)
		if (!u_isUWhiteSpace(t[start]) && t[start] != 0xFEFF)
			return 0;
	return 1;
}

static void
para_close(struct docx *d)
{
	d->join = 0;
	if (!d->open)
		return;
	d->open = 0;
	if (blank(d->t, d->start, d->len))
		return;
	pc_grow(&d->p, &d->capp, d->np + 1, sizeof(*d->p));
	d->p[d->np].start = (int32_t)d->start;
	d->p[d->np].end = (int32_t)d->len;
	d->p[d->np].style_level = d->level;
	d->np++;
}

static void
para_begin(struct docx *d, int depth)
{
	if (d->open && d->join != depth)
		para_close(d);
	if (!d->open && d->na > 0)
		put(d, '\n');
	pc_grow(&d->a, &d->capa, d->na + 1, sizeof(*d->a));
	d->a[d->na].off = (int32_t)d->len;
	d->a[d->na].line = (int32_t)(d->na + 1);
	d->na++;
	if (!d->open) {
		d->open = 1;
		d->start = d->len;
	}
	d->join = 0;
	d->para = depth;
	free(d->pstyle);
	d->pstyle = NULL;
	d->outline = -1;
	d->deleted = 0;
}

/* A deleted paragraph mark joins the paragraph with the next w:p of the
 * same parent; the joined paragraph keeps the properties of the mark
 * that survives, the last. */
static void
para_end(struct docx *d)
{
	const struct style *s;

	if (d->outline >= 0)
		d->level = d->outline;
	else if ((s = style_find(d->ss, d->pstyle)) != NULL)
		d->level = s->level;
	else
		d->level = d->ss->dflt;
	if (d->deleted)
		d->join = d->para;
	else
		para_close(d);
	d->para = 0;
}

static void
docx_start(struct part *pt, const xmlChar *name, const xmlChar *uri,
    int nattr, const xmlChar **attrs)
{
	struct docx *d = pt->user;
	int depth = pt->depth;
	char v[ATTR_MAX];
	const char *t;

	if (depth == 1) {
		d->root = is_w(name, uri, "document");
		return;
	}
	if (d->body == 0) {
		if (depth == 2 && d->root && !d->body_seen &&
		    is_w(name, uri, "body"))
			d->body = d->body_seen = depth;
		return;
	}
	if (d->skip > 0) {
		d->skip++;
		if (d->ppr == 0 || !is_wns(uri))
			return;
		if (depth == d->ppr + 1) {
			if (xmlStrcmp(name, BAD_CAST "pStyle") == 0) {
				free(d->pstyle);
				d->pstyle = attr_dup(attrs, nattr, "val");
			} else if (xmlStrcmp(name, BAD_CAST "outlineLvl") == 0) {
				d->outline = outline_level(attr_buf(attrs,
				    nattr, "val", v));
			} else if (xmlStrcmp(name, BAD_CAST "rPr") == 0) {
				d->rpr = depth;
			}
		} else if (d->rpr != 0 && depth == d->rpr + 1 &&
		    (xmlStrcmp(name, BAD_CAST "del") == 0 ||
		    xmlStrcmp(name, BAD_CAST "moveFrom") == 0)) {
			d->deleted = 1;
		}
		return;
	}
	switch (classify(name, uri)) {
	case K_P:
		/* A w:p inside a w:p (invalid) is only a container. */
		if (d->para == 0)
			para_begin(d, depth);
		break;
	case K_PPR:
		d->skip = 1;
		if (d->para != 0 && depth == d->para + 1)
			d->ppr = depth;
		break;
	case K_SKIP:
		d->skip = 1;
		break;
	case K_T:
		if (d->para != 0 && d->wt == 0)
			d->wt = depth;
		break;
	case K_TAB:
		if (d->para != 0)
			put(d, '\t');
		break;
	case K_BR:
		/* Page and column breaks lay out; a line break is text. */
		t = attr_buf(attrs, nattr, "type", v);
		if (d->para != 0 && (t == NULL ||
		    strcmp(t, "textWrapping") == 0))
			put(d, '\n');
		break;
	case K_LF:
		if (d->para != 0)
			put(d, '\n');
		break;
	case K_HYPHEN:
		if (d->para != 0)
			put(d, '-');
		break;
	case K_DESCEND:
		break;
	}
}

static void
docx_end(struct part *pt)
{
	struct docx *d = pt->user;
	int depth = pt->depth;

	if (d->body == 0)
		return;
	if (d->skip > 0) {
		if (depth == d->rpr)
			d->rpr = 0;
		if (--d->skip == 0)
			d->ppr = 0;
		return;
	}
	if (depth == d->wt)
		d->wt = 0;
	if (depth == d->para)
		para_end(d);
	/* A pending join ends with the parent of the w:p that asked. */
	if (d->join != 0 && depth == d->join - 1)
		para_close(d);
	if (depth == d->body) {
		para_close(d);
		d->body = 0;
	}
}

static void
docx_text(struct part *pt, const xmlChar *s, int n)
{
	struct docx *d = pt->user;

	if (d->body != 0 && d->skip == 0 && d->wt != 0 && d->para != 0)
		put_utf8(d, s, n);
}

static void
docx_free(struct docx *d)
{
	free(d->t);
	free(d->a);
	free(d->p);
	free(d->pstyle);
}

/* ---- the reader ---- */

static void
part_init(struct part *p, const char *name, const pc_limits *lim,
    part_start_fn start, part_end_fn end, part_text_fn text, void *user)
{
	memset(p, 0, sizeof(*p));
	p->name = name;
	p->max_depth = lim->max_depth > 0 ? lim->max_depth :
	    PC_MAX_DEPTH_DEFAULT;
	p->start = start;
	p->end = end;
	p->text = text;
	p->user = user;
}

int
pc_docx_read(const char *path, const unsigned char *bytes, size_t n,
    const pc_limits *lim, pc_source *src, pc_doc *doc, pc_src_error *err)
{
	zip_error_t ze;
	zip_source_t *zs;
	zip_t *za;
	zip_int64_t di, si;
	struct styles ss;
	struct docx d;
	struct part pt;
	size_t limit = lim->max_part;
	char msg[128];
	int rc = -1;

	memset(src, 0, sizeof(*src));
	memset(doc, 0, sizeof(*doc));
	memset(&ss, 0, sizeof(ss));
	memset(&d, 0, sizeof(d));
	xmlInitParser();
	zip_error_init(&ze);
	/* Not ZIP_CHECKCONS: it rejects archives whose local and central
	 * headers differ in harmless ways (times, data descriptors), and
	 * safety does not rest on it: sizes are counted while inflating and
	 * CRCs checked at the end of each part. */
	if ((zs = zip_source_buffer_create(bytes, n, 0, &ze)) == NULL ||
	    (za = zip_open_from_source(zs, ZIP_RDONLY, &ze)) == NULL) {
		pc_src_error_detail(err, PC_SRC_BAD_CONTAINER, 0, "%s",
		    zip_detail(&ze, msg, sizeof(msg)));
		if (zs != NULL)
			zip_source_free(zs);
		zip_error_fini(&ze);
		return -1;
	}
	zip_error_fini(&ze);
	/* libxml2 counts in int. OPC part names are case-insensitive. */
	if (limit > (size_t)INT_MAX)
		limit = (size_t)INT_MAX;
	if ((di = zip_name_locate(za, PART_DOCUMENT, ZIP_FL_NOCASE)) < 0) {
		pc_src_error_detail(err, PC_SRC_BAD_CONTAINER, 0, "no %s", PART_DOCUMENT);
		goto done;
	}
	/* Styles first: a paragraph's level is known when it ends. */
	if ((si = zip_name_locate(za, PART_STYLES, ZIP_FL_NOCASE)) >= 0) {
		part_init(&pt, PART_STYLES, lim, styles_start, styles_end,
		    NULL, &ss);
		if (stream_part(za, si, limit, &pt, err) != 0)
			goto done;
	}
	styles_resolve(&ss);
	d.ss = &ss;
	part_init(&pt, PART_DOCUMENT, lim, docx_start, docx_end, docx_text,
	    &d);
	if (stream_part(za, di, limit, &pt, err) != 0)
		goto done;
	if (!d.body_seen) {
		pc_src_error_detail(err, PC_SRC_BAD_MARKUP, 1, "%s: no w:document/w:body",
		    PART_DOCUMENT);
		goto done;
	}
	/* Every unit of text comes from at least one byte of a part of at
	 * most INT_MAX bytes, so this cannot happen; but it must not wrap. */
	if (d.len >= INT32_MAX || d.na >= INT32_MAX) {
		pc_src_error_detail(err, PC_SRC_PART_TOO_LARGE, (int64_t)limit, "%s",
		    PART_DOCUMENT);
		goto done;
	}
	put(&d, 0);
	d.len--;
	pc_source_adopt(src, path, "DOCX", d.t, (int32_t)d.len, d.a,
	    (int32_t)d.na);
	pc_doc_adopt(doc, src, d.p, (int32_t)d.np);
	d.t = NULL;
	d.a = NULL;
	d.p = NULL;
	rc = 0;
done:
	docx_free(&d);
	styles_free(&ss);
	zip_discard(za);
	return rc;
}
