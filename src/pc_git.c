/* git integration: runs the git program with a fixed argument vector
 * (posix_spawnp, no shell), reads its output through pipes, and parses
 * the hunk headers of a zero-context diff into changed line ranges. */
#include "pc_git.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include "pc_alloc.h"

extern char **environ;

#define OUT_MAX ((size_t)512 << 20)     /* git's standard output */
#define ERR_MAX ((size_t)4096)          /* the first line is all we keep */

typedef struct gitrun {
	unsigned char *out;
	size_t nout, cap;
	char errbuf[ERR_MAX + 1];
	size_t nerr;
	int status;             /* exit status, or -1 if killed or unrun */
	char *fail;             /* why git could not run or was stopped */
} gitrun;

/* path split into the directory git runs in and the name within it. */
static int
split_path(const char *path, char **dir, char **name)
{
	const char *slash = strrchr(path, '/');

	if (slash == NULL) {
		*dir = pc_xstrdup(".");
		*name = pc_xstrdup(path);
	} else {
		*dir = slash == path ? pc_xstrdup("/") :
		    pc_xstrndup(path, (size_t)(slash - path));
		*name = pc_xstrdup(slash + 1);
	}
	if (**name == '\0') {
		free(*dir);
		free(*name);
		return -1;
	}
	return 0;
}

/* Variables naming git's files relative to our directory would be read
 * relative to -C DIR instead; git sets some when it runs hooks (a
 * pre-commit hook gets GIT_INDEX_FILE=.git/index), so they are made
 * absolute. */
static const char *const path_vars[] = {
	"GIT_DIR=", "GIT_WORK_TREE=", "GIT_INDEX_FILE=", "GIT_COMMON_DIR=",
	"GIT_OBJECT_DIRECTORY=",
};

/* The current directory; "." if it cannot be had (removed under us),
 * which leaves git to fail with its own words. */
static char *
getcwd_x(void)
{
	size_t cap = 256;
	char *cwd = pc_xmalloc(cap);

	while (getcwd(cwd, cap) == NULL) {
		if (errno != ERANGE) {
			free(cwd);
			return pc_xstrdup(".");
		}
		cap *= 2;
		cwd = pc_xreallocarray(cwd, cap, 1);
	}
	return cwd;
}

static char **
child_env(void)
{
	size_t n = 0, i, o = 0;
	char **env, *cwd = NULL;
	int git_dir = 0, work_tree = 0;

	while (environ != NULL && environ[n] != NULL)
		n++;
	env = pc_xreallocarray(NULL, n + 3, sizeof(*env));
	for (i = 0; i < n; i++) {
		const char *v = environ[i];
		size_t k, len = 0;

		if (strncmp(v, "GIT_OPTIONAL_LOCKS=", 19) == 0)
			continue;
		if (strncmp(v, "GIT_DIR=", 8) == 0)
			git_dir = v[8] != '\0';
		if (strncmp(v, "GIT_WORK_TREE=", 14) == 0)
			work_tree = 1;
		for (k = 0; k < sizeof(path_vars) / sizeof(path_vars[0]); k++)
			if (strncmp(v, path_vars[k],
			    (len = strlen(path_vars[k]))) == 0)
				break;
		if (k == sizeof(path_vars) / sizeof(path_vars[0]) ||
		    v[len] == '/' || v[len] == '\0') {
			env[o++] = pc_xstrdup(v);
			continue;
		}
		if (cwd == NULL)
			cwd = getcwd_x();
		env[o++] = pc_xasprintf("%.*s%s/%s", (int)len, v, cwd,
		    v + len);
	}
	/* With GIT_DIR alone git takes its current directory for the top
	 * of the work tree (a hook in a linked worktree gets just that);
	 * seen from here that is our directory, not -C DIR. core.worktree
	 * is not consulted: GIT_DIR comes from hooks, which do not use it. */
	if (git_dir && !work_tree) {
		if (cwd == NULL)
			cwd = getcwd_x();
		env[o++] = pc_xasprintf("GIT_WORK_TREE=%s", cwd);
	}
	/* A read-only query must not take index.lock: a hook runs while
	 * `git commit` holds it. */
	env[o++] = pc_xstrdup("GIT_OPTIONAL_LOCKS=0");
	env[o] = NULL;
	free(cwd);
	return env;
}

static void
free_env(char **env)
{
	for (size_t i = 0; env[i] != NULL; i++)
		free(env[i]);
	free(env);
}

/* A pipe whose ends are both above 2, so that dup2 onto 1 and 2 in the
 * child always copies (and drops close-on-exec), even when our own
 * standard streams are closed. */
static int
high_pipe(int fds[2])
{
	int p[2];

	if (pipe(p) != 0)
		return -1;
	for (int i = 0; i < 2; i++) {
		fds[i] = fcntl(p[i], F_DUPFD_CLOEXEC, 3);
		close(p[i]);
	}
	if (fds[0] < 0 || fds[1] < 0) {
		if (fds[0] >= 0)
			close(fds[0]);
		if (fds[1] >= 0)
			close(fds[1]);
		return -1;
	}
	return 0;
}

/* Read both pipes until both reach end of file. Returns 0, or -1 with
 * r->fail set. */
static int
drain(gitrun *r, int ofd, int efd)
{
	struct pollfd pf[2];
	char scratch[4096];

	pf[0].fd = ofd;
	pf[1].fd = efd;
	pf[0].events = pf[1].events = POLLIN;
	while (pf[0].fd >= 0 || pf[1].fd >= 0) {
		if (poll(pf, 2, -1) < 0) {
			if (errno == EINTR)
				continue;
			r->fail = pc_xasprintf("poll: %s", strerror(errno));
			return -1;
		}
		for (int i = 0; i < 2; i++) {
			ssize_t got;

			if (pf[i].fd < 0 || pf[i].revents == 0)
				continue;
			if (i == 0) {
				if (r->nout == OUT_MAX) {
					r->fail = pc_xasprintf("git's output "
					    "exceeds %zu MB", OUT_MAX >> 20);
					return -1;
				}
				pc_grow(&r->out, &r->cap, r->nout + 65536, 1);
				got = read(pf[i].fd, r->out + r->nout,
				    r->cap - r->nout < OUT_MAX - r->nout ?
				    r->cap - r->nout : OUT_MAX - r->nout);
			} else
				got = read(pf[i].fd, scratch, sizeof(scratch));
			if (got < 0 && errno == EINTR)
				continue;
			if (got < 0) {
				r->fail = pc_xasprintf("read: %s",
				    strerror(errno));
				return -1;
			}
			if (got == 0) {
				pf[i].fd = -1;
				continue;
			}
			if (i == 0)
				r->nout += (size_t)got;
			else if (r->nerr < ERR_MAX) {
				size_t k = (size_t)got < ERR_MAX - r->nerr ?
				    (size_t)got : ERR_MAX - r->nerr;

				memcpy(r->errbuf + r->nerr, scratch, k);
				r->nerr += k;
			}
		}
	}
	return 0;
}

/* Run git with argv; fills r. Returns 0 if git ran to its end (whatever
 * its exit status), or -1 with r->fail set. */
static int
run_git(const char *const argv[], gitrun *r)
{
	posix_spawn_file_actions_t fa;
	int ofd[2], efd[2], rc, st;
	pid_t pid;
	char **env;

	memset(r, 0, sizeof(*r));
	r->status = -1;
	if (high_pipe(ofd) != 0) {
		r->fail = pc_xasprintf("pipe: %s", strerror(errno));
		return -1;
	}
	if (high_pipe(efd) != 0) {
		r->fail = pc_xasprintf("pipe: %s", strerror(errno));
		close(ofd[0]);
		close(ofd[1]);
		return -1;
	}
	env = child_env();
	if ((rc = posix_spawn_file_actions_init(&fa)) == 0) {
		posix_spawn_file_actions_addopen(&fa, 0, "/dev/null",
		    O_RDONLY, 0);
		posix_spawn_file_actions_adddup2(&fa, ofd[1], 1);
		posix_spawn_file_actions_adddup2(&fa, efd[1], 2);
		rc = posix_spawnp(&pid, argv[0], &fa, NULL,
		    (char *const *)argv, env);
		posix_spawn_file_actions_destroy(&fa);
	}
	free_env(env);
	close(ofd[1]);
	close(efd[1]);
	if (rc != 0) {
		r->fail = pc_xasprintf("cannot run git: %s", strerror(rc));
		close(ofd[0]);
		close(efd[0]);
		return -1;
	}
	rc = drain(r, ofd[0], efd[0]);
	close(ofd[0]);
	close(efd[0]);
	if (rc != 0)
		kill(pid, SIGKILL);
	while (waitpid(pid, &st, 0) < 0)
		if (errno != EINTR) {
			if (r->fail == NULL)
				r->fail = pc_xasprintf("waitpid: %s",
				    strerror(errno));
			return -1;
		}
	if (rc != 0)
		return -1;
	if (WIFEXITED(st) && WEXITSTATUS(st) == 127 && r->nout == 0 &&
	    r->nerr == 0) {
		/* Where spawn cannot report a failed exec (older C libraries,
		 * valgrind), the child exits 127 without a word. */
		r->fail = pc_xasprintf("cannot run git: %s", strerror(ENOENT));
		return -1;
	}
	if (WIFEXITED(st))
		r->status = WEXITSTATUS(st);
	else {
		r->fail = pc_xasprintf("git was killed by signal %d",
		    WIFSIGNALED(st) ? WTERMSIG(st) : 0);
		return -1;
	}
	return 0;
}

/* git's first non-empty line of standard error, or a fallback. */
static char *
git_words(const gitrun *r)
{
	const char *s = r->errbuf, *end = r->errbuf + r->nerr, *e;

	for (;;) {
		while (s < end && (*s == '\n' || *s == '\r' || *s == ' '))
			s++;
		if (s == end)
			return pc_xasprintf("git exited with status %d",
			    r->status);
		for (e = s; e < end && *e != '\n' && *e != '\r'; e++)
			continue;
		if (e > s)
			return pc_xstrndup(s, (size_t)(e - s));
	}
}

static void
run_free(gitrun *r)
{
	free(r->out);
	free(r->fail);
	r->out = NULL;
	r->fail = NULL;
}

/* Whether NAME is in the index of DIR's repository: 1 yes, 0 no, -1 if
 * that could not be told (err set). */
static int
in_index(const char *path, const char *dir, const char *name, char **err)
{
	const char *argv[] = {
		"git", "--literal-pathspecs", "-C", dir, "ls-files",
		"--error-unmatch", "--", name, NULL
	};
	gitrun r;
	char *w;

	if (run_git(argv, &r) != 0) {
		*err = pc_xasprintf("%s: %s", path, r.fail);
		run_free(&r);
		return -1;
	}
	if (r.status == 0 || r.status == 1) {
		run_free(&r);
		return r.status == 0;
	}
	w = git_words(&r);
	*err = pc_xasprintf("%s: %s", path, w);
	free(w);
	run_free(&r);
	return -1;
}

int
pc_git_staged(const char *path, unsigned char **bytes, size_t *n,
    char **err)
{
	char *dir, *name, *spec, *w;
	gitrun r;
	int rc = -1;

	*bytes = NULL;
	*n = 0;
	*err = NULL;
	if (split_path(path, &dir, &name) != 0) {
		*err = pc_xasprintf("%s: not a file name", path);
		return -1;
	}
	spec = pc_xasprintf(":./%s", name);
	{
		const char *argv[] = { "git", "-C", dir, "show", spec, NULL };

		if (run_git(argv, &r) != 0)
			*err = pc_xasprintf("%s: %s", path, r.fail);
	}
	if (*err == NULL && r.status == 0) {
		*bytes = r.out;
		*n = r.nout;
		r.out = NULL;
		rc = 0;
	} else if (*err == NULL) {
		char *why = NULL;

		/* git show says the same "fatal:" for a file outside the
		 * index and for many other failures; ask the index. */
		w = git_words(&r);
		if (in_index(path, dir, name, &why) == 0)
			*err = pc_xasprintf("%s: not staged: %s", path, w);
		else
			*err = pc_xasprintf("%s: %s", path, w);
		free(why);
		free(w);
	}
	run_free(&r);
	free(spec);
	free(dir);
	free(name);
	return rc;
}

/* A decimal number at *sp, at most INT32_MAX; advances *sp. */
static int
parse_num(const char **sp, const char *end, int32_t *v)
{
	const char *s = *sp;
	int64_t x = 0;

	if (s == end || *s < '0' || *s > '9')
		return -1;
	for (; s < end && *s >= '0' && *s <= '9'; s++) {
		x = x * 10 + (*s - '0');
		if (x > INT32_MAX)
			return -1;
	}
	*v = (int32_t)x;
	*sp = s;
	return 0;
}

/* The new side of "@@ -a[,b] +c[,d] @@" in [s, end): *first and *count
 * (d, 1 when absent). */
static int
parse_hunk(const char *s, const char *end, int32_t *first, int32_t *count)
{
	int32_t dummy;

	if (end - s < 4 || memcmp(s, "@@ -", 4) != 0)
		return -1;
	s += 4;
	if (parse_num(&s, end, &dummy) != 0)
		return -1;
	if (s < end && *s == ',') {
		s++;
		if (parse_num(&s, end, &dummy) != 0)
			return -1;
	}
	if (end - s < 2 || memcmp(s, " +", 2) != 0)
		return -1;
	s += 2;
	if (parse_num(&s, end, first) != 0)
		return -1;
	*count = 1;
	if (s < end && *s == ',') {
		s++;
		if (parse_num(&s, end, count) != 0)
			return -1;
	}
	if (end - s < 3 || memcmp(s, " @@", 3) != 0)
		return -1;
	return 0;
}

enum { DIFF_BAD = -1, DIFF_RANGES, DIFF_WHOLE, DIFF_EMPTY };

/* Parse git diff -U0 output for one file. The header (before the first
 * hunk) tells a binary change or a file git sees as absent on the new
 * side, both of which count as wholly changed; afterwards only hunk
 * headers matter, and a content line never starts with "@@". */
static int
parse_diff(const unsigned char *buf, size_t len, pc_line_range **ranges,
    int32_t *n)
{
	const char *s = (const char *)buf, *end = s + len;
	size_t cap = 0;
	int header = 1;

	if (len == 0)
		return DIFF_EMPTY;
	while (s < end) {
		const char *e = memchr(s, '\n', (size_t)(end - s));
		int32_t first, count;

		if (e == NULL)
			e = end;
		if (e - s >= 2 && memcmp(s, "@@", 2) == 0) {
			header = 0;
			if (parse_hunk(s, e, &first, &count) != 0)
				return DIFF_BAD;
			if (count > 0) {
				pc_grow(ranges, &cap, (size_t)*n + 1,
				    sizeof(**ranges));
				(*ranges)[*n].first = first;
				(*ranges)[*n].last = count - 1 > INT32_MAX -
				    first ? INT32_MAX : first + (count - 1);
				(*n)++;
			}
		} else if (header && ((e - s == 13 &&
		    memcmp(s, "+++ /dev/null", 13) == 0) ||
		    (e - s >= 13 && memcmp(s, "Binary files ", 13) == 0) ||
		    (e - s >= 16 && memcmp(s, "GIT binary patch", 16) == 0)))
			return DIFF_WHOLE;
		s = e < end ? e + 1 : end;
	}
	return DIFF_RANGES;
}

int
pc_git_changed_lines(const char *path, const char *rev, int staged,
    pc_line_range **ranges, int32_t *n, char **err)
{
	char *dir, *name, *w;
	const char *argv[16];
	gitrun r;
	int k = 0, kind, rc = -1;

	*ranges = NULL;
	*n = 0;
	*err = NULL;
	/* A revision that git would take for an option (--output=FILE). */
	if (rev == NULL || *rev == '\0' || *rev == '-') {
		*err = pc_xasprintf("%s: invalid revision '%s'", path,
		    rev != NULL ? rev : "");
		return -1;
	}
	if (split_path(path, &dir, &name) != 0) {
		*err = pc_xasprintf("%s: not a file name", path);
		return -1;
	}
	argv[k++] = "git";
	argv[k++] = "--literal-pathspecs";      /* "a*.txt" is one file */
	argv[k++] = "-C";
	argv[k++] = dir;
	argv[k++] = "diff";
	argv[k++] = "-U0";
	argv[k++] = "--no-color";
	argv[k++] = "--no-ext-diff";
	/* A textconv filter's lines are not the draft's lines. */
	argv[k++] = "--no-textconv";
	if (staged)
		argv[k++] = "--cached";
	argv[k++] = rev;
	argv[k++] = "--";
	argv[k++] = name;
	argv[k] = NULL;

	if (run_git(argv, &r) != 0) {
		*err = pc_xasprintf("%s: %s", path, r.fail);
		goto done;
	}
	if (r.status != 0) {
		char *why = NULL;

		/* Outside a repository git diff falls back to --no-index and
		 * says only "Could not access 'REV'"; ls-files says why. */
		if (in_index(path, dir, name, &why) < 0)
			*err = why;
		else {
			w = git_words(&r);
			*err = pc_xasprintf("%s: %s", path, w);
			free(w);
			free(why);
		}
		goto done;
	}
	kind = parse_diff(r.out, r.nout, ranges, n);
	if (kind == DIFF_BAD) {
		*err = pc_xasprintf("%s: unexpected output from git diff",
		    path);
		goto done;
	}
	/* No difference: unchanged, or untracked (git diff is silent on
	 * files it does not know). */
	if (kind == DIFF_EMPTY) {
		int t = in_index(path, dir, name, err);

		if (t < 0)
			goto done;
		kind = t ? DIFF_RANGES : DIFF_WHOLE;
	}
	if (kind == DIFF_WHOLE) {
		free(*ranges);
		*ranges = pc_xmalloc(sizeof(**ranges));
		(*ranges)[0].first = 1;
		(*ranges)[0].last = INT32_MAX;
		*n = 1;
	}
	rc = 0;
done:
	if (rc != 0) {
		free(*ranges);
		*ranges = NULL;
		*n = 0;
	}
	run_free(&r);
	free(dir);
	free(name);
	return rc;
}
