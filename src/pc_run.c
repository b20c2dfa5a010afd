/* The run: settings per file, dictionary sets per directory, checking,
 * result filters, writers and the exit status. */
#include "pc_run.h"

#include <errno.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "pc_alloc.h"
#include "pc_baseline.h"
#include "pc_check.h"
#include "pc_compare.h"
#include "pc_config.h"
#include "pc_git.h"
#include "pc_inputs.h"
#include "pc_lint.h"
#include "pc_out.h"
#include "pc_paths.h"
#include "pc_report.h"
#include "pc_rule.h"

/* A dictionary set and its automaton, loaded once per directory. */
typedef struct dictcache {
	char *dir;
	pc_dictset ds;
	pc_matcher *m;
	int bad;                 /* problems while loading */
} dictcache;

/* A configuration file, parsed once. */
typedef struct confcache {
	char *path;
	pc_config *c;            /* NULL if unreadable */
} confcache;

typedef struct run {
	const pc_opts *o;
	FILE *out;               /* stdout, or the temporary file of -o */
	char *tmp;               /* its name */
	dictcache *dc;
	int32_t ndc;
	size_t cdc;
	confcache *cc;
	int32_t ncc;
	size_t ccc;
	pc_refs refs;
	int had_error;
	int failed;
} run;

static void
report_dict(const char *path, int line, const char *msg, void *ctx)
{
	run *r = ctx;

	r->had_error = 1;
	if (line > 0)
		fprintf(stderr, "%s:%d: error: %s [dict]\n", path, line, msg);
	else
		fprintf(stderr, "%s: error: %s [dict]\n", path, msg);
}

/* A dictionary problem that does not stop the check (pc_lint_collisions). */
static void
warn_dict(const char *path, int line, const char *en, const char *zh,
    void *ctx)
{
	run *r = ctx;

	fprintf(stderr, "%s:%d: warning: %s [dict]\n", path, line,
	    r->o->lang == PC_LANG_ZH ? zh : en);
}

static void
report_conf(const char *path, int line, const char *en, const char *zh,
    void *ctx)
{
	run *r = ctx;

	r->had_error = 1;
	if (line > 0)
		fprintf(stderr, "%s:%d: error: %s [config]\n", path, line,
		    r->o->lang == PC_LANG_ZH ? zh : en);
	else
		fprintf(stderr, "%s: error: %s [config]\n", path,
		    r->o->lang == PC_LANG_ZH ? zh : en);
}

static void
report_ref(const char *path, const char *en, const char *zh, void *ctx)
{
	run *r = ctx;

	r->had_error = 1;
	fprintf(stderr, "%s: error: %s\n", path,
	    r->o->lang == PC_LANG_ZH ? zh : en);
}

static void
report_dir(const char *path, int err, void *ctx)
{
	run *r = ctx;

	r->had_error = 1;
	fprintf(stderr, r->o->lang == PC_LANG_ZH ?
	    "%s: error: 无法读取目录：%s\n" :
	    "%s: error: cannot read directory: %s\n", path, strerror(err));
}

static dictcache *
dicts_for(run *r, const char *dir)
{
	dictcache *d;

	for (int32_t i = 0; i < r->ndc; i++)
		if (strcmp(r->dc[i].dir, dir) == 0)
			return &r->dc[i];
	pc_grow(&r->dc, &r->cdc, (size_t)r->ndc + 1, sizeof(*r->dc));
	d = &r->dc[r->ndc++];
	d->dir = pc_xstrdup(dir);
	d->bad = pc_dictset_load(&d->ds, dir, pc_paths_dictdir(), report_dict,
	    r) != 0;
	pc_lint_collisions(&d->ds, warn_dict, r);
	d->m = pc_matcher_new(&d->ds, report_dict, r);
	pc_matcher_set_limits(d->m, r->o->limits.match_limit,
	    r->o->limits.depth_limit);
	return d;
}

static const pc_config *
config_for(run *r, const char *input)
{
	char *path;
	confcache *c;

	if (r->o->no_config)
		return NULL;
	path = r->o->config ? pc_xstrdup(r->o->config) :
	    pc_config_find(input);
	if (path == NULL)
		return NULL;
	for (int32_t i = 0; i < r->ncc; i++) {
		if (strcmp(r->cc[i].path, path) == 0) {
			free(path);
			return r->cc[i].c;
		}
	}
	pc_grow(&r->cc, &r->ccc, (size_t)r->ncc + 1, sizeof(*r->cc));
	c = &r->cc[r->ncc++];
	c->path = path;
	c->c = pc_config_load(path, report_conf, r);
	return c->c;
}

/* The settings of one file: its configuration's, then the command
 * line's over them. Strings stay owned by st and o. */
typedef struct filesettings {
	pc_settings st;
	pc_fileopts fo;
	int *sev;                /* per pc_rules[] entry */
	char **plans;            /* split from st.plans when used */
	int32_t nplans;
	const char *dicts;
	int fail_on;
	double min_coverage;
} filesettings;

static void
split_ids(const char *s, char ***out, int32_t *n)
{
	size_t cap = 0;

	*out = NULL;
	*n = 0;
	while (s != NULL && *s != '\0') {
		size_t k = strcspn(s, ", ");
		if (k > 0) {
			pc_grow(out, &cap, (size_t)*n + 1, sizeof(**out));
			(*out)[(*n)++] = pc_xstrndup(s, k);
		}
		s += k;
		s += strspn(s, ", ");
	}
}

static void
settings_for(run *r, const char *input, filesettings *fs)
{
	const pc_opts *o = r->o;
	const pc_config *c = config_for(r, input);
	const char *env = getenv("PLANCHECK_DICTS");

	memset(fs, 0, sizeof(*fs));
	pc_config_resolve(c, input, &fs->st);
	fs->sev = pc_xreallocarray(NULL, (size_t)pc_nrules, sizeof(int));
	for (int i = 0; i < pc_nrules; i++) {
		fs->sev[i] = PC_RULE_DEFAULT;
		for (int32_t k = 0; k < fs->st.nrules; k++)
			if (strcmp(fs->st.rules[k].rule, pc_rules[i]->id) == 0)
				fs->sev[i] = fs->st.rules[k].sev;
	}
	fs->fo.sev = fs->sev;
	if (o->nplans > 0) {
		fs->fo.plans = o->plans;
		fs->fo.nplans = o->nplans;
	} else if (fs->st.plans != NULL) {
		split_ids(fs->st.plans, &fs->plans, &fs->nplans);
		fs->fo.plans = fs->plans;
		fs->fo.nplans = fs->nplans;
	}
	fs->fo.self = o->self ? o->self : fs->st.self;
	if (o->set_period) {
		fs->fo.period_start = o->period_start;
		fs->fo.period_end = o->period_end;
	} else {
		fs->fo.period_start = fs->st.period_start;
		fs->fo.period_end = fs->st.period_end;
	}
	fs->fo.encoding = o->encoding ? o->encoding : fs->st.encoding;
	fs->fo.informat = o->informat;
	if (!o->set_informat && fs->st.input_format != NULL) {
		const char *f = fs->st.input_format;
		fs->fo.informat = strcmp(f, "text") == 0 ? PC_IN_TEXT :
		    strcmp(f, "docx") == 0 ? PC_IN_DOCX :
		    strcmp(f, "html") == 0 ? PC_IN_HTML : PC_IN_AUTO;
	}
	fs->fo.staged = o->staged;
	fs->fo.report_unused = o->report_unused;
	fs->dicts = o->dicts ? o->dicts : fs->st.dicts ? fs->st.dicts :
	    env && *env ? env : pc_paths_dictdir();
	fs->fail_on = o->set_fail_on || fs->st.fail_on == PC_SET_UNSET ?
	    o->fail_on : fs->st.fail_on;
	fs->min_coverage = o->set_min_coverage || fs->st.min_coverage < 0 ?
	    o->min_coverage : fs->st.min_coverage;
}

static void
settings_free(filesettings *fs)
{
	for (int32_t i = 0; i < fs->nplans; i++)
		free(fs->plans[i]);
	free(fs->plans);
	free(fs->sev);
	pc_settings_free(&fs->st);
}

/* The plan ids a file's settings name that no loaded plan has, as an
 * error message for that file; NULL if all are known. */
static char *
unknown_ids(const pc_dictset *ds, const filesettings *fs, int zh)
{
	for (int32_t i = 0; i < fs->fo.nplans + (fs->fo.self != NULL); i++) {
		const char *id = i < fs->fo.nplans ? fs->fo.plans[i] :
		    fs->fo.self;
		if (pc_dictset_plan(ds, id) == NULL)
			return zh ? pc_xasprintf("没有规划 %s（用 --dicts 或配置"
			    "文件的 dicts 指定词典目录）", id) :
			    pc_xasprintf("no plan %s is loaded (see --dicts, "
			    "or dicts in the configuration)", id);
	}
	return NULL;
}


/* --diff REF: keep the findings on changed lines only. */
static void
keep_changed(run *r, pc_rfile *rf)
{
	pc_line_range *lr = NULL;
	int32_t n = 0;
	char *err = NULL;

	if (pc_git_changed_lines(rf->path, r->o->diff, r->o->staged, &lr, &n,
	    &err) != 0) {
		r->had_error = 1;
		fprintf(stderr, r->o->lang == PC_LANG_ZH ?
		    "%s: error: 无法取得改动行：%s\n" :
		    "%s: error: cannot get the changed lines: %s\n", rf->path,
		    err);
		free(err);
		return;
	}
	pc_rfile_keep_lines(rf, lr, n);
	free(lr);
}

/* Write one file's result in a streaming format; 0 if the format wants
 * the whole run at the end (the result is then kept). */
static int
write_file(FILE *fp, const pc_opts *o, const pc_dictset *ds,
    const pc_rfile *rf, int first)
{
	switch (o->format) {
	case PC_FMT_TEXT:
		pc_out_text(fp, rf, o->lang, !o->no_summary);
		return 1;
	case PC_FMT_JSONL:
		pc_out_jsonl(fp, ds, rf, o->lang);
		return 1;
	case PC_FMT_GITHUB:
		pc_out_github(fp, rf, o->lang);
		return 1;
	case PC_FMT_CSV:
		pc_out_csv(fp, rf, o->lang, first);
		return 1;
	case PC_FMT_JSON:       /* between pc_out_json_begin and _end */
		pc_out_json_file(fp, rf, o->lang, first);
		return 1;
	default:
		return 0;
	}
}

/* A file written by rename may replace only a regular file (or
 * nothing): never a device, a FIFO or a symbolic link. */
static int
replaceable(const char *path)
{
	struct stat st;

	return lstat(path, &st) != 0 || S_ISREG(st.st_mode);
}

/* -o FILE: write to a temporary file beside it, renamed at the end, so an
 * interrupted run leaves the old file whole. */
static int
output_open(run *r)
{
	int fd;

	r->tmp = pc_xasprintf("%s.XXXXXX", r->o->output);
	if ((fd = mkstemp(r->tmp)) == -1 ||
	    (r->out = fdopen(fd, "w")) == NULL) {
		fprintf(stderr, "plancheck: %s: %s\n", r->o->output,
		    strerror(errno));
		if (fd != -1) {
			close(fd);
			unlink(r->tmp);
		}
		free(r->tmp);
		r->tmp = NULL;
		r->out = stdout;
		return -1;
	}
	{
		/* mkstemp makes 0600; give the file the mode a plain open
		 * would, or the mode of the file it replaces */
		struct stat st;
		mode_t mask = umask(0);

		umask(mask);
		if (stat(r->o->output, &st) == 0)
			fchmod(fd, st.st_mode & 07777);
		else
			fchmod(fd, 0666 & ~mask);
	}
	return 0;
}

static int
output_close(run *r)
{
	int err = 0;

	if (fflush(r->out) != 0 || ferror(r->out))
		err = errno ? errno : EIO;
	if (r->tmp == NULL) {
		if (err)
			fprintf(stderr, r->o->lang == PC_LANG_ZH ?
			    "plancheck: 写入标准输出失败：%s\n" :
			    "plancheck: cannot write standard output: %s\n",
			    strerror(err));
		return err ? -1 : 0;
	}
	if (!err && fsync(fileno(r->out)) != 0)
		err = errno;
	if (fclose(r->out) != 0 && !err)
		err = errno;
	if (!err && rename(r->tmp, r->o->output) != 0)
		err = errno;
	if (err) {
		fprintf(stderr, "plancheck: %s: %s\n", r->o->output,
		    strerror(err));
		unlink(r->tmp);
	}
	free(r->tmp);
	r->tmp = NULL;
	r->out = stdout;
	return err ? -1 : 0;
}

static void
replace_str(char **dst, const char *src)
{
	free(*dst);
	*dst = pc_xstrdup(src);
}

/* The effective settings: the command line's over the configuration's. */
static void
cli_over_config(const pc_opts *o, pc_settings *st)
{
	if (o->nplans > 0) {
		size_t len = 1;
		char *s;

		for (int32_t i = 0; i < o->nplans; i++)
			len += strlen(o->plans[i]) + 1;
		s = pc_xcalloc(len, 1);
		for (int32_t i = 0; i < o->nplans; i++) {
			if (i > 0)
				strcat(s, ",");
			strcat(s, o->plans[i]);
		}
		free(st->plans);
		st->plans = s;
	}
	if (o->self != NULL)
		replace_str(&st->self, o->self);
	if (o->dicts != NULL)
		replace_str(&st->dicts, o->dicts);
	if (o->encoding != NULL)
		replace_str(&st->encoding, o->encoding);
	if (o->set_informat)
		replace_str(&st->input_format, pc_informat_name(o->informat));
	if (o->set_period) {
		st->period_start = o->period_start;
		st->period_end = o->period_end;
	}
	if (o->set_fail_on)
		st->fail_on = o->fail_on;
	if (o->set_min_coverage)
		st->min_coverage = o->min_coverage;
}

int
pc_run_print_config(const pc_opts *o)
{
	run r;
	filesettings fs;

	memset(&r, 0, sizeof(r));
	r.o = o;
	settings_for(&r, o->print_config, &fs);
	for (int32_t i = 0; i < r.ncc; i++)
		printf("# %s\n", r.cc[i].path);
	cli_over_config(o, &fs.st);
	pc_settings_print(stdout, &fs.st);
	settings_free(&fs);
	for (int32_t i = 0; i < r.ncc; i++) {
		pc_config_free(r.cc[i].c);
		free(r.cc[i].path);
	}
	free(r.cc);
	if (fflush(stdout) != 0 || ferror(stdout))
		return 2;
	return r.had_error ? 2 : 0;
}

/* One input of the run. Prepared in order by the main thread (settings,
 * dictionary set), checked by any worker, then finished and written in
 * order by the main thread. */
typedef struct job {
	const char *path;
	filesettings fs;
	dictcache *d;
	char *bad_ids[PC_NLANG]; /* an unknown plan id, as messages */
	int done;                /* set under the lock by the worker */
} job;

typedef struct pool {
	run *r;
	job *jobs;
	pc_rfile *files;
	int32_t n;
	int32_t next;            /* next job to hand out */
	int32_t written;         /* jobs the writer has finished with */
	int32_t window;          /* how far workers may run ahead */
	pthread_mutex_t mu;
	pthread_cond_t cv;
} pool;

static void
check_one(pool *p, int32_t i, FILE *tokens_out)
{
	job *jb = &p->jobs[i];
	pc_rfile *rf = &p->files[i];
	pc_checker ck;

	if (jb->bad_ids[0] != NULL) {
		pc_result_error(rf, jb->path, jb->bad_ids[PC_LANG_EN],
		    jb->bad_ids[PC_LANG_ZH]);
		jb->bad_ids[0] = jb->bad_ids[1] = NULL;
		return;
	}
	ck.ds = &jb->d->ds;
	ck.m = jb->d->m;
	ck.refs = &p->r->refs;
	ck.limits = p->r->o->limits;
	/* SARIF declares its columns as Unicode code points */
	ck.unit = p->r->o->format == PC_FMT_SARIF ? PC_UNIT_CHAR :
	    p->r->o->unit;
	ck.sentences = p->r->o->format == PC_FMT_HTML ||
	    p->r->o->format == PC_FMT_MD || p->r->o->format == PC_FMT_JSONL;
	if (p->r->o->command == PC_CMD_TOKENS)
		pc_check_tokens(&ck, &jb->fs.fo, jb->path, tokens_out, rf);
	else
		pc_check_file(&ck, &jb->fs.fo, jb->path, rf);
}

static void *
worker(void *arg)
{
	pool *p = arg;

	for (;;) {
		int32_t i;

		pthread_mutex_lock(&p->mu);
		while (p->next < p->n && p->next >= p->written + p->window)
			pthread_cond_wait(&p->cv, &p->mu);
		if (p->next >= p->n) {
			pthread_mutex_unlock(&p->mu);
			return NULL;
		}
		i = p->next++;
		pthread_mutex_unlock(&p->mu);
		check_one(p, i, NULL);
		pthread_mutex_lock(&p->mu);
		p->jobs[i].done = 1;
		pthread_cond_broadcast(&p->cv);
		pthread_mutex_unlock(&p->mu);
	}
}

/* The main thread's part for job i, in input order. */
static void
finish_one(pool *p, int32_t i, pc_baseline *bl)
{
	run *r = p->r;
	const pc_opts *o = r->o;
	job *jb = &p->jobs[i];
	pc_rfile *rf = &p->files[i];

	if (rf->error[0] != NULL) {
		r->had_error = 1;
		fprintf(stderr, "%s: error: %s\n", rf->path,
		    rf->error[o->lang]);
	} else if (o->command == PC_CMD_CHECK) {
		if (o->diff != NULL)
			keep_changed(r, rf);
		if (bl != NULL)
			pc_baseline_apply(bl, rf);
		if ((jb->fs.fail_on != PC_FAIL_NEVER &&
		    pc_rfile_worst(rf) >= jb->fs.fail_on) ||
		    pc_rfile_below(rf, jb->fs.min_coverage))
			r->failed = 1;
	}
	/* a result stays when the run's end still needs it */
	if (o->command == PC_CMD_CHECK &&
	    write_file(r->out, o, &jb->d->ds, rf, i == 0) &&
	    o->write_baseline == NULL)
		pc_rfile_free(rf);
	/* the first job's settings serve --since at the end */
	if (i > 0)
		settings_free(&jb->fs);
}

/* --format html, md: the report of the whole run. With --since, the
 * previous draft is checked with the first input's settings and compared
 * with it. */
static void
write_report(run *r, const pool *p, const pc_dictset *ds)
{
	const pc_opts *o = r->o;
	pc_report_in in;
	pc_rfile old;
	pc_changes ch;

	memset(&in, 0, sizeof(in));
	memset(&ch, 0, sizeof(ch));
	in.ds = ds;
	in.files = p->files;
	in.n = p->n;
	in.lang = o->lang;
	in.when = pc_report_time();
	if (o->since != NULL && p->n > 0) {
		const job *jb = &p->jobs[0];
		pc_checker ck;

		ck.ds = &jb->d->ds;
		ck.m = jb->d->m;
		ck.refs = &r->refs;
		ck.limits = o->limits;
		ck.unit = o->unit;
		ck.sentences = 1;
		pc_check_file(&ck, &jb->fs.fo, o->since, &old);
		if (old.error[0] != NULL) {
			r->had_error = 1;
			fprintf(stderr, "%s: error: %s\n", old.path,
			    old.error[o->lang]);
		} else if (p->files[0].error[0] == NULL) {
			pc_compare(&old, &p->files[0], &ch);
		}
		in.old = &old;
		in.changes = &ch;
	}
	if (o->format == PC_FMT_HTML)
		pc_out_html(r->out, &in);
	else
		pc_out_md(r->out, &in);
	if (in.old != NULL) {
		pc_changes_free(&ch);
		pc_rfile_free(&old);
	}
}

int
pc_run_main(const pc_opts *o)
{
	run r;
	pool p;
	pc_inputs in = { NULL, 0 };
	pc_baseline *bl = NULL;
	const pc_dictset *last_ds = NULL;
	pthread_t *th = NULL;
	int nth = o->jobs > 0 ? o->jobs : 1;
	char *err = NULL;

	memset(&r, 0, sizeof(r));
	memset(&p, 0, sizeof(p));
	r.o = o;
	r.out = stdout;
	if (o->output != NULL && !replaceable(o->output)) {
		fprintf(stderr, o->lang == PC_LANG_ZH ?
		    "plancheck: %s：不是普通文件，不予替换\n" :
		    "plancheck: %s: not a regular file; not replaced\n",
		    o->output);
		return 2;
	}
	if (o->output != NULL && output_open(&r) != 0)
		return 2;
	if (o->baseline != NULL &&
	    (bl = pc_baseline_load(o->baseline, &err)) == NULL) {
		fprintf(stderr, "plancheck: %s\n", err);
		free(err);
		output_close(&r);
		return 2;
	}
	pc_refs_load(&r.refs, o->refs, o->nrefs, o->encoding, report_ref, &r);
	pc_inputs_expand(&in, o->inputs, o->ninputs, report_dir, &r);

	/* Prepare every job in order: configuration and dictionary loading
	 * report their problems once, in a stable order. */
	p.r = &r;
	p.n = in.n;
	p.jobs = pc_xcalloc((size_t)in.n + 1, sizeof(*p.jobs));
	p.files = pc_xcalloc((size_t)in.n + 1, sizeof(*p.files));
	for (int32_t i = 0; i < in.n; i++) {
		job *jb = &p.jobs[i];

		jb->path = in.paths[i];
		settings_for(&r, jb->path, &jb->fs);
		jb->d = dicts_for(&r, jb->fs.dicts);
		jb->bad_ids[PC_LANG_EN] = unknown_ids(&jb->d->ds, &jb->fs, 0);
		jb->bad_ids[PC_LANG_ZH] = unknown_ids(&jb->d->ds, &jb->fs, 1);
		last_ds = &jb->d->ds;
	}

	if (last_ds == NULL) {
		/* no input at all: the whole-run formats still write a valid
		 * (empty) document, naming the plans that would be used */
		filesettings fs;
		settings_for(&r, ".", &fs);
		last_ds = &dicts_for(&r, fs.dicts)->ds;
		settings_free(&fs);
	}
	if (o->command == PC_CMD_CHECK && o->format == PC_FMT_JSON)
		pc_out_json_begin(r.out, last_ds);

	/* tokens print as they go: one thread keeps their order */
	if (o->command == PC_CMD_TOKENS || nth > in.n)
		nth = o->command == PC_CMD_TOKENS ? 1 : in.n;
	if (nth <= 1) {
		for (int32_t i = 0; i < in.n; i++) {
			check_one(&p, i, r.out);
			finish_one(&p, i, bl);
		}
	} else {
		p.window = 4 * nth;
		pthread_mutex_init(&p.mu, NULL);
		pthread_cond_init(&p.cv, NULL);
		th = pc_xcalloc((size_t)nth, sizeof(*th));
		for (int t = 0; t < nth; t++)
			if (pthread_create(&th[t], NULL, worker, &p) != 0)
				pc_oom_exit("pthread_create");
		for (int32_t i = 0; i < in.n; i++) {
			pthread_mutex_lock(&p.mu);
			while (!p.jobs[i].done)
				pthread_cond_wait(&p.cv, &p.mu);
			pthread_mutex_unlock(&p.mu);
			finish_one(&p, i, bl);
			pthread_mutex_lock(&p.mu);
			p.written = i + 1;
			pthread_cond_broadcast(&p.cv);
			pthread_mutex_unlock(&p.mu);
		}
		for (int t = 0; t < nth; t++)
			pthread_join(th[t], NULL);
		free(th);
		pthread_mutex_destroy(&p.mu);
		pthread_cond_destroy(&p.cv);
	}

	if (o->command == PC_CMD_CHECK) {
		if (o->format == PC_FMT_JSON)
			pc_out_json_end(r.out, in.n);
		else if (o->format == PC_FMT_SARIF)
			pc_out_sarif(r.out, p.files, in.n, o->lang);
		else if (o->format == PC_FMT_HTML || o->format == PC_FMT_MD)
			write_report(&r, &p, last_ds);
	}
	if (o->write_baseline != NULL && !replaceable(o->write_baseline)) {
		fprintf(stderr, o->lang == PC_LANG_ZH ?
		    "plancheck: %s：不是普通文件，不予替换\n" :
		    "plancheck: %s: not a regular file; not replaced\n",
		    o->write_baseline);
		r.had_error = 1;
	} else if (o->write_baseline != NULL) {
		if (pc_baseline_write(o->write_baseline, p.files, in.n,
		    &err) != 0) {
			fprintf(stderr, "plancheck: %s\n", err);
			free(err);
			r.had_error = 1;
		}
		r.failed = 0;   /* recording is not failing */
	}
	for (int32_t i = 0; i < in.n; i++)
		pc_rfile_free(&p.files[i]);
	if (in.n > 0)
		settings_free(&p.jobs[0].fs);
	free(p.files);
	free(p.jobs);
	for (int32_t i = 0; i < r.ndc; i++) {
		r.had_error |= r.dc[i].bad;
		pc_matcher_free(r.dc[i].m);
		pc_dictset_free(&r.dc[i].ds);
		free(r.dc[i].dir);
	}
	free(r.dc);
	for (int32_t i = 0; i < r.ncc; i++) {
		pc_config_free(r.cc[i].c);
		free(r.cc[i].path);
	}
	free(r.cc);
	pc_refs_free(&r.refs);
	pc_baseline_free(bl);
	pc_inputs_free(&in);
	if (output_close(&r) != 0)
		r.had_error = 1;
	return r.had_error ? 2 : r.failed ? 1 : 0;
}
