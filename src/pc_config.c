/* Configuration files: parse a .plancheck.conf into its root section and
 * its "[glob]" sections, find the file that applies to a checked file, and
 * merge the sections that match that file into one pc_settings.
 *
 * Paths: globs are matched against the checked file's path relative to the
 * configuration file's directory, both made absolute with realpath(3)
 * where they exist (so "./x", "../d/x" and symlinked directories agree); a
 * glob without "/" also matches the file's name alone (so "[*.md]" applies
 * in subdirectories, and in a user-wide configuration); a glob starting
 * with "/" matches the absolute path. Standard input matches no section.
 *
 * Numbers are parsed and printed by hand: strtod and printf("%g") follow
 * LC_NUMERIC, and the locale must never change how a file is read. */
/* realpath(3): glibc declares it only for X/Open (it is XSI before
 * POSIX.1-2008). */
#define _XOPEN_SOURCE 700

#include "pc_config.h"

#include <errno.h>
#include <fnmatch.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

#include "pc_alloc.h"
#include "pc_finding.h"
#include "pc_opts.h"
#include "pc_rule.h"
#include "pc_source.h"

#define CONF_NAME ".plancheck.conf"

typedef struct section {
	char *glob;             /* NULL: the root section */
	pc_settings set;
} section;

struct pc_config {
	char *path;
	char *dir;              /* directory of path, as given */
	char *absdir;           /* the same, absolute, symlinks resolved */
	section *sec;           /* sec[0] is the root section */
	int32_t nsec;
	size_t cap;
};

typedef struct parser {
	pc_config *c;
	int line;
	pc_config_report report;
	void *ctx;
} parser;

enum key {
	K_PLANS,
	K_SELF,
	K_DICTS,
	K_PERIOD,
	K_FAIL_ON,
	K_MIN_COVERAGE,
	K_ENCODING,
	K_INPUT_FORMAT,
	K_NKEYS
};

/* Key names and what their values must look like, for messages. */
static const struct key_info {
	const char *name;
	const char *want[PC_NLANG];
} keys[K_NKEYS] = {
	{ "plans", { "plan ids separated by commas",
	    "以逗号分隔的规划标识" } },
	{ "self", { "one plan id", "一个规划标识" } },
	{ "dicts", { "a directory", "一个目录" } },
	{ "period", { "START-END, e.g. 2026-2030",
	    "“起始年-结束年”，如 2026-2030" } },
	{ "fail-on", { "error, warning, note or never",
	    "error、warning、note 或 never" } },
	{ "min-coverage", { "a percentage 0-100", "0-100 的百分数" } },
	{ "encoding", { "utf-8, utf-16, utf-16le, utf-16be, gb18030, gbk, "
	    "gb2312 or big5", "utf-8、utf-16、utf-16le、utf-16be、gb18030、"
	    "gbk、gb2312 或 big5" } },
	{ "input-format", { "auto, text, docx or html",
	    "auto、text、docx 或 html" } },
};

static const char *const rule_want[PC_NLANG] = {
	"error, warning, note or off", "error、warning、note 或 off"
};

static int
is_blank(char ch)
{
	return ch == ' ' || ch == '\t';
}

static char *
trim(char *s)
{
	char *e;

	while (is_blank(*s))
		s++;
	e = s + strlen(s);
	while (e > s && is_blank(e[-1]))
		e--;
	*e = '\0';
	return s;
}

/* Nothing but blanks and perhaps a comment from s on. */
static int
rest_is_empty(const char *s)
{
	while (is_blank(*s))
		s++;
	return *s == '\0' || *s == '#' || *s == ';';
}

static void
problem(parser *p, char *en, char *zh)
{
	if (p->report != NULL)
		p->report(p->c->path, p->line, en, zh, p->ctx);
	free(en);
	free(zh);
}

static void
bad_value(parser *p, const char *key, const char *value,
    const char *const want[PC_NLANG])
{
	problem(p, pc_xasprintf("invalid value \"%s\" for %s: expected %s",
	    value, key, want[PC_LANG_EN]),
	    pc_xasprintf("%s 的值“%s”无效：应为%s", key, value,
	    want[PC_LANG_ZH]));
}

static void
settings_init(pc_settings *s)
{
	memset(s, 0, sizeof(*s));
	s->fail_on = PC_SET_UNSET;
	s->min_coverage = -1;
}

static void
set_string(char **dst, const char *v)
{
	free(*dst);
	*dst = pc_xstrdup(v);
}

/* One entry per rule: a rule set again keeps its place, takes the new
 * level. */
static void
set_rule(pc_settings *s, const char *id, int sev)
{
	for (int32_t i = 0; i < s->nrules; i++)
		if (strcmp(s->rules[i].rule, id) == 0) {
			s->rules[i].sev = sev;
			return;
		}
	s->rules = pc_xreallocarray(s->rules, (size_t)s->nrules + 1,
	    sizeof(*s->rules));
	s->rules[s->nrules].rule = pc_xstrdup(id);
	s->rules[s->nrules].sev = sev;
	s->nrules++;
}

static void
merge(pc_settings *dst, const pc_settings *src)
{
	if (src->plans != NULL)
		set_string(&dst->plans, src->plans);
	if (src->self != NULL)
		set_string(&dst->self, src->self);
	if (src->dicts != NULL)
		set_string(&dst->dicts, src->dicts);
	if (src->period_start != 0) {
		dst->period_start = src->period_start;
		dst->period_end = src->period_end;
	}
	if (src->fail_on != PC_SET_UNSET)
		dst->fail_on = src->fail_on;
	if (src->min_coverage >= 0)
		dst->min_coverage = src->min_coverage;
	if (src->encoding != NULL)
		set_string(&dst->encoding, src->encoding);
	if (src->input_format != NULL)
		set_string(&dst->input_format, src->input_format);
	for (int32_t i = 0; i < src->nrules; i++)
		set_rule(dst, src->rules[i].rule, src->rules[i].sev);
}

/* Unsigned decimal of at most maxdig digits at *sp; -1 if none. */
static long
parse_digits(const char **sp, int maxdig)
{
	const char *s = *sp;
	long v = 0;
	int n = 0;

	while (*s >= '0' && *s <= '9' && n < maxdig) {
		v = v * 10 + (*s++ - '0');
		n++;
	}
	if (n == 0 || (*s >= '0' && *s <= '9'))
		return -1;
	*sp = s;
	return v;
}

static int
parse_period(const char *v, int *start, int *end)
{
	long a, b;

	if ((a = parse_digits(&v, 4)) < 0 || (*v != '-' && *v != ':'))
		return -1;
	v++;
	if ((b = parse_digits(&v, 4)) < 0 || *v != '\0' || a < 1949 ||
	    b < a || b > 2200)
		return -1;
	*start = (int)a;
	*end = (int)b;
	return 0;
}

/* "80", "62.5", "80%": 0 to 100. */
static int
parse_percent(const char *v, double *out)
{
	long ip, frac = 0, scale = 1;

	if ((ip = parse_digits(&v, 3)) < 0)
		return -1;
	if (*v == '.') {
		v++;
		while (*v >= '0' && *v <= '9' && scale < 1000000) {
			frac = frac * 10 + (*v++ - '0');
			scale *= 10;
		}
		if (scale == 1 || (*v >= '0' && *v <= '9'))
			return -1;
	}
	if (*v == '%')
		v++;
	if (*v != '\0')
		return -1;
	if ((double)ip + (double)frac / (double)scale > 100)
		return -1;
	*out = (double)ip + (double)frac / (double)scale;
	return 0;
}

/* Plan ids separated by commas and/or blanks, rewritten "a,b,c"; NULL if
 * there is none. */
static char *
normalise_plans(const char *v)
{
	char *out = pc_xmalloc(strlen(v) + 1), *o = out;

	while (*v != '\0') {
		size_t n;

		while (*v == ',' || is_blank(*v))
			v++;
		for (n = 0; v[n] != '\0' && v[n] != ',' && !is_blank(v[n]); n++)
			continue;
		if (n == 0)
			break;
		if (o > out)
			*o++ = ',';
		memcpy(o, v, n);
		o += n;
		v += n;
	}
	*o = '\0';
	if (o == out) {
		free(out);
		return NULL;
	}
	return out;
}

static char *
resolve_dicts(const pc_config *c, const char *v)
{
	size_t n = strlen(c->dir);

	if (v[0] == '/' || strcmp(c->dir, ".") == 0)
		return pc_xstrdup(v);
	return pc_xasprintf("%s%s%s", c->dir,
	    n > 0 && c->dir[n - 1] == '/' ? "" : "/", v);
}

static void
set_key(parser *p, pc_settings *s, int in_section, const char *key,
    const char *v)
{
	int k, sev;
	char *str;

	if (strncmp(key, "rule.", 5) == 0) {
		if (pc_rule_find(key + 5) == NULL) {
			problem(p, pc_xasprintf("unknown rule \"%s\"", key + 5),
			    pc_xasprintf("未知规则“%s”", key + 5));
			return;
		}
		if (strcmp(v, "off") == 0)
			sev = PC_RULE_OFF;
		else if ((sev = pc_severity_parse(v)) < 0) {
			bad_value(p, key, v, rule_want);
			return;
		}
		set_rule(s, key + 5, sev);
		return;
	}
	for (k = 0; k < K_NKEYS; k++)
		if (strcmp(key, keys[k].name) == 0)
			break;
	if (k == K_NKEYS) {
		problem(p, pc_xasprintf("unknown key \"%s\"", key),
		    pc_xasprintf("未知配置项“%s”", key));
		return;
	}
	if (k == K_DICTS && in_section) {
		problem(p, pc_xstrdup("dicts can only be set before the first "
		    "section"), pc_xstrdup("dicts 只能在第一个节之前设置"));
		return;
	}
	switch ((enum key)k) {
	case K_PLANS:
		if ((str = normalise_plans(v)) == NULL)
			break;
		free(s->plans);
		s->plans = str;
		return;
	case K_SELF:
		if (*v == '\0' || strpbrk(v, ", \t") != NULL)
			break;
		set_string(&s->self, v);
		return;
	case K_DICTS:
		if (*v == '\0')
			break;
		free(s->dicts);
		s->dicts = resolve_dicts(p->c, v);
		return;
	case K_PERIOD:
		if (parse_period(v, &s->period_start, &s->period_end) != 0)
			break;
		return;
	case K_FAIL_ON:
		if (strcmp(v, "never") == 0)
			s->fail_on = PC_FAIL_NEVER;
		else if ((sev = pc_severity_parse(v)) >= 0)
			s->fail_on = sev;
		else
			break;
		return;
	case K_MIN_COVERAGE:
		if (parse_percent(v, &s->min_coverage) != 0)
			break;
		return;
	case K_ENCODING:
		if (pc_source_encoding_name(v) == NULL)
			break;
		set_string(&s->encoding, v);
		return;
	case K_INPUT_FORMAT:
		if (strcmp(v, "auto") != 0 && strcmp(v, "text") != 0 &&
		    strcmp(v, "docx") != 0 && strcmp(v, "html") != 0)
			break;
		set_string(&s->input_format, v);
		return;
	case K_NKEYS:
		break;
	}
	bad_value(p, key, v, keys[k].want);
}

/* The value after "=": blanks and a trailing comment removed, quotes
 * taken off (the closing quote is the first one followed by nothing but
 * blanks or a comment, so a quoted value may hold '"', '#' and ';').
 * NULL for an unterminated quote. */
static char *
parse_value(char *s)
{
	char *q;

	while (is_blank(*s))
		s++;
	if (*s == '"') {
		for (q = s + 1; (q = strchr(q, '"')) != NULL; q++)
			if (rest_is_empty(q + 1)) {
				*q = '\0';
				return s + 1;
			}
		return NULL;
	}
	for (q = s; *q != '\0'; q++)
		if ((*q == '#' || *q == ';') && (q == s || is_blank(q[-1]))) {
			*q = '\0';
			break;
		}
	return trim(s);
}

static void
add_section(pc_config *c, const char *glob)
{
	section *sc;

	pc_grow(&c->sec, &c->cap, (size_t)c->nsec + 1, sizeof(*c->sec));
	sc = &c->sec[c->nsec++];
	sc->glob = glob != NULL ? pc_xstrdup(glob) : NULL;
	settings_init(&sc->set);
}

static void
parse_section(parser *p, char *s)
{
	char *q, *glob;

	for (q = s + 1; (q = strchr(q, ']')) != NULL; q++)
		if (rest_is_empty(q + 1))
			break;
	if (q == NULL) {
		if (strchr(s, ']') == NULL)
			problem(p, pc_xstrdup("section header without "
			    "closing \"]\""), pc_xstrdup("节标题缺少“]”"));
		else
			problem(p, pc_xstrdup("unexpected text after \"]\" "
			    "in section header"),
			    pc_xstrdup("节标题的“]”之后有多余内容"));
		return;
	}
	*q = '\0';
	glob = trim(s + 1);
	while (glob[0] == '.' && glob[1] == '/')
		glob += 2;
	if (*glob == '\0') {
		problem(p, pc_xstrdup("empty section header"),
		    pc_xstrdup("节标题为空"));
		return;
	}
	add_section(p->c, glob);
}

static void
parse_line(parser *p, char *s)
{
	char *eq, *key, *v;

	s = trim(s);
	if (*s == '\0' || *s == '#' || *s == ';')
		return;
	if (*s == '[') {
		parse_section(p, s);
		return;
	}
	if ((eq = strchr(s, '=')) == NULL || eq == s) {
		problem(p, pc_xstrdup("cannot parse the line: expected \"key "
		    "= value\", \"[glob]\" or a comment"),
		    pc_xstrdup("无法解析此行：应为“键 = 值”“[通配符]”或注释"));
		return;
	}
	*eq = '\0';
	key = trim(s);
	if ((v = parse_value(eq + 1)) == NULL) {
		problem(p, pc_xasprintf("unterminated quoted value for %s",
		    key), pc_xasprintf("%s 的值缺少后引号", key));
		return;
	}
	set_key(p, &p->c->sec[p->c->nsec - 1].set, p->c->nsec > 1, key, v);
}

/* The directory part of path: "." if it has none. */
static char *
dir_of(const char *path)
{
	const char *sl = strrchr(path, '/');

	if (sl == NULL)
		return pc_xstrdup(".");
	if (sl == path)
		return pc_xstrdup("/");
	return pc_xstrndup(path, (size_t)(sl - path));
}

/* "." and ".." and repeated "/" of an absolute path removed in place;
 * ".." never climbs above "/". */
static void
normalise_abs(char *path)
{
	char *r = path, *w = path;

	while (*r != '\0') {
		size_t n;

		while (*r == '/')
			r++;
		for (n = 0; r[n] != '\0' && r[n] != '/'; n++)
			continue;
		if (n == 0 || (n == 1 && r[0] == '.')) {
			r += n;
			continue;
		}
		if (n == 2 && r[0] == '.' && r[1] == '.') {
			while (w > path && *--w != '/')
				continue;
			r += n;
			continue;
		}
		*w++ = '/';
		memmove(w, r, n);
		w += n;
		r += n;
	}
	if (w == path)
		*w++ = '/';
	*w = '\0';
}

/* Absolute form of path: realpath(3) of it, or of its directory for a file
 * that does not exist, or else worked out from the cwd by hand. NULL only
 * if the cwd is unknown. */
static char *
abs_path(const char *path)
{
	char buf[PATH_MAX], *dir, *r;
	const char *base;

	if (realpath(path, buf) != NULL)
		return pc_xstrdup(buf);
	base = strrchr(path, '/');
	base = base != NULL ? base + 1 : path;
	dir = dir_of(path);
	if (*base != '\0' && strcmp(base, ".") != 0 &&
	    strcmp(base, "..") != 0 && realpath(dir, buf) != NULL) {
		free(dir);
		return pc_xasprintf("%s/%s", strcmp(buf, "/") == 0 ? "" : buf,
		    base);
	}
	free(dir);
	if (path[0] == '/')
		r = pc_xstrdup(path);
	else if (getcwd(buf, sizeof(buf)) != NULL)
		r = pc_xasprintf("%s/%s", buf, path);
	else
		return NULL;
	normalise_abs(r);
	return r;
}

static void
cannot_read(const char *path, int err, pc_config_report report, void *ctx)
{
	char *en, *zh;

	if (report == NULL)
		return;
	en = pc_xasprintf("cannot read the configuration file: %s",
	    strerror(err));
	zh = pc_xasprintf("无法读取配置文件：%s", strerror(err));
	report(path, 0, en, zh, ctx);
	free(en);
	free(zh);
}

pc_config *
pc_config_load(const char *path, pc_config_report report, void *ctx)
{
	FILE *fp;
	pc_config *c;
	parser p;
	char *line = NULL;
	size_t cap = 0;
	ssize_t n;
	int err;

	if ((fp = fopen(path, "rb")) == NULL) {
		cannot_read(path, errno, report, ctx);
		return NULL;
	}
	c = pc_xcalloc(1, sizeof(*c));
	c->path = pc_xstrdup(path);
	c->dir = dir_of(path);
	c->absdir = abs_path(c->dir);
	if (c->absdir == NULL)
		c->absdir = pc_xstrdup(c->dir);
	add_section(c, NULL);
	p.c = c;
	p.line = 0;
	p.report = report;
	p.ctx = ctx;
	while ((n = getline(&line, &cap, fp)) > 0) {
		char *s = line;

		p.line++;
		if (n > 0 && line[n - 1] == '\n')
			line[--n] = '\0';
		if (n > 0 && line[n - 1] == '\r')
			line[--n] = '\0';
		if (p.line == 1 && strncmp(s, "\xEF\xBB\xBF", 3) == 0)
			s += 3;
		if (strlen(line) != (size_t)n) {
			problem(&p, pc_xstrdup("the line contains a NUL byte"),
			    pc_xstrdup("此行含有 NUL 字节"));
			continue;
		}
		parse_line(&p, s);
	}
	err = errno;
	free(line);
	if (ferror(fp)) {
		cannot_read(path, err, report, ctx);
		fclose(fp);
		pc_config_free(c);
		return NULL;
	}
	fclose(fp);
	return c;
}

static int
is_file(const char *path)
{
	struct stat st;

	return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

static char *
user_config(void)
{
	const char *xdg = getenv("XDG_CONFIG_HOME");
	const char *home = getenv("HOME");
	char *p;

	/* The XDG base directory rules ignore a relative XDG_CONFIG_HOME. */
	if (xdg != NULL && xdg[0] == '/')
		p = pc_xasprintf("%s/plancheck/config", xdg);
	else if (home != NULL && home[0] != '\0')
		p = pc_xasprintf("%s/.config/plancheck/config", home);
	else
		return NULL;
	if (is_file(p))
		return p;
	free(p);
	return NULL;
}

char *
pc_config_find(const char *checked_path)
{
	char buf[PATH_MAX], *dir = NULL, *cand;
	struct stat st;

	if (strcmp(checked_path, "-") == 0) {
		if (getcwd(buf, sizeof(buf)) != NULL)
			dir = pc_xstrdup(buf);
	} else if ((cand = abs_path(checked_path)) != NULL) {
		if (stat(cand, &st) == 0 && S_ISDIR(st.st_mode))
			dir = cand;
		else {
			dir = dir_of(cand);
			free(cand);
		}
	}
	while (dir != NULL) {
		char *sl;

		cand = pc_xasprintf("%s/%s", strcmp(dir, "/") == 0 ? "" : dir,
		    CONF_NAME);
		if (is_file(cand)) {
			free(dir);
			return cand;
		}
		free(cand);
		if (strcmp(dir, "/") == 0 || (sl = strrchr(dir, '/')) == NULL)
			break;
		if (sl == dir)
			sl++;
		*sl = '\0';
	}
	free(dir);
	return user_config();
}

/* abs relative to dir ("" for dir itself), or NULL if it lies outside. */
static const char *
relative_to(const char *abs, const char *dir)
{
	size_t n = strlen(dir);

	if (strcmp(dir, "/") == 0)
		return abs + 1;
	if (strncmp(abs, dir, n) == 0 && abs[n] == '/')
		return abs + n + 1;
	return NULL;
}

static int
glob_matches(const char *glob, const char *abs, const char *rel)
{
	const char *base;

	if (glob[0] == '/')
		return fnmatch(glob, abs, 0) == 0;
	if (rel != NULL && fnmatch(glob, rel, 0) == 0)
		return 1;
	if (strchr(glob, '/') != NULL)
		return 0;
	base = strrchr(abs, '/');
	return fnmatch(glob, base != NULL ? base + 1 : abs, 0) == 0;
}

void
pc_config_resolve(const pc_config *c, const char *checked_path,
    pc_settings *out)
{
	char *abs = NULL;
	const char *rel = NULL;

	settings_init(out);
	if (c == NULL)
		return;
	if (strcmp(checked_path, "-") != 0 &&
	    (abs = abs_path(checked_path)) != NULL)
		rel = relative_to(abs, c->absdir);
	for (int32_t i = 0; i < c->nsec; i++) {
		const section *sc = &c->sec[i];

		if (sc->glob == NULL ||
		    (abs != NULL && glob_matches(sc->glob, abs, rel)))
			merge(out, &sc->set);
	}
	free(abs);
}

const char *
pc_config_path(const pc_config *c)
{
	return c->path;
}

static void
print_value(FILE *fp, const char *key, const char *v)
{
	size_t n = strlen(v);
	int quote = n == 0 || is_blank(v[0]) || is_blank(v[n - 1]) ||
	    v[0] == '"' || strpbrk(v, "#;") != NULL;

	fprintf(fp, quote ? "%s = \"%s\"\n" : "%s = %s\n", key, v);
}

static const char *
level_name(int sev)
{
	if (sev == PC_RULE_OFF)
		return "off";
	if (sev >= PC_SEV_NOTE && sev <= PC_SEV_ERROR)
		return pc_severity_name((pc_severity)sev);
	return "default";
}

void
pc_settings_print(FILE *fp, const pc_settings *s)
{
	if (s->plans != NULL)
		print_value(fp, "plans", s->plans);
	if (s->self != NULL)
		print_value(fp, "self", s->self);
	if (s->dicts != NULL)
		print_value(fp, "dicts", s->dicts);
	if (s->period_start != 0)
		fprintf(fp, "period = %d-%d\n", s->period_start,
		    s->period_end);
	if (s->fail_on == PC_FAIL_NEVER)
		fprintf(fp, "fail-on = never\n");
	else if (s->fail_on >= PC_SEV_NOTE && s->fail_on <= PC_SEV_ERROR)
		fprintf(fp, "fail-on = %s\n",
		    pc_severity_name((pc_severity)s->fail_on));
	if (s->min_coverage >= 0) {
		long m = (long)(s->min_coverage * 1000 + 0.5);
		long frac = m % 1000;
		int digits = 3;

		while (frac != 0 && frac % 10 == 0) {
			frac /= 10;
			digits--;
		}
		if (frac == 0)
			fprintf(fp, "min-coverage = %ld\n", m / 1000);
		else
			fprintf(fp, "min-coverage = %ld.%0*ld\n", m / 1000,
			    digits, frac);
	}
	if (s->encoding != NULL)
		print_value(fp, "encoding", s->encoding);
	if (s->input_format != NULL)
		print_value(fp, "input-format", s->input_format);
	/* Rules in the order of the rule table, so that the output does not
	 * depend on the order of the files that set them. */
	for (int i = 0; i < pc_nrules; i++)
		for (int32_t j = s->nrules - 1; j >= 0; j--)
			if (strcmp(s->rules[j].rule, pc_rules[i]->id) == 0) {
				fprintf(fp, "rule.%s = %s\n", s->rules[j].rule,
				    level_name(s->rules[j].sev));
				break;
			}
}

void
pc_settings_free(pc_settings *s)
{
	free(s->plans);
	free(s->self);
	free(s->dicts);
	free(s->encoding);
	free(s->input_format);
	for (int32_t i = 0; i < s->nrules; i++)
		free(s->rules[i].rule);
	free(s->rules);
	settings_init(s);
}

void
pc_config_free(pc_config *c)
{
	if (c == NULL)
		return;
	for (int32_t i = 0; i < c->nsec; i++) {
		free(c->sec[i].glob);
		pc_settings_free(&c->sec[i].set);
	}
	free(c->sec);
	free(c->path);
	free(c->dir);
	free(c->absdir);
	free(c);
}
