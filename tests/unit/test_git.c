/* Unit tests for the git integration (src/pc_git.c), on a scratch
 * repository made with the real git: staged content, changed lines in the
 * working tree and the index (changes, additions, pure deletions, new,
 * untracked and binary files, names with glob characters or a leading
 * dash), the environment git sets in hooks (relative GIT_DIR and
 * GIT_INDEX_FILE), and errors: not staged, not a repository, a bad or
 * option-like revision, git missing. Skipped when git is not on PATH. */
#include "pc_test.h"

#include <dirent.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "pc_alloc.h"
#include "pc_git.h"

static char root[256];
static char *repo, *plain;
static int have_git;

static char *
rpath(const char *name)
{
	return pc_xasprintf("%s/%s", repo, name);
}

static void
spit(const char *dir, const char *name, const char *s, size_t n)
{
	char *p = pc_xasprintf("%s/%s", dir, name);
	FILE *fp = fopen(p, "wb");

	if (fp == NULL || fwrite(s, 1, n, fp) != n || fclose(fp) != 0) {
		fprintf(stderr, "cannot write %s\n", p);
		exit(1);
	}
	free(p);
}

#define SPIT(dir, name, lit) spit(dir, name, lit, sizeof(lit) - 1)

/* Run a command in dir, quietly; its exit status. */
static int
run_in(const char *dir, const char *const argv[])
{
	pid_t pid;
	int st;

	fflush(NULL);
	if ((pid = fork()) < 0)
		return -1;
	if (pid == 0) {
		int fd = open("/dev/null", O_WRONLY);

		if (fd >= 0) {
			dup2(fd, 1);
			close(fd);
		}
		if (chdir(dir) != 0)
			_exit(126);
		execvp(argv[0], (char *const *)argv);
		_exit(127);
	}
	if (waitpid(pid, &st, 0) != pid || !WIFEXITED(st))
		return -1;
	return WEXITSTATUS(st);
}

#define GIT(...) do { \
	const char *const argv_[] = { "git", __VA_ARGS__, NULL }; \
	if (run_in(repo, argv_) != 0) { \
		fprintf(stderr, "git failed: %s\n", argv_[1]); \
		return -1; \
	} \
} while (0)

static int
on_path(const char *prog)
{
	const char *p = getenv("PATH");

	while (p != NULL && *p != '\0') {
		const char *e = strchr(p, ':');
		size_t n = e != NULL ? (size_t)(e - p) : strlen(p);
		char *f = pc_xasprintf("%.*s/%s", (int)n, n ? p : ".", prog);
		int ok = access(f, X_OK) == 0;

		free(f);
		if (ok)
			return 1;
		p = e != NULL ? e + 1 : NULL;
	}
	return 0;
}

static int
setup(void **state)
{
	const char *t = getenv("TMPDIR");

	(void)state;
	if (!(have_git = on_path("git")))
		return 0;
	snprintf(root, sizeof(root), "%s/pc_git_XXXXXX",
	    t != NULL && *t != '\0' ? t : "/tmp");
	if (mkdtemp(root) == NULL)
		return -1;
	repo = pc_xasprintf("%s/repo", root);
	plain = pc_xasprintf("%s/plain", root);
	if (mkdir(repo, 0755) != 0 || mkdir(plain, 0755) != 0)
		return -1;
	/* Nothing from the machine's or the user's git set-up. */
	setenv("HOME", root, 1);
	setenv("XDG_CONFIG_HOME", root, 1);
	setenv("GIT_CONFIG_NOSYSTEM", "1", 1);
	setenv("GIT_CEILING_DIRECTORIES", root, 1);
	setenv("LC_ALL", "C", 1);
	unsetenv("GIT_DIR");
	unsetenv("GIT_WORK_TREE");
	unsetenv("GIT_INDEX_FILE");

	GIT("init", "-q");
	GIT("config", "user.email", "test@example.org");
	GIT("config", "user.name", "Test");
	GIT("config", "commit.gpgsign", "false");
	SPIT(repo, "draft.txt",
	    "l1\nl2\nl3\nl4\nl5\nl6\nl7\nl8\nl9\nl10\n");
	{
		char *sub = rpath("sub");
		int rc = mkdir(sub, 0755);

		free(sub);
		if (rc != 0)
			return -1;
	}
	SPIT(repo, "sub/b.txt", "b1\nb2\nb3\n");
	SPIT(repo, "del.txt", "d1\nd2\nd3\nd4\nd5\nd6\n");
	SPIT(repo, "a*.txt", "star\n");
	SPIT(repo, "ab.txt", "ab\n");
	SPIT(repo, "-x.txt", "dash\n");
	SPIT(repo, "bin.dat", "\0\1\2binary\n");
	GIT("add", "-A");
	GIT("commit", "-q", "-m", "first");

	/* Staged: line 3 changed, line 11 added; then line 7 changed in
	 * the working tree only. */
	SPIT(repo, "draft.txt",
	    "l1\nl2\nL3 staged\nl4\nl5\nl6\nl7\nl8\nl9\nl10\nl11 staged\n");
	GIT("add", "draft.txt");
	SPIT(repo, "draft.txt",
	    "l1\nl2\nL3 staged\nl4\nl5\nl6\nL7 unstaged\nl8\nl9\nl10\n"
	    "l11 staged\n");
	/* d2 deleted; d4, d5 replaced by three lines (now lines 3-5). */
	SPIT(repo, "del.txt", "d1\nd3\nx\ny\nz\nd6\n");
	SPIT(repo, "ab.txt", "AB\n");
	SPIT(repo, "bin.dat", "\0\1\3binary, changed\n");
	SPIT(repo, "staged-new.txt", "s1\ns2\n");
	GIT("add", "staged-new.txt");
	SPIT(repo, "new.txt", "n1\nn2\n");
	SPIT(plain, "f.txt", "plain\n");
	/* A textconv filter that shifts lines (users set such filters for
	 * Word files): the draft's own lines must count. */
	SPIT(repo, ".git/info/attributes", "draft.txt diff=shift\n");
	GIT("config", "diff.shift.textconv", "sed 1d");
	return 0;
}

static void
rm_tree(const char *dir)
{
	DIR *d = opendir(dir);
	struct dirent *e;

	if (d == NULL)
		return;
	while ((e = readdir(d)) != NULL) {
		char *p;
		struct stat st;

		if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
			continue;
		p = pc_xasprintf("%s/%s", dir, e->d_name);
		if (lstat(p, &st) == 0 && S_ISDIR(st.st_mode))
			rm_tree(p);
		else
			unlink(p);
		free(p);
	}
	closedir(d);
	rmdir(dir);
}

static int
teardown(void **state)
{
	(void)state;
	if (have_git)
		rm_tree(root);
	free(repo);
	free(plain);
	return 0;
}

#define NEED_GIT() do { if (!have_git) skip(); } while (0)

static void
expect_staged(const char *path, const char *want)
{
	unsigned char *bytes = NULL;
	size_t n = 0;
	char *err = NULL;

	if (pc_git_staged(path, &bytes, &n, &err) != 0)
		fail_msg("%s: %s", path, err);
	assert_null(err);
	assert_int_equal(n, strlen(want));
	assert_memory_equal(bytes, want, n);
	free(bytes);
}

/* ranges as "a-b a-b ..." for one comparison. */
static char *
changed(const char *path, const char *rev, int staged)
{
	pc_line_range *r = NULL;
	int32_t n = -1;
	char *err = NULL, *s = pc_xstrdup("");

	if (pc_git_changed_lines(path, rev, staged, &r, &n, &err) != 0)
		fail_msg("%s: %s", path, err);
	assert_null(err);
	assert_true(n >= 0);
	for (int32_t i = 0; i < n; i++) {
		char *t = pc_xasprintf("%s%s%d-%d", s, i ? " " : "",
		    r[i].first, r[i].last);

		free(s);
		s = t;
	}
	free(r);
	return s;
}

static void
expect_changed(const char *name, const char *rev, int staged,
    const char *want)
{
	char *path = rpath(name), *got = changed(path, rev, staged);

	if (strcmp(got, want) != 0)
		fail_msg("%s %s%s: got \"%s\", want \"%s\"", name,
		    staged ? "--cached " : "", rev, got, want);
	free(got);
	free(path);
}

static char *
staged_error(const char *path)
{
	unsigned char *bytes = (unsigned char *)"x";
	size_t n = 7;
	char *err = NULL;

	assert_int_equal(pc_git_staged(path, &bytes, &n, &err), -1);
	assert_null(bytes);
	assert_int_equal(n, 0);
	assert_non_null(err);
	assert_null(strchr(err, '\n'));
	return err;
}

static char *
changed_error(const char *path, const char *rev)
{
	pc_line_range *r = (pc_line_range *)&r;
	int32_t n = 7;
	char *err = NULL;

	assert_int_equal(pc_git_changed_lines(path, rev, 0, &r, &n, &err),
	    -1);
	assert_null(r);
	assert_int_equal(n, 0);
	assert_non_null(err);
	assert_null(strchr(err, '\n'));
	return err;
}

static void
test_staged(void **state)
{
	char *p;

	(void)state;
	NEED_GIT();
	p = rpath("draft.txt");
	expect_staged(p, "l1\nl2\nL3 staged\nl4\nl5\nl6\nl7\nl8\nl9\nl10\n"
	    "l11 staged\n");
	free(p);
	p = rpath("sub/b.txt");
	expect_staged(p, "b1\nb2\nb3\n");
	free(p);
	p = rpath("-x.txt");
	expect_staged(p, "dash\n");
	free(p);
	p = rpath("a*.txt");
	expect_staged(p, "star\n");
	free(p);
	p = rpath("bin.dat");
	{
		unsigned char *b;
		size_t n;
		char *err;

		assert_int_equal(pc_git_staged(p, &b, &n, &err), 0);
		assert_int_equal(n, 10);
		assert_memory_equal(b, "\0\1\2binary\n", 10);
		free(b);
	}
	free(p);
}

static void
test_not_staged(void **state)
{
	char *p, *err;

	(void)state;
	NEED_GIT();
	p = rpath("new.txt");
	err = staged_error(p);
	assert_int_equal(strncmp(err, p, strlen(p)), 0);
	assert_non_null(strstr(err, "not staged"));
	/* git's own words follow. */
	assert_non_null(strstr(err, "new.txt"));
	free(err);
	free(p);
	p = rpath("missing.txt");
	err = staged_error(p);
	assert_non_null(strstr(err, "not staged"));
	free(err);
	free(p);
}

static void
test_changed_worktree(void **state)
{
	(void)state;
	NEED_GIT();
	expect_changed("draft.txt", "HEAD", 0, "3-3 7-7 11-11");
	/* A pure deletion touches no current line. */
	expect_changed("del.txt", "HEAD", 0, "3-5");
	expect_changed("sub/b.txt", "HEAD", 0, "");
	expect_changed("staged-new.txt", "HEAD", 0, "1-2");
	/* "a*.txt" names one file, not a pattern matching ab.txt. */
	expect_changed("a*.txt", "HEAD", 0, "");
	expect_changed("ab.txt", "HEAD", 0, "1-1");
	expect_changed("-x.txt", "HEAD", 0, "");
}

static void
test_changed_cached(void **state)
{
	(void)state;
	NEED_GIT();
	expect_changed("draft.txt", "HEAD", 1, "3-3 11-11");
	expect_changed("del.txt", "HEAD", 1, "");
	expect_changed("staged-new.txt", "HEAD", 1, "1-2");
	expect_changed("ab.txt", "HEAD", 1, "");
}

static void
test_whole_file(void **state)
{
	(void)state;
	NEED_GIT();
	expect_changed("new.txt", "HEAD", 0, "1-2147483647");
	expect_changed("new.txt", "HEAD", 1, "1-2147483647");
	expect_changed("bin.dat", "HEAD", 0, "1-2147483647");
	expect_changed("bin.dat", "HEAD", 1, "");
}

static void
test_not_repository(void **state)
{
	char *p, *err;

	(void)state;
	NEED_GIT();
	p = pc_xasprintf("%s/f.txt", plain);
	err = staged_error(p);
	assert_non_null(strstr(err, "not a git repository"));
	assert_null(strstr(err, "not staged"));
	free(err);
	err = changed_error(p, "HEAD");
	assert_non_null(strstr(err, "not a git repository"));
	free(err);
	free(p);
}

static void
test_bad_revision(void **state)
{
	char *p, *err, *out;
	struct stat st;

	(void)state;
	NEED_GIT();
	p = rpath("draft.txt");
	err = changed_error(p, "nosuchrev");
	assert_int_equal(strncmp(err, p, strlen(p)), 0);
	assert_non_null(strstr(err, "nosuchrev"));
	free(err);
	/* Never handed to git as an option. */
	out = pc_xasprintf("--output=%s/leak", root);
	err = changed_error(p, out);
	assert_non_null(strstr(err, "invalid revision"));
	free(err);
	free(out);
	out = pc_xasprintf("%s/leak", root);
	assert_int_equal(stat(out, &st), -1);
	free(out);
	err = changed_error(p, "");
	assert_non_null(strstr(err, "invalid revision"));
	free(err);
	free(p);
}

/* What git exports when it runs a hook: GIT_INDEX_FILE=.git/index
 * relative to the top, GIT_DIR without GIT_WORK_TREE in a linked
 * worktree, a temporary index for `git commit FILE`. All must survive
 * -C DIR. */
static void
test_hook_environment(void **state)
{
	char cwd[4096], *idx;

	(void)state;
	NEED_GIT();
	assert_non_null(getcwd(cwd, sizeof(cwd)));
	assert_int_equal(chdir(repo), 0);
	setenv("GIT_DIR", ".git", 1);
	expect_staged("sub/b.txt", "b1\nb2\nb3\n");
	expect_staged("draft.txt", "l1\nl2\nL3 staged\nl4\nl5\nl6\nl7\nl8\n"
	    "l9\nl10\nl11 staged\n");
	{
		char *got = changed("sub/b.txt", "HEAD", 0);

		assert_string_equal(got, "");
		free(got);
	}
	unsetenv("GIT_DIR");
	/* As in a pre-commit hook run at the top. */
	setenv("GIT_INDEX_FILE", ".git/index", 1);
	expect_staged("sub/b.txt", "b1\nb2\nb3\n");
	unsetenv("GIT_INDEX_FILE");
	/* As in a hook of a linked worktree: GIT_DIR alone, absolute. */
	{
		char *gd = pc_xasprintf("%s/.git", repo);

		setenv("GIT_DIR", gd, 1);
		expect_staged("sub/b.txt", "b1\nb2\nb3\n");
		unsetenv("GIT_DIR");
		free(gd);
	}

	/* An index holding HEAD, named relative to the current directory. */
	idx = pc_xasprintf("%s/alt-index", root);
	setenv("GIT_INDEX_FILE", idx, 1);
	{
		const char *const argv[] = { "git", "read-tree", "HEAD", NULL };

		assert_int_equal(run_in(repo, argv), 0);
	}
	assert_int_equal(chdir(root), 0);
	setenv("GIT_INDEX_FILE", "alt-index", 1);
	expect_staged("repo/draft.txt",
	    "l1\nl2\nl3\nl4\nl5\nl6\nl7\nl8\nl9\nl10\n");
	{
		char *got = changed("repo/draft.txt", "HEAD", 1);

		assert_string_equal(got, "");
		free(got);
	}
	unsetenv("GIT_INDEX_FILE");
	unlink(idx);
	free(idx);
	assert_int_equal(chdir(cwd), 0);
}

static void
test_git_missing(void **state)
{
	char *old, *p, *err;

	(void)state;
	NEED_GIT();
	old = pc_xstrdup(getenv("PATH"));
	setenv("PATH", plain, 1);
	p = rpath("draft.txt");
	err = staged_error(p);
	assert_non_null(strstr(err, "cannot run git"));
	free(err);
	err = changed_error(p, "HEAD");
	assert_non_null(strstr(err, "cannot run git"));
	free(err);
	setenv("PATH", old, 1);
	free(old);
	free(p);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_staged),
		cmocka_unit_test(test_not_staged),
		cmocka_unit_test(test_changed_worktree),
		cmocka_unit_test(test_changed_cached),
		cmocka_unit_test(test_whole_file),
		cmocka_unit_test(test_not_repository),
		cmocka_unit_test(test_bad_revision),
		cmocka_unit_test(test_hook_environment),
		cmocka_unit_test(test_git_missing),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
